import type { Browser } from '@wxt-dev/browser';

// Code passed to page.evaluate / worker.evaluate runs inside extension contexts, where `chrome` exists.
declare global {
  const chrome: typeof Browser;
}
