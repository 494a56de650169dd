import { useRef } from 'preact/hooks';
import type { CaseState } from '@/logic/storage';
import { CaseField, type EditField } from './CaseField';
import { ALL_FIELDS, type FieldSpec, MAIN_FIELDS } from './case-fields';

/**
 * Which fields come first: those the report or the user filled and those the decision lists as missing; a blank case starts from the usual deciding facts. Fixed per prefill, then only added to, so a
 * field never jumps away from under the user's cursor while they edit.
 */
function useLeadingFields(state: CaseState, missing: ReadonlySet<string>): Set<string> {
  const key = `${state.source?.tabId ?? ''} ${state.source?.url ?? ''} ${state.selectionAt ?? ''}`;
  const lead = useRef({ key: '', fields: new Set<string>() });
  if (lead.current.key !== key) {
    const filled = ALL_FIELDS.filter(
      (spec) => (state.evidence[spec.field]?.length ?? 0) > 0 || state.yours.includes(spec.field),
    ).map((spec) => spec.field);
    const seed = filled.length > 0 ? filled : MAIN_FIELDS.map((spec) => spec.field);
    lead.current = { key, fields: new Set(seed) };
  }
  for (const field of missing) lead.current.fields.add(field);
  return lead.current.fields;
}

/**
 * The case facts, after the answer: the fields that decided the route and the ones it misses first, each
 * with the words it came from (or "yours"), then every other field folded under "More facts".
 */
export function CaseForm({
  state,
  missing = new Map(),
  onEdit,
  onReveal,
}: {
  state: CaseState;
  /** Facts the decision lists as unknown, with what they would change. */
  missing?: ReadonlyMap<string, string>;
  onEdit: EditField;
  onReveal(text: string): void;
}) {
  const lead = useLeadingFields(state, new Set(missing.keys()));
  const row = (spec: FieldSpec) => (
    <CaseField
      key={spec.field}
      spec={spec}
      value={state.case}
      evidence={state.evidence[spec.field]}
      yours={state.yours.includes(spec.field)}
      missing={missing.get(spec.field) ?? null}
      onEdit={onEdit}
      onReveal={onReveal}
    />
  );
  const more = ALL_FIELDS.filter((spec) => !lead.has(spec.field));
  return (
    <form class="case-form" aria-label="Case" onSubmit={(event) => event.preventDefault()}>
      {ALL_FIELDS.filter((spec) => lead.has(spec.field)).map(row)}
      {more.length > 0 && (
        <details class="more-facts" data-testid="more-facts">
          <summary>More facts ({more.length})</summary>
          {more.map(row)}
        </details>
      )}
    </form>
  );
}
