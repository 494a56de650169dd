import { CategorySettings } from './CategorySettings';
import { PackImport } from './PackImport';
import type { OptionsPorts } from './ports';
import { SiteList } from './SiteList';
import { useSettings } from './use-settings';

/** Settings only: nothing here is patient text, so all of it may live in storage.local. */
export function OptionsApp({ ports }: { ports: OptionsPorts }) {
  const [settings, save] = useSettings(ports);
  return (
    <main class="options">
      <h1>VCF Lens options</h1>
      <p class="privacy">Settings stay in this browser. Report text is never stored here.</p>
      <SiteList ports={ports} />
      <CategorySettings settings={settings} onChange={save} />
      <PackImport ports={ports} />
    </main>
  );
}
