import type { CaseInput } from '@/logic/case';

/** Fields of each kind the form can edit (the case's other fields are set by extraction only). */
export type LevelField =
  | 'newFractureLevels'
  | 'augmentationLevels'
  | 'fusionLevels'
  | 'fractureLevels'
  | 'treatedInNoteLevels';
export type FactField = {
  [K in keyof CaseInput]: CaseInput[K] extends boolean | null ? (null extends CaseInput[K] ? K : never) : never;
}[keyof CaseInput];
export type NumberField = 'age' | 'symptomWeeks' | 'painSeverity' | 'failedConservativeWeeks' | 'heightLossPercent';

export type FieldSpec =
  | { kind: 'levels'; field: LevelField; label: string }
  | { kind: 'fact'; field: FactField; label: string }
  | { kind: 'malignancy'; field: 'malignancy'; label: string }
  | { kind: 'number'; field: NumberField; label: string; min: number; max: number; whole?: boolean };

/** The facts that most often decide the scenario, shown first; labels name what the user types. */
export const MAIN_FIELDS: FieldSpec[] = [
  { kind: 'levels', field: 'newFractureLevels', label: 'New fracture levels' },
  { kind: 'levels', field: 'augmentationLevels', label: 'Prior augmentation levels' },
  { kind: 'levels', field: 'fusionLevels', label: 'Prior fusion levels' },
  { kind: 'fact', field: 'symptomatic', label: 'Symptoms from the fracture' },
  { kind: 'number', field: 'symptomWeeks', label: 'Symptoms, weeks', min: 0, max: 520 },
  { kind: 'number', field: 'painSeverity', label: 'Pain 0–10', min: 0, max: 10, whole: true },
  { kind: 'fact', field: 'neuroDeficit', label: 'Neurologic deficit' },
  { kind: 'malignancy', field: 'malignancy', label: 'Malignancy' },
  { kind: 'fact', field: 'painAtTreatedLevel', label: 'Pain at a treated level' },
  { kind: 'fact', field: 'mriDone', label: 'MRI done' },
  { kind: 'fact', field: 'marrowEdema', label: 'Marrow edema on MRI' },
];

/** Facts that decide rarer branches, folded away under "More facts". */
export const MORE_FIELDS: FieldSpec[] = [
  { kind: 'number', field: 'age', label: 'Age', min: 0, max: 130, whole: true },
  { kind: 'number', field: 'failedConservativeWeeks', label: 'Failed conservative care, weeks', min: 0, max: 520 },
  { kind: 'levels', field: 'fractureLevels', label: 'All fracture levels' },
  { kind: 'fact', field: 'fractureLevelUnnamed', label: 'Fracture, level not named' },
  { kind: 'fact', field: 'newFractureLevelUnnamed', label: 'New fracture, level not named' },
  { kind: 'levels', field: 'treatedInNoteLevels', label: 'Treated by this note’s procedure' },
  { kind: 'number', field: 'heightLossPercent', label: 'Height loss %', min: 0, max: 100 },
  { kind: 'fact', field: 'deficitLongStanding', label: 'Deficit long-standing, not new' },
  { kind: 'fact', field: 'knownFractureWorsening', label: 'Known fracture worsening' },
  { kind: 'fact', field: 'pathologicFracture', label: 'Pathologic fracture established' },
  { kind: 'fact', field: 'malignantMriFeatures', label: 'Malignant features on MRI' },
  { kind: 'fact', field: 'weightLoss', label: 'Unexplained weight loss' },
  { kind: 'fact', field: 'nightPain', label: 'Night pain' },
  { kind: 'fact', field: 'retropulsion', label: 'Retropulsion with compression' },
  { kind: 'fact', field: 'instability', label: 'Instability or marked deformity' },
  { kind: 'fact', field: 'priorSurgeryUnspecified', label: 'Prior spine surgery, level unnamed' },
  { kind: 'fact', field: 'osteoporosis', label: 'Osteoporosis' },
  { kind: 'fact', field: 'highEnergyTrauma', label: 'High-energy trauma' },
  { kind: 'fact', field: 'activeInfection', label: 'Active infection' },
  { kind: 'fact', field: 'coagulopathy', label: 'Uncorrectable coagulopathy' },
];

/** Every field the form can edit, in the form's order. */
export const ALL_FIELDS: FieldSpec[] = [...MAIN_FIELDS, ...MORE_FIELDS];

/** The form's label of a case field (its name when the form has no control for it). */
export function labelOf(field: string): string {
  return ALL_FIELDS.find((spec) => spec.field === field)?.label ?? field;
}

/** Whether a field holds something: a level, a number, yes/no/raised. */
export function isFilled(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
}
