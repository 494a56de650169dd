import type { Assertion } from '../terms/mention';
import { withinBudget } from '../terms/regexp-budget';

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
 * All triggers as one expression, longest phrase first so that "no change" (pseudo) wins over "no"
 * and "history of present illness" over "history of" at the same position.
 */
export function compileTriggers(triggers: Trigger[]): (text: string) => TriggerHit[] {
  const byPhrase = mergeTriggers(triggers);
  // Every phrase starts and ends with a word character, so word boundaries say what lookarounds would
  // (no word character next to it), and the engine tests them a third faster on a big page.
  const phrases = [...byPhrase.keys()];
  const unbounded = phrases.find((phrase) => !/^\w(?:.*\w)?$/.test(phrase));
  if (unbounded !== undefined) {
    throw new Error(`A trigger phrase must start and end with a word character: "${unbounded}"`);
  }
  const pattern = withinBudget(new RegExp(`\\b${trieSource(phrases)}\\b`, 'gi'), 'The trigger expression');
  // The phrase as the text spells it ("No", "no", "NO"), so each spelling is normalised once, not per hit.
  const bySpelling = new Map<string, CompiledTrigger | null>();
  const triggerOf = (words: string): CompiledTrigger | undefined => {
    const known = bySpelling.get(words);
    if (known !== undefined) return known ?? undefined;
    const trigger = byPhrase.get(words.toLowerCase().replace(/\s+/g, ' '));
    if (bySpelling.size < 5000) bySpelling.set(words, trigger ?? null);
    return trigger;
  };
  return (text) => {
    const hits: TriggerHit[] = [];
    // One compiled expression reused (compiling a copy per call cost more than the scan on small blocks).
    const scan = pattern;
    scan.lastIndex = 0;
    for (let match = scan.exec(text); match; match = scan.exec(text)) {
      const words = match[0];
      const trigger = triggerOf(words);
      if (trigger) hits.push({ start: match.index, end: match.index + words.length, trigger });
    }
    return hits;
  };
}
