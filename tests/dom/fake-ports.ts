import type { OptionsPorts, PanelPorts } from '@/components/ports';
import type { PendingSelection, ToContent } from '@/logic/messages';
import { type CaseState, defaultSettings, type StoredPack } from '@/logic/storage';

/** PanelPorts over plain memory: what the panel sent, what it stored, and a way to push a selection. */
export function fakePorts(pageReplies: Partial<Record<ToContent['type'], unknown>> = {}) {
  const sent: ToContent[] = [];
  const copied: string[] = [];
  let saved: CaseState | null = null;
  let selectionListener: (selection: PendingSelection | null) => void = () => {};
  let packListener: (stored: StoredPack | null) => void = () => {};
  const ports: PanelPorts = {
    watchSettings(listener) {
      listener(defaultSettings());
      return () => {};
    },
    saveSettings: async () => {},
    watchPack(listener) {
      packListener = listener;
      listener(null);
      return () => {};
    },
    watchSelection(listener) {
      selectionListener = listener;
      return () => {};
    },
    watchReportTab(listener) {
      listener({ id: 7, origin: 'https://pacs.example.org' });
      return () => {};
    },
    toPage: async (_tabId, message) => {
      sent.push(message);
      return pageReplies[message.type] ?? null;
    },
    watchFindingsChanged: () => () => {},
    loadCase: async () => saved,
    saveCase: async (state) => {
      saved = state;
    },
    clearCase: async () => {
      saved = null;
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
    saved: () => saved,
    select: (text: string, at = Date.now()) =>
      selectionListener({ text, source: 'context-menu', tabId: 7, url: null, at }),
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
