/**
 * Test seams for the page-side parts (content/): a fake text engine, a clock and slicer the test moves,
 * timers it fires, a highlight registry it can read, and a near-set it decides. With them each part
 * runs in happy-dom (no layout, no Highlight API) in milliseconds.
 */

import type { Later } from '@/content/finding-index';
import type { Engine } from '@/content/findings';
import type { HighlightRegistry, RangeSet } from '@/content/painter';
import type { Slicer } from '@/content/scanner';
import type { Block } from '@/content/text-index';
import type { NearSet } from '@/content/viewport-painter';
import type { Mention } from '@/logic/terms/mention';

/**
 * Finds "fracture" (negated after "no "), "T12"/"L1" as levels; each call costs `cost` ms of the clock,
 * and the first warm-up (a call "warm-up") `warmCost`.
 */
export function fakeEngine(clock?: FakeClock, cost = 1, warmCost = 0) {
  let warm = false;
  const calls: { text: string; section?: string }[] = [];
  const find = (text: string, offset = 0): Mention[] => {
    const found: Mention[] = [];
    for (const match of text.matchAll(/\b(fracture|T12|L1)\b/g)) {
      const start = match.index;
      const negated = match[1] === 'fracture' && /\bno $/.test(text.slice(Math.max(0, start - 3), start));
      found.push({
        start: start + offset,
        end: start + offset + match[0].length,
        text: match[0],
        category: match[1] === 'fracture' ? 'fracture' : 'level',
        assertion: negated ? 'negated' : 'affirmed',
        levels: [],
      });
    }
    return found;
  };
  const engine: Engine & { calls: typeof calls } = {
    calls,
    warmUp() {
      calls.push({ text: 'warm-up' });
      if (clock && !warm) clock.now += warmCost;
      warm = true;
    },
    findMentions(text, section) {
      calls.push({ text, section });
      if (clock) clock.now += cost;
      return find(text);
    },
    *mentionsInParts(text, size, section) {
      calls.push({ text: `parts of ${text.length}`, section });
      for (let at = 0; at < text.length; at += size) {
        if (clock) clock.now += cost;
        // Parts here are cut at spaces by the test's text; enough for a seam test.
        yield find(text.slice(at, at + size), at);
      }
    },
  };
  return engine;
}

export interface FakeClock {
  now: number;
}

/** A slicer whose clock only moves when the engine is called: slices and yields are counted. */
export function fakeSlicer(clock: FakeClock, sliceMs = 6) {
  const stats = { slices: 0, yields: 0 };
  const slicer: Slicer & { stats: typeof stats } = {
    stats,
    now: () => clock.now,
    async run(step, cancelled, timing) {
      while (!cancelled()) {
        const started = clock.now;
        stats.slices++;
        const done = step(started + sliceMs);
        if (timing) {
          timing.longest = Math.max(timing.longest, clock.now - started);
          timing.total += clock.now - started;
          timing.slices++;
        }
        if (done) return true;
        await slicer.yield();
      }
      return false;
    },
    async yield() {
      stats.yields++;
      await Promise.resolve();
    },
  };
  return slicer;
}

/** Timers the test fires: `fire()` runs all due ones; `pending` counts them. */
export function fakeTimers() {
  let queue: { work: () => void; ms: number }[] = [];
  const later: Later = (work, ms) => {
    const entry = { work, ms };
    queue.push(entry);
    return () => {
      queue = queue.filter((other) => other !== entry);
    };
  };
  return {
    later,
    get pending() {
      return queue.length;
    },
    fire() {
      const due = queue;
      queue = [];
      for (const { work } of due) work();
    },
  };
}

/** A range of the fake registry: which block and span it covers, read back by tests. */
export interface FakeRange {
  block: Block;
  start: number;
  end: number;
}

/** A highlight registry in memory: name → ranges, per document. */
export function fakeRegistry() {
  const highlights = new Map<string, Set<FakeRange> & { priority: number }>();
  const registry: HighlightRegistry & { highlights: typeof highlights; texts(name: string): string[] } = {
    highlights,
    create(_doc, name, priority) {
      const set = Object.assign(new Set<FakeRange>(), { priority });
      highlights.set(name, set);
      return set as unknown as RangeSet;
    },
    remove(_doc, name) {
      highlights.delete(name);
    },
    range: (block, span) => ({ block, start: span.start, end: span.end }) as unknown as AbstractRange,
    texts(name) {
      return [...(highlights.get(name) ?? [])].map((range) => range.block.text.slice(range.start, range.end));
    },
  };
  return registry;
}

/** A near-set the test decides: `near` holds the near blocks; `move(entered, left)` tells the painter. */
export function fakeNearSet(hooks: { changed(entered: Block[], left: Block[]): void; refined?(): void }) {
  const near = new Set<Block>();
  let order: Block[] = [];
  const calls: string[] = [];
  const set: NearSet & {
    near: Set<Block>;
    calls: string[];
    order(): Block[];
    move(entered: Block[], left: Block[]): void;
    /** Blocks whose element carries data-near are near once refined (a layout of the test's choosing). */
    byAttribute: boolean;
  } = {
    near,
    calls,
    byAttribute: true,
    order: () => order,
    reset(blocks) {
      order = blocks;
    },
    refine() {
      calls.push('refine');
      if (!set.byAttribute) return;
      const entered = order.filter((block) => block.element.hasAttribute('data-near') && !near.has(block));
      const left = [...near].filter((block) => !order.includes(block));
      set.move(entered, left);
      hooks.refined?.();
    },
    nearBlocks: () => near,
    isNear: (block) => near.has(block),
    bandOf: () => ({ top: 0, bottom: 1000 }),
    insert(block) {
      order.push(block);
    },
    replace(old, block) {
      order = order.map((known) => (known === old ? block : known));
      if (near.delete(old)) near.add(block);
    },
    remove(gone) {
      order = order.filter((block) => !gone.has(block));
      for (const block of gone) near.delete(block);
    },
    schedule(scrolled) {
      calls.push(scrolled ? 'schedule scrolled' : 'schedule');
    },
    stop() {
      calls.push('stop');
    },
    move(entered, left) {
      if (entered.length === 0 && left.length === 0) return;
      for (const block of left) near.delete(block);
      for (const block of entered) near.add(block);
      hooks.changed(entered, left);
    },
  };
  return set;
}
