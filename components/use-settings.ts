import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '@/logic/storage';
import type { SettingsPorts } from './ports';

/** The settings as stored, kept current; `save` writes them (the page follows through storage). */
export function useSettings(ports: SettingsPorts) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => ports.watchSettings(setSettings), [ports]);
  const save = (next: Settings) => {
    setSettings(next);
    void ports.saveSettings(next);
  };
  return [settings, save] as const;
}
