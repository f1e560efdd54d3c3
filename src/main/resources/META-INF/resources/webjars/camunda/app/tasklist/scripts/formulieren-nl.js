// Regie Inburgering: Camunda Forms (form-js) writes its validation messages in English only ("Field is required.").
// When Tasklist speaks Dutch, this script puts them in Dutch as they appear (form fields' error lists). The server
// checks every completion again and answers in Dutch itself (engine/FormulierValidatieListener).
const VERTALINGEN = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must match pattern (.*)\.$/, (m) => `De invoer past niet in het patroon ${m[1]}.`],
  [/^Field must have minimum value of (.*)\.$/, (m) => `De waarde moet minstens ${m[1]} zijn.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `De waarde mag hoogstens ${m[1]} zijn.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Vul minstens ${m[1]} tekens in.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Vul hoogstens ${m[1]} tekens in.`],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31201234567).'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `Kies een geldige waarde; de dichtstbijzijnde zijn ${m[1]} en ${m[2]}.`]
];

export function vertaal(tekst) {
  for (const [patroon, nederlands] of VERTALINGEN) {
    const m = patroon.exec(tekst);
    if (m) {
      return nederlands(m);
    }
  }
  return tekst;
}

function vertaalFouten(wortel) {
  const lijsten = wortel.querySelectorAll
    ? wortel.querySelectorAll('.fjs-form-field-error li')
    : [];
  for (const li of lijsten) {
    const nederlands = vertaal(li.textContent);
    if (nederlands !== li.textContent) {
      li.textContent = nederlands;
    }
  }
}

// Tasklist is Dutch unless the browser's first language is English (config.js: availableLocales, fallbackLocale)
const taal = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
if (!taal.startsWith('en') && document.body) {
  new MutationObserver((wijzigingen) => {
    for (const w of wijzigingen) {
      const element = w.target.nodeType === Node.TEXT_NODE ? w.target.parentElement : w.target;
      if (element && element.closest && element.closest('.fjs-form-field-error')) {
        vertaalFouten(element.closest('.fjs-form-field-error'));
      } else if (element) {
        vertaalFouten(element);
      }
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}
