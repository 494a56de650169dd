import { browser } from 'wxt/browser';
import { type PendingSelection, PendingSelectionSchema } from '@/logic/messages';
import { SESSION } from '@/logic/storage';
import { openPanel } from './open-panel';
import { injectReport, readSelection } from './page-access';

export interface GestureTab {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
}

/**
 * One path for every way the user opens VCF Lens (toolbar, shortcut, context menu): open the panel
 * while the gesture lasts, highlight the page through activeTab, and hand any selected text to the
 * panel through storage.session, where it waits if the panel is still loading.
 */
export function openFromGesture(
  tab: GestureTab | undefined,
  source: PendingSelection['source'],
  selectionText = '',
): Promise<void> {
  const opened = openPanel(tab?.windowId).catch((error: Error) =>
    console.warn(`VCF Lens: the panel did not open: ${error.message}`),
  );
  return (async () => {
    const tabId = tab?.id;
    if (tabId !== undefined) {
      const text = (await readSelection(tabId)) || selectionText;
      await injectReport(tabId);
      if (text.trim()) {
        // The case made from it belongs to this tab and page (storage.session only, like the text).
        const page = { url: tab?.url ?? null, title: tab?.title ?? '' };
        await handOverSelection({ text, source, tabId, ...page, at: Date.now() });
      }
    }
    await opened;
  })();
}

async function handOverSelection(selection: PendingSelection): Promise<void> {
  const parsed = PendingSelectionSchema.safeParse(selection);
  if (!parsed.success) {
    console.warn('VCF Lens: the selection is too long to hand over; select a shorter passage.');
    return;
  }
  await browser.storage.session.set({ [SESSION.pendingSelection.key]: parsed.data });
}
