/**
 * One page size's measurements, the same in every browser: the page alone, the content script with its
 * styles declared first (the registered path), the on-demand path, and mark.js, on fresh loads. What a
 * browser can or can't give beyond the page's own clocks (heap, style-recalc trace, long tasks) comes from
 * its driver (index.ts for Chromium, firefox.ts for Firefox).
 */

import {
  appendOne,
  floor,
  idleFrame,
  injectStyles,
  lensDone,
  markjs,
  type Pattern,
  scrollSteps,
  settle,
  tick,
  twoFrames,
  watch,
  watchLongFrames,
} from './in-page';
import { extraReport } from './report-page';
import { mean, median, type Result, summarise } from './result';

/** A loaded report page: runs one of the in-page functions (in-page.ts) with one argument. */
export interface BenchPage {
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  addScript(path: string): Promise<void>;
  /** Brings this tab to the front: a background tab gets its animation frames about once a second. */
  front(): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the e2e build installed, driven from one of the extension's contexts. */
export interface BenchDriver {
  /** A new tab on `url`, loaded, with the probes installed and two frames gone by. */
  fresh(url: string): Promise<BenchPage>;
  tabIdOf(url: string): Promise<number>;
  insertCss(tabId: number): Promise<void>;
  inject(tabId: number): Promise<void>;
  /** The floor run in the content scripts' world of the tab (in-page.ts isolatedFloor). */
  isolatedFloor(tabId: number, patterns: Pattern[]): Promise<number>;
  /** The page's live heap in MB after a full collection, where the browser can tell it. */
  liveHeap?(page: BenchPage): Promise<number>;
  /** Starts a trace that counts full style recalcs, where the browser can trace. */
  traceRecalcs?(page: BenchPage): Promise<(elements: number) => Promise<number>>;
  /** No Long Tasks API (Firefox): count frames that came over 50 ms late instead. */
  longFrames: boolean;
}

/** Clock ticks in a row on one page before the other page's turn. */
const TICK_BATCH = 5;

export interface BenchOptions {
  runs: number;
  /** Clock ticks per fresh load, on the bare page and on the lens page alike. */
  ticks: number;
  /** Reports appended per page, one at a time, each a sample of the incremental path. */
  appends: number;
  scrolls: number;
  /** report.css of the build, for the style-injection figure. */
  css: string;
  patterns: Pattern[];
}

export async function measure(
  driver: BenchDriver,
  url: string,
  page: Pick<Result, 'size_mb' | 'page_bytes'>,
  options: BenchOptions,
): Promise<Result> {
  const { runs, ticks, appends, scrolls, css, patterns } = options;
  const extra = extraReport();
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => {
    samples[key] ??= [];
    samples[key].push(value);
  };
  const watchAll = async (target: BenchPage) => {
    await target.run(watch);
    if (driver.longFrames) await target.run(watchLongFrames);
  };
  let textNodes = 0;
  let matches = 0;
  for (let run = 0; run < runs; run++) {
    // The page alone: idle frames, the floor (in the page's world and the content scripts'), scrolling,
    // appended reports; its clock ticks and one style injection come once the lens page is ready (below).
    const plain = await driver.fresh(url);
    add('frame', median(await Promise.all([0, 1, 2].map(() => plain.run(twoFrames)))));
    const measured = await plain.run(floor, patterns);
    add('floor', measured.ms);
    matches = measured.matches;
    textNodes = measured.textNodes;
    add('floor_isolated', await driver.isolatedFloor(await driver.tabIdOf(url), patterns));
    const idle = await plain.run(idleFrame, ticks);
    add('idle_work', idle);
    const plainScroll = await plain.run(scrollSteps, scrolls);
    for (let i = 0; i < appends; i++) add('append_plain', (await plain.run(appendOne, extra)).frameMs - idle);
    // Left open: its clock ticks in turn with the lens page's (below).

    // The real content script, its styles declared up front as the registered path has them (report.css
    // at document_start): the lens path. The one style recalc of on-demand use is measured below.
    const lensPage = await driver.fresh(url);
    const tabId = await driver.tabIdOf(url);
    await driver.insertCss(tabId);
    await lensPage.run(settle);
    // Before watching: the forced collection is the bench's own long task, not the script's.
    const heapBefore = driver.liveHeap ? await driver.liveHeap(lensPage) : Number.NaN;
    await watchAll(lensPage);
    await driver.inject(tabId);
    const lens = await lensPage.run(lensDone);
    add('lens', lens.ms);
    add('complete', lens.completeMs);
    add('walk', lens.stats.walkMs);
    add('match', lens.stats.matchMs);
    add('slice', lens.stats.longestSliceMs);
    add('long', lens.long);
    add('mutations', lens.mutations);
    add('ranges', lens.ranges);
    for (let i = 0; i < appends; i++) {
      const appended = await lensPage.run(appendOne, extra);
      add('incremental', appended.scriptMs);
      if (i === 0) add('incremental_first', appended.scriptMs);
      add('append_lens', appended.frameMs - idle);
    }
    // Both pages now hold the same appended reports: their clocks tick in turn, a batch on each, so a busy
    // moment of a shared machine weighs on both sides of the difference alike rather than on one.
    const plainTicks: number[] = [];
    const lensTicks: number[] = [];
    const ticksOn = async (page: BenchPage, batch: number) => {
      await page.front();
      // A tab coming to the front repaints: its clock ticks once that has settled.
      await page.run(settle);
      return page.run(tick, batch);
    };
    for (let done = 0; done < ticks; done += TICK_BATCH) {
      const batch = Math.min(TICK_BATCH, ticks - done);
      plainTicks.push(...(await ticksOn(plain, batch)));
      lensTicks.push(...(await ticksOn(lensPage, batch)));
    }
    for (const ms of plainTicks) add('tick_plain', ms);
    for (const ms of lensTicks) add('tick_lens', ms);
    add('tick_extra_per_load', median(lensTicks) - median(plainTicks));
    await plain.front();
    await plain.run(settle);
    add('style_inject', (await plain.run(injectStyles, css)) - idle);
    await plain.close();
    await lensPage.front();
    await lensPage.run(settle);
    const lensScroll = await lensPage.run(scrollSteps, scrolls);
    add('scroll_extra', mean(lensScroll) - mean(plainScroll));
    add('scroll_worst', Math.max(...lensScroll));
    // Last, so that its forced collection disturbs none of the measurements above.
    if (driver.liveHeap) add('heap', (await driver.liveHeap(lensPage)) - heapBefore);
    await lensPage.close();

    // On demand (toolbar, scripting.executeScript) into the loaded page: the script adopts the styles
    // itself, which costs the one full style recalc; a trace counts the recalcs where there is one.
    const cold = await driver.fresh(url);
    await watchAll(cold);
    const elements = await cold.run(() => document.getElementsByTagName('*').length);
    const recalcs = driver.traceRecalcs ? await driver.traceRecalcs(cold) : null;
    await driver.inject(await driver.tabIdOf(url));
    const onDemand = await cold.run(lensDone);
    add('lens_on_demand', onDemand.ms);
    add('long_on_demand', onDemand.long);
    if (recalcs) add('recalcs', await recalcs(elements));
    await cold.close();

    // mark.js on a fresh load, same expressions.
    const marked = await driver.fresh(url);
    await marked.addScript(MARKJS_PATH);
    add('markjs', await marked.run(markjs, patterns));
    await marked.close();
  }
  return summarise(samples, { ...page, text_nodes: textNodes, matches });
}

/** The baseline highlighter, from node_modules (not shipped). */
export const MARKJS_PATH = 'node_modules/mark.js/dist/mark.min.js';
