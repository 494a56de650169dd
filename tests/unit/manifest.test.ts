import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The shipped manifests, as `npm run build` / `build:firefox` wrote them (npm test builds them first). */
function manifest(dir: string): Record<string, unknown> {
  const file = `.output/${dir}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" (and build:firefox) first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('production manifest (least privilege)', () => {
  const chrome = manifest('chrome-mv3');

  it('asks only for the five install-time permissions', () => {
    expect([...(chrome.permissions as string[])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
  });

  it('has no host permission and no content script on every site', () => {
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('forbids extension pages any connection', () => {
    const csp = (chrome.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("connect-src 'none'");
  });

  it('opens the panel from the toolbar and a shortcut', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(Object.keys(chrome.commands as object)).toContain('open-panel');
  });

  it('installs only where the side panel exists (Chrome 114; highlights since 105)', () => {
    expect(chrome.minimum_chrome_version).toBe('114');
  });
});

describe('Firefox manifest', () => {
  it('uses the sidebar, declares no data collection and asks hosts only optionally', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(firefox.permissions).not.toContain('<all_urls>');
    expect(firefox.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('has neither the e2e build’s loopback host nor its test hooks', () => {
    const firefox = manifest('firefox-mv2');
    expect([...(firefox.permissions as string[])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect(JSON.stringify(firefox)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(firefox.content_scripts).toBeUndefined();
    expect(readFileSync('.output/firefox-mv2/background.js', 'utf8')).not.toMatch(/vcfLensTest|vcf-lens-test/);
  });
});

describe('production builds carry no e2e hook', () => {
  it('the Chrome background has neither the handlers exposed to tests nor the page opener', () => {
    expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).not.toMatch(/vcfLensTest|vcf-lens-test/);
  });
});

describe('the content script is compiled when it loads', () => {
  // wxt.config.ts: without the hint, the first page change pays for compiling the code it runs.
  it('opens with V8’s explicit compile hint, which the panel and background do not carry', () => {
    const first = (file: string) => readFileSync(`.output/chrome-mv3/${file}`, 'utf8').split('\n', 1)[0];
    expect(first('content-scripts/report.js')).toBe('//# allFunctionsCalledOnLoad');
    expect(first('background.js')).not.toContain('allFunctionsCalledOnLoad');
  });
});
