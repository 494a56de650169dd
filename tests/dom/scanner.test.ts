// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_CHARS } from '@/content/runs';
import { PART_CHARS, Scanner, type Screen } from '@/content/scanner';
import type { Block } from '@/content/text-index';
import type { Mention } from '@/logic/terms/mention';
import { type FakeClock, fakeEngine, fakeSlicer } from './page-fakes';

/** A screen whose blocks carrying data-near are near, and that ends after the block with data-last-on-screen. */
function fakeScreen(): Screen & { asked: number } {
  const screen = {
    asked: 0,
    below: (block: Block) => {
      const last = document.querySelector('[data-last-on-screen]');
      return last !== null && (last.compareDocumentPosition(block.element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    near: (order: Block[]) => {
      screen.asked++;
      return order.filter((block) => block.element.hasAttribute('data-near'));
    },
  };
  return screen;
}

function setUp(html: string, engineCost = 1, sliceMs = 6) {
  document.body.innerHTML = html;
  const clock: FakeClock = { now: 0 };
  const engine = fakeEngine(clock, engineCost);
  const slicer = fakeSlicer(clock, sliceMs);
  const matched: { text: string; mentions: readonly Mention[] }[] = [];
  const screenDone: number[] = [];
  const scanner = new Scanner({
    engine,
    screen: fakeScreen(),
    slicer,
    matched: (block, mentions) => matched.push({ text: block.text, mentions }),
    screenDone: (walked) => screenDone.push(walked),
  });
  return { scanner, engine, slicer, matched, screenDone, clock };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Scanner: the time-sliced walk and match', () => {
  it('matches every block once, the near ones first, and tells when the screen is done', async () => {
    const { scanner, matched, screenDone } = setUp(
      '<p>one L1</p><p data-near>two fracture</p><p>three T12</p><p data-near>four</p>',
    );
    const totals = await scanner.scan(document.body, () => false);
    expect(matched.map((m) => m.text)).toEqual(['two fracture', 'four', 'one L1', 'three T12']);
    expect(screenDone).toEqual([4]);
    expect(totals).toMatchObject({ walked: 4 });
    expect(matched[0]?.mentions.map((m) => m.text)).toEqual(['fracture']);
  });

  it('paints the screen before the walk ends once the walk has gone past it', async () => {
    const blocks = Array.from(
      { length: 300 },
      (_, i) => `<p${i < 2 ? ' data-near' : ''}${i === 3 ? ' data-last-on-screen' : ''}>b${i}</p>`,
    );
    const { scanner, matched, screenDone } = setUp(blocks.join(''));
    await scanner.scan(document.body, () => false);
    // The screen was done while the walk had found far fewer than all 300 blocks.
    expect(screenDone).toHaveLength(1);
    expect(screenDone[0]).toBeLessThan(300);
    expect(matched.slice(0, 2).map((m) => m.text)).toEqual(['b0', 'b1']);
    expect(new Set(matched.map((m) => m.text)).size).toBe(300);
  });

  it('stops walking once past the screen, even with time left in the slice', async () => {
    const blocks = Array.from({ length: 2000 }, (_, i) => `<p${i === 3 ? ' data-last-on-screen' : ''}>b${i}</p>`);
    // A slice that never runs out: only passing the screen can end the first one before the whole page.
    const { scanner, screenDone } = setUp(blocks.join(''), 1, Number.MAX_SAFE_INTEGER);
    await scanner.scan(document.body, () => false);
    // Asked every 64 nodes (a block is two: element and text): within a few dozen blocks of the screen.
    expect(screenDone[0]).toBeLessThanOrEqual(40);
  });

  it('cuts matching into slices by the clock: no slice runs far past its deadline', async () => {
    // Blocks of half a run each: no two fit one run, so each is an engine call of its own.
    const html = Array.from({ length: 40 }, (_, i) => `<p>${'x'.repeat(RUN_CHARS / 2 - 8)} ${i} fracture</p>`).join('');
    const { scanner, slicer } = setUp(html, 2);
    const totals = await scanner.scan(document.body, () => false);
    // 40 runs at 2 ms each is 80 ms of work: in slices of 6 ms, each ends at the first run past it.
    expect(totals?.matchMs).toBe(80);
    expect(totals?.longestSliceMs).toBeLessThanOrEqual(8);
    expect(slicer.stats.slices).toBeGreaterThanOrEqual(10);
  });

  it('reads a long block in parts across slices and keeps all its findings', async () => {
    // Four-character words: the fake engine's parts (cut every PART_CHARS) never split one.
    const long = 'T12 '.repeat((PART_CHARS * 4) / 4);
    const { scanner, matched, engine, slicer } = setUp(`<pre>${long}</pre><p>fracture</p>`, 4);
    await scanner.scan(document.body, () => false);
    const pre = matched.find((m) => m.text.startsWith('T12'));
    expect(pre?.mentions.length).toBe(PART_CHARS);
    expect(pre?.mentions.at(-1)?.start).toBe(long.length - 4);
    expect(engine.calls.some((call) => call.text.startsWith('parts of'))).toBe(true);
    // Four parts at 4 ms each do not fit one 6 ms slice.
    expect(slicer.stats.slices).toBeGreaterThan(3);
  });

  it('reads consecutive short blocks as one text, one a line, a heading element as a header line', async () => {
    const { scanner, engine, matched } = setUp(
      '<p>Known L1 fracture.</p><h3>Family history</h3><p>Sister: no fracture.</p>',
    );
    await scanner.scan(document.body, () => false);
    const reads = engine.calls.filter((call) => call.text !== 'warm-up');
    expect(reads.map((call) => call.text)).toEqual(['Known L1 fracture.\nFamily history:\nSister: no fracture.']);
    // Each block gets its own mentions, in offsets of its own text.
    expect(matched.map((m) => [m.text, m.mentions.map((found) => [found.text, found.start, found.assertion])])).toEqual(
      [
        [
          'Known L1 fracture.',
          [
            ['L1', 6, 'affirmed'],
            ['fracture', 9, 'affirmed'],
          ],
        ],
        ['Family history', []],
        ['Sister: no fracture.', [['fracture', 11, 'negated']]],
      ],
    );
  });

  it('starts a run in the section its first block sits under (a heading element in an earlier run)', async () => {
    const long = `<p>${'Long text. '.repeat(RUN_CHARS / 11)}</p>`;
    const { scanner, engine } = setUp(`<h3>Family history</h3>${long}<p>Sister had a fracture.</p>`);
    await scanner.scan(document.body, () => false);
    expect(engine.calls.find((call) => call.text.startsWith('Sister'))?.section).toBe('FAMILY HISTORY');
  });

  it('joins only blocks next to each other in the page: near blocks apart are read apart', async () => {
    const { scanner, engine } = setUp('<p data-near>one</p><p data-near>two</p><p>three</p><p data-near>four</p>');
    await scanner.scan(document.body, () => false);
    expect(engine.calls.filter((call) => call.text !== 'warm-up').map((call) => call.text)).toEqual([
      'one\ntwo',
      'four',
      'three',
    ]);
  });

  it('stops when cancelled, and returns null', async () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p>block ${i}</p>`).join('');
    const { scanner, matched } = setUp(html, 2);
    let slices = 0;
    const totals = await scanner.scan(document.body, () => ++slices > 3);
    expect(totals).toBeNull();
    expect(matched.length).toBeLessThan(40);
  });

  it('warms the engine up before it matches anything, outside every slice', async () => {
    document.body.innerHTML = '<p data-near>L1 fracture</p><p>T12</p>';
    const clock: FakeClock = { now: 0 };
    const engine = fakeEngine(clock, 1, 20);
    const scanner = new Scanner({ engine, screen: fakeScreen(), slicer: fakeSlicer(clock), matched: () => {} });
    const totals = await scanner.scan(document.body, () => false);
    expect(engine.calls[0]?.text).toBe('warm-up');
    expect(engine.calls.filter((call) => call.text === 'warm-up')).toHaveLength(1);
    // Its 20 ms are no slice's: the slices hold only the two blocks' matching.
    expect(totals?.longestSliceMs).toBeLessThan(20);
    expect(totals?.matchMs).toBe(2);
  });

  it('matches the screen in the task whose walk passed it: no yield between', async () => {
    const blocks = Array.from(
      { length: 300 },
      (_, i) => `<p${i < 2 ? ' data-near' : ''}${i === 3 ? ' data-last-on-screen' : ''}>b${i}</p>`,
    );
    document.body.innerHTML = blocks.join('');
    const clock: FakeClock = { now: 0 };
    const slicer = fakeSlicer(clock);
    const yieldsAtScreen: number[] = [];
    const scanner = new Scanner({
      engine: fakeEngine(clock),
      screen: fakeScreen(),
      slicer,
      matched: () => {},
      screenDone: () => yieldsAtScreen.push(slicer.stats.yields),
    });
    await scanner.scan(document.body, () => false);
    expect(yieldsAtScreen).toEqual([0]);
    // The rest of the page was still walked and matched in slices, yielding between them.
    expect(slicer.stats.yields).toBeGreaterThan(0);
  });

  it('walks and matches a changed subtree at once, outside any scan', () => {
    const { scanner, matched } = setUp('<div id="live"><p>T12 fracture</p></div>');
    const blocks = scanner.walkNow(document.getElementById('live') as Element);
    expect(blocks.map((block) => block.text)).toEqual(['T12 fracture']);
    scanner.matchNow(blocks);
    expect(matched[0]?.mentions.map((m) => m.text)).toEqual(['T12', 'fracture']);
  });

  it('reads the blocks a change brings in the section they start in, and under any heading they bring', async () => {
    const { scanner, engine } = setUp('<h3>Impression</h3><p>L1 fracture.</p><div id="live"></div>');
    await scanner.scan(document.body, () => false);
    const live = document.getElementById('live') as Element;
    live.innerHTML = '<p>T12 fracture.</p><h3>Family history</h3><p>Sister had a fracture.</p>';
    scanner.matchNow(scanner.walkNow(live));
    // One run: it starts in the section before it, and the heading it brings is a header line in its text.
    const read = engine.calls.findLast((call) => call.text.startsWith('T12'));
    expect(read).toEqual({ text: 'T12 fracture.\nFamily history:\nSister had a fracture.', section: 'IMPRESSION' });
  });
});
