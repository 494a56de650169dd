/** A new selection arrived while the form holds the user's edits: ask before touching them. */
export function ReplacePrompt({
  from = null,
  onChoose,
}: {
  /** The title of the report the text came from (its case holds the edits). */
  from?: string | null;
  onChoose(mode: 'replace' | 'keep' | 'dismiss'): void;
}) {
  return (
    <div class="prompt" role="alertdialog" aria-labelledby="replace-question">
      <p id="replace-question">
        New text was selected{from ? ` in “${from}”` : ''}. Prefill that report’s case from it?
      </p>
      <button type="button" class="primary" onClick={() => onChoose('keep')}>
        Prefill, keep my edits
      </button>
      <button type="button" onClick={() => onChoose('replace')}>
        Replace everything
      </button>
      <button type="button" onClick={() => onChoose('dismiss')}>
        Ignore it
      </button>
    </div>
  );
}
