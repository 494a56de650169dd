import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import type { Assertion } from './mention';

/**
 * What a form says after a label's colon, and a tick box before a finding: the answers a referral or request
 * form gives ("Malignancy: denies", "MRI: booked 14/6", "New #: T12", "[ ] prior spine surgery").
 */

// A form's answer of no after a label: "Cancer history: none", "Neuro deficit: nil.", "Prior surgery: No", "Ca hx: none
// known", "MRI: not yet - urgent req sent", "Prior VP/KP: [ ]" (an empty box), "Cancer: no personal history; brother
// had bowel ca", "Oncologic hx: none personally", a problem list's "Back pain: none today", a table's "| Back pain | Ø
// |", shorthand's "Ca: -ve hx", a Russian-schooled "Oncoanamnesis: not burdened", a Spanish-schooled "Oncological:
// negated", a Sundanese "Riwayat Ca: teu aya (none)", any writer's own word glossed: "Oncoanamnesis: жоқ (no)".
const ANSWERED_NO =
  /^[ \t]*(?:(?:none|nil)(?: known| reported| yet| today| now| currently| at present)?|no|neg(?:ative)?|[-−]ve(?: hx)?|Ø|∅|denie[sd]|negated|absent|N|NK|NKA|not (?:yet(?: done)?|done|performed|indicated|needed|required)(?: yet)?|never|not burdened|teu aya|[^\s(]{1,12}[ \t]*\((?:no|none)\)|\[[ \t]?\]|no (?:personal )?(?:history|hx)|(?:none|nil) personally)(?:[ \t]*(?:[.;,|\r\n–(-]|$)|[ \t]{2,})/i;
// ... or of later, a study or a procedure asked for: "MRI: booked", "MRI: pending".
// A date or a day may follow ("MRI: booked 14/6", "booked for Thurs"); so may a form's boxes ("[ ] done [x] requested").
const ANSWERED_LATER =
  /^[ \t]*(?:\[[ \t]?\][ \t]*done[ \t]*)?(?:\[[xX✓✔]\][ \t]*)?(?:booked|pending|requested|ordered|awaited|planned|to be (?:booked|done|arranged))\b/i;
// ... or of yes, a finding stated: "Pain: Y, worsening", "Trauma: yes".
const ANSWERED_YES = /^[ \t]*(?:yes|Y|present|positive)(?:[ \t]*(?:[.;,|\r\n–-]|$)|[ \t]{2,})/i;
// ... or described, which states it too: "Ongoing mechanical lumbar pain: much worse on standing", "Current pain: new, sharp, at T11".
const DESCRIBED =
  /^[ \t]*(?:much |getting |now |still )?(?:worse|severe|moderate|mild|stable|constant|ongoing|persistent|new|sharp|\d{1,2}\/10)\b/i;
const ANSWER_CHARS = 32;

/**
 * ... or of a level, which places the finding or the procedure the label names: "New #: T12, acute", "Fracture: L1 (new)",
 * "Prior VP: Y - L3 (2020)".
 */
const ANSWER_LEVEL = new RegExp(String.raw`[ \t]*(?:(?:Y|yes)\b[ \t]*[-–,:]?[ \t]*)?(${LEVEL_SOURCE})`, 'y');
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

/** A mark beside a finding that answers for it: how MarksBeside looks for it and what it says. */
interface Mark {
  pattern: RegExp;
  chars: number;
  bracket: number;
  ahead: boolean;
  marked: 'affirmed' | 'negated';
}

// A form's tick box before the finding, a word or two away: "[ ] malignancy" denies it, "[x] osteoporosis" states it.
const BOX_BEFORE: Mark = {
  pattern: /\[[ \t]?([xX✓✔])?[ \t]?\][ \t]*(?:[\w/-]+[ \t]+){0,2}$/,
  chars: 32,
  bracket: 93,
  ahead: false,
  marked: 'affirmed',
};

// A sign after the finding, a word away at most, as notes from East Asia write them: "Back pain (-)", "Ca hx (-)",
// "osteoporosis (-)", "tenderness (+)"; or after a short list it closes: "History of spinal surgery or vertebroplasty (-)".
const SIGN_AFTER: Mark = {
  pattern: /^[ \t]*(?:[\w/.]+[ \t]*|(?:or|and|\/|,)[ \t]*[\w/.]+(?:[ \t]+[\w/.]+)?[ \t]*)?\((?:(-|−|neg)|\+|pos)\)/i,
  chars: 36,
  bracket: 40,
  ahead: true,
  marked: 'negated',
};
// ... or a denial put after it, as Turkish and Hungarian order it: "In history malignancy is not.", "edema is not,",
// "cancer history is not.", "Cancer is not known.", "osteoporosis he has not", "Cancer history no, weight loss no.",
// "Pain in back she does not feel", "Complaints on back pain patient does not have", "Back pain patient does not note",
// "neurological complaints has none", "oncological diseases she denies", after a dash: "Malignant disease in anamnesis
// – no.", a second language's no: Belarusian "Oncology - ne.", "Signs of secondary (metastatic) lesion - ne (no).",
// Assamese and Hindi "Fever nai, wt loss nai", "pain nahi", Dari "Night pain nest.", "Back pain nest - I asked him many
// times" (at its clause's end only: "the fracture is not new" denies nothing; "fracture – no retropulsion" denies the
// retropulsion only).
const NOT_AFTER: Mark = {
  pattern:
    /^\)?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:(?:he|she|the patient|history|anamnesis|antecedents?)[ \t]+)?(?:[-–—][ \t]+)?((?:is|was|are|were|has|had|have)[ \t]+not(?:[ \t]+known)?|(?:does|did)[ \t]+not[ \t]+(?:feel|have|note|notice)|ha(?:s|ve)[ \t]+none|denies|no|ne|nai|nahi|nest)(?:[ \t]*\(no\))?[ \t]*(?:[.,;:)\n]|$| [-–—] )/i,
  chars: 32,
  bracket: 110,
  ahead: true,
  marked: 'negated',
};
// ... or as South Asian notes write absent: "retropulsion -nt", "Neuro deficit -nt", "Neuro deficit -ve", "Ca hx -ve" (present,
// "+nt", is what a finding says anyway).
const ABSENT_AFTER: Mark = {
  pattern: /^[ \t]*(?:(?:hx|history)[ \t]+)?(-)(?:nt|ve)\b/i,
  chars: 14,
  bracket: 45,
  ahead: true,
  marked: 'negated',
};
// ... or a cross, as a handover sheet marks it: "saddle anaesth ✗, retention ✗", "OP ✗" (the look for its character is for ✗ only).
const CROSS_AFTER: Mark = {
  pattern: /^[ \t]*[-:]?[ \t]*(✗)/,
  chars: 5,
  bracket: 10007,
  ahead: true,
  marked: 'negated',
};
// ... or a slashed zero closing its item, as German and Scandinavian shorthand writes none: "Ca hx Ø.", "retropulsion Ø,", a
// list's last line "- Ca: Ø" (not a label's answer, "MRI: Ø cord compression", which denies what follows).
const NONE_AFTER: Mark = {
  pattern: /^[ \t]*:?[ \t]*(?:(?:hx|history)[ \t]+)?(Ø)(?=[ \t]*(?:[.,;)|]|$))/im,
  chars: 14,
  bracket: 216,
  ahead: true,
  marked: 'negated',
};
// ... or a letter x for the cross, closing its item: "Red flags: wt loss x, night pain x, fever x".
const X_AFTER: Mark = {
  pattern: /^ (x)(?:[,.;)]|[ \t]*(?:\n|$))/,
  chars: 4,
  bracket: 120,
  ahead: true,
  marked: 'negated',
};
// ... or before it, a word away at most, as Filipino notes write them: "(-) weakness, (-) numbness", "(+) LBP 7/10",
// "(-) urinary/fecal incontinence".
const SIGN_BEFORE: Mark = {
  pattern: /\((?:(-|−)|\+)\)[ \t]*(?:[\w-]+[/ ][ \t]*)?$/,
  chars: 16,
  bracket: 41,
  ahead: false,
  marked: 'negated',
};
// ... or a slashed zero, as German and Scandinavian shorthand writes none, over a short list too: "Ø wt loss", "pt Ø Ca
// hx", "Ø pedicle inv / soft tissue mass".
const NONE_BEFORE: Mark = {
  pattern: /(?:^|[\s(,;:/])(Ø)[ \t]*(?:[\w-]+[ \t]*(?:\/[ \t]*)?){0,3}$/,
  chars: 26,
  bracket: 216,
  ahead: false,
  marked: 'negated',
};
const MARKS_AFTER = [SIGN_AFTER, ABSENT_AFTER, CROSS_AFTER, NONE_AFTER, X_AFTER, NOT_AFTER];
const MARKS_BEFORE = [SIGN_BEFORE, NONE_BEFORE];

/**
 * The marks beside the findings of one text, read in text order. Each mark's character is looked up once per stretch
 * of text without it, not once per finding: a page without any "[" costs one look, not one per finding, and the look is
 * the engine's own (indexOf). The places found belong to this text alone: a cache shared by every text had to compare
 * the text it held with the one asked about, and two equal texts (a page read again) compared every character each time.
 */
export class MarksBeside {
  /** For each mark character, the last search: from where, and where the character next stands (or the text's end). */
  private readonly places = new Map<number, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** A tick box before the finding starting at `start`. */
  tickBox(start: number): Assertion | undefined {
    return this.beside(start, BOX_BEFORE);
  }

  /** A sign or a denial after the finding ending at `end`. */
  signAfter(end: number): Assertion | undefined {
    for (const mark of MARKS_AFTER) {
      const said = this.beside(end, mark);
      if (said) return said;
    }
    return undefined;
  }

  /** A sign before the finding starting at `start`. */
  signBefore(start: number): Assertion | undefined {
    for (const mark of MARKS_BEFORE) {
      const said = this.beside(start, mark);
      if (said) return said;
    }
    return undefined;
  }

  /**
   * `pattern` read in the `chars` before `at`, or after it when `ahead`, says `marked` when its group 1 is set and the
   * opposite when not. Most findings have no such mark: a look for its `bracket` character comes first.
   */
  private beside(at: number, { pattern, chars, bracket, ahead, marked }: Mark): Assertion | undefined {
    const { text } = this;
    const from = ahead ? at : Math.max(0, at - chars);
    const to = ahead ? Math.min(text.length, at + chars) : at;
    if (this.nextIndex(bracket, from) >= to) return undefined;
    const mark = pattern.exec(text.slice(from, to));
    if (!mark) return undefined;
    return mark[1] ? marked : marked === 'affirmed' ? 'negated' : 'affirmed';
  }

  /** Where the character `code` next stands from `from`. */
  private nextIndex(code: number, from: number): number {
    const known = this.places.get(code);
    if (known && known.from <= from && from <= known.at) return known.at;
    const found = this.text.indexOf(String.fromCharCode(code), from);
    const at = found < 0 ? this.text.length : found;
    if (known) {
      known.from = from;
      known.at = at;
    } else this.places.set(code, { from, at });
    return at;
  }
}
