import { highlightTexts } from '../page-probes';
import { expect, selectText, test } from './fixtures';

const DEMO = '/public/demo/report.html';

test('the service worker starts with the least-privilege permissions', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  expect(manifest.content_scripts ?? []).toEqual([]);
});

test('the panel page renders as a tab', async ({ openPanel }) => {
  const panel = await openPanel();
  await expect(panel.getByRole('heading', { name: 'VCF Lens', level: 1 })).toBeVisible();
  await expect(panel.getByText('report text stays in this browser')).toBeVisible();
});

test('the real side panel opens from an extension page gesture', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async () => {
    const win = await chrome.windows.getCurrent();
    await chrome.sidePanel.open({ windowId: win.id as number });
  });
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length),
    )
    .toBe(1);
});

for (const via of ['context-menu', 'shortcut', 'toolbar'] as const) {
  test(`the ${via} path hands the selected text to the panel`, async ({ openPage, handToPanel, openPanel }) => {
    const report = await openPage(DEMO);
    const selected = await selectText(report.locator('p', { hasText: 'T11 vertebral body' }));
    expect(selected).toContain('compression fracture of T11');
    // The menu's selectionText is only a fallback: the panel must show the selection read from the page.
    await handToPanel(report, via, 'x');

    const panel = await openPanel();
    await expect(panel.getByTestId('selection-text')).toContainText(
      'acute superior endplate compression fracture of T11',
    );
  });
}

test('a malformed message is ignored and a valid one is acted on', async ({ openPanel, serviceWorker }) => {
  const panel = await openPanel();
  // Without the tabs permission the worker can't find the panel's tab by URL: the panel names its own tab.
  const tabId = await panel.evaluate(async () => (await chrome.tabs.getCurrent())?.id as number);
  expect(tabId).toEqual(expect.any(Number));
  const badge = () => serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'findings/changed', affirmed: 'many' }));
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'no/such-message' }));
  expect(await badge()).toBe('');
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'findings/changed', affirmed: 3 }));
  await expect.poll(badge).toBe('3');
});

test('sites the extension may read get the content script registered at document_start', async ({ serviceWorker }) => {
  // The background registers it at install/startup, asynchronously: wait for that, then check what it is.
  const registered = () => serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  await expect.poll(async () => (await registered()).length).toBe(1);
  const scripts = await registered();
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatchObject({ runAt: 'document_start', js: ['content-scripts/report.js'] });
  expect(scripts[0]?.matches?.sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
});

test('the bundled demo report gets highlights: the new fracture affirmed, the denied findings muted', async ({
  context,
  serviceWorker,
  server,
}) => {
  const registered = () => serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  await expect.poll(async () => (await registered()).length).toBe(1);
  const page = await context.newPage();
  await page.goto(`${server.origin}${DEMO}`);
  // The highlight registry is shared with the page, so the page's own world can count what was painted.
  const painted = () => page.evaluate(highlightTexts);
  await expect.poll(async () => (await painted())['vcf-lens-fracture'] ?? []).toContain('compression fracture');
  // The page is painted in time slices, top down: on a busy machine the denials further down may come a slice later.
  await expect
    .poll(async () => (await painted())['vcf-lens-negated'] ?? [])
    .toEqual(expect.arrayContaining(['cord compression', 'metastasis']));
  const highlights = await painted();
  expect(highlights['vcf-lens-intervention']).toContain('vertebroplasty');
  expect(highlights['vcf-lens-level']).toContain('T11');
  expect(highlights['vcf-lens-negated']).toEqual(expect.arrayContaining(['cord compression', 'metastasis']));
  expect(highlights['vcf-lens-fracture']).not.toContain('cord compression');
});
