import type { Page, Worker } from '@playwright/test';

export const VIGNETTE = '/tests/fixtures/panel/vignette.html';

/** Selects the given paragraphs of a page, as a radiologist's drag would, and returns the selected text. */
export function selectParagraphs(page: Page, ids: string[]): Promise<string> {
  return page.evaluate((ids) => {
    const first = document.getElementById(ids[0] as string) as HTMLElement;
    const last = document.getElementById(ids[ids.length - 1] as string) as HTMLElement;
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  }, ids);
}

/** The context menu's click, through the e2e build's hook (native menus can't be clicked by automation). */
export function prefillFromMenu(serviceWorker: Worker, url: string, selectionText: string): Promise<void> {
  return serviceWorker.evaluate(
    async ({ url, selectionText }) => {
      const [tab] = await chrome.tabs.query({ url });
      const hooks = (globalThis as unknown as { vcfLensTest: Record<string, (...args: unknown[]) => Promise<void>> })
        .vcfLensTest;
      await hooks.onMenu?.({ menuItemId: 'vcf-lens-prefill', selectionText }, tab);
    },
    { url, selectionText },
  );
}

/** One screenshot per panel state, at the side panel's usual width, for the README. */
export async function shoot(panel: Page, state: string): Promise<void> {
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.screenshot({ path: `test-results/screenshots/panel-${state}.png`, fullPage: true });
}

/** Everything in storage.local, as one string, to search for patient words. */
export function localStorageDump(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}
