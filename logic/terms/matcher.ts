import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import { type Concept, LEXICON, REGION_PATTERN } from './lexicon';

/** One raw lexicon hit, before assertion: the concept it means and, for level words, the levels. */
export interface TermHit {
  start: number;
  end: number;
  concept: Concept;
  level: LevelSpan | null;
}

const LEVEL_CONCEPT: Concept = { id: 'level', category: 'level', patterns: [] };
const REGION_CONCEPT: Concept = { id: 'region', category: 'level', patterns: [] };

// Group names index the concepts: g0..gN for the lexicon, then the level token and the region words.
const GROUPS: Concept[] = [...LEXICON, LEVEL_CONCEPT, REGION_CONCEPT];
const SOURCES = [
  ...LEXICON.map((concept) => concept.patterns.join('|')),
  LEVEL_SOURCE.replace(/\((?!\?)/g, '(?:'),
  REGION_PATTERN,
];

/**
 * The whole lexicon as one regular expression, so the text is read once, left to right. Phrases are
 * alternations of literals with bounded repetition only, which keeps matching linear in the text.
 * Terms start and end on word boundaries (lookarounds, since some phrases end in "%").
 */
export function lexiconPattern(): RegExp {
  const body = SOURCES.map((source, i) => `(?<g${i}>${source})`).join('|');
  return new RegExp(`(?<![\\w])(?:${body})(?![\\w])`, 'gi');
}

const PATTERN = lexiconPattern();

function conceptOf(groups: Record<string, string | undefined>): number {
  for (let i = 0; i < GROUPS.length; i++) if (groups[`g${i}`] !== undefined) return i;
  return -1;
}

/** Every lexicon hit in the text, in order, non-overlapping. */
export function matchTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  const pattern = new RegExp(PATTERN.source, PATTERN.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const index = conceptOf(match.groups ?? {});
    const concept = GROUPS[index] as Concept;
    const start = match.index;
    const end = start + match[0].length;
    if (concept !== LEVEL_CONCEPT) {
      hits.push({ start, end, concept, level: null });
      continue;
    }
    // Level words are re-read where they stand, case-sensitively, and skipped when they are not levels.
    const level = levelAt(text, start);
    if (level) hits.push({ start: level.start, end: level.end, concept, level });
  }
  return hits;
}
