import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_ID } from '../../scripts/lib/firefox';
import type { Listed } from '../page-probes';
import { highlightTexts } from '../page-probes';
import { type Ext, paintedShare, poll, type ReportTab, Session } from './harness';

/** The default fracture and negated highlights, as getComputedStyle gives them (same as in Chromium). */
const FRACTURE = 'rgba(213, 94, 0, 0.35)';
const NEGATED = 'rgba(107, 117, 128, 0.15)';
/** The fracture colour over a white page, as it is painted. */
const FRACTURE_ON_WHITE: [number, number, number] = [242, 203, 166];

/** The pages and elements where highlight styles must reach text: tables, lists, inline runs, shadow roots, frames. */
const REACH: [string, string, { host?: string; frame?: boolean }][] = [
  ['table', 'td', {}],
  ['lists', 'li', {}],
  ['split', 'b', {}],
  ['shadow', 'p', { host: 'report-view' }],
  ['iframe', 'p', { frame: true }],
];

/** The Chromium baseline of a fixture page (tests/fixtures/pages/<name>.expected.json): Firefox must find the same. */
const baseline = (name: string): Listed[] =>
  JSON.parse(readFileSync(`tests/fixtures/pages/${name}.expected.json`, 'utf8'));

let session: Session;
beforeAll(async () => {
  session = await Session.start();
});
afterAll(async () => {
  await session?.close();
});

describe('the add-on in Firefox', () => {
  it('installs as a temporary add-on with the e2e build’s permissions', async () => {
    expect(session.addonId).toBe(ADDON_ID);
    const manifest = await session.driver.evaluate(() => (globalThis as unknown as Ext).browser.runtime.getManifest());
    expect(manifest.manifest_version).toBe(2);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'http://127.0.0.1/*',
      'http://localhost/*',
      'scripting',
      'storage',
    ]);
  });

  it('registers the content script for the granted loopback sites, at document_start', async () => {
    const registered = () =>
      session.driver.evaluate(() => (globalThis as unknown as Ext).browser.scripting.getRegisteredContentScripts());
    const scripts = await poll(registered, (list) => list.length === 1);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ runAt: 'document_start', js: ['content-scripts/report.js'] });
  });

  it('highlights the bundled demo report: the new fracture affirmed, the denied findings muted, the DOM untouched', async () => {
    const page = await session.openPage('/public/demo/report.html');
    const painted = () => page.evaluate(highlightTexts);
    // The screen is painted in steps as the walk goes on: wait for the last of what is looked for.
    const highlights = await poll(painted, (h) =>
      ['cord compression', 'metastasis'].every((text) => (h['vcf-lens-negated'] ?? []).includes(text)),
    );
    expect(highlights['vcf-lens-fracture']).toContain('compression fracture');
    expect(highlights['vcf-lens-intervention']).toContain('vertebroplasty');
    expect(highlights['vcf-lens-level']).toContain('T11');
    expect(highlights['vcf-lens-negated']).toEqual(expect.arrayContaining(['cord compression', 'metastasis']));
    expect(highlights['vcf-lens-fracture']).not.toContain('cord compression');
    // Painting adds no node and no <style>: the styles came as report.css with the registration.
    const styles = readFileSync('public/demo/report.html', 'utf8').split('<style').length - 1;
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(styles);
    expect(await page.evaluate(() => document.querySelectorAll('mark, [class*="vcf"]').length)).toBe(0);
    await page.close();
  });
});

describe('the page highlighter in Firefox (on demand, as activeTab injects it)', () => {
  beforeAll(async () => {
    await session.unregister();
  });

  for (const name of ['plain', 'table', 'lists', 'split', 'shadow', 'iframe']) {
    it(`${name}: the Chromium baseline's findings, painted, and the page's DOM untouched`, async () => {
      const report = await session.openReport(name, { inject: false });
      const before = await report.html();
      await report.inject();
      const reply = await report.findings();
      expect(reply.enabled).toBe(true);
      expect(await report.listed(reply)).toEqual(baseline(name));
      const painted = await poll(
        () => report.painted(name === 'iframe'),
        (texts) => texts.length > 0,
      );
      expect(painted).not.toEqual([]);
      expect(await report.html()).toBe(before);
      await report.page.close();
    });
  }

  it('split terms are painted as one range across inline nodes', async () => {
    const report = await session.openReport('split');
    await report.findings();
    expect(await poll(report.painted, (t) => t.length > 0)).toContain('vcf-lens-fracture:compression fracture');
    await report.page.close();
  });

  it('a framework re-render: the baseline first, then the highlights follow the new nodes', async () => {
    const report = await session.openReport('rerender');
    expect(await report.listed()).toEqual(baseline('rerender'));
    await report.page.evaluate(() => (window as unknown as { setLevel(level: string): void }).setLevel('T9'));
    expect(await report.page.$eval('#renders', (element) => element.textContent)).toBe('2');
    const painted = await poll(report.painted, (texts) => texts.includes('vcf-lens-level:T9'));
    expect(painted).toContain('vcf-lens-level:T9');
    expect(painted).not.toContain('vcf-lens-level:L1');
    expect(await report.texts()).toContain('T9');
    await report.page.close();
  });

  it('negated findings are listed as negated, painted muted, and left out of the badge', async () => {
    const report = await session.openReport('plain');
    const reply = await report.findings();
    expect(reply.findings.filter((f) => f.assertion === 'negated').map((f) => f.text)).toContain('cord compression');
    const painted = await poll(report.painted, (texts) => texts.length > 0);
    expect(painted).toContain('vcf-lens-negated:cord compression');
    expect(painted).not.toContain('vcf-lens-neurologic:cord compression');
    const affirmed = String(reply.findings.filter((f) => f.assertion === 'affirmed').length);
    expect(await poll(report.badge, (badge) => badge === affirmed)).toBe(affirmed);
    await report.page.close();
  });

  it('a second injection keeps one highlighter, and a malformed message gets no answer', async () => {
    const report = await session.openReport('plain');
    const first = await report.findings();
    await report.inject();
    expect(await report.findings()).toEqual(first);
    expect(await report.send({ type: 'findings/reveal', index: -1 })).toBeUndefined();
    expect(await report.send({ type: 'no/such-message' })).toBeUndefined();
    await report.page.close();
  });

  it('the highlight colour resolves in tables, lists, inline runs, shadow roots and frames', async () => {
    for (const [name, selector, within] of REACH) {
      const report: ReportTab = await session.openReport(name);
      await report.findings();
      expect(await report.highlightBackground('vcf-lens-fracture', selector, within), name).toBe(FRACTURE);
      expect(await report.highlightBackground('vcf-lens-negated', selector, within), name).toBe(NEGATED);
      await report.page.close();
    }
  });

  it('on demand, the styles are adopted once, unscoped, without a <style> element', async () => {
    const report = await session.openReport('plain');
    await report.findings();
    await report.inject();
    await report.findings();
    const rules = await report.adoptedRules();
    expect(rules.filter((rule) => rule.startsWith('::highlight(vcf-lens-fracture)'))).toHaveLength(1);
    expect(rules.some((rule) => rule.startsWith(':root'))).toBe(false);
    expect(await report.page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    await report.page.close();
  });

  // Firefox 140 lets a content script neither read nor replace the page's list of adopted sheets through its Xray
  // wrapper; ours is added to the page's own list in place, so a sheet the page adopted itself stays.
  it("the page's own adopted sheet stays when ours is adopted beside it", async () => {
    const report = await session.openReport('plain', { inject: false });
    await report.page.evaluate(() => {
      const own = new CSSStyleSheet();
      own.replaceSync('p { letter-spacing: 1px; }');
      document.adoptedStyleSheets = [own];
    });
    await report.inject();
    await report.findings();
    const rules = await report.adoptedRules();
    expect(rules[0]).toBe('p { letter-spacing: 1px; }');
    expect(rules.filter((rule) => rule.startsWith('::highlight(vcf-lens-fracture)'))).toHaveLength(1);
    await report.page.close();
  });

  it('the fracture colour is painted on screen, not only resolved', async () => {
    const report = await session.openReport('table');
    await report.findings();
    await poll(report.painted, (texts) => texts.includes('vcf-lens-fracture:compression fracture'));
    const { x, y } = await report.page.evaluate(() => {
      const cell = [...document.querySelectorAll('td')].find((td) => td.textContent?.includes('compression fracture'));
      const text = [...(cell?.childNodes ?? [])].find((node) => node.textContent?.includes('compression fracture'));
      const range = document.createRange();
      const at = text?.textContent?.indexOf('compression fracture') ?? 0;
      range.setStart(text as Node, at);
      range.setEnd(text as Node, at + 'compression fracture'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(await paintedShare(report.page, x, y, FRACTURE_ON_WHITE)).toBeGreaterThan(0.3);
    await report.page.close();
  });

  // Why the Firefox build writes unscoped rules (content/highlight-rules.ts): measured here, Firefox does
  // not pass custom highlight styles down from the root. If this starts failing, Firefox has gained
  // highlight inheritance and the cheaper root-scoped rules of the Chrome build could be used there too.
  it('root-scoped ::highlight() rules reach no descendant in Firefox; unscoped ones reach every one', async () => {
    for (const [name, selector, within] of REACH) {
      const page = await session.openPage(`/tests/fixtures/pages/${name}.html`);
      const measure = (scope: string) =>
        page.evaluate(
          (scope, selector, within) => {
            const view = within.frame
              ? (document.querySelector('iframe')?.contentWindow as Window & typeof globalThis)
              : window;
            const root = within.host ? (view.document.querySelector(within.host)?.shadowRoot as ShadowRoot) : null;
            const element = [...(root ?? view.document).querySelectorAll(selector)].at(-1) as Element;
            const range = view.document.createRange();
            range.selectNodeContents(element);
            view.CSS.highlights.set('probe', new view.Highlight(range));
            const style = 'background-color: rgb(0, 255, 0); color: rgb(0, 255, 0);';
            const sheet = new view.CSSStyleSheet();
            sheet.replaceSync(`${scope}::highlight(probe) { ${style} }`);
            view.document.adoptedStyleSheets = [sheet];
            if (root) {
              const own = new view.CSSStyleSheet();
              own.replaceSync(`${scope ? ':host' : ''}::highlight(probe) { ${style} }`);
              root.adoptedStyleSheets = [own];
            }
            const rect = range.getBoundingClientRect();
            const frame = within.frame
              ? (document.querySelector('iframe') as HTMLElement).getBoundingClientRect()
              : null;
            return {
              resolved: view.getComputedStyle(element, '::highlight(probe)').backgroundColor,
              x: (frame?.left ?? 0) + rect.left + rect.width / 2,
              y: (frame?.top ?? 0) + rect.top + rect.height / 2,
            };
          },
          scope,
          selector,
          within,
        );
      const scoped = await measure(':root');
      expect(scoped.resolved, name).toBe('rgba(0, 0, 0, 0)');
      expect(await paintedShare(page, scoped.x, scoped.y, [0, 255, 0]), name).toBe(0);
      const unscoped = await measure('');
      expect(unscoped.resolved, name).toBe('rgb(0, 255, 0)');
      expect(await paintedShare(page, unscoped.x, unscoped.y, [0, 255, 0]), name).toBeGreaterThan(0.9);
      await page.close();
    }
  });
});

describe('console', () => {
  it('the extension wrote no error to the console while highlighting all of the above', () => {
    expect(session.errors()).toEqual([]);
  });
});
