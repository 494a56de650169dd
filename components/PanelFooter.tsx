import type { PackInfo } from './result-view';

/** Where the criteria come from, and what VCF Lens is and is not. */
export function PanelFooter({ pack }: { pack: PackInfo }) {
  return (
    <footer>
      <p class="disclaimer">Decision support, not a substitute for clinical judgement.</p>
      <p class="disclaimer" data-testid="criteria-edition">
        Criteria: {pack.name} {pack.version} ({pack.edition})
        {pack.importedFrom ? `, imported from ${pack.importedFrom}` : ', bundled'}.{' '}
        <a href={pack.officialUrl} target="_blank" rel="noreferrer">
          Official ACR table
        </a>
      </p>
    </footer>
  );
}
