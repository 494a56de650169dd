import { browser } from 'wxt/browser';
import type { PanelPorts, ReportTab } from '@/components/ports';
import { parseMessage, ToBackgroundSchema } from '@/logic/messages';
import { readStored, SESSION } from '@/logic/storage';
import { settingsPorts, watchKey } from './stored';

/** Only web pages can get a site grant; other schemes (the panel itself, chrome://) have no origin to offer. */
function reportTab(tab: { id?: number; url?: string } | undefined): ReportTab | null {
  if (tab?.id === undefined) return null;
  const origin = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : null;
  return { id: tab.id, origin };
}

/**
 * The report tab: `?tabId=N` pins it (tests open the panel as a tab); otherwise the active tab of the
 * panel's window, followed across tab switches and navigations.
 */
function watchReportTab(listener: (tab: ReportTab | null) => void): () => void {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  const current = async () => {
    if (pinned) return reportTab(await browser.tabs.get(pinned).catch(() => undefined));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return reportTab(tab);
  };
  const refresh = () => void current().then(listener);
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if ((change.url || change.status === 'complete') && (!pinned || tabId === pinned)) refresh();
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
    toPage: (tabId, message) => browser.tabs.sendMessage(tabId, message).catch(() => null),
    watchFindingsChanged(tabId, listener) {
      const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
        if (sender.tab?.id !== tabId) return undefined;
        if (parseMessage(ToBackgroundSchema, raw, 'panel')?.type === 'findings/changed') listener();
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    async loadCase() {
      const { key, schema } = SESSION.caseState;
      return readStored(schema, (await browser.storage.session.get(key))[key], key);
    },
    saveCase: (state) => browser.storage.session.set({ [SESSION.caseState.key]: state }),
    clearCase: () => browser.storage.session.remove([SESSION.caseState.key, SESSION.pendingSelection.key]),
    siteGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    requestSite: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
