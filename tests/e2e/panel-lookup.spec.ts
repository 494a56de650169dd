import { bundledPack } from '../../logic';
import { expect, test } from './fixtures';
import { shoot } from './panel-helpers';

test('without a report the panel offers the lookup of every bundled scenario and its ratings', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  await panel.setViewportSize({ width: 360, height: 800 });
  await expect(panel.getByText('cannot read this page')).toBeVisible();
  // With no case the lookup comes first: its search box is on the first screen.
  await expect(panel.getByLabel('Search scenarios and procedures')).toBeInViewport();
  const status = panel.locator('.lookup [role="status"]');
  const all = bundledPack().scenarios.length;
  expect(all).toBeGreaterThanOrEqual(8);
  await expect(status).toHaveText(`${all} of ${all} scenarios`);
  await expect(panel.locator('.lookup details[data-scenario]')).toHaveCount(all);

  await panel.getByLabel('Search scenarios and procedures').fill('radiation oncology');
  await expect(status).toHaveText(`1 of ${all} scenarios`);
  const scenario = panel.locator('.lookup details[data-scenario="treatment-pathologic-mechanical-pain"]');
  await scenario.locator('summary').click();
  await expect(scenario.locator('tr[data-procedure="radiation-oncology-consultation"]')).toHaveAttribute(
    'data-rating',
    'usually-appropriate',
  );
  await shoot(panel, 'panel-lookup');
});
