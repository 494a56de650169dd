import type { Assertion } from '../terms/mention';

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
}

export interface TriggerHit {
  start: number;
  end: number;
  trigger: Trigger;
}

function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * All triggers as one expression, longest phrase first so that "no change" (pseudo) wins over "no"
 * and "history of present illness" over "history of" at the same position.
 */
export function compileTriggers(triggers: Trigger[]): (text: string) => TriggerHit[] {
  const byPhrase = new Map<string, Trigger>();
  for (const trigger of triggers) {
    const key = trigger.phrase.toLowerCase().replace(/\s+/g, ' ');
    if (!byPhrase.has(key) || trigger.kind === 'pseudo') byPhrase.set(key, trigger);
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w])(?:${phrases.map(escapePhrase).join('|')})(?![\\w])`, 'gi');
  return (text) => {
    const hits: TriggerHit[] = [];
    const scan = new RegExp(pattern.source, pattern.flags);
    for (let match = scan.exec(text); match; match = scan.exec(text)) {
      const trigger = byPhrase.get(match[0].toLowerCase().replace(/\s+/g, ' '));
      if (trigger) hits.push({ start: match.index, end: match.index + match[0].length, trigger });
    }
    return hits;
  };
}
