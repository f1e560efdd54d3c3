// Regie Inburgering: the webapps speak Dutch by default; English stays available for a browser whose first language
// is English (the webapps follow the browser's language). The Dutch texts are in ../locales/nl.json, written by hand.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  // rapportage (issue 14): the Voortgangsrapportage page (#/rapportage), a plain JavaScript module served by the
  // application; its chart library (ECharts, a webjar) comes from our own server, never a CDN
  customScripts: ['scripts/rapportage/plugin.js']
};
