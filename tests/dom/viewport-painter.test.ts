// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FLASH, MAX_RANGES } from '@/content/painter';
import { type Block, indexSubtree } from '@/content/text-index';
import { LARGE_BLOCK, ViewportPainter } from '@/content/viewport-painter';
import type { Category, Mention } from '@/logic/terms/mention';
import { fakeEngine, fakeNearSet, fakeRegistry } from './page-fakes';

const engine = fakeEngine();

function setUp(html: string, options: { enabled?: boolean; categories?: Category[] } = {}) {
  document.body.innerHTML = html;
  const blocks = indexSubtree(document.body);
  const findings = new Map<Block, readonly Mention[]>(blocks.map((block) => [block, engine.findMentions(block.text)]));
  const registry = fakeRegistry();
  let near: ReturnType<typeof fakeNearSet> | null = null;
  /** Where the near part of a large block starts, in findings: the test moves it to "scroll". */
  const nearFrom = { at: 0 };
  const painter = new ViewportPainter({
    view: window,
    findingsOf: (block) => findings.get(block),
    categories: options.categories ?? ['fracture', 'level'],
    enabled: options.enabled ?? true,
    registry,
    nearby: (hooks) => {
      near = fakeNearSet(hooks);
      return near;
    },
    // LARGE_BLOCK findings of a large block from nearFrom.at count as near.
    slice: (_block, list) => [nearFrom.at, Math.min(list.length, nearFrom.at + LARGE_BLOCK)],
  });
  const offerAll = () => {
    for (const block of blocks) painter.offer(block, findings.get(block) ?? []);
  };
  return {
    painter,
    blocks,
    findings,
    registry,
    near: near as unknown as ReturnType<typeof fakeNearSet>,
    offerAll,
    nearFrom,
  };
}

const fracture = 'vcf-lens-fracture';
const level = 'vcf-lens-level';
const negated = 'vcf-lens-negated';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ViewportPainter: ranges only for blocks near the view', () => {
  it('paints the near blocks of a scan and leaves far ones as records', () => {
    const { painter, blocks, registry, offerAll } = setUp('<p data-near>L1 fracture</p><p>T12 fracture</p>');
    expect([...painter.near(blocks)]).toEqual([blocks[0]]);
    offerAll();
    expect(registry.texts(fracture)).toEqual(['fracture']);
    expect(registry.texts(level)).toEqual(['L1']);
    expect(painter.ranges).toBe(2);
  });

  it('paints a block that comes near and unpaints one that leaves', () => {
    const { painter, blocks, registry, near, offerAll } = setUp('<p data-near>L1</p><p>no fracture</p>');
    painter.near(blocks);
    offerAll();
    near.move([blocks[1] as Block], [blocks[0] as Block]);
    expect(registry.texts(level)).toEqual([]);
    expect(registry.texts(negated)).toEqual(['fracture']);
    expect(painter.ranges).toBe(1);
  });

  it('switching off unpaints everything; on again repaints what is near', () => {
    const { painter, blocks, registry, offerAll } = setUp('<p data-near>L1 fracture</p>');
    painter.near(blocks);
    offerAll();
    painter.setEnabled(false);
    expect(painter.ranges).toBe(0);
    painter.offer(blocks[0] as Block, engine.findMentions('L1 fracture'));
    expect(painter.ranges).toBe(0);
    painter.setEnabled(true);
    expect(registry.texts(fracture)).toEqual(['fracture']);
    expect(painter.enabled).toBe(true);
  });

  it('paints only the categories chosen, and says when a change of categories changes nothing', () => {
    const { painter, blocks, registry, offerAll } = setUp('<p data-near>L1 fracture</p>', { categories: ['level'] });
    painter.near(blocks);
    offerAll();
    expect(registry.texts(fracture)).toEqual([]);
    expect(painter.setCategories(['level'])).toBe(false);
    expect(painter.setCategories(['fracture'])).toBe(true);
    expect(registry.texts(fracture)).toEqual(['fracture']);
    expect(registry.texts(level)).toEqual([]);
  });

  it('never registers more than MAX_RANGES; blocks that did not fit are painted when others leave', () => {
    // 41 blocks of 50 findings: 40 fit under the cap of 2,000, the last waits.
    const block = `<p data-near>${Array.from({ length: 50 }, () => 'T12').join(' ')}</p>`;
    const { painter, blocks, near, offerAll } = setUp(block.repeat(MAX_RANGES / 50 + 1));
    painter.near(blocks);
    offerAll();
    expect(painter.ranges).toBe(MAX_RANGES);
    near.move([], [blocks[0] as Block]);
    // The one that waited is painted once another left: the cap is full again.
    expect(painter.ranges).toBe(MAX_RANGES);
    expect(painter.peak).toBe(MAX_RANGES);
  });

  it('paints a block with very many findings in part, and follows the scroll', () => {
    const text = Array.from({ length: LARGE_BLOCK + 20 }, () => 'L1').join(' ');
    const { painter, blocks, registry, near, offerAll, nearFrom } = setUp(`<pre data-near>${text}</pre>`);
    painter.near(blocks);
    offerAll();
    expect(painter.ranges).toBe(LARGE_BLOCK);
    const first = [...(registry.highlights.get(level) ?? [])].map((range) => range.start).sort((a, b) => a - b)[0];
    expect(first).toBe(0);
    // A refine after a scroll: the near slice moved, so the block is painted again from finding 10.
    nearFrom.at = 10;
    near.refine();
    const starts = [...(registry.highlights.get(level) ?? [])].map((range) => range.start).sort((a, b) => a - b);
    expect(starts[0]).toBe(10 * 3);
    expect(painter.ranges).toBe(LARGE_BLOCK);
  });

  it("a block read again takes its predecessor's place and nearness; added and gone blocks reschedule", () => {
    const { painter, blocks, registry, near, offerAll } = setUp('<p data-near>L1</p>');
    painter.near(blocks);
    offerAll();
    const old = blocks[0] as Block;
    const fresh: Block = { ...old, text: 'T12' };
    painter.replace(old, fresh);
    expect(registry.texts(level)).toEqual([]);
    painter.offer(fresh, engine.findMentions('T12'));
    expect(registry.texts(level)).toEqual(['T12']);
    painter.follow([], new Set([fresh]));
    expect(painter.ranges).toBe(0);
    expect(near.calls.at(-1)).toBe('schedule');
  });

  it('shows a block now (reveal) even when it was not near, and flashes a span above the others', () => {
    const { painter, blocks, registry } = setUp('<p>far away L1 fracture</p>');
    painter.showNow(blocks[0] as Block);
    expect(registry.texts(level)).toEqual(['L1']);
    painter.flash(blocks[0] as Block, { start: 0, end: 8 });
    expect(registry.texts(FLASH)).toEqual(['far away']);
    expect(registry.highlights.get(FLASH)?.priority).toBeGreaterThan(registry.highlights.get(level)?.priority ?? 0);
  });

  it('stop() removes every highlight it registered', () => {
    const { painter, blocks, registry, near, offerAll } = setUp('<p data-near>L1 fracture</p>');
    painter.near(blocks);
    offerAll();
    painter.stop();
    expect(registry.highlights.size).toBe(0);
    expect(near.calls).toContain('stop');
  });
});
