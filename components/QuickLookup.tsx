import { useState } from 'preact/hooks';
import { RatingsTable } from './RatingsTable';
import type { RatingRow } from './result-view';

export interface LookupScenario {
  id: string;
  title: string;
  /** ACR's wording of the variant, shown beside our title. */
  acrVariant: string | null;
  ratings: RatingRow[];
}

/** Every scenario of the pack with its ratings, searchable by words of its title, ACR's wording or a rated procedure. */
export function QuickLookup({
  scenarios,
  officialUrl,
  open,
}: {
  scenarios: LookupScenario[];
  officialUrl: string;
  open: boolean;
}) {
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = scenarios.filter((scenario) => {
    const haystack = [scenario.title, scenario.acrVariant ?? '', ...scenario.ratings.map((row) => row.name)]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return (
    <details class="lookup" open={open}>
      <summary>
        <h2>Scenario lookup</h2>
      </summary>
      <label for="lookup-search">Search scenarios and procedures</label>{' '}
      <input id="lookup-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      <p class="quiet" role="status">
        {shown.length} of {scenarios.length} scenarios
      </p>
      {shown.map((scenario) => (
        <details key={scenario.id} data-scenario={scenario.id}>
          <summary>
            {scenario.title}
            {scenario.acrVariant && <span class="acr-variant">ACR {scenario.acrVariant}</span>}
          </summary>
          <RatingsTable ratings={scenario.ratings} officialUrl={officialUrl} />
        </details>
      ))}
    </details>
  );
}
