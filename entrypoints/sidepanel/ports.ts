import { browser } from 'wxt/browser';
import type { PanelPorts, ReportTab } from '@/components/ports';
import { type PageReply, parseMessage, parsePageReply, ToBackgroundSchema, type ToContent } from '@/logic/messages';
import { SESSION } from '@/logic/storage';
import { settingsPorts, watchKey } from './stored';

/** Only web pages can get a site grant; other schemes (the panel itself, chrome://) have no origin to offer. */
function reportTab(tab: { id?: number; url?: string; title?: string } | undefined): ReportTab | null {
  if (tab?.id === undefined) return null;
  const origin = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : null;
  return { id: tab.id, origin, url: tab.url ?? null, title: tab.title ?? '' };
}

/**
 * The report tab: the active tab of the panel's window, followed across tab switches and navigations.
 * Tests open the panel as a tab: `?tabId=N` pins it to one tab, `?windowId=N` follows another window's
 * active tab (as the real panel follows its own window's).
 */
function watchReportTab(listener: (tab: ReportTab | null) => void): () => void {
  const search = new URLSearchParams(location.search);
  const pinned = Number(search.get('tabId'));
  const windowId = Number(search.get('windowId'));
  const current = async () => {
    if (pinned) return reportTab(await browser.tabs.get(pinned).catch(() => undefined));
    const [tab] = await browser.tabs.query(
      windowId ? { active: true, windowId } : { active: true, currentWindow: true },
    );
    return reportTab(tab);
  };
  const refresh = () => void current().then(listener);
  const onUpdated = (tabId: number, change: { url?: string; status?: string; title?: string }) => {
    if ((change.url || change.title || change.status === 'complete') && (!pinned || tabId === pinned)) refresh();
  };
  refresh();
  browser.tabs.onActivated.addListener(refresh);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(refresh);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The panel's ports over the real browser. Patient text goes to storage.session only. */
export function browserPorts(): PanelPorts {
  return {
    ...settingsPorts(),
    watchSelection: (listener) => watchKey('session', SESSION.pendingSelection, listener),
    watchReportTab,
    // No content script in the tab (a protected page, or not injected yet) reads as "no answer".
    callPage: <R extends ToContent>(tabId: number, request: R): Promise<PageReply<R['type']> | null> =>
      browser.tabs.sendMessage(tabId, request).then(
        (raw) => parsePageReply(request, raw),
        () => null,
      ),
    watchFindingsChanged(tabId, listener) {
      const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
        if (sender.tab?.id !== tabId) return undefined;
        if (parseMessage(ToBackgroundSchema, raw, 'panel')?.type === 'findings/changed') listener();
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    watchCases: (listener) => watchKey('session', SESSION.caseBook, listener),
    saveCases: (book) => browser.storage.session.set({ [SESSION.caseBook.key]: book }),
    clearSelection: () => browser.storage.session.remove(SESSION.pendingSelection.key),
    async showTab(tabId) {
      try {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
        return true;
      } catch {
        return false;
      }
    },
    siteGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    requestSite: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
