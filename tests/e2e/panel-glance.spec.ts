import { expect, test } from './fixtures';
import { box, handOverVignette, shoot } from './panel-helpers';

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';
const VIEWPORT = { width: 360, height: 800 };

test.describe('answer first, at 360 × 800', () => {
  test('after a prefill from the founding vignette the scenario, the first two ratings and every alert show without scrolling', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { tabId } = await handOverVignette({ openPage, handToPanel, tabIdOf }, '#findings');
    const panel = await openPanel(tabId);
    await panel.setViewportSize(VIEWPORT);
    const title = panel.getByTestId('scenario-title');
    await expect(title).toHaveAttribute('data-scenario', FOUNDING);
    expect(await panel.evaluate(() => scrollY)).toBe(0);

    const inView = async (locator: ReturnType<typeof panel.locator>, what: string) => {
      const { top, bottom } = await box(locator);
      expect(top, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(bottom, `${what} ends within the first ${VIEWPORT.height} px`).toBeLessThanOrEqual(VIEWPORT.height);
    };
    await inView(title, 'the scenario title');
    const rows = panel.locator('.results table.ratings tbody tr');
    await inView(rows.nth(0), 'the first rating row');
    await inView(rows.nth(1), 'the second rating row');
    const alerts = panel.locator('.results [data-alert]');
    expect(await alerts.count()).toBeGreaterThan(0); // the vignette has alerts (no MRI yet, treat the bone disease)
    for (let i = 0; i < (await alerts.count()); i++) await inView(alerts.nth(i), `alert ${i + 1}`);
    // The answer comes before the facts behind it.
    expect((await box(title)).bottom).toBeLessThan((await box(panel.getByRole('form', { name: 'Case' }))).top);
    await expect(panel.getByRole('button', { name: 'Neurologic deficit?' })).toBeInViewport();
    await shoot(panel, 'panel-prefilled');
  });

  test('the emergency vignette: the banner is at the top, the scenario still on the first screen', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { tabId } = await handOverVignette({ openPage, handToPanel, tabIdOf }, '#deficit');
    const panel = await openPanel(tabId);
    await panel.setViewportSize(VIEWPORT);
    const banner = panel.getByRole('alert');
    await expect(banner).toContainText(/neurolog/i);
    const header = await box(panel.locator('header'));
    const { top, bottom } = await box(banner);
    expect(top).toBeGreaterThanOrEqual(header.bottom);
    expect(top).toBeLessThan(header.bottom + 20);
    expect(bottom).toBeLessThan(VIEWPORT.height / 2);
    await expect(panel.locator('main > :nth-child(2)')).toHaveAttribute('role', 'alert');
    const title = await box(panel.getByTestId('scenario-title'));
    expect(title.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    await shoot(panel, 'panel-emergency');
  });

  test('a "would change it" prompt takes the keyboard to its field', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { tabId } = await handOverVignette({ openPage, handToPanel, tabIdOf }, '#findings');
    const panel = await openPanel(tabId);
    await panel.setViewportSize(VIEWPORT);
    await panel.getByRole('button', { name: 'MRI done?' }).click();
    const mri = panel.getByRole('group', { name: 'MRI done' });
    await expect(mri.getByRole('radio', { name: 'Unknown' })).toBeFocused();
    await expect(mri).toBeInViewport();
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    await expect(mri.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(panel.getByRole('button', { name: 'MRI done?' })).toHaveCount(0);
  });
});
