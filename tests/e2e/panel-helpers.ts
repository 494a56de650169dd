import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { type HandOver, selectText } from './fixtures';

export const VIGNETTE = '/tests/fixtures/panel/vignette.html';

/**
 * One screenshot per panel state, at the side panel's usual width. Every run writes them to
 * test-results/screenshots/; with UPDATE_SCREENSHOTS=1 they replace the README's in docs/screenshots/
 * (a plain test run leaves the checkout as it was).
 */
export async function shoot(page: Page, name: string, until?: Locator): Promise<void> {
  await page.setViewportSize({ width: 360, height: 900 });
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  // `until`: the page from its top down to that element's bottom, rather than all of it.
  const end = until && (await until.boundingBox());
  const scrolled = end ? await page.evaluate(() => scrollY) : 0;
  const clip = end ? { x: 0, y: 0, width: 360, height: Math.ceil(scrolled + end.y + end.height + 8) } : undefined;
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true, clip, animations: 'disabled' });
}

/**
 * Presses Tab (at most `limit` times) until `target` has the focus, as a keyboard user would reach it;
 * fails when Tab never gets there (a control out of the tab order).
 */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((element) => element === document.activeElement, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Everything in storage.local, as one string, to search for patient words. */
export function localStorageDump(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

/**
 * Stops the extension's service worker as Chrome does after ~30 s idle (CDP ServiceWorker.stopAllWorkers,
 * sent through an extension page, whose storage partition the worker shares) and waits until it has stopped.
 */
export async function stopServiceWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.endsWith('/background.js')) states.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Stopped is what counts: a page event (a badge update from the report's content script) may start a
  // fresh worker right after, which holds nothing of the old one's memory either.
  for (let i = 0; i < 100 && !states.includes('stopped'); i++) await extensionPage.waitForTimeout(50);
  await cdp.detach();
  if (!states.includes('stopped')) throw new Error(`the service worker did not stop: ${states.join(' → ')}`);
}

/** Everything in storage.session, read from an extension page (no service worker needed). */
export function sessionDump(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() => chrome.storage.session.get(null));
}

/** The top of an element's box and its bottom, in the page's viewport. */
export async function box(locator: Locator): Promise<{ top: number; bottom: number }> {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`${locator} has no box`);
  return { top: rect.y, bottom: rect.y + rect.height };
}

/**
 * The side panel page as the real panel runs: in a window of its own, following the active tab of window
 * `windowId` (the real panel follows its own window's). Playwright cannot reach the real side panel.
 */
export async function panelFollowing(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  windowId: number,
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/sidepanel.html?windowId=${windowId}`;
  const opened = context.waitForEvent('page', (page) => page.url().startsWith(url.split('?')[0] as string));
  await serviceWorker.evaluate((url) => chrome.windows.create({ url, focused: false }).then(() => undefined), url);
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

/** The window a page's tab is in. */
export function windowOf(serviceWorker: Worker, page: Page): Promise<number> {
  return serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.windowId === undefined) throw new Error(`no tab shows ${url}`);
    return tab.windowId;
  }, page.url());
}

/** The fixtures handOverVignette uses. */
interface ReportFixtures {
  openPage(path: string): Promise<Page>;
  handToPanel(report: Page, via: HandOver, selectionText?: string): Promise<void>;
  tabIdOf(page: Page): Promise<number>;
}

/**
 * Opens the founding vignette, selects it from its history to `last` ("#findings"; "#deficit" adds the new
 * neurologic deficit) and hands the selection over through the context menu, as a radiologist would.
 */
export async function handOverVignette(
  { openPage, handToPanel, tabIdOf }: ReportFixtures,
  last: '#findings' | '#deficit' = '#findings',
): Promise<{ report: Page; tabId: number }> {
  const report = await openPage(VIGNETTE);
  const text = await selectText(report.locator('#vignette'), report.locator(last));
  await handToPanel(report, 'context-menu', text);
  return { report, tabId: await tabIdOf(report) };
}
