/**
 * The one place ranges meet the CSS Custom Highlight API: a block's findings become StaticRanges in the
 * highlights named for their category and assertion, counted against a cap, and taken out again, without
 * ever touching a page node. The registry is a seam (HighlightRegistry), so tests read what was painted.
 */
import type { Category, Mention } from '@/logic/terms/mention';
import { highlightNames, type Span } from './findings';
import { highlightName } from './highlight-rules';
import { type Block, locate } from './text-index';

/** Chrome rebuilds every highlight marker on each changing frame: past ~2,000 ranges that costs frames. */
export const MAX_RANGES = 2000;
export const FLASH = highlightName('flash');
const FLASH_MS = 1500;

/** Highlight priorities: a later, higher one wins where ranges overlap. */
const PRIORITY: Record<string, number> = {
  [highlightName('uncertain')]: 1,
  [highlightName('negated')]: 1,
  [FLASH]: 10,
};

type Realm = Window & typeof globalThis;

/** What the painter needs of a highlight: a set of ranges. */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

/**
 * Where highlights live: the CSS Custom Highlight API of each document's realm, or a fake one in unit
 * tests (happy-dom has neither Highlight nor StaticRange).
 */
export interface HighlightRegistry {
  /** Makes highlight `name` in `doc`'s registry, with its priority. */
  create(doc: Document, name: string, priority: number): RangeSet;
  /** Removes highlight `name` from `doc`'s registry. */
  remove(doc: Document, name: string): void;
  /** A range over [span.start, span.end) of a block's text. */
  range(block: Block, span: Span): AbstractRange;
}

/** A StaticRange over a span of a block, in the realm of its document (a frame has its own constructors). */
export function rangeOf(block: Block, span: Span): StaticRange {
  const start = locate(block, span.start);
  const end = locate(block, span.end, true);
  const realm = (block.element.ownerDocument.defaultView ?? window) as Realm;
  return new realm.StaticRange({
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: end.node,
    endOffset: end.offset,
  });
}

/** The browser's registry: `CSS.highlights` of the document's realm. */
export const cssHighlights: HighlightRegistry = {
  create(doc, name, priority) {
    const realm = (doc.defaultView ?? window) as Realm;
    const highlight = new realm.Highlight();
    highlight.priority = priority;
    realm.CSS.highlights.set(name, highlight);
    return highlight;
  },
  remove(doc, name) {
    (doc.defaultView as Realm | null)?.CSS?.highlights?.delete(name);
  },
  range: rangeOf,
};

interface Painted {
  range: AbstractRange;
  highlights: RangeSet[];
}

/**
 * The mentions of one block that lie within [top, bottom] (viewport coordinates of the block's document),
 * as [from, to) indexes: found by binary search over the mentions' rectangles, which follow text order
 * in a block's flow. For blocks too big to paint whole (a report in one <pre>, thousands of findings).
 */
export function nearSlice(block: Block, findings: readonly Mention[], top: number, bottom: number): [number, number] {
  if (findings.length === 0) return [0, 0];
  const range = block.element.ownerDocument.createRange();
  const rectOf = (index: number) => {
    const finding = findings[index] as Mention;
    const start = locate(block, finding.start);
    const end = locate(block, finding.end, true);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.getBoundingClientRect();
  };
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rectOf(mid).bottom < top) low = mid + 1;
    else high = mid;
  }
  const from = low;
  high = findings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rectOf(mid).top <= bottom) low = mid + 1;
    else high = mid;
  }
  range.detach();
  return [from, low];
}

/**
 * Registers ranges with the CSS Custom Highlight API, block by block: never touches a page node. Keeps at
 * most MAX_RANGES registered; blocks that do not fit wait for others to leave the viewport.
 */
export class Painter {
  private readonly painted = new Map<Block, Painted[]>();
  private readonly registries = new Map<Document, Map<string, RangeSet>>();
  private readonly flashes = new Set<ReturnType<typeof setTimeout>>();
  count = 0;
  peak = 0;
  categories: ReadonlySet<Category>;

  constructor(
    categories: Iterable<Category>,
    private readonly registry: HighlightRegistry = cssHighlights,
  ) {
    this.categories = new Set(categories);
  }

  isPainted(block: Block): boolean {
    return this.painted.has(block);
  }

  /** Paints a block's findings; false when they would pass the cap. */
  paint(block: Block, findings: readonly Mention[]): boolean {
    if (this.painted.has(block)) return true;
    const shown = findings.filter((finding) => this.categories.has(finding.category));
    if (this.count + shown.length > MAX_RANGES) return false;
    const doc = block.element.ownerDocument;
    const entries = shown.map((finding) => {
      const range = this.registry.range(block, finding);
      const highlights = highlightNames(finding).map((name) => this.highlight(doc, name));
      for (const highlight of highlights) highlight.add(range);
      return { range, highlights };
    });
    this.painted.set(block, entries);
    this.count += entries.length;
    this.peak = Math.max(this.peak, this.count);
    return true;
  }

  unpaint(block: Block): void {
    const entries = this.painted.get(block);
    if (!entries) return;
    for (const { range, highlights } of entries) for (const highlight of highlights) highlight.delete(range);
    this.painted.delete(block);
    this.count -= entries.length;
  }

  /** Unpaints everything; returns the blocks that were painted, for a repaint with new settings. */
  clear(): Block[] {
    const blocks = [...this.painted.keys()];
    for (const block of blocks) this.unpaint(block);
    return blocks;
  }

  /** Marks a span of a block (a finding, or words the panel quotes) for a moment, so the eye finds it after a scroll. */
  flash(block: Block, span: Span): void {
    const highlight = this.highlight(block.element.ownerDocument, FLASH);
    const range = this.registry.range(block, span);
    highlight.add(range);
    const timer = setTimeout(() => {
      highlight.delete(range);
      this.flashes.delete(timer);
    }, FLASH_MS);
    this.flashes.add(timer);
  }

  /** Removes our highlights from every document's registry. */
  dispose(): void {
    this.clear();
    for (const timer of this.flashes) clearTimeout(timer);
    for (const [doc, highlights] of this.registries) {
      for (const name of highlights.keys()) this.registry.remove(doc, name);
    }
    this.registries.clear();
  }

  private highlight(doc: Document, name: string): RangeSet {
    let highlights = this.registries.get(doc);
    if (!highlights) {
      highlights = new Map();
      this.registries.set(doc, highlights);
    }
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = this.registry.create(doc, name, PRIORITY[name] ?? 0);
      highlights.set(name, highlight);
    }
    return highlight;
  }
}
