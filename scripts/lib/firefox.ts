import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findExecutable } from './find-executable';

/** Where Firefox usually lives; FIREFOX_PATH wins. Nothing is ever downloaded. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const FIREFOX_HINT = [
  'No Firefox found. Install one, or point FIREFOX_PATH at its executable:',
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr',
].join('\n');

export function findFirefox(): string | null {
  return findExecutable('FIREFOX_PATH', CANDIDATES);
}

/** The add-on's id (manifest gecko.id) and the internal UUID we pin, so its pages have a known origin. */
export const ADDON_ID = 'vcf-lens@vcf-lens.org';
export const ADDON_UUID = '7c1f3a52-9d64-4b0e-a8f1-2e5b6c9d0a13';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** What `browser.installExtension` answered: the add-on's id. */
  addonId: string;
  /** Every line Firefox wrote to stdout/stderr since launch (console output of pages and add-ons, JS errors). */
  output: string[];
}

/**
 * Debian's Firefox ESR driven through WebDriver BiDi (puppeteer-core), headless, with an unpacked
 * extension installed as a temporary add-on. Console calls of web and extension pages are echoed to
 * stdout (devtools.console.stdout.content), and JavaScript errors to stderr, so a test can read them.
 */
export async function launchFirefox(
  options: { extensionDir?: string; headless?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'devtools.console.stdout.content': true,
      ...options.prefs,
    },
  });
  const output: string[] = [];
  const process = browser.process();
  for (const stream of [process?.stdout, process?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => output.push(...chunk.split('\n').filter(Boolean)));
  }
  const addonId = options.extensionDir ? await browser.installExtension(path.resolve(options.extensionDir)) : '';
  return { browser, addonId, output };
}

/**
 * The lines of Firefox's output that are errors of the extension: uncaught errors in its scripts and
 * pages (they name its moz-extension:// origin) and its own console.error calls (they start "VCF Lens").
 */
export function extensionErrors(output: string[]): string[] {
  return output.filter(
    (line) =>
      (/^JavaScript error:/.test(line) && line.includes(ADDON_ORIGIN)) || /^console\.error: "?VCF Lens/.test(line),
  );
}

/**
 * Opens one of the extension's pages (`sidepanel.html?tabId=3`) in a new tab and returns it, loaded.
 * BiDi refuses to navigate to moz-extension:// URLs, so a tab visits the e2e build's trigger address on
 * the loopback server (`origin`) and the extension opens its page itself (entrypoints/background/test-pages.ts).
 */
export async function openExtensionPage(browser: Browser, origin: string, path: string): Promise<Page> {
  const url = `${ADDON_ORIGIN}/${path}`;
  const before = new Set(await browser.pages());
  const trigger = await browser.newPage();
  await trigger.goto(`${origin}/vcf-lens-test/open?page=${encodeURIComponent(path)}`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (before.has(page) || page === trigger) continue;
      // Puppeteer may still show a new extension tab as about:blank: ask the page where it is.
      const href = await page.evaluate(() => location.href).catch(() => '');
      // Polled with evaluate, not waitForFunction: Puppeteer builds that predicate with Function(), which Firefox
      // 140's extension-page CSP blocks, while evaluate runs as BiDi's own call.
      if (href === url && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') {
        await trigger.close();
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the extension did not open ${url}`);
}
