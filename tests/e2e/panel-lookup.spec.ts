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
  expect(all).toBe(9);
  await expect(status).toHaveText(`${all} of ${all} scenarios`);
  await expect(panel.locator('.lookup details[data-scenario]')).toHaveCount(all);

  await panel.getByLabel('Search scenarios and procedures').fill('radiation oncology');
  // Every treatment variant rates a radiation oncology consultation.
  await expect(status).toHaveText(`5 of ${all} scenarios`);
  const scenario = panel.locator('.lookup details[data-scenario="treatment-pathologic-mechanical-pain"]');
  await scenario.locator('summary').click();
  await expect(scenario.locator('tr[data-procedure="radiation-oncology-consultation"]')).toHaveAttribute(
    'data-rating',
    'usually-appropriate',
  );
  await shoot(panel, 'panel-lookup');
});

test('the pathologic-fracture variant in the lookup: six ratings, surgery and ablation usually appropriate', async ({
  openPanel,
}) => {
  const panel = await openPanel();
  const status = panel.locator('.lookup [role="status"]');
  await panel.getByLabel('Search scenarios and procedures').fill('pathological ablation');
  await expect(status).toHaveText('1 of 9 scenarios');
  const scenario = panel.locator('.lookup details[data-scenario="treatment-pathologic-mechanical-pain"]');
  await scenario.locator('summary').click();
  await expect(scenario.locator('summary')).toContainText('ACR Variant 9: Pathological VCF');
  const rows = scenario.locator('tr[data-procedure]');
  await expect(rows).toHaveCount(6);
  for (const [procedure, rating, score] of [
    ['surgical-consultation', 'usually-appropriate', '8/9'],
    ['percutaneous-ablation-spine', 'usually-appropriate', '7/9'],
    ['systemic-radionuclide-therapy', 'may-be-appropriate', '4/9'],
  ] as const) {
    const row = scenario.locator(`tr[data-procedure="${procedure}"]`);
    await expect(row).toHaveAttribute('data-rating', rating);
    await expect(row.locator('td.score')).toContainText(score);
  }
  // Rows only the transcribed table states say so, with ACR's official table one click away.
  await expect(scenario.locator('tr[data-procedure="surgical-consultation"] .source.transcribed a')).toHaveAttribute(
    'href',
    /acsearch\.acr\.org/,
  );
  await expect(scenario.locator('tr[data-procedure="radiation-oncology-consultation"] .source')).toHaveText(
    'ACR decoded (GigHz)',
  );
  await shoot(panel, 'panel-lookup-pathologic');
});
