/**
 * Shows the reader a place in the page: a finding the panel lists ("reveal finding N") or words the panel
 * quotes (an evidence chip). Both are a span of a block: scrolled to the middle of its scroller, painted
 * at once and flashed. Words are not a finding and are never dressed up as one.
 */
import type { Span } from './findings';
import { type Block, locate } from './text-index';

/** What reveal asks of the viewport painter. */
export interface Shower {
  /** Paints a block now (its findings, when highlighting is on), with whatever else came near. */
  showNow(block: Block): void;
  flash(block: Block, span: Span): void;
}

export interface RevealOptions {
  shower: Shower;
  /** Scrolls a span of a block into the middle of its scroller (seam: happy-dom has no layout). */
  scroll?: (block: Block, span: Span) => void;
}

/** How much of a quote is looked for: an evidence chip quotes a sentence or two. */
const QUOTE_CHARS = 300;

export class Reveal {
  private readonly scroll: (block: Block, span: Span) => void;

  constructor(private readonly options: RevealOptions) {
    this.scroll = options.scroll ?? scrollToSpan;
  }

  /** Scrolls to a span of a block, paints the block and flashes the span. */
  span(block: Block, span: Span): void {
    this.scroll(block, span);
    this.options.shower.showNow(block);
    this.options.shower.flash(block, span);
  }

  /** Finds words in the first block (document order) that has them, whatever the spacing and case, and shows them. */
  text(text: string, blocks: Iterable<Block>): boolean {
    const found = findText(text, blocks);
    if (!found) return false;
    this.span(found.block, found);
    return true;
  }
}

/** Where words stand in the page: the first block (in the order given) holding them, whatever the spacing. */
export function findText(text: string, blocks: Iterable<Block>): (Span & { block: Block }) | null {
  const words = text.trim().slice(0, QUOTE_CHARS).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
  for (const block of blocks) {
    const match = pattern.exec(block.text);
    if (match) return { block, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Scrolls the span's element into view, then centres the span itself when that did not (a long text node). */
export function scrollToSpan(block: Block, span: Span): void {
  const start = locate(block, span.start);
  (start.node.parentElement ?? block.element).scrollIntoView({ block: 'center', behavior: 'instant' });
  centre(block, span);
}

/**
 * Brings a span to the middle of its scroller when scrolling its element into view did not (a long
 * text node: a report in one <pre> or one <div> with <br>s).
 */
function centre(block: Block, span: Span): void {
  const doc = block.element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const start = locate(block, span.start);
  const end = locate(block, span.end, true);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const rect = range.getBoundingClientRect();
  let scroller: Element | null = block.element;
  while (scroller && scroller !== doc.documentElement) {
    const overflow = view.getComputedStyle(scroller).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && scroller.scrollHeight > scroller.clientHeight) break;
    scroller = scroller.parentElement;
  }
  if (!scroller || scroller === doc.documentElement || scroller === doc.body) {
    if (rect.top < 0 || rect.bottom > view.innerHeight) {
      view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    }
    return;
  }
  const box = scroller.getBoundingClientRect();
  if (rect.top < box.top || rect.bottom > box.bottom) {
    scroller.scrollBy({ top: rect.top - (box.top + box.height / 2), behavior: 'instant' });
  }
}
