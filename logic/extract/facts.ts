import type { EvidenceSpan } from '../case';
import type { Annotation } from '../terms/annotate';
import type { Assertion } from '../terms/mention';

/** A value read from the text and the words it came from. */
export interface Read<T> {
  value: T;
  evidence: EvidenceSpan[];
}

export const nothing = <T>(value: T): Read<T> => ({ value, evidence: [] });

export function spanOf(annotation: { start: number; end: number; text: string }): EvidenceSpan {
  return { start: annotation.start, end: annotation.end, text: annotation.text };
}

/** Said of this patient as fact, now or in the past. */
export const POSITIVE: ReadonlySet<Assertion> = new Set(['affirmed', 'historical']);

/**
 * A yes/no fact from the annotations of some concepts: true when one is affirmed (or historical, if
 * the past counts), false when the text only denies it, null when the text does not address it.
 */
export function fact(annotations: Annotation[], concepts: readonly string[], pastCounts = true): Read<boolean | null> {
  const about = annotations.filter((annotation) => concepts.includes(annotation.concept) && !annotation.inHeader);
  const yes = about.filter((a) => a.assertion === 'affirmed' || (pastCounts && a.assertion === 'historical'));
  if (yes.length > 0) return { value: true, evidence: yes.map(spanOf) };
  const no = about.filter((a) => a.assertion === 'negated');
  if (no.length > 0) return { value: false, evidence: no.map(spanOf) };
  return nothing(null);
}
