import type { PageReply, PendingSelection, ToContent } from '@/logic/messages';
import type { CaseBook, Settings, StoredPack } from '@/logic/storage';

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
  /** The page's address and title as the browser gives them (null/empty when it does not). */
  url: string | null;
  title: string;
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
  /**
   * One request to the content script in a tab; resolves with its reply, parsed with the schema its
   * request names in PAGE_CALLS, or null when no script answers or the answer does not parse.
   */
  callPage<R extends ToContent>(tabId: number, request: R): Promise<PageReply<R['type']> | null>;
  /** Calls back when the page in that tab reports its findings changed. */
  watchFindingsChanged(tabId: number, listener: () => void): () => void;
  /** Calls back with the session's cases now and whenever they change (null: none yet). */
  watchCases(listener: (book: CaseBook | null) => void): () => void;
  saveCases(book: CaseBook): Promise<void>;
  /** Forgets the waiting selection ("Clear"). */
  clearSelection(): Promise<void>;
  /** Brings a tab to the front of its window; false when the tab is gone. */
  showTab(tabId: number): Promise<boolean>;
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
