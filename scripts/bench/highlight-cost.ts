/**
 * `npx tsx scripts/bench/highlight-cost.ts --browser firefox|chromium`: what a clock tick's frame costs on
 * the 2 MB report page with the page highlighter's pieces added one by one, without the extension: nothing;
 * the near-view ranges alone (as many as the extension registers, under its highlight names); the ranges
 * with the rules unscoped (`::highlight()`, the Firefox build's); the ranges with the rules root-scoped
 * (`:root::highlight()`, the Chrome build's). Medians of the ticks over fresh loads, main-thread work per
 * frame as the bench measures it (in-page.ts installProbes).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { highlightRules } from '../../content/highlight-rules';
import { pagePatterns } from '../../logic';
import { DEFAULT_COLOURS } from '../../logic/storage';
import { launchChromium } from '../lib/chromium';
import { launchFirefox } from '../lib/firefox';
import { serveFolder } from '../lib/static-server';
import { installProbes, tick } from './in-page';
import { reportPage } from './report-page';
import { median, round } from './result';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const BROWSER = flag('--browser') ?? 'firefox';
const LOADS = Number(flag('--runs') ?? 3);
const TICKS = 31;
/** About what the extension registers near the view on this page (the bench's registered_ranges). */
const RANGES = 110;

interface Setup {
  ranges: number;
  css: string;
  patterns: { source: string; flags: string }[];
}

/** In the page: registers `ranges` ranges over the first matches (or none) and adopts `css` (or nothing). */
function set({ ranges, css, patterns }: Setup): Promise<void> {
  for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name);
  if (ranges > 0) {
    const highlight = new Highlight();
    const regexes = patterns.map((pattern) => new RegExp(pattern.source, pattern.flags));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && highlight.size < ranges; node = walker.nextNode()) {
      const text = (node as Text).data;
      for (const regex of regexes) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m && highlight.size < ranges; m = regex.exec(text)) {
          highlight.add(
            new StaticRange({
              startContainer: node,
              startOffset: m.index,
              endContainer: node,
              endOffset: m.index + m[0].length,
            }),
          );
        }
      }
    }
    CSS.highlights.set('vcf-lens-fracture', highlight);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = css ? [sheet] : [];
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

interface Driven {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'vcf-lens-cost-'));
  await writeFile(path.join(folder, 'report.html'), reportPage(2 * 1024 * 1024));
  const server = await serveFolder(folder);
  const url = `${server.origin}/report.html`;
  const patterns = pagePatterns().map(({ source, flags }) => ({ source, flags }));
  const variants: [string, Omit<Setup, 'patterns'>][] = [
    ['page alone', { ranges: 0, css: '' }],
    [`${RANGES} ranges, no rules`, { ranges: RANGES, css: '' }],
    [`${RANGES} ranges, unscoped rules`, { ranges: RANGES, css: highlightRules(DEFAULT_COLOURS, '') }],
    [`${RANGES} ranges, :root rules`, { ranges: RANGES, css: highlightRules(DEFAULT_COLOURS, ':root') }],
    ['unscoped rules, no ranges', { ranges: 0, css: highlightRules(DEFAULT_COLOURS, '') }],
  ];
  const samples: Record<string, number[]> = {};
  let open: (url: string) => Promise<Driven>;
  let close: () => Promise<void>;
  if (BROWSER === 'firefox') {
    const { browser } = await launchFirefox({ prefs: { 'privacy.reduceTimerPrecision': false } });
    open = async (url) => {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      await page.goto(url);
      return { evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg), close: () => page.close() };
    };
    close = () => browser.close();
  } else {
    const context = await launchChromium();
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    open = async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return { evaluate: (fn, arg) => page.evaluate(fn as never, arg as never), close: () => page.close() };
    };
    close = () => context.close();
  }
  for (let load = 0; load < LOADS; load++) {
    const page = await open(url);
    await page.evaluate(installProbes, undefined);
    for (const [label, setup] of variants) {
      await page.evaluate(set, { ...setup, patterns });
      samples[label] ??= [];
      // Every tick is a sample: the printed figure is the median over all loads' ticks.
      samples[label].push(...(await page.evaluate(tick, TICKS)));
    }
    await page.close();
  }
  await close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
  console.log(`${BROWSER}: a clock tick's frame work on the 2 MB page, ms (median of ${LOADS} loads × ${TICKS} ticks)`);
  console.table(
    Object.fromEntries(Object.entries(samples).map(([label, values]) => [label, { ms: round(median(values)) }])),
  );
}

await main();
