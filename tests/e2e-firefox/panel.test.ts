import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Ext, poll, Session } from './harness';

const DEMO = '/public/demo/report.html';
const VIGNETTE = '/tests/fixtures/panel/vignette.html';
const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';

let session: Session;
beforeAll(async () => {
  session = await Session.start();
});
afterAll(async () => {
  await session?.close();
});

/** Selects from the start of `first` to the end of `last` in the page, as a drag would; returns the text. */
function select(page: import('puppeteer-core').Page, first: string, last = first): Promise<string> {
  return page.evaluate(
    (first, last) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(first) as Element);
      range.setEndAfter(document.querySelector(last) as Element);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    },
    first,
    last,
  );
}

describe('the sidebar page in Firefox, opened as a tab', () => {
  // Each hand-over starts from nothing: a selection left by the test before can't pass for this one's.
  beforeEach(async () => {
    await session.driver.evaluate(() => (globalThis as unknown as Ext).browser.storage.session.clear());
  });

  it('renders, and says that report text stays in the browser', async () => {
    const panel = await session.openOwnPage('sidepanel.html');
    expect(await panel.$eval('h1', (h1) => h1.textContent)).toBe('VCF Lens');
    expect(await panel.evaluate(() => document.body.textContent)).toContain('report text stays in this browser');
    await panel.close();
  });

  it('reads a selection handed over from the context menu and shows the founding scenario', async () => {
    const report = await session.openPage(VIGNETTE);
    const text = await select(report, '#vignette', '#findings');
    expect(text).toContain('L2 vertebroplasty');
    await session.handToPanel(report, 'context-menu', text);
    const panel = await session.openOwnPage(`sidepanel.html?tabId=${await session.tabIdOf(report)}`);
    const shown = () =>
      panel.evaluate(() => ({
        selection: document.querySelector('[data-testid="selection-text"]')?.textContent ?? '',
        scenario: document.querySelector('[data-testid="scenario-title"]')?.getAttribute('data-scenario') ?? '',
        ratings: document.querySelectorAll('.results table.ratings tr[data-procedure]').length,
      }));
    // The founding scenario's full row of ACR's table: six rated procedures.
    const state = await poll(shown, (s) => s.scenario === FOUNDING && s.ratings === 6);
    expect(state.selection).toContain('L2 vertebroplasty');
    expect(state.scenario).toBe(FOUNDING);
    expect(state.ratings).toBe(6);
    await panel.close();
    await report.close();
  });

  for (const via of ['shortcut', 'toolbar'] as const) {
    it(`the ${via} path reads the page's own selection (with its line breaks) and hands it over`, async () => {
      const report = await session.openPage(DEMO);
      const selected = await report.evaluate(() => {
        const paragraph = [...document.querySelectorAll('p')].find((p) =>
          p.textContent?.includes('T11 vertebral body'),
        );
        getSelection()?.selectAllChildren(paragraph as Element);
        return getSelection()?.toString() ?? '';
      });
      expect(selected).toContain('compression fracture of T11');
      await session.handToPanel(report, via);
      const panel = await session.openOwnPage('sidepanel.html');
      const selection = () =>
        panel.evaluate(() => document.querySelector('[data-testid="selection-text"]')?.textContent ?? '');
      expect(await poll(selection, (text) => text.includes('compression fracture of T11'))).toContain(
        'acute superior endplate compression fracture of T11',
      );
      await panel.close();
      await report.close();
    });
  }

  it('a malformed message is ignored and a valid one is acted on', async () => {
    const panel = await session.openOwnPage('sidepanel.html');
    const tabId = await panel.evaluate(
      async () => (await (globalThis as unknown as Ext).browser.tabs.getCurrent())?.id,
    );
    expect(tabId).toEqual(expect.any(Number));
    const badge = () =>
      session.driver.evaluate(
        (tabId) =>
          (
            globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }
          ).browser.browserAction.getBadgeText({ tabId }),
        tabId,
      );
    const send = (message: object) =>
      panel.evaluate(
        (message) =>
          (globalThis as unknown as Ext).browser.runtime.sendMessage(message).then(
            () => null,
            () => null,
          ),
        message,
      );
    await send({ type: 'findings/changed', affirmed: 'many' });
    await send({ type: 'no/such-message' });
    await send({ type: 'findings/changed', affirmed: -1 });
    expect(await badge()).toBe('');
    await send({ type: 'findings/changed', affirmed: 3 });
    expect(await poll(badge, (text) => text === '3')).toBe('3');
    await panel.close();
  });
});

describe('console', () => {
  it('the extension wrote no error to the console in all of the above (and an error would be seen)', async () => {
    expect(session.errors()).toEqual([]);
    // The check can fail: an uncaught error in one of the extension's pages is caught by it.
    const page = await session.openOwnPage('sidepanel.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('vcf-lens-probe');
      });
    });
    const seen = await poll(
      async () => session.errors(),
      (errors) => errors.length > 0,
    );
    expect(seen.join('\n')).toContain('vcf-lens-probe');
  });
});
