import { expect, selectText, test } from './fixtures';
import { panelFollowing, sessionDump, shoot, VIGNETTE, windowOf } from './panel-helpers';

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';
/** Another patient: a new osteoporotic L1 fracture, no earlier augmentation. */
const OTHER = '/tests/fixtures/pages/plain.html';

test('a case belongs to its report: another report in front is told so, and its text never merges into it', async ({
  context,
  openPage,
  handToPanel,
  serviceWorker,
  extensionId,
  tabIdOf,
}) => {
  const first = await openPage(VIGNETTE);
  const second = await openPage(OTHER);
  const firstTitle = await first.title();
  // The second report was opened from the toolbar too, so VCF Lens can read it.
  await handToPanel(second, 'toolbar');
  await first.bringToFront();
  const text = await selectText(first.locator('#vignette'), first.locator('#findings'));
  await handToPanel(first, 'context-menu', text);
  const reportWindow = await windowOf(serviceWorker, first);
  const panel = await panelFollowing(context, serviceWorker, extensionId, reportWindow);
  await panel.setViewportSize({ width: 360, height: 800 });

  // In front: the report the case came from. No banner, the result unmarked.
  const title = panel.getByTestId('scenario-title');
  await expect(title).toHaveAttribute('data-scenario', FOUNDING);
  const banner = panel.getByTestId('case-source-banner');
  await expect(banner).toHaveCount(0);
  await expect(panel.locator('section.results')).not.toHaveAttribute('data-other-page', 'true');
  const stored = JSON.stringify(await sessionDump(panel));
  expect(stored).toContain(first.url());
  expect(stored).toContain(firstTitle);

  // Another report in front: said at the top, the result marked as the other page's.
  await second.bringToFront();
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('heading')).toHaveText(`Case from another tab: ${firstTitle}`);
  await expect(panel.locator('main > :nth-child(2)')).toHaveAttribute('data-testid', 'case-source-banner');
  await expect(panel.locator('section.results')).toHaveAttribute('data-other-page', 'true');
  await expect(panel.getByTestId('result-other-page')).toContainText(firstTitle);
  await expect(banner.getByRole('button', { name: 'Read this report' })).toBeEnabled();
  await shoot(panel, 'panel-other-tab');

  // "Show that tab" brings the case's report back to the front, and the banner goes.
  await banner.getByRole('button', { name: 'Show that tab' }).click();
  await expect(banner).toHaveCount(0);
  expect(await first.evaluate(() => document.visibilityState)).toBe('visible');

  // A selection in the second report makes that report's own case; the first report's case is untouched.
  await second.bringToFront();
  await expect(banner).toBeVisible();
  const otherText = (await second.locator('body').textContent()) ?? '';
  await handToPanel(second, 'context-menu', otherText);
  await expect(banner).toHaveCount(0);
  await expect(title).toHaveAttribute('data-scenario', 'treatment-osteoporotic-with-edema');
  await expect(panel.getByRole('button', { name: 'Remove L1 from New fracture levels' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' })).toHaveCount(0);
  await first.bringToFront();
  await expect(title).toHaveAttribute('data-scenario', FOUNDING);
  await expect(panel.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' })).toBeVisible();
  await expect(banner).toHaveCount(0);

  // "Read this report" on a report without a case of its own makes one from the page in front.
  const third = await openPage(`${VIGNETTE}?copy=2`);
  // New tabs may open in the panel's window: this one belongs beside the other reports.
  const thirdTab = await tabIdOf(third);
  await serviceWorker.evaluate(({ tabId, windowId }) => chrome.tabs.move(tabId, { windowId, index: -1 }), {
    tabId: thirdTab,
    windowId: reportWindow,
  });
  await handToPanel(third, 'toolbar');
  await third.bringToFront();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Read this report' }).click();
  await expect(banner).toHaveCount(0);
  await expect(title).toHaveAttribute('data-scenario', FOUNDING);
  await expect(panel.locator('section.results')).not.toHaveAttribute('data-other-page', 'true');

  // Closing a report forgets its case: it can no longer be shown beside another report.
  await first.close();
  await expect.poll(async () => JSON.stringify(await sessionDump(panel))).not.toContain(`"url":"${first.url()}"`);
});
