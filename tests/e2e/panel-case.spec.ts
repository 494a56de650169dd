import { expect, selectText, test } from './fixtures';
import { localStorageDump, shoot, tabTo, VIGNETTE } from './panel-helpers';

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';
const FOUNDING_RATINGS: Record<string, [string, string]> = {
  'percutaneous-vertebral-augmentation': ['usually-appropriate', '8/9'],
  'medical-management-only': ['usually-appropriate', '7/9'],
  'surgical-consultation': ['may-be-appropriate', '5/9'],
  'percutaneous-ablation-spine': ['usually-not-appropriate', '1/9'],
};

test.describe('the case from a selected vignette', () => {
  let reportTabId: number | undefined;
  test.beforeEach(async ({ openPage, handToPanel, tabIdOf }) => {
    const report = await openPage(VIGNETTE);
    const text = await selectText(report.locator('#vignette'), report.locator('#findings'));
    expect(text).toContain('L2 vertebroplasty');
    await handToPanel(report, 'context-menu', text);
    reportTabId = await tabIdOf(report);
  });

  test('prefills the fields with their evidence and shows the founding scenario’s four ratings', async ({
    openPanel,
  }) => {
    const panel = await openPanel(reportTabId);
    // The report tab got the highlighter from the same gesture: the panel lists its findings.
    await expect(panel.getByRole('checkbox', { name: 'Highlight findings' })).toBeChecked();
    await expect(panel.getByRole('button', { name: 'Remove T11 from New fracture levels' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' })).toBeVisible();
    const augmentation = panel.locator('[data-field="augmentationLevels"] .chip');
    await expect(augmentation.first()).toContainText('vertebroplasty');
    // The new fracture's chips quote the findings sentence ("New … fracture of T11"), not the history.
    const newFracture = panel.locator('[data-field="newFractureLevels"] .chip');
    await expect(newFracture.first()).toBeVisible();
    await expect(newFracture.filter({ hasText: 'fracture' })).not.toHaveCount(0);
    await expect(panel.locator('[data-field="symptomatic"] .chip').first()).toContainText('back pain');

    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    // The founding article's four ratings, then the table's two others, grouped by ACR's rating words.
    const rows = panel.locator('.results table.ratings tr[data-procedure]');
    await expect(rows).toHaveCount(6);
    await expect(panel.locator('.results table.ratings [data-rating="not-bundled"]')).toHaveCount(0);
    for (const [procedure, [rating, score]] of Object.entries(FOUNDING_RATINGS)) {
      const row = rows.and(panel.locator(`[data-procedure="${procedure}"]`));
      await expect(row).toHaveAttribute('data-rating', rating);
      await expect(row.locator('td.score')).toContainText(score);
    }
    await expect(panel.locator('.results table.ratings th[scope="rowgroup"]')).toHaveText([
      'Usually appropriate',
      'May be appropriate',
      'Usually not appropriate',
    ]);
    await expect(rows.first()).toHaveAttribute('data-procedure', 'percutaneous-vertebral-augmentation');
  });

  test('an edit changes the result and is marked as the user’s', async ({ openPanel }) => {
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    const live = panel.locator('[aria-live="polite"]');
    await expect(live).toHaveCount(1);
    await expect(live).toContainText('Scenario: Painful new compression fracture after earlier vertebral augmentation');
    await panel.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' }).click();
    await expect(panel.getByTestId('scenario-title')).not.toHaveAttribute('data-scenario', FOUNDING);
    await expect(live).not.toContainText('after earlier vertebral augmentation');
    await expect(panel.locator('[data-field="augmentationLevels"]')).toContainText('yours');
    await shoot(panel, 'panel-edited');
  });

  test('a neurologic deficit puts the emergency banner first', async ({ openPanel }) => {
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await expect(panel.getByRole('alert')).toHaveCount(0);
    // Keyboard only: focus the group's first radio and choose "Yes".
    await panel.getByRole('group', { name: 'Neurologic deficit' }).getByRole('radio').first().focus();
    await panel.keyboard.press('Space');
    const banner = panel.getByRole('alert');
    await expect(banner).toBeVisible();
    // First thing after the panel's title: before the page status, the form and the results.
    await expect(panel.locator('main > :nth-child(2)')).toHaveAttribute('role', 'alert');
  });

  test('copy summary puts plain text naming the pack and version on the clipboard', async ({ context, openPanel }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await expect(panel.getByText('Summary copied.')).toBeVisible();
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    const edition = (await panel.getByTestId('criteria-edition').textContent()) ?? '';
    const [, name, version] = /Criteria: (.+) (\S+) \(/.exec(edition) ?? [];
    expect(name && copied.includes(name)).toBeTruthy();
    expect(version && copied.includes(version)).toBeTruthy();
    expect(copied).toContain('Usually appropriate');
    expect(copied).toContain((await panel.getByTestId('scenario-title').textContent()) ?? 'no title');
    expect(copied).not.toMatch(/<[a-z]/);
  });

  test('keyboard only: tab to a fact, change it, see the emergency, tab to Copy summary and copy', async ({
    context,
    openPanel,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await panel.locator('body').focus();
    // A yes/no/unknown group is one tab stop, on its checked choice ("Unknown"); arrows move the choice.
    const deficit = panel.getByRole('group', { name: 'Neurologic deficit' });
    await tabTo(panel, deficit.getByRole('radio', { name: 'Unknown' }));
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    await expect(deficit.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(panel.getByRole('alert')).toBeVisible();

    await tabTo(panel, panel.getByRole('button', { name: 'Copy summary' }));
    await panel.keyboard.press('Enter');
    await expect(panel.getByText('Summary copied.')).toBeVisible();
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toMatch(/^URGENT: /);

    // "More facts" opens from the keyboard, and its level picker works too: choose a level with the arrows.
    await tabTo(panel, panel.getByTestId('more-facts').locator('summary'));
    await panel.keyboard.press('Enter');
    const add = panel.getByLabel('Add a level to Prior fusion levels');
    await tabTo(panel, add);
    await add.press('ArrowDown');
    await expect(panel.locator('[data-field="fusionLevels"] button.level')).toHaveCount(1);
  });

  test('after a full session storage.local holds no patient text', async ({ openPanel, serviceWorker }) => {
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await panel.getByTestId('more-facts').locator('summary').click();
    await panel.getByLabel('Pain 0–10').fill('8');
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    const session = await serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(session).toContain('T11'); // the case is there, so the check below can fail
    const local = await localStorageDump(serviceWorker);
    for (const word of ['T11', 'L2', 'vertebroplasty', 'osteoporosis', 'fall', '78']) expect(local).not.toContain(word);

    // "Clear" wipes the case from storage.session too.
    await panel.getByRole('button', { name: 'Clear' }).click();
    await expect(panel.getByRole('button', { name: 'Remove T11 from New fracture levels' })).toHaveCount(0);
    await expect
      .poll(() => serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null))))
      .not.toContain('T11');
  });
});

test.describe('a deficit in the selected text', () => {
  test('the neurologic emergency from the report comes first, with the words it came from', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const report = await openPage(VIGNETTE);
    const text = await selectText(report.locator('#vignette'), report.locator('#deficit'));
    expect(text).toContain('weakness of both legs');
    await handToPanel(report, 'context-menu', text);

    const panel = await openPanel(await tabIdOf(report));
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await expect(
      panel.getByRole('group', { name: 'Neurologic deficit' }).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    await expect(panel.locator('[data-field="neuroDeficit"] .chip').first()).toContainText('weakness');
    await expect(panel.locator('main > :nth-child(2)')).toHaveAttribute('role', 'alert');
    await expect(panel.getByRole('alert')).toContainText(/neurolog/i);
  });
});
