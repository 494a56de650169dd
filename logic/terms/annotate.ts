import { findTriggers, SentenceContext } from '../assertion/context';
import { type Sentence, splitSentences } from '../assertion/sentences';
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
// "L1 vertebral body wedge"): anything else means the level belongs to the finding before it.
const MODIFIER =
  /^(?:[\s,/-]+|and|or|the|vertebral|vertebrae?|vertebra[el]|body|bodies|levels?|acute|subacute|chronic|old|new|recent|mild|moderate|severe|minimal|marked|superior|inferior|anterior|posterior|end ?plate|[CTLS]\d{1,2}|\d{1,3}\s?%|percent)*$/i;
const MAX_BACK_WORDS = 12;
// Words that start a new clause: a level after them is not about the finding before them.
const CLAUSE_BREAK = /\b(?:then|followed|also|while|whereas|which|where|after|before|but)\b/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ties each level word of a sentence to one finding: the one it modifies, else the one it follows. */
function attachLevels(text: string, hits: TermHit[], owner: Map<TermHit, LevelSpan[]>): void {
  const anchors = hits.filter((hit) => hit.concept.category !== null && hit.concept.category !== 'level');
  for (const hit of hits) {
    if (!hit.level) continue;
    const next = anchors.find((anchor) => anchor.start >= hit.end);
    const previous = anchors.findLast((anchor) => anchor.end <= hit.start);
    const gapNext = next ? text.slice(hit.end, next.start) : '';
    const gapPrevious = previous ? text.slice(previous.end, hit.start) : '';
    // A nearer level in between ("stenosis at L4-5 with L3 fracture") is the one the finding is about.
    const levelBetween = hits.some((other) => other.level && other.start >= hit.end && next && other.end <= next.start);
    let target: TermHit | undefined;
    if (next && MODIFIER.test(gapNext)) target = next;
    else if (previous && wordCount(gapPrevious) <= MAX_BACK_WORDS && !CLAUSE_BREAK.test(gapPrevious)) target = previous;
    else if (next && wordCount(gapNext) <= 6 && !levelBetween) target = next;
    if (target) owner.set(target, [...(owner.get(target) ?? []), hit.level]);
  }
}

/** Every lexicon hit of the text with its assertion and levels, in text order. */
export function annotate(text: string): Annotation[] {
  const hits = matchTerms(text);
  const triggers = findTriggers(text);
  const sentences = splitSentences(text);
  const annotations: Annotation[] = [];
  let h = 0;
  let t = 0;
  // "L4-5: disc bulge, ...": a level written as a header names the level of the paragraph under it.
  let headerLevel: LevelSpan | null = null;
  sentences.forEach((sentence: Sentence, index) => {
    const inSentence: TermHit[] = [];
    while (h < hits.length && (hits[h] as TermHit).start < sentence.end) inSentence.push(hits[h++] as TermHit);
    const sentenceTriggers = [];
    while (t < triggers.length && (triggers[t] as { start: number }).start < sentence.end) {
      sentenceTriggers.push(triggers[t++] as (typeof triggers)[number]);
    }
    const context = new SentenceContext(text, sentence, sentenceTriggers);
    const owner = new Map<TermHit, LevelSpan[]>();
    attachLevels(text, inSentence, owner);
    const isHeader = /:\s*$/.test(text.slice(sentence.start, sentence.end)) && inSentence.every((hit) => hit.level);
    if (isHeader) headerLevel = inSentence.find((hit) => hit.level)?.level ?? null;
    else if (/^\s*[A-Z][A-Z ,/&()'-]+:\s*$/.test(text.slice(sentence.start, sentence.end))) headerLevel = null;
    for (const hit of inSentence) {
      const own = hit.level ? [hit.level] : (owner.get(hit) ?? []);
      const levelSpans = own.length === 0 && headerLevel && hit.concept.category ? [headerLevel] : own;
      annotations.push({
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        concept: hit.concept.id,
        category: hit.concept.category,
        assertion: hit.concept.assertion ?? context.assertionOf(hit.start, hit.end),
        levels: sortLevels(levelSpans.flatMap((span) => span.levels)),
        levelSpans,
        sentence: index,
        inHeader: isHeader || /:\s*$/.test(text.slice(sentence.start, sentence.end)),
      });
    }
  });
  return annotations;
}
