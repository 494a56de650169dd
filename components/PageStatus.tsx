import type { FindingsReply } from '@/logic/messages';
import type { Category } from '@/logic/terms/mention';
import { PageFindings } from './PageFindings';
import type { ReportTab } from './ports';

/** What VCF Lens sees on the report page: highlighting on/off, the site grant, the findings. */
export function PageStatus({
  tab,
  reply,
  siteGranted,
  colours,
  onToggle,
  onAlwaysHighlight,
  onReveal,
}: {
  tab: ReportTab | null;
  reply: FindingsReply | null;
  siteGranted: boolean;
  colours: Record<Category, string>;
  onToggle(enabled: boolean): void;
  onAlwaysHighlight(origin: string): void;
  onReveal(index: number): void;
}) {
  return (
    <section class="page-status" aria-labelledby="page-heading">
      <h2 id="page-heading">On this page</h2>
      {!reply ? (
        <p class="quiet">
          {tab ? 'VCF Lens cannot read this page yet: open it from the toolbar or select text.' : 'No report open.'}
        </p>
      ) : (
        <>
          <label class="switch">
            <input
              type="checkbox"
              checked={reply.enabled}
              onChange={(event) => onToggle(event.currentTarget.checked)}
            />
            Highlight findings
          </label>
          <PageFindings reply={reply} colours={colours} onReveal={onReveal} />
        </>
      )}
      {tab?.origin &&
        (siteGranted ? (
          <p class="quiet">Highlighting automatically on {tab.origin}.</p>
        ) : (
          <button type="button" class="link" onClick={() => tab.origin && onAlwaysHighlight(tab.origin)}>
            Always highlight on this site
          </button>
        ))}
    </section>
  );
}
