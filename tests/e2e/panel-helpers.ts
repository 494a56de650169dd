import type { Locator, Page, Worker } from '@playwright/test';

export const VIGNETTE = '/tests/fixtures/panel/vignette.html';

/**
 * One screenshot per panel state, at the side panel's usual width. Every run writes them to
 * test-results/screenshots/; with UPDATE_SCREENSHOTS=1 they replace the README's in docs/screenshots/
 * (a plain test run leaves the checkout as it was).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 900 });
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true, animations: 'disabled' });
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
