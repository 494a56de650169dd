import type { Browser, Page } from 'puppeteer-core';
import { extensionErrors, launchFirefox, openExtensionPage } from '../../scripts/lib/firefox';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { adoptedRules, highlightBackground, type Listed, paintedTexts, type Reply, type Within } from '../page-probes';

/** The Firefox e2e build: production code plus the loopback origin and the test hooks (wxt build -b firefox --mode e2e). */
export const EXTENSION_DIR = '.output/firefox-mv2-e2e';
export const PAGES = '/tests/fixtures/pages/';
const SCRIPT = 'content-scripts/report.js';

/** What code run in an extension page sees: Firefox's promise-based `browser` namespace. */
export type Ext = { browser: typeof chrome };
/** The e2e build's hooks on the background page (entrypoints/background/index.ts). */
export type Hooks = Record<string, (...args: unknown[]) => Promise<unknown>>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `probe` until it returns something `done` accepts (or `timeout` ms pass); returns the last value. */
export async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(50);
  }
}

/**
 * One Firefox with the e2e build installed, one loopback server, and a "driver": the extension's options
 * page opened as a tab, where tests call the WebExtension APIs and the background's test hooks (the
 * background page of an MV2 add-on is reachable with runtime.getBackgroundPage; BiDi does not show it).
 */
export class Session {
  private constructor(
    readonly browser: Browser,
    readonly addonId: string,
    readonly server: StaticServer,
    readonly output: string[],
    readonly driver: Page,
  ) {}

  static async start(): Promise<Session> {
    const server = await serveFolder(process.cwd());
    const { browser, addonId, output } = await launchFirefox({ extensionDir: EXTENSION_DIR });
    const driver = await openExtensionPage(browser, server.origin, 'options.html');
    return new Session(browser, addonId, server, output, driver);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  /** The extension's errors Firefox printed so far (uncaught errors naming its origin, its console.error calls). */
  errors(): string[] {
    return extensionErrors(this.output);
  }

  /** A page of the repository on the loopback server, in a new tab, loaded. */
  async openPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(this.server.origin + path);
    return page;
  }

  /**
   * One of the extension's pages (`sidepanel.html?tabId=3`) in a new tab. BiDi refuses to navigate to
   * moz-extension:// URLs, so the test visits the e2e build's trigger address and the extension opens it.
   */
  openOwnPage(path: string): Promise<Page> {
    return openExtensionPage(this.browser, this.server.origin, path);
  }

  /** The browser's id of a page's tab (the e2e build may see loopback tabs' URLs). */
  async tabIdOf(page: Page): Promise<number> {
    const id = await this.driver.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`no tab shows ${page.url()}`);
    return id;
  }

  /** Calls one of the background's e2e hooks (onMenu, onAction, onCommand, syncSiteScripts). */
  hook(name: string, ...args: unknown[]): Promise<unknown> {
    return this.driver.evaluate(
      async (name, args) => {
        const background = (await (globalThis as unknown as Ext).browser.runtime.getBackgroundPage()) as unknown as {
          vcfLensTest: Hooks;
        };
        const result = await background.vcfLensTest[name]?.(...args);
        return result === undefined ? null : JSON.parse(JSON.stringify(result));
      },
      name,
      args,
    );
  }

  /**
   * Hands a page's selection to the panel the way the user would: the context menu (with the given
   * selectionText), the keyboard shortcut or the toolbar button, through the e2e build's hooks.
   */
  async handToPanel(page: Page, via: 'context-menu' | 'shortcut' | 'toolbar', selectionText = ''): Promise<void> {
    await this.driver.evaluate(
      async (url, via, selectionText) => {
        const ext = (globalThis as unknown as Ext).browser;
        const tab = (await ext.tabs.query({})).find((candidate) => candidate.url === url);
        const { vcfLensTest: hooks } = (await ext.runtime.getBackgroundPage()) as unknown as { vcfLensTest: Hooks };
        if (via === 'context-menu') await hooks.onMenu?.({ menuItemId: 'vcf-lens-prefill', selectionText }, tab);
        else if (via === 'shortcut') await hooks.onCommand?.('open-panel', tab);
        else await hooks.onAction?.(tab);
      },
      page.url(),
      via,
      selectionText,
    );
  }

  /** Takes the content script registered for loopback pages away (after the background has registered it). */
  async unregister(): Promise<void> {
    await this.driver.evaluate(async () => {
      const { scripting } = (globalThis as unknown as Ext).browser;
      for (let i = 0; i < 100 && (await scripting.getRegisteredContentScripts()).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await scripting.unregisterContentScripts();
    });
  }

  /** Opens tests/fixtures/pages/<name>.html and, unless told not to, injects the content script (activeTab's path). */
  async openReport(name: string, { inject = true } = {}): Promise<ReportTab> {
    const page = await this.openPage(`${PAGES}${name}.html`);
    const report = new ReportTab(page, await this.tabIdOf(page), this.driver);
    if (inject) await report.inject();
    return report;
  }
}

/** A report page in its own tab, driven as the background drives it and read in the page's own world. */
export class ReportTab {
  constructor(
    readonly page: Page,
    readonly tabId: number,
    private readonly driver: Page,
  ) {}

  inject = (): Promise<unknown> =>
    this.driver.evaluate(
      async (tabId, file) => {
        await (globalThis as unknown as Ext).browser.scripting.executeScript({ target: { tabId }, files: [file] });
        return null;
      },
      this.tabId,
      SCRIPT,
    );

  send = <T = unknown>(message: object): Promise<T> =>
    this.driver.evaluate(
      (tabId, message) => (globalThis as unknown as Ext).browser.tabs.sendMessage(tabId, message),
      this.tabId,
      message,
    ) as Promise<T>;

  findings = (): Promise<Reply> => this.send<Reply>({ type: 'findings/list' });

  listed = async (reply?: Reply): Promise<Listed[]> =>
    (reply ?? (await this.findings())).findings.map(({ text, category, assertion }) => ({ text, category, assertion }));

  texts = async (): Promise<string[]> => (await this.findings()).findings.map((finding) => finding.text);

  badge = (): Promise<string> =>
    this.driver.evaluate(
      (tabId) =>
        (
          globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }
        ).browser.browserAction.getBadgeText({ tabId }),
      this.tabId,
    );

  html = (): Promise<string> => this.page.evaluate(() => document.documentElement.outerHTML);

  /** `name:text` of every range under a vcf-lens highlight but the flash, sorted; `frame`: the iframe's. */
  painted = (frame = false): Promise<string[]> => this.page.evaluate(paintedTexts, frame);

  /** The background a highlight gives the text of the last element matching `selector` (page, shadow root, frame). */
  highlightBackground = (name: string, selector: string, within: Within = {}): Promise<string> =>
    this.page.evaluate(highlightBackground, { name, selector, within });

  adoptedRules = (): Promise<string[]> => this.page.evaluate(adoptedRules);
}

/**
 * The share of pixels (0–1) of colour `rgb` (±24 per channel) in a 40×6 box at (x, y) of the page's
 * screenshot: what Firefox actually painted, not what the cascade says.
 */
export async function paintedShare(page: Page, x: number, y: number, rgb: [number, number, number]): Promise<number> {
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(
    async (png, x, y, rgb) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(Math.round(x) - 20, Math.round(y) - 3, 40, 6).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ([0, 1, 2].every((c) => Math.abs((data[i + c] as number) - (rgb[c] as number)) <= 24)) hits++;
      }
      return hits / (data.length / 4);
    },
    png,
    x,
    y,
    rgb,
  );
}
