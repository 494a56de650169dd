import { findTriggers, Scopes } from '../assertion/context';
import { countWords, type Sentence, splitSentences } from '../assertion/sentences';
import { withoutWriterRelative } from '../assertion/writer-relative';
import { type Level, sortLevels } from '../spine/levels';
import { type LevelSpan, SPOKEN_LEVEL } from '../spine/parse';
import { asRead } from './as-read';
import { answerAfter, MarksBeside, NO_ANSWER } from './form-answers';
import type { Concept } from './lexicon';
import { GAP_RULES } from './link-rules';
import { caseReader, type HitReader, pageReader } from './matcher';
import type { Assertion, Category } from './mention';

/** A lexicon hit read in its sentence: what it means, how it is asserted and which levels it is about. */
export interface Annotation {
  start: number;
  end: number;
  text: string;
  concept: Concept['id'];
  category: Category | null;
  assertion: Assertion;
  levels: Level[];
  /** The level words tied to this finding, with their own spans (for evidence and disc levels). */
  levelSpans: LevelSpan[];
  sentence: number;
  /** The section header above it, upper-cased ("FINDINGS", "FAMILY HISTORY"), or "". */
  section: string;
  /** Part of a header ("NEUROLOGIC SIGNS/SYMPTOMS:"): a label, not a statement about the patient. */
  inHeader: boolean;
  /**
   * For a fracture word, the bone named nearest to it in its sentence: a vertebra ("fracture of a
   * lumbar vertebral body") or another bone ("rib fracture"), or null when none is named near it.
   */
  anchor: 'vertebral' | 'other' | null;
}

// Words that may sit between a level and the finding it qualifies ("T7, T8 and T9 compression fractures",
// "L1 vertebral body wedge", "L2 is status post kyphoplasty"): anything else means the level belongs to the finding before it. One
// character or one word per repetition, so a long gap cannot make the expression backtrack. A level glossed in brackets
// goes on to its body: "chest CT find thoracic 10 (T10) vertebral body mild wedge compression fracture"; and a level's gloss
// in brackets before its finding: "new D7 (T7) wedge compression fracture".
// A level dictated in words counts as one word: "T nine and T ten compression fractures".
const MODIFIER = new RegExp(
  String.raw`^(?:\)(?=\s+(?:vertebral|vertebrae?|body|bodies)\b))?(?:[\s,/+&-]|and\b|or\b|the\b|vertebral\b|vertebrae?\b|vertebra[el]\b|body\b|bodies\b|corpus\b|levels?\b|acute\b|subacute\b|chronic\b|old\b|new\b|recent\b|mild\b|moderate\b|severe\b|minimal\b|marked\b|burst\b|wedge\b|crush\b|compression\b|comp\b|type\b|osteoporotic\b|OP\b|osteopenic\b|insufficiency\b|fragility\b|traumatic\b|pathologic(?:al)?\b|path\b|(?:osteo)?lytic\b|blastic\b|sclerotic\b|superior\b|inferior\b|anterior\b|posterior\b|percutaneous\b|instrumented\b|transpedicular\b|pedicle\b|end ?plate\b|shows?\b|demonstrates?\b|has\b|have\b|is\b|are\b|status post\b|s\/p\b|[CTLS]\d{1,2}\b|${SPOKEN_LEVEL}|\((?:[CTLSD]|Th)\d{1,2}\)|\d{1,3}\s?%|percent\b|grade\s?[0-3](?:\s?[-–/]\s?[0-3])?\b|genant\b)*$`,
  'i',
);
/**
 * What may open a clause whose subject is a level: "..., and the T8 level is unchanged", "..., the healed T12
 * unchanged" (not the last of a list: "T6, T7, and T9 are unchanged").
 */
// ... and "with" opening an absolute clause: "oedema in L1, with T8 and T9 unchanged"; a semicolon too: "a new wedge
// compression fracture of L1; T12 and L2 look normal".
const OWN_SUBJECT =
  /[,;]\s*(?:with\s+(?:the\s+)?|(?:and\s+)?the\s+)?(?:(?:healed|old|chronic|known|previous|prior|treated)\s+)?$/i;
// ... the first of a list of them too: "..., and the L1, L2 and L3 vertebral bodies are normal".
const OWN_PREDICATE =
  /^(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?:[CTLS]\d{1,2})\b)*\s*(?:(?:levels?|vertebrae?|vertebral bod(?:y|ies)|bod(?:y|ies)|appearances?|heights?)\s+)?(?:is |are |was |remains? |looks? |appears? )?(?:unchanged|stable|intact|normal|preserved|maintained|unremarkable)\b/i;
// ... and a level that starts a clause of its own after ", and": "the hardware overlies L4, and L3 shows sclerosis"
// (not the last of a list: "T6, T7, and T9 are unchanged").
const OWN_VERB = /^\s*(?:shows|demonstrates)\b/i;
// ... or after a clause that had its own predicate: "the cemented T8 level is unchanged and T9 is normal", "the L2 cement is in a
// good position and L1 looks normal".
const CLAUSE_BEFORE = /\b(?:is|are|was|were|remains?)\s+(?:\w+\s+){1,4}(?:and|but|while)\s+$/i;
// ... and one said not to have been treated is no treatment's: "vertebroplasty T9 and L1 in 2021 (L3 never treated)".
const NOT_TREATED_AFTER =
  /^\s*(?:(?:is|was) )?(?:never|not) (?:treated|cemented|augmented|operated|fused)\b|^\s*untreated\b/i;
const ROOT_AFTER = /^\s*(?:nerve )?(?:roots?|symptoms?|distribution|dermatom\w*|radiculopathy|radicular)\b/i;
// ... also through its body or its vertebra: "compression fracture of body of L1 vertebra with oedema", "fresh
// compression fracture of vertebra Th12 with oedema", "new compression fracture of body L2".
// ... and its endplate's: "smaller fresh fracture of the superior endplate of L2 with oedema"; its body in Italian: "recent
// fracture of the soma of L2", in Latin: "burst fracture of corpus L1".
const OBJECT_OF =
  /^\)?\s*(?:of|at|involving)\s+(?:the\s+)?(?:(?:vertebral\s+)?(?:body|soma|corpus)\s+of\s+(?:the\s+)?|(?:vertebral\s+)?(?:body|corpus)\s+|vertebrae?\s+|(?:(?:superior|inferior|upper|lower)\s+)?end\s?plates?\s+of\s+(?:the\s+)?)?$/i;
// ... but a comma and an age word start a finding of their own: "prev VP T12 + L1, new L2 #".
const NEW_PHRASE = /,\s*(?:new|old|acute|subacute|chronic|recent)\b/i;
const LEVEL_IN_GAP = /\b[CTLS]\d{1,2}\b/;
// ... and so does "and" with an age word after a level listed as an object ("deformities of Th8 and Th9 vertebral bodies
// and old compression fracture of L1": Th9 is the deformities').
const AND_AGE =
  /^\s*(?:vertebral\s+)?(?:bod(?:y|ies)\s+)?and\s+(?:an?\s+)?(?:new|old|acute|subacute|chronic|recent)\b/i;
const LISTED_OBJECT = /^\s*(?:of|at|involving)\s/i;
// ... or a place's object straight before the level: "intact hardware from L3 through L5 and new wedging of L2".
const OBJECT_BEFORE = /\b(?:of|at|involving|from)\s+(?:the\s+)?$/i;
// ... and so does the last of a list of levels that is the object of the finding before it, when a bare "and" joins a
// second finding ("pathological fractures of T9 and T10 and epidural tumour at T10": T10 is fractured too).
const LISTED_LEVELS = /^\s*(?:of|at|involving)\s+(?:the\s+)?(?:[CTLS]\d{1,2}\s*(?:,\s*and|,|and|&)\s*)+$/i;
const AND_ONLY = /^\s*,?\s*and\s+(?:an?\s+|the\s+)?$/i;
// A new object with a place of its own after a list ends the finding's reach: "compression fractures of T9 and T10 and
// a haemangioma at L2" (L2 is the haemangioma's, whatever the lexicon makes of it); "one" is the finding again ("and a
// mild one at T11").
const NEW_OBJECT_AT =
  /[CTLS]\d{1,2}\s+and\s+(?:an?|the)\s+(?!(?:[a-z]+\s+)?ones?\s)[a-z]+(?:\s+[a-z]+)?\s+(?:at|in|of|involving)\s+$/i;
const LIST_GAP = /^\s*(?:,|&|and|,\s*and)\s*$/i;
// Levels that open a line as its label (read in place, sticky, on a hot path: no slice per sentence).
const LEVEL_LABEL =
  /\s*(?:[CTLS]|Th)\d{1,2}(?:\s*(?:,|and|&|-|to|through)\s*(?:[CTLS]|Th)?\d{1,2})*\s*(?:\([^)\n]{0,40}\))?\s*:/iy;
const MAX_MODIFIER_CHARS = 80;
const MAX_BACK_WORDS = 12;
const MAX_BACK_CHARS = 120;
// Words that start a new clause: a level after them is not about the finding before them.
// "Fractures (2021), now new pain at L1": a level after a pain word is where the pain is; a semicolon
// ends a clause too. An angle or a curve names the segment it spans ("12 degrees of kyphosis across T9-T10", "a
// curve of 25 degrees from T5 to T12", "regional kyphosis from T11 to L1 of 27 degrees"), not more fractured levels; "between" names a space ("the ligament
// between T12 and L1 was torn"), not the fracture before it; a second verb after "and" opens a clause of its own ("C5-C6
// fusion in 2016 and has facet arthropathy at C3-C4"); a level after a disc word is the disc's ("an L2 wedge with 30%
// height loss, and disc space narrowing at L4-5").
const CLAUSE_BREAK =
  /\b(?:then|followed|also|while|whereas|which|where|after|before|but|above|below|adjacent|between|next to|now|pain|dis[ck]s?|degrees?|kyphosis|lordosis|scoliosis|and (?:has|have|had|is|are|was|were))\b|;|°/i;
// A level "with" a treatment after it is the treated one, not the finding before it: "fresh fracture VTh8 with bone marrow
// oedema, VL3 with cement stable", "oedema at T11, L1 with cement in situ".
// A finding's clause closed by its levels' predicate: a level after it is no longer the finding's ("cement in L1 and L3
// unchanged, Schmorl nodes in the L4 and L5 endplates").
const CLOSED_BY_PREDICATE =
  /[CTLS]\d{1,2}\s+(?:(?:is|are|remains?|appears?)\s+)?(?:unchanged|stable|intact|in (?:good |satisfactory )?position)\s*[,;]/i;
// A level's sign named as a fracture after it is that fracture's level: "uptake across the T12 vertebral body, corresponding to
// a new mild compression fracture", "sclerosis in L2, in keeping with a healing fracture".
const NAMED_AS_FRACTURE =
  /^\s*(?:vertebral\s+)?(?:body)?\s*,?\s*(?:corresponding to|consistent with|compatible with|in keeping with|representing|reflecting)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
const WITH_BEFORE_TREATMENT = /^\s*with\s+(?:(?:the|its|old|prior|previous)\s+)?$/i;
// A place word between a level and a finding after it relates the two: "the L3 body, between the fractures
// and the fusion" is not fractured.
const PLACE = /\b(?:between|above|below|adjacent|next to)\b/i;

// A procedure a question tells as the patient's past, not asks about: "... for a man with a T10-L2 posterior
// instrumented fusion (2019, ...) who now has pain?", "... s/p L1 kyphoplasty?".
const TOLD_BEFORE =
  /\b(?:s\/p|status post|prior|previous|history of|with (?:an? |the |his |her )?(?=[CTLS]\d))[^?.;]{0,30}$/i;
const TOLD_AFTER = /^\s*(?:\(|in |on )?(?:19|20)\d\d\b/;
const TOLD_CHARS = 40;
function toldInQuestion(text: string, start: number, end: number): boolean {
  return (
    TOLD_BEFORE.test(text.slice(Math.max(0, start - TOLD_CHARS), start)) || TOLD_AFTER.test(text.slice(end, end + 12))
  );
}
/**
 * A phrase that carries a sentence on is no label, colon or not: "Also back pain: MRI today shows ..."; nor is a
 * denial that says its finding before the colon: "No neurological symptoms: still walking with her frame".
 */
const RUNS_ON = /^\s*(?:also|and|plus|but|no|nil)\b/i;

/**
 * A verb that makes a phrase ending in a colon a statement rather than a label: "FINDINGS:", "L4-5:" and
 * "MRI:" head what follows; "His pain is clearly mechanical:" and "MRI not yet done:" do not.
 */
const STATEMENT = /\b(?:is|are|was|were|has|have|had|not)\b/i;

/** A filled cell after a table cell, in the same row. */
const TABLE_CELL_AFTER = /^[ \t]*[^\s|][^\n|]*\|/;
const CELL_CHARS = 80;

const rowStart = (text: string, sentence: Sentence) =>
  sentence.start === 0 || text.charCodeAt(sentence.start - 1) === 10;

/** Whether the sentence is the first cell of a table row ("| Back pain |"), with a filled cell after it. */
function firstCellLabel(text: string, sentence: Sentence): boolean {
  return (
    rowStart(text, sentence) &&
    text.charCodeAt(sentence.start) === 124 /* | */ &&
    TABLE_CELL_AFTER.test(text.slice(sentence.end, sentence.end + CELL_CHARS))
  );
}

/** The sentence's last character that is not a space. */
function lastCharacter(text: string, sentence: Sentence): string {
  let i = sentence.end - 1;
  while (i > sentence.start && text.charCodeAt(i) <= 32) i--;
  return text[i] ?? '';
}

/**
 * The hits of the sentence being read, as parallel columns: hit k is `start[k]`, `end[k]` and so on.
 * One set of columns serves every sentence of a text (overwritten, never shrunk), so reading makes no
 * object per hit.
 */
interface SentenceHits {
  length: number;
  start: number[];
  end: number[];
  text: string[];
  concept: Concept[];
  /**
   * For a level word, its one-span list: its annotation's levelSpans, lent to the finding it is tied to
   * and to the findings under it when it is a header. Null for every other hit.
   */
  spans: (LevelSpan[] | null)[];
  /**
   * The level spans tied to each finding, by its place in the sentence; emptied for the next sentence.
   * A list of one is a level word's own (lent), so a second level makes the finding a list of its own.
   */
  owner: (LevelSpan[] | undefined)[];
}

/** A finding a level can be tied to: not a level word, not a read-only word, not a modifier ("acute"). */
function isOtherBone(hits: SentenceHits, k: number): boolean {
  return (hits.concept[k] as Concept).anchor === 'other';
}

function isAnchor(hits: SentenceHits, k: number): boolean {
  const { category, modifier } = hits.concept[k] as Concept;
  return category !== null && category !== 'level' && !modifier;
}

function linkByGapRules(text: string, hits: SentenceHits) {
  let previous = -1;
  for (let k = 0; k < hits.length; k++) {
    if (!isAnchor(hits, k)) continue;
    if (previous >= 0 && !hits.owner[k] !== !hits.owner[previous]) {
      // One of the two has levels and the other none: a rule may pass them forward, or back when it says so.
      // Most pairs have no rule: the gap is cut from the text only for one that has (a long page has many pairs).
      const back = !hits.owner[previous];
      const giver = back ? k : previous;
      const taker = back ? previous : k;
      const given = hits.concept[giver] as Concept;
      const taking = hits.concept[taker] as Concept;
      let gap: string | undefined;
      for (const rule of GAP_RULES) {
        if (!rule.back !== !back || !rule.from.includes(given.id)) continue;
        if (rule.toCategory !== taking.category && !rule.alsoTo?.includes(taking.id)) continue;
        gap ??= text.slice(hits.end[previous] as number, hits.start[k] as number);
        if (rule.gap.test(gap)) {
          hits.owner[taker] = hits.owner[giver];
          break;
        }
      }
    }
    previous = k;
  }
}

/**
 * Whether a gap closes a bracket it did not open and goes on to the next item of a list: the finding before it was
 * said in brackets, and a level listed after them is not its ("screws at L1 (short screws given the fracture) and
 * L2"; not "augmentation (vertebroplasty) of the T12 body").
 */
/**
 * Whether hit `k` opens a bracket that glosses the finding just before it, the same concept in other words: "posterior
 * arthrodesis (fusion) L3-L5", "spondylodesis (posterior fusion with screws) Th11-L1". The levels after the bracket are
 * that finding's, not a new item of a list.
 */
function glosses(text: string, hits: SentenceHits, k: number): boolean {
  const before = k - 1;
  return (
    before >= 0 &&
    hits.concept[before]?.id === hits.concept[k]?.id &&
    /^\s*\($/.test(text.slice(hits.end[before] as number, hits.start[k] as number))
  );
}

/**
 * Whether hit k is all its bracket holds, a gloss of a word before it that the lexicon does not know, so the level after the
 * bracket is its: "post-operated of artrodesis (instrumented fusion) T12-L2".
 */
function fillsBracket(text: string, hits: SentenceHits, k: number, gapAfter: string): boolean {
  const start = hits.start[k] as number;
  return /^\s*\)\s*$/.test(gapAfter) && BRACKET_OPENS.test(text.slice(Math.max(0, start - BRACKET_OPENS_CHARS), start));
}
// ... its own acuity or grade words inside with it: "fraktur kompresi akut (acute compression fracture) VTh12".
const BRACKET_OPENS = /\(\s*(?:(?:acute|subacute|new|recent|fresh|old|chronic|mild|moderate|severe)\s+)*$/i;
const BRACKET_OPENS_CHARS = 40;

function nextAfterBracket(gap: string): boolean {
  if (!LIST_AFTER_BRACKET.test(gap)) return false;
  let depth = 0;
  for (const ch of gap) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return true;
  }
  return false;
}
const LIST_AFTER_BRACKET = /\)\s*(?:,\s*)?(?:and\s+|or\s+|&\s*)?$/;

const SPINE_WORDS: ReadonlySet<string> = new Set(['region', 'vertebroplasty', 'kyphoplasty']);
/** How far (in characters) a bone word may stand from the fracture word it says is about that bone. */
const BONE_REACH = 60;

/**
 * The bone named nearest to hit k of the sentence (see Annotation.anchor). A spine region names the spine, and so does a
 * vertebral augmentation, which is done in no other bone: "vertebroplasty of L4 done 2023 for myeloma fracture".
 */
function boneOf(hits: SentenceHits, k: number): Annotation['anchor'] {
  const anchorOf = (j: number) => {
    const concept = hits.concept[j] as Concept;
    return concept.anchor ?? (SPINE_WORDS.has(concept.id) ? 'vertebral' : null);
  };
  // Outward from the hit, only as far as BONE_REACH: a long sentence with many fractures stays linear.
  let before: Annotation['anchor'] = null;
  let gapBefore = BONE_REACH + 1;
  for (let j = k - 1; j >= 0 && (hits.start[k] as number) - (hits.end[j] as number) <= BONE_REACH; j--) {
    before = anchorOf(j);
    if (before) {
      gapBefore = (hits.start[k] as number) - (hits.end[j] as number);
      break;
    }
  }
  for (let j = k + 1; j < hits.length && (hits.start[j] as number) - (hits.end[k] as number) < gapBefore; j++) {
    const after = anchorOf(j);
    if (after) return after;
  }
  return before;
}

/** The words that make the bone after a fracture word its own: "fractures of the left ribs". */
const OF_BONE = /^\s+(?:of|involving)\s/;

/** Whether hit k is a fracture of a bone other than a vertebra, named after it: "fracture of the clavicle". */
function ofOtherBone(text: string, hits: SentenceHits, k: number): boolean {
  const end = hits.end[k] as number;
  if (!OF_BONE.test(text.slice(end, end + 12))) return false;
  for (let j = k + 1; j < hits.length && (hits.start[j] as number) - end <= BONE_REACH; j++) {
    const anchor = (hits.concept[j] as Concept).anchor;
    if (anchor) return anchor === 'other';
    // A level first is the fracture's own: "fracture of T8 without retropulsion; the lumbar hardware".
    if (hits.spans[j]) return false;
  }
  return false;
}

/**
 * Ties each level word of a sentence to one finding: the one it modifies, else the one it follows, else
 * a finding just after it, into the finding's owner slot. One sweep over the sentence's hits, so long
 * sentences stay linear.
 */
function attachLevels(text: string, hits: SentenceHits) {
  // The last finding before the current hit, and the next one after it: pointers that only move
  // forward, so no array per sentence.
  let previous = -1;
  let next = 0;
  // The last level word before `next`, found as `next` moves.
  let lastLevel = -1;
  // Where the last level with a clause of its own ends.
  let ownUntil = -1;
  for (let k = 0; k < hits.length; k++) {
    const single = hits.spans[k];
    if (!single) {
      if (isAnchor(hits, k)) previous = k;
      continue;
    }
    if (next <= k) {
      // Another bone or hardware named ends the search: "the L1 cement and the L4-L5 screws" (the screws' levels).
      for (next = k + 1; next < hits.length && !isAnchor(hits, next) && !isOtherBone(hits, next); next++) {
        if (hits.spans[next]) lastLevel = next;
      }
    }
    const start = hits.start[k] as number;
    const end = hits.end[k] as number;
    const nextStart = next < hits.length ? (hits.start[next] as number) : -1;
    const gapNext = nextStart >= 0 && nextStart - end <= MAX_MODIFIER_CHARS ? text.slice(end, nextStart) : null;
    const previousEnd = previous >= 0 ? (hits.end[previous] as number) : -1;
    const gapPrevious = previous >= 0 && start - previousEnd <= MAX_BACK_CHARS ? text.slice(previousEnd, start) : null;
    // A nearer level in between ("stenosis at L4-5 with L3 fracture") is the one the finding is about.
    const levelBetween = lastLevel > k;
    let target = -1;
    // A level that is the object of the finding before it ("fracture of the 12th thoracic vertebra with
    // oedema") stays with that finding.
    // (Not a list of levels before the fractures a treatment was of: "kyphoplasty of T8 and T9 compression fractures" puts
    // both on the fractures, and the treatment takes them back from there.)
    const objectOfPrevious =
      gapPrevious !== null &&
      OBJECT_OF.test(gapPrevious) &&
      !(
        gapNext !== null &&
        (hits.concept[previous] as Concept).category === 'intervention' &&
        (hits.concept[next] as Concept).category === 'fracture' &&
        LEVEL_IN_GAP.test(gapNext) &&
        MODIFIER.test(gapNext)
      );
    // A level with a predicate of its own is the subject of its clause, tied to nothing: "cement in T10, T8
    // unchanged", "a fresh T11 fracture with marrow edema, and the T8 level is unchanged", "the L1 cement in good
    // position, the healed T12 unchanged", "L2 cement unchanged, T7 height stable".
    // So are the levels listed after such a level ("the L1, L2 and L3 vertebral bodies are normal"), and a level that names
    // a nerve root or its territory ("correlating with right L3 symptoms", "an L5 distribution") is no vertebra's.
    const after = text.slice(end, end + 60);
    const ownClause =
      (ownUntil >= 0 && LIST_GAP.test(text.slice(ownUntil, start))) ||
      ROOT_AFTER.test(after) ||
      NOT_TREATED_AFTER.test(after) ||
      (!objectOfPrevious && OWN_SUBJECT.test(gapPrevious ?? '') && OWN_PREDICATE.test(after)) ||
      (!objectOfPrevious && /,\s*and\s+$/.test(gapPrevious ?? '') && OWN_VERB.test(after)) ||
      (CLAUSE_BEFORE.test(gapPrevious ?? '') && OWN_PREDICATE.test(after));
    // A level written straight after a finding, a comma after it, is that finding's: "compression fractures
    // T11 through L1, marrow oedema at all three".
    // ... and so is one between a finding and a second one joined by "+" ("s/p ALIF L5/S1 + KP T12"; not a second level so
    // joined, "s/p VP T9 & T10 #", a list the finding after it shares), or between a fracture and its sign ("recent
    // compression fracture D8 with oedema").
    const closesPrevious =
      gapPrevious !== null &&
      /^\s+$/.test(gapPrevious) &&
      (/^\s*(?:,|[+&]\s(?!\s*(?:[CTLS]|Th)\d))/.test(gapNext ?? '') ||
        ((hits.concept[previous] as Concept).category === 'fracture' && MODIFIER.test(gapNext ?? '')));
    // (Not a treatment that names its own level straight after it: "VCF T7 with previous BKP L2".)
    const treatmentLevelAfter =
      next + 1 < hits.length &&
      Boolean(hits.spans[next + 1]) &&
      /^\s*$/.test(text.slice(hits.end[next] as number, hits.start[next + 1] as number));
    const withTreatment =
      gapNext !== null &&
      !objectOfPrevious &&
      (hits.concept[next] as Concept).category === 'intervention' &&
      WITH_BEFORE_TREATMENT.test(gapNext) &&
      !treatmentLevelAfter;
    // (The fracture's own acuity words may stand before it: "a new mild compression fracture".)
    let named = next;
    while (named < hits.length && (hits.concept[named] as Concept).category === 'acuity') named++;
    const namedAsFracture =
      gapNext !== null &&
      !objectOfPrevious &&
      named < hits.length &&
      (hits.concept[named] as Concept).category === 'fracture' &&
      (hits.start[named] as number) - end <= MAX_MODIFIER_CHARS &&
      NAMED_AS_FRACTURE.test(text.slice(end, hits.start[named] as number));
    const objectListEnds =
      gapNext !== null &&
      AND_AGE.test(gapNext) &&
      (LISTED_OBJECT.test(gapPrevious ?? '') || OBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start)));
    if (ownClause) {
      target = -1;
      ownUntil = end;
    } else if (closesPrevious) target = previous;
    else if (withTreatment) target = next;
    else if (namedAsFracture) target = named;
    else if (
      gapNext !== null &&
      MODIFIER.test(gapNext) &&
      !NEW_PHRASE.test(gapNext) &&
      !objectOfPrevious &&
      !objectListEnds &&
      !(AND_ONLY.test(gapNext) && LISTED_LEVELS.test(gapPrevious ?? ''))
    )
      target = next;
    else if (
      gapPrevious !== null &&
      countWords(gapPrevious) <= MAX_BACK_WORDS &&
      !CLAUSE_BREAK.test(gapPrevious) &&
      !NEW_OBJECT_AT.test(gapPrevious) &&
      !CLOSED_BY_PREDICATE.test(gapPrevious) &&
      (!nextAfterBracket(gapPrevious) ||
        glosses(text, hits, previous) ||
        fillsBracket(text, hits, previous, gapPrevious))
    ) {
      target = previous;
    } else if (
      gapNext !== null &&
      countWords(gapNext) <= 6 &&
      !levelBetween &&
      !OWN_PREDICATE.test(gapNext) &&
      !objectListEnds &&
      !/[):;]/.test(gapNext) &&
      !PLACE.test(gapNext)
    ) {
      // "(lateral spine T4-L4): wedge deformity of T8": a bracket, colon or semicolon closes the level's phrase; so
      // does its own predicate ("T9, L1 and L3 appearances unchanged, cement in place").
      target = next;
    }
    // A fracture glossed in brackets after it is one fracture: its level is the first's, so the words said of the first date
    // it ("recent compression fracture (aplastamiento) of D12"). (A treatment's gloss keeps the level: the fracture it was for
    // takes it from the gloss next to it, "BKP (balloon kyphoplasty) at L1 in 2022 for osteoporotic compression fracture".)
    if (target > 0 && (hits.concept[target] as Concept).category === 'fracture' && glosses(text, hits, target))
      target--;
    if (target >= 0) {
      // A lent list is not the finding's to grow; its own list grows in place (its annotation is made
      // only after the whole sentence is read).
      const spans = hits.owner[target];
      if (!spans) hits.owner[target] = single;
      else if (spans.length === 1) hits.owner[target] = [spans[0] as LevelSpan, single[0] as LevelSpan];
      else spans.push(single[0] as LevelSpan);
    }
  }
}

// A fracture word the report itself offers a benign reading for is only a possible fracture: "wedging of T12.
// This may be a minor old fracture, but could equally be physiological wedging", "wedging of T8 may be related to
// patient rotation". The shape named as that
// benign reading ("physiological wedging") is no fracture at all.
// Shorthand asks it in one mark: "ant wedging ?projection".
const BENIGN_READING_AFTER =
  /^[^\n]{0,160}?\b(?:may|might|could)\b[^\n]{0,100}?\b(?:physiologic(?:al)?|normal (?:developmental )?variant|developmental(?: variant)?|(?:patient )?rotation|positional|positioning|obliquity)\b|^\s*\?\s*(?:projection(?:al)?|positional|rotation(?:al)?|obliquity|artefact|artifact)\b/i;
const BENIGN_BEFORE = /\b(?:physiologic(?:al)?|developmental)\s+$/i;
const BENIGN_CHARS = 260;
// A shape (no fracture noun) that its own clause only thinks may be a fracture: "Slight L1 wedging, may represent
// mild compression fracture", "a mild height reduction of approximately 20%, which is equivocal and could represent a
// mild (grade 1) fracture", "Mild loss of height of the T12 vertebral body, possibly a compression fracture" (a fracture noun doubted so, "L1 fracture may represent an insufficiency
// fracture", stays a fracture).
const SHAPE_DOUBTED_AFTER =
  /^[^.;\n]{0,60}?\b(?:(?:may|might|could) (?:represent|be|reflect)|possibly|perhaps)\b[^.;\n]{0,30}?\b(?:fracture|fx)\b/i;
const FRACTURE_NOUN = /fract|fx|#|\bV?CF/i;
// ... and one its clause reads as the spine's normal shape is none: "Slight anterior wedging of T7 and T8 (less than 20%),
// in keeping with normal thoracic variation rather than fracture (Genant grade 0)".
const SHAPE_NORMAL_AFTER =
  /^[^.;\n]{0,100}?(?:\b(?:in keeping with|consistent with|compatible with|likely|probably|representing|reflecting) (?:an? )?(?:normal|physiologic(?:al)?|developmental)(?: [\w-]+){0,2} (?:variation|variant|wedging|shape)\b|\brather than (?:an? )?(?:true )?fracture\b|\bGenant (?:grade )?0\b)/i;
// A comparison after the fracture, not its denial: "new L2 compression fx, not present 1 yr ago", "a T7 compression
// fracture that was absent on her staging CT", "a fresh L2 wedge fracture that is absent on last autumn's film", "not present on the prior study", a study of a year by any name ("not
// present in the Rx of 2022", "not present in the RX of January", "not seen in the chest X-ray of last year"), in brackets too
// ("fresh compression fracture of L3 (not seen in X-ray of Jan 2023)") (the trigger
// expression has no room for a pseudo-trigger per time phrase).
const NOT_BEFORE_AFTER =
  /^(?:[\s,]{0,3}|[^.;\n]{0,60}?(?:, | \())(?:(?:that|which) (?:was|were|is|are) )?(?:not (?:present|seen|visible)|absent)(?: (?:on|in|at))? (?:the |her |his |a )?(?:(?:chest|spine|spinal|lumbar|thoracic|plain) )?(?:\d|a (?:year|month)|one|last|before|previously|prior|previous|earlier|staging|baseline|comparison|preceding|older|PET|CT|MRI|XR|RX|x-?rays?|films?|radiographs?|scans?|[\w-]{2,12} (?:of|from) (?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

// ... and the earlier study named first, as a second language orders it: "new wedge fracture of D11, in the Rx of 2023 not
// present".
const STUDY_THEN_NOT_SEEN_AFTER =
  /^[^.;\n]{0,40}?,? (?:on|in) (?:the |her |his )?(?:[\w-]+ ){0,3}?(?:of|from) (?:(?:19|20)\d\d|(?:last|previous|prior) \w+) (?:was |were )?not (?:present|seen|visible)\b/i;
// ... unless a denial before it is what negates it: "no compression fracture, not present on the prior study either".
const DENIED_BEFORE = /\b(?:no|not|without|negative for|free of|nor)\b[^.;\n]*$/i;

/** A fracture word's assertion once the report's own reading of it is weighed (see above). */
function shapeAssertion(text: string, start: number, end: number, assertion: Assertion, words: string): Assertion {
  if (
    assertion === 'negated' &&
    (NOT_BEFORE_AFTER.test(text.slice(end, end + 100)) || STUDY_THEN_NOT_SEEN_AFTER.test(text.slice(end, end + 100))) &&
    !DENIED_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  )
    return 'affirmed';
  if (assertion !== 'affirmed') return assertion;
  if (BENIGN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'negated';
  const after = text.slice(end, end + BENIGN_CHARS);
  if (BENIGN_READING_AFTER.test(after)) return 'possible';
  if (FRACTURE_NOUN.test(words)) return assertion;
  if (SHAPE_NORMAL_AFTER.test(after)) return 'negated';
  return SHAPE_DOUBTED_AFTER.test(after) ? 'possible' : assertion;
}

const NONE: LevelSpan[] = [];
// Shared by every annotation without levels: nothing downstream changes an annotation's levels.
const NO_LEVELS: Level[] = [];

/**
 * Every lexicon hit of the text with its assertion and levels, in text order. With `categorisedOnly`,
 * hits without a category (read only by the case mapping, like pain words and MRI) are left out of the result.
 * `section` is the section the text starts in (a page block under a heading element).
 */
// Words after a fracture that point back at the levels just named: "at these levels", "of that vertebra".
const POINTS_BACK =
  /^\s*(?:at|of|in|involving) (?:each of )?(?:these|those|both|the same|that|this)(?: (?:two|three|four))? (?:levels?|vertebrae?|vertebral bod(?:y|ies)|bod(?:y|ies))\b/i;

/** ... "both" or "each" of them: "..., both for osteoporotic compression fractures" (every level the sentence named). */
const BOTH_BEFORE = /\b(?:both|each|all) (?:for|of) (?:an? |the |their )?(?:[\w-]+ ){0,3}$/i;
/**
 * A fracture a treatment just named was for takes that treatment's levels: "had cement injected into T9 and T10
 * (vertebroplasty, 2021) for painful osteoporotic compression fractures" (the treatment read last, not every level of
 * the sentence: "PLIF L4-L5 2018, VP L1 2020 for osteoporotic fx").
 */
const TREATED_FOR_BEFORE =
  /(?:plasty|\bVP|\bKP|\bcement(?:ed)?|\binjected)\b[^.;\n]{0,40}\bfor (?:an? |the |her |his |their )?(?:[\w-]+ ){0,3}$/i;
/**
 * ... or said to be where the levels just named are: "cement within T11 and L1 at the sites of previously treated
 * fractures", "cement is present within the T12 and L1 vertebral bodies, which show chronic compression deformities".
 */
const POINTED_AT_BEFORE =
  /\b(?:at|in) the (?:sites?|levels?) of (?:the |their )?(?:previously |prior |earlier )?(?:treated|cemented|augmented|chronic|old|healed) (?:[\w-]+ ){0,2}$|\b(?:bod(?:y|ies)|vertebrae?|levels?),? (?:which|that) (?:shows?|has|have|demonstrates?|contains?)(?: (?:an?|the))? (?:[\w-]+ ){0,2}$/i;

/**
 * The treatment the sentence read last at a level, with the ones of its kind just before it ("L2 kyphoplasty (2019) and
 * L3 kyphoplasty (2020) for osteoporotic compression fractures"): their levels, and whether it is the past's. Null when
 * there is none.
 */
function lastTreated(annotations: Annotation[], sentence: number): { spans: LevelSpan[]; past: boolean } | null {
  let last: Annotation | null = null;
  const spans: LevelSpan[] = [];
  for (let i = annotations.length - 1; i >= 0; i--) {
    const a = annotations[i] as Annotation;
    if (a.sentence !== sentence) break;
    if (a.category !== 'intervention' || a.levelSpans.length === 0) continue;
    if (last && a.concept !== last.concept) break;
    last ??= a;
    spans.unshift(...a.levelSpans);
  }
  return last ? { spans, past: last.assertion === 'historical' } : null;
}

export function annotate(written: string, categorisedOnly = false, section = ''): Annotation[] {
  const text = asRead(written);
  // The page reads its own rules; a case reads the rules only the case needs as well.
  const reader: HitReader = categorisedOnly ? pageReader(text) : caseReader(text);
  // Most blocks of a page name no term: they need no sentences and no triggers.
  let more = reader.next();
  if (!more) return [];
  const triggers = withoutWriterRelative(text, findTriggers(text));
  const sentences = splitSentences(text, section);
  const annotations: Annotation[] = [];
  const scopes = new Scopes(text, triggers);
  const marks = new MarksBeside(text);
  const hits: SentenceHits = { length: 0, start: [], end: [], text: [], concept: [], spans: [], owner: [] };
  // "L4-5: disc bulge, ...": a level written as a header names the level of the paragraph under it.
  let headerSpans: LevelSpan[] | null = null;
  // The levels last named, for a fracture that points back at them ("... T8 and T9. Old deformities at these levels").
  let lastSpans: LevelSpan[] = NONE;
  // The level spans the sentence being read has tied to its findings so far.
  const sentenceSpans: LevelSpan[] = [];
  // Once the hits are all read, the sentences left have nothing to annotate.
  for (let index = 0; index < sentences.length && more; index++) {
    const sentence = sentences[index] as Sentence;
    const last = lastCharacter(text, sentence);
    // A table row's first cell, its answer in the next cell, is a label too: "| Back pain | Ø |" (not an item of a line
    // that bars split: "79F | back pain worsening x2 mo | no new fx").
    const endsWithColon = last === ':' || (last === '|' && firstCellLabel(text, sentence));
    // A consult question ("Is kyphoplasty appropriate?") asks about a procedure; it does not report one.
    const asked = last === '?';
    let allLevels = true;
    hits.length = 0;
    sentenceSpans.length = 0;
    for (; more && reader.start < sentence.end; more = reader.next()) {
      const k = hits.length++;
      hits.start[k] = reader.start;
      hits.end[k] = reader.end;
      hits.text[k] = reader.text;
      hits.concept[k] = reader.concept;
      hits.spans[k] = reader.level && [reader.level];
      if (!reader.level) allLevels = false;
    }
    if (hits.length === 0) {
      if (endsWithColon) headerSpans = null;
      continue;
    }
    if (hits.length > 1) {
      attachLevels(text, hits);
      linkByGapRules(text, hits);
    }
    // A row of a level-by-level table heads its finding with its level: "T11 | acute compression fracture, 45% height loss".
    const isHeader = allLevels && (endsWithColon || (last === '|' && rowStart(text, sentence)));
    // A label over what follows ("MRI:", "Neuro:"), not a sentence that runs into a colon ("His pain is
    // clearly mechanical: it is bad when he stands").
    const label =
      endsWithColon &&
      !STATEMENT.test(text.slice(sentence.start, sentence.end)) &&
      !RUNS_ON.test(text.slice(sentence.start, sentence.end));
    // A label answered "none" is a finding denied, not a header over what follows.
    const answer = endsWithColon ? answerAfter(text, sentence.end) : NO_ANSWER;
    const deniedLabel = answer.denied;
    const laterLabel = answer.later;
    // A label heads a section of its own: the one before it ("Previous spinal procedures:") does not set
    // what the label says ("MRI:" is no previous procedure).
    const place = label && sentence.section !== '' ? { ...sentence, section: '' } : sentence;
    const levelAnswer = answer.level;
    const statedLabel = answer.stated;
    // A header over a long range ("VFA (T4-L4):", "Lumbar spine L1-L4:") names the field assessed, not
    // where each finding under it is: only a level or a disc level heads its paragraph's findings.
    if (isHeader) {
      const spans = hits.spans[0] as LevelSpan[];
      headerSpans = (spans[0]?.levels.length ?? 0) <= 2 ? spans : null;
    } else if (endsWithColon && sentence.end - sentence.start < 80) headerSpans = null;
    else {
      // Levels that open a line as its label head what it goes on to say, as a header line of their own would: "T12 and L1
      // (partially imaged): Postprocedural changes of vertebroplasty" (not the "T11:" line above it).
      LEVEL_LABEL.lastIndex = sentence.start;
      const levelLabel = LEVEL_LABEL.exec(text);
      if (levelLabel && LEVEL_LABEL.lastIndex <= sentence.end) {
        const labelEnd = LEVEL_LABEL.lastIndex;
        const spans: LevelSpan[] = [];
        for (let k = 0; k < hits.length && (hits.start[k] as number) < labelEnd; k++)
          spans.push(...(hits.spans[k] ?? NONE));
        const levels = spans.reduce((count, span) => count + span.levels.length, 0);
        headerSpans = spans.length > 0 && levels <= 2 ? spans : null;
      }
    }
    for (let k = 0; k < hits.length; k++) {
      const concept = hits.concept[k] as Concept;
      const { category } = concept;
      // Traps and anchors did their work in the sentence (kept words from other rules, named a bone).
      if (concept.silent || (categorisedOnly && category === null)) continue;
      const start = hits.start[k] as number;
      const end = hits.end[k] as number;
      // A fracture "of" another bone is that bone's, whatever stands before it: it takes no level from the words
      // before it ("widening at T12-L1, as well as fractures of the left 6th to 8th ribs").
      const ofOther = category === 'fracture' && !hits.spans[k] && ofOtherBone(text, hits, k);
      const own = ofOther ? NONE : (hits.spans[k] ?? hits.owner[k] ?? NONE);
      const pointsBack =
        own.length === 0 &&
        (category === 'fracture' || concept.id === 'pathologic-fracture') &&
        (POINTS_BACK.test(text.slice(end, end + 40)) ||
          POINTED_AT_BEFORE.test(text.slice(Math.max(0, start - 60), start)));
      // "T11 vertebroplasty in 2020 and L1 vertebroplasty in 2021, both for osteoporotic fractures": all the levels the
      // sentence named before it.
      const pointsAtAll =
        (category === 'fracture' || concept.id === 'pathologic-fracture') &&
        !hits.spans[k] &&
        sentenceSpans.length > 1 &&
        BOTH_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      const treatedFor =
        (category === 'fracture' || concept.id === 'pathologic-fracture') &&
        own.length === 0 &&
        !pointsAtAll &&
        TREATED_FOR_BEFORE.test(text.slice(Math.max(0, start - 80), start))
          ? lastTreated(annotations, index)
          : null;
      const levelSpans = pointsAtAll
        ? [...sentenceSpans]
        : treatedFor
          ? treatedFor.spans
          : pointsBack
            ? lastSpans
            : own.length === 0 && levelAnswer && (category === 'fracture' || category === 'intervention')
              ? [levelAnswer]
              : own.length === 0 && headerSpans && category
                ? headerSpans
                : own;
      if (levelSpans.length > 0 && category !== 'level') {
        lastSpans = levelSpans;
        if (!pointsAtAll) sentenceSpans.push(...levelSpans);
      }
      annotations.push({
        start,
        end,
        text: text === written ? (hits.text[k] as string) : written.slice(start, end),
        concept: concept.id,
        category,
        // (The fracture a past treatment was for is the past's too: "the L2 kyphoplasty she had in 2019 for an
        // osteoporotic fracture"; a rule's own assertion still comes first.)
        assertion:
          concept.assertion ??
          (treatedFor?.past
            ? 'historical'
            : (marks.tickBox(start) ??
              marks.signAfter(end) ??
              marks.signBefore(start) ??
              (deniedLabel
                ? 'negated'
                : laterLabel && (category === 'intervention' || concept.study === true)
                  ? 'hypothetical'
                  : asked && category === 'intervention' && !toldInQuestion(text, start, end)
                    ? 'hypothetical'
                    : // ... and a study it asks about is one being weighed, an order's doubt: "Should I go straight to MRI?".
                      asked && concept.study === true
                      ? 'possible'
                      : category === 'fracture' || concept.id === 'pathologic-fracture'
                        ? shapeAssertion(
                            text,
                            start,
                            end,
                            scopes.assertionOf(place, start, end),
                            hits.text[k] as string,
                          )
                        : scopes.assertionOf(
                            place,
                            start,
                            end,
                            category === 'intervention' || concept.study === true,
                          )))),
        // One span's levels are sorted already; shared, since nothing downstream changes them.
        levels:
          levelSpans.length === 0
            ? NO_LEVELS
            : levelSpans.length === 1
              ? (levelSpans[0] as LevelSpan).levels
              : sortLevels(levelSpans.flatMap((span) => span.levels)),
        levelSpans,
        sentence: index,
        section: sentence.section,
        // A phrase that runs on past the header's colon ("Neurologic: grossly intact") states a finding.
        inHeader: label && end <= sentence.end && !deniedLabel && !statedLabel && !laterLabel,
        anchor: ofOther ? 'other' : category === 'fracture' && own.length === 0 ? boneOf(hits, k) : null,
      });
    }
    if (hits.owner.length > 0) hits.owner.length = 0;
  }
  return annotations;
}
