import type { EvidenceSpan } from '@/logic/case';

/** The words a prefilled value came from; a click shows them on the page. */
export function EvidenceChip({ span, onReveal }: { span: EvidenceSpan; onReveal(text: string): void }) {
  const words = span.text.length > 48 ? `${span.text.slice(0, 45)}…` : span.text;
  return (
    <button type="button" class="chip" title="Show these words in the report" onClick={() => onReveal(span.text)}>
      <span class="visually-hidden">From the report: </span>“{words}”
    </button>
  );
}
