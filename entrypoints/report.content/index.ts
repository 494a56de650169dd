import 'virtual:vcf-lens/report.css';
import { browser } from 'wxt/browser';
import { answer } from '@/content/answer';
import { Highlighter } from '@/content/highlighter';
import { findMentions, mentionsInParts, warmUp } from '@/logic';
import { LOCAL, readStored, type Settings } from '@/logic/storage';

/** The highlighter survives a second injection of this script: the newer copy takes it over. */
const KEY = Symbol.for('vcf-lens.highlighter');
/** Where the badge count goes: the newest copy of this script sets it, as its messaging is the live one. */
const COUNTED = Symbol.for('vcf-lens.counted');
type Holder = typeof globalThis & { [KEY]?: Highlighter; [COUNTED]?: (affirmed: number) => void };

export default defineContentScript({
  // Injected on demand (activeTab) or registered per granted site by the background; never in the manifest.
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const started = performance.now();
    // A same-origin frame is indexed by the top frame's highlighter; only foreign frames run their own.
    if (window !== window.top && window.frameElement) return;
    const top = window === window.top;
    const holder = globalThis as Holder;
    let highlighter = holder[KEY];
    if (!highlighter) {
      const reading = browser.storage.local.get(LOCAL.settings.key).catch(() => ({}));
      // The engine compiles its expressions (the first paint's biggest cost) while the settings are read.
      warmUp();
      const stored = await reading;
      const settings: Settings | null = readStored(
        LOCAL.settings.schema,
        (stored as Record<string, unknown>)[LOCAL.settings.key],
        LOCAL.settings.key,
      );
      const e2e = import.meta.env.MODE === 'e2e';
      // Test builds tell the page when work is done, through DOM events (no node changes), for the benchmark.
      const tell = (type: string, detail: object) =>
        document.dispatchEvent(new CustomEvent(type, { detail: JSON.stringify(detail) }));
      highlighter = new Highlighter({
        document,
        engine: { findMentions, mentionsInParts, warmUp },
        colours: settings?.colours,
        enabled: settings?.highlightEnabled ?? true,
        categories: settings?.categories,
        counted: (affirmed) => holder[COUNTED]?.(affirmed),
        onScanned: e2e ? (stats) => tell('vcf-lens:scanned', { ...stats, started }) : undefined,
        onUpdated: e2e ? (ms) => tell('vcf-lens:updated', { ms }) : undefined,
        onPainted: e2e ? (stats) => tell('vcf-lens:painted', stats) : undefined,
      });
      holder[KEY] = highlighter;
    }
    const active = highlighter;
    holder[COUNTED] = (affirmed) => {
      if (top) browser.runtime.sendMessage({ type: 'findings/changed', affirmed }).catch(() => {});
    };
    // Foreign frames follow on/off and filters but leave replies to the top frame (first answer wins).
    const listener = (raw: unknown) => {
      const reply = answer(active, raw);
      return top ? reply : undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    // Categories and colours chosen in the panel or options apply at once: the painted categories are
    // repainted and the adopted sheet rewritten, no node changes. On/off stays per page (the panel's switch).
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[LOCAL.settings.key];
      if (area !== 'local' || !change) return;
      const settings = readStored(LOCAL.settings.schema, change.newValue, LOCAL.settings.key);
      if (settings) active.applySettings(settings);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      browser.storage.onChanged.removeListener(onStorage);
      // A newer copy of this script (same extension) takes the highlighter over; otherwise it goes.
      if (browser.runtime?.id) return;
      active.stop();
      delete holder[KEY];
      delete holder[COUNTED];
    });
  },
});
