// Regie Inburgering: the webapps speak Dutch by default; English stays available for a browser whose first language
// is English (the webapps follow the browser's language). The Dutch texts are in ../locales/nl.json, written by hand.
// Dates as dd-mm-jjjj (moment.js formats), in every language.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  // form date pickers: dd-mm-jjjj in every browser language (datums-nl.js); form validation messages in Dutch
  // (formulieren-nl.js); the dossier view: tab "Dossier" beside the form, "Dossiers" in the header (dossierbeeld-nl.js);
  // screens for opening a dossier and the dossier actions, tab "Acties" (schermen.js)
  customScripts: ['scripts/datums-nl', 'scripts/formulieren-nl', 'scripts/dossierbeeld-nl', 'scripts/schermen'],
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD-MM-YYYY HH:mm',
    normal: 'DD-MM-YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'DD-MM-YYYY'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de cursor op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de cursor op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de cursor op het eerste invoerveld van het taakformulier'
    }
  }
};
