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

// The calendar of the form date pickers (flatpickr, inside the form-js bundle, which puts itself on window.flatpickr
// when it is first loaded): Dutch month and day names, the week starting on Monday. Applied at once when flatpickr is
// already there, otherwise the moment it arrives.
const FLATPICKR_NL = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll voor volgende / vorige',
  toggleTitle: 'Klik om te wisselen',
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: () => 'e'
};

function flatpickrNederlands(fp) {
  if (fp && typeof fp.localize === 'function' && !fp.regieNederlands) {
    fp.localize(FLATPICKR_NL);
    if (fp.l10ns) {
      fp.l10ns.nl = Object.assign({}, fp.l10ns.default);
    }
    fp.regieNederlands = true;
  }
  return fp;
}

if (window.flatpickr) {
  flatpickrNederlands(window.flatpickr);
} else {
  let bewaard;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get() {
      return bewaard;
    },
    set(waarde) {
      bewaard = flatpickrNederlands(waarde);
    }
  });
}
