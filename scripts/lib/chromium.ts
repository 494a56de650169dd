import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { findExecutable } from './find-executable';

/** Where a Chromium usually lives; CHROMIUM_PATH wins. Playwright never downloads one here. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = [
  'No Chromium found. Install one, or point CHROMIUM_PATH at its executable:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm start',
  '  Windows:       set CHROMIUM_PATH=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].join('\n');

export function findChromium(): string | null {
  return findExecutable('CHROMIUM_PATH', CANDIDATES);
}

/** Flags for a quiet Chromium on a machine with no network: no background traffic, no first-run UI. */
export const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

function sandboxFlags(): string[] {
  // Chromium refuses to run its sandbox as root (CI and these machines run as root).
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

export interface LaunchOptions {
  /** Unpacked extension folder to load; omit for a plain browser (benchmarks of the page alone). */
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

/** A fresh persistent profile with the extension loaded: the only way Chromium loads an unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const extension = options.extensionDir ? path.resolve(options.extensionDir) : null;
  // An empty path asks Playwright for a temporary profile, which it deletes once the browser has exited
  // (a profile is a few megabytes and every e2e test makes one).
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...QUIET_FLAGS,
      ...sandboxFlags(),
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ],
  });
}

/** The extension's id, read from its service worker's URL (it depends on the unpacked folder's path). */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
