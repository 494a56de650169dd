/**
 * What the panel reads from the page ("Read whole report", "Use selection"): the text the reader can
 * see, block by block, written so that the panel's one run over it finds the sections the page matching
 * found (a heading element reads as a header line). Kept apart so the panel's reading of a page can be
 * changed and tested without the scanner or the painter.
 */
import { blockLines } from './runs';
import type { Block } from './text-index';

export interface PageReaderOptions {
  document: Document;
  /** The blocks the reader can see now, in document order (from the finding index). */
  shownBlocks(): Block[];
}

export class PageReader {
  constructor(private readonly options: PageReaderOptions) {}

  /** The report text the reader can see, one block a line in document order. */
  pageText(): string {
    return blockLines(this.options.shownBlocks());
  }

  /** The text the reader has selected, as the browser gives it. */
  selection(): string {
    return this.options.document.getSelection()?.toString() ?? '';
  }
}
