import { isDigit, isLetter } from '../terms/characters';
import { RELATIVE_LABEL } from './section-rules';

/**
 * Report-aware sentence splitting: the scope of a ConText trigger ends with its sentence, so the
 * splitter decides how far "no" reaches. Reports break sentences with periods, but also with section
 * headers ("IMPRESSION:"), numbered or bulleted list items and line breaks between short lines.
 */
export interface Sentence {
  start: number;
  end: number;
  /** The section header above the sentence, upper-cased ("PAST MEDICAL HISTORY"), or "". */
  section: string;
}

// A header: a name ending in a colon, at a line start or after a sentence end: upper case with digits
// ("IMPRESSION:", "L4-5:", "FH:", a SOAP note's "P:") or capitalised words without digits or commas ("Plan:", "Family history:", shorthand's "Hx:"; "Ratio
// 2:1" is not one, nor a finding before a field, "Neuro grossly intact, PR: normal tone"; a level may stand in one: "Pain at L3:"); two studies joined by "+" name one ("CXR + T-spine XR:"). The prefix is matched (not looked behind at) because a variable-length lookbehind is
// slow on big pages.
// A sentence in the first or third person that runs into a colon ("We recommend urgent decompression:") is no
// header: the section it stands in (a plan) goes on over what follows.
// A shorthand field after a spaced slash may be one ("no wt loss / Adv: MRI LS spine"), and so may a form's field after
// a bar or a semicolon ("Age: 72 | Malignancy: denies | Weakness: no"), or after a form's gap of spaces ("Ca hx: N    Coagulopathy:
// N").
// A sentence that ends in "re:" names its subject next, no header: "Referred to spine surgery/IR re: L3 kyphoplasty".
const HEADER =
  /(^|[\n.!?|;][ \t]*| \/ |[ \t]{2,}(?=[A-Z]))[ \t]*([A-Z][A-Z0-9 ,/&()'+-]{0,60}|(?!(?:We|I|He|She|They|It|This|There)\b)[A-Z](?:[A-Za-z /&()'+-]{1,60}|[A-Za-z /&()'+-]{0,40} [CTL]\d{1,2}\b[A-Za-z /&()'+-]{0,20}))(?<! [Rr][Ee]):/g;
/**
 * A letter's subject line: a follow-up or review label with the patient's titled name after it ("Follow-up: Mr Gareth
 * Boateng, 68") says whom the letter reviews, and heads no plan.
 */
const SUBJECT_LABEL = /^(?:FOLLOW[- ]?UP|REVIEW)$/;
const PATIENT_NAMED_AFTER = /^[ \t]*(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z]/;
/** A list number at the start of a line, just before a label (read in the few characters before it). */
const NUMBERED_ITEM = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$/;
const ITEM_CHARS = 8;
/** The longest header name HEADER allows (one letter and up to 60 more characters). */
const MAX_HEADER_NAME = 61;
/** A drug's dose form, shortened with a period before its name ("tab. paracetamol"): the period ends no sentence. */
export const DOSE_FORMS = ['tab', 'tabs', 'cap', 'caps', 'syp'];
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'vs',
  'approx',
  'no',
  'st',
  'e.g',
  'i.e',
  // A Thai note's Buddhist-era year: "in year 2565 B.E. (2022) because osteoporotic fracture".
  'b.e',
  'fig',
  'etc',
  'inc',
  'jr',
  'sr',
  'ca',
  'hx',
  'dx',
  'pt',
  // An Indian note's "adv." (advised), and the dose forms before a drug's name: "tab. paracetamol", "Cap. Tramadol" (not
  // "inj.", which is also an injury: "no other spinal inj. c/o severe LBP").
  'adv',
  // "incl." (including), before what it includes: "MRI L-spine non-contrast incl. STIR".
  'incl',
  ...DOSE_FORMS,
]);
/**
 * Abbreviations that stand before a name, so a capital after them does not start a sentence; so does advice before
 * what it advises ("adv. MRI D-L spine"), and "incl." before what it includes.
 */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'adv', 'incl', ...DOSE_FORMS]);
// Sticky, so it reads a line where it starts without a copy of the line.
const LIST_ITEM_AT = /[ \t]*(?:\d{1,2}[.)]|[-*•·]|[a-z][.)])\s/y;
// A closing quote may follow the mark: 'Mother had "dowager's hump." She has no history of cancer.'
// Shorthand fields set apart by a spaced slash end there too when the next starts with a capital or a digit:
// "no retropulsion / MRI T-L spine done o/n: T12 marrow edema", "ED handover / 83M / BIBA", or a shorthand symbol ("s/p
// T12–L2 PSF 2020 / ↑ pain @ L1"; not "bowel/bladder"); so do
// bullets and bars run on in one line: "• L3 unchanged, pain-free • no ca hx • OP on alendronate", "no new level |
// long-standing L5 radic w/ EHL 4/5".
const SENTENCE_END = /[.!?]+['"’”]*(?=\s)| \/(?= +[A-Z\d↑↓Ø∆])| [•·▪|](?= )/g;
/** How far back the word before a period is read. */
const WORD_WINDOW = 8;
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
/** How much of the next line decides whether a line break ends a sentence. */
const NEXT_LINE_WINDOW = 200;

interface Header {
  start: number;
  end: number;
  name: string;
}

/** Where each section header of the text starts ("IMPRESSION:", "L4-5:"), in text order. */
export function headerStarts(text: string): number[] {
  return findHeaders(text).map((header) => header.start);
}

function findHeaders(text: string): Header[] {
  const headers: Header[] = [];
  // Every header ends at a colon: the scan reads the text up to its last colon only (a slice shares the
  // text's characters), so a page whose colons all come early is not read to its end.
  const upToLastColon = text.slice(0, text.lastIndexOf(':') + 1);
  for (let from = 0, colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', from)) {
    // A header holds no colon but its last, so none starts before the words that can precede the next
    // colon: the scan starts there, not at the end of the last header (a page may have few colons).
    HEADER.lastIndex = Math.max(from, earliestHeaderStart(text, colon));
    const match = HEADER.exec(upToLastColon);
    if (!match) break;
    const start = match.index + (match[1] ?? '').length;
    const name = (match[2] ?? '').trim().toUpperCase();
    from = HEADER.lastIndex;
    // A label inside brackets heads nothing outside them: "no personal hx ca (FHx: father prostate ca)".
    if (name.lastIndexOf('(') > name.lastIndexOf(')')) continue;
    // A numbered item's label is a part of the section it is listed in: "PLAN: 1. Emergent operative
    // decompression: ... fusion T8 to L1" is still the plan.
    const parent = NUMBERED_ITEM.test(text.slice(Math.max(0, start - ITEM_CHARS), start))
      ? headers[headers.length - 1]?.name
      : undefined;
    const end = match.index + match[0].length;
    const subject = SUBJECT_LABEL.test(name) && PATIENT_NAMED_AFTER.test(text.slice(end, end + 12));
    headers.push({ start, end, name: subject ? '' : (parent ?? name) });
  }
  return headers;
}

/**
 * Where a header ending at `colon` could start at the earliest: a sentence mark, spaces or tabs, and at
 * most MAX_HEADER_NAME characters of name before the colon.
 */
function earliestHeaderStart(text: string, colon: number): number {
  let at = Math.max(0, colon - MAX_HEADER_NAME);
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return Math.max(0, at - 1);
}

/** Where a line break ends a sentence: a blank line, a list item or header next, or a line that is not wrapped prose. */
function lineBreaks(text: string, points: number[]): void {
  if (!text.includes('\n')) return;
  let lineStart = 0;
  // Read in place with char codes: a page has thousands of lines, and a copy of each cost more than the test.
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const nextStart = at + 1;
    const nextEnd = text.indexOf('\n', nextStart);
    const windowEnd = Math.min(nextEnd === -1 ? text.length : nextEnd, nextStart + NEXT_LINE_WINDOW);
    const wrapped =
      at - lineStart >= 60 &&
      !endsClause(text, Math.max(lineStart, at - 4), at) &&
      startsLowerCase(text, nextStart, windowEnd);
    if (!wrapped || isBlank(text, nextStart, windowEnd) || isListItem(text, nextStart, windowEnd)) {
      points.push(nextStart);
    }
    lineStart = nextStart;
  }
}

/** Whether text[from, to) ends in one of . : ; ! ? and then only white space. */
function endsClause(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const code = text.charCodeAt(i);
  return code === 46 || code === 58 || code === 59 || code === 33 || code === 63;
}

/** Whether text[from, to) starts, after white space, with a lower-case letter or "(" (wrapped prose). */
function startsLowerCase(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const code = text.charCodeAt(i);
  return (code >= 97 && code <= 122) || code === 40;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function isListItem(text: string, from: number, to: number): boolean {
  LIST_ITEM_AT.lastIndex = from;
  // The marker and its space must lie within the line's window, as if the line had been cut out.
  return LIST_ITEM_AT.test(text) && LIST_ITEM_AT.lastIndex <= to;
}

/** White space as `\s` and `String.prototype.trim` see it. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the letters and periods just before a period (within a few characters) are an abbreviation ("Dr."). */
function abbreviationBefore(text: string, period: number): boolean {
  const from = Math.max(0, period - WORD_WINDOW);
  let start = period;
  while (start > from && isWordChar(text.charCodeAt(start - 1))) start--;
  const length = period - start;
  if (length === 0 || length > LONGEST_ABBREVIATION) return false;
  const word = text.slice(start, period).toLowerCase();
  // "No. 3" is a number; "Fracture? No. Edema at L1." is an answer, and the sentence ends.
  if (word === 'no') return /^\s*[\d#]/.test(text.slice(period + 1, period + 4));
  if (!ABBREVIATIONS.has(word)) return false;
  // A title ("Dr. Smith") comes before a name; a note's shorthand ("no Ca hx. MRI not done") may end its
  // sentence, and does when a capital, a query or an arrow follows ("Nil Ca hx. ?VP vs surgical opinion", "No Ca hx. → not
  // an IR candidate"), or for a history's shorthand a number ("pt no ca hx. 81 yo F c/o LBP"; not "ca. 5 cm" or "approx. 30%").
  const next = text.slice(period + 1, period + 4);
  return TITLES.has(word) || !(/^\s*[A-Z?↑↓→⇒]/.test(next) || (HISTORY_SHORTHAND.has(word) && /^\s*\d/.test(next)));
}
const HISTORY_SHORTHAND = new Set(['hx', 'dx']);
const DOTTED_DATE = /\b\d{1,4}\.\d{1,2}$/;

/** A period, question or exclamation mark. */
function isMark(code: number): boolean {
  return code === 46 || code === 63 || code === 33;
}

/** A letter A-Z, a-z or a period. */
function isWordChar(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where periods, question and exclamation marks end sentences, ascending. */
function markEnds(text: string): number[] {
  const ends: number[] = [];
  // Marks followed by space, unless the word before is an abbreviation. `test`, not `exec`: no match
  // object per sentence. A match is a whole run of marks ("?!", "..."), since the scan resumes after
  // white space, so its start is found by reading back over the marks.
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) {
    const end = SENTENCE_END.lastIndex;
    let start = end - 1;
    while (start > 0 && isMark(text.charCodeAt(start - 1))) start--;
    if (end - start === 1 && text.charCodeAt(start) === 46 && abbreviationBefore(text, start)) continue;
    // A date written with dots ends with one and the sentence runs on in lower case: "L1 kyphoplasty in 2021.10. because of
    // osteoporotic fracture".
    if (
      end - start === 1 &&
      DOTTED_DATE.test(text.slice(Math.max(0, start - 8), start)) &&
      /^\s+[a-z]/.test(text.slice(end, end + 3))
    )
      continue;
    ends.push(end);
  }
  slashedFieldEnds(text, ends);
  return ends;
}

// A header of fields set apart by bare slashes, opened by the sex and the age: "F/81/s/p KP L1 2022/now new L2 #/MRI not
// done/Ø Ca/neuro ok". Each of its slashes ends a field, as a spaced one would, but for a fraction's or a level's ("x5/7",
// "L4/5") and a one-letter shorthand's ("s/p", "c/o", "w/o").
const SLASHED_HEADER = /\b[MF]\/\d{2,3}\//g;

/** The ends of a slashed header's fields, ascending, pushed after `ends` (ascending too) and merged in order. */
function slashedFieldEnds(text: string, ends: number[]): void {
  // Most texts have no slash at all: one look, not a scan.
  if (!text.includes('/')) return;
  const before = ends.length;
  SLASHED_HEADER.lastIndex = 0;
  for (let header = SLASHED_HEADER.exec(text); header; header = SLASHED_HEADER.exec(text)) {
    const lineEnd = text.indexOf('\n', header.index);
    const end = lineEnd < 0 ? text.length : lineEnd;
    for (let slash = text.indexOf('/', header.index); slash >= 0 && slash < end; slash = text.indexOf('/', slash + 1)) {
      const digits = isDigit(text.charCodeAt(slash - 1)) && isDigit(text.charCodeAt(slash + 1));
      // A one-letter word on each side ("s/p"); "fall/L2" is two fields.
      const oneLetter =
        isLetter(text.charCodeAt(slash - 1)) &&
        !isLetter(text.charCodeAt(slash - 2)) &&
        isLetter(text.charCodeAt(slash + 1)) &&
        !isLetter(text.charCodeAt(slash + 2));
      if (!digits && !oneLetter) ends.push(slash + 1);
    }
    SLASHED_HEADER.lastIndex = end;
  }
  if (ends.length > before) ends.sort((a, b) => a - b);
}

/** Header bound `b`: header b/2's start when b is even, its end when odd (ascending in b). */
function headerBound(headers: Header[], b: number): number {
  const header = headers[b >> 1] as Header;
  return b % 2 === 0 ? header.start : header.end;
}

/**
 * The text's sentences, each with the section header above it. `section` is the section the text
 * starts in: a page block under a heading of its own ("FAMILY HISTORY" in an <h3>) is read in it.
 */
export function splitSentences(text: string, section = ''): Sentence[] {
  // Most blocks of a page are one short sentence: no punctuation that could split it, nothing to find.
  if (!/[.!?:\n/•·▪|]/.test(text)) return /\S/.test(text) ? [{ start: 0, end: text.length, section }] : [];
  const headers = findHeaders(text);
  const ends = markEnds(text);
  const breaks: number[] = [];
  lineBreaks(text, breaks);
  const bounds = headers.length * 2;
  const sentences: Sentence[] = [];
  let header = 0;
  // A sentence runs from one split point to the next: mark ends, line breaks and header bounds. Each
  // list is ascending already (each is found left to right), so the three are read in step, the least
  // next point first, rather than merged into one more list.
  let e = 0;
  let l = 0;
  let b = 0;
  let shortLabelLeft = -1;
  for (let start = 0; start < text.length; ) {
    const markEnd = e < ends.length ? (ends[e] as number) : text.length;
    const lineBreak = l < breaks.length ? (breaks[l] as number) : text.length;
    const bound = b < bounds ? headerBound(headers, b) : text.length;
    const end = Math.min(markEnd, lineBreak, bound);
    if (e < ends.length && end === markEnd) e++;
    else if (l < breaks.length && end === lineBreak) l++;
    else if (b < bounds) b++;
    if (end === start) continue;
    while (header < headers.length && (headers[header] as Header).end <= start) {
      const { name, end: headerEnd } = headers[header++] as Header;
      section =
        FOLLOW_UP.test(name) && PATIENT_INTRODUCED_AFTER.test(text.slice(headerEnd, headerEnd + 40))
          ? VISIT_SECTION
          : name;
      shortLabelLeft = SHORT_LABEL.test(section) ? 1 : -1;
    }
    if (hasText(text, start, end)) {
      sentences.push({ start, end, section });
      // A note's "PMH:" or "Req:" heads the one sentence it is written on; what follows is the note going on ("PMH:
      // vertebroplasty at T12 and L1 in 2020. On questioning he mentions a month of low back ache", "IR req: cementoplasty.
      // 59M, MM ... Path fx T6 + T9 on MRI 2 wks ago").
      if (shortLabelLeft > 0 && --shortLabelLeft === 0) section = '';
    }
    start = end;
  }
  markOptions(text, sentences);
  return sentences;
}

/** The section name a question's answer options are read under (a section rule makes them choices). */
export const OPTIONS_SECTION = 'ANSWER OPTIONS';
/** A lettered line: "A. MRI thoracic spine without IV contrast", "e) Vertebroplasty of T11". */
const OPTION_LINE = /^[ \t]*[A-Ea-e][.)][ \t]+\S[^\n]*/gm;
/** ... or the options run on after the question on its line: "Which is the best first treatment? (A) Medical management (B) ...". */
const INLINE_OPTIONS = /\?[ \t]*(\([Aa]\)[^\n]*?\([Bb]\)[^\n]*)/g;

/**
 * A question's answer options, one per line after it ("Which is the most appropriate next study?\nA. MRI ...\nE.
 * Percutaneous vertebroplasty of T11"): choices put to a reader, not findings or treatments done. Their sentences are
 * read under OPTIONS_SECTION. A lettered line counts when the line before it asks (holds a "?") or is an option too.
 */
function markOptions(text: string, sentences: Sentence[]): void {
  if (!text.includes('?')) return;
  const options: [number, number][] = [];
  let previousEnd = -2;
  OPTION_LINE.lastIndex = 0;
  for (let match = OPTION_LINE.exec(text); match; match = OPTION_LINE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const lineBefore = text.slice(text.lastIndexOf('\n', start - 2) + 1, Math.max(0, start - 1));
    if (previousEnd !== start - 1 && !lineBefore.includes('?')) continue;
    previousEnd = end;
    options.push([start, end]);
  }
  INLINE_OPTIONS.lastIndex = 0;
  for (let match = INLINE_OPTIONS.exec(text); match; match = INLINE_OPTIONS.exec(text)) {
    const end = match.index + match[0].length;
    options.push([end - (match[1] as string).length, end]);
  }
  // A sentence counts when its words start inside an option (its leading space may lie before).
  options.sort((a, b) => a[0] - b[0]);
  let s = 0;
  for (const [start, end] of options) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= start) s++;
    for (let i = s; i < sentences.length && (sentences[i] as Sentence).start < end; i++) {
      (sentences[i] as Sentence).section = OPTIONS_SECTION;
    }
  }
}

/**
 * A past history's or a request's short label, written inline in a note (not a transcription's "PAST MEDICAL HISTORY:" section),
 * and a request line whose case follows: an insurer's ("Pre-authorization summary: percutaneous kyphoplasty, T10 (CPT 22513)")
 * or a vetting note's ("Protocol: CT T-L spine non-con. 83F, T12 VP 2023 ..."), and a relative named as a label, whose
 * answer is that sentence ("Sister: myeloma; pt Ø Ca hx. OP on nil tx": the osteoporosis is the patient's).
 */
const SHORT_LABEL = new RegExp(
  String.raw`^(?:P[MS]HX?|(?:IR )?REQ|PROTOCOL(?:LED)?|(?:INSURANCE )?(?:PRE-?AUTH|PRIOR AUTH)\w*(?: SUMMARY| REQUEST)?|${RELATIVE_LABEL})$`,
);

/** A patient's age and sex as a note introduces them: "76-year-old woman", "63M", "81 yo F". */
export const AGE_SEX = String.raw`\d{1,3} ?(?:(?:yo|y\/o|y\.o\.|[- ]?year[- ]old|yrs?)\.? ?(?:[MF]|male|female|man|woman|lady|gentleman)?|[MF](?![\w]))`;
/**
 * A follow-up's label that introduces the patient names the visit, not what is to be done at one: "Follow-up: 76-year-old
 * woman, kyphoplasty at L1 ... For 3 weeks she has had pain localised to L1" (its section is read as the visit's).
 */
const FOLLOW_UP = /^FOLLOW[- ]?UP$/;
const VISIT_SECTION = 'FOLLOW-UP VISIT';
const PATIENT_INTRODUCED_AFTER = new RegExp(String.raw`^\s*(?:an? )?${AGE_SEX}\b`, 'i');

/** The longest heading element text read as a section name. */
const MAX_HEADING = 60;

/**
 * The section in force after a text that starts in `section`: its last header's name, or, for a
 * heading element of the page ("Family history" in an <h3>, no colon needed), its own words.
 */
export function sectionAfter(text: string, section: string, isHeading = false): string {
  if (isHeading) {
    const name = text.trim().replace(/:$/, '').trim();
    if (name.length > 0 && name.length <= MAX_HEADING) return name.toUpperCase();
  }
  if (!text.includes(':')) return section;
  const headers = findHeaders(text);
  return headers.length > 0 ? (headers[headers.length - 1] as Header).name : section;
}

/** Words in text[from, to), counted without splitting the string (scopes are measured in words). */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether text[from, to) holds anything but white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return true;
  return false;
}
