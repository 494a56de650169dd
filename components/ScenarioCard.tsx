import type { ResultView } from './result-view';

/** Which ACR scenario fits, why, and which unknown facts would change it. */
export function ScenarioCard({ result }: { result: ResultView }) {
  return (
    <section aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">Scenario</h2>
      <p data-testid="scenario-title" data-scenario={result.scenario?.id ?? ''}>
        <b>{result.scenario ? result.scenario.title : 'No ACR scenario fits yet'}</b>
      </p>
      {result.scenario?.acrVariant && <p class="acr-variant">ACR {result.scenario.acrVariant}</p>}
      {result.why.length > 0 && (
        <ul aria-label="Why">
          {result.why.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {result.wouldChange.length > 0 && (
        <>
          <h3>Would change it</h3>
          <ul>
            {result.wouldChange.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
