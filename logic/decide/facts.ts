import type { CaseInput } from '../case';
import { adjacentTo, isSameLevel, type Level, sortLevels } from '../spine/levels';

/** The case read once into the facts the routing order, alerts and missing-fact notes talk about. */
export interface CaseFacts {
  input: CaseInput;
  /** Levels augmented before this note (its own procedure's levels left out). */
  priorAugmentation: Level[];
  /** Levels fused before this note (its own procedure's levels left out). */
  priorFusion: Level[];
  /** Augmented and fused levels together, before this note. */
  treated: Level[];
  /** Levels of the fracture(s) this case is about: listed as new, or acute/subacute by stated acuity. */
  newLevels: Level[];
  /**
   * A new fracture: new levels, one new at no named level, or marrow edema (which marks acuity even without a level)
   * beside no known fracture getting worse.
   */
  newFracture: boolean;
  /** A fracture whose age the images could not tell, and no fracture called new: what an MRI is for. */
  ageUnknown: boolean;
  /** Any vertebral fracture on record: new, at a named level or at one the text does not name, or a known one getting worse. */
  fractureRecorded: boolean;
  priorIntervention: boolean;
  /** Pain at a treated level, or every new fracture level lies within a treated level. */
  sameLevel: boolean;
  /** A new fracture level that was never treated. */
  newElsewhere: boolean;
  /** MRI done, or its finding on marrow edema recorded (which presupposes one). */
  mriKnown: boolean;
  nextToFusion: Level[];
  nextToAugmentation: Level[];
  /** A deficit that is new or progressive (rule 1), not one long-standing and unchanged. */
  newDeficit: boolean;
  /**
   * Outside the topic's scope only in "younger patients without underlying bone disease". The facts sheet
   * gives no age, so younger means under 50 (when the usual osteoporotic population starts thinning out)
   * or osteoporosis explicitly denied; a stated osteoporosis or an established tumour is bone disease.
   */
  youngerWithoutBoneDisease: boolean;
}

export function caseFacts(input: CaseInput): CaseFacts {
  // What this note's own procedure treated is the case's fracture, not an earlier treatment.
  const before = (levels: Level[]) => levels.filter((level) => !input.treatedInNoteLevels.includes(level));
  const priorAugmentation = before(input.augmentationLevels);
  const priorFusion = before(input.fusionLevels);
  const treated = sortLevels([...priorAugmentation, ...priorFusion]);
  const acute = input.fractureLevels.filter((level) => {
    const acuity = input.fractureAcuity[level];
    return acuity === 'acute' || acuity === 'subacute';
  });
  const newLevels = sortLevels([...input.newFractureLevels, ...acute]);
  const priorIntervention =
    priorAugmentation.length > 0 || priorFusion.length > 0 || input.priorSurgeryUnspecified === true;
  const allWithinTreated = newLevels.length > 0 && newLevels.every((level) => isSameLevel(level, treated));
  const younger = (input.age !== null && input.age < 50) || input.osteoporosis === false;
  // Edema at no new level marks a new fracture, unless the case is a known fracture getting worse: then
  // the edema is that fracture's; so does a new fracture whose level the text does not name.
  const newFracture =
    newLevels.length > 0 ||
    input.newFractureLevelUnnamed === true ||
    (input.marrowEdema === true && input.knownFractureWorsening !== true);
  return {
    input,
    priorAugmentation,
    priorFusion,
    treated,
    newLevels,
    newFracture,
    ageUnknown:
      !newFracture && input.fractureLevels.some((level) => input.fractureAcuity[level] === 'age-indeterminate'),
    fractureRecorded:
      newFracture ||
      input.fractureLevels.length > 0 ||
      input.fractureLevelUnnamed === true ||
      input.knownFractureWorsening === true,
    priorIntervention,
    sameLevel: input.painAtTreatedLevel === true || allWithinTreated,
    newElsewhere: newLevels.some((level) => !isSameLevel(level, treated)),
    mriKnown: input.mriDone === true || input.marrowEdema !== null,
    nextToFusion: adjacentTo(newLevels, priorFusion),
    nextToAugmentation: adjacentTo(newLevels, priorAugmentation),
    newDeficit: input.neuroDeficit === true && input.deficitLongStanding !== true,
    youngerWithoutBoneDisease:
      younger && input.osteoporosis !== true && input.pathologicFracture !== true && input.malignancy !== true,
  };
}

/** "T11" or "T11, T12"; empty when the level is not stated. */
export function levelsText(levels: readonly Level[]): string {
  return levels.join(', ');
}
