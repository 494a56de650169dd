/** The panel's own prefill paths, and "Clear", which forgets the case and any waiting selection. */
export function PrefillBar({
  canReadPage,
  onUseSelection,
  onReadReport,
  onClear,
}: {
  canReadPage: boolean;
  onUseSelection(): void;
  onReadReport(): void;
  onClear(): void;
}) {
  return (
    <div class="toolbar">
      <button type="button" class="primary" disabled={!canReadPage} onClick={onUseSelection}>
        Use selection
      </button>
      <button type="button" disabled={!canReadPage} onClick={onReadReport}>
        Read whole report
      </button>
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
