/**
 * A text typed all in lower case ("findings: new compression fracture of l2", "hx: 81 yo f, fall") writes the levels and
 * the sex letter that other reports write in capitals. The rules read those in capitals only, since in mixed case "Cl" is
 * chloride and "m" a metre; in a text with no capitals there is no such doubt. Such a text is read with those few words in
 * capitals: a copy of the same length, so every offset, evidence span and highlight stays where it was.
 */
// A de-identification mask ("XXXX-year-old") is no capital writing.
const CAPITAL = /[A-WYZ]/;
const LEVEL = /\b[ctls]\d{1,2}\b/g;
// The sex letter straight after an age: "81 yo f", "72 y/o m".
const SEX_AFTER_AGE = /\b(\d{1,3} ?(?:yo|y\/o|y\.o\.|yrs?|y)\.? ?)([fm])\b/g;

export function inCapitals(text: string): string {
  if (CAPITAL.test(text) || !/[ctls]\d|\d ?y/.test(text)) return text;
  return text
    .replace(LEVEL, (level) => level.toUpperCase())
    .replace(SEX_AFTER_AGE, (_, age: string, sex: string) => age + sex.toUpperCase());
}
