import type { FindingsReply } from '@/logic/messages';
import { DEFAULT_COLOURS } from '@/logic/storage';
import { CATEGORIES, type Category, type Mention } from '@/logic/terms/mention';
import { reduceMutations } from './dirty';
import type { Engine, PageFinding } from './findings';
import type { Colours } from './highlight-rules';
import { Nearby } from './nearby';
import { sortByDocumentOrder } from './order';
import { nearSlice, Painter } from './painter';
import { queueTask, runSliced, type SliceTiming, yieldToPage } from './scheduler';
import { isHeading, SectionTrail } from './sections';
import { Styles } from './styles';
import { type Block, locate, TextWalk } from './text-index';

export interface HighlighterOptions {
  document: Document;
  engine: Engine;
  /** Category colours the user chose (settings.colours); report.css has the defaults. */
  colours?: Colours;
  enabled?: boolean;
  categories?: readonly Category[];
  /** Told the affirmed-finding count after each scan that changed it (the toolbar badge). */
  notify?: (affirmed: number) => void;
  /** Told when a full scan is done (test builds time the real path with it). */
  onScanned?: (stats: ScanStats) => void;
  /** Told how long handling one batch of page changes took, in ms (test builds measure it). */
  onUpdated?: (ms: number) => void;
  /** Told when the blocks near the viewport of a full scan are painted (test builds time the path with it). */
  onPainted?: (stats: ScanStats) => void;
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

/** A navigation's DOM lands after its event: rescan once it has settled. */
const NAVIGATION_SETTLE_MS = 100;
/** Badge updates wait this long, so a burst of page changes sends one message. */
const NOTIFY_MS = 100;
/** A sample with a term of each kind and a negation: enough to compile the engine's patterns. */
const WARM_UP_TEXT =
  'IMPRESSION: No acute compression fracture of L1. Mild chronic height loss at T12 after a fall; ' +
  'osteoporosis, kyphoplasty considered, no metastasis or cord compression.';
const WARM_UP_CALLS = 3;

/**
 * Underlined/struck highlights make Chrome recompute overflow in proportion to the page whenever
 * highlights change (every scroll step that paints): only pages up to this many blocks get them.
 */
const DECORATE_MAX_BLOCKS = 2000;

/** A block's text is read in parts of about this many characters, one slice at most each (~1–2 ms). */
const PART_CHARS = 32 * 1024;

/** A block with more findings than this is painted in part: only the findings near the viewport. */
const LARGE_BLOCK = 64;

/**
 * The page highlighter: indexes the page's text in slices, matches every block, paints only blocks near
 * the viewport, follows page changes block by block, and answers the panel. Never changes a page node.
 */
export class Highlighter {
  private readonly doc: Document;
  private readonly engine: Engine;
  /** A long block read part-way when its slice ran out, resumed by the next. */
  private reading: { block: Block; parts: Iterator<Mention[]>; mentions: Mention[] } | null = null;
  private readonly painter: Painter;
  private readonly styles: Styles;
  private readonly blocks = new Map<Element, Block>();
  private readonly findings = new Map<Block, readonly Mention[]>();
  /** The section each block of the last full scan starts in. */
  private readonly sections = new SectionTrail();
  private readonly watchedRoots = new WeakSet<Node>();
  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();
  private readonly events = new AbortController();
  private readonly nearby: Nearby;
  /** Blocks painted in part (too many findings to paint whole), with the slice painted. */
  private readonly partial = new Map<Block, string>();
  private readonly mo: MutationObserver;
  private ordered: PageFinding[] | null = null;
  private generation = 0;
  private scanning = false;
  private rescanWanted = false;
  private affirmed = 0;
  private warm = false;
  private lastAffirmed = -1;
  /** Some near blocks did not fit under the range cap: paint them when others leave. */
  private capped = false;
  private textNodes = 0;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private enabled: boolean;
  notify: (affirmed: number) => void;
  private readonly onScanned: ((stats: ScanStats) => void) | undefined;
  private readonly onUpdated: ((ms: number) => void) | undefined;
  private readonly onPainted: ((stats: ScanStats) => void) | undefined;
  /** Settles when the first full scan is done. */
  readonly ready: Promise<void>;

  constructor(options: HighlighterOptions) {
    this.doc = options.document;
    this.engine = options.engine;
    this.enabled = options.enabled ?? true;
    this.notify = options.notify ?? (() => {});
    this.onScanned = options.onScanned;
    this.onUpdated = options.onUpdated;
    this.onPainted = options.onPainted;
    this.painter = new Painter(options.categories ?? CATEGORIES);
    this.styles = new Styles(DEFAULT_COLOURS, options.colours);
    this.nearby = new Nearby({
      view: this.doc.defaultView as Window,
      changed: (entered, left) => this.onNearby(entered, left),
      refined: () => this.onRefined(),
    });
    this.mo = new MutationObserver((records) => this.onMutations(records));
    const view = this.doc.defaultView as Window & { navigation?: EventTarget };
    const signal = this.events.signal;
    const navigated = () => this.onNavigation();
    view.addEventListener('popstate', navigated, { signal });
    view.addEventListener('hashchange', navigated, { signal });
    view.navigation?.addEventListener('navigate', navigated, { signal });
    this.watchRoot(this.doc);
    this.ready = this.afterParsing().then(() => this.fullScan());
  }

  /** At document_start the report is not parsed yet: scanning the parser's every chunk would be waste. */
  private afterParsing(): Promise<void> {
    if (this.doc.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) =>
      this.doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal: this.events.signal }),
    );
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) this.paintNear();
    else this.painter.clear();
  }

  /** The user's colours, applied to the adopted sheets (no page node changes). */
  setColours(colours: Colours): void {
    this.styles.setColours(colours);
  }

  /** Categories and colours as the user set them (Options or panel); unchanged ones cost nothing. */
  applySettings({ categories, colours }: { categories: readonly Category[]; colours: Colours }): void {
    this.setColours(colours);
    const now = this.painter.categories;
    if (categories.length !== now.size || categories.some((category) => !now.has(category))) {
      this.setCategories(categories);
    }
  }

  setCategories(categories: readonly Category[]): void {
    this.painter.clear();
    this.painter.categories = new Set(categories);
    if (this.enabled) this.paintNear();
  }

  /** All findings the reader could see, in document order, painted or not, numbered as "reveal finding N" counts them. */
  list(): FindingsReply {
    return {
      enabled: this.enabled,
      findings: this.shownFindings().map(({ block: _block, ...finding }, index) => ({ ...finding, index })),
    };
  }

  /** Scrolls finding N (of the list) into view, paints its block at once and flashes it. */
  reveal(index: number): boolean {
    const finding = this.shownFindings()[index];
    if (!finding) return false;
    this.show(finding);
    return true;
  }

  /** Finds words the panel quotes (an evidence chip) in the page, whatever the spacing, and shows them. */
  revealText(text: string): boolean {
    const words = text.trim().slice(0, 300).split(/\s+/).filter(Boolean);
    if (words.length === 0) return false;
    const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
    for (const block of sortByDocumentOrder(this.blocks.values())) {
      const match = pattern.exec(block.text);
      if (!match) continue;
      const start = match.index;
      this.show({
        block,
        start,
        end: start + match[0].length,
        text: match[0],
        category: 'fracture',
        assertion: 'affirmed',
        levels: [],
      });
      return true;
    }
    return false;
  }

  /** The report text the reader can see, block by block in document order (for "read the report"). */
  pageText(): string {
    return (
      sortByDocumentOrder(this.blocks.values())
        .filter(isShown)
        // A heading element is a section header in the text too, so the panel reads its section as the page does.
        .map((block) => (isHeading(block) && !/:\s*$/.test(block.text) ? `${block.text.trimEnd()}:` : block.text))
        .join('\n')
    );
  }

  selection(): string {
    return this.doc.getSelection()?.toString() ?? '';
  }

  stats(): ScanStats {
    let findings = 0;
    for (const list of this.findings.values()) findings += list.length;
    return {
      blocks: this.blocks.size,
      textNodes: this.textNodes,
      findings,
      registeredRanges: this.painter.count,
      peakRanges: this.painter.peak,
    };
  }

  /** Tears everything down: observers, listeners, highlights, adopted styles. */
  stop(): void {
    this.generation++;
    this.events.abort();
    clearTimeout(this.navigationTimer);
    clearTimeout(this.notifyTimer);
    this.mo.disconnect();
    this.nearby.stop();
    this.painter.dispose();
    this.styles.dispose();
    this.blocks.clear();
    this.findings.clear();
    this.sections.clear();
  }

  private show(finding: PageFinding): void {
    const start = locate(finding.block, finding.start);
    (start.node.parentElement ?? finding.block.element).scrollIntoView({ block: 'center', behavior: 'instant' });
    centre(finding);
    // Paint what is near now (the scroll event would do it a frame later), and this block in any case.
    this.nearby.refine();
    const findings = this.findings.get(finding.block);
    if (this.enabled && !this.painter.isPainted(finding.block)) this.paint(finding.block, findings);
    this.painter.flash(finding.block, finding);
  }

  private async fullScan(): Promise<void> {
    const generation = ++this.generation;
    this.scanning = true;
    this.rescanWanted = false;
    this.painter.clear();
    this.nearby.reset([]);
    this.blocks.clear();
    this.findings.clear();
    this.affirmed = 0;
    this.ordered = null;
    this.reading = null;
    this.sections.clear();
    const found: Block[] = [];
    const walk = this.walk(this.doc.body ?? this.doc.documentElement, found, this.sections);
    const cancelled = () => generation !== this.generation;
    this.warmUp();
    const walking: SliceTiming = { longest: 0, total: 0, slices: 0 };
    const matching: SliceTiming = { longest: 0, total: 0, slices: 0 };
    // What can be seen is matched and painted first: as soon as the walk has passed the screen (blocks
    // come in document order, which is the order on screen in a report), not after the whole page.
    let screenPainted = false;
    for (let walked = false; !walked; ) {
      let pastView = false;
      const stepped = await runSliced(
        (deadline) => {
          walked = walk.step(deadline);
          pastView = !walked && !screenPainted && this.walkedPastView(found);
          return walked || pastView;
        },
        cancelled,
        walking,
      );
      if (!stepped) return;
      if (!pastView) continue;
      if (!(await this.matchNear(found.slice(), cancelled, matching))) return;
      this.onPainted?.({ ...this.stats(), walked: found.length });
      screenPainted = true;
    }
    this.textNodes = walk.textNodes;
    // The whole order now: near blocks the early paint could not know of (a frame, a sidebar further down
    // the markup) are matched next, then every other block, in slices.
    if (!(await this.matchNear(found, cancelled, matching))) return;
    if (!screenPainted) this.onPainted?.({ ...this.stats(), walked: found.length });
    let next = 0;
    const matched = await runSliced(
      (deadline) => {
        while (next < found.length) {
          const block = found[next] as Block;
          if (!this.findings.has(block) && !this.indexUntil(block, deadline)) return false;
          next++;
          if (performance.now() > deadline) return false;
        }
        return true;
      },
      cancelled,
      matching,
    );
    if (!matched) return;
    this.scanning = false;
    this.styles.decorate(this.blocks.size <= DECORATE_MAX_BLOCKS);
    this.changed();
    this.onScanned?.({
      ...this.stats(),
      walkMs: walking.total,
      matchMs: matching.total,
      longestSliceMs: Math.max(walking.longest, matching.longest),
      walked: found.length,
    });
    if (this.rescanWanted) await this.fullScan();
  }

  /** Whether the walk has gone a band's depth below the screen: the last block found starts below it. */
  private walkedPastView(found: readonly Block[]): boolean {
    const last = found[found.length - 1];
    if (!last || last.element.ownerDocument !== this.doc) return false;
    const band = this.nearby.bandOf(this.doc);
    return band !== null && last.element.getBoundingClientRect().top > band.bottom;
  }

  /** Takes `blocks` as the page's order, finds those near the viewport and matches (so paints) the new ones. */
  private async matchNear(blocks: Block[], cancelled: () => boolean, timing: SliceTiming): Promise<boolean> {
    await yieldToPage();
    let near: Block[] | null = null;
    let next = 0;
    return runSliced(
      (deadline) => {
        // Finding the near blocks reads rectangles (thousands on an 8 MB page): it counts in the first slice.
        if (!near) {
          this.nearby.reset(blocks);
          this.nearby.refine();
          near = [...this.nearby.nearBlocks()].filter((block) => !this.findings.has(block));
          if (performance.now() > deadline) return false;
        }
        while (next < near.length) {
          if (!this.indexUntil(near[next] as Block, deadline)) return false;
          next++;
          if (performance.now() > deadline) return false;
        }
        return true;
      },
      cancelled,
      timing,
    );
  }

  private walk(root: Node, found: Block[], sections?: SectionTrail): TextWalk {
    return new TextWalk(root, {
      block: (block) => {
        found.push(block);
        sections?.add(block);
      },
      root: (root) => this.watchRoot(root),
      frame: (frame) => this.watchFrame(frame),
    });
  }

  /**
   * The text engine's first calls compile its big patterns (tens of ms, more once V8 tiers them up to
   * native code): done on a short sample in a task of its own, before the scan, not inside a slice.
   */
  private warmUp(): void {
    if (this.warm) return;
    this.warm = true;
    queueTask(() => {
      for (let i = 0; i < WARM_UP_CALLS; i++) this.engine.findMentions(WARM_UP_TEXT);
    });
  }

  /** Matches one block at once (a page change: one block, rarely long) and keeps its findings. Returns how many. */
  private index(block: Block): number {
    this.indexUntil(block, Number.POSITIVE_INFINITY);
    return this.findings.get(block)?.length ?? 0;
  }

  /**
   * Matches one block within the slice's deadline; false when a long block's parts are not all read yet
   * (the next slice resumes them).
   */
  private indexUntil(block: Block, deadline: number): boolean {
    const section = this.sections.before(block);
    if (block.text.length <= PART_CHARS) {
      this.keep(block, this.engine.findMentions(block.text, section));
      return true;
    }
    if (this.reading?.block !== block) {
      this.reading = { block, parts: this.engine.mentionsInParts(block.text, PART_CHARS, section), mentions: [] };
    }
    const reading = this.reading;
    for (let part = reading.parts.next(); !part.done; part = reading.parts.next()) {
      if (reading.mentions.length === 0) reading.mentions = part.value;
      else for (const found of part.value) reading.mentions.push(found);
      if (performance.now() > deadline) return false;
    }
    this.reading = null;
    this.keep(block, reading.mentions);
    return true;
  }

  /** Keeps a block's findings; paints them at once when the block is near the viewport. Returns how many. */
  private keep(block: Block, findings: readonly Mention[]): number {
    this.blocks.set(block.element, block);
    this.findings.set(block, findings);
    for (const finding of findings) if (finding.assertion === 'affirmed') this.affirmed++;
    if (this.enabled && findings.length > 0 && this.nearby.isNear(block)) this.paint(block, findings);
    return findings.length;
  }

  /** Forgets one block: its findings, its ranges. Returns how many findings it had. */
  private unindex(block: Block): number {
    this.painter.unpaint(block);
    this.partial.delete(block);
    if (this.blocks.get(block.element) === block) this.blocks.delete(block.element);
    const findings = this.findings.get(block);
    if (findings) for (const finding of findings) if (finding.assertion === 'affirmed') this.affirmed--;
    this.findings.delete(block);
    return findings?.length ?? 0;
  }

  private watchRoot(root: Document | ShadowRoot): void {
    if (this.watchedRoots.has(root)) return;
    this.watchedRoots.add(root);
    this.styles.ensure(root);
    this.mo.observe(root, { childList: true, subtree: true, characterData: true });
    // Scroll events do not bubble: caught on the way down, for the page and every scrolling element in it.
    const signal = this.events.signal;
    root.addEventListener('scroll', () => this.nearby.schedule(true), { capture: true, passive: true, signal });
    if (root.nodeType === 9) {
      const view = (root as Document).defaultView;
      view?.addEventListener('resize', () => this.nearby.schedule(), { passive: true, signal });
    }
  }

  /** A frame that loads (or navigates) later gets indexed then. */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.watchedFrames.has(frame)) return;
    this.watchedFrames.add(frame);
    frame.addEventListener('load', () => this.requestFullScan(), { signal: this.events.signal });
  }

  private requestFullScan(): void {
    if (this.scanning) this.rescanWanted = true;
    else void this.fullScan();
  }

  private onNavigation(): void {
    clearTimeout(this.navigationTimer);
    this.navigationTimer = setTimeout(() => this.requestFullScan(), NAVIGATION_SETTLE_MS);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.doc.readyState === 'loading') return;
    if (this.scanning) {
      // The walk may have passed (or lost) the changed nodes: scan again once it ends.
      this.rescanWanted = true;
      return;
    }
    const started = performance.now();
    const dirty = reduceMutations(records);
    if (dirty.full) {
      void this.fullScan();
      return;
    }
    const gone = new Set<Block>();
    // Findings dropped or found: a clock ticking in a block without any changes none, and costs no more.
    let moved = 0;
    for (const node of dirty.removed) moved += this.forget(node, gone);
    const added: Block[] = [];
    for (const root of dirty.roots) {
      const found: Block[] = [];
      this.walk(root, found).step(Number.POSITIVE_INFINITY);
      // The root's own block may now hold no text: drop what was known for it.
      const old = this.blocks.get(root);
      if (old && !found.some((block) => block.element === root)) {
        moved += this.unindex(old);
        gone.add(old);
      }
      for (const block of found) {
        const previous = this.blocks.get(block.element);
        if (previous) {
          moved += this.unindex(previous);
          this.nearby.replace(previous, block);
        } else added.push(block);
        moved += this.index(block);
      }
    }
    this.nearby.remove(gone);
    for (const block of added) this.nearby.insert(block);
    if (added.length > 0 || gone.size > 0) this.nearby.schedule();
    if (moved > 0) this.changed();
    this.onUpdated?.(performance.now() - started);
  }

  /** Removed nodes take their blocks with them; returns how many findings went. */
  private forget(node: Node, gone: Set<Block>): number {
    if (node.nodeType !== 1) return 0;
    const element = node as Element;
    let findings = 0;
    const drop = (block: Block | undefined, at: Element) => {
      if (!block || at.isConnected) return;
      findings += this.unindex(block);
      gone.add(block);
    };
    drop(this.blocks.get(element), element);
    if (element.firstElementChild !== null) {
      for (const inner of element.querySelectorAll('*')) drop(this.blocks.get(inner), inner);
    }
    return findings;
  }

  /**
   * After any change of findings: a new order next time, and the badge if the count moved. The badge is
   * told in a task of its own, once per burst of changes: a live page that changes every few ms sends
   * one message, and the message's cost stays out of the mutation handling.
   */
  private changed(): void {
    this.ordered = null;
    if (this.notifyTimer !== undefined) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      if (this.affirmed === this.lastAffirmed) return;
      this.lastAffirmed = this.affirmed;
      this.notify(this.affirmed);
    }, NOTIFY_MS);
  }

  private orderedFindings(): PageFinding[] {
    this.ordered ??= sortByDocumentOrder(this.findings.keys()).flatMap((block) =>
      (this.findings.get(block) ?? []).map((mention) => ({ ...mention, block })),
    );
    return this.ordered;
  }

  /**
   * The findings of blocks shown now. Text the page's stylesheets hide (a collapsed section, another tab's
   * report) is indexed like the rest, so it is painted the moment it shows, but it is not listed or read.
   */
  private shownFindings(): PageFinding[] {
    const shown = new Map<Block, boolean>();
    return this.orderedFindings().filter((finding) => {
      let visible = shown.get(finding.block);
      if (visible === undefined) {
        visible = isShown(finding.block);
        shown.set(finding.block, visible);
      }
      return visible;
    });
  }

  /** Blocks came near the viewport or left it: paint the ones that came, unpaint the ones that left. */
  private onNearby(entered: readonly Block[], left: readonly Block[]): void {
    for (const block of left) {
      this.painter.unpaint(block);
      this.partial.delete(block);
    }
    if (!this.enabled) return;
    if (this.capped) this.paintNear();
    else for (const block of entered) this.paint(block, this.findings.get(block));
  }

  /** Paints a block's findings; of a block with very many, only those near the viewport (kept up on scroll). */
  private paint(block: Block, findings: readonly Mention[] | undefined): void {
    if (!findings || findings.length === 0) return;
    let shown = findings;
    if (findings.length > LARGE_BLOCK) {
      const band = this.nearby.bandOf(block.element.ownerDocument);
      if (!band) return;
      const [from, to] = nearSlice(block, findings, band.top, band.bottom);
      shown = findings.slice(from, to);
      this.partial.set(block, `${from}:${to}`);
    }
    if (!this.painter.paint(block, shown)) this.capped = true;
  }

  /** Blocks painted in part follow the scroll: their near slice is found again, repainted if it moved. */
  private onRefined(): void {
    if (!this.enabled || this.partial.size === 0) return;
    for (const [block, slice] of this.partial) {
      const findings = this.findings.get(block);
      const band = this.nearby.bandOf(block.element.ownerDocument);
      if (!findings || !band || !this.nearby.isNear(block)) {
        this.partial.delete(block);
        continue;
      }
      const [from, to] = nearSlice(block, findings, band.top, band.bottom);
      if (`${from}:${to}` === slice) continue;
      this.painter.unpaint(block);
      this.paint(block, findings);
    }
  }

  /** Paints near blocks not painted yet, while the cap allows. */
  private paintNear(): void {
    this.capped = false;
    for (const block of this.nearby.nearBlocks()) {
      if (!this.painter.isPainted(block)) this.paint(block, this.findings.get(block));
    }
  }
}

/** Whether a block can be seen: not under display:none, visibility:hidden or skipped content (a closed <details>). */
function isShown(block: Block): boolean {
  return block.element.checkVisibility({ visibilityProperty: true });
}

/**
 * Brings a finding to the middle of its scroller when scrolling its element into view did not (a long
 * text node: a report in one <pre> or one <div> with <br>s).
 */
function centre(finding: PageFinding): void {
  const doc = finding.block.element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const start = locate(finding.block, finding.start);
  const end = locate(finding.block, finding.end, true);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const rect = range.getBoundingClientRect();
  let scroller: Element | null = finding.block.element;
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
