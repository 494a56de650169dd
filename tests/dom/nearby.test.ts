// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MARGIN } from '@/content/bands';
import { Nearby, SENTINELS } from '@/content/nearby';
import { type Block, indexSubtree } from '@/content/text-index';

/** The band is measured in the block's own document's window: happy-dom's is 768 px tall. */
const HEIGHT = window.innerHeight;

/** A window the test lays out: each block's element stands `top` px down (50 px tall), frames run on demand. */
function setUp(count: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>block ${i}</p>`).join('');
  const blocks = indexSubtree(document.body);
  const scroll = { y: 0 };
  blocks.forEach((block, i) => {
    block.element.getBoundingClientRect = () => {
      const top = i * 50 - scroll.y;
      return { top, bottom: top + 50, left: 0, right: 100, width: 100, height: 50 } as DOMRect;
    };
  });
  const observed = new Set<Element>();
  const io = { observes: 0, unobserves: 0, tell: (_entries: Partial<IntersectionObserverEntry>[]) => {} };
  class FakeIO {
    constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
      io.tell = callback;
    }
    observe(element: Element) {
      io.observes++;
      observed.add(element);
    }
    unobserve(element: Element) {
      io.unobserves++;
      observed.delete(element);
    }
    disconnect() {
      observed.clear();
    }
  }
  const frames: (() => void)[] = [];
  const view = {
    document,
    innerHeight: HEIGHT,
    IntersectionObserver: FakeIO,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: () => {},
  } as unknown as Window;
  const told: { entered: string[]; left: string[] }[] = [];
  const refines = { count: 0 };
  const nearby = new Nearby({
    view,
    refined: () => refines.count++,
    changed: (entered, left) => told.push({ entered: entered.map((b) => b.text), left: left.map((b) => b.text) }),
  });
  const frame = () => {
    for (const callback of frames.splice(0)) callback();
  };
  return { nearby, blocks, scroll, observed, io, told, frame, refines };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Nearby: which blocks lie within a screen of the view', () => {
  it('finds the blocks within MARGIN viewports above and below, and tells which came and left', () => {
    const { nearby, blocks, scroll, told, frame } = setUp(200);
    nearby.reset(blocks);
    nearby.refine();
    // Band: MARGIN viewports above the top to 1 + MARGIN below it; blocks are 50 px apart.
    expect(nearby.nearBlocks().size).toBe(Math.floor(((1 + MARGIN) * HEIGHT) / 50) + 1);
    expect(told).toHaveLength(1);
    scroll.y = 2000;
    nearby.schedule(true);
    frame();
    expect(nearby.isNear(blocks[0] as Block)).toBe(false);
    expect(nearby.isNear(blocks[40] as Block)).toBe(true);
    expect(told[1]?.left).toContain('block 0');
  });

  it('observes only the sentinels around the band, and follows the band when it moves', () => {
    const { nearby, blocks, observed, scroll, frame } = setUp(2000);
    nearby.reset(blocks);
    nearby.refine();
    // Chunks of 16 blocks (800 px): the near chunks, the one below, and the last block.
    expect(observed.size).toBeLessThan(8);
    expect(observed.has((blocks[0] as Block).element)).toBe(true);
    expect(observed.has((blocks[1999] as Block).element)).toBe(true);
    expect(observed.has((blocks[1000] as Block).element)).toBe(false);
    scroll.y = 50_000;
    nearby.schedule();
    frame();
    expect(observed.has((blocks[992] as Block).element)).toBe(true);
    expect(observed.has((blocks[0] as Block).element)).toBe(false);
    expect(observed.size).toBeLessThan(SENTINELS / 16);
  });

  it('refines when a sentinel crosses the band, not on the observer’s first word about it', () => {
    const { nearby, blocks, io, frame, refines } = setUp(2000);
    nearby.reset(blocks);
    nearby.refine();
    const target = (blocks[16] as Block).element;
    io.tell([{ target, isIntersecting: true }]);
    frame();
    expect(refines.count).toBe(1);
    io.tell([{ target, isIntersecting: false }]);
    frame();
    expect(refines.count).toBe(2);
  });

  it('a block read again in place of its element keeps its nearness and leaves the sentinels alone', () => {
    const { nearby, blocks, io, told, frame, refines } = setUp(500);
    nearby.reset(blocks);
    nearby.refine();
    const before = { ...io };
    const refined = refines.count;
    const old = blocks[0] as Block;
    const fresh: Block = { ...old, text: 'block 0 again' };
    nearby.replace(old, fresh);
    expect(nearby.isNear(fresh)).toBe(true);
    expect(nearby.isNear(old)).toBe(false);
    // A scroll frame afterwards that has not moved far is absorbed by the band: no refine, no sentinels re-picked.
    nearby.schedule(true);
    frame();
    expect(refines.count).toBe(refined);
    expect(io).toEqual(before);
    expect(told).toHaveLength(1);
  });

  it('an appended block joins the order at the end and is found near once it is in the band', () => {
    const { nearby, blocks, scroll, frame } = setUp(30);
    nearby.reset(blocks.slice(0, 29));
    nearby.refine();
    expect(nearby.isNear(blocks[29] as Block)).toBe(false);
    nearby.insert(blocks[29] as Block);
    expect(nearby.blocks.at(-1)).toBe(blocks[29]);
    // Scrolled so that the appended block (1,450 px down) is on screen.
    scroll.y = 1000;
    nearby.schedule();
    frame();
    expect(nearby.isNear(blocks[29] as Block)).toBe(true);
  });

  it('the band of the top document is MARGIN viewports above and below it', () => {
    const { nearby } = setUp(1);
    expect(nearby.bandOf(document)).toEqual({ top: -MARGIN * HEIGHT, bottom: (1 + MARGIN) * HEIGHT, offset: 0 });
  });
});
