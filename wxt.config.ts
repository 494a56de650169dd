import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { reportCss } from './content/highlight-rules';

// The e2e build (`--mode e2e`) may trust the loopback test server; production never asks for a host.
const ANY_SITE = ['https://*/*', 'http://*/*'];
// Extension pages may load only their own files and may not open any connection: the browser itself
// enforces "no patient text leaves the browser" for the panel, options and background.
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:";
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
const REPORT_CSS = 'virtual:vcf-lens/report.css';

/**
 * The content script's stylesheet (report.css, applied at document_start where the script is
 * registered), made from the rules the script adopts itself: one source, scoped per browser. Firefox
 * gets unscoped rules: it does not inherit custom highlight styles from the root (measured; see
 * content/highlight-rules.ts).
 */
function reportStyles(browser: string): Plugin {
  return {
    name: 'vcf-lens-report-css',
    resolveId: (id) => (id === REPORT_CSS ? `\0${REPORT_CSS}` : undefined),
    load: (id) => (id === `\0${REPORT_CSS}` ? reportCss(browser === 'firefox' ? '' : ':root') : undefined),
  };
}

/**
 * The content script runs all of its code on the first page change (walk, match, paint a block): V8 would
 * compile each function lazily on that first call, inside the change's frame (the first append cost 1.3 ms
 * against 0.6 for the later ones). The explicit compile hint (Chrome 136+, a comment other engines ignore)
 * has them compiled when the script loads instead. Added after minification, which would strip it.
 */
function eagerContentScript(): Plugin {
  return {
    name: 'vcf-lens-compile-hints',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.fileName.startsWith('content-scripts/')) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ browser }) => ({ plugins: [preact(), reportStyles(browser), eagerContentScript()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'VCF Lens',
    description:
      'Highlights vertebral compression fracture findings in radiology reports and shows the matching ACR Appropriateness Criteria. Works offline.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Asked one origin at a time ("Always highlight on this site"); MV2 (Firefox) lists hosts with permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ANY_SITE } : { optional_host_permissions: ANY_SITE }),
    ...(mode === 'e2e' ? { host_permissions: LOOPBACK } : {}),
    content_security_policy: manifestVersion === 2 ? CSP : { extension_pages: CSP },
    action: { default_title: 'Open VCF Lens' },
    // The oldest browsers with everything the extension paints and opens with: the CSS Custom Highlight
    // API (Chrome 105, Firefox 140) and the side panel (Chrome 114), so no fallback painter is needed.
    ...(browser === 'firefox'
      ? // Firefox asks add-ons to declare what data they collect: none.
        {
          browser_specific_settings: {
            gecko: {
              id: 'vcf-lens@vcf-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '114' }),
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open VCF Lens and prefill the case from the selected text',
      },
    },
  }),
});
