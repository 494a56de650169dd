import { browser } from 'wxt/browser';

/** The content script the build emits for entrypoints/report.content (registration: runtime). */
export const REPORT_SCRIPT = 'content-scripts/report.js';
export const REPORT_STYLES = 'content-scripts/report.css';
/** The same file as WXT types executeScript's public paths (from the extension root). */
const REPORT_SCRIPT_PATH = '/content-scripts/report.js';

/** Highlights a tab now, through activeTab; on pages the browser protects it fails and we say so. */
export async function injectReport(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [REPORT_SCRIPT_PATH] });
    return true;
  } catch (error) {
    console.info(`VCF Lens: cannot read tab ${tabId}: ${(error as Error).message}`);
    return false;
  }
}

/** The page's selection with its line breaks (the context menu's selectionText folds them). */
export async function readSelection(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}
