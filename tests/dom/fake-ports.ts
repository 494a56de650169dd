import type { PanelPorts } from '@/components/ports';
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
