/**
 * `npm run bench`: the page highlighter against its floor and mark.js on generated report pages, in
 * headless Chromium with the e2e build of the extension, or with `--browser firefox` in Firefox ESR with
 * its e2e build (firefox.ts). Fresh load per measurement, medians of RUNS (measure.ts).
 * Flags: --browser chromium|firefox, --size <MB> (default 2, and 8 is run too unless --size is given),
 * --runs <n>, --json.
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
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { pagePatterns } from '../../logic';
import { launchChromium } from '../lib/chromium';
import { serveFolder } from '../lib/static-server';
import { engineBench, engineGoalsMet, printEngine } from './engine';
import { FIREFOX_EXTENSION, withFirefox } from './firefox';
import { installProbes, isolatedFloor, twoFrames } from './in-page';
import { type BenchDriver, type BenchPage, measure } from './measure';
import { reportPage } from './report-page';
import { type Result, round, type Spread } from './result';

const EXTENSION = path.resolve('.output/chrome-mv3-e2e');
const SCRIPT = 'content-scripts/report.js';
const STYLES = 'content-scripts/report.css';

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
/** Fewest samples the pooled medians may rest on. */
const MIN_SAMPLES = 20;
/** Scroll steps of 150 px per page: highlights change every few, so their mean and worst are reported. */
const SCROLLS = 16;
const SIZES = flag('--size') ? [Number(flag('--size'))] : [2, 8];
/** chromium (default) or firefox. */
const BROWSER = flag('--browser') ?? 'chromium';
if (!['chromium', 'firefox'].includes(BROWSER)) throw new Error(`--browser: chromium or firefox, not ${BROWSER}`);

function benchPage(page: Page): BenchPage {
  return {
    run: (fn, arg) => page.evaluate(fn, arg as never),
    addScript: async (file) => void (await page.addScriptTag({ path: path.resolve(file) })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Chromium through Playwright: the extension's service worker drives, CDP gives the heap and a trace. */
function chromiumDriver(context: BrowserContext, worker: Worker): BenchDriver {
  const pages = new Map<BenchPage, Page>();
  const cdpOf = (page: BenchPage) => context.newCDPSession(pages.get(page) as Page);
  return {
    longFrames: false,
    async fresh(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(installProbes);
      await page.evaluate(twoFrames);
      const bench = benchPage(page);
      pages.set(bench, page);
      return bench;
    },
    /** The newest tab showing `url` (the bare page stays open beside the lens page for their clock ticks). */
    tabIdOf: (url) =>
      worker.evaluate(async (url) => Math.max(...(await chrome.tabs.query({ url })).map((tab) => tab.id ?? -1)), url),
    insertCss: async (tabId) => {
      await worker.evaluate(
        async ({ tabId, file }) => chrome.scripting.insertCSS({ target: { tabId }, files: [file] }),
        { tabId, file: STYLES },
      );
    },
    inject: async (tabId) => {
      await worker.evaluate(
        async ({ tabId, file }) => chrome.scripting.executeScript({ target: { tabId }, files: [file] }),
        { tabId, file: SCRIPT },
      );
    },
    isolatedFloor: async (tabId, patterns) => Number(await worker.evaluate(isolatedFloor('chrome', tabId, patterns))),
    /** The page's live JavaScript heap in MB (all worlds, the content script's too), after a full collection. */
    async liveHeap(page) {
      const cdp = await cdpOf(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize / (1024 * 1024);
    },
    /** Traces the page's renderer; the answer ends it and counts style recalcs that touched most elements. */
    async traceRecalcs(page) {
      const cdp = await cdpOf(page);
      const events: { name: string; ph: string; args?: { elementCount?: number } }[] = [];
      cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as typeof events)));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      return async (elements) => {
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.end');
        await complete;
        await cdp.detach();
        return events.filter(
          (event) => event.name === 'UpdateLayoutTree' && (event.args?.elementCount ?? 0) >= elements / 2,
        ).length;
      };
    },
  };
}

/**
 * The goals, for the 2 MB page. Those met with room to spare are held where the code stands: mark.js 20×
 * and more, the path to the screen within one floor of the frame, no long task, no page mutation, at most
 * 2,000 ranges; the two near their edge have goals with a margin and rest on pooled medians of at least
 * MIN_SAMPLES samples.
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

/** The runs for one browser, one page size after another. */
async function results(origin: string, folder: string, driver: BenchDriver, extension: string): Promise<Result[]> {
  const css = await readFile(path.join(extension, STYLES), 'utf8');
  const patterns = pagePatterns().map(({ source, flags }) => ({ source, flags }));
  const all: Result[] = [];
  for (const size of SIZES) {
    const html = reportPage(size * 1024 * 1024);
    const file = `report-${size}mb.html`;
    await writeFile(path.join(folder, file), html);
    all.push(
      await measure(
        driver,
        `${origin}/${file}`,
        { size_mb: size, page_bytes: Buffer.byteLength(html) },
        { runs: RUNS, ticks: TICKS, appends: APPENDS, scrolls: SCROLLS, css, patterns },
      ),
    );
  }
  return all;
}

/** Measures every size in Chromium (Playwright, the extension's service worker as the driver). */
async function chromiumResults(origin: string, folder: string): Promise<Result[]> {
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
    return await results(origin, folder, chromiumDriver(context, worker), EXTENSION);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'vcf-lens-bench-'));
  const server = await serveFolder(folder);
  try {
    const measured =
      BROWSER === 'firefox'
        ? await withFirefox(server.origin, (driver) => results(server.origin, folder, driver, FIREFOX_EXTENSION))
        : await chromiumResults(server.origin, folder);
    let failed = false;
    for (const result of measured) {
      console.log(`\n${result.size_mb} MB page in ${BROWSER} (medians of ${RUNS} fresh loads)`);
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
    const summary = measured.length === 1 ? measured[0] : { ...measured[0], runs: measured };
    if (JSON_OUT) console.log(JSON.stringify({ browser: BROWSER, ...summary, engine }));
    process.exitCode = failed ? 1 : 0;
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
