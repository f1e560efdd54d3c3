// Regie Inburgering: screens in Tasklist for the actions that were API-only (issue 10, item 5). They are forms that
// call our own API (/api) as the logged-in webapp user (session + the XSRF token, web/WebappSessie): the server checks
// every input exactly as it checks an API call, because it is the same call. This script only turns a Dutch date
// (dd-mm-jjjj) into the ISO date the API reads and shows the server's answer: a refusal beside the field it names.
//
// - "Dossier openen" (navbar, page #/dossier-openen): POST /api/dossiers
// - "Dossieracties" (navbar, page #/dossieracties?dossier=INB-…, and the tab "Acties" beside a task's form):
//   record an event (POST /api/dossiers/{nr}/gebeurtenissen), ask for a route switch (…/leerroutewissel) or another
//   PIP change (…/pip-wijzigingen), move the brede-intake appointment (…/intake-afspraak).
// - Tasklist's own "Proces starten" and "Taak aanmaken" are hidden: no role may start a process or create a loose task
//   in Tasklist (dossiers are opened here, tasks come from the processes).

const BASIS = document.querySelector('base');
const APP_ROOT = (BASIS && BASIS.getAttribute('app-root')) || '/camunda';
const ENGINE_API = (BASIS && BASIS.getAttribute('engine-api')) || (APP_ROOT + '/api/engine/');

// ---------------------------------------------------------------------------------------------------------------
// Look: Tasklist's own Bootstrap classes, a little spacing of our own
// ---------------------------------------------------------------------------------------------------------------
if (!document.getElementById('regie-schermen-stijl')) {
  const stijl = document.createElement('style');
  stijl.id = 'regie-schermen-stijl';
  stijl.textContent = `
    .start-process-action, .create-task-action { display: none !important; }
    .regie-scherm { padding: 15px 20px; max-width: 760px; overflow-y: auto; }
    .regie-pagina { position: fixed; top: 66px; bottom: 30px; left: 0; right: 0; overflow-y: auto; background: #fff; }
    .regie-scherm h2 { font-size: 20px; margin-top: 0; }
    .regie-scherm h3 { font-size: 16px; margin-top: 25px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
    .regie-scherm .help-block.regie-fout { color: #a94442; }
    .regie-scherm .regie-begrepen { color: #555; font-size: 12px; margin-top: 3px; }
    .regie-scherm .regie-melding { margin-top: 10px; }
    .regie-navlink { display: inline-block; padding: 15px 10px; }
  `;
  document.head.appendChild(stijl);
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------
function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) {
      return;
    }
    if (k === 'tekst') {
      e.textContent = v;
    } else if (k.startsWith('on')) {
      e.addEventListener(k.substring(2), v);
    } else {
      e.setAttribute(k, v === true ? '' : v);
    }
  });
  kinderen.flat().forEach((k) => {
    if (k !== null && k !== undefined) {
      e.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
    }
  });
  return e;
}

function cookie(naam) {
  const gevonden = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(naam + '='));
  return gevonden ? decodeURIComponent(gevonden.substring(naam.length + 1)) : '';
}

const VOLUIT = new Intl.DateTimeFormat('nl-NL', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** "15-01-2027" -> {iso: "2027-01-15", voluit: "vrijdag 15 januari 2027"}; {fout} when it is no date. */
export function leesDatum(tekst) {
  const t = (tekst || '').trim();
  if (!t) {
    return {iso: null};
  }
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (!m) {
    return {fout: `"${t}" is geen datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 15-01-2027`};
  }
  const [dag, maand, jaar] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCFullYear() !== jaar || d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) {
    return {fout: `${t} bestaat niet (dag ${dag} van maand ${maand}); typ de datum als dd-mm-jjjj`};
  }
  const iso = `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  return {iso, voluit: VOLUIT.format(d)};
}

function nlDatum(iso) {
  if (!iso) {
    return '';
  }
  const [j, m, d] = String(iso).substring(0, 10).split('-');
  return `${d}-${m}-${j}`;
}

/** Our API as the webapp user: JSON in, {status, body} out (never throws on a refusal). */
async function api(methode, pad, body) {
  const kop = {Accept: 'application/json'};
  if (methode !== 'GET') {
    kop['Content-Type'] = 'application/json';
    kop['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
  }
  let antwoord;
  try {
    antwoord = await fetch(pad, {method: methode, credentials: 'same-origin', headers: kop,
      body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    return {status: 0, body: {detail: 'De server is niet bereikbaar. Probeer het later opnieuw.'}};
  }
  let json = {};
  try {
    json = await antwoord.json();
  } catch (e) {
    json = {};
  }
  return {status: antwoord.status, body: json};
}

// ---------------------------------------------------------------------------------------------------------------
// A form: fields with their label, help and error beside them; the answer of the server shown per field
// ---------------------------------------------------------------------------------------------------------------
class Formulier {
  constructor(titel, toelichting) {
    this.velden = {};
    this.form = el('form', {novalidate: true, autocomplete: 'off'});
    this.melding = el('div', {class: 'regie-melding', role: 'status', 'aria-live': 'polite'});
    this.knop = null;
    this.node = el('div', {class: 'regie-formulier'}, titel ? el('h3', {tekst: titel}) : null,
      toelichting ? el('p', {class: 'text-muted', tekst: toelichting}) : null, this.form);
  }

  veld(naam, label, soort, opties = {}) {
    const id = 'regie-' + Math.random().toString(36).substring(2, 9) + '-' + naam;
    let invoer;
    if (soort === 'select') {
      invoer = el('select', {class: 'form-control', id, name: naam},
        el('option', {value: '', tekst: opties.leeg || '— kies —'}),
        (opties.keuzes || []).map(([waarde, tekst]) => el('option', {value: waarde, tekst})));
    } else if (soort === 'textarea') {
      invoer = el('textarea', {class: 'form-control', id, name: naam, rows: 3});
    } else if (soort === 'checkbox') {
      invoer = el('input', {type: 'checkbox', id, name: naam});
    } else {
      invoer = el('input', {class: 'form-control', id, name: naam, type: 'text',
        placeholder: soort === 'datum' ? 'dd-mm-jjjj' : (opties.placeholder || null),
        inputmode: soort === 'datum' ? 'numeric' : null});
    }
    const fout = el('div', {class: 'help-block regie-fout', 'data-fout-voor': naam});
    const begrepen = el('div', {class: 'regie-begrepen'});
    const groep = soort === 'checkbox'
      ? el('div', {class: 'checkbox', 'data-veld': naam}, el('label', {for: id}, invoer, ' ' + label), fout)
      : el('div', {class: 'form-group', 'data-veld': naam}, el('label', {class: 'control-label', for: id, tekst: label}),
        invoer, opties.hulp ? el('div', {class: 'help-block', tekst: opties.hulp}) : null, begrepen, fout);
    if (soort === 'datum') {
      invoer.addEventListener('input', () => {
        const d = leesDatum(invoer.value);
        begrepen.textContent = d.voluit ? 'Begrepen als ' + d.voluit : '';
      });
    }
    this.velden[naam] = {naam, label, soort, invoer, groep, fout};
    this.form.appendChild(groep);
    return this;
  }

  toon(naam, zichtbaar) {
    this.velden[naam].groep.style.display = zichtbaar ? '' : 'none';
  }

  waarde(naam) {
    const v = this.velden[naam];
    if (v.soort === 'checkbox') {
      return v.invoer.checked;
    }
    const t = v.invoer.value.trim();
    return t === '' ? null : t;
  }

  wisFouten() {
    Object.values(this.velden).forEach((v) => {
      v.groep.classList.remove('has-error');
      v.fout.textContent = '';
    });
    this.melding.replaceChildren();
  }

  zetFout(naam, tekst) {
    const v = this.velden[naam];
    v.groep.classList.add('has-error');
    v.fout.textContent = tekst;
  }

  /** Reads the values; dates dd-mm-jjjj to ISO. Returns null (errors shown) when a date cannot be read. */
  lees() {
    this.wisFouten();
    const uit = {};
    let goed = true;
    Object.values(this.velden).forEach((v) => {
      if (v.groep.style.display === 'none') {
        return;
      }
      if (v.soort === 'datum') {
        const d = leesDatum(v.invoer.value);
        if (d.fout) {
          this.zetFout(v.naam, d.fout);
          goed = false;
        }
        uit[v.naam] = d.iso || null;
      } else {
        uit[v.naam] = this.waarde(v.naam);
      }
    });
    return goed ? uit : null;
  }

  meld(soort, ...inhoud) {
    this.melding.replaceChildren(el('div', {class: 'alert alert-' + soort}, ...inhoud));
  }

  /** The server's refusal: each named field beside the field, the rest above the button. */
  toonWeigering(antwoord) {
    const body = antwoord.body || {};
    const velden = body.velden || {};
    const overig = [];
    Object.entries(velden).forEach(([naam, melding]) => {
      if (this.velden[naam] && this.velden[naam].groep.style.display !== 'none') {
        this.zetFout(naam, `${this.velden[naam].label}: ${melding}`);
      } else {
        overig.push(`${naam}: ${melding}`);
      }
    });
    let tekst;
    if (antwoord.status === 401) {
      tekst = 'U bent niet (meer) aangemeld. Meld u opnieuw aan en probeer het nog eens.';
    } else if (Object.keys(velden).length) {
      tekst = overig.length ? 'Niet opgeslagen: ' + overig.join('; ') : 'Niet opgeslagen: verbeter de gemarkeerde velden.';
    } else {
      tekst = 'Niet opgeslagen: ' + (body.detail || `de server weigerde (${antwoord.status}).`);
    }
    this.meld('danger', tekst);
  }

  knopMet(tekst, actie) {
    this.knop = el('button', {type: 'submit', class: 'btn btn-primary', tekst});
    this.form.appendChild(this.knop);
    this.form.appendChild(this.melding);
    this.form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const waarden = this.lees();
      if (!waarden) {
        this.meld('danger', 'Niet verstuurd: verbeter de gemarkeerde velden.');
        return;
      }
      this.knop.disabled = true;
      try {
        await actie(waarden);
      } finally {
        this.knop.disabled = false;
      }
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dossier openen
// ---------------------------------------------------------------------------------------------------------------
const DOELGROEPEN = [['ASIELSTATUSHOUDER', 'Asielstatushouder'], ['NAREIZIGER', 'Nareiziger'],
  ['GEZINSMIGRANT', 'Gezinsmigrant']];

function dossierOpenen() {
  const f = new Formulier(null, null)
    .veld('bsn', 'BSN', 'tekst', {hulp: 'Het burgerservicenummer (9 cijfers). Het verschijnt nergens in taken of logboeken.'})
    .veld('voornamen', 'Voornamen', 'tekst')
    .veld('achternaam', 'Achternaam', 'tekst')
    .veld('geboortedatum', 'Geboortedatum', 'datum')
    .veld('nationaliteit', 'Nationaliteit', 'tekst', {placeholder: 'SYR', hulp: 'Landcode van drie letters (ISO 3166-1), bijvoorbeeld SYR, ERI, TUR.'})
    .veld('doelgroep', 'Doelgroep', 'select', {keuzes: DOELGROEPEN})
    .veld('gemeente', 'Gemeente (CBS-code)', 'tekst', {placeholder: '0441', hulp: 'De CBS-code van uw gemeente, vier cijfers (bijvoorbeeld 0441 voor Hoorn).'})
    .veld('koppelingsdatum', 'Koppelingsdatum (of datum van aanmelding)', 'datum')
    .veld('brpInschrijvingsdatum', 'Inschrijving in de BRP (als die er al is)', 'datum')
    .veld('verwachteHuisvestingsdatum', 'Verwachte huisvestingsdatum (optioneel)', 'datum')
    .veld('bijstand', 'Recht op bijstand', 'checkbox')
    .veld('verhuisd', 'Verhuisd uit een gemeente die niet op deze installatie werkt?', 'select', {leeg: 'Nee',
      keuzes: [['MET_PIP', 'Ja, met een PIP van die gemeente (DUO SS121)'], ['ZONDER_PIP', 'Ja, zonder PIP (DUO SS120)']]})
    .veld('vorigePip.vorigeGemeente', 'Vorige gemeente (CBS-code)', 'tekst')
    .veld('vorigePip.dagtekening', 'Dagtekening van het vorige PIP', 'datum')
    .veld('vorigePip.leerroute', 'Leerroute in het vorige PIP', 'select', {keuzes: LEERROUTES})
    .veld('vorigePip.termijnStart', 'Start van de inburgeringstermijn', 'datum')
    .veld('vorigePip.termijnEinde', 'Einde van de inburgeringstermijn', 'datum')
    .veld('verhuisdZonderPip.vorigeGemeente', 'Vorige gemeente (CBS-code, optioneel)', 'tekst')
    .veld('verhuisdZonderPip.inschrijvingsdatum', 'Inschrijving in deze gemeente', 'datum');
  const bijVerhuizing = () => {
    const keuze = f.waarde('verhuisd');
    Object.keys(f.velden).filter((n) => n.startsWith('vorigePip.')).forEach((n) => f.toon(n, keuze === 'MET_PIP'));
    Object.keys(f.velden).filter((n) => n.startsWith('verhuisdZonderPip.')).forEach((n) => f.toon(n, keuze === 'ZONDER_PIP'));
  };
  f.velden.verhuisd.invoer.addEventListener('change', bijVerhuizing);
  bijVerhuizing();
  const resultaat = el('div');
  f.knopMet('Dossier openen', async (w) => {
    // "vorigePip.dagtekening" -> {vorigePip: {dagtekening}}: the API's own field names, so its refusal finds the field
    const verzoek = {};
    Object.entries(w).filter(([naam]) => naam !== 'verhuisd').forEach(([naam, waarde]) => {
      const [deel, sub] = naam.split('.');
      if (sub) {
        verzoek[deel] = Object.assign(verzoek[deel] || {}, {[sub]: waarde});
      } else {
        verzoek[naam] = waarde;
      }
    });
    verzoek.nationaliteit = verzoek.nationaliteit ? verzoek.nationaliteit.toUpperCase() : null;
    const antwoord = await api('POST', '/api/dossiers', verzoek);
    if (antwoord.status === 201 || antwoord.status === 200) {
      const nr = antwoord.body.dossiernummer;
      const tekst = antwoord.status === 201
        ? `Dossier ${nr} is geopend voor ${antwoord.body.persoon.voornamen} ${antwoord.body.persoon.achternaam}.`
        : `Deze persoon had al dossier ${nr}; er is niets dubbel aangemaakt.`;
      f.meld('success', el('span', {class: 'regie-dossiernummer', 'data-dossiernummer': nr, tekst}), ' ',
        el('a', {href: '#/dossieracties?dossier=' + encodeURIComponent(nr), tekst: 'Naar de dossieracties'}));
    } else {
      f.toonWeigering(antwoord);
    }
  });
  return el('div', {class: 'regie-scherm', id: 'regie-dossier-openen'},
    el('h2', {tekst: 'Dossier openen'}),
    el('p', {class: 'text-muted', tekst: 'Voor een inburgeraar die nog geen dossier heeft. Dezelfde persoon nogmaals '
      + 'aanbieden geeft het bestaande dossier terug. De server controleert alles; een fout staat bij het veld.'}),
    f.node, resultaat);
}

// ---------------------------------------------------------------------------------------------------------------
// Dossieracties: events, route switch / PIP change, appointment
// ---------------------------------------------------------------------------------------------------------------
const GEBEURTENISSEN = [
  ['KENNISGEVING_DUO', 'Kennisgeving DUO: de tien weken voor het PIP beginnen'],
  ['BRP_INSCHRIJVING', 'Inschrijving in de BRP'],
  ['START_BIJSTAND', 'Start bijstand'],
  ['HUISVESTING', 'Gehuisvest in de gemeente'],
  ['WACHTEN_OP_DERDE', 'Opschorting: het PIP wacht op informatie van een derde'],
  ['INFORMATIE_DERDE_ONTVANGEN', 'Einde opschorting: informatie van de derde ontvangen'],
  ['INBURGERINGSPLICHT_DUO', 'Melding inburgeringsplicht van DUO'],
  ['VERLENGING_AANGEVRAAGD', 'Verlenging van de inburgeringstermijn aangevraagd'],
  ['VERLENGING_AMBTSHALVE', 'Verlenging ambtshalve verleend door DUO'],
  ['VERLENGING_OP_AANVRAAG', 'Verlenging op aanvraag verleend door DUO'],
  ['VERLENGING_AFGEWEZEN', 'Verlenging afgewezen door DUO'],
  ['ONTHEFFING_ADVIES_GEVRAAGD', 'DUO vraagt advies over een ontheffing'],
  ['DOELGROEP_GEWIJZIGD', 'Doelgroep gewijzigd (toelichting: de nieuwe doelgroep, bv. GEZINSMIGRANT)'],
  ['BEEINDIGD', 'Plicht beëindigd (ook: verhuisd, vertrokken, overleden)']
];
const REDENEN = [
  ['VOLDAAN_DIPLOMA', 'Voldaan: inburgeringsdiploma (B1-route)'],
  ['VOLDAAN_ONDERWIJSROUTE', 'Voldaan: onderwijsroute afgerond'],
  ['VOLDAAN_Z_ROUTE', 'Voldaan: Z-route afgerond'],
  ['VRIJSTELLING', 'Gehele vrijstelling (DUO)'],
  ['ONTHEFFING', 'Gehele ontheffing (DUO)'],
  ['INGETROKKEN_NATURALISATIE', 'Vervallen: naturalisatie'],
  ['INGETROKKEN_AOW_LEEFTIJD', 'Vervallen: AOW-leeftijd bereikt'],
  ['INGETROKKEN_VERBLIJFSVERGUNNING', 'Vervallen: verblijfsvergunning ingetrokken'],
  ['INGETROKKEN_BUITENLAND', 'Vervallen: langer dan een jaar buiten Nederland'],
  ['OVERLEDEN', 'Overleden'],
  ['VERTREK_UIT_NEDERLAND', 'Vertrokken uit Nederland'],
  ['VERHUISD', 'Verhuisd naar een andere gemeente'],
  ['GEEN_PLICHT', 'Geen inburgeringsplicht']
];
const LEERROUTES = [['B1', 'B1-route'], ['ONDERWIJS', 'Onderwijsroute'], ['Z', 'Z-route (zelfredzaamheid)']];
const WIJZIGINGEN = [['INTENSITEIT', 'Intensiteit (uren, alfabetisering)'], ['NIVEAU', 'Niveau per examenonderdeel (A2/B1)'],
  ['PVT_MAP', 'PVT en MAP'], ['BEGELEIDING', 'Maatschappelijke begeleiding'], ['ONTZORGEN', 'Financieel ontzorgen'],
  ['INTERVAL', 'Interval van de voortgangsgesprekken']];

function pad(nr, rest) {
  return '/api/dossiers/' + encodeURIComponent(nr) + rest;
}

function gebeurtenisFormulier(nr) {
  const f = new Formulier('Gebeurtenis registreren',
    'Opschorting, BRP-inschrijving, bijstand, huisvesting, verhuizing of een ander feit. Dezelfde gebeurtenis '
    + 'met dezelfde datum telt één keer.')
    .veld('type', 'Gebeurtenis', 'select', {keuzes: GEBEURTENISSEN})
    .veld('datum', 'Datum', 'datum')
    .veld('reden', 'Reden van beëindiging', 'select', {keuzes: REDENEN})
    .veld('einddatum', 'Nieuw einde van de inburgeringstermijn (eerste dag erna)', 'datum')
    .veld('toelichting', 'Toelichting (optioneel)', 'textarea');
  const bijType = () => {
    const t = f.waarde('type');
    f.toon('reden', t === 'BEEINDIGD');
    f.toon('einddatum', t === 'VERLENGING_AMBTSHALVE' || t === 'VERLENGING_OP_AANVRAAG');
  };
  f.velden.type.invoer.addEventListener('change', bijType);
  bijType();
  f.knopMet('Gebeurtenis registreren', async (w) => {
    const antwoord = await api('POST', pad(nr, '/gebeurtenissen'), w);
    if (antwoord.status === 201) {
      f.meld('success', `Geregistreerd: ${naamVan(GEBEURTENISSEN, w.type)} op ${nlDatum(w.datum)}.`);
    } else if (antwoord.status === 200) {
      f.meld('info', `Deze gebeurtenis stond al op ${nlDatum(w.datum)} in het dossier; er is niets dubbel vastgelegd.`);
    } else {
      f.toonWeigering(antwoord);
    }
  });
  return f.node;
}

function naamVan(lijst, code) {
  const gevonden = lijst.find(([c]) => c === code);
  return gevonden ? gevonden[1] : code;
}

function routewisselFormulier(nr) {
  const f = new Formulier('Leerroute wisselen',
    'De aanvraag gaat als concept naar een teamleider, die de wissel toetst (binnen anderhalf jaar na de start van de termijn).')
    .veld('leerroute', 'Nieuwe leerroute', 'select', {keuzes: LEERROUTES})
    .veld('reden', 'Reden', 'textarea');
  f.knopMet('Routewissel aanvragen', async (w) => {
    const antwoord = await api('POST', pad(nr, '/leerroutewissel'), w);
    if (antwoord.status === 202) {
      f.meld('success', 'Aangevraagd: de routewissel staat als taak klaar voor de teamleider.');
    } else {
      f.toonWeigering(antwoord);
    }
  });
  return f.node;
}

function pipWijzigingFormulier(nr) {
  const f = new Formulier('Andere PIP-wijziging aanvragen',
    'Kies wat er moet veranderen; u werkt het concept daarna uit in de taak die in uw takenlijst verschijnt.');
  WIJZIGINGEN.forEach(([code, tekst]) => f.veld('soort_' + code, tekst, 'checkbox'));
  f.veld('reden', 'Reden', 'textarea');
  f.knopMet('PIP-wijziging aanvragen', async (w) => {
    const soorten = WIJZIGINGEN.map(([code]) => code).filter((code) => w['soort_' + code]);
    const antwoord = await api('POST', pad(nr, '/pip-wijzigingen'), {soorten, reden: w.reden});
    if (antwoord.status === 202) {
      f.meld('success', 'Aangevraagd: de taak "PIP-wijziging opstellen" verschijnt in uw takenlijst.');
    } else {
      if (antwoord.body && antwoord.body.velden && antwoord.body.velden.soorten) {
        f.zetFout('soort_' + WIJZIGINGEN[0][0], 'Soorten: ' + antwoord.body.velden.soorten);
        delete antwoord.body.velden.soorten;
      }
      f.toonWeigering(antwoord);
    }
  });
  return f.node;
}

function afspraakFormulier(nr) {
  const huidig = el('p', {class: 'regie-huidige-afspraak text-muted', tekst: 'Afspraak wordt opgehaald…'});
  const f = new Formulier('Afspraak brede intake verzetten',
    'Voor de oproep die nog op de verschijning wacht: de nieuwe datum geldt voor de taak "Verschijning vastleggen" '
    + 'en de inburgeraar krijgt een nieuwe uitnodiging. Dezelfde regels als bij de oproep: niet in het verleden, '
    + 'hoogstens een jaar vooruit, na de uiterste PIP-datum alleen met een reden.')
    .veld('datum', 'Nieuwe datum van de afspraak', 'datum')
    .veld('reden', 'Reden voor een afspraak na de uiterste PIP-datum (alleen dan)', 'textarea');
  f.node.insertBefore(huidig, f.form);
  const laad = async () => {
    const a = await api('GET', pad(nr, '/intake-afspraak'));
    f.form.style.display = a.status === 200 ? '' : 'none';
    if (a.status === 200) {
      huidig.textContent = `Huidige afspraak (oproep ${a.body.volgnummer}): ${nlDatum(a.body.datum)}`
        + (a.body.locatie ? `, ${a.body.locatie}` : '') + (a.body.verzetVan ? ` (verzet van ${nlDatum(a.body.verzetVan)})` : '') + '.';
    } else {
      huidig.textContent = (a.body && a.body.detail) || 'Er is geen afspraak die verzet kan worden.';
    }
  };
  laad();
  f.knopMet('Afspraak verzetten', async (w) => {
    const antwoord = await api('POST', pad(nr, '/intake-afspraak'), w);
    if (antwoord.status === 200) {
      f.meld(antwoord.body.gewijzigd ? 'success' : 'info', antwoord.body.gewijzigd
        ? `De afspraak is verzet naar ${nlDatum(antwoord.body.datum)}; de uitnodiging is verstuurd.`
        : `De afspraak stond al op ${nlDatum(antwoord.body.datum)}; er is niets gewijzigd.`);
      laad();
    } else {
      f.toonWeigering(antwoord);
    }
  });
  return f.node;
}

function acties(nr) {
  return el('div', {class: 'regie-acties', 'data-dossiernummer': nr},
    gebeurtenisFormulier(nr), afspraakFormulier(nr), routewisselFormulier(nr), pipWijzigingFormulier(nr));
}

function dossieracties() {
  const query = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const gekozen = el('div');
  const invoer = el('input', {class: 'form-control', id: 'regie-dossiernummer', type: 'text', placeholder: 'INB-2026-000001',
    value: query.get('dossier') || null});
  const melding = el('div', {class: 'help-block regie-fout'});
  const kies = async (e) => {
    if (e) {
      e.preventDefault();
    }
    const nr = invoer.value.trim();
    gekozen.replaceChildren();
    melding.textContent = '';
    if (!nr) {
      return;
    }
    const a = await api('GET', pad(nr, ''));
    if (a.status !== 200) {
      melding.textContent = (a.body && a.body.detail) || 'Dit dossier kan niet worden geopend.';
      return;
    }
    const p = a.body.persoon || {};
    gekozen.replaceChildren(el('p', {class: 'lead', tekst: `${nr}: ${p.voornamen || ''} ${p.achternaam || ''}, `
      + `geboren ${nlDatum(p.geboortedatum)}, ${a.body.gemeenteNaam || a.body.gemeente || ''}`}), acties(nr));
  };
  const zoek = el('form', {class: 'form-inline', onsubmit: kies},
    el('div', {class: 'form-group'}, el('label', {for: 'regie-dossiernummer', tekst: 'Dossiernummer '}), ' ', invoer),
    ' ', el('button', {type: 'submit', class: 'btn btn-default', tekst: 'Tonen'}), melding);
  if (invoer.value) {
    kies();
  }
  return el('div', {class: 'regie-scherm', id: 'regie-dossieracties'}, el('h2', {tekst: 'Dossieracties'}), zoek, gekozen);
}

/** The task's dossier: its variable "dossiernummer" (engine/TaakOnderwerp puts it on every task of a dossier). */
async function dossierVanTaak(taskId) {
  if (!taskId) {
    return null;
  }
  const antwoord = await fetch(ENGINE_API + 'engine/default/task/' + encodeURIComponent(taskId) + '/variables/dossiernummer',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!antwoord.ok) {
    return null;
  }
  const variabele = await antwoord.json();
  return variabele && typeof variabele.value === 'string' ? variabele.value : null;
}

// Tasklist may render a page plugin more than once for one visit (its view is linked again, its address gets query
// parameters of its own); the same screen, with what the user typed, is put back then. Another page, or another
// dossier, gets a fresh screen.
const bezocht = new Map();

function adres() {
  const [pad, query] = window.location.hash.split('?');
  return pad + '|' + (new URLSearchParams(query || '').get('dossier') || '');
}

window.addEventListener('hashchange', () => {
  Array.from(bezocht.keys()).filter((a) => a !== adres()).forEach((a) => bezocht.delete(a));
});

function pagina(maak) {
  const a = adres();
  if (!bezocht.has(a)) {
    bezocht.set(a, el('div', {class: 'regie-pagina'}, maak()));
  }
  return bezocht.get(a);
}

function navlink(href, tekst, id) {
  return {
    id,
    pluginPoint: 'tasklist.navbar.action',
    priority: 150,
    render: (node) => {
      node.replaceChildren(el('a', {href, class: 'regie-navlink', id: id + '-link', tekst}));
    }
  };
}

export default [
  navlink('#/dossier-openen', 'Dossier openen', 'regie-nav-dossier-openen'),
  navlink('#/dossieracties', 'Dossieracties', 'regie-nav-dossieracties'),
  {
    id: 'regie-dossier-openen',
    pluginPoint: 'tasklist.route',
    properties: {path: '/dossier-openen'},
    render: (node) => node.replaceChildren(pagina(dossierOpenen))
  },
  {
    id: 'regie-dossieracties',
    pluginPoint: 'tasklist.route',
    properties: {path: '/dossieracties'},
    render: (node) => node.replaceChildren(pagina(dossieracties))
  },
  {
    id: 'regie-taak-acties',
    pluginPoint: 'tasklist.task.detail',
    priority: 5,
    properties: {label: 'Acties'},
    render: (node, api2) => {
      const scherm = el('div', {class: 'regie-scherm'}, el('p', {class: 'text-muted', tekst: 'Dossier wordt opgehaald…'}));
      node.replaceChildren(scherm);
      dossierVanTaak(api2 && api2.taskId).then((nr) => {
        scherm.replaceChildren(nr ? acties(nr) : el('p', {class: 'text-muted', tekst: 'Deze taak hoort niet bij een dossier.'}));
      });
    }
  }
];
