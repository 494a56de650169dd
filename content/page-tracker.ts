/**
 * Every way the page tells us it changed, in one place (after Mark My Search's tracker): the one
 * MutationObserver, its records reduced to dirty blocks; scrolls and resizes; navigations; frames that
 * load. Whoever reacts gets plain callbacks, and `stop()` takes every observer and listener down at once.
 */
import { type DirtySet, reduceMutations } from './dirty';
import { type Later, timeout } from './finding-index';

/** A navigation's DOM lands after its event: rescan once it has settled. */
export const NAVIGATION_SETTLE_MS = 100;

export interface PageTrackerOptions {
  document: Document;
  /** Page changes, reduced to the blocks to read again; `started` is when handling them began (ms). */
  changed(dirty: DirtySet, started: number): void;
  /** The whole page is to be read again: a navigation settled, a frame loaded, too many changes at once. */
  rescan(): void;
  /** While true (a full scan walks the page), changes only ask for another scan: the walk may have passed them. */
  scanning(): boolean;
  /** The page or a scroller in it scrolled (true), or the window was resized (false). */
  moved(scrolled: boolean): void;
  /** A document or shadow root is watched from now on (the highlight styles go there). */
  watching?(root: Document | ShadowRoot): void;
  later?: Later;
  now?: () => number;
}

export class PageTracker {
  private readonly doc: Document;
  private readonly mo: MutationObserver;
  private readonly events = new AbortController();
  private readonly roots = new WeakSet<Node>();
  private readonly frames = new WeakSet<HTMLIFrameElement>();
  private readonly later: Later;
  private readonly now: () => number;
  private cancelNavigation: (() => void) | null = null;
  /** Settles once the document is parsed: at document_start scanning the parser's every chunk would be waste. */
  readonly parsed: Promise<void>;

  constructor(private readonly options: PageTrackerOptions) {
    this.doc = options.document;
    this.later = options.later ?? timeout;
    this.now = options.now ?? (() => performance.now());
    const view = this.doc.defaultView as Window & { navigation?: EventTarget };
    this.mo = new MutationObserver((records) => this.onRecords(records));
    const signal = this.events.signal;
    const navigated = () => this.onNavigation();
    view.addEventListener('popstate', navigated, { signal });
    view.addEventListener('hashchange', navigated, { signal });
    view.navigation?.addEventListener('navigate', navigated, { signal });
    this.parsed =
      this.doc.readyState !== 'loading'
        ? Promise.resolve()
        : new Promise((resolve) =>
            this.doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal }),
          );
    this.watchRoot(this.doc);
  }

  /** Watches a document or an open shadow root: its changes and its scrolls (and a document's resizes). */
  watchRoot(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.options.watching?.(root);
    this.mo.observe(root, { childList: true, subtree: true, characterData: true });
    // Scroll events do not bubble: caught on the way down, for the page and every scrolling element in it.
    const signal = this.events.signal;
    root.addEventListener('scroll', () => this.options.moved(true), { capture: true, passive: true, signal });
    if (root.nodeType === 9) {
      const view = (root as Document).defaultView;
      view?.addEventListener('resize', () => this.options.moved(false), { passive: true, signal });
    }
  }

  /** A frame that loads (or navigates) later has the page read again then. */
  watchFrame(frame: HTMLIFrameElement): void {
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    frame.addEventListener('load', () => this.options.rescan(), { signal: this.events.signal });
  }

  /** Takes every observer, listener and timer down. */
  stop(): void {
    this.events.abort();
    this.cancelNavigation?.();
    this.cancelNavigation = null;
    this.mo.disconnect();
  }

  private onNavigation(): void {
    this.cancelNavigation?.();
    this.cancelNavigation = this.later(() => {
      this.cancelNavigation = null;
      this.options.rescan();
    }, NAVIGATION_SETTLE_MS);
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.doc.readyState === 'loading') return;
    if (this.options.scanning()) {
      this.options.rescan();
      return;
    }
    const started = this.now();
    const dirty = reduceMutations(records);
    if (dirty.full) this.options.rescan();
    else this.options.changed(dirty, started);
  }
}
