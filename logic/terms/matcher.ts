import { LEVEL_SOURCE, type LevelSpan, levelAt } from '../spine/parse';
import { isDigit, isLetter } from './characters';
import { closingBracket, factorWithin, splitAlternatives } from './factor';
import { type Concept, LEXICON, REGION_PATTERN } from './lexicon';
import { compiledNow, OPTIMISED_SOURCE_CHARS, withinBudget } from './regexp-budget';

const LEVEL_CONCEPT: Concept = { id: 'level', category: 'level', patterns: [] };
const REGION_CONCEPT: Concept = { id: 'region', category: 'level', patterns: [] };

// Rules whose patterns start with a symbol ("#") are read in a branch of their own, after the words: one
// such alternative among the words' costs V8 its quick test of a match's first character, which doubled
// the time of the whole pass. A symbol and a word never start at one place, so no match changes.
const startsWithSymbol = (concept: Concept) => concept.patterns.every((pattern) => /^[^\w\\([]/.test(pattern));

/**
 * Rules only the case extractor reads (no category, neither a trap nor an anchor: pain, MRI, the treated
 * level, a fracture getting worse): expressions of their own, read beside the page's when a case is read. The
 * page never shows them, so a page that is only highlighted never reads them.
 */
const isCaseOnly = (concept: Concept) => concept.category === null && !concept.silent && !concept.anchor;

/** One expression's rules: its concepts in the order of its alternatives, and their sources. */
export interface Rules {
  concepts: Concept[];
  words: string[];
  symbols: string[];
}

export function rulesOf(rules: Concept[], levels: boolean): Rules {
  const words = rules.filter((concept) => !startsWithSymbol(concept));
  const symbols = rules.filter(startsWithSymbol);
  return {
    concepts: [...words, ...(levels ? [LEVEL_CONCEPT, REGION_CONCEPT] : []), ...symbols],
    words: [...words.map((concept) => concept.patterns.join('|')), ...(levels ? [LEVEL_SOURCE, REGION_PATTERN] : [])],
    symbols: symbols.map((concept) => concept.patterns.join('|')),
  };
}

/**
 * Rules in lexicon order, cut into as few expressions as keep each well under V8's limit (written flat, each at
 * most SET_CHARS, so the grouping by first letter has room to grow it). The levels go with the first set. A read
 * merges the sets' hits as one expression of all their rules would (MergedReader). Two smaller expressions read a
 * page faster than one at the limit (measured: 41 against 80 ms on 1.6 MB), so the page's rules are cut too, and a
 * new page rule never has to wait for room.
 */
function ruleSets(concepts: Concept[], levels: boolean): Rules[] {
  // The levels' sources count towards the first set, which they open.
  const sets: Concept[][] = levels ? [[]] : [];
  let size = levels ? LEVEL_SOURCE.length + REGION_PATTERN.length + 2 : 0;
  for (const concept of concepts) {
    const length = concept.patterns.join('|').length + 1;
    const last = sets[sets.length - 1];
    if (last && size + length <= SET_CHARS) {
      last.push(concept);
      size += length;
    } else {
      sets.push([concept]);
      size = length;
    }
  }
  return sets.map((set, i) => rulesOf(set, levels && i === 0));
}
const SET_CHARS = 14 * 1024;
/** The page's rules (and the levels): what the page highlights and every trap. */
export const PAGE_RULES = ruleSets(
  LEXICON.filter((concept) => !isCaseOnly(concept)),
  true,
);
/** The rules a case read needs besides the page's. */
export const CASE_RULES = ruleSets(LEXICON.filter(isCaseOnly), false);

const bounded = (source: string) => `(?<![\\w])(?:${source})(?![\\w])`;
/** How long the factored word branch may grow by distributing groups: the budget less room for the rest. */
const FACTORED_CHARS = OPTIMISED_SOURCE_CHARS - 1024;

/** The word branch, then the symbol branch, each source made by `each` (plain or one group per rule). */
const branches = (rules: Rules, each: (sources: string[]) => string) =>
  [rules.words, rules.symbols]
    .filter((sources) => sources.length > 0)
    .map((sources) => bounded(each(sources)))
    .join('|');

/**
 * The rules as one regular expression, so the text is read once, left to right. Phrases are
 * alternations of literals with bounded repetition only, which keeps matching linear in the text, and
 * are grouped by first letter (factor.ts) without changing any match. Terms start and end on word
 * boundaries (lookarounds, since some phrases end in "%"). No capture groups: a match array with one
 * slot per concept costs more than the match itself.
 */
export function lexiconPattern(rules: Rules, budget = withinBudget): RegExp {
  return budget(
    new RegExp(
      branches(rules, (sources) => factorWithin(sources.flatMap(splitAlternatives), FACTORED_CHARS)),
      'gi',
    ),
    'The lexicon expression',
  );
}

/** The same alternation unfactored: what the factored one must match exactly (tests compare them). */
export function flatLexiconPattern(rules: Rules): RegExp {
  return new RegExp(
    branches(rules, (sources) => sources.join('|')),
    'gi',
  );
}

/** Words read before: what they mean, and the first string that spelled them. */
interface Known {
  concept: Concept;
  words: string;
}

/** One expression's matching: the plain pattern, the one that says which rule matched, and what it has read. */
export class Matcher {
  readonly pattern: RegExp;
  // Which concept matched: the same alternation with one group per concept, run only where the plain
  // pattern matched and only for words not seen before (reports repeat the same words). One expression,
  // so a fresh page compiles it once.
  private readonly identifier: RegExp;
  // By the words as written: a report spells a term the same way each time, so no lower-casing. Hits keep
  // the first string, not each match's own copy: a page's annotations then share a few dozen strings.
  readonly known = new Map<string, Known>();
  // Every pattern that looks around, stripped of its lookarounds, as one test of whole words.
  private readonly contextual: RegExp;

  /** `budget` checks each expression's size; only a test's reference of every rule in one goes without. */
  constructor(
    private readonly rules: Rules,
    budget = withinBudget,
  ) {
    // Compiled now, before this matcher's identifier or any later matcher's expressions exist
    // (regexp-budget.ts): the expression that reads every word of a page is the one that must be optimised.
    this.pattern = compiledNow(lexiconPattern(rules, budget));
    this.identifier = budget(
      new RegExp(
        branches(rules, (sources) => sources.map((source) => `(${source})`).join('|')),
        'iy',
      ),
      'The lexicon expression with a group per rule',
    );
    const looking = rules.concepts.flatMap((c) => c.patterns.filter((p) => LOOKAROUND.test(p)).map(withoutLookarounds));
    this.contextual = new RegExp(`^(?:${looking.join('|')})$`, 'i');
  }

  identify(text: string, start: number, words: string): Concept | undefined {
    this.identifier.lastIndex = start;
    const match = this.identifier.exec(text);
    if (!match) return undefined;
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    const concept = this.rules.concepts[group - 1];
    // Words a context-dependent concept could mean ("osteoporotic" before a fracture noun, "MM" not after
    // a number) mean different things in different places: never cached.
    if (concept && !this.contextual.test(words) && this.known.size < 5000) this.known.set(words, { concept, words });
    return concept;
  }
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

/** Capitals-only shorthand written in capitals (a plural "s" may follow): "CF", "CFs", "ЯМР", not "cf.". */
const inCapitals = (words: string) => /^\p{Lu}+s?$/u.test(words) || words === 'Ca';

/**
 * A number just before (a space between at most): "5 MM", "3.5CM"; not a level ("L1 CF", "L-1 CF", "T9,10 CFs", "T11+12
 * CFs") nor a grade ("grade 2 CF L1", "Genant 1 CF T12").
 */
function afterNumber(text: string, at: number): boolean {
  let i = text.charCodeAt(at - 1) === 32 ? at - 2 : at - 1;
  if (!isDigit(text.charCodeAt(i))) return false;
  while (i > 0 && (isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  const before = text.charCodeAt(i - 1);
  return (
    !isLetter(before) &&
    !(before === 45 /* - */ && isLetter(text.charCodeAt(i - 2))) &&
    !((before === 44 /* , */ || before === 43) /* + */ && isDigit(text.charCodeAt(i - 2))) &&
    !GRADE_BEFORE.test(text.slice(Math.max(0, i - GRADE_CHARS), i))
  );
}
const GRADE_BEFORE = /\b(?:grade|gr\.?|Genant|SQ)\s?$/i;
const GRADE_CHARS = 8;

const PAGE = PAGE_RULES.map((rules) => new Matcher(rules));
// Built when a case is first read: a page that is only highlighted never compiles these rules.
let caseMatchers: Matcher[] | null = null;
const theCaseMatchers = () => (caseMatchers ??= CASE_RULES.map((rules) => new Matcher(rules)));

/** The page rules' expressions, the engine's own: what the page needs to find its terms (the benches' floor). */
export const pagePatterns = () => PAGE.map((matcher) => matcher.pattern);
/** The case rules' expressions: with the page's, what a case read needs to find its terms. */
export const caseLexiconPatterns = () => theCaseMatchers().map((matcher) => matcher.pattern);

/** One hit at a time, in text order: the reader's own fields are the current hit. */
export abstract class HitReader {
  start = 0;
  end = 0;
  /** The words as the text has them. */
  text = '';
  concept: Concept = LEVEL_CONCEPT;
  /** For level words, the levels; null for every other hit. */
  level: LevelSpan | null = null;
  /** Moves to the next hit; false when there is none left. */
  abstract next(): boolean;
}

/**
 * Reads one expression's hits of a text one at a time, in text order, non-overlapping. The current hit is the reader's own fields, overwritten by each `next()`: a big page
 * has tens of thousands of hits, and only the annotations made from them are kept, so no object or
 * array slot is made per hit.
 */
export class TermReader extends HitReader {
  /** Where the search for the next hit starts. */
  private from = 0;

  constructor(
    private readonly source: string,
    private readonly matcher: Matcher,
  ) {
    super();
  }

  next(): boolean {
    const text = this.source;
    const { pattern, known: knownWords } = this.matcher;
    // One pattern serves every reader: each search starts from the reader's own place.
    pattern.lastIndex = this.from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const known = knownWords.get(match[0]);
      const words = known ? known.words : match[0];
      const concept = known ? known.concept : this.matcher.identify(text, start, words);
      if (!concept || (concept.capitals && !(inCapitals(words) && !afterNumber(text, start)))) continue;
      if (concept !== LEVEL_CONCEPT) {
        this.from = pattern.lastIndex;
        this.start = start;
        this.end = start + words.length;
        this.text = words;
        this.concept = concept;
        this.level = null;
        return true;
      }
      // Level words are re-read where they stand, case-sensitively, and skipped when they are not levels.
      const level = levelAt(text, start, words);
      if (!level) {
        // Read on inside the rejected words: in "Joan's L1" the expression, blind to case, took "s L1" for a
        // level with OCR's "l" ("S l1"), which hid the L1 after it.
        pattern.lastIndex = start + 1;
        continue;
      }
      this.from = pattern.lastIndex;
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

  /** Reads on from `at` (a hit of another reader ended there): the next hit starting at or after it. */
  seek(at: number): boolean {
    this.from = at;
    return this.next();
  }
}

/** Each rule's place in the lexicon: where two hits start at one place, the earlier rule is read. */
const RANK = new Map<Concept, number>(LEXICON.map((concept, i) => [concept, i]));
// Level words came after every word rule in the one expression.
const rank = (concept: Concept) => RANK.get(concept) ?? LEXICON.length;

/**
 * The hits of several expressions' rules as one stream in text order, as one expression of all the rules would
 * read them: where two overlap, the one that starts first is read, and at one place the earlier rule ("further
 * collapse" is a fracture getting worse, not a collapse). The page, which reads its own rules only, still
 * highlights "collapse" there.
 */
export class MergedReader extends HitReader {
  /** One reader per expression. */
  private readonly readers: TermReader[];
  /** Whether each reader has a hit left (its fields hold it). */
  private readonly more: boolean[];
  /** Where the last hit read ends. */
  private readEnd = 0;

  constructor(source: string, matchers: Matcher[]) {
    super();
    this.readers = matchers.map((matcher) => new TermReader(source, matcher));
    this.more = this.readers.map((reader) => reader.next());
  }

  next(): boolean {
    const { readers, more } = this;
    let first = -1;
    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i] as TermReader;
      // A hit that starts inside the one read last lost its words to it: read on from where that one ends,
      // as the one expression would have.
      if (more[i] && reader.start < this.readEnd) more[i] = reader.seek(this.readEnd);
      if (!more[i]) continue;
      const best = readers[first];
      if (
        !best ||
        reader.start < best.start ||
        (reader.start === best.start && rank(reader.concept) < rank(best.concept))
      ) {
        first = i;
      }
    }
    const from = readers[first];
    if (!from) return false;
    this.start = from.start;
    this.end = from.end;
    this.text = from.text;
    this.concept = from.concept;
    this.level = from.level;
    this.readEnd = from.end;
    more[first] = from.next();
    return true;
  }
}

/** The page rules' hits of a text: what the page highlights. */
export const pageReader = (text: string): HitReader =>
  PAGE.length === 1 ? new TermReader(text, PAGE[0] as Matcher) : new MergedReader(text, PAGE);

/** Every rule's hits: what a case read needs. */
export function caseReader(text: string): HitReader {
  return new MergedReader(text, [...PAGE, ...theCaseMatchers()]);
}
