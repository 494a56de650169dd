import type { EvidenceSpan } from '../case';
import { nothing, type Read } from './facts';

// "78-year-old", "78 year old", "78 yo", "age 78", "aged 78". Masked ages ("XX-year-old") have no digits.
const AGE = /\b(\d{1,3})(?:[- ]?(?:years?|yrs?)[- ]?old\b|\s?(?:yo|y\/o|y\.o\.)(?![\w]))|\bage(?:d|:)?\s+(\d{1,3})\b/gi;
// Female words in the first group, male in the second: one scan finds whichever comes first. No word of
// one list can match where a word of the other does, so the first match is the one each list would give.
const SEX_WORD = /\b(?:(female|woman|lady|girl|Mrs\.?|Ms\.?)|(?:male|man|gentleman|boy|Mr\.?))(?![\w])/g;
// She-pronouns in the first group, he-pronouns otherwise; as above, the two lists never match at one place.
const PRONOUN = /\b(?:(she|her|hers|herself)|(?:he|his|him|himself))\b/gi;

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

/** Pronoun matches, she-words and he-words, each list counted no further than `enough`. */
function pronouns(text: string, enough: number): { she: RegExpExecArray[]; he: RegExpExecArray[] } {
  const she: RegExpExecArray[] = [];
  const he: RegExpExecArray[] = [];
  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(text); match; match = PRONOUN.exec(text)) {
    const list = match[1] === undefined ? he : she;
    if (list.length < enough) list.push(match);
    if (she.length >= enough && he.length >= enough) break;
  }
  return { she, he };
}

/** The patient's sex: the first word that names it, else the pronouns used (at least two, one way). */
export function readSex(text: string): Read<'female' | 'male' | null> {
  SEX_WORD.lastIndex = 0;
  const word = SEX_WORD.exec(text);
  if (word) return { value: word[1] === undefined ? 'male' : 'female', evidence: [span(word)] };
  // Two to one is enough to decide; counting every pronoun of a long page is not needed.
  const { she, he } = pronouns(text, 60);
  if (she.length >= 2 && she.length > he.length * 2) return { value: 'female', evidence: she.slice(0, 3).map(span) };
  if (he.length >= 2 && he.length > she.length * 2) return { value: 'male', evidence: he.slice(0, 3).map(span) };
  return nothing(null);
}
