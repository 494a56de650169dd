import path from 'node:path';
import { type BrowserContext, test as base, type Locator, type Page, type Worker } from '@playwright/test';
import { extensionId, launchChromium } from '../../scripts/lib/chromium';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';

/** The e2e build: production code plus the loopback origin and the test hooks (wxt build --mode e2e). */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the side panel page as a tab, bound to the given report tab (as the real panel binds to the active tab). */
  openPanel(reportTabId?: number): Promise<Page>;
  /** The browser's id of a page's tab, for the panel and the background handlers. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens a page of the repository (a path on the loopback server) in a new tab, loaded. */
  openPage(path: string): Promise<Page>;
  /**
   * Hands a page's selection to the panel the way the user would: its context menu (with the given
   * selectionText), the keyboard shortcut or the toolbar button, through the e2e build's hooks (native
   * menus, commands and the action can't be clicked by automation).
   */
  handToPanel(report: Page, via: HandOver, selectionText?: string): Promise<void>;
}

/** The gestures that hand a page's selected text to the panel. */
export type HandOver = 'context-menu' | 'shortcut' | 'toolbar';

interface WorkerFixtures {
  /** The repository served on 127.0.0.1: fixture pages at /tests/fixtures/pages/, the demo at /public/demo/. */
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await serveFolder(process.cwd());
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const context = await launchChromium({ extensionDir: EXTENSION_DIR });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      const url = page.url();
      return serviceWorker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((candidate) => candidate.url === target);
        if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
        return tab.id;
      }, url);
    });
  },
  openPage: async ({ context, server }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(server.origin + path);
      return page;
    });
  },
  handToPanel: async ({ serviceWorker }, use) => {
    await use((report, via, selectionText = '') =>
      serviceWorker.evaluate(
        async ({ url, via, selectionText }) => {
          const [tab] = await chrome.tabs.query({ url });
          const hooks = (
            globalThis as unknown as { vcfLensTest: Record<string, (...args: unknown[]) => Promise<void>> }
          ).vcfLensTest;
          if (via === 'context-menu') await hooks.onMenu?.({ menuItemId: 'vcf-lens-prefill', selectionText }, tab);
          else if (via === 'shortcut') await hooks.onCommand?.('open-panel', tab);
          else await hooks.onAction?.(tab);
        },
        { url: report.url(), via, selectionText },
      ),
    );
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (reportTabId) => {
      const page = await context.newPage();
      const query = reportTabId === undefined ? '' : `?tabId=${reportTabId}`;
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    });
  },
});

export const expect = test.expect;

/**
 * Selects from the start of `first` to the end of `last` (one element by default), as a radiologist's
 * drag would, and returns the selected text.
 */
export async function selectText(first: Locator, last: Locator = first): Promise<string> {
  const end = await last.elementHandle();
  return first.evaluate((start, end) => {
    const range = document.createRange();
    range.setStartBefore(start);
    range.setEndAfter(end as Element);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  }, end);
}
