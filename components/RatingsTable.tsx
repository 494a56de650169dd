import { RATING_GROUPS, RATING_WORDS, type RatingRow } from './result-view';

/**
 * ACR's ratings for the scenario, grouped usually appropriate → may be appropriate → usually not
 * appropriate, each row with ACR's score, the radiation level of an imaging study, the panel's
 * disagreement where ACR marks it, and the source. A row only the transcribed table states links to
 * ACR's own table to confirm it.
 */
export function RatingsTable({ ratings, officialUrl }: { ratings: RatingRow[]; officialUrl: string }) {
  if (ratings.length === 0) return null;
  return (
    <table class="ratings">
      <caption class="visually-hidden">ACR ratings</caption>
      <thead>
        <tr>
          <th scope="col">Procedure</th>
          <th scope="col">Score</th>
          <th scope="col">Radiation</th>
        </tr>
      </thead>
      {RATING_GROUPS.map((group) => {
        const rows = ratings.filter((row) => row.rating === group);
        if (rows.length === 0) return null;
        return (
          <tbody key={group} data-group={group}>
            <tr>
              <th scope="rowgroup" colSpan={3} class={`group rating-${group}`}>
                {RATING_WORDS[group]}
              </th>
            </tr>
            {rows.map((row) => (
              <RatingRowView key={row.procedure} row={row} officialUrl={officialUrl} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

function RatingRowView({ row, officialUrl }: { row: RatingRow; officialUrl: string }) {
  return (
    <tr data-procedure={row.procedure} data-rating={row.rating}>
      <th scope="row">
        {row.name}
        {row.disagreement && <div class="disagreement">Panel disagreement</div>}
        <div class={row.needsConfirmation ? 'source transcribed' : 'source'}>
          {row.needsConfirmation ? (
            <a href={officialUrl} target="_blank" rel="noreferrer">
              {row.source}
            </a>
          ) : (
            row.source
          )}
        </div>
      </th>
      <td class={`score rating-${row.rating}`}>
        <span class="visually-hidden">{row.words}, score </span>
        {row.score ?? '—'}
      </td>
      <td>
        {row.radiation ?? '—'}
        {row.radiationByRegion && <div class="source">{row.radiationByRegion}</div>}
      </td>
    </tr>
  );
}
