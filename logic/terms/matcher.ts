import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import { closingBracket, factorWithin, splitAlternatives } from './factor';
import { type Concept, LEXICON, REGION_PATTERN } from './lexicon';
import { OPTIMISED_SOURCE_CHARS, withinBudget } from './regexp-budget';

const LEVEL_CONCEPT: Concept = { id: 'level', category: 'level', patterns: [] };
const REGION_CONCEPT: Concept = { id: 'region', category: 'level', patterns: [] };

// Rules whose patterns start with a symbol ("#") are read in a branch of their own, after the words: one
// such alternative among the words' costs V8 its quick test of a match's first character, which doubled
// the time of the whole pass. A symbol and a word never start at one place, so no match changes.
const startsWithSymbol = (concept: Concept) => concept.patterns.every((pattern) => /^[^\w\\([]/.test(pattern));
const WORD_RULES = LEXICON.filter((concept) => !startsWithSymbol(concept));
const SYMBOL_RULES = LEXICON.filter(startsWithSymbol);
const CONCEPTS: Concept[] = [...WORD_RULES, LEVEL_CONCEPT, REGION_CONCEPT, ...SYMBOL_RULES];
const WORD_SOURCES = [
  ...WORD_RULES.map((concept) => concept.patterns.join('|')),
  LEVEL_SOURCE.replace(/\((?!\?)/g, '(?:'),
  REGION_PATTERN,
];
const SYMBOL_SOURCES = SYMBOL_RULES.map((concept) => concept.patterns.join('|'));
const bounded = (source: string) => `(?<![\\w])(?:${source})(?![\\w])`;
/** How long the factored word branch may grow by distributing groups: the budget less room for the rest. */
const FACTORED_CHARS = OPTIMISED_SOURCE_CHARS - 1024;

/** The word branch, then the symbol branch, each source made by `each` (plain or one group per rule). */
const branches = (each: (sources: string[]) => string) =>
  [WORD_SOURCES, SYMBOL_SOURCES]
    .filter((sources) => sources.length > 0)
    .map((sources) => bounded(each(sources)))
    .join('|');

/**
 * The whole lexicon as one regular expression, so the text is read once, left to right. Phrases are
 * alternations of literals with bounded repetition only, which keeps matching linear in the text, and
 * are grouped by first letter (factor.ts) without changing any match. Terms start and end on word
 * boundaries (lookarounds, since some phrases end in "%"). No capture groups: a match array with one
 * slot per concept costs more than the match itself.
 */
export function lexiconPattern(): RegExp {
  return withinBudget(
    new RegExp(
      branches((sources) => factorWithin(sources.flatMap(splitAlternatives), FACTORED_CHARS)),
      'gi',
    ),
    'The lexicon expression',
  );
}

/** The same alternation unfactored: what the factored one must match exactly (tests compare them). */
export function flatLexiconPattern(): RegExp {
  return new RegExp(
    branches((sources) => sources.join('|')),
    'gi',
  );
}

// Which concept matched: the same alternation with one group per concept, run only where the plain
// pattern matched and only for words not seen before (reports repeat the same words). One expression,
// so a fresh page compiles it once.
const IDENTIFY = withinBudget(
  new RegExp(
    branches((sources) => sources.map((source) => `(${source})`).join('|')),
    'iy',
  ),
  'The lexicon expression with a group per rule',
);

/** Words read before: what they mean, and the first string that spelled them. */
interface Known {
  concept: Concept;
  words: string;
}
// By the words as written: a report spells a term the same way each time, so no lower-casing. Hits keep
// the first string, not each match's own copy: a page's annotations then share a few dozen strings.
const knownWords = new Map<string, Known>();

function identify(text: string, start: number, words: string): Concept | undefined {
  IDENTIFY.lastIndex = start;
  const match = IDENTIFY.exec(text);
  if (!match) return undefined;
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  const concept = CONCEPTS[group - 1];
  // Words a context-dependent concept could mean ("osteoporotic" before a fracture noun, "MM" not after
  // a number) mean different things in different places: never cached.
  if (concept && !CONTEXTUAL_WORDS.test(words) && knownWords.size < 5000) knownWords.set(words, { concept, words });
  return concept;
}

/** A pattern source without its lookarounds: the words it can match, whatever stands around them. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const open = /^\((?:\?=|\?!|\?<=|\?<!)/.exec(source.slice(i, i + 4));
    if (!open || source[i - 1] === '\\') {
      out += source[i];
      continue;
    }
    i = closingBracket(source, i);
  }
  return out;
}

const LOOKAROUND = /\(\?<?[=!]/;
// Every pattern that looks around, stripped of its lookarounds, as one test of whole words.
const CONTEXTUAL_WORDS = new RegExp(
  `^(?:${CONCEPTS.flatMap((c) => c.patterns.filter((p) => LOOKAROUND.test(p)).map(withoutLookarounds)).join('|')})$`,
  'i',
);

/** Capitals-only shorthand written in capitals (a plural "s" may follow): "CF", "CFs", not "cf.". */
const inCapitals = (words: string) => /^[A-Z]+s?$/.test(words) || words === 'Ca';

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A number just before (a space between at most): "5 MM", "3.5CM"; not a level ("L1 CF"). */
function afterNumber(text: string, at: number): boolean {
  let i = text.charCodeAt(at - 1) === 32 ? at - 2 : at - 1;
  if (!isDigit(text.charCodeAt(i))) return false;
  while (i > 0 && (isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  return !isLetter(text.charCodeAt(i - 1));
}

const PATTERN = lexiconPattern();

/**
 * Reads the lexicon hits of a text one at a time, in text order, non-overlapping. The current hit is
 * the reader's own fields, overwritten by each `next()`: a big page has tens of thousands of hits, and
 * only the annotations made from them are kept, so no object or array slot is made per hit.
 */
export class TermReader {
  start = 0;
  end = 0;
  /** The words as the text has them. */
  text = '';
  concept: Concept = LEVEL_CONCEPT;
  /** For level words, the levels; null for every other hit. */
  level: LevelSpan | null = null;
  /** Where the search for the next hit starts. */
  private from = 0;

  constructor(private readonly source: string) {}

  /** Moves to the next hit; false when there is none left. */
  next(): boolean {
    const text = this.source;
    // One pattern serves every reader: each search starts from the reader's own place.
    PATTERN.lastIndex = this.from;
    for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
      const start = match.index;
      const known = knownWords.get(match[0]);
      const words = known ? known.words : match[0];
      const concept = known ? known.concept : identify(text, start, words);
      if (!concept || (concept.capitals && !(inCapitals(words) && !afterNumber(text, start)))) continue;
      if (concept !== LEVEL_CONCEPT) {
        this.from = PATTERN.lastIndex;
        this.start = start;
        this.end = start + words.length;
        this.text = words;
        this.concept = concept;
        this.level = null;
        return true;
      }
      // Level words are re-read where they stand, case-sensitively, and skipped when they are not levels.
      const level = levelAt(text, start, words);
      if (!level) continue;
      this.from = PATTERN.lastIndex;
      this.start = level.start;
      this.end = level.end;
      this.text = level.text;
      this.concept = concept;
      this.level = level;
      return true;
    }
    this.from = text.length;
    return false;
  }
}
