import path from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
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
}

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
