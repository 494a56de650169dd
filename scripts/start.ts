/**
 * `npm start`: builds the extension, serves the bundled demo report on 127.0.0.1 and opens Chromium
 * with VCF Lens loaded on it. With a display you get a real window with the side panel open. Without
 * one (CI, servers) it runs headless and writes screenshots of the highlighted report and the panel.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, findChromium, INSTALL_HINT, launchChromium } from './lib/chromium';
import { serveFolder } from './lib/static-server';

const EXTENSION_DIR = '.output/chrome-mv3-e2e';
const SHOTS = path.resolve('screenshots/start');
const headless = process.env.HEADLESS === '1' || (!process.env.DISPLAY && process.platform === 'linux');

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
// The demo build trusts the loopback server so the report highlights as it loads; see README.
if (spawnSync('npx wxt build --mode e2e', { stdio: 'inherit', shell: true }).status !== 0) process.exit(1);

const server = await serveFolder('public');
const context = await launchChromium({ extensionDir: EXTENSION_DIR, headless, viewport: { width: 1280, height: 860 } });
const id = await extensionId(context);
await siteScriptRegistered(context);
const report = await context.newPage();
await report.goto(`${server.origin}/demo/report.html`);
await context
  .pages()
  .find((page) => page !== report && page.url() === 'about:blank')
  ?.close();

if (headless) {
  await writeScreenshots(context, report, id);
  await context.close();
  await server.close();
} else {
  await openSidePanel(context, id);
  console.log(`VCF Lens is running on ${server.origin}/demo/report.html. Close the browser window to stop.`);
  context.on('close', () => void server.close());
}

/** The background registers the report script for the demo's origin at startup, asynchronously. */
async function siteScriptRegistered(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let tries = 0; tries < 50; tries++) {
    if ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.warn('VCF Lens: the report script was not registered for the demo site; highlights may be missing.');
}

/** The side panel opens only from a user gesture; a call from an extension page counts as one. */
async function openSidePanel(context: BrowserContext, id: string): Promise<void> {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${id}/options.html`);
  await helper.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: '*://127.0.0.1/*' });
    if (tab?.id !== undefined) await chrome.tabs.update(tab.id, { active: true });
    await chrome.sidePanel.open({ windowId: tab?.windowId as number });
  });
  await helper.close();
}

async function writeScreenshots(context: BrowserContext, report: Page, id: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await report.waitForTimeout(800);
  await report.screenshot({ path: path.join(SHOTS, 'report.png') });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: '*://127.0.0.1/*' }))[0]?.id);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  // What a radiologist would do first: read the whole report into the case.
  await panel.getByRole('button', { name: /read whole report/i }).click();
  await panel.getByTestId('scenario-title').waitFor({ timeout: 10_000 });
  await panel.screenshot({ path: path.join(SHOTS, 'panel.png'), fullPage: true });
  console.log(`No display: ran headless. Screenshots written to ${SHOTS}/ (report.png, panel.png).`);
}
