import { useState } from 'preact/hooks';
import { RatingsTable } from './RatingsTable';
import type { RatingRow } from './result-view';

export interface LookupScenario {
  id: string;
  title: string;
  ratings: RatingRow[];
}

/** Every scenario of the pack with its ratings, searchable by words of its title or its procedures. */
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
    // A search finds scenarios by what they rate; a procedure listed as not bundled is not a hit.
    const rated = scenario.ratings.filter((row) => row.rating !== 'not-bundled');
    const haystack = [scenario.title, ...rated.map((row) => row.name)].join(' ').toLowerCase();
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
          <summary>{scenario.title}</summary>
          <RatingsTable ratings={scenario.ratings} officialUrl={officialUrl} />
        </details>
      ))}
    </details>
  );
}
