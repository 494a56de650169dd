import type { EvidenceSpan } from '../case';
import { nothing, type Read } from './facts';

/** A regular expression source's letters in either case: one scan mixes case-blind and case-kept words. */
const anyCase = (source: string) => source.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

// "78-year-old", "78 year old", "78 yo", "age 78", "aged 78" (groups 1 and 2). Masked ages ("XX-year-old") have no digits.
const AGE = String.raw`(\d{1,3})(?:[- ]?(?:${anyCase('years?|yrs?')})[- ]?${anyCase('old')}\b|\s?(?:${anyCase(String.raw`yo|y\/o|y\.o\.`)})(?![\w]))|${anyCase('age')}(?:${anyCase('d')}|:)?\s+(\d{1,3})\b`;
// Female words in group 3, male in group 4, as written: one scan finds whichever comes first. No word of
// one list can match where a word of the other does, so the first match is the one each list would give.
const SEX_WORD = String.raw`(?:(female|woman|lady|girl|Mrs\.?|Ms\.?)|(male|man|gentleman|boy|Mr\.?))(?![\w])`;
// She-pronouns in group 5, he-pronouns otherwise, in any case; as above, the two lists never match at one place.
const PRONOUN = String.raw`(?:(${anyCase('she|her|hers|herself')})|${anyCase('he|his|him|himself')})\b`;
// The three kinds in one scan (a page that states none is read once, not three times). They start with
// different characters and each match is whole words, so no match hides the start of another kind's:
// each kind's matches are the ones its own scan would find. Every kind starts at a word boundary: tested
// once per place for all of them, not once per kind (a page that states none is read a quarter faster).
const DEMOGRAPHIC = new RegExp(String.raw`\b(?:${AGE}|${SEX_WORD}|${PRONOUN})`, 'g');

function span(match: RegExpMatchArray): EvidenceSpan {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, text: match[0] };
}

/** Pronouns counted per list no further than this: two to one is enough to decide. */
const ENOUGH_PRONOUNS = 60;

/**
 * The patient's age: the first stated age (reports introduce the patient before anyone else). The
 * patient's sex: the first word that names it, else the pronouns used (at least two, one way).
 */
export function readDemographics(text: string): {
  age: Read<number | null>;
  sex: Read<'female' | 'male' | null>;
} {
  let age: Read<number | null> | undefined;
  let word: RegExpExecArray | undefined;
  const she: RegExpExecArray[] = [];
  const he: RegExpExecArray[] = [];
  DEMOGRAPHIC.lastIndex = 0;
  for (let match = DEMOGRAPHIC.exec(text); match; match = DEMOGRAPHIC.exec(text)) {
    const digits = match[1] ?? match[2];
    if (digits !== undefined) {
      const value = Number(digits);
      if (age === undefined && value > 0 && value <= 120) age = { value, evidence: [span(match)] };
    } else if (match[3] !== undefined || match[4] !== undefined) {
      word ??= match;
    } else if (word === undefined) {
      const list = match[5] === undefined ? he : she;
      if (list.length < ENOUGH_PRONOUNS) list.push(match);
    }
    if (age !== undefined && word !== undefined) break;
  }
  return { age: age ?? nothing(null), sex: word ? sexWord(word) : sexByPronouns(she, he) };
}

function sexWord(word: RegExpExecArray): Read<'female' | 'male'> {
  return { value: word[3] === undefined ? 'male' : 'female', evidence: [span(word)] };
}

function sexByPronouns(she: RegExpExecArray[], he: RegExpExecArray[]): Read<'female' | 'male' | null> {
  if (she.length >= 2 && she.length > he.length * 2) return { value: 'female', evidence: she.slice(0, 3).map(span) };
  if (he.length >= 2 && he.length > she.length * 2) return { value: 'male', evidence: he.slice(0, 3).map(span) };
  return nothing(null);
}

/** The patient's sex alone (see readDemographics). */
export function readSex(text: string): Read<'female' | 'male' | null> {
  return readDemographics(text).sex;
}
