import type { EvidenceSpan } from '../case';
import { nothing, type Read } from './facts';

// "78-year-old", "78 year old", "78 yo", "age 78", "aged 78". Masked ages ("XX-year-old") have no digits.
const AGE = /\b(\d{1,3})(?:[- ]?(?:years?|yrs?)[- ]?old\b|\s?(?:yo|y\/o|y\.o\.)(?![\w]))|\bage(?:d|:)?\s+(\d{1,3})\b/gi;
const FEMALE = /\b(?:female|woman|lady|girl|Mrs\.?|Ms\.?)(?![\w])/g;
const MALE = /\b(?:male|man|gentleman|boy|Mr\.?)(?![\w])/g;
const SHE = /\b(?:she|her|hers|herself)\b/gi;
const HE = /\b(?:he|his|him|himself)\b/gi;

function span(match: RegExpMatchArray): EvidenceSpan {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, text: match[0] };
}

/** The patient's age: the first stated age (reports introduce the patient before anyone else). */
export function readAge(text: string): Read<number | null> {
  for (const match of text.matchAll(AGE)) {
    const age = Number(match[1] ?? match[2]);
    if (age > 0 && age <= 120) return { value: age, evidence: [span(match)] };
  }
  return nothing(null);
}

/** How many times `pattern` occurs, counting no further than `enough`. */
function count(text: string, pattern: RegExp, enough: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && found.length < enough; match = pattern.exec(text)) found.push(match);
  return found;
}

/** The patient's sex: the first word that names it, else the pronouns used (at least two, one way). */
export function readSex(text: string): Read<'female' | 'male' | null> {
  FEMALE.lastIndex = 0;
  MALE.lastIndex = 0;
  const female = FEMALE.exec(text);
  const male = MALE.exec(text);
  if (female && (!male || female.index < male.index)) return { value: 'female', evidence: [span(female)] };
  if (male) return { value: 'male', evidence: [span(male)] };
  // Two to one is enough to decide; counting every pronoun of a long page is not needed.
  const she = count(text, SHE, 60);
  const he = count(text, HE, 60);
  if (she.length >= 2 && she.length > he.length * 2) return { value: 'female', evidence: she.slice(0, 3).map(span) };
  if (he.length >= 2 && he.length > she.length * 2) return { value: 'male', evidence: he.slice(0, 3).map(span) };
  return nothing(null);
}
