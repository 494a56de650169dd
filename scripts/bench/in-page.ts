/**
 * Measurements that run inside the report page (page.evaluate): each function uses only its argument,
 * because Playwright sends its source, not its closure.
 */

/** Resolves after two animation frames: the work before it has been rendered. */
export function twoFrames(): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))),
  );
}

/** Lets a style change made from outside (insertCSS) be applied and rendered before measuring. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** An expression as it crosses into a page: its source and flags. */
export type Pattern = { source: string; flags: string };

/** TreeWalker + the compiled page expressions over all text, script only: the floor any highlighter pays. */
export function floor(patterns: Pattern[]): { ms: number; matches: number; textNodes: number } {
  const start = performance.now();
  const regexes = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    const text = (node as Text).data;
    for (const regex of regexes) {
      regex.lastIndex = 0;
      while (regex.exec(text)) matches++;
    }
  }
  return { ms: performance.now() - start, matches, textNodes };
}

/**
 * An expression for an extension context (`api`: its namespace) that runs `floor` in the content
 * scripts' world of tab `tabId` (scripting.executeScript) and gives its result: the same walk and
 * pattern as the page's own floor, through the wrappers content scripts see the DOM through.
 */
export function isolatedFloor(api: 'chrome' | 'browser', tabId: number, patterns: Pattern[]) {
  return `(async () => {
    const [injected] = await ${api}.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: ${floor.toString()},
      args: [${JSON.stringify(patterns)}],
    });
    return injected.result.ms;
  })()`;
}

/** Starts watching the page for long tasks/frames and DOM mutations; `window.__lens` collects what comes. */
export function watch(): void {
  const state = { long: 0, mutations: 0, scanned: '', scannedAt: 0, paintedAt: 0, updated: [] as number[] };
  (window as unknown as { __lens: typeof state }).__lens = state;
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.duration > 50) state.long++;
      }).observe({ type, buffered: false });
    } catch {
      // An entry type this browser does not report.
    }
  }
  new MutationObserver((records) => {
    state.mutations += records.length;
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  document.addEventListener('vcf-lens:scanned', (event) => {
    state.scannedAt = performance.now();
    state.scanned = String((event as CustomEvent).detail);
  });
  // Painted once two frames have gone by since the near blocks' highlights were registered.
  document.addEventListener('vcf-lens:painted', () => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        state.paintedAt = performance.now();
      }),
    );
  });
  document.addEventListener('vcf-lens:updated', (event) => {
    state.updated.push(JSON.parse(String((event as CustomEvent).detail)).ms);
  });
}

/**
 * Firefox has no Long Tasks API (PerformanceObserver ignores 'longtask'): there, a frame that came more
 * than 50 ms late (an animation-frame gap over 50 + 16.7 ms) counts instead, into `__lens.long`, until
 * lensDone stops the watch.
 */
export function watchLongFrames(): void {
  const state = (window as unknown as { __lens: { long: number; framesOn?: boolean } }).__lens;
  state.framesOn = true;
  let last = performance.now();
  const frame = (now: number) => {
    if (now - last > 50 + 1000 / 60) state.long++;
    last = now;
    if (state.framesOn) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Waits for the content script's full scan. `ms` is the real path until the highlights near the viewport
 * (the only ones painted) are on screen, two frames after they were registered; `completeMs` until every
 * block of the page has been matched (the findings list and the badge are whole). Long tasks and DOM
 * mutations are counted over all of it.
 */
export async function lensDone(): Promise<{
  ms: number;
  completeMs: number;
  stats: Record<string, number> & {
    started: number;
    walkMs: number;
    matchMs: number;
    longestSliceMs: number;
  };
  long: number;
  mutations: number;
  ranges: number;
}> {
  const state = (
    window as unknown as {
      __lens: { long: number; mutations: number; scanned: string; scannedAt: number; paintedAt: number };
    }
  ).__lens;
  while (!state.scanned || !state.paintedAt) await new Promise((resolve) => setTimeout(resolve, 5));
  const stats = JSON.parse(state.scanned);
  const started = stats.started as number;
  // Late long frames (the paint itself) are counted too.
  await new Promise((resolve) => setTimeout(resolve, 100));
  (state as { framesOn?: boolean }).framesOn = false;
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('vcf-lens-')) ranges += highlight.size;
  return {
    ms: state.paintedAt - started,
    completeMs: state.scannedAt - started,
    stats,
    long: state.long,
    mutations: state.mutations,
    ranges,
  };
}

type WorkOf = (change: (() => void) | null) => Promise<{ scriptMs: number; renderMs: number }>;

/**
 * Installs `window.__workOf(change)`: the main-thread work one change costs, i.e. the change and the
 * microtasks it starts (observers), then the rendering of the next frame, timed from its first
 * animation-frame callback to a task posted from there (which runs once rendering is done). Unlike
 * two-rAF wall time this leaves out the wait for the frame clock, so a millisecond is not lost in a
 * 16 ms vsync step. `change` null times an idle frame.
 */
export function installProbes(): void {
  const workOf: WorkOf = async (change) => {
    // A quiet frame first, so the change starts a frame of its own.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const start = performance.now();
    change?.();
    await Promise.resolve();
    await Promise.resolve();
    const changed = performance.now();
    const channel = new MessageChannel();
    const renderMs = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const frame = performance.now();
        channel.port1.onmessage = () => resolve(performance.now() - frame);
        channel.port2.postMessage(null);
      }),
    );
    return { scriptMs: changed - start, renderMs };
  };
  (window as unknown as { __workOf: WorkOf }).__workOf = workOf;
}

/** Appends one 2 KB report; returns the content script's handling time and the work of the frame it costs. */
export async function appendOne(html: string): Promise<{ scriptMs: number; frameMs: number }> {
  const state = (window as unknown as { __lens?: { updated: number[] } }).__lens;
  if (state) state.updated.length = 0;
  const append = () => (window as unknown as { appendReport(html: string): void }).appendReport(html);
  const work = await (window as unknown as { __workOf: WorkOf }).__workOf(append);
  return { scriptMs: state?.updated[0] ?? Number.NaN, frameMs: work.scriptMs + work.renderMs };
}

/** Main-thread work of each of `count` clock ticks (each with its frame). */
export async function tick(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const work = await (window as unknown as { __workOf: WorkOf }).__workOf(() =>
      (window as unknown as { tick(): void }).tick(),
    );
    times.push(work.scriptMs + work.renderMs);
  }
  return times;
}

/** Main-thread work of each of `count` scroll steps of 150 px down the page (a reader scrolling). */
export async function scrollSteps(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const work = await (window as unknown as { __workOf: WorkOf }).__workOf(() => window.scrollBy(0, 150));
    times.push(work.scriptMs + work.renderMs);
  }
  window.scrollTo(0, 0);
  return times;
}

/** Median main-thread work of an idle frame. */
export async function idleFrame(count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const work = await (window as unknown as { __workOf: WorkOf }).__workOf(null);
    times.push(work.scriptMs + work.renderMs);
  }
  return times.sort((a, b) => a - b)[Math.floor(count / 2)] as number;
}

/** One on-demand style injection into the loaded page: the work of the frame that applies it. */
export async function injectStyles(css: string): Promise<number> {
  const adopt = () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  const work = await (window as unknown as { __workOf: WorkOf }).__workOf(adopt);
  return work.scriptMs + work.renderMs;
}

/** mark.js markRegExp with the same expressions, one after another, on a fresh page, until painted. */
export function markjs(patterns: Pattern[]): Promise<number> {
  const start = performance.now();
  const Mark = (window as unknown as { Mark: new (root: Element) => { markRegExp(r: RegExp, o: object): void } }).Mark;
  const mark = new Mark(document.body);
  return new Promise((resolve) => {
    const next = (i: number) => {
      const pattern = patterns[i];
      if (!pattern) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        return;
      }
      mark.markRegExp(new RegExp(pattern.source, pattern.flags), { done: () => next(i + 1) });
    };
    next(0);
  });
}
