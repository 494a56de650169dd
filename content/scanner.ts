/**
 * The scan: walks the page and matches its blocks in time slices (after Dark Reader's async queue), the
 * blocks on screen first, a long block in parts over several slices. It is the one job that could make a
 * long task, so it owns nothing else: what it finds goes out through `matched`.
 */

import { sectionAfter } from '@/logic/assertion/sentences';
import type { Mention } from '@/logic/terms/mention';
import type { Engine } from './findings';
import { readRun, runEnd } from './runs';
import { runSliced, type SliceTiming, yieldToPage } from './scheduler';
import { isHeading, SectionTrail } from './sections';
import { type Block, TextWalk } from './text-index';

/** A block's text is read in parts of about this many characters, one slice at most each (~1–2 ms). */
export const PART_CHARS = 32 * 1024;

/** How work is cut and spread: the page's scheduler, or a fake one (a clock the test moves) in tests. */
export interface Slicer {
  now(): number;
  /** Runs `step` with its deadline until it returns true, yielding between slices; false once cancelled. */
  run(step: (deadline: number) => boolean, cancelled: () => boolean, timing?: SliceTiming): Promise<boolean>;
  /** Lets the page run first. */
  yield(): Promise<void>;
}

export const pageSlicer: Slicer = {
  now: () => performance.now(),
  run: runSliced,
  yield: yieldToPage,
};

/** What the scan asks of the viewport: where the screen ends, and which blocks are near it. */
export interface Screen {
  /** Whether a block starts below the near band: the walk has gone a screen's depth past the view. */
  below(block: Block): boolean;
  /** Takes `order` as the page's blocks in document order and returns those near the viewport now. */
  near(order: Block[]): Iterable<Block>;
}

export interface ScannerOptions {
  engine: Engine;
  screen: Screen;
  /** A block's mentions, as soon as they are known (kept, and painted when near). */
  matched(block: Block, mentions: readonly Mention[]): void;
  /** The blocks near the viewport are matched: the screen can be painted. `walked`: blocks found by then. */
  screenDone?(walked: number): void;
  /** Shadow roots and same-origin frames the walk meets. */
  root?(root: Document | ShadowRoot): void;
  frame?(frame: HTMLIFrameElement): void;
  slicer?: Slicer;
}

export interface ScanTotals {
  /** Script time of the walk, of matching, and the longest slice, in ms. */
  walkMs: number;
  matchMs: number;
  longestSliceMs: number;
  walked: number;
  textNodes: number;
}

export class Scanner {
  private readonly slicer: Slicer;
  /** The section each block of the last full scan starts in. */
  private readonly sections = new SectionTrail();
  /** Blocks matched by the scan under way (near ones come first, and are not matched twice). */
  private done = new Set<Block>();
  /** A long block read part-way when its slice ran out, resumed by the next. */
  private reading: { block: Block; parts: Iterator<Mention[]>; mentions: Mention[] } | null = null;

  constructor(private readonly options: ScannerOptions) {
    this.slicer = options.slicer ?? pageSlicer;
  }

  /**
   * Walks everything under `root` and matches each block, in slices; the blocks near the viewport are
   * matched as soon as the walk has passed the screen (blocks come in document order, which in a report
   * is the order on screen), not after the whole page. Null when cancelled.
   */
  async scan(root: Node, cancelled: () => boolean): Promise<ScanTotals | null> {
    this.clear();
    const found: Block[] = [];
    const walk = this.walker(root, found, true);
    // The engine's first call compiles its expressions (tens of ms): done here, outside any slice, where it
    // is not done already (the content script does it while its settings are read).
    this.options.engine.warmUp();
    const walking: SliceTiming = { longest: 0, total: 0, slices: 0 };
    const matching: SliceTiming = { longest: 0, total: 0, slices: 0 };
    let screenDone = false;
    for (let walked = false; !walked; ) {
      let pastView = false;
      const stepped = await this.slicer.run(
        (deadline) => {
          // Until the screen is done, the walk stops as soon as it has passed it: a whole slice of walking
          // first would hold the first paint back by that slice.
          const screenPassed = () => !screenDone && this.pastView(found, root);
          walked = walk.step(deadline, screenPassed);
          pastView = !walked && screenPassed();
          return walked || pastView;
        },
        cancelled,
        walking,
      );
      if (!stepped) return null;
      if (!pastView) continue;
      // The walk's slice stopped at the screen, a millisecond or so in: the near blocks are matched in the
      // same task. A yield here let the browser take a frame first, which held the first paint back by it.
      if (!(await this.matchNear(found.slice(), cancelled, matching))) return null;
      this.options.screenDone?.(found.length);
      screenDone = true;
      // The screen's highlights are rendered before the walk goes on.
      await this.slicer.yield();
    }
    // The whole order now: near blocks the early paint could not know of (a frame, a sidebar further down
    // the markup) are matched next, then every other block, in slices.
    await this.slicer.yield();
    if (!(await this.matchNear(found, cancelled, matching))) return null;
    if (!screenDone) this.options.screenDone?.(found.length);
    let next = 0;
    const matched = await this.slicer.run(
      (deadline) => {
        while (next < found.length) {
          if (this.done.has(found[next] as Block)) {
            next++;
            continue;
          }
          const taken = this.matchFrom(found, next, deadline, this.follows);
          if (taken === 0) return false;
          next += taken;
          if (this.slicer.now() > deadline) return false;
        }
        return true;
      },
      cancelled,
      matching,
    );
    if (!matched) return null;
    return {
      walkMs: walking.total,
      matchMs: matching.total,
      longestSliceMs: Math.max(walking.longest, matching.longest),
      walked: found.length,
      textNodes: walk.textNodes,
    };
  }

  /** The blocks under `root` now, walked at once (a page change: one block or a few). */
  walkNow(root: Node): Block[] {
    const found: Block[] = [];
    this.walker(root, found, false).step(Number.POSITIVE_INFINITY);
    return found;
  }

  /**
   * Matches at once the blocks one page change brought, in document order, in runs (a long one is read in
   * one go). The first starts in the section of the scanned block before it; a header among them carries on
   * to the ones after, as it would in a full scan. One look-up per change, not one per block: finding a
   * new block's place among a big page's scanned blocks compares document positions.
   */
  matchNow(blocks: readonly Block[]): void {
    const first = blocks[0];
    if (!first) return;
    let section = this.sections.before(first);
    for (let at = 0; at < blocks.length; ) {
      const end = at + this.matchFrom(blocks, at, Number.POSITIVE_INFINITY, () => true, section);
      for (; at < end; at++)
        section = sectionAfter((blocks[at] as Block).text, section, isHeading(blocks[at] as Block));
    }
  }

  /** Forgets the last scan's sections and any block read part-way. */
  clear(): void {
    this.done = new Set();
    this.reading = null;
    this.sections.clear();
  }

  /** Whether the walk has gone a band's depth below the screen: the last block found starts below it. */
  private pastView(found: readonly Block[], root: Node): boolean {
    const last = found[found.length - 1];
    return (
      last !== undefined &&
      last.element.ownerDocument === (root.ownerDocument ?? root) &&
      this.options.screen.below(last)
    );
  }

  /** Takes `blocks` as the page's order, finds those near the viewport and matches the ones not matched yet. */
  private matchNear(blocks: Block[], cancelled: () => boolean, timing: SliceTiming): Promise<boolean> {
    let near: Block[] | null = null;
    let next = 0;
    return this.slicer.run(
      (deadline) => {
        // Finding the near blocks reads rectangles (thousands on an 8 MB page): it counts in the first slice.
        if (!near) {
          near = [...this.options.screen.near(blocks)].filter((block) => !this.done.has(block));
          if (this.slicer.now() > deadline) return false;
        }
        while (next < near.length) {
          const taken = this.matchFrom(near, next, deadline, this.follows);
          if (taken === 0) return false;
          next += taken;
          if (this.slicer.now() > deadline) return false;
        }
        return true;
      },
      cancelled,
      timing,
    );
  }

  private walker(root: Node, found: Block[], trail: boolean): TextWalk {
    return new TextWalk(root, {
      block: (block) => {
        found.push(block);
        if (trail) this.sections.add(block);
      },
      root: (root) => this.options.root?.(root),
      frame: (frame) => this.options.frame?.(frame),
    });
  }

  /** Whether `next` is the block right after `block` in the page: only such blocks are read in one run. */
  private readonly follows = (block: Block, next: Block) => this.sections.follows(block, next);

  /**
   * Matches the run of blocks that starts at `blocks[at]` (runs.ts): the blocks after it that are next in the page,
   * not matched yet and short, read as one text in the section the first sits under. A long block is read alone, in
   * parts, within the slice's deadline. Returns how many blocks are done: 0 while a long block's parts are not all
   * read (the next slice resumes them).
   */
  private matchFrom(
    blocks: readonly Block[],
    at: number,
    deadline: number,
    follows: (block: Block, next: Block) => boolean,
    section = this.sections.before(blocks[at] as Block),
  ): number {
    const first = blocks[at] as Block;
    if (first.text.length > PART_CHARS) return this.matchLong(first, deadline, section) ? 1 : 0;
    const end = runEnd(
      at,
      blocks.length,
      (index) => (blocks[index] as Block).text.length,
      (index) => {
        const block = blocks[index] as Block;
        return block.text.length <= PART_CHARS && !this.done.has(block) && follows(blocks[index - 1] as Block, block);
      },
    );
    const run = blocks.slice(at, end);
    readRun(this.options.engine, run, section).forEach((mentions, i) => {
      this.finish(run[i] as Block, mentions);
    });
    return run.length;
  }

  /** Reads a long block in parts within the deadline; false when its parts are not all read yet. */
  private matchLong(block: Block, deadline: number, section: string): boolean {
    const engine = this.options.engine;
    if (this.reading?.block !== block) {
      this.reading = { block, parts: engine.mentionsInParts(block.text, PART_CHARS, section), mentions: [] };
    }
    const reading = this.reading;
    for (let part = reading.parts.next(); !part.done; part = reading.parts.next()) {
      if (reading.mentions.length === 0) reading.mentions = part.value;
      else for (const found of part.value) reading.mentions.push(found);
      if (this.slicer.now() > deadline) return false;
    }
    this.reading = null;
    this.finish(block, reading.mentions);
    return true;
  }

  private finish(block: Block, mentions: readonly Mention[]): void {
    this.done.add(block);
    this.options.matched(block, mentions);
  }
}
