/**
 * `npx tsx scripts/bench/worlds.ts [--browser firefox|chromium] [--runs n]`: why the page highlighter is
 * slower in Firefox. The text index's own walk (content/text-index.ts, bundled as it is) and the bench's
 * floor (TreeWalker + lexicon pattern over text nodes only) are timed over the 2 MB report page in the
 * page's own world and in the content scripts' world (scripting.executeScript into a copy of the e2e
 * build with the probe added), then the engine on the walk's block texts in both worlds. Same page, same
 * code: the difference between the worlds is what the extension pays for running as a content script.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../lib/chromium';
import { launchFirefox, openExtensionPage } from '../lib/firefox';
import { serveFolder } from '../lib/static-server';
import { reportPage } from './report-page';
import { median, round } from './result';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const BROWSER = flag('--browser') ?? 'firefox';
const RUNS = Number(flag('--runs') ?? 5);

/** The probe: window.__worlds() walks the page with the extension's own text index and engine, and times it. */
const PROBE = `
import { indexSubtree } from '${path.resolve('content/text-index.ts')}';
import { findMentions } from '${path.resolve('logic/index.ts')}';
import { pagePatterns } from '${path.resolve('logic/index.ts')}';
(globalThis as any).__worlds = () => {
  const t0 = performance.now();
  const blocks = indexSubtree(document.body);
  const t1 = performance.now();
  const regexes = pagePatterns();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const regex of regexes) {
      regex.lastIndex = 0;
      while (regex.exec((node as Text).data)) matches++;
    }
  }
  const t2 = performance.now();
  let mentions = 0;
  for (const block of blocks) mentions += findMentions(block.text).length;
  const t3 = performance.now();
  return { walk: t1 - t0, floor: t2 - t1, engine: t3 - t2, blocks: blocks.length, matches, mentions };
};
`;

async function bundle(outDir: string): Promise<string> {
  const entry = path.join(outDir, 'probe-entry.ts');
  await writeFile(entry, PROBE);
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': path.resolve('.') } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'vcfLensProbe', fileName: () => 'probe.js' },
    },
  });
  return path.join(outDir, 'probe.js');
}

type Times = { walk: number; floor: number; engine: number; blocks: number; matches: number; mentions: number };

interface ProbePage {
  addScriptTag(options: { url: string }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The browser under test, with the copy of the e2e build installed. */
async function drive(extension: string, origin: string) {
  if (BROWSER === 'firefox') {
    const { browser } = await launchFirefox({
      extensionDir: extension,
      prefs: { 'privacy.reduceTimerPrecision': false },
    });
    const driver = await openExtensionPage(browser, origin, 'options.html');
    return {
      api: 'browser',
      newPage: async (url: string): Promise<ProbePage> => {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      extension: (expression: string) => driver.evaluate(expression),
      close: () => browser.close(),
    };
  }
  const context = await launchChromium({ extensionDir: extension });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    api: 'chrome',
    newPage: async (url: string): Promise<ProbePage> => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    extension: (expression: string) => worker.evaluate(expression),
    close: () => context.close(),
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'vcf-lens-worlds-'));
  const extension = path.join(work, 'extension');
  await cp(path.resolve(BROWSER === 'firefox' ? '.output/firefox-mv2-e2e' : '.output/chrome-mv3-e2e'), extension, {
    recursive: true,
  });
  const probe = await bundle(extension);
  const site = path.join(work, 'site');
  await cp(probe, path.join(site, 'probe.js'));
  await writeFile(path.join(site, 'report.html'), reportPage(2 * 1024 * 1024));
  const server = await serveFolder(site);
  const url = `${server.origin}/report.html`;
  const samples: Record<string, number[]> = {};
  const add = (world: string, times: Times) => {
    for (const key of ['walk', 'floor', 'engine'] as const) {
      samples[`${world} ${key}`] ??= [];
      samples[`${world} ${key}`]?.push(times[key]);
    }
  };
  // Per browser: a new tab on a URL, and an expression run in an extension context (worker or options page).
  const { api, newPage, extension: evaluate, close } = await drive(extension, server.origin);
  let counts = '';
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage(url);
    await page.addScriptTag({ url: `${server.origin}/probe.js` });
    const inPage = (await page.evaluate('__worlds()')) as Times;
    add('page', inPage);
    const isolated = (await evaluate(`(async () => {
      const tab = (await ${api}.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
      await ${api}.scripting.executeScript({ target: { tabId: tab.id }, files: ['probe.js'] });
      const [r] = await ${api}.scripting.executeScript({ target: { tabId: tab.id }, func: () => globalThis.__worlds() });
      return r.result;
    })()`)) as Times;
    add('content script', isolated);
    counts = `${inPage.blocks}/${isolated.blocks} blocks, ${inPage.mentions}/${isolated.mentions} mentions`;
    await page.close();
  }
  await close();
  await server.close();
  await rm(work, { recursive: true, force: true });
  console.log(`${BROWSER}, 2 MB page, medians of ${RUNS} (page world / content-script world: ${counts})`);
  console.table(
    Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, { ms: round(median(values)) }])),
  );
}

await main();
