/**
 * The page highlighter as the content script and the panel see it: a small coordinator that builds the
 * page-side parts, wires each one's callbacks to the others, and answers the panel. Each part does one
 * job (see the README, "How the page is highlighted"); this file only decides when each is asked.
 */
import type { FindingsReply } from '@/logic/messages';
import { DEFAULT_COLOURS } from '@/logic/storage';
import { CATEGORIES, type Category } from '@/logic/terms/mention';
import type { DirtySet } from './dirty';
import { FindingIndex, type Later } from './finding-index';
import type { Engine } from './findings';
import type { Colours } from './highlight-rules';
import { PageReader } from './page-reader';
import { PageTracker } from './page-tracker';
import type { HighlightRegistry } from './painter';
import { Reveal } from './reveal';
import { Scanner, type Slicer } from './scanner';
import { Styles } from './styles';
import type { Block } from './text-index';
import { type NearSet, ViewportPainter, type ViewportPainterOptions } from './viewport-painter';

export interface HighlighterOptions {
  document: Document;
  engine: Engine;
  /** Category colours the user chose (settings.colours); report.css has the defaults. */
  colours?: Colours;
  enabled?: boolean;
  categories?: readonly Category[];
  /** Told the affirmed-finding count once a burst of changes has settled, when it moved (the toolbar badge). */
  counted?: (affirmed: number) => void;
  /** Told when a full scan is done (test builds time the real path with it). */
  onScanned?: (stats: ScanStats) => void;
  /** Told how long handling one batch of page changes took, in ms (test builds measure it). */
  onUpdated?: (ms: number) => void;
  /** Told when the blocks near the viewport of a full scan are painted (test builds time the path with it). */
  onPainted?: (stats: ScanStats) => void;
  /** Seams for tests: the slicer and clock, timers, the highlight registry, the near-set. */
  slicer?: Slicer;
  later?: Later;
  registry?: HighlightRegistry;
  nearby?: (hooks: Parameters<NonNullable<ViewportPainterOptions['nearby']>>[0]) => NearSet;
}

export interface ScanStats {
  /** Script time of the index walk, of matching, and the longest slice, in ms. */
  walkMs?: number;
  matchMs?: number;
  longestSliceMs?: number;
  /** Blocks the walk had found by then (all of them once the scan is done). */
  walked?: number;
  blocks: number;
  textNodes: number;
  findings: number;
  registeredRanges: number;
  peakRanges: number;
}

/**
 * Underlined/struck highlights make Chrome recompute overflow in proportion to the page whenever
 * highlights change (every scroll step that paints): only pages up to this many blocks get them.
 */
const DECORATE_MAX_BLOCKS = 2000;

export class Highlighter {
  private readonly doc: Document;
  private readonly index: FindingIndex;
  private readonly view: ViewportPainter;
  private readonly scanner: Scanner;
  private readonly tracker: PageTracker;
  private readonly styles: Styles;
  private readonly reader: PageReader;
  private readonly revealer: Reveal;
  private generation = 0;
  private scanning = false;
  private rescanWanted = false;
  private textNodes = 0;
  /** Settles when the first full scan is done. */
  readonly ready: Promise<void>;

  constructor(private readonly options: HighlighterOptions) {
    const doc = options.document;
    this.doc = doc;
    this.index = new FindingIndex({ counted: options.counted, later: options.later });
    this.styles = new Styles(DEFAULT_COLOURS, options.colours);
    this.view = new ViewportPainter({
      view: doc.defaultView as Window,
      findingsOf: (block) => this.index.of(block),
      categories: options.categories ?? CATEGORIES,
      enabled: options.enabled ?? true,
      registry: options.registry,
      nearby: options.nearby,
    });
    this.tracker = new PageTracker({
      document: doc,
      changed: (dirty, started) => this.applyChanges(dirty, started),
      rescan: () => this.requestFullScan(),
      scanning: () => this.scanning,
      moved: (scrolled) => this.view.moved(scrolled),
      watching: (root) => this.styles.ensure(root),
      later: options.later,
    });
    this.scanner = new Scanner({
      engine: options.engine,
      screen: this.view,
      slicer: options.slicer,
      matched: (block, mentions) => {
        this.index.keep(block, mentions);
        this.view.offer(block, mentions);
      },
      screenDone: (walked) => this.options.onPainted?.({ ...this.stats(), walked }),
      root: (root) => this.tracker.watchRoot(root),
      frame: (frame) => this.tracker.watchFrame(frame),
    });
    this.reader = new PageReader({ document: doc, shownBlocks: () => this.index.shownBlocks() });
    this.revealer = new Reveal({ shower: this.view });
    this.ready = this.tracker.parsed.then(() => this.fullScan());
  }

  setEnabled(enabled: boolean): void {
    this.view.setEnabled(enabled);
  }

  /** The user's colours, applied to the adopted sheets (no page node changes). */
  setColours(colours: Colours): void {
    this.styles.setColours(colours);
  }

  /** Categories and colours as the user set them (Options or panel); unchanged ones cost nothing. */
  applySettings({ categories, colours }: { categories: readonly Category[]; colours: Colours }): void {
    this.setColours(colours);
    this.setCategories(categories);
  }

  setCategories(categories: readonly Category[]): void {
    this.view.setCategories(categories);
  }

  /** All findings the reader could see, in document order, painted or not, numbered as "reveal finding N" counts them. */
  list(): FindingsReply {
    return {
      enabled: this.view.enabled,
      findings: this.index.shownFindings().map(({ block: _block, ...finding }, index) => ({ ...finding, index })),
    };
  }

  /** Scrolls finding N (of the list) into view, paints its block at once and flashes it. */
  reveal(index: number): boolean {
    const finding = this.index.shownFindings()[index];
    if (!finding) return false;
    this.revealer.span(finding.block, finding);
    return true;
  }

  /** Finds words the panel quotes (an evidence chip) in the page, whatever the spacing, and shows them. */
  revealText(text: string): boolean {
    return this.revealer.text(text, this.index.inOrder());
  }

  /** The report text the reader can see, block by block in document order (for "read the report"). */
  pageText(): string {
    return this.reader.pageText();
  }

  selection(): string {
    return this.reader.selection();
  }

  stats(): ScanStats {
    return {
      blocks: this.index.size,
      textNodes: this.textNodes,
      findings: this.index.count,
      registeredRanges: this.view.ranges,
      peakRanges: this.view.peak,
    };
  }

  /** Tears everything down: observers, listeners, timers, highlights, adopted styles. */
  stop(): void {
    this.generation++;
    this.tracker.stop();
    this.view.stop();
    this.styles.dispose();
    this.index.stop();
    this.scanner.clear();
  }

  private requestFullScan(): void {
    if (this.scanning) this.rescanWanted = true;
    else void this.fullScan();
  }

  private async fullScan(): Promise<void> {
    const generation = ++this.generation;
    this.scanning = true;
    this.rescanWanted = false;
    this.view.clear();
    this.index.clear();
    const totals = await this.scanner.scan(
      this.doc.body ?? this.doc.documentElement,
      () => generation !== this.generation,
    );
    if (!totals) return;
    this.textNodes = totals.textNodes;
    this.scanning = false;
    this.styles.decorate(this.index.size <= DECORATE_MAX_BLOCKS);
    this.index.changed();
    this.options.onScanned?.({ ...this.stats(), ...totals });
    if (this.rescanWanted) await this.fullScan();
  }

  /** Page changes: the blocks they touch are read again, one by one; the rest of the page is left as it is. */
  private applyChanges(dirty: DirtySet, started: number): void {
    const gone = new Set<Block>();
    // Findings dropped or found: a clock ticking in a block without any changes none, and costs no more.
    let moved = 0;
    const drop = (block: Block) => {
      moved += this.index.drop(block);
      gone.add(block);
    };
    for (const node of dirty.removed) if (node.nodeType === 1) this.index.removedWith(node as Element).forEach(drop);
    const added: Block[] = [];
    for (const root of dirty.roots) {
      const found = this.scanner.walkNow(root);
      // The root's own block may now hold no text: drop what was known for it.
      const old = this.index.blockAt(root);
      if (old && !found.some((block) => block.element === root)) drop(old);
      for (const block of found) {
        const previous = this.index.blockAt(block.element);
        if (previous) {
          moved += this.index.drop(previous);
          this.view.replace(previous, block);
        } else added.push(block);
      }
      this.scanner.matchNow(found);
      for (const block of found) moved += this.index.of(block)?.length ?? 0;
    }
    this.view.follow(added, gone);
    if (moved > 0) this.index.changed();
    this.options.onUpdated?.(performance.now() - started);
  }
}
