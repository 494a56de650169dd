import type { EvidenceSpan } from '../case';
import { nothing, type Read } from './facts';

/** A regular expression source's letters in either case: one scan mixes case-blind and case-kept words. */
const anyCase = (source: string) => source.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

// "78-year-old", "78 year old", "78 yo", "age 78", "aged 78" (groups 1 and 2). Masked ages ("XX-year-old") have no digits.
const AGE = String.raw`(\d{1,3})(?:[- ]?(?:${anyCase('years?|yrs?')})[- ]?${anyCase('old')}\b|\s?(?:${anyCase(String.raw`yo|y\/o|y\.o\.`)})(?![\w]))|${anyCase('age')}(?:${anyCase('d')}|:)?\s+(\d{1,3})\b`;
// Female words in group 3, male in group 4, as written: one scan finds whichever comes first. No word of
// one list can match where a word of the other does, so the first match is the one each list would give.
const SEX_WORD = String.raw`(?:(${anyCase('female|woman|lady|girl')}|Mrs\.?|Ms\.?|Miss)|(${anyCase('male|man|gentleman|boy')}|Mr\.?))(?![\w])`;
// She-pronouns in group 5, he-pronouns otherwise, in any case; as above, the two lists never match at one place.
const PRONOUN = String.raw`(?:(${anyCase('she|her|hers|herself')})|${anyCase('he|his|him|himself')})\b`;
// The shorthand of requisitions and consult headers: an age with the sex letter after it ("64M", "52 F",
// "81 y/o F", "70 yo M": age in group 6, letter in 7) or before it ("M/71": letter in 8, age in 9). Upper-case
// letters only, and no digit or point before the age, so "98.6 F" (a temperature) is not a patient, and
// "16F catheter" is a French size. "F 78", "M, 64" give the letter first.
const SHORT_AGE_SEX = String.raw`(?<![\d.])(\d{1,3}) ?(?:\/ ?)?(?:(?:${anyCase(String.raw`yo|y\/o|y\.o\.|yrs?|years?|y`)})(?:[- ]${anyCase('old')})? ?)?([MF])(?![\w/]|\s*(?:catheter|sheath|drain|Foley|tube|needle|French))|([MF])(?:\/|, ?| )(\d{2,3})\b(?![\d./%]| ?(?:mg|kg|cm|mm|mL))`;
// "Sex: F", "Gender: male" (group 13: the letter or word).
const SEX_FIELD = String.raw`(?:${anyCase('sex|gender')}):?\s*(${anyCase('female|male')}|[FM])\b`;
// An age in words ("eighty-one-year-old"), group 10.
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORDS_AGE = String.raw`((?:${anyCase(TENS)})(?:-(?:${anyCase('one|two|three|four|five|six|seven|eight|nine')}))?)[- ]${anyCase('years?')}[- ]${anyCase('old')}\b`;
// "Mrs. K., 90 years", "Mr J. Smith, 81.": a title (group 5), a short name and the age (group 6).
const TITLED_AGE = String.raw`(Mrs?|Ms|Miss)\.? (?:[A-Z][\w.]{0,15} ?){1,3},? (\d{2,3})(?: ${anyCase('years?')}| ?(?:$|[,.;)]))`;
// The kinds in one scan (a page that states none is read once, not once per kind). They start with
// different characters and each match is whole words, so no match hides the start of another kind's:
// each kind's matches are the ones its own scan would find (the shorthand, tried first, reads an age and
// a sex at once). Every kind starts at a word boundary: tested once per place for all of them.
const DEMOGRAPHIC = new RegExp(
  String.raw`\b(?:${SHORT_AGE_SEX}|${TITLED_AGE}|${AGE}|${WORDS_AGE}|${SEX_WORD}|${PRONOUN}|${SEX_FIELD})`,
  'g',
);
const GROUP = {
  shortAge: 1,
  shortSex: 2,
  slashSex: 3,
  slashAge: 4,
  title: 5,
  titledAge: 6,
  age: 7,
  ageAfter: 8,
  wordsAge: 9,
  female: 10,
  male: 11,
  she: 12,
  sexField: 13,
} as const;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "eighty-one" → 81. */
function wordsToNumber(words: string): number {
  const [tens, unit] = words.toLowerCase().split('-');
  return (TENS.split('|').indexOf(tens as string) + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
}

function span(match: RegExpMatchArray): EvidenceSpan {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, text: match[0] };
}

/** Pronouns counted per list no further than this: two to one is enough to decide. */
const ENOUGH_PRONOUNS = 60;

/**
 * The patient's age: the first stated age (reports introduce the patient before anyone else). The
 * patient's sex: the first word or shorthand letter that names it, else the pronouns used (one way,
 * at least twice as often as the other).
 */
export function readDemographics(text: string): {
  age: Read<number | null>;
  sex: Read<'female' | 'male' | null>;
} {
  let age: Read<number | null> | undefined;
  let sex: Read<'female' | 'male'> | undefined;
  const she: RegExpExecArray[] = [];
  const he: RegExpExecArray[] = [];
  DEMOGRAPHIC.lastIndex = 0;
  for (let match = DEMOGRAPHIC.exec(text); match; match = DEMOGRAPHIC.exec(text)) {
    const g = (k: number) => match?.[k];
    const words = g(GROUP.wordsAge);
    const digits = g(GROUP.shortAge) ?? g(GROUP.slashAge) ?? g(GROUP.titledAge) ?? g(GROUP.age) ?? g(GROUP.ageAfter);
    const value = words !== undefined ? wordsToNumber(words) : digits !== undefined ? Number(digits) : undefined;
    if (value !== undefined && age === undefined && value > 0 && value <= 120) age = { value, evidence: [span(match)] };
    const title = g(GROUP.title);
    const field = g(GROUP.sexField)?.[0]?.toUpperCase();
    const letter =
      g(GROUP.shortSex) ?? g(GROUP.slashSex) ?? field ?? (title === undefined ? undefined : title === 'Mr' ? 'M' : 'F');
    if (letter !== undefined) sex ??= { value: letter === 'F' ? 'female' : 'male', evidence: [span(match)] };
    else if (g(GROUP.female) !== undefined || g(GROUP.male) !== undefined) sex ??= sexWord(match);
    else if (value === undefined && sex === undefined) {
      const list = g(GROUP.she) === undefined ? he : she;
      if (list.length < ENOUGH_PRONOUNS) list.push(match);
    }
    if (age !== undefined && sex !== undefined) break;
  }
  return { age: age ?? nothing(null), sex: sex ?? sexByPronouns(she, he) };
}

function sexWord(word: RegExpExecArray): Read<'female' | 'male'> {
  return { value: word[GROUP.female] === undefined ? 'male' : 'female', evidence: [span(word)] };
}

function sexByPronouns(she: RegExpExecArray[], he: RegExpExecArray[]): Read<'female' | 'male' | null> {
  // One pronoun is enough when the text uses no other ("Feels like she has choking").
  if (she.length >= 1 && she.length > he.length * 2) return { value: 'female', evidence: she.slice(0, 3).map(span) };
  if (he.length >= 1 && he.length > she.length * 2) return { value: 'male', evidence: he.slice(0, 3).map(span) };
  return nothing(null);
}

/** The patient's sex alone (see readDemographics). */
export function readSex(text: string): Read<'female' | 'male' | null> {
  return readDemographics(text).sex;
}
