import { RATING_GROUPS, RATING_WORDS, type RatingRow } from './result-view';

/**
 * ACR's ratings for the scenario, grouped usually appropriate → may be appropriate → usually not
 * appropriate, each row with ACR's score, the radiation level of an imaging study, the panel's
 * disagreement where ACR marks it, and the source. A row only the transcribed table states links to
 * ACR's own table to confirm it.
 */
export function RatingsTable({ ratings, officialUrl }: { ratings: RatingRow[]; officialUrl: string }) {
  if (ratings.length === 0) return null;
  // Treatments have no radiation level: a table of treatments only leaves the column out.
  const radiation = ratings.some((row) => row.radiation !== null);
  const columns = radiation ? 3 : 2;
  return (
    <table class="ratings">
      <caption class="visually-hidden">ACR ratings</caption>
      <thead>
        <tr>
          <th scope="col">Procedure</th>
          <th scope="col">Score</th>
          {radiation && <th scope="col">Radiation</th>}
        </tr>
      </thead>
      {RATING_GROUPS.map((group) => {
        const rows = ratings.filter((row) => row.rating === group);
        if (rows.length === 0) return null;
        return (
          <tbody key={group} data-group={group}>
            <tr>
              <th scope="rowgroup" colSpan={columns} class={`group rating-${group}`}>
                {RATING_WORDS[group]}
              </th>
            </tr>
            {rows.map((row) => (
              <RatingRowView key={row.procedure} row={row} officialUrl={officialUrl} radiation={radiation} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

function RatingRowView({ row, officialUrl, radiation }: { row: RatingRow; officialUrl: string; radiation: boolean }) {
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
      {radiation && (
        <td>
          {row.radiation ?? '—'}
          {row.radiationByRegion && <div class="source">{row.radiationByRegion}</div>}
        </td>
      )}
    </tr>
  );
}
