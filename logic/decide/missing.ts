import type { CaseField } from '../case';
import type { ScenarioId } from '../criteria/ids';
import type { CaseFacts } from './facts';

export interface MissingFact {
  field: CaseField;
  text: string;
}

/** Unknown facts that would change the scenario, the ratings or an alert, most decisive first. */
export function missingFacts(f: CaseFacts, scenario: ScenarioId | null): MissingFact[] {
  const c = f.input;
  const anyFracture = f.newFracture || c.fractureLevels.length > 0;
  const missing: MissingFact[] = [];
  const when = (condition: boolean, field: CaseField, text: string) => condition && missing.push({ field, text });

  when(
    c.neuroDeficit === null,
    'neuroDeficit',
    'Neurologic status not stated: a new or worsening deficit makes this an emergency.',
  );
  when(
    !anyFracture && c.knownFractureWorsening !== true,
    'newFractureLevels',
    'No fracture level given: a new fracture is what most scenarios start from.',
  );
  when(
    c.symptomatic === null,
    'symptomatic',
    'Unknown whether the fracture causes symptoms: without symptoms, care is conservative.',
  );
  when(
    anyFracture && !f.mriKnown,
    'mriDone',
    'No MRI: marrow edema (how recent the fracture is) and signs of a tumour are unknown.',
  );
  when(
    scenario === 'treatment-asymptomatic-osteoporotic' && c.osteoporosis === null,
    'osteoporosis',
    'Osteoporosis is assumed, not stated: if the bone is known to be healthy (e.g. a traumatic fracture), no ACR scenario fits.',
  );
  when(
    c.malignancy === null,
    'malignancy',
    'Cancer history unknown: it changes the imaging choice and the suspicion of a pathologic fracture.',
  );
  when(
    f.newFracture && !f.priorIntervention && c.priorSurgeryUnspecified === null,
    'priorSurgeryUnspecified',
    'Unknown whether the spine was augmented or operated on before: that leads to a different scenario.',
  );
  when(
    c.priorSurgeryUnspecified === true && f.treated.length === 0,
    'fusionLevels',
    'Level of the earlier spine surgery unknown: pain at that same level needs a different work-up.',
  );
  when(
    f.priorIntervention && c.painAtTreatedLevel === null && f.newLevels.length === 0,
    'painAtTreatedLevel',
    'Unknown whether the pain is at the level treated before or elsewhere.',
  );
  when(
    c.malignancy === true && c.pathologicFracture === null && anyFracture,
    'pathologicFracture',
    'Not known whether this fracture is pathologic: an established tumour fracture has its own treatment scenario.',
  );
  when(
    !f.newFracture && c.fractureLevels.length > 0 && c.knownFractureWorsening === null,
    'knownFractureWorsening',
    'Not known whether the known fracture is getting worse (pain, collapse, breathing).',
  );
  when(
    c.highEnergyTrauma === null && f.youngerWithoutBoneDisease && anyFracture,
    'highEnergyTrauma',
    'Mechanism unknown: high-energy trauma in a younger patient falls outside this topic.',
  );
  return missing;
}
