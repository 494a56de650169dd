/**
 * `npm run bench`: the page highlighter against its floor and mark.js on generated report pages, in
 * headless Chromium with the e2e build of the extension. Fresh load per measurement, medians of RUNS.
 * Flags: --size <MB> (default 2, and 8 is run too unless --size is given), --runs <n>, --json.
 *
 * Frame costs (steady, incremental, style) are main-thread work, not two-rAF wall time: the change, the
 * observers it wakes, then the next frame's rendering up to a task posted from its first rAF callback
 * (see installProbes). Wall time steps by the 16 ms frame clock and hides a few-ms difference. Each
 * "extra" is the same change on the same kind of page with the extension minus without it.
 *
 * The two figures that sit near their goals, one appended report's script time and a clock tick's extra
 * frame work, are medians of many samples (APPENDS and TICKS per fresh load, RUNS loads: at least 20
 * each), printed and kept in the JSON's `spread` with their quartiles and range, so one busy moment on a
 * shared machine moves the spread, not the figure.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { lexiconPattern } from '../../logic';
import { launchChromium } from '../lib/chromium';
import { serveFolder } from '../lib/static-server';
import { engineBench, engineGoalsMet, printEngine } from './engine';
import {
  appendOne,
  floor,
  idleFrame,
  injectStyles,
  installProbes,
  lensDone,
  markjs,
  scrollSteps,
  settle,
  tick,
  twoFrames,
  watch,
} from './in-page';
import { extraReport, reportPage } from './report-page';

const EXTENSION = path.resolve('.output/chrome-mv3-e2e');
const SCRIPT = 'content-scripts/report.js';
const STYLES = 'content-scripts/report.css';
const MARKJS = path.resolve('node_modules/mark.js/dist/mark.min.js');

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const JSON_OUT = args.includes('--json');
const RUNS = Number(flag('--runs') ?? 5);
/** Clock ticks (and idle frames) per page: one frame's work varies by a few ms, so all are pooled. */
const TICKS = 15;
/** Reports appended per page, one at a time, each a sample of the incremental path. */
const APPENDS = 5;
/** Fewest samples the pooled medians may rest on (the floor). */
const MIN_SAMPLES = 20;
/** Scroll steps of 150 px per page: highlights change every few, so their mean and worst are reported. */
const SCROLLS = 16;
const SIZES = flag('--size') ? [Number(flag('--size'))] : [2, 8];

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
const round = (value: number) => Math.round(value * 100) / 100;
const quantile = (values: number[], q: number) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.round((sorted.length - 1) * q)] as number);
};

/** How a pooled figure is spread: its sample count, quartiles and range. */
interface Spread {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

function spreadOf(values: number[]): Spread {
  const finite = values.filter(Number.isFinite);
  return {
    n: finite.length,
    median: round(median(finite)),
    q1: round(quantile(finite, 0.25)),
    q3: round(quantile(finite, 0.75)),
    min: round(Math.min(...finite)),
    max: round(Math.max(...finite)),
  };
}

interface Result {
  size_mb: number;
  page_bytes: number;
  text_nodes: number;
  matches: number;
  frame_ms: number;
  floor_ms: number;
  lens_ms: number;
  /** Until every block is matched (the near ones first, then the rest in slices): the whole findings list. */
  complete_ms: number;
  markjs_ms: number;
  incremental_ms: number;
  incremental_frame_extra_ms: number;
  /** Not the extension's: the same append's frame work (minus an idle frame's) on the bare page. */
  page_append_frame_ms: number;
  steady_frame_extra_ms: number;
  /** Scrolling: mean extra work per 150 px step (lens − bare page), and the worst step with lens. */
  scroll_frame_extra_ms: number;
  scroll_frame_worst_ms: number;
  long_tasks: number;
  dom_mutations: number;
  registered_ranges: number;
  /** What the content script keeps once the scan is done: the live heap with it minus without, in MB. */
  lens_heap_mb: number;
  style_inject_ms: number;
  /** Script time of the walk and of matching, and the longest slice. */
  walk_ms: number;
  match_ms: number;
  longest_slice_ms: number;
  /** The on-demand path (styles adopted by the script into the loaded page) and its full style recalcs. */
  lens_on_demand_ms: number;
  long_tasks_on_demand: number;
  style_recalcs_on_demand: number;
  /** The pooled samples behind incremental_ms and steady_frame_extra_ms. */
  spread: {
    /** Every appended report's script time; `first` only the first append of each fresh load (code not yet warm). */
    incremental_ms: Spread & { first: Spread };
    /** A clock tick's frame work with lens and on the bare page; `per_load` the extra (median − median) of each load. */
    steady_frame_extra_ms: { lens: Spread; plain: Spread; per_load: Spread };
  };
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id as number, url);
}

async function fresh(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(installProbes);
  await page.evaluate(twoFrames);
  return page;
}

async function inject(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(
    async ({ tabId, file }) => chrome.scripting.executeScript({ target: { tabId }, files: [file] }),
    { tabId, file: SCRIPT },
  );
}

/** The page's live JavaScript heap in MB (all worlds, the content script's too), after a full collection. */
async function liveHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Traces the page's renderer; `fullRecalcs` ends it and counts style recalcs that touched most elements. */
async function startTrace(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const events: { name: string; ph: string; args?: { elementCount?: number } }[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  return {
    async fullRecalcs(elements: number): Promise<number> {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events.filter(
        (event) => event.name === 'UpdateLayoutTree' && (event.args?.elementCount ?? 0) >= elements / 2,
      ).length;
    },
  };
}

async function measure(context: BrowserContext, worker: Worker, url: string, sizeMb: number, bytes: number) {
  const pattern = { source: lexiconPattern().source, flags: lexiconPattern().flags };
  const css = await readFile(path.join(EXTENSION, 'content-scripts/report.css'), 'utf8');
  const extra = extraReport();
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => {
    samples[key] ??= [];
    samples[key].push(value);
  };
  let textNodes = 0;
  let matches = 0;
  for (let run = 0; run < RUNS; run++) {
    // The page alone: idle frames, the floor, clock ticks, appends, one style injection.
    const plain = await fresh(context, url);
    add('frame', median(await Promise.all([0, 1, 2].map(() => plain.evaluate(twoFrames)))));
    const measured = await plain.evaluate(floor, pattern);
    add('floor', measured.ms);
    matches = measured.matches;
    textNodes = measured.textNodes;
    add('idle_work', await plain.evaluate(idleFrame, TICKS));
    const plainScroll = await plain.evaluate(scrollSteps, SCROLLS);
    for (let i = 0; i < APPENDS; i++) {
      add('append_plain', (await plain.evaluate(appendOne, extra)).frameMs - (samples.idle_work?.at(-1) ?? 0));
    }
    const plainTicks = await plain.evaluate(tick, TICKS);
    for (const ms of plainTicks) add('tick_plain', ms);
    add('style_inject', (await plain.evaluate(injectStyles, css)) - (samples.idle_work?.at(-1) ?? 0));
    await plain.close();

    // The real content script, its styles declared up front as the registered path has them (report.css
    // at document_start): the lens path. The one style recalc of on-demand use is measured below.
    const page = await fresh(context, url);
    const tabId = await tabIdOf(worker, url);
    await worker.evaluate(async ({ tabId, file }) => chrome.scripting.insertCSS({ target: { tabId }, files: [file] }), {
      tabId,
      file: STYLES,
    });
    await page.evaluate(settle);
    // Before watching: the forced collection is the bench's own long task, not the script's.
    const heapBefore = await liveHeap(context, page);
    await page.evaluate(watch);
    await inject(worker, tabId);
    const lens = await page.evaluate(lensDone);
    add('lens', lens.ms);
    add('complete', lens.completeMs);
    add('walk', lens.stats.walkMs);
    add('match', lens.stats.matchMs);
    add('slice', lens.stats.longestSliceMs);
    add('long', lens.long);
    add('mutations', lens.mutations);
    add('ranges', lens.ranges);
    for (let i = 0; i < APPENDS; i++) {
      const appended = await page.evaluate(appendOne, extra);
      add('incremental', appended.scriptMs);
      if (i === 0) add('incremental_first', appended.scriptMs);
      add('append_lens', appended.frameMs - (samples.idle_work?.at(-1) ?? 0));
    }
    const lensTicks = await page.evaluate(tick, TICKS);
    for (const ms of lensTicks) add('tick_lens', ms);
    add('tick_extra_per_load', median(lensTicks) - median(plainTicks));
    const lensScroll = await page.evaluate(scrollSteps, SCROLLS);
    add('scroll_extra', mean(lensScroll) - mean(plainScroll));
    add('scroll_worst', Math.max(...lensScroll));
    // Last, so that its forced collection disturbs none of the measurements above.
    add('heap', (await liveHeap(context, page)) - heapBefore);
    await page.close();

    // On demand (toolbar, scripting.executeScript) into the loaded page: the script adopts the styles
    // itself, which costs the one full style recalc; a trace counts the recalcs.
    const cold = await fresh(context, url);
    await cold.evaluate(watch);
    const elements = await cold.evaluate(() => document.getElementsByTagName('*').length);
    const trace = await startTrace(context, cold);
    await inject(worker, await tabIdOf(worker, url));
    const onDemand = await cold.evaluate(lensDone);
    add('lens_on_demand', onDemand.ms);
    add('long_on_demand', onDemand.long);
    add('recalcs', await trace.fullRecalcs(elements));
    await cold.close();

    // mark.js on a fresh load, same pattern.
    const marked = await fresh(context, url);
    await marked.addScriptTag({ path: MARKJS });
    add('markjs', await marked.evaluate(markjs, pattern));
    await marked.close();
  }
  const m = (key: string) => round(median(samples[key] ?? []));
  return {
    size_mb: sizeMb,
    page_bytes: bytes,
    text_nodes: textNodes,
    matches,
    frame_ms: m('frame'),
    floor_ms: m('floor'),
    lens_ms: m('lens'),
    complete_ms: m('complete'),
    markjs_ms: m('markjs'),
    // Pooled: every append of every load (APPENDS × RUNS samples), not a median of per-load medians.
    incremental_ms: m('incremental'),
    // The extension's share: the append's frame with lens minus the same append's frame on the bare page.
    incremental_frame_extra_ms: round(m('append_lens') - m('append_plain')),
    page_append_frame_ms: m('append_plain'),
    // Pooled: every tick of every load with lens minus every tick of every bare load (TICKS × RUNS each).
    steady_frame_extra_ms: round(m('tick_lens') - m('tick_plain')),
    scroll_frame_extra_ms: m('scroll_extra'),
    scroll_frame_worst_ms: m('scroll_worst'),
    long_tasks: Math.max(...(samples.long ?? [0])),
    dom_mutations: Math.max(...(samples.mutations ?? [0])),
    registered_ranges: Math.max(...(samples.ranges ?? [0])),
    lens_heap_mb: m('heap'),
    style_inject_ms: m('style_inject'),
    walk_ms: m('walk'),
    match_ms: m('match'),
    longest_slice_ms: m('slice'),
    lens_on_demand_ms: m('lens_on_demand'),
    long_tasks_on_demand: Math.max(...(samples.long_on_demand ?? [0])),
    style_recalcs_on_demand: Math.max(...(samples.recalcs ?? [0])),
    spread: {
      incremental_ms: { ...spreadOf(samples.incremental ?? []), first: spreadOf(samples.incremental_first ?? []) },
      steady_frame_extra_ms: {
        lens: spreadOf(samples.tick_lens ?? []),
        plain: spreadOf(samples.tick_plain ?? []),
        per_load: spreadOf(samples.tick_extra_per_load ?? []),
      },
    },
  } satisfies Result;
}

/**
 * The goals, for the 2 MB page. Those met with room to spare are held where the code stands (issue 14):
 * mark.js 20× and more (was 10×), the path to the screen within one floor of the frame (was two), no long
 * task, no page mutation, at most 2,000 ranges; the two near their edge have goals with a margin and rest
 * on pooled medians of at least MIN_SAMPLES samples.
 */
function goals(r: Result): [string, boolean][] {
  const enough = (spread: Spread) => spread.n >= MIN_SAMPLES;
  const steady = r.spread.steady_frame_extra_ms;
  return [
    [`markjs_ms / lens_ms = ${round(r.markjs_ms / r.lens_ms)} ≥ 20`, r.markjs_ms / r.lens_ms >= 20],
    [
      `lens_ms − frame_ms = ${round(r.lens_ms - r.frame_ms)} ≤ 1 × floor_ms = ${round(r.floor_ms)}`,
      r.lens_ms - r.frame_ms <= r.floor_ms,
    ],
    [`long_tasks = ${r.long_tasks} = 0`, r.long_tasks === 0],
    [`dom_mutations = ${r.dom_mutations} = 0`, r.dom_mutations === 0],
    [
      `incremental_ms = ${r.incremental_ms} ≤ 0.7 (median of ${r.spread.incremental_ms.n} ≥ ${MIN_SAMPLES} samples)`,
      r.incremental_ms <= 0.7 && enough(r.spread.incremental_ms),
    ],
    [`incremental_frame_extra_ms = ${r.incremental_frame_extra_ms} ≤ 5`, r.incremental_frame_extra_ms <= 5],
    [
      `steady_frame_extra_ms = ${r.steady_frame_extra_ms} ≤ 1.5 (medians of ${steady.lens.n} and ${steady.plain.n} ≥ ${MIN_SAMPLES} samples)`,
      r.steady_frame_extra_ms <= 1.5 && enough(steady.lens) && enough(steady.plain),
    ],
    [`registered_ranges = ${r.registered_ranges} ≤ 2000`, r.registered_ranges <= 2000],
  ];
}

/** One line per pooled figure: median, quartiles, range and sample count. */
function printSpread(r: Result): void {
  const line = (label: string, spread: Spread) =>
    console.log(
      `  ${label.padEnd(34)} median ${spread.median}  q1–q3 ${spread.q1}–${spread.q3}  range ${spread.min}–${spread.max}  n ${spread.n}`,
    );
  console.log('spread of the pooled samples (ms):');
  line('incremental (every append)', r.spread.incremental_ms);
  line('incremental (first append a load)', r.spread.incremental_ms.first);
  line('clock tick frame, lens', r.spread.steady_frame_extra_ms.lens);
  line('clock tick frame, bare page', r.spread.steady_frame_extra_ms.plain);
  line('steady extra per fresh load', r.spread.steady_frame_extra_ms.per_load);
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'vcf-lens-bench-'));
  const server = await serveFolder(folder);
  const context = await launchChromium({ extensionDir: EXTENSION });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The e2e build registers the script for loopback pages at startup: measure the on-demand path only.
    await worker.evaluate(async () => {
      for (let i = 0; i < 50 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await chrome.scripting.unregisterContentScripts();
    });
    // tsx keeps function names with a __name helper that page.evaluate's copies of our functions lack.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const results: Result[] = [];
    for (const size of SIZES) {
      const html = reportPage(size * 1024 * 1024);
      const file = `report-${size}mb.html`;
      await writeFile(path.join(folder, file), html);
      results.push(await measure(context, worker, `${server.origin}/${file}`, size, Buffer.byteLength(html)));
    }
    let failed = false;
    for (const result of results) {
      console.log(`\n${result.size_mb} MB page (medians of ${RUNS} fresh loads)`);
      const { spread: _spread, ...figures } = result;
      console.table(Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, { value }])));
      printSpread(result);
      console.log(
        `mark.js / lens: ${round(result.markjs_ms / result.lens_ms)}×   lens / floor: ${round(result.lens_ms / result.floor_ms)}×`,
      );
      if (result.size_mb === 2) {
        for (const [label, ok] of goals(result)) {
          console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
          failed ||= !ok;
        }
      }
    }
    // The text engine's own throughput (issue 4), in Node on the same generated report.
    const engine = engineBench(2);
    printEngine(engine);
    failed ||= !engineGoalsMet(engine);
    const summary = results.length === 1 ? results[0] : { ...results[0], runs: results };
    if (JSON_OUT) console.log(JSON.stringify({ ...summary, engine }));
    process.exitCode = failed ? 1 : 0;
  } finally {
    await context.close();
    await server.close();
  }
}

await main();
