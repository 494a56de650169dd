import type { EvidenceSpan } from '../case';
import type { Annotation } from '../terms/annotate';
import type { ConceptId } from '../terms/concept-ids';
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
 * the past counts; or only raised, if raising counts), false when the text only denies it, null when the text does not
 * address it.
 */
export function fact(
  index: ConceptIndex,
  concepts: readonly ConceptId[],
  pastCounts = true,
  raisedCounts = false,
): Read<boolean | null> {
  const about = concepts.flatMap((concept) => index.get(concept) ?? []).filter((annotation) => !annotation.inHeader);
  const yes = about.filter(
    (a) =>
      a.assertion === 'affirmed' ||
      (pastCounts && a.assertion === 'historical') ||
      (raisedCounts && a.assertion === 'possible'),
  );
  if (yes.length > 0) return { value: true, evidence: evidenceOf(yes) };
  const no = about.filter((a) => a.assertion === 'negated');
  if (no.length > 0) return { value: false, evidence: evidenceOf(no) };
  return nothing(null);
}

/** Annotations by concept, so each field reads only its own. */
export type ConceptIndex = Map<ConceptId, Annotation[]>;

export function indexByConcept(annotations: Annotation[]): ConceptIndex {
  const index: ConceptIndex = new Map();
  for (const annotation of annotations) {
    const list = index.get(annotation.concept);
    if (list) list.push(annotation);
    else index.set(annotation.concept, [annotation]);
  }
  return index;
}

/**
 * The annotations of some concepts in text order, for a field that reads only those: not every
 * annotation of a long page again. Each concept's list is in text order and annotations have distinct
 * starts, so merging the lists by start restores the order annotate gave them. A concept's own list is
 * returned as it is (nothing changes it).
 */
export function inTextOrder(index: ConceptIndex, concepts: readonly ConceptId[]): Annotation[] {
  let merged: Annotation[] | undefined;
  for (const concept of concepts) {
    const list = index.get(concept);
    if (list) merged = merged ? mergeByStart(merged, list) : list;
  }
  return merged ?? [];
}

/** Two lists ascending by start as one. */
function mergeByStart(a: Annotation[], b: Annotation[]): Annotation[] {
  const merged: Annotation[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    merged.push(
      (a[i] as Annotation).start < (b[j] as Annotation).start ? (a[i++] as Annotation) : (b[j++] as Annotation),
    );
  while (i < a.length) merged.push(a[i++] as Annotation);
  while (j < b.length) merged.push(b[j++] as Annotation);
  return merged;
}

/** The index of the first annotation of `sentence` or of a later one (annotations are in text order). */
export function firstOfSentence(annotations: Annotation[], sentence: number): number {
  let lo = 0;
  let hi = annotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((annotations[mid] as Annotation).sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many wordings a field's evidence shows at most. */
const MAX_EVIDENCE = 12;

/**
 * A field's evidence in the order given (a finding before its level: "vertebroplasty", then "L2"), each
 * wording once at its first place ("T11" said three times is one chip), and the first few wordings are
 * enough to show and check it.
 */
export function evidenceOf(annotations: { start: number; end: number; text: string }[]): EvidenceSpan[] {
  const seen = new Set<string>();
  // Spellings already read: a long page repeats each one thousands of times, lower-cased once is enough.
  const spelled = new Set<string>();
  const spans: EvidenceSpan[] = [];
  for (const annotation of annotations) {
    if (spelled.has(annotation.text)) continue;
    spelled.add(annotation.text);
    const wording = annotation.text.toLowerCase();
    if (seen.has(wording)) continue;
    seen.add(wording);
    spans.push(spanOf(annotation));
    if (spans.length === MAX_EVIDENCE) break;
  }
  return spans;
}
