import { browser } from 'wxt/browser';

/** The loopback address a test visits to have the extension open one of its own pages in that tab. */
const TRIGGER = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/vcf-lens-test\/open\?page=([^&#]+)/;
/** An extension page, with an optional query: sidepanel.html?tabId=3, options.html. */
const OWN_PAGE = /^[a-z][a-z0-9-]*\.html(?:\?[\w=&%.-]*)?$/;

/**
 * E2e builds only. WebDriver BiDi will not navigate a tab to a moz-extension:// URL, so a Firefox test
 * visits http://127.0.0.1:PORT/vcf-lens-test/open?page=<page> (the e2e build's host permission lets the
 * background see that URL) and the extension itself turns that tab into its page.
 */
export function openOwnPagesOnRequest(): void {
  browser.tabs.onUpdated.addListener((_tabId, change) => {
    const page = change.url ? TRIGGER.exec(change.url)?.[1] : undefined;
    const path = page === undefined ? '' : decodeURIComponent(page);
    if (!OWN_PAGE.test(path)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/sidepanel.html') });
  });
}
