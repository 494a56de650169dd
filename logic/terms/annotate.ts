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

/**
 * Ties each level word of a sentence to one finding: the one it modifies, else the one it follows,
 * else a finding just after it. One sweep over the sentence's hits, so long sentences stay linear.
 */
function attachLevels(text: string, hits: TermHit[], owner: Map<TermHit, LevelSpan[]>): void {
  const isAnchor = (hit: TermHit) => hit.concept.category !== null && hit.concept.category !== 'level';
  const nextAnchor: (TermHit | undefined)[] = [];
  for (let i = hits.length - 1, next: TermHit | undefined; i >= 0; i--) {
    nextAnchor[i] = next;
    if (isAnchor(hits[i] as TermHit)) next = hits[i];
  }
  let previous: TermHit | undefined;
  hits.forEach((hit, i) => {
    if (!hit.level) {
      if (isAnchor(hit)) previous = hit;
      return;
    }
    const next = nextAnchor[i];
    const gapNext = next && next.start - hit.end <= MAX_MODIFIER_CHARS ? text.slice(hit.end, next.start) : null;
    const gapPrevious =
      previous && hit.start - previous.end <= MAX_BACK_CHARS ? text.slice(previous.end, hit.start) : null;
    // A nearer level in between ("stenosis at L4-5 with L3 fracture") is the one the finding is about.
    const following = hits[i + 1];
    const levelBetween = following?.level !== null && following !== undefined && following !== next;
    let target: TermHit | undefined;
    if (next && gapNext !== null && MODIFIER.test(gapNext)) target = next;
    else if (
      previous &&
      gapPrevious !== null &&
      countWords(gapPrevious) <= MAX_BACK_WORDS &&
      !CLAUSE_BREAK.test(gapPrevious)
    ) {
      target = previous;
    } else if (next && gapNext !== null && countWords(gapNext) <= 6 && !levelBetween) target = next;
    if (target) owner.set(target, [...(owner.get(target) ?? []), hit.level]);
  });
}

const NONE: LevelSpan[] = [];

/** Every lexicon hit of the text with its assertion and levels, in text order. */
export function annotate(text: string): Annotation[] {
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
  const owner = new Map<TermHit, LevelSpan[]>();
  sentences.forEach((sentence: Sentence, index) => {
    const endsWithColon = colonAtEnd(text, sentence);
    if (h >= hits.length || (hits[h] as TermHit).start >= sentence.end) {
      if (endsWithColon) headerLevel = null;
      return;
    }
    const inSentence: TermHit[] = [];
    while (h < hits.length && (hits[h] as TermHit).start < sentence.end) inSentence.push(hits[h++] as TermHit);
    if (inSentence.length > 1) attachLevels(text, inSentence, owner);
    const isHeader = endsWithColon && inSentence.every((hit) => hit.level);
    if (isHeader) headerLevel = inSentence.find((hit) => hit.level)?.level ?? null;
    else if (endsWithColon && sentence.end - sentence.start < 80) headerLevel = null;
    for (const hit of inSentence) {
      const own = hit.level ? [hit.level] : (owner.get(hit) ?? NONE);
      const levelSpans = own.length === 0 && headerLevel && hit.concept.category ? [headerLevel] : own;
      annotations.push({
        start: hit.start,
        end: hit.end,
        text: hit.text,
        concept: hit.concept.id,
        category: hit.concept.category,
        assertion: hit.concept.assertion ?? scopes.assertionOf(sentence, hit.start, hit.end),
        // One span's levels are sorted already; shared, since nothing downstream changes them.
        levels:
          levelSpans.length === 1
            ? (levelSpans[0] as LevelSpan).levels
            : sortLevels(levelSpans.flatMap((span) => span.levels)),
        levelSpans,
        sentence: index,
        inHeader: endsWithColon,
      });
    }
  });
  return annotations;
}
