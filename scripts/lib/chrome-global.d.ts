import type { Browser } from '@wxt-dev/browser';

// Code that Playwright runs inside extension contexts (page/worker.evaluate) sees `chrome`: scripts and e2e tests.
declare global {
  const chrome: typeof Browser;
}
