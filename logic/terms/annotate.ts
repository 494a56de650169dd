import { findTriggers, Scopes } from '../assertion/context';
import { countWords, type Sentence, splitSentences } from '../assertion/sentences';
import { type Level, sortLevels } from '../spine/levels';
import type { LevelSpan } from '../spine/parse';
import type { Concept } from './lexicon';
import { matchTerms, type TermHit } from './matcher';
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
  /** Part of a header ("NEUROLOGIC SIGNS/SYMPTOMS:"): a label, not a statement about the patient. */
  inHeader: boolean;
}

// Words that may sit between a level and the finding it qualifies ("T7, T8 and T9 compression fractures",
// "L1 vertebral body wedge"): anything else means the level belongs to the finding before it. One
// character or one word per repetition, so a long gap cannot make the expression backtrack.
const MODIFIER =
  /^(?:[\s,/-]|and\b|or\b|the\b|vertebral\b|vertebrae?\b|vertebra[el]\b|body\b|bodies\b|levels?\b|acute\b|subacute\b|chronic\b|old\b|new\b|recent\b|mild\b|moderate\b|severe\b|minimal\b|marked\b|superior\b|inferior\b|anterior\b|posterior\b|end ?plate\b|[CTLS]\d{1,2}\b|\d{1,3}\s?%|percent\b)*$/i;
const MAX_MODIFIER_CHARS = 80;
const MAX_BACK_WORDS = 12;
const MAX_BACK_CHARS = 120;
// Words that start a new clause: a level after them is not about the finding before them.
const CLAUSE_BREAK =
  /\b(?:then|followed|also|while|whereas|which|where|after|before|but|above|below|adjacent|next to)\b/i;

/** A sentence ending in a colon is a header ("FINDINGS:", "L4-5:"). */
function colonAtEnd(text: string, sentence: Sentence): boolean {
  let i = sentence.end - 1;
  while (i > sentence.start && text.charCodeAt(i) <= 32) i--;
  return text[i] === ':';
}

function isAnchor(hit: TermHit): boolean {
  return hit.concept.category !== null && hit.concept.category !== 'level';
}

/**
 * Ties each level word of a sentence (hits[from, to)) to one finding: the one it modifies, else the one
 * it follows, else a finding just after it, into owner[k] for hits[from + k]. One sweep over the sentence's
 * hits, so long sentences stay linear.
 */
function attachLevels(text: string, hits: TermHit[], from: number, to: number, owner: (LevelSpan[] | undefined)[]) {
  let previous: TermHit | undefined;
  let previousAt = -1;
  // The next finding after the current hit: a pointer that only moves forward, so no array per sentence.
  let nextAt = from;
  for (let i = from; i < to; i++) {
    const hit = hits[i] as TermHit;
    if (!hit.level) {
      if (isAnchor(hit)) {
        previous = hit;
        previousAt = i;
      }
      continue;
    }
    if (nextAt <= i) for (nextAt = i + 1; nextAt < to && !isAnchor(hits[nextAt] as TermHit); nextAt++);
    const next = nextAt < to ? (hits[nextAt] as TermHit) : undefined;
    const gapNext = next && next.start - hit.end <= MAX_MODIFIER_CHARS ? text.slice(hit.end, next.start) : null;
    const gapPrevious =
      previous && hit.start - previous.end <= MAX_BACK_CHARS ? text.slice(previous.end, hit.start) : null;
    // A nearer level in between ("stenosis at L4-5 with L3 fracture") is the one the finding is about.
    const following = i + 1 < to ? hits[i + 1] : undefined;
    const levelBetween = following?.level !== null && following !== undefined && following !== next;
    let target = -1;
    if (next && gapNext !== null && MODIFIER.test(gapNext)) target = nextAt;
    else if (
      previous &&
      gapPrevious !== null &&
      countWords(gapPrevious) <= MAX_BACK_WORDS &&
      !CLAUSE_BREAK.test(gapPrevious)
    ) {
      target = previousAt;
    } else if (next && gapNext !== null && countWords(gapNext) <= 6 && !levelBetween) target = nextAt;
    if (target >= 0) {
      // A finding's list is its own (its annotation is built after its sentence is read): push in place.
      const spans = owner[target - from];
      if (spans) spans.push(hit.level);
      else owner[target - from] = [hit.level];
    }
  }
}

const NONE: LevelSpan[] = [];
// Shared by every annotation without levels: nothing downstream changes an annotation's levels.
const NO_LEVELS: Level[] = [];

/**
 * Every lexicon hit of the text with its assertion and levels, in text order. With `categorisedOnly`,
 * hits without a category (read only for their context, like acuity words) are left out of the result.
 */
export function annotate(text: string, categorisedOnly = false): Annotation[] {
  const hits = matchTerms(text);
  // Most blocks of a page name no term: they need no sentences and no triggers.
  if (hits.length === 0) return [];
  const triggers = findTriggers(text);
  const sentences = splitSentences(text);
  const annotations: Annotation[] = [];
  const scopes = new Scopes(text, triggers);
  let h = 0;
  // "L4-5: disc bulge, ...": a level written as a header names the level of the paragraph under it.
  let headerLevel: LevelSpan | null = null;
  // The level spans tied to each finding of the sentence, by the finding's place in it (no object keys
  // to hash); emptied for the next sentence.
  const owner: (LevelSpan[] | undefined)[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const endsWithColon = colonAtEnd(text, sentence);
    if (h >= hits.length || (hits[h] as TermHit).start >= sentence.end) {
      if (endsWithColon) headerLevel = null;
      continue;
    }
    const first = h;
    let allLevels = true;
    for (; h < hits.length && (hits[h] as TermHit).start < sentence.end; h++) {
      if (!(hits[h] as TermHit).level) allLevels = false;
    }
    if (h - first > 1) attachLevels(text, hits, first, h, owner);
    const isHeader = endsWithColon && allLevels;
    if (isHeader) headerLevel = (hits[first] as TermHit).level;
    else if (endsWithColon && sentence.end - sentence.start < 80) headerLevel = null;
    for (let i = first; i < h; i++) {
      const hit = hits[i] as TermHit;
      const category = hit.concept.category;
      if (categorisedOnly && category === null) continue;
      const own = hit.level ? [hit.level] : (owner[i - first] ?? NONE);
      const levelSpans = own.length === 0 && headerLevel && category ? [headerLevel] : own;
      annotations.push({
        start: hit.start,
        end: hit.end,
        text: hit.text,
        concept: hit.concept.id,
        category,
        assertion: hit.concept.assertion ?? scopes.assertionOf(sentence, hit.start, hit.end),
        // One span's levels are sorted already; shared, since nothing downstream changes them.
        levels:
          levelSpans.length === 0
            ? NO_LEVELS
            : levelSpans.length === 1
              ? (levelSpans[0] as LevelSpan).levels
              : sortLevels(levelSpans.flatMap((span) => span.levels)),
        levelSpans,
        sentence: index,
        inHeader: endsWithColon,
      });
    }
    if (owner.length > 0) owner.length = 0;
  }
  return annotations;
}
