import type { CaseSource } from '@/logic/messages';

/**
 * Said first when the case shown is not the report in front: whose case it is, a way to make one for
 * this report, and a way back to the report the case came from.
 */
export function SourceBanner({
  source,
  sameTab,
  canReadHere,
  onReadHere,
  onShowSource,
}: {
  source: CaseSource | null;
  /** The case came from an earlier page of the same tab (it navigated since). */
  sameTab: boolean;
  canReadHere: boolean;
  onReadHere(): void;
  onShowSource(): void;
}) {
  const title = source?.title || source?.url || 'an untitled page';
  return (
    <section class="banner source" aria-labelledby="source-heading" data-testid="case-source-banner">
      <h2 id="source-heading">
        {source === null
          ? 'Case entered without a report'
          : sameTab
            ? `Case from an earlier page in this tab: ${title}`
            : `Case from another tab: ${title}`}
      </h2>
      <p>Its facts and result are not from the page in front.</p>
      {!canReadHere && (
        <p class="quiet">To read this page, open VCF Lens on it from the toolbar or select text and right-click.</p>
      )}
      <div class="toolbar">
        <button type="button" class="primary" disabled={!canReadHere} onClick={onReadHere}>
          Read this report
        </button>
        {source !== null && !sameTab && (
          <button type="button" onClick={onShowSource}>
            Show that tab
          </button>
        )}
      </div>
    </section>
  );
}
