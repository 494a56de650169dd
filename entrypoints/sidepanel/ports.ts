import { browser } from 'wxt/browser';
import type { PanelPorts } from '@/components/ports';
import { readStored, SESSION } from '@/logic/storage';

/** The panel's ports over the real browser: storage.session for the hand-over from the background. */
export function browserPorts(): PanelPorts {
  const { key, schema } = SESSION.pendingSelection;
  return {
    watchSelection(listener) {
      void browser.storage.session.get(key).then((stored) => listener(readStored(schema, stored[key], key)));
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) listener(readStored(schema, changes[key]?.newValue, key));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
