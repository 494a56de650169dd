import { type Annotation, annotate } from './annotate';
import type { Mention } from './mention';

/** A mention as the highlighter and the analyze CLI see it; the annotation's other fields ride along. */
export type FoundMention = Mention & Annotation & { category: NonNullable<Annotation['category']> };

/**
 * Every highlightable lexicon hit in text order, with its assertion and the levels it is tied to.
 * The annotations are returned as they are (no copy): a big page has tens of thousands of them.
 */
export function findMentions(text: string): FoundMention[] {
  // Left out as they are made, not filtered after: no second array of tens of thousands.
  return annotate(text, true) as FoundMention[];
}
