import type { AlertId, ScenarioId } from '../criteria/ids';
import type { CaseFacts } from './facts';

/** Scenarios of (mostly) osteoporotic fractures, where the bone disease itself needs treating. */
const OSTEOPOROTIC: readonly ScenarioId[] = [
  'treatment-asymptomatic-osteoporotic',
  'treatment-new-vcf-prior-augmentation-or-surgery',
  'treatment-osteoporotic-with-edema',
  'treatment-benign-worsening',
];

/**
 * Which alerts the case's facts raise, independent of the routing (rule 1 of the routing order and the
 * contract's alert list). decide() then keeps those the pack lets the chosen scenario show.
 */
export function firedAlerts(f: CaseFacts, scenario: ScenarioId | null): Set<AlertId> {
  const c = f.input;
  const fired = new Set<AlertId>();
  const when = (condition: boolean, id: AlertId) => condition && fired.add(id);

  when(f.newDeficit, 'neurologic-emergency');
  when(
    c.malignancy === true || c.malignancy === 'uncertain' || c.weightLoss === true || c.nightPain === true,
    'malignancy-red-flags',
  );
  when(c.malignantMriFeatures === true, 'malignant-mri-features');
  when(f.sameLevel, 'same-level-recurrence');
  // A contraindication to a procedure matters where there is a fracture a procedure could treat.
  when(f.fractureRecorded && (c.activeInfection === true || c.coagulopathy === true), 'procedure-contraindication');
  // Care that failed for a disc herniation is no reason to reconsider augmentation: only a fracture's.
  when(
    f.fractureRecorded && c.failedConservativeWeeks !== null && c.failedConservativeWeeks >= 2,
    'failed-conservative-therapy',
  );
  when(f.nextToFusion.length > 0, 'adjacent-to-fusion');
  when(f.nextToAugmentation.length > 0, 'adjacent-to-augmentation');
  // The case's retropulsion fact covers canal compromise; alone or with instability it needs a surgeon's view.
  when(c.retropulsion === true || c.instability === true, 'instability-or-compression');
  when(!f.mriKnown, 'mri-before-augmentation');
  when(c.highEnergyTrauma === true && f.youngerWithoutBoneDisease, 'high-energy-trauma');
  when(c.symptomatic === false && f.fractureRecorded, 'asymptomatic-incidental');
  // Bone disease that the case denies ("DEXA normal, no osteoporosis") needs no treatment advice; nor does
  // osteopenia in a back-pain note with no fracture on record (the advice is a fracture's). A silent fracture implies
  // bone disease to treat, except in a patient with cancer, whose new fracture is a question of a metastasis first.
  when(
    f.fractureRecorded &&
      c.pathologicFracture !== true &&
      c.osteoporosis !== false &&
      (c.osteoporosis === true ||
        (scenario !== null && OSTEOPOROTIC.includes(scenario)) ||
        (fired.has('asymptomatic-incidental') && c.malignancy !== true)),
    'osteoporosis-treatment',
  );
  return fired;
}
