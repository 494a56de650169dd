import type { CaseState } from '@/logic/storage';
import { CaseField, type EditField } from './CaseField';
import { type FieldSpec, MAIN_FIELDS, MORE_FIELDS } from './case-fields';

/** The case, one screen at 360 px: the deciding facts first, rarer ones folded under "More facts". */
export function CaseForm({
  state,
  onEdit,
  onReveal,
}: {
  state: CaseState;
  onEdit: EditField;
  onReveal(text: string): void;
}) {
  const row = (spec: FieldSpec) => (
    <CaseField
      key={spec.field}
      spec={spec}
      value={state.case}
      evidence={state.evidence[spec.field]}
      yours={state.yours.includes(spec.field)}
      onEdit={onEdit}
      onReveal={onReveal}
    />
  );
  const moreFilled = MORE_FIELDS.some((spec) => state.evidence[spec.field] || state.yours.includes(spec.field));
  return (
    <form class="case-form" aria-label="Case" onSubmit={(event) => event.preventDefault()}>
      {MAIN_FIELDS.map(row)}
      <details open={moreFilled}>
        <summary>More facts</summary>
        {MORE_FIELDS.map(row)}
      </details>
    </form>
  );
}
