import type { PendingSelection, ToContent } from '@/logic/messages';
import type { CaseState, Settings, StoredPack } from '@/logic/storage';

/** Settings and the imported criteria pack: what the panel and the options page both read. */
export interface SettingsPorts {
  /** Calls back with the settings now and on every change; returns an unsubscribe. */
  watchSettings(listener: (settings: Settings) => void): () => void;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back with the imported pack (null: the bundled one) now and on every change. */
  watchPack(listener: (stored: StoredPack | null) => void): () => void;
}

/** The tab whose report the panel reads. `origin` is set only for http(s) pages a site grant can cover. */
export interface ReportTab {
  id: number;
  origin: string | null;
}

/**
 * Everything the panel needs from the browser, handed in by the entrypoint. Components never call
 * browser APIs themselves, so tests render them with plain fakes.
 */
export interface PanelPorts extends SettingsPorts {
  /** Calls back with the waiting selection now and whenever a new one arrives; returns an unsubscribe. */
  watchSelection(listener: (selection: PendingSelection | null) => void): () => void;
  /** Calls back with the report tab now and whenever it changes (tab switch, navigation). */
  watchReportTab(listener: (tab: ReportTab | null) => void): () => void;
  /** Sends to the content script in a tab; resolves null when no script answers. Callers parse the reply. */
  toPage(tabId: number, message: ToContent): Promise<unknown>;
  /** Calls back when the page in that tab reports its findings changed. */
  watchFindingsChanged(tabId: number, listener: () => void): () => void;
  loadCase(): Promise<CaseState | null>;
  saveCase(state: CaseState): Promise<void>;
  /** "Clear": forget the case and any waiting selection. */
  clearCase(): Promise<void>;
  siteGranted(origin: string): Promise<boolean>;
  /** Must be called straight from a click: the browser asks the user only during a gesture. */
  requestSite(origin: string): Promise<boolean>;
  copyText(text: string): Promise<void>;
}

/** What the options page needs beyond settings: the sites granted automatic highlighting. */
export interface OptionsPorts extends SettingsPorts {
  listSites(): Promise<string[]>;
  /** Must be called straight from a click, like PanelPorts.requestSite. */
  grantSite(origin: string): Promise<boolean>;
  revokeSite(origin: string): Promise<boolean>;
  savePack(stored: StoredPack): Promise<void>;
  clearPack(): Promise<void>;
}
