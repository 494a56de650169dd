/**
 * Every concept the engine reads, by id: the target rules (lexicon.ts) name one each, and the case
 * mapping refers to them. A typed list, so a rule or a case field that names a concept nobody defined
 * is a type error, not a field that silently stays empty.
 */
export const CONCEPT_IDS = [
  // Traps: words that look like a finding and are not one.
  'disc-height',
  'hardware-failure',
  'other-wedge',
  'non-body-fracture',
  'curve-deformity',
  'treated-level',
  'beside-treated-level',
  'pain-site',
  'pain-elsewhere',
  'further-imaging',
  'not-tender',
  'minor-infection',
  'calcium',
  'other-study',
  // Fractures and their signs.
  'heights-maintained',
  'insufficiency-fracture',
  'osteoporotic-fracture',
  'injury-fracture',
  'pathologic-fracture',
  'compression-fracture',
  'height-loss',
  'retropulsion',
  'canal-compromise',
  'fracture',
  'fractured',
  'deformity',
  'acuity-word',
  'acuity-after',
  'absent-before',
  'found-recently',
  'marrow-edema',
  // Treatment.
  'vertebroplasty',
  'kyphoplasty',
  'augmentation',
  'cement',
  'fusion',
  'decompression',
  'spine-surgery',
  // Malignancy.
  'malignant-mri-feature',
  'cancer',
  'destructive-lesion',
  'tumour',
  'mass',
  'chemotherapy',
  'weight-loss',
  'night-pain',
  // Neurology.
  'neuro-intact',
  'neuro-deficit',
  'weakness',
  'nerve-cause',
  'brain-cause',
  'non-spinal-cause',
  'still-present',
  'cord-compression',
  'neural-compression',
  // Bone health and trauma.
  'osteoporosis',
  't-score',
  'steroids',
  'bone-therapy',
  'high-energy-trauma',
  'low-energy-trauma',
  'trauma',
  'work-up-clear',
  // Read by the case mapping only.
  'asymptomatic',
  'pain-free',
  'pain',
  'worsening-pain',
  'mri',
  'infection',
  'coagulopathy',
  'instability',
  'worsening',
  // Anchors: which bone a fracture word is about.
  'vertebra',
  'other-bone-or-hardware',
  // Level words (spine/parse.ts) and regional words.
  'level',
  'region',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];
