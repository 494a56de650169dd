/**
 * Which blocks lie within the near band of the screen (bands.ts), without an IntersectionObserver per block:
 * Chrome recomputes every observed target on each frame in which anything changes, which at ~20 k
 * blocks costs ~40 ms per frame (a ticking clock becomes a long frame).
 *
 * Instead the blocks are kept in document order and cut into chunks of consecutive blocks, each led by
 * a sentinel (its first block, at most SENTINELS of them). On scroll, resize, observer callback or a
 * change of blocks, a refine in the next animation frame reads the sentinels' rectangles (layout is clean
 * by then), keeps the chunks whose span between their sentinel and the next one reaches the viewport
 * band (bands.ts), and reads only those chunks' blocks. Rectangles ignore clipping by scroll containers,
 * so the band is a superset of what is seen: a few more blocks painted, never a visible one missed in
 * document-ordered layouts.
 *
 * Only the sentinels of the near chunks and their neighbours are observed, to catch layout shifts without
 * a scroll event (one that changes the near blocks moves one of them across the band's edge): a clock
 * tick's frame on the 2 MB bench page spent 0.2 ms on 129 observed targets, 0.05 ms on 9.
 */
import { type Band, MARGIN, nearBands } from './bands';
import { compareBlocks } from './order';
import type { Block } from './text-index';

/** At most this many sentinels: chunks small enough that a refine reads few blocks' rectangles. */
export const SENTINELS = 128;
/** A scroll refines once the page has moved this much of a viewport (the band's margin absorbs it). */
const STEP = 0.25;
/** An undisplayed sentinel gives no position: the chunk's next few blocks are tried instead. */
const PROBE = 8;

interface Span {
  top: number;
  bottom: number;
}

export interface NearbyOptions {
  /** The top window of this highlighter (its viewport is the one the band is measured in). */
  view: Window;
  /** Told the blocks that came near and those that left, after each refine that changed them. */
  changed(entered: Block[], left: Block[]): void;
  /** Told after every refine (blocks that stayed near may have moved). */
  refined?(): void;
}

export class Nearby {
  /** All indexed blocks in document order. */
  private order: Block[] = [];
  private orderChanged = false;
  private readonly near = new Set<Block>();
  /** Sentinels observed, with whether the observer last found each in the band (null: not told yet). */
  private readonly observed = new Map<Element, boolean | null>();
  private readonly io: IntersectionObserver;
  private frame = 0;
  private forced = true;
  private anchor: { block: Block; top: number } | null = null;
  private chunk = 1;
  private stopped = false;

  constructor(private readonly options: NearbyOptions) {
    const view = options.view;
    this.io = new (view as Window & typeof globalThis).IntersectionObserver((entries) => this.crossed(entries), {
      rootMargin: `${MARGIN * 100}% 0px`,
    });
  }

  get blocks(): readonly Block[] {
    return this.order;
  }

  isNear(block: Block): boolean {
    return this.near.has(block);
  }

  nearBlocks(): ReadonlySet<Block> {
    return this.near;
  }

  /**
   * Replaces the whole order (a full scan, whose walk found blocks in document order). The near set
   * stays until the next refine tells which blocks left it, so those painted before get unpainted.
   */
  reset(blocks: Block[]): void {
    this.order = blocks;
    this.orderChanged = true;
  }

  /**
   * A block indexed again: takes its predecessor's place in the order. The same element in the same place
   * leaves the sentinels as they were, so a ticking clock does not make the next scroll frame re-pick them.
   */
  replace(old: Block, block: Block): void {
    const at = this.indexOf(old);
    if (at >= 0) this.order[at] = block;
    else this.insert(block);
    if (this.near.delete(old)) this.near.add(block);
    if (at < 0 || old.element !== block.element) this.orderChanged = true;
  }

  /** A new block: put where it stands in the page (appends, the common case, are checked first). */
  insert(block: Block): void {
    const order = this.order;
    let low = 0;
    let high = order.length;
    const last = order[high - 1];
    if (!last || compareBlocks(last, block) < 0) low = high;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareBlocks(order[mid] as Block, block) < 0) low = mid + 1;
      else high = mid;
    }
    // An append (a live page adding a report) is a push: a splice at the end of ~20k blocks copies them.
    if (low === order.length) order.push(block);
    else order.splice(low, 0, block);
    this.orderChanged = true;
  }

  /** Blocks gone from the index, removed in one pass. */
  remove(gone: ReadonlySet<Block>): void {
    if (gone.size === 0) return;
    this.order = this.order.filter((block) => !gone.has(block));
    for (const block of gone) this.near.delete(block);
    this.orderChanged = true;
  }

  /**
   * Refines in the next animation frame (once, however often asked). A scroll (`moved` false means
   * something else: a change of blocks, a resize, a sentinel crossing) refines only once the page has
   * moved STEP of a viewport since the last refine: every change of highlights makes Chrome rebuild
   * and repaint all of them, so they change every few scroll frames rather than on each.
   */
  schedule(scrolled = false): void {
    if (!scrolled) this.forced = true;
    if (this.frame || this.stopped) return;
    this.frame = this.options.view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.forced || this.orderChanged || this.movedFar()) this.refine();
    });
  }

  /** Finds the blocks near the viewport now and tells what changed. */
  refine(): void {
    if (this.stopped) return;
    if (this.frame) {
      this.options.view.cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    this.forced = false;
    if (this.orderChanged) {
      // Chunks of consecutive blocks, at most SENTINELS of them.
      this.orderChanged = false;
      this.chunk = Math.max(1, Math.ceil(this.order.length / SENTINELS));
    }
    const order = this.order;
    const bandOf = nearBands(this.options.view);
    const top = bandOf(this.options.view.document) as Band;
    const next = new Set<Block>();
    const size = this.chunk;
    let start: Span | null = this.spanAt(0, size, bandOf);
    let firstNear = -1;
    let lastNear = -1;
    for (let first = 0; first < order.length; first += size) {
      const end = Math.min(first + size, order.length);
      const following = end < order.length ? this.spanAt(end, end + size, bandOf) : this.spanOf(end - 1, bandOf);
      const reach = join(start, following);
      start = end < order.length ? following : null;
      if (!reach || reach.bottom < top.top || reach.top > top.bottom) continue;
      if (firstNear < 0) firstNear = first;
      lastNear = first;
      for (let index = first; index < end; index++) {
        const block = order[index] as Block;
        const band = bandOf(block.element.ownerDocument);
        if (!band) continue;
        const rect = block.element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (rect.bottom >= band.top && rect.top <= band.bottom) next.add(block);
      }
    }
    this.watch(firstNear, lastNear);
    const entered: Block[] = [];
    const left: Block[] = [];
    for (const block of this.near) if (!next.has(block)) left.push(block);
    for (const block of next) if (!this.near.has(block)) entered.push(block);
    this.anchor = this.anchorOf(next);
    if (entered.length > 0 || left.length > 0) {
      for (const block of left) this.near.delete(block);
      for (const block of entered) this.near.add(block);
      this.options.changed(entered, left);
    }
    this.options.refined?.();
  }

  stop(): void {
    this.stopped = true;
    if (this.frame) this.options.view.cancelAnimationFrame(this.frame);
    this.io.disconnect();
    this.observed.clear();
    this.order = [];
    this.near.clear();
  }

  /** A near block (or the first) and where it stood: how far the page has scrolled since is read from it. */
  private anchorOf(near: ReadonlySet<Block>): { block: Block; top: number } | null {
    const block = near.values().next().value ?? this.order[0];
    return block ? { block, top: block.element.getBoundingClientRect().top } : null;
  }

  private movedFar(): boolean {
    const anchor = this.anchor;
    if (!anchor) return true;
    const view = anchor.block.element.ownerDocument.defaultView ?? this.options.view;
    const height = view.innerHeight || 1;
    return Math.abs(anchor.block.element.getBoundingClientRect().top - anchor.top) >= STEP * height;
  }

  private indexOf(block: Block): number {
    // Re-indexed blocks are usually few and found by a binary search on the order.
    const order = this.order;
    let low = 0;
    let high = order.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const here = order[mid] as Block;
      if (here === block) return mid;
      const compared = compareBlocks(here, block);
      if (compared < 0) low = mid + 1;
      else if (compared > 0) high = mid - 1;
      else return order.indexOf(block);
    }
    return order.indexOf(block);
  }

  /**
   * Observes the sentinels of the near chunks (those starting at order indexes `firstNear`..`lastNear`)
   * and of the chunk on either side, and the last block; every sentinel while no chunk is near.
   */
  private watch(firstNear: number, lastNear: number): void {
    const order = this.order;
    const size = this.chunk;
    const from = firstNear < 0 ? 0 : Math.max(0, firstNear - size);
    const to = firstNear < 0 ? order.length : Math.min(order.length, lastNear + 2 * size);
    const wanted = new Set<Element>();
    for (let index = from; index < to; index += size) wanted.add((order[index] as Block).element);
    const last = order[order.length - 1];
    if (last) wanted.add(last.element);
    for (const element of this.observed.keys()) {
      if (!wanted.has(element)) {
        this.io.unobserve(element);
        this.observed.delete(element);
      }
    }
    for (const element of wanted) {
      if (!this.observed.has(element)) {
        this.io.observe(element);
        this.observed.set(element, null);
      }
    }
  }

  /**
   * A sentinel crossed the band's edge: refine. The observer's first word on a sentinel only tells where
   * it stood when observed, which the refine that chose it had just read.
   */
  private crossed(entries: IntersectionObserverEntry[]): void {
    let moved = false;
    for (const entry of entries) {
      const was = this.observed.get(entry.target);
      if (was === undefined) continue;
      this.observed.set(entry.target, entry.isIntersecting);
      if (was !== null && was !== entry.isIntersecting) moved = true;
    }
    if (moved) this.schedule();
  }

  /** The near band of a document now, in its own viewport coordinates; null when its frame is far away. */
  bandOf(doc: Document): { top: number; bottom: number } | null {
    return nearBands(this.options.view)(doc);
  }

  /** The span of the first displayed block in [from, to), in top-window coordinates. */
  private spanAt(from: number, to: number, bandOf: (doc: Document) => Band | null): Span | null {
    const limit = Math.min(to, from + PROBE, this.order.length);
    for (let index = from; index < limit; index++) {
      const span = this.spanOf(index, bandOf);
      if (span) return span;
    }
    return null;
  }

  private spanOf(index: number, bandOf: (doc: Document) => Band | null): Span | null {
    const block = this.order[index];
    if (!block) return null;
    const rect = block.element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    const doc = block.element.ownerDocument;
    const band = doc === this.options.view.document ? { offset: 0 } : bandOf(doc);
    if (!band) return null;
    return { top: rect.top + band.offset, bottom: rect.bottom + band.offset };
  }
}

function join(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
}
