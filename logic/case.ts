import { z } from 'zod';
import { LevelSchema } from './spine/levels';

/**
 * The case: everything the side panel's form can hold and decide() reads.
 * Every fact may be unknown (null). Field names shared with the analyze contract
 * (../shared/design/ANALYZE-CONTRACT.md) keep the contract's spelling.
 */
const Fact = z.boolean().nullable();
const Levels = z.array(LevelSchema);

export const ACUITIES = ['acute', 'subacute', 'chronic', 'age-indeterminate'] as const;
export const AcuitySchema = z.enum(ACUITIES);

export const CaseInputSchema = z.object({
  age: z.number().int().min(0).max(130).nullable(),
  sex: z.enum(['female', 'male']).nullable(),

  /** Affirmed vertebral fracture/deformity, any age, head to tail. */
  fractureLevels: Levels,
  /** The fracture(s) this case is about: new (acute/subacute or newly found). */
  newFractureLevels: Levels,
  /** Acuity per level where the text or the user states it. */
  fractureAcuity: z.partialRecord(LevelSchema, AcuitySchema),
  /** Height loss of the worst fracture, percent (Genant grade derives from it). */
  heightLossPercent: z.number().min(0).max(100).nullable(),
  /**
   * A new fracture the text names at no level, and no fractured level at all: a report's masked "new compression
   * deformity of the T-XXXX vertebra", "a new compression deformity of a lower thoracic vertebral body". A case saved
   * before the field existed reads as unknown.
   */
  newFractureLevelUnnamed: Fact.default(null),
  /**
   * A vertebral fracture the text names at no level, and no fractured level at all, new or not: a masked "mild compression
   * deformity of the T-XXXX vertebra, age indeterminate". It puts a fracture on record. A case saved before the field
   * existed reads as unknown.
   */
  fractureLevelUnnamed: Fact.default(null),
  /** A fracture already known (not new) that is getting worse. */
  knownFractureWorsening: Fact,

  symptomatic: Fact,
  symptomWeeks: z.number().min(0).max(520).nullable(),
  painSeverity: z.number().int().min(0).max(10).nullable(),
  failedConservativeWeeks: z.number().min(0).max(520).nullable(),

  /** Vertebroplasty/kyphoplasty done (past or in this note); not planned. */
  augmentationLevels: Levels,
  /** Fused/instrumented levels; not planned. */
  fusionLevels: Levels,
  /**
   * Levels the procedure this note reports treated (an operative or procedure note): the case's fracture
   * treated now, not an earlier treatment. They stay in the augmentation and fusion levels. A case saved
   * before the field existed reads as none.
   */
  treatedInNoteLevels: Levels.default([]),
  /** Spine surgery at an unnamed level ("prior lumbar fusion"). */
  priorSurgeryUnspecified: Fact,
  /** Free words on when the prior intervention was done ("2 years ago"). */
  priorInterventionWhen: z.string().max(200).nullable(),
  /** The pain is at a level that was augmented or fused before. */
  painAtTreatedLevel: Fact,

  mriDone: Fact,
  marrowEdema: Fact,

  /** true: history of cancer or a suspected/confirmed malignant lesion; "uncertain": raised only. */
  malignancy: z.union([z.boolean(), z.literal('uncertain')]).nullable(),
  /** A pathologic (tumour) fracture is established, not just suspected. */
  pathologicFracture: Fact,
  weightLoss: Fact,
  nightPain: Fact,
  /** Convex posterior cortex, pedicle involvement, epidural/paraspinal soft-tissue mass. */
  malignantMriFeatures: Fact,

  /** A neurologic deficit now, new or old: true, explicitly denied (false) or not addressed (null). */
  neuroDeficit: Fact,
  /**
   * Every deficit the text names is long-standing and unchanged ("paraplegia since a fall in 2009", "a foot drop
   * ever since, unchanged"): a deficit, but no new or progressive one for the emergency. A case saved before the
   * field existed reads as unknown.
   */
  deficitLongStanding: Fact.default(null),
  retropulsion: Fact,
  instability: Fact,

  activeInfection: Fact,
  coagulopathy: Fact,
  highEnergyTrauma: Fact,
  /** Underlying bone disease (osteoporosis/osteopenia). */
  osteoporosis: Fact,
});

export type CaseInput = z.infer<typeof CaseInputSchema>;
export type CaseField = keyof CaseInput;

/** A case where nothing is known: the form's empty state and the extractor's starting point. */
export function emptyCase(): CaseInput {
  return {
    age: null,
    sex: null,
    fractureLevels: [],
    newFractureLevels: [],
    fractureAcuity: {},
    newFractureLevelUnnamed: null,
    fractureLevelUnnamed: null,
    heightLossPercent: null,
    knownFractureWorsening: null,
    symptomatic: null,
    symptomWeeks: null,
    painSeverity: null,
    failedConservativeWeeks: null,
    augmentationLevels: [],
    fusionLevels: [],
    treatedInNoteLevels: [],
    priorSurgeryUnspecified: null,
    priorInterventionWhen: null,
    painAtTreatedLevel: null,
    mriDone: null,
    marrowEdema: null,
    malignancy: null,
    pathologicFracture: null,
    weightLoss: null,
    nightPain: null,
    malignantMriFeatures: null,
    neuroDeficit: null,
    deficitLongStanding: null,
    retropulsion: null,
    instability: null,
    activeInfection: null,
    coagulopathy: null,
    highEnergyTrauma: null,
    osteoporosis: null,
  };
}

/** Where a field's value came from: a span of the analysed text. */
export const EvidenceSpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

export const EvidenceSchema = z.partialRecord(
  z.enum(Object.keys(CaseInputSchema.shape) as [CaseField, ...CaseField[]]),
  z.array(EvidenceSpanSchema),
);
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What extraction returns: the case plus, per filled field, the words it came from. */
export interface CaseDraft {
  case: CaseInput;
  evidence: Evidence;
}
