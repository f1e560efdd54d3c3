// Regie Inburgering: the webapps speak Dutch by default; English stays available (language menu under
// "Mijn profiel", or a browser set to English). The Dutch texts are in ../locales/nl.json, written by hand.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
