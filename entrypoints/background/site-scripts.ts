import { browser } from 'wxt/browser';
import { REPORT_SCRIPT, REPORT_STYLES } from './page-access';

const SCRIPT_ID = 'vcf-lens-report';

/**
 * Keeps the registered content script in step with the origins the user granted ("Always highlight
 * on this site"): granted origins get the script at document_start, revoked ones lose it.
 */
export async function syncSiteScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((origin) => /^https?:\/\//.test(origin));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [REPORT_SCRIPT], css: [REPORT_STYLES], runAt: 'document_start', allFrames: true },
    ]);
  }
  return matches;
}
