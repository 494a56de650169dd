import { DEFAULT_COLOURS } from '../../logic/storage';
import { findMentions } from '../../logic/terms/find-mentions';
import type { Reply } from '../page-probes';
import { expect, expectBaseline, test, unregister } from './highlight-helpers';

/** The default fracture highlight (Okabe–Ito vermillion at 0.35), as getComputedStyle gives it. */
const FRACTURE = 'rgba(213, 94, 0, 0.35)';

test.describe('page highlighter', () => {
  test.beforeEach(async ({ serviceWorker }) => unregister(serviceWorker));

  for (const name of ['plain', 'table', 'lists', 'split', 'shadow', 'iframe', 'long']) {
    test(`${name}: findings match the baseline and the page's DOM is untouched`, async ({ openReport }) => {
      const report = await openReport(name, { inject: false });
      const before = await report.html();
      await report.inject();
      const reply = await report.findings();
      expect(reply.enabled).toBe(true);
      expectBaseline(name, await report.listed(reply));
      await expect.poll(() => report.painted(name === 'iframe')).not.toEqual([]);
      expect(await report.html()).toBe(before);
    });
  }

  test('split terms are painted as one range across inline nodes', async ({ openReport }) => {
    const report = await openReport('split');
    await expect.poll(report.painted).toContain('vcf-lens-fracture:compression fracture');
  });

  test('a second injection keeps one highlighter, and malformed messages get no answer', async ({ openReport }) => {
    const report = await openReport('plain');
    const first = await report.findings();
    await report.inject();
    const second = await report.findings();
    expect(second).toEqual(first);
    const counts = await report.page.evaluate(() =>
      [...CSS.highlights].filter(([name]) => name.startsWith('vcf-lens-')).map(([name, h]) => [name, h.size]),
    );
    expect(counts.every(([, size]) => Number(size) <= 3)).toBe(true);
    expect(await report.reveal(-1)).toBeUndefined();
  });

  test('negated findings are listed as negated, painted muted, and not counted', async ({ openReport }) => {
    const report = await openReport('plain');
    const reply = await report.findings();
    const negated = reply.findings.filter((finding) => finding.assertion === 'negated').map((f) => f.text);
    expect(negated).toContain('cord compression');
    const texts = await report.painted();
    expect(texts).toContain('vcf-lens-negated:cord compression');
    expect(texts).not.toContain('vcf-lens-neurologic:cord compression');
    const affirmed = reply.findings.filter((finding) => finding.assertion === 'affirmed').length;
    await expect.poll(report.badge).toBe(String(affirmed));
  });

  test('on/off and category filters repaint without rescanning', async ({ openReport }) => {
    const report = await openReport('plain');
    await report.findings();
    await report.send({ type: 'highlight/set-categories', categories: ['level'] });
    await expect.poll(report.painted).toEqual(['vcf-lens-level:L1', 'vcf-lens-level:L1']);
    const off = await report.send<Reply>({ type: 'highlight/set-enabled', enabled: false });
    expect(off.enabled).toBe(false);
    expect(off.findings.length).toBeGreaterThan(2);
    await expect.poll(report.painted).toEqual([]);
  });

  test('headings of their own set the section, and the page and the panel read the same words alike', async ({
    openReport,
  }) => {
    const report = await openReport('sections');
    const listed = await report.listed();
    const of = (words: string) => listed.filter((finding) => finding.text === words).map((f) => f.assertion);
    // Under "Family history" the sister's findings are someone else's; under "Plan" the procedure is planned.
    expect(of('compression fracture')).toEqual(['other-person', 'affirmed']);
    expect(of('breast cancer')).toEqual(['other-person']);
    expect(of('Kyphoplasty')).toEqual(['hypothetical']);
    // The panel reads the page's text in one run: the same words get the same assertions.
    const { text } = await report.send<{ text: string }>({ type: 'page/text' });
    const whole = findMentions(text).map(({ text: words, category, assertion }) => ({
      text: words,
      category,
      assertion,
    }));
    expect(whole).toEqual(listed);
  });

  test('a framework re-render: highlights follow and the page script keeps working', async ({ openReport }) => {
    const report = await openReport('rerender');
    expectBaseline('rerender', await report.listed());
    await report.page.evaluate(() => (window as unknown as { setLevel(level: string): void }).setLevel('T9'));
    await expect(report.page.locator('#renders')).toHaveText('2');
    await expect.poll(report.painted).toContain('vcf-lens-level:T9');
    expect(await report.painted()).not.toContain('vcf-lens-level:L1');
    expect(await report.texts()).toContain('T9');
  });

  test('reports appended over time are matched as they arrive', async ({ openReport }) => {
    const report = await openReport('append');
    const first = await report.listed();
    for (let i = 0; i < 2; i++) {
      await report.page.evaluate(() => (window as unknown as { appendReport(): void }).appendReport());
    }
    await expect.poll(async () => (await report.listed()).length).toBeGreaterThan(first.length);
    expectBaseline('append', await report.listed());
  });

  test('SPA navigation rescans the new view', async ({ openReport }) => {
    const report = await openReport('spa');
    expect(await report.texts()).toContain('T12');
    await report.page.click('#study-2');
    await expect.poll(report.texts).not.toContain('T12');
    expectBaseline('spa', await report.listed());
    await report.page.goBack();
    await expect.poll(report.texts).toContain('T12');
  });

  test('a long page paints near the viewport only; scrolling and reveal reach findings far below', async ({
    openReport,
  }) => {
    const report = await openReport('long');
    const { page } = report;
    const far = (await report.findings()).findings.find((finding) => finding.text === 'L5');
    expect(far).toBeDefined();
    await expect.poll(report.painted).toContain('vcf-lens-level:T7');
    expect(await report.painted()).not.toContain('vcf-lens-level:L5');

    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await expect.poll(report.painted).toContain('vcf-lens-level:L5');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(report.painted).not.toContain('vcf-lens-level:L5');

    await report.reveal(far?.index);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(report.painted).toContain('vcf-lens-level:L5');
    expect(await page.evaluate(() => CSS.highlights.get('vcf-lens-flash')?.size)).toBe(1);
  });

  test('a big page: the screen is painted before the walk reaches the end, and every block is matched after', async ({
    openReport,
  }) => {
    const report = await openReport('long', { inject: false });
    const { page } = report;
    // Tens of thousands of blocks below the screen (a finding in every tenth) make the walk take many slices.
    await page.evaluate(() => {
      const filler = document.getElementById('filler') as HTMLElement;
      const lines = Array.from({ length: 30000 }, (_, i) =>
        i % 10 === 0 ? `<p>Line ${i}: mild height loss of T9.</p>` : `<p>Line ${i}: technique as before.</p>`,
      );
      filler.insertAdjacentHTML('beforeend', lines.join(''));
    });
    // What the test build tells at first paint and at the end of the scan, and what was painted at first paint.
    await page.evaluate(() => {
      const seen = window as unknown as { painted?: { walked: number; ranges: number }; scanned?: { walked: number } };
      document.addEventListener('vcf-lens:painted', (event) => {
        let ranges = 0;
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('vcf-lens-')) ranges += highlight.size;
        seen.painted = { walked: JSON.parse((event as CustomEvent).detail).walked, ranges };
      });
      document.addEventListener('vcf-lens:scanned', (event) => {
        seen.scanned = { walked: JSON.parse((event as CustomEvent).detail).walked };
      });
    });
    await report.inject();
    const reply = await report.findings();
    expect(reply.findings.filter((finding) => finding.text === 'T9')).toHaveLength(3000);
    const seen = await page.evaluate(() => {
      const { painted, scanned } = window as unknown as {
        painted: { walked: number; ranges: number };
        scanned: { walked: number };
      };
      return { painted, scanned };
    });
    expect(seen.scanned.walked).toBeGreaterThan(30000);
    // The first slice alone may walk a few thousand blocks; it is nowhere near the end.
    expect(seen.painted.walked).toBeLessThan(seen.scanned.walked / 2);
    expect(seen.painted.ranges).toBeGreaterThan(0);
    await expect.poll(report.painted).toContain('vcf-lens-fracture:compression fracture');
  });

  test('a whole chart in one <pre> is read in parts, and the parts give what the engine gives the whole', async ({
    openReport,
  }) => {
    const sections = (i: number) =>
      [
        `FINDINGS:\nAcute compression fracture of T${(i % 12) + 1} with marrow edema. No retropulsion.`,
        'FAMILY HISTORY:\nMother with breast cancer.',
        `L${(i % 5) + 1}-${(i % 5) + 2}:\nDisc bulge. Mild height loss, chronic.`,
        `IMPRESSION:\nNo new fracture. Possible metastasis at L${(i % 5) + 1}; recommend MRI.`,
        'Line without a header, which goes on for a while to make the parts long enough. '.repeat(4),
      ].join('\n');
    const text = Array.from({ length: 800 }, (_, i) => sections(i)).join('\n\n');
    expect(text.length).toBeGreaterThan(300_000);
    const report = await openReport('pre', { inject: false });
    await report.page.evaluate((text) => {
      (document.getElementById('report') as HTMLElement).textContent = text;
    }, text);
    await report.inject();
    const engine = findMentions(text).map(({ text, category, assertion }) => ({ text, category, assertion }));
    expect(await report.listed()).toEqual(engine);
    // Section defaults hold across the parts: every mother's cancer is someone else's.
    const cancers = engine.filter((finding) => finding.text === 'breast cancer');
    expect(cancers).toHaveLength(800);
    expect(cancers.every((finding) => finding.assertion === 'other-person')).toBe(true);
  });

  test('text the page hides (another tab, a closed section) is neither listed nor read until it shows', async ({
    openReport,
  }) => {
    const report = await openReport('hidden');
    expect(await report.texts()).toEqual(['Acute', 'compression fracture', 'L1']);
    const read = await report.send<{ text: string }>({ type: 'page/text' });
    expect(read.text).toContain('Acute compression fracture of L1');
    expect(read.text).not.toMatch(/T9|kyphoplasty|vertebroplasty/);
    await report.page.click('#show-prior');
    await report.page.click('summary');
    expect(await report.texts()).toEqual(
      expect.arrayContaining(['L1', 'Pathologic fracture', 'T9', 'epidural mass', 'vertebroplasty', 'L4']),
    );
    expect(await report.texts()).not.toContain('kyphoplasty');
    await expect.poll(report.painted).toContain('vcf-lens-level:T9');
  });

  test('a report pane that scrolls by itself: scrolling inside it paints findings further down', async ({
    openReport,
  }) => {
    const report = await openReport('pane');
    const scrollPane = (fraction: number) =>
      report.page.evaluate((fraction) => {
        const pane = document.getElementById('report') as HTMLElement;
        pane.scrollTop = pane.scrollHeight * fraction;
      }, fraction);
    await report.findings();
    await expect.poll(report.painted).toContain('vcf-lens-level:T7');
    expect(await report.painted()).not.toContain('vcf-lens-level:L5');

    await scrollPane(1);
    await expect.poll(report.painted).toContain('vcf-lens-level:L5');
    expect(await report.painted()).not.toContain('vcf-lens-level:T7');
    expect(await report.page.evaluate(() => window.scrollY)).toBe(0);
    // Half way down: nothing near has findings, and both ends have left.
    await scrollPane(1 / 2);
    await expect.poll(report.painted).toEqual([]);
    // A big page: no underlines or strike-throughs (they would cost overflow work on every scroll step).
    expect((await report.adoptedRules()).join('\n')).not.toContain('text-decoration');
  });

  test('a report in one <pre>: only findings near the viewport are painted, scrolling and reveal move them', async ({
    openReport,
  }) => {
    const report = await openReport('pre');
    const { page } = report;
    const reply = await report.findings();
    expect(reply.findings.length).toBeGreaterThan(3000);
    await expect.poll(report.painted).toContain('vcf-lens-level:T7');
    const first = await report.painted();
    expect(first.length).toBeLessThan(500);
    expect(first).not.toContain('vcf-lens-level:L5');

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await report.painted()).includes('vcf-lens-level:T7')).toBe(false);
    expect((await report.painted()).length).toBeGreaterThan(0);

    const far = reply.findings.find((finding) => finding.text === 'L5');
    await report.reveal(far?.index);
    await expect.poll(report.painted).toContain('vcf-lens-level:L5');
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

  test('the registered script highlights from document_start', async ({ openReport, serviceWorker }) => {
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { vcfLensTest: { syncSiteScripts(): Promise<unknown> } }).vcfLensTest.syncSiteScripts(),
    );
    const report = await openReport('plain', { inject: false });
    // The registered script starts with the page and answers once its listener is up: wait for that.
    await expect
      .poll(() =>
        report.listed().then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    expectBaseline('plain', await report.listed());
    await expect.poll(report.painted).not.toEqual([]);
    // report.css came with the registration: the script adopts no second copy (no second style recalc),
    // only the line cues of a small page.
    await expect
      .poll(report.adoptedRules)
      .toEqual([
        ':root::highlight(vcf-lens-uncertain) { text-decoration: underline 2px dashed; }',
        ':root::highlight(vcf-lens-negated) { text-decoration: line-through 1px dotted rgb(95, 107, 118); }',
      ]);
    expect(await report.highlightBackground('vcf-lens-fracture', 'p')).toBe(FRACTURE);
  });

  test('highlight styles reach text in tables, lists, inline runs, shadow roots and frames', async ({ openReport }) => {
    for (const [page, selector, within] of [
      ['table', 'td', {}],
      ['lists', 'li', {}],
      ['split', 'b', {}],
      ['shadow', 'p', { host: 'report-view' }],
      ['iframe', 'p', { frame: true }],
    ] as const) {
      const report = await openReport(page);
      await report.findings();
      expect(await report.highlightBackground('vcf-lens-fracture', selector, within), page).toBe(FRACTURE);
      expect(await report.highlightBackground('vcf-lens-negated', selector, within), page).toBe(
        'rgba(107, 117, 128, 0.15)',
      );
      await report.page.close();
    }
  });

  test('on demand, the styles are adopted once, without a <style> element', async ({ openReport }) => {
    const report = await openReport('plain');
    await report.findings();
    await report.inject();
    await report.findings();
    const rules = await report.adoptedRules();
    expect(rules.filter((rule) => rule.startsWith(':root::highlight(vcf-lens-fracture)'))).toHaveLength(1);
    expect(await report.highlightBackground('vcf-lens-fracture', 'p')).toBe(FRACTURE);
    expect(await report.page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
  });

  test("the user's colours apply from storage, at once and on later changes, without touching the DOM", async ({
    openReport,
    serviceWorker,
  }) => {
    const setFracture = (colour: string) =>
      serviceWorker.evaluate(
        async ({ colour, defaults }) => {
          const { settings } = await chrome.storage.local.get('settings');
          await chrome.storage.local.set({
            settings: { ...(settings as object), colours: { ...defaults, fracture: colour } },
          });
        },
        { colour, defaults: DEFAULT_COLOURS },
      );
    await setFracture('#112233');
    const report = await openReport('plain', { inject: false });
    const before = await report.html();
    await report.inject();
    await report.findings();
    const fracture = async () =>
      (await report.adoptedRules()).find((rule) => rule.startsWith(':root::highlight(vcf-lens-fracture)')) ?? '';
    expect(await fracture()).toContain('rgba(17, 34, 51, 0.35)');
    expect(await report.highlightBackground('vcf-lens-fracture', 'p')).toBe('rgba(17, 34, 51, 0.35)');
    await setFracture('#445566');
    await expect.poll(fracture).toContain('rgba(68, 85, 102, 0.35)');
    expect(await report.highlightBackground('vcf-lens-fracture', 'p')).toBe('rgba(68, 85, 102, 0.35)');
    expect(await report.html()).toBe(before);
    await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});
