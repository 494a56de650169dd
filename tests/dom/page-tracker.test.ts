// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DirtySet } from '@/content/dirty';
import { NAVIGATION_SETTLE_MS, PageTracker } from '@/content/page-tracker';
import { fakeTimers } from './page-fakes';

function setUp(scanning = false) {
  const timers = fakeTimers();
  const seen = { changed: [] as DirtySet[], rescans: 0, moved: [] as boolean[], roots: [] as Node[] };
  const state = { scanning };
  const delays: number[] = [];
  const tracker = new PageTracker({
    document,
    changed: (dirty) => seen.changed.push(dirty),
    rescan: () => seen.rescans++,
    scanning: () => state.scanning,
    moved: (scrolled) => seen.moved.push(scrolled),
    watching: (root) => seen.roots.push(root),
    later: (work, ms) => {
      delays.push(ms);
      return timers.later(work, ms);
    },
  });
  return { tracker, timers, seen, state, delays };
}

/** MutationObserver callbacks come in a microtask. */
const records = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('PageTracker: the one observer of page changes', () => {
  it('reduces a change to the block it touched and hands it over', async () => {
    document.body.innerHTML = '<p id="a">one</p><p>two</p>';
    const { tracker, seen } = setUp();
    stop = () => tracker.stop();
    await tracker.parsed;
    (document.getElementById('a') as HTMLElement).append(' more');
    await records();
    expect(seen.changed).toHaveLength(1);
    expect([...(seen.changed[0] as DirtySet).roots].map((root) => root.id)).toEqual(['a']);
    expect(seen.roots).toEqual([document]);
  });

  it('while a full scan runs, a change only asks for another scan', async () => {
    document.body.innerHTML = '<p id="a">one</p>';
    const { tracker, seen } = setUp(true);
    stop = () => tracker.stop();
    (document.getElementById('a') as HTMLElement).append(' more');
    await records();
    expect(seen.changed).toEqual([]);
    expect(seen.rescans).toBe(1);
  });

  it('too many changed places at once ask for a full scan', async () => {
    const { tracker, seen } = setUp();
    stop = () => tracker.stop();
    for (let i = 0; i < 250; i++) {
      const div = document.createElement('div');
      div.textContent = `block ${i}`;
      document.body.append(div);
    }
    await records();
    expect(seen.rescans).toBe(1);
    expect(seen.changed).toEqual([]);
  });

  it('a navigation rescans once it has settled, once for a burst of events', () => {
    const { tracker, seen, timers, delays } = setUp();
    stop = () => tracker.stop();
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('hashchange'));
    expect(seen.rescans).toBe(0);
    expect(timers.pending).toBe(1);
    expect(delays).toEqual([NAVIGATION_SETTLE_MS, NAVIGATION_SETTLE_MS]);
    timers.fire();
    expect(seen.rescans).toBe(1);
  });

  it('scrolls (caught on the way down) and resizes are told apart', () => {
    document.body.innerHTML = '<div id="scroller"><p>text</p></div>';
    const { tracker, seen } = setUp();
    stop = () => tracker.stop();
    (document.getElementById('scroller') as HTMLElement).dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(seen.moved).toEqual([true, false]);
  });

  it('a watched frame that loads asks for a rescan; a shadow root is watched once', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const { tracker, seen } = setUp();
    stop = () => tracker.stop();
    // Not in the page: happy-dom does not load frames, and only the element's load event matters here.
    const frame = document.createElement('iframe');
    tracker.watchFrame(frame);
    tracker.watchFrame(frame);
    frame.dispatchEvent(new Event('load'));
    expect(seen.rescans).toBe(1);
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    tracker.watchRoot(shadow);
    tracker.watchRoot(shadow);
    expect(seen.roots).toEqual([document, shadow]);
    const p = document.createElement('p');
    p.textContent = 'in the shadow';
    shadow.append(p);
    await records();
    expect(seen.changed).toHaveLength(1);
  });

  it('stop() takes everything down: no more changes, scrolls or navigations', async () => {
    document.body.innerHTML = '<p id="a">one</p>';
    const { tracker, seen, timers } = setUp();
    window.dispatchEvent(new Event('popstate'));
    tracker.stop();
    expect(timers.pending).toBe(0);
    (document.getElementById('a') as HTMLElement).append(' more');
    window.dispatchEvent(new Event('popstate'));
    document.dispatchEvent(new Event('scroll'));
    await records();
    expect(seen).toMatchObject({ changed: [], rescans: 0, moved: [] });
  });
});
