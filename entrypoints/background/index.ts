import { browser } from 'wxt/browser';
import { parseMessage, ToBackgroundSchema } from '@/logic/messages';
import { forgetTab } from './cases';
import { openFromGesture } from './gestures';
import { syncSiteScripts } from './site-scripts';
import { openOwnPagesOnRequest } from './test-pages';

const MENU_ID = 'vcf-lens-prefill';
const COMMAND = 'open-panel';

/** Wiring only: each browser event hands over to the function that does the work. */
export default defineBackground(() => {
  const onAction = (tab: Parameters<typeof openFromGesture>[0]) => openFromGesture(tab, 'toolbar');
  const onCommand = (command: string, tab?: Parameters<typeof openFromGesture>[0]) =>
    command === COMMAND ? openFromGesture(tab, 'shortcut') : Promise.resolve();
  const onMenu = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) =>
    info.menuItemId === MENU_ID ? openFromGesture(tab, 'context-menu', info.selectionText) : Promise.resolve();

  (browser.action ?? browser.browserAction).onClicked.addListener(onAction);
  browser.commands.onCommand.addListener(onCommand);
  browser.contextMenus.onClicked.addListener(onMenu);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Prefill VCF case from selection', contexts: ['selection'] });
  });
  // A closed report takes its case with it: it can no longer be shown beside another report.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onStartup.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener(() => void syncSiteScripts());
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(ToBackgroundSchema, raw, 'background');
    if (message?.type === 'findings/changed' && sender.tab?.id !== undefined) {
      const text = message.affirmed > 0 ? String(message.affirmed) : '';
      void (browser.action ?? browser.browserAction).setBadgeText({ tabId: sender.tab.id, text });
    }
    return undefined;
  });

  // Native menus and shortcuts can't be driven by automation: e2e builds expose the same handlers.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { vcfLensTest: { onAction, onCommand, onMenu, syncSiteScripts } });
    // BiDi can't open moz-extension:// pages (Firefox tests): the extension opens its own on request.
    openOwnPagesOnRequest();
  }
});
