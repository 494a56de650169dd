import { headerStarts } from '../assertion/sentences';
import { type Annotation, annotate } from './annotate';
import type { Mention } from './mention';

/** A mention as the highlighter and the analyze CLI see it; the annotation's other fields ride along. */
export type FoundMention = Mention & Annotation & { category: NonNullable<Annotation['category']> };

/**
 * Every highlightable lexicon hit in text order, with its assertion and the levels it is tied to.
 * The annotations are returned as they are (no copy): a big page has tens of thousands of them.
 */
export function findMentions(text: string, section = ''): FoundMention[] {
  // Left out as they are made, not filtered after: no second array of tens of thousands.
  return annotate(text, true, section) as FoundMention[];
}

/** A sample with a term of each kind and a negation: enough to compile every expression a read uses. */
const WARM_UP_TEXT =
  'IMPRESSION: No acute compression fracture of L1. Mild chronic height loss at T12 after a fall; ' +
  'osteoporosis, kyphoplasty considered, no metastasis or cord compression.';
/** V8 compiles an expression at its first run and tiers it up to native code at a later one. */
const WARM_UP_CALLS = 3;
let warm = false;

/**
 * Compiles the rest of the engine's expressions (identifiers, triggers, sentence marks) on a short sample, once;
 * the page rules' scanning expressions are compiled already, when the matcher module loads (regexp-budget.ts:
 * they must come before anything else compiled, or V8 may build them unoptimised). A caller runs it where the
 * time is free (the content script while its settings are read), so the first real call is not the slow one.
 */
export function warmUp(): void {
  if (warm) return;
  warm = true;
  for (let i = 0; i < WARM_UP_CALLS; i++) findMentions(WARM_UP_TEXT);
}

/**
 * How far the engine reads around a hit: a level word's neighbours (40 characters back, 80 ahead) and an
 * acuity word's fracture noun a few words on. Each part is read with this much of its neighbours.
 */
const MARGIN = 160;

/**
 * The mentions of a long text, one part after another, for a caller that reads a long text in slices.
 * Parts begin at section headers, where the engine's state starts afresh (the header sets the section
 * and the level heading, and ends the sentence before it), and each is read with MARGIN characters of
 * its neighbours, so the parts give exactly the mentions of the whole. A text without a header to cut
 * at, or shorter than `size`, is one part. `section` is the one the text starts in.
 */
export function* mentionsInParts(text: string, size: number, section = ''): Generator<Mention[]> {
  const cuts = partStarts(text, size);
  if (cuts.length === 1) {
    yield findMentions(text, section);
    return;
  }
  cuts.push(text.length);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const from = Math.max(0, start - MARGIN);
    const mentions: Mention[] = [];
    // Only the first part starts in the given section: every later one starts at a header of its own.
    for (const found of findMentions(text.slice(from, Math.min(text.length, end + MARGIN)), i === 0 ? section : '')) {
      const at = from + found.start;
      if (at < start || at >= end) continue;
      const { text: words, category, assertion, levels } = found;
      mentions.push({ start: at, end: from + found.end, text: words, category, assertion, levels });
    }
    yield mentions;
  }
}

/** Where the parts start: 0, then headers, each the last one within `size` of the part before (or the next). */
function partStarts(text: string, size: number): number[] {
  const starts = [0];
  if (text.length <= size) return starts;
  let last = 0;
  let candidate = 0;
  for (const header of headerStarts(text)) {
    while (header - last > size) {
      last = candidate > last ? candidate : header;
      starts.push(last);
    }
    candidate = header;
  }
  return starts;
}
