/**
 * The bench's Firefox driver (`npm run bench -- --browser firefox`): Debian's Firefox ESR through
 * WebDriver BiDi with the Firefox e2e build, the extension's options page driving the WebExtension APIs.
 * What Firefox can't give is NaN: the live heap and the style-recalc count (Chromium reads them over CDP);
 * long tasks are counted as frames that came over 50 ms late (no Long Tasks API; see watchLongFrames).
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage } from '../lib/firefox';
import { installProbes, isolatedFloor, twoFrames } from './in-page';
import type { BenchDriver, BenchPage } from './measure';

export const FIREFOX_EXTENSION = path.resolve('.output/firefox-mv2-e2e');
const SCRIPT = 'content-scripts/report.js';
const STYLES = 'content-scripts/report.css';
/** tsx keeps function names with a __name helper that the pages' copies of our functions lack. */
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

type Ext = { browser: typeof chrome };

function benchPage(page: Page): BenchPage {
  return {
    run: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    addScript: async (file) => void (await page.addScriptTag({ path: path.resolve(file) })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Runs `work` with a Firefox driver, the browser closed after. */
export async function withFirefox<T>(origin: string, work: (driver: BenchDriver) => Promise<T>): Promise<T> {
  // Firefox rounds performance.now() to 1 ms (against timing attacks); the bench wants what Chromium gives.
  const { browser } = await launchFirefox({
    extensionDir: FIREFOX_EXTENSION,
    prefs: { 'privacy.reduceTimerPrecision': false },
  });
  try {
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
    const inTab = (tabId: number, file: string, css: boolean) =>
      driver.evaluate(
        async (tabId, file, css) => {
          const { scripting } = (globalThis as unknown as Ext).browser;
          if (css) await scripting.insertCSS({ target: { tabId }, files: [file] });
          else await scripting.executeScript({ target: { tabId }, files: [file] });
          return null;
        },
        tabId,
        file,
        css,
      );
    return await work({
      longFrames: true,
      async fresh(url) {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(NAME_SHIM);
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(installProbes);
        await page.evaluate(twoFrames);
        return benchPage(page);
      },
      /** The newest tab showing `url`: Firefox's match patterns take no port, so the URLs are compared. */
      tabIdOf: (url) =>
        driver.evaluate(async (url) => {
          const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
          return Math.max(...tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1));
        }, url),
      insertCss: async (tabId) => void (await inTab(tabId, STYLES, true)),
      inject: async (tabId) => void (await inTab(tabId, SCRIPT, false)),
      isolatedFloor: async (tabId, patterns) =>
        Number(await driver.evaluate(isolatedFloor('browser', tabId, patterns))),
    });
  } finally {
    await browser.close();
  }
}
