import type { Assertion } from '../terms/mention';
import { CONTEXT_TRIGGERS } from './context-triggers';
import { RADIOLOGY_TRIGGERS } from './radiology-triggers';
import { SECTION_RULES, type SectionRule } from './section-rules';
import { AGE_SEX, countWords, type Sentence } from './sentences';
import { compileTriggers, type Modifier, type TriggerHit } from './trigger';

export const findTriggers = compileTriggers([...RADIOLOGY_TRIGGERS, ...CONTEXT_TRIGGERS]);

// What may follow a state that is a clause of its own: "MRI - pending.", "MRI - not done yet; CT ...".
const CLAUSE_END = /^\s*(?:[.;,:!?)\n]|$| [-–] )/;

/** When two modifiers reach one finding, the first listed wins: whose finding, then whether it happened. */
const PRIORITY: Modifier[] = ['other-person', 'hypothetical', 'negated', 'possible', 'historical'];

/** The words a finding's own bracket may stand after it: "MRI lumbar spine (pending)". */
const BRACKET_OWN_WORDS = 2;
/** How many words a trigger reaches (ConText scopes to the sentence; long dictated sentences need a cap). */
const FORWARD_WORDS = 18;
const BACKWARD_WORDS = 8;
// "A pathologic fracture due to an underlying neoplasm such as metastasis or myeloma cannot be excluded":
// doubt said after a finding reaches back over the cause it names; so does an end said after a symptom
// ("Numbness in both legs that she reported on admission had resolved").
const BACKWARD_LONG_WORDS = 12;
/**
 * A denial reaches on over a list of short items, however long: "Negative for fevers, chills, headaches, ...,
 * focal weakness, numbness, or bladder dysfunction" (a review of systems). An item has at most this many words.
 */
const LIST_ITEM_WORDS = 4;
const LIST_ITEM = /,|\bor\b|\band\b|\bnor\b/;
/** The same reach in characters, so a finding only looks at the triggers near it; a denial over a list, further. */
const FORWARD_CHARS = 200;
const LIST_CHARS = 400;
const BACKWARD_CHARS = 120;

/**
 * A query mark (or "+/-") standing before a term, with at most three words (a modifier, a level) between: notes write a
 * query so ("?screw loosening", "?MRI vs CT", "back pain, ? path fx", "?subtle L1 sup endplate depression"), and over
 * options joined to the first ("?decompression + PSF T11-L1", "?VP/KP"). A mark that ends a word ("Fracture? No.") asks a
 * question, not a query.
 */
const QUERY_BEFORE = /(?:^|[^\w?])(?:\?|\+\/-) ?(?:[\w-]+(?: ?(?:\+|\/|&|vs\.?|or|and) ?| )){0,3}$/;
const QUERY_CHARS = 30;
/** A length just before a history: "2wk hx of", "a three-week history of", "x10/7 hx". */
const LENGTH_BEFORE =
  /(?:\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few))[- ]?(?:d|days?|wks?|weeks?|mo|mths?|months?|\/52|\/12|\/7)[- ]?$/i;
const LENGTH_CHARS = 16;
/**
 * A list item that tells an onset, which no denial before it reaches; or an old finding set against the denied new one:
 * "no new fracture, and an old healed T7 wedge fracture"; or a new predicate after the comma, which a list of denied
 * findings never has: "colon cancer resected with no recurrence since, had an L3 vertebroplasty in 2022", "... without
 * recurrence, now has a month of low back pain".
 */
const ONSET_ITEM =
  /^,\s+(?:acute|sudden|and an? (?:old|healed|chronic|known)\b|(?:and |but |then |now )?(?:had|has|underwent|sustained|developed|presents|presented)\b)/i;
const ONSET_CHARS = 20;
/** A query mark that closes a quote or a bracket. */
const QUERY_CLOSES = /^\?['"”’)]/;
/** A query answered at once: "?hx breast ca - no, fibroadenoma only". */
const ANSWERED_NO_AFTER = /^[^.;?\n]{0,12}?\s[-–:]\s*(?:no|neg(?:ative)?|nil|none|excluded)\b/i;
/**
 * A finding answered "no" after a dash, its clause ending there, as Russian and Belarusian notes write a negative: "data for
 * compression fracture — no.", "pneumothorax — no".
 */
const DASH_NO_AFTER = /^\s*[-–—]\s*(?:no|none|nil|absent)\s*(?:[.,;)]|$)/i;
/**
 * A review of systems' minus sign before a term, "GU: (-) incontinence, (-) retention", or shorthand's "negative for"
 * ("T/L-spine XR: -ve for vertebral #", "-ve for mets"); a trigger cannot start with the minus, and "+ve for" is the
 * opposite.
 */
const MINUS_BEFORE = /(?:\([-−–]\) ?|(?<![\w+])[-−]ve for )(?:[\w/-]+ ){0,2}$/;
/**
 * ... and a plus sign ending one's item, which says it is there whatever a list's denial before it: "Nil wt
 * loss, night pain +, nil fevers" (not a "+" joining two: "spine fx + solid organ injury").
 */
const PLUS_AFTER = /^ ?\+(?=[,.;)]|[ \t]*(?:\n|$))/;
/** A condition's word just before a marked term: its "+" is what is waited for. */
const IF_BEFORE = /\b(?:if|unless|once|when)\s+$/i;
/** Enough of the text after a finding to see where its "+" ends (the end of a line, not of the slice). */
const PLUS_CHARS = 12;

/**
 * A denial bounded by a time, which says the finding began then: "he had no back pain at all before Saturday", "never had
 * back pain until the fall" (not "no MRI until the moment", which is so far, nor "denies weakness in her legs before the
 * fall", a baseline).
 */
const UNTIL_AFTER =
  /^(?: at all before|(?: at all)? (?:until|till)) (?!the (?:moment|present)\b)(?:the |this |that |last |yesterday|[A-Z][a-z]+day\b)/;
const UNTIL_CHARS = 24;

/**
 * A procedure dated by a bracketed year after its levels was done that year, whatever plan its line is in: "IR booking —
 * 73 M — KP L2 (2021) → now acute L3 CF", "s/p VP T10, T11 (2019)".
 */
const YEAR_DONE_AFTER = /^(?: ?[CTLS]\d{1,2}(?:(?: ?[-–,/&+] ?| and )[CTLS]?\d{1,2})*)? ?\((?:19|20)\d{2}\)/;
const YEAR_DONE_CHARS = 28;
const DENIAL_BEFORE = /\b(?:no|never|not|denies|denied)\b[^.;:\n]{0,30}$/i;

/**
 * The bracket closing a gloss, with no name or age after it ("Bibi (grandmother) of 73 years", "Patient Ondar Sergey,
 * kyrgan-achay (grandfather), 78 years" are the patient).
 */
const GLOSS_CLOSE = /^\)(?! [A-Z]|,? (?:of |aged )?\d{2,3}\b)/;
/** ... opened just before the relative, a word or two on: "her apaj (elder sister) thyroid cancer had". */
const GLOSS_OPEN_BEFORE = /\((?:[a-z]+ ){0,2}$/;
const GLOSS_OPEN_CHARS = 16;
/** The longest writer's gloss in square brackets read as an aside. */
const GLOSS_CHARS = 80;

const sectionDefaults = new Map<string, SectionRule | null>();

/**
 * A sentence that turns from the history to the present: "PMHx: VP T12 2022. Now 4/52 worsening pain", "PMH: L4-S1
 * PLIF 2017. 81 yo F c/o acute severe LBP x10d".
 */
const NOW_OPENING = new RegExp(
  String.raw`^\s*(?:${AGE_SEX},? )?(?:now|currently|presently|today|this (?:week|admission)|presents?|presented|c\/o|complains)\b`,
  'i',
);
/**
 * A sentence that introduces the patient under a plan's or a follow-up's label is the history, not the plan: "Follow-up:
 * 75-year-old woman with a known osteoporotic T8 compression fracture", "Protocol request: ... 63M with T11-L1 posterior instrumented
 * fusion (2021)".
 */
const PATIENT = String.raw`(?:an? )?${AGE_SEX}\b`;
const PATIENT_INTRODUCED = new RegExp(String.raw`^\s*${PATIENT}`, 'i');
/** ... and after a request's dash (see Scopes.reaches). */
const REQUEST_THEN_PATIENT = new RegExp(String.raw`^\s*[-–]\s*${PATIENT}`, 'i');

/**
 * A sentence about the patient in a relatives' section: "FAMILY HISTORY: Daughter with thyroid cancer. She has no
 * history of cancer." A pronoun counts only with a denial, since "She" may be the relative just named.
 */
const PATIENT_OPENING =
  /^\s*(?:(?:the )?patient|pt)\b|^\s*(?:she|he)(?: herself| himself)? (?:has no|has never|had no|denies|does not|did not|never)\b/i;

/**
 * A word of now straight after a relative: "daughter currently on chemo", "her sister is currently having chemotherapy" (the
 * relative's now, not the patient's).
 */
const RELATIVE_NOW = /^\s+(?:(?:is|was) )?(?:currently|now|presently)\b/i;

/**
 * A shorthand line, or its field or clause after a bar, a bullet, a dash or a semicolon, that opens with "For" and the
 * procedure or study plans it: "For L1 KP.", "For urgent MRI T-L spine", "| neuro NAD | for MRI T-spine", "No MRI done - for
 * MRI.", "A/P: symptomatic T8 compression # — for MRI spine"; and so does one quoted: 'the neurosurgeon wrote "for KP"'.
 */
const FOR_PLAN =
  /(?:^\s*|[—–;|•"“]\s*|\s-\s+)for\s+(?:(?:an?|the|urgent|elective|repeat|[CTLS]\d{1,2}(?:\s*[-/+&]\s*[CTLS]?\d{1,2})?)\s+){0,2}$/i;
const FOR_PLAN_CHARS = 64;

/** What a section says of everything in it when no trigger does ("FAMILY HISTORY:" → someone else). */
function sectionDefault(text: string, { section, start }: Sentence, procedure: boolean, at: number): Assertion {
  if (procedure && at - start <= FOR_PLAN_CHARS && FOR_PLAN.test(text.slice(start, at))) return 'hypothetical';
  if (section === '') return 'affirmed';
  let rule = sectionDefaults.get(section);
  if (rule === undefined) {
    rule = SECTION_RULES.find((r) => r.header.test(section)) ?? null;
    if (sectionDefaults.size < 1000) sectionDefaults.set(section, rule);
  }
  // A request's label asks for the study or procedure it names, not for the findings beside it.
  if (!rule || (rule.requests && !procedure)) return 'affirmed';
  const kind = rule.assertion;
  if (kind === 'historical' && NOW_OPENING.test(text.slice(start, start + 48))) return 'affirmed';
  if (kind === 'hypothetical' && PATIENT_INTRODUCED.test(text.slice(start, start + 40))) return 'affirmed';
  return kind === 'other-person' && PATIENT_OPENING.test(text.slice(start, start + 30)) ? 'affirmed' : kind;
}

/**
 * The triggers of one text, in text order, and the assertion they give each finding. A finding looks
 * only at the triggers of its own sentence that lie near it (found by binary search), so the work per
 * finding stays small however long the text.
 */
export class Scopes {
  constructor(
    private readonly text: string,
    private readonly hits: TriggerHit[],
  ) {}

  /** The assertion of a finding at [start, end) in `sentence`; a `procedure` is modified only by triggers that can. */
  assertionOf(sentence: Sentence, start: number, end: number, procedure = false): Assertion {
    // The triggers near it are the index range [from, to) of the hits: no array per finding. Only a denial
    // reaches from further back (over a list), so only its search starts there.
    const from = this.firstFrom(Math.max(sentence.start, start - FORWARD_CHARS));
    const listFrom = this.firstFrom(Math.max(sentence.start, start - LIST_CHARS));
    const limit = Math.min(sentence.end, end + BACKWARD_CHARS);
    let to = from;
    while (to < this.hits.length && (this.hits[to] as TriggerHit).start < limit) to++;
    // A mark beside the term ("?", "(-)", "+") says its state, but a relative's finding stays the relative's:
    // "Daughter ?hereditary breast Ca".
    if (procedure && YEAR_DONE_AFTER.test(this.text.slice(end, end + YEAR_DONE_CHARS))) return 'historical';
    const marked = this.marked(start, end);
    if (marked) return this.reaches(from, to, 'other-person', start, end, procedure) ? 'other-person' : marked;
    if (to > listFrom) {
      for (const kind of PRIORITY) {
        if (this.reaches(kind === 'negated' ? listFrom : from, to, kind, start, end, procedure)) return kind;
      }
    }
    return sectionDefault(this.text, sentence, procedure, start);
  }

  /**
   * A mark beside the term that says its state outright: a query before it ("?screw loosening", "+/- KP"), a
   * review of systems' "(-)" before it, or a "+" ending its item. One look at the few characters before it.
   */
  private marked(start: number, end: number): Assertion | null {
    const before = this.text.slice(Math.max(0, start - QUERY_CHARS), start);
    if ((before.includes('?') || before.includes('+/-')) && QUERY_BEFORE.test(before)) {
      return ANSWERED_NO_AFTER.test(this.text.slice(end, end + QUERY_CHARS)) ? 'negated' : 'possible';
    }
    if ((before.includes(')') || before.includes('ve for')) && MINUS_BEFORE.test(before)) return 'negated';
    if (DASH_NO_AFTER.test(this.text.slice(end, end + 12))) return 'negated';
    if (UNTIL_AFTER.test(this.text.slice(end, end + UNTIL_CHARS)) && DENIAL_BEFORE.test(before)) return 'affirmed';
    // ... or a query after it answered at once: "prostate ca? - no, that's his brother".
    if (
      this.text.charCodeAt(end) === 63 /* ? */ &&
      ANSWERED_NO_AFTER.test(this.text.slice(end + 1, end + QUERY_CHARS))
    ) {
      return 'negated';
    }
    // ... or a query closing a quote or a bracket: "the report reads 'pathologic fracture not excluded - myeloma?'".
    if (this.text.charCodeAt(end) === 63 && QUERY_CLOSES.test(this.text.slice(end, end + 2))) return 'possible';
    // (Not a condition's: "will book VP if oedema +".)
    if (this.text.charCodeAt(end + 1) === 43 /* + */ || this.text.charCodeAt(end) === 43) {
      if (PLUS_AFTER.test(this.text.slice(end, end + PLUS_CHARS)) && !IF_BEFORE.test(before)) return 'affirmed';
    }
    return null;
  }

  /** A history given its length is the complaint's, not the past: "2wk hx of progressive back pain". */
  private lasting(hit: TriggerHit): boolean {
    return (
      /^(?:hx|history)\b/.test(hit.trigger.phrase) &&
      LENGTH_BEFORE.test(this.text.slice(Math.max(0, hit.start - LENGTH_CHARS), hit.start))
    );
  }

  /** The index of the first trigger starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.hits[mid] as TriggerHit).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a trigger of `kind` among hits [from, to) reaches the finding at [start, end). */
  private reaches(from: number, to: number, kind: Modifier, start: number, end: number, procedure: boolean): boolean {
    for (let i = from; i < to; i++) {
      const hit = this.hits[i] as TriggerHit;
      if (hit.trigger.kind !== kind || (procedure ? hit.trigger.conditions : hit.trigger.requests)) continue;
      if (kind === 'historical' && this.lasting(hit)) continue;
      const { direction } = hit.trigger;
      // A trigger may end inside the finding it governs ("no new fracture" reads "no new" as one trigger), or past it
      // when the finding is one of its words ("no signs of malignancy": "signs" is the MRI's features).
      if (direction !== 'backward' && hit.start < start) {
        if (hit.trigger.clauseForward && this.hasComma(hit.end, start)) continue;
        // A request set off by a dash from the patient it is for asks for nothing the patient's history names: "Spine reg
        // pls - 70F w/ L3-S1 fusion '19, new L2 fx".
        if (hit.trigger.requests && REQUEST_THEN_PATIENT.test(this.text.slice(hit.end, hit.end + 24))) continue;
        // A relative glossed in brackets after the writer's own word is no aside: "His ataatatsiaq (grandfather) had
        // cancer of lung" (but an elder's honorific before the patient's name is the patient: "Txiv Yawg (grandfather)
        // Chue Xiong, 83 y/o male, osteoporosis").
        // (The closing bracket is looked at first, by its character: most triggers have none after them.)
        const gloss =
          this.text.charCodeAt(hit.end) === 41 /* ) */ &&
          GLOSS_CLOSE.test(this.text.slice(hit.end, hit.end + 12)) &&
          GLOSS_OPEN_BEFORE.test(this.text.slice(Math.max(0, hit.start - GLOSS_OPEN_CHARS), hit.start));
        if (this.leavesBracket(gloss ? hit.end + 1 : hit.end, start)) continue;
        // A relative's clause set off by commas is the relative's aside ("Her daughter, who came with her, had a
        // kyphoplasty"): the words that end the scope count only after it closes.
        const aside =
          kind === 'other-person' && hit.trigger.phrase.endsWith(', who') ? this.text.indexOf(',', hit.end) : -1;
        // ... and a word of now straight after the relative is the relative's now: "daughter currently on chemo for
        // ovarian ca".
        const relativeNow = kind === 'other-person' ? RELATIVE_NOW.exec(this.text.slice(hit.end, hit.end + 16)) : null;
        const endsFrom =
          aside > hit.end && aside < start
            ? aside
            : relativeNow
              ? Math.min(hit.end + relativeNow[0].length, start)
              : Math.min(hit.end, start);
        if (this.open(from, to, kind, Math.min(hit.end, start), start, FORWARD_WORDS, procedure, endsFrom)) return true;
      } else if (direction !== 'forward' && hit.start >= end) {
        // "Painful L1 fracture, kyphoplasty scheduled": a plan named after a comma is the plan of what follows
        // the comma; so is a clause trigger's state ("new L3 CF, MRI pending"). A request reaches back over a
        // title's dash to the procedure it is for ("IR vertebroplasty - pre-procedure checklist").
        const planAfterComma = kind === 'hypothetical' && !hit.trigger.requests;
        if (planAfterComma && this.hasComma(end, hit.start)) continue;
        // An aside in brackets opened further on, the trigger among its words, says nothing of the finding: "vertebroplasty
        // done for the L1 fracture at Suva 2023 (Tuvalu Medical Treatment Scheme referral)" (but "MRI lumbar spine (report
        // pending)" and "MRI with contrast for schedule (not yet done)" are the study's own state).
        const aside = this.openBracket(end, hit.start);
        if (
          aside >= 0 &&
          countWords(this.text, end, aside) > BRACKET_OWN_WORDS &&
          countWords(this.text, aside + 1, hit.start) > 0
        )
          continue;
        // ... though a state that is a clause of its own, straight after a separator, is the item's before it: "MRI
        // T-spine pls - not done yet." (not "osteoporosis on alendronate, nil cancer"); so is any state set off by a dash
        // alone: "Cellulitis L leg last mo - resolved."
        const scopeEnd =
          (hit.trigger.clauseBackward || this.spacedDash(hit.start - 2)) &&
          CLAUSE_END.test(this.text.slice(hit.end, hit.end + 4))
            ? this.wordsEnd(end, hit.start)
            : hit.start;
        if (hit.trigger.clauseBackward && this.hasComma(end, scopeEnd)) continue;
        const reach = kind === 'possible' || hit.trigger.conditions ? BACKWARD_LONG_WORDS : BACKWARD_WORDS;
        if (this.open(from, to, kind, end, scopeEnd, reach, procedure, end, true)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether text[from, to) closes a bracket opened before it: a trigger inside brackets reaches no
   * further ("(MRI: no mass, no mets), now worse pain": the pain is not denied).
   */
  private leavesBracket(from: number, to: number): boolean {
    let depth = 0;
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (code === 40 /* ( */) depth++;
      else if (code === 41 /* ) */ && --depth < 0) return true;
    }
    return false;
  }

  /**
   * Whether the character at `i` lies in a writer's gloss in square brackets closed before `to`, an aside whose semicolon
   * ends nothing: "his baket [wife; literally old woman] died of cervical CA", "Her husband, Bapa [uncle; respectful for an
   * older man] Hadji Omar, had lung CA".
   */
  private inGloss(i: number, to: number): boolean {
    // (Closed and opened no further than a gloss is long: a look at a few characters, not at the page.)
    const after = this.text.slice(i, Math.min(to, i + GLOSS_CHARS));
    const close = after.indexOf(']');
    const open = after.indexOf('[');
    if (close < 0 || (open >= 0 && open < close)) return false;
    const before = this.text.slice(Math.max(0, i - GLOSS_CHARS), i);
    return before.lastIndexOf('[') > before.lastIndexOf(']');
  }

  /** Where the last bracket opened in text[from, to) and not closed there starts, or -1. */
  private openBracket(from: number, to: number): number {
    // Most findings have no bracket after them: one look by the engine's own search, not a loop here.
    const first = this.text.indexOf('(', from);
    if (first < 0 || first >= to) return -1;
    const opens: number[] = [];
    for (let i = first; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (code === 40 /* ( */) opens.push(i);
      else if (code === 41 /* ) */) opens.pop();
    }
    return opens.length > 0 ? (opens[opens.length - 1] as number) : -1;
  }

  /** A dash with a space each side ends a clause in shorthand: "No known cancer dx - occult malignancy to be excluded". */
  private spacedDash(i: number): boolean {
    const code = this.text.charCodeAt(i);
    return (
      (code === 45 || code === 8211 || code === 8212) &&
      this.text.charCodeAt(i - 1) === 32 &&
      this.text.charCodeAt(i + 1) === 32
    );
  }

  /**
   * Whether text[from, to) holds a comma or a spaced dash, which ends a clause ("possible myeloma - SPEP
   * pending": the test is pending, not the myeloma). Read only between a finding and its trigger.
   */
  private hasComma(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (code === 44 || this.spacedDash(i)) return true;
    }
    return false;
  }

  /** Where the words before `to` end, no earlier than `from`: the separator after them is no clause's. */
  private wordsEnd(from: number, to: number): number {
    let i = to;
    while (i > from && !/[\p{L}\p{N}]/u.test(this.text.charAt(i - 1))) i--;
    return i;
  }

  /** Whether text[from, to) is a list of short items (up to the finding's own item). */
  private isList(from: number, to: number): boolean {
    return this.text
      .slice(from, to)
      .split(LIST_ITEM)
      .every((item) => countWords(item) <= LIST_ITEM_WORDS);
  }

  /**
   * A scope from `scopeStart` to `scopeEnd` is open when no termination term of that kind (and no
   * semicolon) among hits [from, to) lies between (from `endsFrom` on); over a procedure, terms that end only a
   * condition's don't count.
   */
  private open(
    from: number,
    to: number,
    kind: Modifier,
    scopeStart: number,
    scopeEnd: number,
    maxWords: number,
    procedure: boolean,
    endsFrom = scopeStart,
    backward = false,
  ) {
    if (
      countWords(this.text, scopeStart, scopeEnd) > maxWords &&
      !(kind === 'negated' && this.isList(scopeStart, scopeEnd))
    ) {
      return false;
    }
    // A spaced dash ends a denial ("No known cancer dx - occult malignancy to be excluded"), not a request
    // ("RADIOLOGY REQUEST - MRI T/L spine").
    const denial = kind === 'negated';
    for (let i = scopeStart; i < scopeEnd; i++) {
      const code = this.text.charCodeAt(i);
      // A shorthand line is its own item: a denial ends with it ("... no cord compression\nmechanical LBP worse").
      if ((code === 59 /* ; */ && !this.inGloss(i, scopeEnd)) || (denial && (code === 10 || this.spacedDash(i)))) {
        return false;
      }
      // A shorthand arrow turns from the history to what came of it: "s/p L1 KP 2022 for OP CF → recurrent pain right at L1".
      if (code === 8594 /* → */ && kind === 'historical') return false;
      // A bracket closed before a colon answered what was asked and labels what follows: "made to exclude lung embolism
      // (negative): a compression fracture of L1".
      if (code === 41 /* ) */ && this.text.charCodeAt(i + 1) === 58 /* : */) return false;
      // ... and so does an onset told after a comma: "on no treatment, acute low back pain since lifting a box".
      if (denial && code === 44 /* , */ && ONSET_ITEM.test(this.text.slice(i, i + ONSET_CHARS))) {
        return false;
      }
    }
    for (let i = from; i < to; i++) {
      const hit = this.hits[i] as TriggerHit;
      if (
        hit.trigger.kind === 'terminate' &&
        (hit.trigger.ends === null || hit.trigger.ends.has(kind)) &&
        !(procedure && hit.trigger.conditions) &&
        !(backward && hit.trigger.forwardOnly) &&
        hit.start >= endsFrom &&
        // ... or where the finding itself starts: "history of breast cancer, asymptomatic" ("asymptomatic" is both).
        (hit.end <= scopeEnd || hit.start === scopeEnd)
      ) {
        return false;
      }
    }
    return true;
  }
}
