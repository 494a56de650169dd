import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGES = '/tests/fixtures/pages/';
const SCRIPT = 'content-scripts/report.js';

interface Listed {
  text: string;
  category: string;
  assertion: string;
}
interface Reply {
  enabled: boolean;
  findings: (Listed & { index: number })[];
}

/** The content script is also registered for loopback pages at startup: unregister it to test the on-demand path. */
async function unregister(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    // The background registers at startup: wait for that, then take it away.
    for (let i = 0; i < 50 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await chrome.scripting.unregisterContentScripts();
  });
}

function inject(serviceWorker: Worker, tabId: number): Promise<unknown> {
  return serviceWorker.evaluate(
    ({ tabId, file }) => chrome.scripting.executeScript({ target: { tabId }, files: [file] }),
    { tabId, file: SCRIPT },
  );
}

function send<T>(serviceWorker: Worker, tabId: number, message: object): Promise<T> {
  return serviceWorker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

function listed(reply: Reply): Listed[] {
  return reply.findings.map(({ text, category, assertion }) => ({ text, category, assertion }));
}

/** The text of every range registered under a vcf-lens highlight, read in the page's own world. */
function painted(page: Page, frame = false): Promise<string[]> {
  return page.evaluate((frame) => {
    const target = frame ? (document.querySelector('iframe')?.contentWindow as Window & typeof globalThis) : window;
    const texts: string[] = [];
    for (const [name, highlight] of target.CSS.highlights) {
      if (!name.startsWith('vcf-lens-') || name === 'vcf-lens-flash') continue;
      for (const range of highlight as Highlight) {
        const live = target.document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(`${name}:${live.toString()}`);
      }
    }
    return texts.sort();
  }, frame);
}

/** Compares with the checked-in baseline; UPDATE_BASELINES=1 writes it instead (then read it and fix it). */
function expectBaseline(name: string, findings: Listed[]): void {
  const file = `tests/fixtures/pages/${name}.expected.json`;
  if (process.env.UPDATE_BASELINES) writeFileSync(file, `${JSON.stringify(findings, null, 2)}\n`);
  expect(findings).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

test.describe('page highlighter', () => {
  test.beforeEach(async ({ serviceWorker }) => unregister(serviceWorker));

  for (const name of ['plain', 'table', 'lists', 'split', 'shadow', 'iframe', 'long']) {
    test(`${name}: findings match the baseline and the page's DOM is untouched`, async ({
      context,
      server,
      serviceWorker,
      tabIdOf,
    }) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${PAGES}${name}.html`);
      await page.waitForLoadState('load');
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const tabId = await tabIdOf(page);
      await inject(serviceWorker, tabId);
      const reply = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
      expect(reply.enabled).toBe(true);
      expectBaseline(name, listed(reply));
      await expect.poll(() => painted(page, name === 'iframe')).not.toEqual([]);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    });
  }

  test('split terms are painted as one range across inline nodes', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}split.html`);
    await inject(serviceWorker, await tabIdOf(page));
    await expect.poll(() => painted(page)).toContain('vcf-lens-fracture:compression fracture');
  });

  test('a second injection keeps one highlighter, and malformed messages get no answer', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const first = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    await inject(serviceWorker, tabId);
    const second = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    expect(second).toEqual(first);
    const counts = await page.evaluate(() =>
      [...CSS.highlights].filter(([name]) => name.startsWith('vcf-lens-')).map(([name, h]) => [name, h.size]),
    );
    expect(counts.every(([, size]) => Number(size) <= 3)).toBe(true);
    expect(await send(serviceWorker, tabId, { type: 'findings/reveal', index: -1 })).toBeUndefined();
  });

  test('negated findings are listed as negated, painted muted, and not counted', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const reply = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    const negated = reply.findings.filter((finding) => finding.assertion === 'negated').map((f) => f.text);
    expect(negated).toContain('cord compression');
    const texts = await painted(page);
    expect(texts).toContain('vcf-lens-negated:cord compression');
    expect(texts).not.toContain('vcf-lens-neurologic:cord compression');
    const affirmed = reply.findings.filter((finding) => finding.assertion === 'affirmed').length;
    await expect
      .poll(() => serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId))
      .toBe(String(affirmed));
  });

  test('on/off and category filters repaint without rescanning', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    await send(serviceWorker, tabId, { type: 'findings/list' });
    await send(serviceWorker, tabId, { type: 'highlight/set-categories', categories: ['level'] });
    await expect.poll(() => painted(page)).toEqual(['vcf-lens-level:L1', 'vcf-lens-level:L1']);
    const off = await send<Reply>(serviceWorker, tabId, { type: 'highlight/set-enabled', enabled: false });
    expect(off.enabled).toBe(false);
    expect(off.findings.length).toBeGreaterThan(2);
    await expect.poll(() => painted(page)).toEqual([]);
  });

  test('a framework re-render: highlights follow and the page script keeps working', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}rerender.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    expectBaseline('rerender', listed(await send<Reply>(serviceWorker, tabId, { type: 'findings/list' })));
    await page.evaluate(() => (window as unknown as { setLevel(level: string): void }).setLevel('T9'));
    await expect(page.locator('#renders')).toHaveText('2');
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:T9');
    expect(await painted(page)).not.toContain('vcf-lens-level:L1');
    const reply = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    expect(reply.findings.map((finding) => finding.text)).toContain('T9');
  });

  test('reports appended over time are matched as they arrive', async ({ context, server, serviceWorker, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}append.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const list = async () => listed(await send<Reply>(serviceWorker, tabId, { type: 'findings/list' }));
    const first = await list();
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => (window as unknown as { appendReport(): void }).appendReport());
    }
    await expect.poll(async () => (await list()).length).toBeGreaterThan(first.length);
    expectBaseline('append', await list());
  });

  test('SPA navigation rescans the new view', async ({ context, server, serviceWorker, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}spa.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const list = async () => listed(await send<Reply>(serviceWorker, tabId, { type: 'findings/list' }));
    expect((await list()).map((finding) => finding.text)).toContain('T12');
    await page.click('#study-2');
    await expect.poll(async () => (await list()).map((finding) => finding.text)).not.toContain('T12');
    expectBaseline('spa', await list());
    await page.goBack();
    await expect.poll(async () => (await list()).map((finding) => finding.text)).toContain('T12');
  });

  test('a long page paints near the viewport only; scrolling and reveal reach findings far below', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}long.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const reply = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    const far = reply.findings.find((finding) => finding.text === 'L5');
    expect(far).toBeDefined();
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:T7');
    expect(await painted(page)).not.toContain('vcf-lens-level:L5');

    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:L5');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => painted(page)).not.toContain('vcf-lens-level:L5');

    await send(serviceWorker, tabId, { type: 'findings/reveal', index: far?.index });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:L5');
    expect(await page.evaluate(() => CSS.highlights.get('vcf-lens-flash')?.size)).toBe(1);
  });

  test('a report pane that scrolls by itself: scrolling inside it paints findings further down', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}pane.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    await send(serviceWorker, tabId, { type: 'findings/list' });
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:T7');
    expect(await painted(page)).not.toContain('vcf-lens-level:L5');

    await page.evaluate(() => {
      const pane = document.getElementById('report') as HTMLElement;
      pane.scrollTop = pane.scrollHeight;
    });
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:L5');
    expect(await painted(page)).not.toContain('vcf-lens-level:T7');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Half way down: nothing near has findings, and both ends have left.
    await page.evaluate(() => {
      const pane = document.getElementById('report') as HTMLElement;
      pane.scrollTop = pane.scrollHeight / 2;
    });
    await expect.poll(() => painted(page)).toEqual([]);
    // A big page: no underlines or strike-throughs (they would cost overflow work on every scroll step).
    expect((await adoptedRules(page)).join('\n')).not.toContain('text-decoration');
  });

  test('a report in one <pre>: only findings near the viewport are painted, scrolling and reveal move them', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}pre.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    const reply = await send<Reply>(serviceWorker, tabId, { type: 'findings/list' });
    expect(reply.findings.length).toBeGreaterThan(3000);
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:T7');
    const first = await painted(page);
    expect(first.length).toBeLessThan(500);
    expect(first).not.toContain('vcf-lens-level:L5');

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await painted(page)).includes('vcf-lens-level:T7')).toBe(false);
    expect((await painted(page)).length).toBeGreaterThan(0);

    const far = reply.findings.find((finding) => finding.text === 'L5');
    await send(serviceWorker, tabId, { type: 'findings/reveal', index: far?.index });
    await expect.poll(() => painted(page)).toContain('vcf-lens-level:L5');
    const shown = await page.evaluate(() => {
      const flash = [...(CSS.highlights.get('vcf-lens-flash') ?? [])][0] as StaticRange;
      const range = document.createRange();
      range.setStart(flash.startContainer, flash.startOffset);
      range.setEnd(flash.endContainer, flash.endOffset);
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), top: rect.top, height: window.innerHeight };
    });
    expect(shown.text).toBe('L5');
    expect(shown.top).toBeGreaterThan(0);
    expect(shown.top).toBeLessThan(shown.height);
  });

  test('the registered script highlights from document_start', async ({ context, server, serviceWorker, tabIdOf }) => {
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { vcfLensTest: { syncSiteScripts(): Promise<unknown> } }).vcfLensTest.syncSiteScripts(),
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const reply = await send<Reply>(serviceWorker, await tabIdOf(page), { type: 'findings/list' });
    expectBaseline('plain', listed(reply));
    await expect.poll(() => painted(page)).not.toEqual([]);
    // report.css came with the registration: the script adopts no second copy (no second style recalc),
    // only the line cues of a small page.
    await expect
      .poll(() => adoptedRules(page))
      .toEqual([
        '::highlight(vcf-lens-uncertain) { text-decoration: underline 2px dashed; }',
        '::highlight(vcf-lens-negated) { text-decoration: line-through 1px dotted rgb(95, 107, 118); }',
      ]);
  });

  test('on demand, the styles are adopted once, without a <style> element', async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    await send(serviceWorker, tabId, { type: 'findings/list' });
    await inject(serviceWorker, tabId);
    await send(serviceWorker, tabId, { type: 'findings/list' });
    const rules = await adoptedRules(page);
    expect(rules.filter((rule) => rule.startsWith('::highlight(vcf-lens-fracture)'))).toHaveLength(1);
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
  });

  test("the user's colours apply from storage, at once and on later changes, without touching the DOM", async ({
    context,
    server,
    serviceWorker,
    tabIdOf,
  }) => {
    const setFracture = (colour: string) =>
      serviceWorker.evaluate(async (colour) => {
        const { settings } = await chrome.storage.local.get('settings');
        const colours = {
          fracture: '#D55E00',
          level: '#0072B2',
          intervention: '#009E73',
          acuity: '#E69F00',
          malignancy: '#CC79A7',
          neurologic: '#56B4E9',
          'bone-health': '#F0E442',
          trauma: '#999999',
        };
        await chrome.storage.local.set({
          settings: { ...(settings as object), colours: { ...colours, fracture: colour } },
        });
      }, colour);
    await setFracture('#112233');
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES}plain.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(page);
    await inject(serviceWorker, tabId);
    await send(serviceWorker, tabId, { type: 'findings/list' });
    const fracture = async () =>
      (await adoptedRules(page)).find((rule) => rule.startsWith('::highlight(vcf-lens-fracture)')) ?? '';
    expect(await fracture()).toContain('rgba(17, 34, 51, 0.35)');
    await setFracture('#445566');
    await expect.poll(fracture).toContain('rgba(68, 85, 102, 0.35)');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

/** The CSS text of every rule in the page's adopted stylesheets (read in the page's own world). */
function adoptedRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
  );
}
