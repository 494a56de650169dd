// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { COUNT_DELAY_MS, FindingIndex } from '@/content/finding-index';
import { type Block, indexSubtree } from '@/content/text-index';
import type { Mention } from '@/logic/terms/mention';
import { fakeEngine, fakeTimers } from './page-fakes';

const engine = fakeEngine();

function page(html: string): Block[] {
  document.body.innerHTML = html;
  return indexSubtree(document.body);
}

function keepAll(index: FindingIndex, blocks: Block[]): void {
  for (const block of blocks) index.keep(block, engine.findMentions(block.text));
}

const texts = (findings: readonly Mention[]) => findings.map((finding) => finding.text);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FindingIndex: the page findings as records', () => {
  it('lists findings in document order whatever order blocks were kept in, and counts them', () => {
    const blocks = page('<p>L1 fracture</p><p>no fracture</p><p>T12</p>');
    const index = new FindingIndex();
    keepAll(index, [...blocks].reverse());
    expect(texts(index.all())).toEqual(['L1', 'fracture', 'fracture', 'T12']);
    expect(index.all().map((finding) => finding.assertion)).toEqual(['affirmed', 'affirmed', 'negated', 'affirmed']);
    expect(index.count).toBe(4);
    expect(index.affirmedCount).toBe(3);
    expect(index.size).toBe(3);
  });

  it('a block kept again replaces its findings instead of counting them twice', () => {
    const [block] = page('<p>L1 fracture</p>') as [Block];
    const index = new FindingIndex();
    index.keep(block, engine.findMentions(block.text));
    index.keep(block, engine.findMentions(block.text));
    expect(index.count).toBe(2);
    expect(index.affirmedCount).toBe(2);
  });

  it('dropping a block takes its findings and counts away, and a new order is made after changed()', () => {
    const blocks = page('<p>L1 fracture</p><p>T12</p>');
    const index = new FindingIndex({ later: fakeTimers().later });
    keepAll(index, blocks);
    expect(index.all()).toHaveLength(3);
    expect(index.drop(blocks[0] as Block)).toBe(2);
    index.changed();
    expect(texts(index.all())).toEqual(['T12']);
    expect(index.affirmedCount).toBe(1);
    expect(index.blockAt((blocks[0] as Block).element)).toBeUndefined();
    expect(index.drop(blocks[0] as Block)).toBe(0);
  });

  it('leaves hidden blocks out of the list and the shown blocks, but keeps their findings', () => {
    const blocks = page('<p>L1 fracture</p><p class="hidden">T12</p>');
    const index = new FindingIndex({ isShown: (block) => !block.element.classList.contains('hidden') });
    keepAll(index, blocks);
    expect(texts(index.shownFindings())).toEqual(['L1', 'fracture']);
    expect(index.shownBlocks().map((block) => block.text)).toEqual(['L1 fracture']);
    expect(index.count).toBe(3);
  });

  it('tells the affirmed count once per burst of changes, after the delay, and only when it moved', () => {
    const timers = fakeTimers();
    const told: number[] = [];
    const delays: number[] = [];
    const index = new FindingIndex({
      counted: (affirmed) => told.push(affirmed),
      later: (work, ms) => {
        delays.push(ms);
        return timers.later(work, ms);
      },
    });
    const blocks = page('<p>L1 fracture</p><p>T12</p>');
    index.keep(blocks[0] as Block, engine.findMentions('L1 fracture'));
    index.changed();
    index.keep(blocks[1] as Block, engine.findMentions('T12'));
    index.changed();
    expect(told).toEqual([]);
    expect(timers.pending).toBe(1);
    expect(delays).toEqual([COUNT_DELAY_MS]);
    timers.fire();
    expect(told).toEqual([3]);
    // The same count after a change (a clock tick re-read) is not told again.
    index.keep(blocks[1] as Block, engine.findMentions('T12'));
    index.changed();
    timers.fire();
    expect(told).toEqual([3]);
  });

  it('finds the blocks a removed element took with it, and only those that left the page', () => {
    const blocks = page('<section><p>L1</p><p>T12</p></section><p>fracture</p>');
    const index = new FindingIndex();
    keepAll(index, blocks);
    const section = document.querySelector('section') as Element;
    expect(index.removedWith(section)).toEqual([]);
    section.remove();
    expect(index.removedWith(section).map((block) => block.text)).toEqual(['L1', 'T12']);
  });

  it('stop() cancels a pending count', () => {
    const timers = fakeTimers();
    const told: number[] = [];
    const index = new FindingIndex({ counted: (affirmed) => told.push(affirmed), later: timers.later });
    keepAll(index, page('<p>L1</p>'));
    index.changed();
    index.stop();
    expect(timers.pending).toBe(0);
    expect(index.size).toBe(0);
  });
});
