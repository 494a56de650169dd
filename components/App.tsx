import { useEffect, useState } from 'preact/hooks';
import type { PendingSelection } from '@/logic/messages';
import type { PanelPorts } from './ports';

export function App({ ports }: { ports: PanelPorts }) {
  const [selection, setSelection] = useState<PendingSelection | null>(null);
  useEffect(() => ports.watchSelection(setSelection), [ports]);

  return (
    <main class="panel">
      <header>
        <h1>VCF Lens</h1>
        <p class="privacy">Runs offline: report text stays in this browser.</p>
      </header>
      <section aria-label="Selected report text">
        <h2>Selection</h2>
        {selection ? (
          <blockquote data-testid="selection-text">{selection.text}</blockquote>
        ) : (
          <p>Select report text on the page, then right-click “Prefill VCF case from selection”.</p>
        )}
      </section>
    </main>
  );
}
