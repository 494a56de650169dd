import type { OptionsPorts, PanelPorts, ReportTab } from '@/components/ports';
import { type PendingSelection, parsePageReply, type ToContent } from '@/logic/messages';
import { type CaseBook, type CaseState, defaultSettings, type Settings, type StoredPack } from '@/logic/storage';

/** The report tab the fake panel starts on. */
export const REPORT_TAB: ReportTab = {
  id: 7,
  origin: 'https://pacs.example.org',
  url: 'https://pacs.example.org/report/1',
  title: 'Report 1',
};

/**
 * PanelPorts over plain memory: what the panel sent, what it stored, and ways to push a selection and
 * to switch the report tab. Page replies go through the same parse as the real port's.
 */
export function fakePorts(pageReplies: Partial<Record<ToContent['type'], unknown>> = {}) {
  const sent: ToContent[] = [];
  const copied: string[] = [];
  const shownTabs: number[] = [];
  let book: CaseBook | null = null;
  let pending: PendingSelection | null = null;
  let settings: Settings = defaultSettings();
  let tab: ReportTab | null = REPORT_TAB;
  let selectionListener: (selection: PendingSelection | null) => void = () => {};
  let packListener: (stored: StoredPack | null) => void = () => {};
  let tabListener: (tab: ReportTab | null) => void = () => {};
  let settingsListener: (settings: Settings) => void = () => {};
  const ports: PanelPorts = {
    watchSettings(listener) {
      settingsListener = listener;
      listener(settings);
      return () => {};
    },
    saveSettings: async (next) => {
      settings = next;
    },
    watchPack(listener) {
      packListener = listener;
      listener(null);
      return () => {};
    },
    watchSelection(listener) {
      // Like storage.session: the waiting selection is read again by a panel opened later.
      selectionListener = (selection) => {
        pending = selection;
        listener(selection);
      };
      listener(pending);
      return () => {};
    },
    watchReportTab(listener) {
      tabListener = listener;
      listener(tab);
      return () => {};
    },
    callPage: async (_tabId, request) => {
      sent.push(request);
      return parsePageReply(request, pageReplies[request.type] ?? null);
    },
    watchFindingsChanged: () => () => {},
    watchCases(listener) {
      listener(book);
      return () => {};
    },
    saveCases: async (next) => {
      book = next;
    },
    clearSelection: async () => {
      pending = null;
    },
    showTab: async (tabId) => {
      shownTabs.push(tabId);
      return true;
    },
    siteGranted: async () => false,
    requestSite: async () => true,
    copyText: async (text) => {
      copied.push(text);
    },
  };
  return {
    ports,
    sent,
    copied,
    shownTabs,
    /** The case of the report in front as stored (the first of the book), or null. */
    saved: (): CaseState | null => book?.cases[0] ?? null,
    book: () => book,
    settings: () => settings,
    /** Hands over text selected in `from` (the tab in front by default), as the context menu does. */
    select: (text: string, at = Date.now(), from: ReportTab | null = tab) =>
      selectionListener({
        text,
        source: 'context-menu',
        tabId: from?.id ?? null,
        url: from?.url ?? null,
        title: from?.title ?? '',
        at,
      }),
    /** The user brings another tab to the front (or navigates this one). */
    switchTab: (next: ReportTab | null) => {
      tab = next;
      tabListener(next);
    },
    changeSettings: (next: Settings) => {
      settings = next;
      settingsListener(next);
    },
    importPack: (stored: StoredPack | null) => packListener(stored),
  };
}

/** OptionsPorts over plain memory: the sites granted, the settings and the pack it stored. */
export function fakeOptionsPorts(sites: string[] = []) {
  let settings = defaultSettings();
  let pack: StoredPack | null = null;
  const packListeners = new Set<(stored: StoredPack | null) => void>();
  const ports: OptionsPorts = {
    watchSettings(listener) {
      listener(settings);
      return () => {};
    },
    saveSettings: async (next) => {
      settings = next;
    },
    watchPack(listener) {
      packListeners.add(listener);
      listener(pack);
      return () => packListeners.delete(listener);
    },
    listSites: async () => [...sites],
    grantSite: async (origin) => {
      sites.push(origin);
      return true;
    },
    revokeSite: async (origin) => {
      sites.splice(sites.indexOf(origin), 1);
      return true;
    },
    savePack: async (stored) => {
      pack = stored;
      for (const listener of packListeners) listener(pack);
    },
    clearPack: async () => {
      pack = null;
      for (const listener of packListeners) listener(pack);
    },
  };
  return { ports, settings: () => settings, pack: () => pack };
}
