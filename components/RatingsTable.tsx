import type { RatingRow } from './result-view';

/** ACR's ratings for the scenario; a pair the pack does not bundle points to ACR's own table instead. */
export function RatingsTable({ ratings, officialUrl }: { ratings: RatingRow[]; officialUrl: string }) {
  if (ratings.length === 0) return null;
  return (
    <table class="ratings">
      <caption class="visually-hidden">ACR ratings</caption>
      <thead>
        <tr>
          <th scope="col">Procedure</th>
          <th scope="col">Rating</th>
          <th scope="col">Radiation</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((row) => (
          <tr key={row.procedure} data-procedure={row.procedure} data-rating={row.rating}>
            <th scope="row">
              {row.name}
              <div class="source">{row.source}</div>
            </th>
            <td class={`rating-${row.rating}`}>
              {row.rating === 'not-bundled' ? (
                <a href={officialUrl} target="_blank" rel="noreferrer">
                  {row.words}
                </a>
              ) : (
                row.words
              )}
            </td>
            <td>{row.radiation ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
