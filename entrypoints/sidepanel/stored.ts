import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { SettingsPorts } from '@/components/ports';
import { defaultSettings, LOCAL, readStored } from '@/logic/storage';

type Area = 'session' | 'local';

/** Reads one key now and on every change, through its schema; returns an unsubscribe. */
export function watchKey<T>(
  area: Area,
  { key, schema }: { key: string; schema: z.ZodType<T> },
  listener: (value: T | null) => void,
): () => void {
  void browser.storage[area].get(key).then((stored) => listener(readStored(schema, stored[key], key)));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && key in changes) listener(readStored(schema, changes[key]?.newValue, key));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Settings and pack ports over storage.local, shared by the panel and the options page. */
export function settingsPorts(): SettingsPorts {
  return {
    watchSettings: (listener) => watchKey('local', LOCAL.settings, (value) => listener(value ?? defaultSettings())),
    saveSettings: (settings) => browser.storage.local.set({ [LOCAL.settings.key]: settings }),
    watchPack: (listener) => watchKey('local', LOCAL.criteriaPack, listener),
  };
}
