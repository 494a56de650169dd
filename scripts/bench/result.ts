/** What one page size's measurements come to, in either browser (medians of the fresh loads). */

export const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};
export const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
export const round = (value: number) => Math.round(value * 100) / 100;
const quantile = (values: number[], q: number) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.round((sorted.length - 1) * q)] as number);
};

/** How a pooled figure is spread: its sample count, quartiles and range. */
export interface Spread {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  const finite = values.filter(Number.isFinite);
  return {
    n: finite.length,
    median: round(median(finite)),
    q1: round(quantile(finite, 0.25)),
    q3: round(quantile(finite, 0.75)),
    min: round(Math.min(...finite)),
    max: round(Math.max(...finite)),
  };
}

export interface Result {
  size_mb: number;
  page_bytes: number;
  text_nodes: number;
  matches: number;
  frame_ms: number;
  floor_ms: number;
  /** The same floor run in the content scripts' world (isolated world / Xray wrappers). */
  floor_isolated_ms: number;
  lens_ms: number;
  /** Until every block is matched (the near ones first, then the rest in slices): the whole findings list. */
  complete_ms: number;
  markjs_ms: number;
  incremental_ms: number;
  incremental_frame_extra_ms: number;
  /** Not the extension's: the same append's frame work (minus an idle frame's) on the bare page. */
  page_append_frame_ms: number;
  steady_frame_extra_ms: number;
  /** Scrolling: mean extra work per 150 px step (lens − bare page), and the worst step with lens. */
  scroll_frame_extra_ms: number;
  scroll_frame_worst_ms: number;
  /** Chromium: long tasks and long animation frames over 50 ms. Firefox (no Long Tasks API): frames that came over 50 ms late. */
  long_tasks: number;
  dom_mutations: number;
  registered_ranges: number;
  /** What the content script keeps once the scan is done: the live heap with it minus without, in MB. */
  lens_heap_mb: number;
  style_inject_ms: number;
  /** Script time of the walk and of matching, and the longest slice. */
  walk_ms: number;
  match_ms: number;
  longest_slice_ms: number;
  /** The on-demand path (styles adopted by the script into the loaded page) and its full style recalcs. */
  lens_on_demand_ms: number;
  long_tasks_on_demand: number;
  style_recalcs_on_demand: number;
  /** The pooled samples behind incremental_ms and steady_frame_extra_ms. */
  spread: {
    /** Every appended report's script time; `first` only the first append of each fresh load (code not yet warm). */
    incremental_ms: Spread & { first: Spread };
    /** A clock tick's frame work with lens and on the bare page; `per_load` the extra (median − median) of each load. */
    steady_frame_extra_ms: { lens: Spread; plain: Spread; per_load: Spread };
  };
}

/** The samples' medians (counts: their maximum) as one Result; a figure a browser can't measure is NaN. */
export function summarise(
  samples: Record<string, number[]>,
  page: Pick<Result, 'size_mb' | 'page_bytes' | 'text_nodes' | 'matches'>,
): Result {
  const m = (key: string) => round(median(samples[key] ?? []));
  const most = (key: string) => (samples[key] ? Math.max(...samples[key]) : Number.NaN);
  return {
    ...page,
    frame_ms: m('frame'),
    floor_ms: m('floor'),
    floor_isolated_ms: m('floor_isolated'),
    lens_ms: m('lens'),
    complete_ms: m('complete'),
    markjs_ms: m('markjs'),
    // Pooled: every append of every load, not a median of per-load medians.
    incremental_ms: m('incremental'),
    // The extension's share: the append's frame with lens minus the same append's frame on the bare page.
    incremental_frame_extra_ms: round(m('append_lens') - m('append_plain')),
    page_append_frame_ms: m('append_plain'),
    // Pooled: every tick of every load with lens minus every tick of every bare load.
    steady_frame_extra_ms: round(m('tick_lens') - m('tick_plain')),
    scroll_frame_extra_ms: m('scroll_extra'),
    scroll_frame_worst_ms: m('scroll_worst'),
    long_tasks: most('long'),
    dom_mutations: most('mutations'),
    registered_ranges: most('ranges'),
    lens_heap_mb: m('heap'),
    style_inject_ms: m('style_inject'),
    walk_ms: m('walk'),
    match_ms: m('match'),
    longest_slice_ms: m('slice'),
    lens_on_demand_ms: m('lens_on_demand'),
    long_tasks_on_demand: most('long_on_demand'),
    style_recalcs_on_demand: most('recalcs'),
    spread: {
      incremental_ms: { ...spreadOf(samples.incremental ?? []), first: spreadOf(samples.incremental_first ?? []) },
      steady_frame_extra_ms: {
        lens: spreadOf(samples.tick_lens ?? []),
        plain: spreadOf(samples.tick_plain ?? []),
        per_load: spreadOf(samples.tick_extra_per_load ?? []),
      },
    },
  };
}
