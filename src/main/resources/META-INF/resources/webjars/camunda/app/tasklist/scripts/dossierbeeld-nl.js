// Regie Inburgering: the dossier as a whole inside Tasklist.
// - a tab "Dossier" beside the task's form (plugin point tasklist.task.detail): the task's dossier;
// - "Dossiers" in the header (tasklist.navbar.action): find a dossier by name, dossier number, birth date or (roles
//   that may) BSN, and "Mijn dossiers", the user's caseload.
// Everything comes from our own API (/api) with the user's Tasklist session (web/ApiAuthenticatieFilter): the server
// decides what the role may see; this script only shows it. Texts are Dutch, dates dd-mm-jjjj. Every value is set as
// text (never as HTML).

const API = '/api/dossiers';

// ---- small helpers ------------------------------------------------------------------------------------------------

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) {
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
    if (k !== null && k !== undefined && k !== false) {
      e.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
    }
  });
  return e;
}

/** 2027-01-15 (or an instant) as 15-01-2027 (with the time of day for an instant). */
function datum(waarde) {
  if (!waarde) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (m) {
    return `${m[3]}-${m[2]}-${m[1]}`;
  }
  const d = new Date(waarde);
  if (isNaN(d.getTime())) {
    return String(waarde);
  }
  const twee = (n) => String(n).padStart(2, '0');
  return `${twee(d.getDate())}-${twee(d.getMonth() + 1)}-${d.getFullYear()} ${twee(d.getHours())}:${twee(d.getMinutes())}`;
}

/** An enum value for people: ASIELSTATUSHOUDER -> Asielstatushouder, PIP_VASTGESTELD -> Pip vastgesteld. */
function woord(waarde) {
  if (waarde === null || waarde === undefined || waarde === '') {
    return '';
  }
  if (waarde === true) {
    return 'ja';
  }
  if (waarde === false) {
    return 'nee';
  }
  const t = String(waarde);
  if (!/^[A-Z0-9_]+$/.test(t) || t.length <= 3) {
    return t;
  }
  const w = t.toLowerCase().replace(/_/g, ' ');
  return w.charAt(0).toUpperCase() + w.substring(1);
}

class Fout extends Error {
  constructor(status, melding) {
    super(melding);
    this.status = status;
  }
}

async function lees(pad, opties) {
  const antwoord = await fetch(pad, Object.assign({credentials: 'same-origin', headers: {Accept: 'application/json'}},
    opties || {}));
  const tekst = await antwoord.text();
  let json = null;
  try {
    json = tekst ? JSON.parse(tekst) : null;
  } catch (e) {
    json = null;
  }
  if (!antwoord.ok) {
    const velden = json && json.velden ? Object.entries(json.velden).map(([k, v]) => `${k}: ${v}`).join('; ') : '';
    throw new Fout(antwoord.status, velden || (json && json.detail) || `Het verzoek is mislukt (${antwoord.status}).`);
  }
  return json;
}

/** The webapps' CSRF token (cookie XSRF-TOKEN), required by /api for every POST with a session. */
function csrfToken() {
  const m = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : '';
}

function post(pad, body) {
  return lees(pad, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify(body)
  });
}

/** A read that may be refused for this role or find nothing: null instead of an error. */
async function misschien(pad) {
  try {
    return await lees(pad);
  } catch (e) {
    if (e.status === 403 || e.status === 404) {
      return null;
    }
    throw e;
  }
}

function sectie(titel, id, ...inhoud) {
  return el('section', {class: 'regie-sectie', 'data-sectie': id}, el('h4', {tekst: titel}), ...inhoud);
}

function velden(paren) {
  const dl = el('dl', {class: 'dl-horizontal regie-velden'});
  paren.filter(([, v]) => v !== null && v !== undefined && v !== '').forEach(([k, v]) => {
    dl.appendChild(el('dt', {tekst: k}));
    dl.appendChild(el('dd', {tekst: String(v)}));
  });
  return dl;
}

function tabel(koppen, rijen, leeg) {
  if (!rijen || rijen.length === 0) {
    return el('p', {class: 'text-muted', tekst: leeg || 'Geen.'});
  }
  return el('table', {class: 'table table-condensed regie-tabel'},
    el('thead', {}, el('tr', {}, koppen.map((k) => el('th', {tekst: k})))),
    el('tbody', {}, rijen.map((r) => el('tr', {}, r.map((c) => el('td', {},
      c instanceof Node ? c : el('span', {tekst: c === null || c === undefined ? '' : String(c)})))))));
}

const STIJL = `
.regie-dossierbeeld { padding: 10px 15px; }
.regie-dossierbeeld h3 { margin-top: 5px; }
.regie-dossierbeeld .regie-sectie { margin-bottom: 18px; }
.regie-dossierbeeld .regie-velden dt { width: 230px; }
.regie-dossierbeeld .regie-velden dd { margin-left: 250px; }
.regie-dossierbeeld .regie-tabel { font-size: 12px; }
#regie-dossiers { position: fixed; top: 45px; left: 0; right: 0; bottom: 0; z-index: 1040; background: #fff;
  overflow: auto; padding: 15px 25px; border-top: 1px solid #ccc; }
#regie-dossiers form { margin-bottom: 12px; }
#regie-dossiers form input { margin-right: 8px; }
#regie-dossiers .regie-resultaat { cursor: pointer; }
`;

function stijl() {
  if (!document.getElementById('regie-dossierbeeld-stijl')) {
    document.head.appendChild(el('style', {id: 'regie-dossierbeeld-stijl', tekst: STIJL}));
  }
}

// ---- the dossier ----------------------------------------------------------------------------------------------------

/** Renders the dossier into the node; every part its own request, refused parts left out. */
async function toonDossier(node, nummer) {
  stijl();
  node.replaceChildren(el('div', {class: 'regie-dossierbeeld'}, el('p', {tekst: 'Dossier laden…'})));
  const basis = `${API}/${encodeURIComponent(nummer)}`;
  let dossier;
  let overzicht;
  try {
    [dossier, overzicht] = await Promise.all([lees(basis), lees(`${basis}/overzicht`)]);
  } catch (e) {
    node.replaceChildren(el('div', {class: 'regie-dossierbeeld'},
      el('p', {class: 'alert alert-warning', tekst: e.status === 404
        ? 'Dit dossier bestaat niet of is niet van uw gemeenten.' : e.message})));
    return;
  }
  const mag = overzicht.mag || {};
  const [leerroute, wijzigingen, voortgang, handhaving, brieven, inzage] = await Promise.all([
    misschien(`${basis}/leerroute`), misschien(`${basis}/pip-wijzigingen`),
    mag.voortgang ? misschien(`${basis}/voortgang`) : null, mag.handhaving ? misschien(`${basis}/handhaving`) : null,
    mag.brieven ? misschien(`${basis}/brieven`) : null, mag.inzage ? misschien(`${basis}/inzage`) : null]);
  const p = dossier.persoon || {};
  const delen = [
    el('h3', {class: 'regie-kop'}, `${p.voornamen || ''} ${p.achternaam || ''}`.trim(), ' ',
      el('small', {class: 'regie-dossiernummer', tekst: dossier.dossiernummer})),
    sectie('Persoon', 'persoon', velden([
      ['Naam', `${p.voornamen || ''} ${p.achternaam || ''}`.trim()], ['Geboortedatum', datum(p.geboortedatum)],
      ['BSN', p.bsn], ['Nationaliteit', p.nationaliteit], ['Gemeente', dossier.gemeenteNaam],
      ['Doelgroep', woord(dossier.doelgroep)], ['Status', woord(dossier.status)],
      ['Inburgeringsplichtig', woord(dossier.inburgeringsplichtig)], ['Bijstand', woord(dossier.bijstand)]])),
    sectie('Belangrijke datums', 'datums', velden([
      ['Koppelingsdatum', datum(dossier.koppelingsdatum)], ['Inschrijving BRP', datum(dossier.brpInschrijvingsdatum)],
      ['Verwachte huisvesting', datum(dossier.verwachteHuisvestingsdatum)], ['Huisvesting', datum(dossier.huisvestingsdatum)],
      ['Kennisgeving DUO', datum(dossier.kennisgevingDuoDatum)], ['Start bijstand', datum(dossier.bijstandStartdatum)],
      ['Start PIP-termijn', datum(dossier.pipTermijnStart)], ['PIP uiterlijk', datum(dossier.pipUiterlijkeDatum)],
      ['Opgeschort sinds', datum(dossier.opschortingSinds)],
      ['Start inburgeringstermijn', datum(dossier.inburgeringstermijnStart)],
      ['Einde inburgeringstermijn', datum(dossier.inburgeringstermijnEinde)],
      ['Termijn verstreken op', datum(dossier.inburgeringstermijnVerstrekenOp)],
      ['Afgesloten op', datum(dossier.afgeslotenOp)],
      ['Reden afsluiting', dossier.afsluitreden ? dossier.afsluitreden.omschrijving : null]])),
    sectie('Termijnen en deadlines', 'termijnen', tabel(['Datum', 'Wat'],
      (overzicht.termijnen || []).map((t) => [datum(t.datum), t.omschrijving]), 'Geen termijnen meer vooruit.')),
    sectie('Open taken', 'taken', tabel(['Taak', 'Vervaldatum', 'Opvolgdatum', 'Toegewezen aan'],
      (overzicht.openTaken || []).map((t) => [t.naam, datum(t.vervaldatum), datum(t.opvolgdatum), t.toegewezenAan || '']),
      'Geen open taken.')),
    sectie('Gebeurtenissen', 'gebeurtenissen', tabel(['Datum', 'Gebeurtenis', 'Toelichting'],
      (dossier.gebeurtenissen || []).map((g) => [datum(g.datum), woord(g.type),
        [g.toelichting, g.reden ? woord(g.reden) : null, g.einddatum ? `tot ${datum(g.einddatum)}` : null]
          .filter(Boolean).join(' · ')]))),
    sectie('Brede intake', 'intake',
      velden([['Gesprek gevoerd op', datum(overzicht.bredeIntakeGesprek)]]),
      tabel(['Oproep', 'Afspraak', 'Locatie', 'Verschenen', 'Waarschuwing'],
        (overzicht.oproepen || []).map((o) => [String(o.volgnummer), datum(o.datum), o.locatie,
          o.verschenen === null || o.verschenen === undefined ? '' : woord(o.verschenen),
          datum(o.waarschuwingVerzonden)]), 'Nog geen oproep.')),
    sectie('PIP-versies', 'pip', tabel(['Versie', 'Status', 'Leerroute', 'Advies', 'Dagtekening', 'Opgesteld door',
      'Vastgesteld door', 'Wijziging'],
    (overzicht.pipVersies || []).map((v) => [String(v.versie), woord(v.status), v.leerroute, v.adviesLeerroute,
      datum(v.dagtekening), v.opgesteldDoor, v.vastgesteldDoor, v.wijzigingSoorten || '']), 'Nog geen PIP.')),
    sectie('Trajecten', 'trajecten',
      tabel(['Traject', 'Status', 'Partner', 'Start', 'Einde', 'Voortgang'], [
        ...((leerroute && leerroute.trajecten) || []).map((t) => [`Leerroute ${t.leerroute}`, woord(t.status),
          t.taalschool || t.partner, datum(t.startdatum), datum(t.einddatum),
          `${t.taaluren} taaluren` + (t.taalurenDoel ? ` van ${t.taalurenDoel}` : '')
          + (t.participatieuren ? `, ${t.participatieuren} participatie-uren` : '')]),
        ...(overzicht.trajecten || []).map((t) => [woord(t.soort), woord(t.status), t.partner, datum(t.startdatum),
          datum(t.einddatum), t.toelichting || ''])], 'Nog geen trajecten.'),
      el('h5', {tekst: 'Rapportages van partners'}),
      tabel(['Leerroute', 'Periode tot', 'Oordeel', 'Aanwezigheid', 'Taaluren', 'Lezen', 'Luisteren', 'Schrijven', 'Spreken'],
        ((leerroute && leerroute.trajecten) || []).flatMap((t) => (t.rapportages || []).map((r) => [t.leerroute,
          datum(r.periodeTot), woord(r.oordeel), r.aanwezigheid == null ? '' : `${r.aanwezigheid}%`, r.taaluren == null ? '' : String(r.taaluren),
          r.lezen, r.luisteren, r.schrijven, r.spreken])), 'Nog geen rapportages.'),
      tabel(['Examen', 'Resultaat', 'Datum'], ((leerroute && leerroute.examens) || [])
        .map((x) => [x.onderdeel, woord(x.resultaat), datum(x.datum)]), 'Nog geen examenresultaten.'),
      tabel(['Routewissel', 'Datum', 'Status', 'Reden'], ((leerroute && leerroute.routewissels) || [])
        .map((w) => [`${w.van} → ${w.naar}`, datum(w.datum), woord(w.status), w.reden]), 'Geen routewissels.')),
    sectie('PIP-wijzigingen', 'pipwijzigingen', tabel(['Aangevraagd', 'Soorten', 'Status', 'Reden', 'Aangevraagd door'],
      (wijzigingen || []).map((w) => [datum(w.aangevraagdOp), (w.soorten || []).map(woord).join(', '), woord(w.status),
        w.reden, w.aangevraagdDoor]), 'Geen PIP-wijzigingen.'))
  ];
  if (voortgang) {
    delen.push(sectie('Voortgang', 'voortgang', velden([['Volgend gesprek', datum(voortgang.volgendGesprek)],
      ['Interval', voortgang.interval]]),
    tabel(['Gepland', 'Gevoerd', 'Uitkomst', 'Participatie', 'Door'], (voortgang.gesprekken || [])
      .map((g) => [datum(g.geplandOp), datum(g.datum), woord(g.uitkomst), woord(g.participatie), g.gevoerdDoor]),
    'Nog geen voortgangsgesprekken.')));
  }
  if (handhaving && ((handhaving.zaken || []).length || (handhaving.signalen || []).length
    || (handhaving.pwMaatregelen || []).length || (handhaving.duoBoetes || []).length)) {
    delen.push(sectie('Handhaving', 'handhaving',
      tabel(['Zaak', 'Gedraging', 'Periode', 'Status', 'Besluit'], (handhaving.zaken || []).map((z) => [z.zaaknummer,
        woord(z.gedraging), `${datum(z.periodeVan)} – ${datum(z.periodeTot)}`, woord(z.status), woord(z.besluit)]),
      'Geen handhavingszaken.'),
      tabel(['Signaal', 'Gedraging', 'Periode', 'Status'], (handhaving.signalen || []).map((s) => [woord(s.bron),
        woord(s.gedraging), `${datum(s.periodeVan)} – ${datum(s.periodeTot)}`, woord(s.status)]), 'Geen signalen.')));
  }
  if (brieven) {
    delen.push(sectie('Documenten', 'brieven', tabel(['Brief', 'Verzonden', 'PIP-versie', 'Aangemaakt', ''],
      brieven.map((b) => [b.titel || woord(b.soort), datum(b.verzondenOp), b.pipVersie == null ? '' : String(b.pipVersie),
        datum(b.aangemaaktOp), el('a', {class: 'regie-download', 'data-soort': b.soort,
          href: `${basis}/brieven/${encodeURIComponent(b.id)}`, download: true, tekst: 'Downloaden (pdf)'})]),
      'Nog geen brieven.')));
  }
  if (inzage) {
    delen.push(sectie('Inzagelog', 'inzage', tabel(['Tijdstip', 'Gebruiker', 'Actie'],
      inzage.slice().reverse().slice(0, 200).map((i) => [datum(i.tijdstip), i.gebruiker, woord(i.actie)]))));
  }
  node.replaceChildren(el('div', {class: 'regie-dossierbeeld', 'data-dossiernummer': dossier.dossiernummer}, ...delen));
}

/** The dossier number of a task: its variable (engine/TaakOnderwerp), else its process's business key. */
async function dossiernummerVanTaak(api, taskId) {
  const engine = (api && api.engineApi) || '/camunda/api/engine/engine/default';
  try {
    const variabele = await lees(`${engine}/task/${encodeURIComponent(taskId)}/variables/dossiernummer`);
    if (variabele && variabele.value) {
      return String(variabele.value);
    }
  } catch (e) {
    // no such variable: the process's business key
  }
  const taak = await lees(`${engine}/task/${encodeURIComponent(taskId)}`);
  const proces = await lees(`${engine}/process-instance/${encodeURIComponent(taak.processInstanceId)}`);
  const sleutel = proces.businessKey || '';
  const h = sleutel.lastIndexOf('-H');
  return h < 0 ? sleutel : sleutel.substring(0, h);
}

const tabPlugin = {
  id: 'regie-dossierbeeld',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: {label: 'Dossier'},
  render: (node, {taskId, api}) => {
    stijl();
    dossiernummerVanTaak(api, taskId)
      .then((nummer) => (nummer ? toonDossier(node, nummer)
        : node.replaceChildren(el('p', {class: 'regie-dossierbeeld', tekst: 'Deze taak hoort niet bij een dossier.'}))))
      .catch((e) => node.replaceChildren(el('p', {class: 'regie-dossierbeeld alert alert-warning', tekst: e.message})));
  }
};

// ---- the page "Dossiers" ------------------------------------------------------------------------------------------

function sluitPagina() {
  const pagina = document.getElementById('regie-dossiers');
  if (pagina) {
    pagina.remove();
  }
}

function openPagina() {
  stijl();
  sluitPagina();
  const inhoud = el('div', {class: 'regie-dossiers-inhoud'});
  const naam = el('input', {type: 'text', class: 'form-control input-sm', name: 'zoek',
    placeholder: 'Naam of dossiernummer', 'aria-label': 'Naam of dossiernummer'});
  const geboren = el('input', {type: 'text', class: 'form-control input-sm', name: 'geboortedatum',
    placeholder: 'Geboortedatum (dd-mm-jjjj)', 'aria-label': 'Geboortedatum (dd-mm-jjjj)'});
  const bsn = el('input', {type: 'text', class: 'form-control input-sm', name: 'bsn', placeholder: 'BSN',
    'aria-label': 'BSN', autocomplete: 'off', style: 'display:none'});
  const melding = el('p', {class: 'regie-melding text-danger'});
  let laatste = null;
  // only the last thing asked for is shown: a list that arrives after a newer search or an opened dossier is dropped
  let verzoeknummer = 0;

  function lijst(resultaat, opnieuw) {
    if (resultaat.mag && resultaat.mag.bsn) {
      bsn.style.display = '';
    }
    const regels = resultaat.resultaten || [];
    const eerste = resultaat.pagina * resultaat.grootte;
    const navigatie = el('p', {},
      `${resultaat.totaal} dossier${resultaat.totaal === 1 ? '' : 's'}` + (resultaat.totaal ? `, ${eerste + 1}–${eerste + regels.length}` : ''),
      resultaat.pagina > 0 ? el('button', {type: 'button', class: 'btn btn-link btn-sm', tekst: 'Vorige',
        onclick: () => opnieuw(resultaat.pagina - 1)}) : null,
      eerste + regels.length < resultaat.totaal ? el('button', {type: 'button', class: 'btn btn-link btn-sm',
        tekst: 'Volgende', onclick: () => opnieuw(resultaat.pagina + 1)}) : null);
    const t = el('table', {class: 'table table-condensed table-hover'},
      el('thead', {}, el('tr', {}, ['Naam', 'Geboortedatum', 'Dossiernummer', 'Gemeente', 'Doelgroep', 'Status',
        'Open taken', 'Eerstvolgende termijn'].map((k) => el('th', {tekst: k})))),
      el('tbody', {}, regels.map((r) => el('tr', {class: 'regie-resultaat', 'data-dossiernummer': r.dossiernummer,
        onclick: () => toonInPagina(r.dossiernummer)},
      el('td', {}, el('a', {href: '#', tekst: r.naam, onclick: (e) => e.preventDefault()})),
      el('td', {tekst: datum(r.geboortedatum)}), el('td', {tekst: r.dossiernummer}), el('td', {tekst: r.gemeenteNaam}),
      el('td', {tekst: woord(r.doelgroep)}), el('td', {tekst: woord(r.status)}), el('td', {tekst: String(r.openTaken)}),
      el('td', {tekst: r.eerstvolgendeTermijn
        ? `${datum(r.eerstvolgendeTermijn.datum)} ${r.eerstvolgendeTermijn.omschrijving}` : ''})))));
    laatste = () => inhoud.replaceChildren(navigatie, regels.length ? t : el('p', {tekst: 'Geen dossiers gevonden.'}));
    laatste();
  }

  function toonInPagina(nummer) {
    verzoeknummer++;
    const plek = el('div');
    inhoud.replaceChildren(el('button', {type: 'button', class: 'btn btn-default btn-sm regie-terug',
      tekst: '← Terug naar de lijst', onclick: () => laatste && laatste()}), plek);
    toonDossier(plek, nummer);
  }

  function fout(e) {
    melding.textContent = e.message;
  }

  function zoek(pagina) {
    melding.textContent = '';
    const criteria = {zoek: naam.value.trim(), geboortedatum: geboren.value.trim(), pagina: pagina, grootte: 25};
    const verzoek = bsn.value.trim()
      ? post(`${API}/zoeken`, Object.assign(criteria, {bsn: bsn.value.trim()}))
      : lees(`${API}?` + new URLSearchParams(Object.entries(criteria).filter(([, v]) => v !== '')).toString());
    const dit = ++verzoeknummer;
    verzoek.then((r) => dit === verzoeknummer && lijst(r, zoek)).catch((e) => dit === verzoeknummer && fout(e));
  }

  function mijn(pagina) {
    melding.textContent = '';
    const dit = ++verzoeknummer;
    lees(`${API}/mijn?pagina=${pagina}&grootte=25`).then((r) => dit === verzoeknummer && lijst(r, mijn))
      .catch((e) => dit === verzoeknummer && fout(e));
  }

  const pagina = el('div', {id: 'regie-dossiers', role: 'dialog', 'aria-label': 'Dossiers'},
    el('button', {type: 'button', class: 'close', 'aria-label': 'Sluiten', tekst: '×', onclick: sluitPagina}),
    el('h2', {tekst: 'Dossiers'}),
    el('form', {class: 'form-inline', onsubmit: (e) => {
      e.preventDefault();
      zoek(0);
    }}, naam, geboren, bsn,
    el('button', {type: 'submit', class: 'btn btn-primary btn-sm regie-zoek', tekst: 'Zoeken'}), ' ',
    el('button', {type: 'button', class: 'btn btn-default btn-sm regie-mijn', tekst: 'Mijn dossiers',
      onclick: () => mijn(0)})),
    melding, inhoud);
  document.body.appendChild(pagina);
  mijn(0);
  naam.focus();
}

const paginaPlugin = {
  id: 'regie-dossiers',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: (node) => {
    node.replaceChildren(el('a', {href: '#', class: 'regie-dossiers-knop', title: 'Dossiers zoeken en Mijn dossiers',
      tekst: 'Dossiers', onclick: (e) => {
        e.preventDefault();
        openPagina();
      }}));
  }
  // no unmount: the page lives on the body, above Tasklist's views, until the user closes it
};

export default [tabPlugin, paginaPlugin];
