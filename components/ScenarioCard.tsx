import { labelOf } from './case-fields';
import type { ResultView } from './result-view';

/**
 * The answer at a glance: which ACR scenario fits (our short title; ACR's variant wording on demand),
 * why in one line, and the unknown facts that would change it, each a short prompt that jumps to its field.
 * `otherPage` names the report the case came from when it is not the one in front.
 */
export function ScenarioCard({
  result,
  otherPage,
  onJump,
}: {
  result: ResultView;
  otherPage: string | null;
  onJump(field: string): void;
}) {
  return (
    <section class="result-card" aria-labelledby="scenario-heading">
      {otherPage !== null && (
        <p class="other-page" data-testid="result-other-page">
          For the report in another tab: “{otherPage}”, not the page in front
        </p>
      )}
      <h2 id="scenario-heading" class="eyebrow">
        ACR scenario
      </h2>
      <p data-testid="scenario-title" data-scenario={result.scenario?.id ?? ''} class="scenario-title">
        <b>{result.scenario ? result.scenario.title : 'No ACR scenario fits yet'}</b>
      </p>
      {result.scenario?.acrVariant && (
        <details class="variant">
          <summary>ACR’s wording</summary>
          <p>{result.scenario.acrVariant}</p>
        </details>
      )}
      {result.why.length > 0 && (
        <p class="why" data-testid="why">
          <span class="label">Why: </span>
          {result.why.join(' ')}
        </p>
      )}
      {result.missing.length > 0 && (
        <div class="would-change">
          <h3 id="would-change-heading">Would change it</h3>
          <ul aria-labelledby="would-change-heading">
            {result.missing.map((fact) => (
              <li key={fact.field}>
                <button
                  type="button"
                  class="ask"
                  title={fact.text}
                  aria-description={fact.text}
                  onClick={() => onJump(fact.field)}
                >
                  {labelOf(fact.field)}?
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
