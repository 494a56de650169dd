import { expect, selectText, test } from './fixtures';
import { handOverVignette, sessionDump, stopServiceWorker } from './panel-helpers';

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';

test.describe('Chrome stops the service worker', () => {
  test('between a context-menu hand-over and the panel opening: the selection waits and prefills the case', async ({
    context,
    extensionId,
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { report, tabId: reportTabId } = await handOverVignette({ openPage, handToPanel, tabIdOf });
    const other = await context.newPage();
    await other.goto(`chrome-extension://${extensionId}/options.html`);
    await stopServiceWorker(other);
    const waiting = await sessionDump(other);
    expect(JSON.stringify(waiting.pendingSelection)).toContain('L2 vertebroplasty');
    await other.close();

    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await expect(panel.getByTestId('case-source-banner')).toHaveCount(0);
    const book = (await sessionDump(panel)).caseBook as { cases: { source: { tabId: number; url: string } }[] };
    expect(book.cases[0]?.source).toMatchObject({ tabId: reportTabId, url: report.url() });
  });

  test('between a prefill and the next action: the case, its source and an edit survive; reopening shows the same case', async ({
    openPage,
    handToPanel,
    openPanel,
    tabIdOf,
  }) => {
    const { report, tabId: reportTabId } = await handOverVignette({ openPage, handToPanel, tabIdOf });
    const panel = await openPanel(reportTabId);
    await expect(panel.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);

    await stopServiceWorker(panel);
    // The next actions: a chip shows its words on the page, an edit changes the result.
    await panel.getByRole('button', { name: 'From the report: “vertebroplasty”' }).first().click();
    await expect(panel.getByText('is not on this page any more')).toHaveCount(0);
    const deficit = panel.getByRole('group', { name: 'Neurologic deficit' });
    await deficit.getByRole('radio', { name: 'No', exact: true }).check();
    await expect(panel.getByRole('button', { name: 'Neurologic deficit?' })).toHaveCount(0);

    await panel.close();
    const again = await openPanel(reportTabId);
    await expect(again.getByTestId('scenario-title')).toHaveAttribute('data-scenario', FOUNDING);
    await expect(again.getByTestId('case-source-banner')).toHaveCount(0);
    await expect(
      again.getByRole('group', { name: 'Neurologic deficit' }).getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();
    await expect(again.locator('[data-field="neuroDeficit"]')).toContainText('yours');

    // The worker wakes for the next gesture, and a later selection of the same report still reaches its case.
    await stopServiceWorker(again);
    await again.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    const deficitText = await selectText(report.locator('#deficit'));
    await handToPanel(report, 'context-menu', deficitText);
    // The case holds the user's edit: the new text waits for their choice instead of replacing it.
    await expect(again.getByRole('alertdialog')).toBeVisible();
  });
});
