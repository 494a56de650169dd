import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import type { Assertion } from './mention';

/**
 * What a form says after a label's colon, and a tick box before a finding: the answers a referral or request
 * form gives ("Malignancy: denies", "MRI: booked 14/6", "New #: T12", "[ ] prior spine surgery").
 */

// A form's answer of no after a label: "Cancer history: none", "Neuro deficit: nil.", "Prior surgery: No", "Ca
// hx: none known", "MRI: not yet - urgent req sent", "Prior VP/KP: [ ]" (an empty box), "Cancer: no personal history;
// brother had bowel ca", "Oncologic hx: none personally".
const ANSWERED_NO =
  /^[ \t]*(?:none(?: known| reported| yet)?|nil(?: known)?|no|neg(?:ative)?|denie[sd]|absent|N|NK|NKA|not (?:yet(?: done)?|done|performed|indicated|needed|required)(?: yet)?|\[[ \t]?\]|no (?:personal )?(?:history|hx)|(?:none|nil) personally)[ \t]*(?:[.;,|\r\n–(-]|$)/i;
// ... or of later, a study or a procedure asked for: "MRI: booked", "MRI: pending".
// A date or a day may follow ("MRI: booked 14/6", "booked for Thurs"); so may a form's boxes ("[ ] done [x] requested").
const ANSWERED_LATER =
  /^[ \t]*(?:\[[ \t]?\][ \t]*done[ \t]*)?(?:\[[xX✓✔]\][ \t]*)?(?:booked|pending|requested|ordered|awaited|planned|to be (?:booked|done|arranged))\b/i;
// ... or of yes, a finding stated: "Pain: Y, worsening", "Trauma: yes".
const ANSWERED_YES = /^[ \t]*(?:yes|Y|present|positive)[ \t]*(?:[.;,|\r\n–-]|$)/i;
// ... or described, which states it too: "Ongoing mechanical lumbar pain: much worse on standing".
const DESCRIBED =
  /^[ \t]*(?:much |getting |now |still )?(?:worse|severe|moderate|mild|stable|constant|ongoing|persistent|\d{1,2}\/10)\b/i;
const ANSWER_CHARS = 32;

/** ... or of a level, which places the finding the label names: "New #: T12, acute", "Fracture: L1 (new)". */
const ANSWER_LEVEL = new RegExp(String.raw`[ \t]*(${LEVEL_SOURCE})`, 'y');
function answeredLevel(text: string, at: number): LevelSpan | null {
  ANSWER_LEVEL.lastIndex = at;
  const match = ANSWER_LEVEL.exec(text);
  const words = match?.[1];
  return match && words ? levelAt(text, match.index + match[0].length - words.length, words) : null;
}

/** The answer after a label's colon at `at`: a denial, a request for later, a finding stated, or a level placing it. */
export interface Answer {
  denied: boolean;
  later: boolean;
  stated: boolean;
  level: LevelSpan | null;
}
export const NO_ANSWER: Answer = { denied: false, later: false, stated: false, level: null };

export function answerAfter(text: string, at: number): Answer {
  const answer = text.slice(at, at + ANSWER_CHARS);
  const level = answeredLevel(text, at);
  return {
    denied: ANSWERED_NO.test(answer),
    later: ANSWERED_LATER.test(answer),
    stated: ANSWERED_YES.test(answer) || DESCRIBED.test(answer) || level !== null,
    level,
  };
}

// A form's tick box before the finding, a word or two away: "[ ] malignancy" denies it, "[x] osteoporosis" states it.
const BOX_BEFORE = /\[[ \t]?([xX✓✔])?[ \t]?\][ \t]*(?:[\w/-]+[ \t]+){0,2}$/;
const BOX_CHARS = 32;
export function tickBox(text: string, start: number): Assertion | undefined {
  // Most findings have no box before them: a look for its "]" in a few characters, before any slice or expression.
  const from = Math.max(0, start - BOX_CHARS);
  let close = start - 1;
  while (close >= from && text.charCodeAt(close) !== 93 /* ] */) close--;
  if (close < from) return undefined;
  const box = BOX_BEFORE.exec(text.slice(from, start));
  return box ? (box[1] ? 'affirmed' : 'negated') : undefined;
}

// A sign after the finding, a word away at most, as notes from East Asia write them: "Back pain (-)", "Ca hx (-)",
// "osteoporosis (-)", "tenderness (+)".
const SIGN_AFTER = /^[ \t]*(?:[\w/.]+[ \t]*){0,1}\((?:(-|−|neg)|\+|pos)\)/i;
const SIGN_CHARS = 16;

export function signAfter(text: string, end: number): Assertion | undefined {
  // Most findings have no sign after them: a look for its "(" in a few characters, before any slice or expression.
  let open = end;
  const last = Math.min(text.length, end + SIGN_CHARS - 3);
  while (open < last && text.charCodeAt(open) !== 40 /* ( */) open++;
  if (open >= last) return undefined;
  const sign = SIGN_AFTER.exec(text.slice(end, end + SIGN_CHARS));
  return sign ? (sign[1] ? 'negated' : 'affirmed') : undefined;
}

// ... or before it, a word away at most, as Filipino notes write them: "(-) weakness, (-) numbness", "(+) LBP 7/10",
// "(-) urinary/fecal incontinence".
const SIGN_BEFORE = /\((?:(-|−)|\+)\)[ \t]*(?:[\w-]+[/ ][ \t]*)?$/;

export function signBefore(text: string, start: number): Assertion | undefined {
  // Most findings have no sign before them: a look for its ")" in a few characters, before any slice or expression.
  const from = Math.max(0, start - SIGN_CHARS);
  let close = start - 1;
  while (close >= from && text.charCodeAt(close) !== 41 /* ) */) close--;
  if (close < from) return undefined;
  const sign = SIGN_BEFORE.exec(text.slice(from, start));
  return sign ? (sign[1] ? 'negated' : 'affirmed') : undefined;
}
