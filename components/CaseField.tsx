import type { CaseInput, EvidenceSpan, CaseField as Field } from '@/logic/case';
import type { FieldSpec } from './case-fields';
import { EvidenceChip } from './EvidenceChip';
import { FactToggle, MalignancyToggle } from './FactToggle';
import { LevelPicker } from './LevelPicker';
import { NumberInput } from './NumberInput';

export type EditField = <K extends Field>(field: K, value: CaseInput[K]) => void;

/** One fact of the case: its control, then where the value came from (report words) or "yours". */
export function CaseField({
  spec,
  value,
  evidence,
  yours,
  missing = null,
  onEdit,
  onReveal,
}: {
  spec: FieldSpec;
  value: CaseInput;
  evidence: EvidenceSpan[] | undefined;
  yours: boolean;
  /** What knowing this fact would change, when the decision misses it. */
  missing?: string | null;
  onEdit: EditField;
  onReveal(text: string): void;
}) {
  const id = `field-${spec.field}`;
  return (
    <div class={missing ? 'field missing' : 'field'} data-field={spec.field}>
      {spec.kind === 'levels' && (
        <LevelPicker
          id={id}
          label={spec.label}
          value={value[spec.field]}
          onChange={(levels) => onEdit(spec.field, levels)}
        />
      )}
      {spec.kind === 'fact' && (
        <FactToggle
          name={id}
          label={spec.label}
          value={value[spec.field]}
          onChange={(fact) => onEdit(spec.field, fact)}
        />
      )}
      {spec.kind === 'malignancy' && (
        <MalignancyToggle
          name={id}
          label={spec.label}
          value={value.malignancy}
          onChange={(fact) => onEdit('malignancy', fact)}
        />
      )}
      {spec.kind === 'number' && (
        <NumberInput
          id={id}
          label={spec.label}
          value={value[spec.field]}
          min={spec.min}
          max={spec.max}
          whole={spec.whole}
          onChange={(number) => onEdit(spec.field, number)}
        />
      )}
      {missing && !yours && <p class="missing-note">Missing: {missing}</p>}
      {yours ? (
        <span class="yours">yours</span>
      ) : (
        evidence?.map((span) => <EvidenceChip key={`${span.start}-${span.end}`} span={span} onReveal={onReveal} />)
      )}
    </div>
  );
}
