import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Call it first thing in a user-gesture handler,
 * before any await: both browsers refuse to open a panel once the gesture has passed.
 */
export function openPanel(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    return (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction.open();
  }
  if (windowId === undefined) return Promise.reject(new Error('no window to open the panel in'));
  return browser.sidePanel.open({ windowId });
}
