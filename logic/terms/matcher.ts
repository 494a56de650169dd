import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import { type Concept, LEXICON, REGION_PATTERN } from './lexicon';

/** One raw lexicon hit, before assertion: the concept it means and, for level words, the levels. */
export interface TermHit {
  start: number;
  end: number;
  /** The words as the text has them. */
  text: string;
  concept: Concept;
  level: LevelSpan | null;
}

const LEVEL_CONCEPT: Concept = { id: 'level', category: 'level', patterns: [] };
const REGION_CONCEPT: Concept = { id: 'region', category: 'level', patterns: [] };

const CONCEPTS: Concept[] = [...LEXICON, LEVEL_CONCEPT, REGION_CONCEPT];
const SOURCES = [
  ...LEXICON.map((concept) => concept.patterns.join('|')),
  LEVEL_SOURCE.replace(/\((?!\?)/g, '(?:'),
  REGION_PATTERN,
];
const bounded = (source: string) => `(?<![\\w])(?:${source})(?![\\w])`;

/**
 * The whole lexicon as one regular expression, so the text is read once, left to right. Phrases are
 * alternations of literals with bounded repetition only, which keeps matching linear in the text.
 * Terms start and end on word boundaries (lookarounds, since some phrases end in "%"). No capture
 * groups: a match array with one slot per concept costs more than the match itself.
 */
export function lexiconPattern(): RegExp {
  return new RegExp(bounded(SOURCES.join('|')), 'gi');
}

// Which concept matched: the same alternation with one group per concept, run only where the plain
// pattern matched and only for words not seen before (reports repeat the same words). One expression,
// so a fresh page compiles it once.
const IDENTIFY = new RegExp(bounded(SOURCES.map((source) => `(${source})`).join('|')), 'iy');
const conceptCache = new Map<string, Concept>();

function conceptAt(text: string, start: number, words: string): Concept | undefined {
  // The words as written first: a report spells a term the same way each time, so no lower-casing.
  const known = conceptCache.get(words);
  if (known) return known;
  IDENTIFY.lastIndex = start;
  const match = IDENTIFY.exec(text);
  if (!match) return undefined;
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  const concept = CONCEPTS[group - 1];
  // Acuity words look ahead to a fracture noun: their concept depends on context, so no caching.
  if (concept && concept.id !== 'acuity-word' && conceptCache.size < 5000) conceptCache.set(words, concept);
  return concept;
}

const PATTERN = lexiconPattern();

/** Every lexicon hit in the text, in order, non-overlapping. */
export function matchTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    const start = match.index;
    const words = match[0];
    const concept = conceptAt(text, start, words);
    if (!concept) continue;
    if (concept !== LEVEL_CONCEPT) {
      hits.push({ start, end: start + words.length, text: words, concept, level: null });
      continue;
    }
    // Level words are re-read where they stand, case-sensitively, and skipped when they are not levels.
    const level = levelAt(text, start, words);
    if (level) hits.push({ start: level.start, end: level.end, text: level.text, concept, level });
  }
  return hits;
}
