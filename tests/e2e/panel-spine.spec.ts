import { expect, selectText, test } from './fixtures';
import { box, handOverVignette, shoot, tabTo } from './panel-helpers';

const VIEWPORT = { width: 360, height: 800 };

/** The words the page flashes for a reveal, read from its highlight registry. */
const flashed = (): string =>
  [...(CSS.highlights.get('vcf-lens-flash') ?? [])]
    .map((range) => {
      const r = range as StaticRange;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    })
    .join(' ');

test.describe('spine at a glance', () => {
  test('the founding vignette: T11 new and L2 cemented below it; Tab and Enter on T11 show its words here and on the page', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { report, tabId } = await handOverVignette({ openPage, handToPanel, tabIdOf });
    const panel = await openPanel(tabId);
    await panel.setViewportSize(VIEWPORT);
    const map = panel.getByTestId('spine-map');
    await expect(map.locator('desc')).toHaveText(
      'T11: new fracture; L2: cement augmentation, 3 levels below the new fracture at T11.',
    );
    // Under the answer: the alerts and Copy summary come first, the case facts after it.
    const copy = await box(panel.getByRole('button', { name: 'Copy summary' }));
    expect((await box(map)).top).toBeGreaterThan(copy.bottom);
    expect((await box(map)).bottom).toBeLessThan((await box(panel.getByRole('form', { name: 'Case' }))).top);

    const t11 = panel.getByRole('button', { name: 'T11: new fracture', exact: true });
    await tabTo(panel, t11);
    await panel.keyboard.press('Enter');
    const details = panel.getByTestId('spine-map-details');
    await expect(details).toContainText('T11: new fracture');
    await expect(details.getByRole('button', { name: 'From the report: “T11”' })).toBeVisible();
    await expect.poll(() => report.evaluate(flashed)).toBe('T11');
    await expect(panel.getByText('is not on this page any more')).toHaveCount(0);
    // The next stop is L2, then the words of T11.
    await panel.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: /^L2: cement augmentation/ })).toBeFocused();
    await panel.keyboard.press('Enter');
    // T11's flash may still be fading: the page flashes L2 too.
    await expect.poll(() => report.evaluate(flashed)).toMatch(/\bL2\b/);
    // Back to T11 (Shift+Tab), picked for the screenshot.
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Enter');
    await expect(details).toContainText('T11: new fracture');
    await shoot(panel, 'panel-spine-founding', panel.locator('#spine-map'));
    // Dark mode: the same palette on the dark surface.
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shoot(panel, 'panel-spine-founding-dark', panel.locator('#spine-map'));
  });

  test('an edit of a level field redraws the map at once', async ({ openPage, handToPanel, openPanel, tabIdOf }) => {
    const { tabId } = await handOverVignette({ openPage, handToPanel, tabIdOf });
    const panel = await openPanel(tabId);
    const desc = panel.getByTestId('spine-map').locator('desc');
    await expect(desc).toContainText('L2: cement augmentation');
    await panel.getByRole('combobox', { name: 'Add a level to Prior augmentation levels' }).selectOption('T12');
    await expect(desc).toContainText('T11: new fracture, next to the cement at T12');
    await expect(panel.locator('svg [data-level="T12"] .cement')).toHaveCount(1);
    await expect(panel.locator('svg path.link')).toHaveCount(1);
  });

  for (const [name, page, expected] of [
    [
      'a fusion case',
      'spine-fusion',
      'L2: new fracture, 30 % height loss (Genant grade 2), next to the L3–S1 fusion; L3–S1: fusion.',
    ],
    [
      'a multi-level case',
      'spine-multilevel',
      'T7: chronic fracture; T11: new fracture, next to the cement at T12; T12: cement augmentation; L1: cement augmentation, 2 levels below the new fracture at T11; L4: fracture, age unknown.',
    ],
  ] as const) {
    test(`${name}: every level and construct drawn and reachable by keyboard`, async ({
      openPage,
      handToPanel,
      openPanel,
      tabIdOf,
    }) => {
      const report = await openPage(`/tests/fixtures/panel/${page}.html`);
      const text = await selectText(report.locator('#history'), report.locator('#findings'));
      await handToPanel(report, 'context-menu', text);
      const panel = await openPanel(await tabIdOf(report));
      await panel.setViewportSize(VIEWPORT);
      const map = panel.getByTestId('spine-map');
      await expect(map.locator('desc')).toHaveText(expected);
      const targets = map.locator('[role="button"]');
      const labels = expected.replace(/\.$/, '').split('; ');
      await expect(targets).toHaveCount(labels.length);
      for (let i = 0; i < labels.length; i++) {
        await tabTo(panel, targets.nth(i));
        await expect(targets.nth(i)).toHaveAttribute('aria-label', labels[i] as string);
      }
      // The answer still comes first: the scenario title and the first rating row above the map.
      const firstRow = await box(panel.locator('.results table.ratings tbody tr').first());
      expect(firstRow.bottom).toBeLessThan((await box(map)).top);
      await shoot(panel, `panel-spine-${page.replace('spine-', '')}`, panel.locator('#spine-map'));
    });
  }
});
