// Regie Inburgering: Camunda Forms' date pickers take their format from the browser's language (Intl's "default"
// locale), so an English browser shows mm/dd/yyyy and "15-01-2027" would be read the American way. Tasklist always
// reads and shows form dates the Dutch way, dd-mm-jjjj, whatever the browser's language: a format asked for without
// a locale (or with "default") is the Dutch one. Formats asked for with an explicit locale are untouched.
const Origineel = Intl.DateTimeFormat;

function zonderLocale(locales) {
  return locales === undefined || locales === null || locales === 'default'
    || (Array.isArray(locales) && locales.length === 0);
}

function NederlandsDatumformaat(locales, options) {
  const locale = zonderLocale(locales) ? 'nl-NL' : locales;
  return new Origineel(locale, options);
}
NederlandsDatumformaat.prototype = Origineel.prototype;
NederlandsDatumformaat.supportedLocalesOf = Origineel.supportedLocalesOf.bind(Origineel);

if (!Intl.DateTimeFormat.regieNederlands) {
  NederlandsDatumformaat.regieNederlands = true;
  Intl.DateTimeFormat = NederlandsDatumformaat;
}
