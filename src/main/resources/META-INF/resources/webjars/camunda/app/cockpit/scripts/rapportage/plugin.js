// Regie Inburgering — Cockpit plugin "Voortgangsrapportage" (issue 14).
// A page in Cockpit (#/rapportage, link "Rapportage" in the header) that shows the report of /api/rapportage for a
// period and a gemeente or the whole region: the seed-004 tables, the cohorts against the policy targets, the SPUK
// forecast, and three charts. The API is called as the logged-in Cockpit user (the webapp session authenticates
// /api); it decides which gemeenten that user may see. Charts: Apache ECharts from the webjar this application
// serves (no CDN). Dutch labels, numbers the Dutch way, a print stylesheet for a council report, CSV downloads.

// <root>/camunda/app/cockpit/scripts/rapportage/plugin.js -> <root>/
const WORTEL = new URL('../../../../../', import.meta.url);
const ECHARTS = new URL('webjars/echarts/5.3.1/dist/echarts.esm.min.js', WORTEL).href;
const API = new URL('api/rapportage/', WORTEL);

const ROUTES = { B1: 'B1-route', Z: 'Z-route', ONDERWIJS: 'Onderwijsroute' };
const NL = 'nl-NL';

const getal = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString(NL));
const euro = (n) => (n === null || n === undefined ? '–'
  : Number(n).toLocaleString(NL, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const procent = (n) => (n === null || n === undefined ? '–'
  : Number(n).toLocaleString(NL, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %');
const datum = (iso) => new Date(iso + 'T12:00:00Z').toLocaleDateString(NL, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const iso = (d) => d.toISOString().slice(0, 10);

/** A DOM element; text is always set as text, never as HTML. */
function el(tag, attrs = {}, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'tekst') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  });
  kinderen.flat().forEach((k) => k !== null && k !== undefined && e.append(k instanceof Node ? k : document.createTextNode(String(k))));
  return e;
}

const STIJL = `
.regie-rapportage { padding: 16px 24px 48px; max-width: 1400px; }
.regie-rapportage h1 { font-size: 24px; margin: 0 0 4px; }
.regie-rapportage h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
.regie-rapportage h3 { font-size: 15px; margin: 18px 0 6px; }
.regie-rapportage .keuzes { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin: 12px 0; }
.regie-rapportage .keuzes label { display: flex; flex-direction: column; font-weight: normal; font-size: 13px; }
.regie-rapportage .keuzes input, .regie-rapportage .keuzes select { min-width: 150px; }
.regie-rapportage .downloads a { margin-right: 14px; }
.regie-rapportage table.rapport { border-collapse: collapse; margin-bottom: 8px; font-size: 13px; }
.regie-rapportage table.rapport th, .regie-rapportage table.rapport td { border: 1px solid #d5d5d5; padding: 3px 8px; }
.regie-rapportage table.rapport td.getal, .regie-rapportage table.rapport th.getal { text-align: right; white-space: nowrap; }
.regie-rapportage table.rapport tr.sub td:first-child { padding-left: 22px; color: #555; }
.regie-rapportage table.rapport thead th { background: #f2f2f2; }
.regie-rapportage .grafieken { display: flex; flex-wrap: wrap; gap: 18px; }
.regie-rapportage .grafiek { width: 640px; height: 340px; border: 1px solid #e3e3e3; }
.regie-rapportage .toelichting { color: #555; font-size: 12px; max-width: 900px; }
.regie-rapportage .melding { color: #b00020; font-weight: bold; }
.regie-rapportage .printkop { display: none; }
@media print {
  .Header, .ctn-header, header, nav, .cam-breadcrumb, .page-breadcrumb, footer, .footer, .regie-rapportage .keuzes,
  .regie-rapportage .downloads, .regie-rapportage .geen-print { display: none !important; }
  body, .ctn-main, .ctn-wrapper, .ctn-content-container { overflow: visible !important; position: static !important; height: auto !important; }
  .regie-rapportage { padding: 0; max-width: none; font-size: 11pt; }
  .regie-rapportage .printkop { display: block; }
  .regie-rapportage h2 { break-after: avoid; page-break-after: avoid; }
  .regie-rapportage table.rapport, .regie-rapportage .grafiek, .regie-rapportage .tabelblok { break-inside: avoid; page-break-inside: avoid; }
  .regie-rapportage table.rapport th, .regie-rapportage table.rapport td { border-color: #888; }
  .regie-rapportage .grafiek { width: 17cm; height: 9cm; border: none; }
}`;

async function haal(pad, params) {
  const url = new URL(pad, API);
  Object.entries(params).forEach(([k, v]) => v && url.searchParams.set(k, v));
  const antwoord = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!antwoord.ok) {
    let detail = `${antwoord.status}`;
    try { detail = (await antwoord.json()).detail || detail; } catch (e) { /* no problem JSON */ }
    throw new Error(detail);
  }
  return antwoord.json();
}

function csvLink(pad, params, tekst) {
  const url = new URL(pad, API);
  Object.entries({ ...params, formaat: 'csv' }).forEach(([k, v]) => v && url.searchParams.set(k, v));
  return el('a', { href: url.href, download: true, tekst });
}

// ---- tables -------------------------------------------------------------------------------------------------------

function tabellenBlok(data) {
  const blok = el('div', { class: 'tabellen' });
  data.tabellen.forEach((tabel) => {
    const kop = el('tr', {}, el('th', { tekst: '' }), data.gemeenten.map((g) => el('th', { class: 'getal', tekst: g.naam })),
      data.gemeenten.length > 1 ? el('th', { class: 'getal', tekst: 'Totaal' }) : null);
    const rijen = tabel.rijen.map((rij) => {
      const fmt = rij.eenheid === 'euro' ? euro : getal;
      return el('tr', { class: rij.id.includes('.') && rij.id.startsWith('beeindigd.') ? 'sub' : null, 'data-rij': rij.id },
        el('td', { tekst: rij.label }),
        rij.waarden.map((w) => el('td', { class: 'getal', tekst: fmt(w) })),
        data.gemeenten.length > 1 ? el('td', { class: 'getal', tekst: fmt(rij.totaal) }) : null);
    });
    blok.append(el('div', { class: 'tabelblok' }, el('h3', { tekst: tabel.titel }),
      el('table', { class: 'rapport', 'data-tabel': tabel.id }, el('thead', {}, kop), el('tbody', {}, rijen))));
  });
  return blok;
}

/** A measure of a cohort in words: the rate once final, else what is known so far. */
function maatTekst(m) {
  if (!m) return '–';
  if (m.percentage !== null && m.percentage !== undefined) {
    return `${procent(m.percentage)} (${getal(m.behaald)} van ${getal(m.beoordeeld)})`;
  }
  if (m.lopend > 0) {
    return `tot nu toe ${getal(m.behaald)} van ${getal(m.beoordeeld)}; ${getal(m.lopend)} lopend`;
  }
  return '–';
}

function cohortenBlok(data) {
  const routes = Object.keys(ROUTES);
  const kop = el('tr', {}, ['Cohort', 'Personen', 'PIP binnen 10 weken', 'Mediaan dagen tot PIP', 'PVT in jaar 1',
    'MAP binnen termijn', ...routes.map((r) => `Plicht binnen termijn ${ROUTES[r]}`), 'Zelfredzaam na ontzorgen',
    ...routes.map((r) => `Uitstroom werk/onderwijs ${ROUTES[r]}`)].map((t, i) => el('th', { class: i ? 'getal' : null, tekst: t })));
  const rijen = data.cohorten.map((c) => el('tr', { 'data-cohort': c.cohort },
    el('td', { tekst: c.cohort }), el('td', { class: 'getal', tekst: getal(c.aantal) }),
    el('td', { class: 'getal', tekst: maatTekst(c.pipBinnenTienWeken) }),
    el('td', { class: 'getal', tekst: c.pipMediaanDagen === null ? '–' : getal(c.pipMediaanDagen) }),
    el('td', { class: 'getal', tekst: maatTekst(c.pvtBinnenJaar1) }),
    el('td', { class: 'getal', tekst: maatTekst(c.mapBinnenTermijn) }),
    routes.map((r) => el('td', { class: 'getal', tekst: maatTekst((c.plichtBinnenTermijn || {})[r]) })),
    el('td', { class: 'getal', tekst: maatTekst(c.zelfredzaamNaOntzorgen) }),
    routes.map((r) => el('td', { class: 'getal', tekst: maatTekst((c.uitstroomWerkOfOnderwijs || {})[r]) }))));
  const d = data.doelen || {};
  return el('div', { class: 'tabelblok' },
    el('table', { class: 'rapport', 'data-tabel': 'cohorten' }, el('thead', {}, kop), el('tbody', {}, rijen)),
    el('p', { class: 'toelichting', tekst: `Beleidsdoelen: plicht binnen de termijn ${getal(d.plichtB1)} % (B1-route), `
      + `${getal(d.plichtZ)} % (Z-route), ${getal(d.plichtOnderwijs)} % (onderwijsroute); zelfredzaam na zes maanden ontzorgen `
      + `${getal(d.zelfredzaamNaOntzorgen)} %. Een cohort dat nog loopt toont geen percentage maar "tot nu toe" en hoeveel `
      + `personen nog lopen. Peildatum ${datum(data.peildatum)}.` }));
}

function spukBlok(data) {
  const kop = el('tr', {}, ['Jaar', 'Bron', 'Gehuisvest', 'Asielstatushouders plichtig', 'Gezinsmigranten',
    'Asiel jaar t', 'Asiel jaar t-1', 'Asiel jaar t-2', 'Gezinsmigranten (bedrag)', 'Totaal']
    .map((t, i) => el('th', { class: i > 1 ? 'getal' : null, tekst: t })));
  const bron = { DATA: 'gegevens', PROGNOSE: 'prognose', GEEN: 'geen' };
  const rijen = data.jaren.map((j) => el('tr', { 'data-jaar': j.jaar },
    el('td', { tekst: String(j.jaar) }), el('td', { tekst: bron[j.bron] || j.bron }),
    el('td', { class: 'getal', tekst: getal(j.gehuisvest) }), el('td', { class: 'getal', tekst: getal(j.asielstatushoudersPlichtig) }),
    el('td', { class: 'getal', tekst: getal(j.gezinsmigranten) }),
    ['asielJaarT', 'asielJaarT1', 'asielJaarT2', 'gezinsmigranten', 'totaal'].map((k) =>
      el('td', { class: 'getal', tekst: euro((j.uitkering || {})[k]) }))));
  return el('div', { class: 'tabelblok' }, el('table', { class: 'rapport', 'data-tabel': 'spuk' }, el('thead', {}, kop), el('tbody', {}, rijen)));
}

// ---- charts -------------------------------------------------------------------------------------------------------

const AS = { axisLabel: { formatter: (v) => Number(v).toLocaleString(NL) } };
const TOOLTIP = { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '–' : Number(v).toLocaleString(NL)) };

function grafiekPipPerCohort(c) {
  const cohorten = c.cohorten.map((x) => x.cohort);
  const m = (x) => x.pipBinnenTienWeken || { behaald: 0, beoordeeld: 0, lopend: 0 };
  return {
    title: { text: 'PIP binnen tien weken per cohort', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: TOOLTIP,
    legend: { bottom: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: cohorten },
    yAxis: [{ type: 'value', name: 'personen', minInterval: 1, ...AS },
      { type: 'value', name: '%', min: 0, max: 100, ...AS }],
    series: [
      { name: 'Binnen 10 weken', type: 'bar', stack: 'pip', color: '#2e7d32', data: c.cohorten.map((x) => m(x).behaald) },
      { name: 'Later', type: 'bar', stack: 'pip', color: '#c62828', data: c.cohorten.map((x) => m(x).beoordeeld - m(x).behaald) },
      { name: 'Lopend', type: 'bar', stack: 'pip', color: '#9e9e9e', data: c.cohorten.map((x) => m(x).lopend) },
      // the rate only for a cohort that has ended: a running cohort never shows a (misleading) percentage
      { name: '% (afgesloten cohort)', type: 'line', yAxisIndex: 1, color: '#1565c0', connectNulls: false,
        data: c.cohorten.map((x) => m(x).percentage) }
    ]
  };
}

function grafiekLeerroutes(t) {
  const rij = (id) => t.tabellen.filter((x) => x.id.startsWith('leerroutes-'))
    .reduce((som, x) => som + ((x.rijen.find((r) => r.id === id) || {}).totaal || 0), 0);
  const routes = Object.keys(ROUTES);
  return {
    title: { text: 'Leerroutes gestart en afgerond', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: TOOLTIP,
    legend: { bottom: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: routes.map((r) => ROUTES[r]) },
    yAxis: { type: 'value', minInterval: 1, ...AS },
    series: [
      { name: 'Gestart', type: 'bar', color: '#1565c0', data: routes.map((r) => rij(`${r}.gestart`)) },
      { name: 'Afgerond', type: 'bar', color: '#2e7d32', data: routes.map((r) => rij(`${r}.afgerond`)) }
    ]
  };
}

/** Per route: the share that met the plicht within the term, over the cohorts that have ended, against the target. */
function grafiekTermijnPerRoute(c) {
  const routes = Object.keys(ROUTES);
  const uitkomst = routes.map((r) => {
    let behaald = 0; let beoordeeld = 0; let lopend = 0; let doel = null;
    c.cohorten.forEach((x) => {
      const m = (x.plichtBinnenTermijn || {})[r];
      if (!m) return;
      doel = m.doel;
      if (m.lopend > 0) lopend += m.lopend; else { behaald += m.behaald; beoordeeld += m.beoordeeld; }
    });
    return { behaald, beoordeeld, lopend, doel, pct: beoordeeld > 0 ? Math.round((behaald * 1000) / beoordeeld) / 10 : null };
  });
  return {
    title: { text: 'Plicht binnen de termijn per leerroute, tegen het doel', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { ...TOOLTIP, valueFormatter: (v) => (v === null || v === undefined ? 'nog geen afgesloten cohort' : procent(v)) },
    legend: { bottom: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: routes.map((r, i) => `${ROUTES[r]}\n(${getal(uitkomst[i].beoordeeld)} afgesloten, ${getal(uitkomst[i].lopend)} lopend)`) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => `${Number(v).toLocaleString(NL)} %` } },
    series: [
      { name: 'Behaald (afgesloten cohorten)', type: 'bar', color: '#1565c0', data: uitkomst.map((u) => u.pct) },
      { name: 'Doel', type: 'scatter', symbol: 'rect', symbolSize: [60, 3], color: '#e65100', data: uitkomst.map((u) => u.doel) }
    ]
  };
}

// ---- the page -----------------------------------------------------------------------------------------------------

function pagina(container) {
  let grafieken = [];
  const vandaag = new Date();
  const standaardTot = new Date(Date.UTC(vandaag.getUTCFullYear(), vandaag.getUTCMonth() + 1, 1));
  const standaardVan = new Date(Date.UTC(standaardTot.getUTCFullYear() - 1, standaardTot.getUTCMonth(), 1));
  const van = el('input', { type: 'date', name: 'van', value: iso(standaardVan) });
  const tot = el('input', { type: 'date', name: 'tot', value: iso(standaardTot) });
  const gemeente = el('select', { name: 'gemeente' }, el('option', { value: '', tekst: 'Hele regio (al mijn gemeenten)' }));
  const indeling = el('select', { name: 'indeling' }, el('option', { value: 'KWARTAAL', tekst: 'Kwartaal' }), el('option', { value: 'MAAND', tekst: 'Maand' }));
  const basis = el('select', { name: 'basis' }, el('option', { value: 'TERMIJNSTART', tekst: 'Start inburgeringstermijn' }),
    el('option', { value: 'KOPPELING', tekst: 'Koppeling' }));
  const melding = el('p', { class: 'melding', role: 'alert' });
  const printkop = el('div', { class: 'printkop' });
  const downloads = el('p', { class: 'downloads' });
  const inhoud = el('div', { class: 'inhoud' });
  const toon = el('button', { type: 'submit', class: 'btn btn-primary', tekst: 'Toon rapportage' });
  const print = el('button', { type: 'button', class: 'btn btn-default', tekst: 'Afdrukken', onclick: () => window.print() });

  container.append(el('style', { tekst: STIJL }), el('div', { class: 'regie-rapportage' },
    el('h1', { tekst: 'Voortgangsrapportage inburgering' }), printkop,
    el('form', { class: 'keuzes', onsubmit: (e) => { e.preventDefault(); laad(); } },
      el('label', {}, 'Van', van), el('label', {}, 'Tot (niet inbegrepen)', tot), el('label', {}, 'Gemeente', gemeente),
      el('label', {}, 'Cohorten per', indeling), el('label', {}, 'Cohort naar', basis), toon, print),
    melding, downloads, inhoud));

  let gemeentenGeladen = false;
  let laatsteVraag = 0;
  async function laad() {
    // only the last question asked is shown: an earlier, slower answer never replaces it
    const vraag = ++laatsteVraag;
    melding.textContent = '';
    grafieken.forEach((g) => g.dispose());
    grafieken = [];
    inhoud.replaceChildren(el('p', { tekst: 'Rapportage wordt berekend…' }));
    const periode = { van: van.value, tot: tot.value, gemeente: gemeente.value };
    const cohortVraag = { ...periode, indeling: indeling.value, basis: basis.value };
    try {
      const [echarts, tabellen, cohorten, spuk] = await Promise.all([import(ECHARTS), haal('tabellen', periode),
        haal('cohorten', cohortVraag), haal('spuk', { gemeente: gemeente.value })]);
      if (vraag !== laatsteVraag) return;
      if (!gemeentenGeladen) {
        tabellen.gemeenten.forEach((g) => gemeente.append(el('option', { value: g.code, tekst: g.naam })));
        gemeentenGeladen = true;
      }
      const wie = gemeente.value ? tabellen.gemeenten.map((g) => g.naam).join(', ') : `regio: ${tabellen.gemeenten.map((g) => g.naam).join(', ')}`;
      printkop.replaceChildren(el('p', { tekst: `Periode ${datum(tabellen.van)} tot ${datum(tabellen.tot)} — ${wie}` }));
      downloads.replaceChildren('Downloaden als CSV: ', csvLink('tabellen', periode, 'Tabellen'),
        csvLink('cohorten', cohortVraag, 'Cohorten'), csvLink('spuk', { gemeente: gemeente.value }, 'SPUK-prognose'));
      const vakken = [el('div', { class: 'grafiek', 'data-grafiek': 'pip' }), el('div', { class: 'grafiek', 'data-grafiek': 'leerroutes' }),
        el('div', { class: 'grafiek', 'data-grafiek': 'termijn' })];
      inhoud.replaceChildren(
        el('h2', { tekst: `Grafieken` }), el('div', { class: 'grafieken' }, vakken),
        el('h2', { tekst: `Tabellen ${datum(tabellen.van)} tot ${datum(tabellen.tot)}` }), tabellenBlok(tabellen),
        el('h2', { tekst: 'Cohorten en beleidsdoelen' }), cohortenBlok(cohorten),
        el('h2', { tekst: 'SPUK-prognose (specifieke uitkering inburgeringsvoorzieningen)' }), spukBlok(spuk));
      [grafiekPipPerCohort(cohorten), grafiekLeerroutes(tabellen), grafiekTermijnPerRoute(cohorten)].forEach((optie, i) => {
        const grafiek = echarts.init(vakken[i], null, { renderer: 'svg' });
        grafiek.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...optie });
        grafieken.push(grafiek);
      });
    } catch (fout) {
      if (vraag !== laatsteVraag) return;
      inhoud.replaceChildren();
      melding.textContent = `De rapportage kon niet worden geladen: ${fout.message}`;
    }
  }
  // the print stylesheet gives the charts the page's width: redraw them for print and back after it
  const herteken = () => grafieken.forEach((g) => g.resize());
  ['resize', 'beforeprint', 'afterprint'].forEach((e) => window.addEventListener(e, herteken));
  laad();
  return () => {
    ['resize', 'beforeprint', 'afterprint'].forEach((e) => window.removeEventListener(e, herteken));
    grafieken.forEach((g) => g.dispose());
  };
}

let opruimen = null;

export default [
  {
    id: 'regie-rapportage-pagina',
    pluginPoint: 'cockpit.route',
    properties: { path: '/rapportage', label: '/rapportage' },
    render: (container) => { opruimen = pagina(container); },
    unmount: () => { if (opruimen) opruimen(); opruimen = null; }
  },
  {
    id: 'regie-rapportage-menu',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/rapportage', checkActive: (pad) => pad.indexOf('#/rapportage') > -1 },
    render: (container) => { container.append(el('a', { href: '#/rapportage', tekst: 'Rapportage' })); }
  }
];
