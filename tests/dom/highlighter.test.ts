// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter, type HighlighterOptions, type ScanStats } from '@/content/highlighter';
import { findMentions, mentionsInParts, warmUp } from '@/logic';
import { type FakeClock, fakeEngine, fakeNearSet, fakeRegistry, fakeSlicer, fakeTimers } from './page-fakes';

let running: Highlighter | null = null;

function start(html: string, options: Partial<HighlighterOptions> = {}) {
  document.body.innerHTML = html;
  const clock: FakeClock = { now: 0 };
  const timers = fakeTimers();
  const registry = fakeRegistry();
  const counted: number[] = [];
  const scanned: ScanStats[] = [];
  const updated: number[] = [];
  const highlighter = new Highlighter({
    document,
    engine: fakeEngine(clock),
    counted: (affirmed) => counted.push(affirmed),
    onScanned: (stats) => scanned.push(stats),
    onUpdated: (ms) => updated.push(ms),
    slicer: fakeSlicer(clock),
    later: timers.later,
    registry,
    nearby: fakeNearSet,
    ...options,
  });
  running = highlighter;
  return { highlighter, timers, registry, counted, scanned, updated };
}

/** MutationObserver callbacks come in a microtask. */
const records = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  running?.stop();
  running = null;
  document.body.innerHTML = '';
});

describe('Highlighter: the coordinator wires the parts', () => {
  it('a full scan lists every finding in page order, paints the near ones and tells the count once', async () => {
    const { highlighter, timers, registry, counted, scanned } = start(
      '<p data-near>L1 fracture</p><p>no fracture</p><p>T12</p>',
    );
    await highlighter.ready;
    expect(highlighter.list().findings.map((f) => [f.index, f.text, f.assertion])).toEqual([
      [0, 'L1', 'affirmed'],
      [1, 'fracture', 'affirmed'],
      [2, 'fracture', 'negated'],
      [3, 'T12', 'affirmed'],
    ]);
    expect(registry.texts('vcf-lens-fracture')).toEqual(['fracture']);
    expect(registry.texts('vcf-lens-negated')).toEqual([]);
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toMatchObject({ blocks: 3, findings: 4, walked: 3, registeredRanges: 2 });
    expect(counted).toEqual([]);
    timers.fire();
    expect(counted).toEqual([3]);
  });

  it('a page change reads only the changed block again, keeps it painted, and the count follows', async () => {
    const { highlighter, timers, registry, counted, updated } = start('<p id="a" data-near>L1</p><p>T12</p>');
    await highlighter.ready;
    timers.fire();
    (document.getElementById('a') as HTMLElement).append(' fracture');
    await records();
    expect(updated).toHaveLength(1);
    expect(registry.texts('vcf-lens-fracture')).toEqual(['fracture']);
    expect(registry.texts('vcf-lens-level')).toEqual(['L1']);
    const added = document.createElement('p');
    added.textContent = 'no fracture';
    document.body.append(added);
    await records();
    expect(highlighter.list().findings.map((f) => f.text)).toEqual(['L1', 'fracture', 'T12', 'fracture']);
    document.getElementById('a')?.remove();
    await records();
    expect(highlighter.list().findings.map((f) => f.text)).toEqual(['T12', 'fracture']);
    expect(registry.texts('vcf-lens-level')).toEqual([]);
    timers.fire();
    expect(counted).toEqual([2, 1]);
  });

  it('a change while the scan runs brings another scan, not a patch', async () => {
    const { highlighter, scanned, updated } = start('<p>L1</p>');
    // The scan starts after this task: the change lands while it walks.
    await Promise.resolve();
    const p = document.createElement('p');
    p.textContent = 'T12';
    document.body.append(p);
    await highlighter.ready;
    await records();
    expect(scanned).toHaveLength(2);
    expect(updated).toEqual([]);
    expect(highlighter.list().findings.map((f) => f.text)).toEqual(['L1', 'T12']);
  });

  it('revealing quoted words flashes them without making a finding of them', async () => {
    const { highlighter, registry } = start('<p>Sister with osteoporosis.</p><p data-near>L1</p>');
    await highlighter.ready;
    const before = highlighter.list();
    expect(highlighter.revealText('with   osteoporosis')).toBe(true);
    expect(registry.texts('vcf-lens-flash')).toEqual(['with osteoporosis']);
    expect(registry.texts('vcf-lens-fracture')).toEqual([]);
    expect(highlighter.list()).toEqual(before);
    expect(highlighter.revealText('not on the page')).toBe(false);
  });

  it('revealing finding N paints its block even far from the view, and flashes that finding', async () => {
    const { highlighter, registry } = start('<p data-near>L1</p><p>far T12 fracture</p>');
    await highlighter.ready;
    expect(highlighter.reveal(2)).toBe(true);
    expect(registry.texts('vcf-lens-flash')).toEqual(['fracture']);
    expect(registry.texts('vcf-lens-level').sort()).toEqual(['L1', 'T12']);
    expect(highlighter.reveal(9)).toBe(false);
  });

  it('settings: categories repaint, switching off clears, and the page text reads headings as headers', async () => {
    const { highlighter, registry } = start('<h3 data-near>Findings</h3><p data-near>L1 fracture</p>');
    await highlighter.ready;
    highlighter.setCategories(['level']);
    expect(registry.texts('vcf-lens-fracture')).toEqual([]);
    expect(registry.texts('vcf-lens-level')).toEqual(['L1']);
    highlighter.setEnabled(false);
    expect(highlighter.stats().registeredRanges).toBe(0);
    expect(highlighter.list().enabled).toBe(false);
    expect(highlighter.pageText()).toBe('Findings:\nL1 fracture');
  });

  it('stop() removes every highlight and stops following the page', async () => {
    const { highlighter, registry, updated } = start('<p data-near>L1</p>');
    await highlighter.ready;
    highlighter.stop();
    expect(registry.highlights.size).toBe(0);
    document.body.append('T12');
    await records();
    expect(updated).toEqual([]);
  });

  it('with the real engine, a block under a heading element is read in its section', async () => {
    const { highlighter } = start('<h3>Family history</h3><p>Compression fracture of L1.</p>', {
      engine: { findMentions, mentionsInParts, warmUp },
    });
    await highlighter.ready;
    const fracture = highlighter.list().findings.find((f) => f.category === 'fracture');
    expect(fracture?.assertion).toBe('other-person');
  });
});
