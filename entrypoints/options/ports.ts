import { browser } from 'wxt/browser';
import type { OptionsPorts } from '@/components/ports';
import { LOCAL } from '@/logic/storage';
import { settingsPorts } from '../sidepanel/stored';

/** Granted web origins as "https://host" (the manifest patterns end in "/*"). */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((pattern) => /^https?:\/\/[^*]+\/\*$/.test(pattern)).map((pattern) => pattern.slice(0, -2));
}

/**
 * The options page's ports. Granting or revoking a site is all it does: the background follows
 * permissions.onAdded/onRemoved and (un)registers the content script itself.
 */
export function optionsPorts(): OptionsPorts {
  return {
    ...settingsPorts(),
    listSites: grantedOrigins,
    grantSite: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    revokeSite: (origin) => browser.permissions.remove({ origins: [`${origin}/*`] }),
    savePack: (stored) => browser.storage.local.set({ [LOCAL.criteriaPack.key]: stored }),
    clearPack: () => browser.storage.local.remove(LOCAL.criteriaPack.key),
  };
}
