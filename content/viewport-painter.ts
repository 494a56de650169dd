/**
 * Paints only what is near the view: Chrome redraws every registered highlight on each frame that
 * changes, so the findings of blocks far from the screen stay plain records (the finding index) and only
 * blocks within about a screen of the viewport get ranges (Nearby finds them, Painter registers them),
 * never more than MAX_RANGES at once. It owns the on/off switch and the categories painted.
 */
import type { Category, Mention } from '@/logic/terms/mention';
import type { Span } from './findings';
import { Nearby, type NearbyOptions } from './nearby';
import { type HighlightRegistry, nearSlice, Painter } from './painter';
import type { Screen } from './scanner';
import type { Block } from './text-index';

/** A block with more findings than this is painted in part: only the findings near the viewport. */
export const LARGE_BLOCK = 64;

/** What the painter asks of the near-set: Nearby, or a fake one in unit tests (happy-dom has no layout). */
export type NearSet = Pick<
  Nearby,
  'reset' | 'refine' | 'nearBlocks' | 'isNear' | 'bandOf' | 'insert' | 'replace' | 'remove' | 'schedule' | 'stop'
>;

export interface ViewportPainterOptions {
  /** The top window: its viewport is the one "near" is measured against. */
  view: Window;
  /** A block's findings, from the finding index. */
  findingsOf(block: Block): readonly Mention[] | undefined;
  categories: readonly Category[];
  enabled: boolean;
  registry?: HighlightRegistry;
  /** Makes the near-set, told when blocks come and go (default: Nearby over `view`). */
  nearby?: (hooks: Pick<NearbyOptions, 'changed' | 'refined'>) => NearSet;
  /** Which part of a large block lies in the band (default: by the findings' rectangles). */
  slice?: typeof nearSlice;
}

export class ViewportPainter implements Screen {
  private readonly nearby: NearSet;
  private readonly painter: Painter;
  private readonly findingsOf: (block: Block) => readonly Mention[] | undefined;
  private readonly slice: typeof nearSlice;
  /** Blocks painted in part (too many findings to paint whole), with the slice painted. */
  private readonly partial = new Map<Block, string>();
  /** Some near blocks did not fit under the range cap: paint them when others leave. */
  private capped = false;
  private on: boolean;

  constructor(options: ViewportPainterOptions) {
    this.findingsOf = options.findingsOf;
    this.on = options.enabled;
    this.slice = options.slice ?? nearSlice;
    this.painter = new Painter(options.categories, options.registry);
    const hooks = {
      changed: (entered: Block[], left: Block[]) => this.onNearby(entered, left),
      refined: () => this.onRefined(),
    };
    this.nearby = options.nearby?.(hooks) ?? new Nearby({ view: options.view, ...hooks });
  }

  get enabled(): boolean {
    return this.on;
  }

  /** Ranges registered now, and the most there ever were. */
  get ranges(): number {
    return this.painter.count;
  }

  get peak(): number {
    return this.painter.peak;
  }

  /** Whether a block starts below the near band of its document (the scan's "past the screen"). */
  below(block: Block): boolean {
    const band = this.nearby.bandOf(block.element.ownerDocument);
    return band !== null && block.element.getBoundingClientRect().top > band.bottom;
  }

  /** Takes `order` as the page's blocks in document order; returns those near the viewport now. */
  near(order: Block[]): Iterable<Block> {
    this.nearby.reset(order);
    this.nearby.refine();
    return this.nearby.nearBlocks();
  }

  /** A block's findings are known: painted at once when it is near the viewport. */
  offer(block: Block, findings: readonly Mention[]): void {
    if (this.on && findings.length > 0 && this.nearby.isNear(block)) this.paint(block, findings);
  }

  /** A block's ranges go (it changed, or left the page). */
  forget(block: Block): void {
    this.painter.unpaint(block);
    this.partial.delete(block);
  }

  /** A full scan starts: nothing painted, no blocks known (those painted before are told as left on the next refine). */
  clear(): void {
    this.painter.clear();
    this.partial.clear();
    this.nearby.reset([]);
  }

  /** A block read again after a page change takes its predecessor's place, and its nearness. */
  replace(old: Block, block: Block): void {
    this.forget(old);
    this.nearby.replace(old, block);
  }

  /** Blocks a page change added or took away: the near blocks are found again next frame. */
  follow(added: readonly Block[], gone: ReadonlySet<Block>): void {
    for (const block of gone) this.forget(block);
    this.nearby.remove(gone);
    for (const block of added) this.nearby.insert(block);
    if (added.length > 0 || gone.size > 0) this.nearby.schedule();
  }

  /** The page or a scroller moved (`scrolled`), or the window was resized: near blocks are found again next frame. */
  moved(scrolled: boolean): void {
    this.nearby.schedule(scrolled);
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.on) return;
    this.on = enabled;
    if (enabled) this.paintNear();
    else this.clearPaint();
  }

  get categories(): ReadonlySet<Category> {
    return this.painter.categories;
  }

  /** Paints these categories from now on; false (and nothing repainted) when they are the ones painted. */
  setCategories(categories: readonly Category[]): boolean {
    const now = this.painter.categories;
    if (categories.length === now.size && categories.every((category) => now.has(category))) return false;
    this.clearPaint();
    this.painter.categories = new Set(categories);
    if (this.on) this.paintNear();
    return true;
  }

  /** Brings a block's paint up to date now (after a scroll to it), rather than a frame later, and paints it in any case. */
  showNow(block: Block): void {
    this.nearby.refine();
    const findings = this.findingsOf(block);
    if (this.on && findings && !this.painter.isPainted(block)) this.paint(block, findings);
  }

  /** Marks a span of a block for a moment, so the eye finds it. */
  flash(block: Block, span: Span): void {
    this.painter.flash(block, span);
  }

  stop(): void {
    this.nearby.stop();
    this.painter.dispose();
    this.partial.clear();
  }

  private clearPaint(): void {
    this.painter.clear();
    this.partial.clear();
  }

  /** Blocks came near the viewport or left it: paint the ones that came, unpaint the ones that left. */
  private onNearby(entered: readonly Block[], left: readonly Block[]): void {
    for (const block of left) this.forget(block);
    if (!this.on) return;
    if (this.capped) this.paintNear();
    else for (const block of entered) this.paint(block, this.findingsOf(block));
  }

  /** Paints a block's findings; of a block with very many, only those near the viewport (kept up on scroll). */
  private paint(block: Block, findings: readonly Mention[] | undefined): void {
    if (!findings || findings.length === 0) return;
    let shown = findings;
    if (findings.length > LARGE_BLOCK) {
      const band = this.nearby.bandOf(block.element.ownerDocument);
      if (!band) return;
      const [from, to] = this.slice(block, findings, band.top, band.bottom);
      shown = findings.slice(from, to);
      this.partial.set(block, `${from}:${to}`);
    }
    if (!this.painter.paint(block, shown)) this.capped = true;
  }

  /** Blocks painted in part follow the scroll: their near slice is found again, repainted if it moved. */
  private onRefined(): void {
    if (!this.on || this.partial.size === 0) return;
    for (const [block, painted] of this.partial) {
      const findings = this.findingsOf(block);
      const band = this.nearby.bandOf(block.element.ownerDocument);
      if (!findings || !band || !this.nearby.isNear(block)) {
        this.partial.delete(block);
        continue;
      }
      const [from, to] = this.slice(block, findings, band.top, band.bottom);
      if (`${from}:${to}` === painted) continue;
      this.painter.unpaint(block);
      this.paint(block, findings);
    }
  }

  /** Paints near blocks not painted yet, while the cap allows. */
  private paintNear(): void {
    this.capped = false;
    for (const block of this.nearby.nearBlocks()) {
      if (!this.painter.isPainted(block)) this.paint(block, this.findingsOf(block));
    }
  }
}
