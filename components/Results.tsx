import { AlertList } from './AlertList';
import { NextSteps } from './NextSteps';
import { RatingsTable } from './RatingsTable';
import type { PackInfo, ResultView } from './result-view';
import { ScenarioCard } from './ScenarioCard';
import { TextList } from './TextList';

/**
 * The decision for the case as it stands, redrawn on every edit. The panel's ResultAnnouncer (a live
 * region that is always present) tells a screen reader when an edit changes it.
 */
export function Results({ result, pack, onCopy }: { result: ResultView; pack: PackInfo; onCopy(): void }) {
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="visually-hidden">
        Results
      </h2>
      <ScenarioCard result={result} />
      <RatingsTable ratings={result.ratings} officialUrl={pack.officialUrl} />
      <AlertList alerts={result.alerts} />
      <TextList id="pitfalls" title="Pitfalls" items={result.pitfalls} />
      <NextSteps branches={result.branches} note={result.nextStepsNote} />
      <TextList id="differential" title="Differential" items={result.differential} />
      <div class="toolbar">
        <button type="button" onClick={onCopy}>
          Copy summary
        </button>
      </div>
    </section>
  );
}
