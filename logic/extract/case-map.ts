import type { CaseField } from '../case';
import type { ConceptId } from '../terms/concept-ids';

/**
 * Case mapping as data: which concepts fill which yes/no field of the case. A field is yes when one of
 * its concepts is affirmed (or stated as history, where the past counts), no when the text only denies
 * them, unknown otherwise. Fields that need more than that (levels, acuity, age, malignancy's three
 * values, the neurologic deficit with its non-spinal causes, osteoporosis also read from a T-score) have readers of
 * their own in index.ts.
 */
export interface FactRule {
  field: CaseField;
  concepts: readonly ConceptId[];
  /** Whether "history of ..." makes the field yes: past osteoporosis is still osteoporosis; past sepsis is not active infection. */
  pastCounts: boolean;
  /** Whether a finding only raised makes the field yes: instability suspected needs the surgeon's view as much as one seen. */
  raisedCounts?: boolean;
}

export const FACT_RULES: readonly FactRule[] = [
  { field: 'knownFractureWorsening', concepts: ['worsening'], pastCounts: true },
  { field: 'marrowEdema', concepts: ['marrow-edema'], pastCounts: true },
  { field: 'pathologicFracture', concepts: ['pathologic-fracture'], pastCounts: true },
  { field: 'weightLoss', concepts: ['weight-loss'], pastCounts: true },
  { field: 'nightPain', concepts: ['night-pain'], pastCounts: true },
  { field: 'malignantMriFeatures', concepts: ['malignant-mri-feature'], pastCounts: true },
  // "... widening of the interspinous distance, concerning for failure of the posterior ligamentous complex and instability".
  { field: 'instability', concepts: ['instability'], pastCounts: true, raisedCounts: true },
  { field: 'activeInfection', concepts: ['infection'], pastCounts: false },
  { field: 'coagulopathy', concepts: ['coagulopathy'], pastCounts: false },
];
