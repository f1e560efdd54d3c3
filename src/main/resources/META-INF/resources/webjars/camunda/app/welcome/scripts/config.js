// Regie Inburgering: the webapps speak Dutch by default; English stays available for a browser whose first language
// is English (the webapps follow the browser's language). The Dutch texts are in ../locales/nl.json, written by hand.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
