import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { adoptedRules, highlightBackground, type Listed, paintedTexts, type Reply, type Within } from '../page-probes';
import { test as base, expect } from './fixtures';

const PAGES = '/tests/fixtures/pages/';
const SCRIPT = 'content-scripts/report.js';

/** The content script is also registered for loopback pages at startup: unregister it to test the on-demand path. */
export async function unregister(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    // The background registers at startup: wait for that, then take it away.
    for (let i = 0; i < 50 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await chrome.scripting.unregisterContentScripts();
  });
}

/**
 * A fixture report page in its own tab, driven as the background drives it (inject, messages) and read
 * in the page's own world (the highlight registry and adopted style sheets are shared with the page).
 * Arrow members, so they can be handed to expect.poll as they are.
 */
export class ReportTab {
  constructor(
    readonly page: Page,
    readonly tabId: number,
    private readonly serviceWorker: Worker,
  ) {}

  /** Injects the content script, as the on-demand path (activeTab) does. */
  inject = (): Promise<unknown> =>
    this.serviceWorker.evaluate(
      ({ tabId, file }) => chrome.scripting.executeScript({ target: { tabId }, files: [file] }),
      { tabId: this.tabId, file: SCRIPT },
    );

  /** One message to the tab's content script, as the panel sends it through the background. */
  send = <T = unknown>(message: object): Promise<T> =>
    this.serviceWorker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), {
      tabId: this.tabId,
      message,
    });

  /** The content script's findings/list answer. */
  findings = (): Promise<Reply> => this.send<Reply>({ type: 'findings/list' });

  /** The findings without their indexes (of `reply`, or of a new findings/list): what the baselines compare. */
  listed = async (reply?: Reply): Promise<Listed[]> =>
    (reply ?? (await this.findings())).findings.map(({ text, category, assertion }) => ({ text, category, assertion }));

  /** The words of every finding, in page order. */
  texts = async (): Promise<string[]> => (await this.findings()).findings.map((finding) => finding.text);

  /** Asks the content script to scroll to and flash the finding with this index. */
  reveal = (index: number | undefined): Promise<unknown> => this.send({ type: 'findings/reveal', index });

  /** The toolbar badge of the tab. */
  badge = (): Promise<string> =>
    this.serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), this.tabId);

  /** The page's whole markup, to check the highlighter left the DOM alone. */
  html = (): Promise<string> => this.page.evaluate(() => document.documentElement.outerHTML);

  /** `name:text` of every range registered under a vcf-lens highlight but the flash, sorted; `frame`: the iframe's. */
  painted = (frame = false): Promise<string[]> => this.page.evaluate(paintedTexts, frame);

  /** The background a highlight gives the text of the last element matching `selector` (page, shadow root, frame). */
  highlightBackground = (name: string, selector: string, within: Within = {}): Promise<string> =>
    this.page.evaluate(highlightBackground, { name, selector, within });

  /** The CSS text of every rule in the page's adopted stylesheets. */
  adoptedRules = (): Promise<string[]> => this.page.evaluate(adoptedRules);
}

interface HighlightFixtures {
  /**
   * Opens tests/fixtures/pages/<name>.html in a new tab and injects the content script into it;
   * `inject: false` leaves that to the test (to read the page first, or to test the registered script).
   */
  openReport(name: string, options?: { inject?: boolean }): Promise<ReportTab>;
}

export const test = base.extend<HighlightFixtures>({
  openReport: async ({ openPage, serviceWorker, tabIdOf }, use) => {
    await use(async (name, { inject = true } = {}) => {
      const page = await openPage(`${PAGES}${name}.html`);
      const report = new ReportTab(page, await tabIdOf(page), serviceWorker);
      if (inject) await report.inject();
      return report;
    });
  },
});

/** Compares with the checked-in baseline; UPDATE_BASELINES=1 writes it instead (then read it and fix it). */
export function expectBaseline(name: string, findings: Listed[]): void {
  const file = `tests/fixtures/pages/${name}.expected.json`;
  if (process.env.UPDATE_BASELINES) writeFileSync(file, `${JSON.stringify(findings, null, 2)}\n`);
  expect(findings).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

export { expect };
