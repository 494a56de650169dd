import type { Assertion } from '../terms/mention';
import { OPTIMISED_SOURCE_CHARS, withinBudget } from '../terms/regexp-budget';

/** Assertion values a trigger can give (everything but the default, affirmed). */
export type Modifier = Exclude<Assertion, 'affirmed'>;

/**
 * A ConText rule: a phrase that modifies findings after it (forward), before it (backward) or both;
 * a pseudo-trigger that looks like one but is not ("no change"); or a termination term that ends the
 * scope of triggers of one kind (or all) ("but", "however").
 */
export interface Trigger {
  phrase: string;
  kind: Modifier | 'pseudo' | 'terminate';
  direction: 'forward' | 'backward' | 'both';
  /** For termination terms: the kind whose scope they end. */
  of?: Modifier;
  /**
   * The scope ends at a comma: a predicate whose object follows it at once ("may be posttraumatic or
   * postsurgical, vertebroplasty noted at T12": the vertebroplasty is not in question), or a state said
   * of the item just before it ("new L3 CF, MRI pending": the fracture is not pending).
   */
  clause?: boolean;
  /**
   * It says a condition has ended ("resolved"): it never modifies a procedure ("fusion in 2012 for a
   * radiculopathy, resolved": the fusion stands). A termination term with it ends scopes over conditions only.
   */
  conditions?: boolean;
  /**
   * It asks for something to be done ("referred for"): it modifies procedures and studies only, never the
   * condition a referral names ("referred for an incidental T12 wedge deformity").
   */
  requests?: boolean;
  /**
   * A termination term that ends only scopes running forward from their trigger: "with" starts a new finding after a
   * denial ("no retropulsion, with a new L2 fracture"), but a finding's own "with" keeps no judgement after it from
   * reaching back ("wedging of T8 with irregular endplates, a pattern typical of Scheuermann disease").
   */
  forwardOnly?: boolean;
}

/**
 * A phrase's one meaning after compiling: the rules that share a phrase merged. A termination term
 * ends the scopes of the kinds in `ends` (all kinds when `ends` is null).
 */
export interface CompiledTrigger {
  phrase: string;
  kind: Trigger['kind'];
  direction: Trigger['direction'];
  ends: ReadonlySet<Modifier> | null;
  /** Whether the scope ends at a comma, per direction: a phrase merged from two rules keeps each one's. */
  clauseForward: boolean;
  clauseBackward: boolean;
  conditions: boolean;
  requests: boolean;
  forwardOnly: boolean;
}

export interface TriggerHit {
  start: number;
  end: number;
  trigger: CompiledTrigger;
}

/**
 * Rules that share a phrase become one. The same kind twice merges (forward and backward make
 * "both"; termination terms end the union of their kinds); two kinds for one phrase ("rule out" as
 * hypothetical and as possible) is an error in the rule data, reported at compile time, never a
 * silent first-wins.
 */
export function mergeTriggers(triggers: Trigger[]): Map<string, CompiledTrigger> {
  const byPhrase = new Map<string, CompiledTrigger>();
  for (const trigger of triggers) {
    const key = trigger.phrase.toLowerCase().replace(/\s+/g, ' ');
    const ends = trigger.kind === 'terminate' && trigger.of ? new Set([trigger.of]) : null;
    const known = byPhrase.get(key);
    if (!known) {
      byPhrase.set(key, {
        phrase: key,
        kind: trigger.kind,
        direction: trigger.direction,
        ends,
        clauseForward: trigger.direction !== 'backward' && (trigger.clause ?? false),
        clauseBackward: trigger.direction !== 'forward' && (trigger.clause ?? false),
        conditions: trigger.conditions ?? false,
        requests: trigger.requests ?? false,
        forwardOnly: trigger.forwardOnly ?? false,
      });
      continue;
    }
    if (known.kind !== trigger.kind) {
      throw new Error(`Trigger "${key}" has two meanings: ${known.kind} and ${trigger.kind}. Keep one.`);
    }
    const direction = known.direction === trigger.direction ? known.direction : 'both';
    const merged = known.ends && ends ? new Set([...known.ends, ...ends]) : null;
    byPhrase.set(key, {
      ...known,
      direction,
      ends: merged,
      clauseForward: known.clauseForward || (trigger.direction !== 'backward' && (trigger.clause ?? false)),
      clauseBackward: known.clauseBackward || (trigger.direction !== 'forward' && (trigger.clause ?? false)),
      conditions: known.conditions || (trigger.conditions ?? false),
      requests: known.requests || (trigger.requests ?? false),
      forwardOnly: known.forwardOnly && (trigger.forwardOnly ?? false),
    });
  }
  return byPhrase;
}

type Trie = Map<string, Trie>;
const END = '';

/**
 * A trie of the phrases as one expression: common prefixes are written once ("rule (?:out|him ...)"),
 * so the engine tries a few branches per position instead of hundreds. Longer continuations come
 * before the phrase's end, so the longest phrase at a position wins.
 */
function trieSource(phrases: string[]): string {
  const root: Trie = new Map();
  for (const phrase of phrases) {
    let node = root;
    for (const char of phrase) node = node.get(char) ?? (node.set(char, new Map()).get(char) as Trie);
    node.set(END, new Map());
  }
  const write = (node: Trie): string => {
    // Letters and digits that go on the same way are one class: "in 20(?:0|1|...|9)" is "in 20[0-9]"-like. The
    // branches start with different characters, so merging them changes no match.
    const bySuffix = new Map<string, string[]>();
    const branches: string[] = [];
    for (const key of node.keys()) {
      if (key === END) continue;
      const suffix = write(node.get(key) as Trie);
      if (!/^[a-z0-9]$/i.test(key)) {
        branches.push(escapeChar(key) + suffix);
        continue;
      }
      const chars = bySuffix.get(suffix);
      if (chars) chars.push(key);
      else bySuffix.set(suffix, [key]);
    }
    for (const [suffix, chars] of bySuffix)
      branches.push((chars.length === 1 ? chars[0] : `[${chars.join('')}]`) + suffix);
    if (node.has(END)) branches.push('');
    if (branches.length === 1) return branches[0] as string;
    return `(?:${branches.join('|')})`;
  };
  return write(root);
}

function escapeChar(char: string): string {
  return char === ' ' ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The phrases grouped by first letter into as few expressions as stay under V8's optimising limit
 * (regexp-budget.ts). Phrases in different groups never start with the same character, so at any place
 * at most one group can match: reading the groups' next hits in step gives what one expression would.
 */
function triggerPatterns(phrases: string[], groupChars: number): RegExp[] {
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = (phrase[0] as string).toLowerCase();
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  // Each letter's trie is one branch of the whole trie, so a group's source is about the sum of its letters'.
  const groups: string[][] = [];
  let size = 0;
  for (const letter of [...byFirst.keys()].sort()) {
    const own = byFirst.get(letter) as string[];
    const length = trieSource(own).length + 1;
    const last = groups[groups.length - 1];
    if (last && size + length <= groupChars) {
      last.push(...own);
      size += length;
    } else {
      groups.push([...own]);
      size = length;
    }
  }
  return groups.map((group) => withinBudget(new RegExp(`\\b${trieSource(group)}\\b`, 'gi'), 'A trigger expression'));
}

/** A group's room: the budget less what the word boundaries and the outer group add. */
const GROUP_CHARS = OPTIMISED_SOURCE_CHARS - 64;

/**
 * All triggers as a few expressions read in step, longest phrase first so that "no change" (pseudo) wins
 * over "no" and "history of present illness" over "history of" at the same position. `groupChars` is each
 * expression's room (a test makes it small to read the rules in many groups).
 */
export function compileTriggers(triggers: Trigger[], groupChars = GROUP_CHARS): (text: string) => TriggerHit[] {
  const byPhrase = mergeTriggers(triggers);
  // Every phrase starts and ends with a word character, so word boundaries say what lookarounds would
  // (no word character next to it), and the engine tests them a third faster on a big page.
  const phrases = [...byPhrase.keys()];
  const unbounded = phrases.find((phrase) => !/^\w(?:.*\w)?$/.test(phrase));
  if (unbounded !== undefined) {
    throw new Error(`A trigger phrase must start and end with a word character: "${unbounded}"`);
  }
  const patterns = triggerPatterns(phrases, groupChars);
  // The phrase as the text spells it ("No", "no", "NO"), so each spelling is normalised once, not per hit.
  const bySpelling = new Map<string, CompiledTrigger | null>();
  const triggerOf = (words: string): CompiledTrigger | undefined => {
    const known = bySpelling.get(words);
    if (known !== undefined) return known ?? undefined;
    const trigger = byPhrase.get(words.toLowerCase().replace(/\s+/g, ' '));
    if (bySpelling.size < 5000) bySpelling.set(words, trigger ?? null);
    return trigger;
  };
  // Each expression's next match at or after the place read to: compiled once and reused (compiling a copy
  // per call cost more than the scan on small blocks).
  const next: (RegExpExecArray | null)[] = patterns.map(() => null);
  const matchFrom = (i: number, text: string, from: number) => {
    const pattern = patterns[i] as RegExp;
    pattern.lastIndex = from;
    next[i] = pattern.exec(text);
  };
  return (text) => {
    const hits: TriggerHit[] = [];
    for (let i = 0; i < patterns.length; i++) matchFrom(i, text, 0);
    for (let from = 0; ; ) {
      let first = -1;
      for (let i = 0; i < patterns.length; i++) {
        const match = next[i];
        // A match that starts inside the last hit lost its words to it: look again from where that ends.
        if (match && match.index < from) matchFrom(i, text, from);
        const index = next[i]?.index ?? Number.POSITIVE_INFINITY;
        if (index < (next[first]?.index ?? Number.POSITIVE_INFINITY)) first = i;
      }
      const match = next[first];
      if (!match) return hits;
      const words = match[0];
      from = match.index + words.length;
      matchFrom(first, text, from);
      const trigger = triggerOf(words);
      if (trigger) hits.push({ start: match.index, end: from, trigger });
    }
  };
}
