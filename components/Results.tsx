import { AlertList } from './AlertList';
import { RatingsTable } from './RatingsTable';
import type { PackInfo, ResultView } from './result-view';
import { ScenarioCard } from './ScenarioCard';

/**
 * The answer, first in the panel: the scenario card, the ratings, the alerts and "Copy summary",
 * redrawn on every edit. The panel's ResultAnnouncer (a live region that is always present) tells a
 * screen reader when an edit changes it. A case from another report is marked as such, all of it.
 */
export function Results({
  result,
  pack,
  otherPage,
  onCopy,
  onJump,
}: {
  result: ResultView;
  pack: PackInfo;
  otherPage: string | null;
  onCopy(): void;
  onJump(field: string): void;
}) {
  return (
    <section
      class={otherPage === null ? 'results' : 'results other'}
      aria-labelledby="results-heading"
      data-other-page={otherPage === null ? undefined : 'true'}
    >
      <h2 id="results-heading" class="visually-hidden">
        {otherPage === null ? 'Results' : 'Results for the report in another tab'}
      </h2>
      <ScenarioCard result={result} otherPage={otherPage} onJump={onJump} />
      <RatingsTable ratings={result.ratings} officialUrl={pack.officialUrl} />
      <AlertList alerts={result.alerts} />
      <div class="toolbar">
        <button type="button" onClick={onCopy}>
          Copy summary
        </button>
      </div>
    </section>
  );
}
