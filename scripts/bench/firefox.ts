/**
 * `npm run bench -- --browser firefox`: the same measurements as the Chromium bench (index.ts), in
 * Debian's Firefox ESR through WebDriver BiDi with the Firefox e2e build. What Firefox can't give is NaN:
 * the live heap and the style-recalc count (Chromium reads them over CDP), and long tasks are counted
 * as frames that came over 50 ms late (Firefox has no Long Tasks API; see watchLongFrames).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from '../lib/firefox';
import {
  appendOne,
  floor,
  idleFrame,
  injectStyles,
  installProbes,
  isolatedFloor,
  lensDone,
  markjs,
  scrollSteps,
  settle,
  tick,
  twoFrames,
  watch,
  watchLongFrames,
} from './in-page';
import { extraReport } from './report-page';
import { mean, median, type Result, summarise } from './result';

export const FIREFOX_EXTENSION = path.resolve('.output/firefox-mv2-e2e');
const SCRIPT = 'content-scripts/report.js';
const STYLES = 'content-scripts/report.css';
const MARKJS = path.resolve('node_modules/mark.js/dist/mark.min.js');
/** tsx keeps function names with a __name helper that the pages' copies of our functions lack. */
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

type Ext = { browser: typeof chrome };

export interface FirefoxBench {
  browser: Browser;
  /** The loopback server of the report pages (it also answers the e2e build's page-opening address). */
  origin: string;
  runs: number;
  ticks: number;
  scrolls: number;
}

/** The extension's options page, from which the bench drives the WebExtension APIs (as the worker does in Chromium). */
export async function firefoxDriver(browser: Browser, origin: string): Promise<Page> {
  const driver = await openExtensionPage(browser, origin, 'options.html');
  await driver.evaluate(NAME_SHIM);
  // The e2e build registers the script for loopback pages at startup: measure the on-demand path only.
  await driver.evaluate(async () => {
    const { scripting } = (globalThis as unknown as Ext).browser;
    for (let i = 0; i < 50 && (await scripting.getRegisteredContentScripts()).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await scripting.unregisterContentScripts();
  });
  return driver;
}

async function fresh(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(NAME_SHIM);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(installProbes);
  await page.evaluate(twoFrames);
  return page;
}

/** The newest tab showing `url` (a closed page's tab may linger for a moment). */
function tabIdOf(driver: Page, url: string): Promise<number> {
  return driver.evaluate(async (url) => {
    // Firefox's match patterns take no port: compare the URLs instead.
    const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
    return Math.max(...tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1));
  }, url);
}

function inject(driver: Page, tabId: number): Promise<unknown> {
  return driver.evaluate(
    async (tabId, file) => {
      await (globalThis as unknown as Ext).browser.scripting.executeScript({ target: { tabId }, files: [file] });
      return null;
    },
    tabId,
    SCRIPT,
  );
}

export async function measureFirefox(
  bench: FirefoxBench,
  driver: Page,
  url: string,
  sizeMb: number,
  bytes: number,
  pattern: { source: string; flags: string },
): Promise<Result> {
  const { browser, runs, ticks, scrolls } = bench;
  const css = await readFile(path.join(FIREFOX_EXTENSION, STYLES), 'utf8');
  const extra = extraReport();
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => {
    samples[key] ??= [];
    samples[key].push(value);
  };
  let textNodes = 0;
  let matches = 0;
  for (let run = 0; run < runs; run++) {
    // The page alone: idle frames, the floor, a clock tick, one style injection.
    const plain = await fresh(browser, url);
    add('frame', median(await Promise.all([0, 1, 2].map(() => plain.evaluate(twoFrames)))));
    const measured = await plain.evaluate(floor, pattern);
    add('floor', measured.ms);
    matches = measured.matches;
    textNodes = measured.textNodes;
    add('floor_isolated', Number(await driver.evaluate(isolatedFloor('browser', await tabIdOf(driver, url), pattern))));
    const idle = await plain.evaluate(idleFrame, ticks);
    add('idle_work', idle);
    add('tick_plain', await plain.evaluate(tick, ticks));
    const plainScroll = await plain.evaluate(scrollSteps, scrolls);
    add('append_plain', (await plain.evaluate(appendOne, extra)).frameMs - idle);
    add('style_inject', (await plain.evaluate(injectStyles, css)) - idle);
    await plain.close();

    // The real content script with report.css declared first, as a registered site has it.
    const page = await fresh(browser, url);
    const tabId = await tabIdOf(driver, url);
    await driver.evaluate(
      async (tabId, file) => {
        await (globalThis as unknown as Ext).browser.scripting.insertCSS({ target: { tabId }, files: [file] });
        return null;
      },
      tabId,
      STYLES,
    );
    await page.evaluate(settle);
    await page.evaluate(watch);
    await page.evaluate(watchLongFrames);
    await inject(driver, tabId);
    const lens = await page.evaluate(lensDone);
    add('lens', lens.ms);
    add('complete', lens.completeMs);
    add('walk', lens.stats.walkMs);
    add('match', lens.stats.matchMs);
    add('slice', lens.stats.longestSliceMs);
    add('long', lens.long);
    add('mutations', lens.mutations);
    add('ranges', lens.ranges);
    const appended = await page.evaluate(appendOne, extra);
    add('incremental', appended.scriptMs);
    add('append_lens', appended.frameMs - idle);
    add('tick_lens', await page.evaluate(tick, ticks));
    const lensScroll = await page.evaluate(scrollSteps, scrolls);
    add('scroll_extra', mean(lensScroll) - mean(plainScroll));
    add('scroll_worst', Math.max(...lensScroll));
    await page.close();

    // On demand into the loaded page: the script adopts the styles itself.
    const cold = await fresh(browser, url);
    await cold.evaluate(watch);
    await cold.evaluate(watchLongFrames);
    await inject(driver, await tabIdOf(driver, url));
    const onDemand = await cold.evaluate(lensDone);
    add('lens_on_demand', onDemand.ms);
    add('long_on_demand', onDemand.long);
    await cold.close();

    // mark.js on a fresh load, same pattern.
    const marked = await fresh(browser, url);
    await marked.addScriptTag({ path: MARKJS });
    add('markjs', await marked.evaluate(markjs, pattern));
    await marked.close();
  }
  return summarise(samples, { size_mb: sizeMb, page_bytes: bytes, text_nodes: textNodes, matches });
}
