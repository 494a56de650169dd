/**
 * Runs: consecutive blocks of the page read as one text, one block a line, as the panel reads the page
 * (`blockLines`, shared with page-reader.ts). A report page is thousands of short blocks (76 characters on
 * average on the bench's page); read one call each, the engine's fixed cost per call (its expressions' first
 * searches, the sentence and trigger set-up) was a quarter of the scan. Read in runs, a block also sees the
 * blocks around it as the panel does: a heading element above it, an answer in the table cell after it.
 */
import type { Mention } from '@/logic/terms/mention';
import type { Engine } from './findings';
import { isHeading } from './sections';
import type { Block } from './text-index';

/** A run's text stays under this many characters: read in about half a millisecond, well inside a slice. */
export const RUN_CHARS = 4 * 1024;

/** A heading element is a section header in the text too ("Family history" → "Family history:"). */
export function lineOf(block: Block): string {
  return isHeading(block) && !/:\s*$/.test(block.text) ? `${block.text.trimEnd()}:` : block.text;
}

/** Blocks as the engine reads them: one a line, in the order given. */
export function blockLines(blocks: readonly Block[]): string {
  return blocks.map(lineOf).join('\n');
}

/**
 * Where the run that starts at `from` ends (exclusive) among `count` texts in order: it takes the texts after the first
 * that `joins` allows, as many as fit RUN_CHARS with a line break after each. The bench cuts its page with this too, so
 * it times the calls the page makes.
 */
export function runEnd(
  from: number,
  count: number,
  length: (index: number) => number,
  joins: (index: number) => boolean = () => true,
): number {
  let size = length(from);
  let end = from + 1;
  for (; end < count && joins(end); end++) {
    size += 1 + length(end);
    if (size > RUN_CHARS) break;
  }
  return end;
}

/**
 * Reads consecutive blocks as one text in `section` (the one the first starts in) and gives each block its
 * mentions, in offsets of its own text. The engine's mentions are this call's own objects: they are moved to
 * their block's offsets in place, not copied (a big page has tens of thousands). A mention that runs past its
 * block's end (a level range broken over two lines) is no block's and is left out: a block's findings are
 * painted in its own text.
 */
export function readRun(engine: Engine, blocks: readonly Block[], section: string): Mention[][] {
  const lines = blocks.map(lineOf);
  const found = engine.findMentions(lines.join('\n'), section);
  const byBlock: Mention[][] = blocks.map(() => []);
  let index = 0;
  let base = 0;
  for (const mention of found) {
    // Each line is its block's text (a heading's added colon at most) and a line break.
    while (index + 1 < lines.length && mention.start >= base + (lines[index] as string).length + 1) {
      base += (lines[index] as string).length + 1;
      index++;
    }
    const block = blocks[index] as Block;
    if (mention.end - base > block.text.length) continue;
    mention.start -= base;
    mention.end -= base;
    (byBlock[index] as Mention[]).push(mention);
  }
  return byBlock;
}
