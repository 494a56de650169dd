import type { ResultView } from './result-view';

/**
 * What a screen reader hears when an edit changes the result: whose case it is when not the report in
 * front, the scenario, how many ratings, any emergency.
 */
export function announcement(result: ResultView | null, otherPage: string | null = null): string {
  if (!result) return '';
  const whose = otherPage === null ? '' : `Case from another tab: ${otherPage}. `;
  const scenario = result.scenario ? `Scenario: ${result.scenario.title}.` : 'No ACR scenario fits yet.';
  const count = result.ratings.length;
  const ratings = count === 1 ? '1 rating.' : `${count} ratings.`;
  const urgent = result.alerts.some((alert) => alert.severity === 'emergency') ? ' Urgent alert at the top.' : '';
  return `${whose}${scenario} ${ratings}${urgent}`;
}

/**
 * A polite live region that is always in the panel (a region added together with its text is often not
 * read), so the result is announced whenever it changes without reading the whole panel again.
 */
export function ResultAnnouncer({
  result,
  otherPage = null,
}: {
  result: ResultView | null;
  otherPage?: string | null;
}) {
  return (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="result-announcer">
      {announcement(result, otherPage)}
    </p>
  );
}
