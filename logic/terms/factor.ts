/**
 * The lexicon's alternation, factored by first letter: "fractures?|fxs?|flattened ..." becomes
 * "f(?:ractures?|xs?|lattened ...)", so V8 tests a first letter once per group instead of once per
 * phrase, and phrases that start with a group of choices are written out per choice where the size
 * budget allows ("(?:loss|decrease) of" → "loss of", "decrease of"). Together they read a big page in
 * 60 % of the flat alternation's time. It matches exactly what the flat alternation matches: a phrase
 * moves ahead only past phrases that cannot start with its letter, so at any place the phrases are still
 * tried in their order.
 */

/** The top-level alternatives of a pattern source ("a|(?:b|c)" → "a", "(?:b|c)"). */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Characters a match may start with, lower-cased; null for any character. */
type Firsts = Set<string> | null;
interface Read {
  firsts: Firsts;
  /** The part can match nothing at all ("(?:a )?", a lookahead), so what follows it may come first. */
  empty: boolean;
  next: number;
}

const union = (a: Firsts, b: Firsts): Firsts => (a === null || b === null ? null : new Set([...a, ...b]));
const DIGITS = '0123456789';

/** The index of the bracket closing the group or class opened at `open` (a bracket in a class is a character). */
export function closingBracket(source: string, open: number): number {
  const opener = source[open];
  const closer = opener === '[' ? ']' : ')';
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (opener === '(' && inClass) inClass = ch !== ']';
    else if (opener === '(' && ch === '[') inClass = true;
    else if (ch === opener && opener === '(') depth++;
    else if (ch === closer && (opener === '[' || --depth === 0)) return i;
  }
  throw new Error(`Unclosed ${opener} in lexicon pattern "${source}"`);
}

/** The characters a class ("[RLB]", "[a-c]", "[\d.]") holds; null when it is negated or holds \w or \s. */
function classFirsts(body: string): Firsts {
  if (body.startsWith('^')) return null;
  const set = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let ch = body[i] as string;
    if (ch === '\\') {
      const escaped = body[++i];
      if (escaped === 'd') for (const digit of DIGITS) set.add(digit);
      else if (escaped && /[wsWSD]/.test(escaped)) return null;
      else if (escaped) set.add(escaped.toLowerCase());
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const last = body[i + 2] as string;
      for (let code = ch.charCodeAt(0); code <= last.charCodeAt(0); code++)
        set.add(String.fromCharCode(code).toLowerCase());
      i += 2;
      continue;
    }
    ch = ch.toLowerCase();
    set.add(ch);
  }
  return set;
}

/** Reads one atom at `i` with its quantifier. */
function atom(source: string, i: number): Read {
  const ch = source[i] as string;
  let firsts: Firsts;
  let empty = false;
  let next: number;
  if (ch === '(') {
    const end = closingBracket(source, i);
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      // A lookaround matches no character: what comes after it starts the match.
      return { firsts: new Set(), empty: true, next: end + 1 };
    }
    const inner = source.slice(i + (source[i + 1] === '?' ? 3 : 1), end);
    const reads = splitAlternatives(inner).map((alternative) => sequence(alternative));
    firsts = reads.reduce<Firsts>((all, read) => union(all, read.firsts), new Set());
    empty = reads.some((read) => read.empty);
    next = end + 1;
  } else if (ch === '[') {
    const end = closingBracket(source, i);
    firsts = classFirsts(source.slice(i + 1, end));
    next = end + 1;
  } else if (ch === '\\') {
    const escaped = source[i + 1] as string;
    next = i + 2;
    if (escaped === 'b' || escaped === 'B') return { firsts: new Set(), empty: true, next };
    firsts = escaped === 'd' ? new Set(DIGITS) : /[wsWSD]/.test(escaped) ? null : new Set([escaped.toLowerCase()]);
  } else if (ch === '^' || ch === '$') {
    return { firsts: new Set(), empty: true, next: i + 1 };
  } else {
    firsts = ch === '.' ? null : new Set([ch.toLowerCase()]);
    next = i + 1;
  }
  const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(next));
  if (quantifier) {
    const q = quantifier[0];
    empty ||= q.startsWith('?') || q.startsWith('*') || quantifier[1] === '0';
    next += q.length;
  }
  return { firsts, empty, next };
}

/** The first characters of a sequence of atoms: those of each atom up to the first that cannot be empty. */
function sequence(source: string): Read {
  let firsts: Firsts = new Set();
  for (let i = 0; i < source.length; ) {
    const read = atom(source, i);
    firsts = union(firsts, read.firsts);
    if (!read.empty || firsts === null) return { firsts, empty: false, next: source.length };
    i = read.next;
  }
  return { firsts, empty: true, next: source.length };
}

/** The lower-cased characters a pattern's match can start with, or null when any character can. */
export function firstCharacters(source: string): Firsts {
  const read = sequence(source);
  return read.empty ? null : read.firsts;
}

/**
 * A phrase whose first part is a group of choices, written as one phrase per choice, so that each can
 * start with a letter and join its letter's group: "(?:loss|decrease) of X" → "loss of X", "decrease of
 * X"; an optional group "(?:mild )?X" → "mild X", "X". The same tries in the same order, so the same
 * matches (a greedy "?" tries the group first). A repeated group ("(?:a )*", "+", "{0,2}") stays.
 */
export function distributeLeadingGroup(phrase: string): string[] {
  if (!phrase.startsWith('(?:')) return [phrase];
  const end = closingBracket(phrase, 0);
  const optional = phrase[end + 1] === '?' && phrase[end + 2] !== '?';
  if (!optional && /^[*+{?]/.test(phrase.slice(end + 1))) return [phrase];
  const rest = phrase.slice(end + 1 + (optional ? 1 : 0));
  const choices = splitAlternatives(phrase.slice(3, end)).map((choice) => choice + rest);
  if (optional) choices.push(rest);
  return choices.flatMap(distributeLeadingGroup);
}

/**
 * The alternatives factored by first letter, with as many leading groups distributed as fit in
 * `maxChars`, those that grow the source least first. A phrase that starts with a group costs V8 about
 * six times one that starts with a letter, but distributing writes text again, and past V8's size limit
 * (regexp-budget.ts) the whole expression is 18 times slower: so the rules that grow the lexicon take
 * back distribution first, never speed.
 */
export function factorWithin(alternatives: readonly string[], maxChars: number): string {
  const spread = alternatives.map(distributeLeadingGroup);
  const growth = spread.map((phrases, i) => phrases.join('|').length - (alternatives[i] as string).length);
  const candidates = spread
    .map((_, i) => i)
    .filter((i) => (spread[i] as string[]).length > 1)
    .sort((a, b) => (growth[a] as number) - (growth[b] as number));
  const build = (count: number) => {
    const chosen = new Set(candidates.slice(0, count));
    return factorByFirstLetter(
      alternatives.flatMap((phrase, i) => (chosen.has(i) ? (spread[i] as string[]) : [phrase])),
    );
  };
  // Growth adds up nearly as the source grows: take candidates while their sum fits, then check the
  // real length and give back the last ones if grouping turned out longer.
  const room = maxChars - factorByFirstLetter(alternatives).length;
  let count = 0;
  for (
    let sum = 0;
    count < candidates.length && sum + (growth[candidates[count] as number] as number) <= room;
    count++
  ) {
    sum += growth[candidates[count] as number] as number;
  }
  let source = build(count);
  while (count > 0 && source.length > maxChars) source = build(--count);
  return source;
}

/** A phrase that starts with one plain letter or digit, not repeated or made optional ("fx", not "[RL]E"). */
const LETTER_FIRST = /^[a-z0-9](?![?*+{])/i;

/**
 * The alternatives as one factored alternation (case-insensitive use: a group's letter is written lower
 * case). A phrase joins the group of its first letter unless a phrase between could also start with that
 * letter; then it starts a new group, so the order of trial at any place is the flat alternation's.
 */
export function factorByFirstLetter(alternatives: readonly string[]): string {
  const parts: { letter: string | null; members: string[] }[] = [];
  const open = new Map<string, { letter: string | null; members: string[] }>();
  for (const alternative of alternatives) {
    if (LETTER_FIRST.test(alternative)) {
      const letter = (alternative[0] as string).toLowerCase();
      const group = open.get(letter);
      if (group) group.members.push(alternative.slice(1));
      else {
        const created = { letter, members: [alternative.slice(1)] };
        parts.push(created);
        open.set(letter, created);
      }
      continue;
    }
    parts.push({ letter: null, members: [alternative] });
    const firsts = firstCharacters(alternative);
    if (firsts === null) open.clear();
    else for (const ch of firsts) open.delete(ch);
  }
  return parts
    .map((part) => (part.letter === null ? part.members[0] : `${part.letter}(?:${part.members.join('|')})`))
    .join('|');
}
