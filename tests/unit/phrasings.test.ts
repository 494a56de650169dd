import { describe, expect, it } from 'vitest';
import { extractCase } from '@/logic';
import type { CaseInput } from '@/logic/case';

/**
 * One row per phrasing pattern the engine reads: a sentence of our own (never a corpus file's words)
 * and the case fields it must give. Adding a phrasing to the rule data means adding a row here.
 */
type Row = [text: string, expected: Partial<CaseInput> & { vcf?: boolean | 'uncertain' }];

function check(rows: Row[]) {
  it.each(rows)('%s', (text, expected) => {
    const { case: c, vcf } = extractCase(text);
    const read = { ...c, vcf };
    for (const [field, value] of Object.entries(expected)) {
      expect(read[field as keyof typeof read], field).toEqual(value);
    }
  });
}

describe('demographics in clinical English and in requisition shorthand', () => {
  check([
    ['HISTORY: 67M, fell from a chair.', { age: 67, sex: 'male' }],
    ['Indication: 59 F with back pain.', { age: 59, sex: 'female' }],
    ['REASON: 83 YO F, COUGH.', { age: 83, sex: 'female' }],
    ['Req: 71 y/o M, back pain.', { age: 71, sex: 'male' }],
    ['Indication: F/64, cough.', { age: 64, sex: 'female' }],
    ['Age/Sex: 58/M. Dyspnea.', { age: 58, sex: 'male' }],
    ['PATIENT: Mr. T., 77 years. Chest pain.', { age: 77, sex: 'male' }],
    ['A seventy-two-year-old man with back pain.', { age: 72, sex: 'male' }],
    ['Female with shortness of breath.', { sex: 'female' }],
    ['XXXX-year-old with cough. Says she is tired.', { age: null, sex: 'female' }],
    ['Temperature 98.6 F on arrival.', { age: null, sex: null }],
  ]);
});

describe('a fracture word is vertebral only with a vertebral anchor', () => {
  check([
    ['There is a fracture of the upper lumbar vertebral body.', { vcf: true }],
    ['A fracture is seen in a low thoracic vertebra.', { vcf: true }],
    ['Old fractures of several lumbar vertebral bodies.', { vcf: true, fractureLevels: [] }],
    ['Mild loss of height of a vertebral body in the mid thoracic spine.', { vcf: true }],
    ['The L1 vertebral body is fractured.', { vcf: true, fractureLevels: ['L1'] }],
    ['Deformity of L3 is unchanged.', { vcf: true, fractureLevels: ['L3'] }],
    ['L2 and L3 deformities.', { fractureLevels: ['L2', 'L3'] }],
    ['Mild compression of L4, stable.', { fractureLevels: ['L4'] }],
    ['L1 acute compression fracture.', { fractureLevels: ['L1'], newFractureLevels: ['L1'] }],
    ['Req: new L1 CF on XR.', { fractureLevels: ['L1'] }],
    ['Healing fracture of the left 7th rib.', { vcf: false }],
    ['Chronic deformity of the right humerus.', { vcf: false }],
    ['Fractured fixation plate at L2.', { vcf: false, fractureLevels: [] }],
    ['Collapsed disc space at L5-S1.', { vcf: false, fractureLevels: [] }],
    ['A wedge-shaped opacity in the right upper lobe.', { vcf: false }],
    ['Thoracic kyphotic deformity.', { vcf: false }],
    ['The L3 body is flattened.', { vcf: true, fractureLevels: ['L3'] }],
    ['The diaphragm is flattened.', { vcf: false }],
    ['The lumbar spine curvature is markedly flattened.', { vcf: false }],
    ['Flattening of the inferior endplate of T9.', { vcf: true, fractureLevels: ['T9'] }],
    ['Flattening of the hemidiaphragms.', { vcf: false }],
    ['A mild compression XXXX of L2 is unchanged.', { vcf: true, fractureLevels: ['L2'] }],
    ['Tracheal compression XXXX by the goiter.', { vcf: false }],
    ['Cystic fibrosis (CF) with bronchiectasis.', { vcf: false }],
    ['Lateral view (spine T4-L4): mild wedge deformity of T9.', { fractureLevels: ['T9'] }],
  ]);
});

describe('augmentation implies the fracture it treats', () => {
  check([
    ['Vertebroplasty changes at T9.', { vcf: true, augmentationLevels: ['T9'], fractureLevels: [] }],
    ['Verterbroplasty near the thoracolumbar junction.', { vcf: true }],
    ['Preprocedure film before a planned L2 kyphoplasty.', { vcf: true, augmentationLevels: [] }],
    ['Consult: 80 y/o F s/p T12 VP.', { augmentationLevels: ['T12'] }],
    ['VP shunt tubing noted.', { vcf: false, augmentationLevels: [] }],
  ]);
});

describe('neurologic deficit, malignancy shorthand', () => {
  check([
    ['INDICATION: Generalized weakness.', { neuroDeficit: null }],
    ['He denies weakness.', { neuroDeficit: false }],
    ['New weakness of the right lower extremity.', { neuroDeficit: true }],
    ['PMH MM, on lenalidomide.', { malignancy: true }],
    ['No hx ca.', { malignancy: false }],
    ['Lesion 5 MM in size.', { malignancy: null }],
    ['Labs: Ca 9.6.', { malignancy: null }],
    ['Bone scan would help to evaluate for metastatic disease.', { malignancy: 'uncertain' }],
  ]);
});

describe('case facts a short case note states plainly', () => {
  check([
    ['No MRI has been done so far.', { mriDone: false }],
    ['MRI has not been done.', { mriDone: false }],
    ['MRI not yet obtained.', { mriDone: false }],
    ['MRI pending.', { mriDone: false }],
    ['MRI shows edema at L1.', { mriDone: true }],
    ['A new, painful L3 fracture on radiographs.', { symptomatic: true, fractureLevels: ['L3'] }],
    ['c/o LBP x2 wk. XR: new T12 CF.', { symptomatic: true, newFractureLevels: ['T12'] }],
    ['Tender over the spinous processes.', { symptomatic: true }],
    ['She is pain-free today.', { symptomatic: false }],
    ['asx, found on CT.', { symptomatic: false }],
    ['New T10 fracture, not present on the study from last spring.', { newFractureLevels: ['T10'] }],
    ['An L4 fracture that was not present before.', { fractureLevels: ['L4'] }],
    ['He has never been diagnosed with cancer.', { malignancy: false }],
    ['Pathologic T8 compression fracture from myeloma.', { pathologicFracture: true, fractureLevels: ['T8'] }],
    ['Painful T9 osteoporotic compression fracture.', { fractureLevels: ['T9'] }],
    ['Two T6 + T7 wedge fx on CXR.', { fractureLevels: ['T6', 'T7'] }],
    ['Known L2 path fx.', { fractureLevels: ['L2'], pathologicFracture: true }],
    ['s/p T11-L1 fusion, now incr pain at T12.', { symptomatic: true }],
    ['His legs feel weak since this morning.', { neuroDeficit: true }],
    ['Strength and sensation are normal.', { neuroDeficit: false }],
    ['BLE 5/5, no bowel/bladder sx.', { neuroDeficit: false }],
    ['no neuro sx.', { neuroDeficit: false }],
  ]);
});

describe('after augmentation: same level or another', () => {
  check([
    [
      'Prior L3 kyphoplasty for an osteoporotic compression fracture.',
      { augmentationLevels: ['L3'], fractureLevels: ['L3'] },
    ],
    ["s/p L4 KP ('21) for osteoporotic CF.", { augmentationLevels: ['L4'], fractureLevels: ['L4'] }],
    [
      'Earlier vertebroplasties for T9 and T10 fractures; a new L2 wedge fracture now.',
      { augmentationLevels: ['T9', 'T10'] },
    ],
    ['L1 kyphoplasty last year; pain again over the level that was cemented.', { painAtTreatedLevel: true }],
    ['L1 kyphoplasty last year; recurrent pain centred on the cemented level.', { painAtTreatedLevel: true }],
    ['L2 vertebroplasty in 2020. Now pain at L2 for 3 weeks.', { painAtTreatedLevel: true }],
    ['T10 vertebroplasty in 2020; new pain above the treated level.', { painAtTreatedLevel: false }],
    ['Kyphoplasty of T12 in 2022. Pain now two levels below, at L2.', { painAtTreatedLevel: false }],
    ['L1 vertebroplasty; no pain there now.', { painAtTreatedLevel: false }],
  ]);
});

describe('a known fracture getting worse', () => {
  check([
    ['Known T12 fracture; standing films show increasing anterior wedging.', { knownFractureWorsening: true }],
    ['Increasing pain and further loss of height on follow-up films.', { knownFractureWorsening: true }],
  ]);
});

describe('phrasings of care and deficits in full sentences', () => {
  check([
    ['Three weeks of a brace and analgesics without relief.', { failedConservativeWeeks: 3 }],
    ['Pain still 7/10 after 5 weeks of bracing and physical therapy.', { failedConservativeWeeks: 5 }],
    ['Worse despite 6 wk PT/analgesics.', { failedConservativeWeeks: 6 }],
    ['Managed conservatively; at 8 weeks the pain is no better.', { failedConservativeWeeks: 8 }],
    ["Since last night she can't lift her legs.", { neuroDeficit: true }],
    ['He has lost control of his bladder.', { neuroDeficit: true }],
    ['Retropulsed fragment compressing the conus.', { retropulsion: true }],
    ['Posterior ligamentous disruption.', { instability: true }],
    ['Motorcycle collision at highway speed.', { highEnergyTrauma: true }],
    ['Febrile with pneumonia on IV antibiotics.', { activeInfection: true }],
  ]);
});

describe('a text reads the same whatever was read before it', () => {
  it('gives a context-dependent word its meaning in each text', () => {
    extractCase('Osteoporotic bones. Lesion 5 MM. No hx ca.');
    expect(extractCase('Known T12 osteoporotic wedge fracture.').case.fractureLevels).toEqual(['T12']);
    expect(extractCase('PMH MM.').case.malignancy).toBe(true);
  });
});

describe('more case-note wording', () => {
  check([
    ['She fell about 4 metres from a ladder.', { highEnergyTrauma: true }],
    ['Fell from a balcony.', { highEnergyTrauma: true }],
    ['Newly dx NSCLC.', { malignancy: true }],
    ['Known lung mets.', { malignancy: true }],
    ['MRI: L3 edema +.', { mriDone: true, marrowEdema: true }],
    ['Acute L2 fracture with STIR edema.', { marrowEdema: true }],
    ['Mild pulmonary edema.', { marrowEdema: null }],
    ['Pain 8/10 x3 wk despite brace/meds.', { failedConservativeWeeks: 3 }],
    [
      'T9 kyphoplasty for a fracture (2020), now has new pain at L2; a new L2 fracture.',
      { augmentationLevels: ['T9'], fractureLevels: ['T9', 'L2'] },
    ],
    [
      'T10 vertebroplasty last year, now severe back pain. Further height loss of the T10 body around the cement.',
      { painAtTreatedLevel: true, knownFractureWorsening: true },
    ],
  ]);
});

describe('neurologic findings that are not a spinal deficit', () => {
  check([
    ['The cauda equina was seen and protected.', { neuroDeficit: null }],
    ['Cauda equina syndrome on arrival.', { neuroDeficit: true }],
    ['This may result in weakness of both legs.', { neuroDeficit: null }],
    ['Tibialis anterior strength is 3 out of 5.', { neuroDeficit: true }],
    ['Strength 5/5 throughout.', { neuroDeficit: false }],
    ['Numbness of both hands from carpal tunnel syndrome.', { neuroDeficit: null }],
  ]);
});

describe('other health systems and genres', () => {
  check([
    ['Sex: F. Age: 81. Back pain.', { age: 81, sex: 'female' }],
    ['Gender: male', { sex: 'male' }],
    ['Patient: F 78, fall.', { age: 78, sex: 'female' }],
    ['Miss T., 70 years old.', { sex: 'female', age: 70 }],
    ['A 16F catheter was placed.', { age: null, sex: null }],
    ['82y F, wedge # of T12.', { age: 82, sex: 'female', fractureLevels: ['T12'] }],
    ['Osteoporotic crush # L1.', { fractureLevels: ['L1'] }],
    ['DXA WITH VERTEBRAL FRACTURE ASSESSMENT. No vertebral fracture identified.', { vcf: false }],
    ['Mild compression of a lower thoracic vertebral body.', { vcf: true }],
    ['Compression of the vertebral artery by an osteophyte.', { vcf: false }],
    ['Healed NOF fracture on the left.', { vcf: false }],
    ['Bone marrow oedema at T11 with a superior endplate fracture.', { marrowEdema: true, fractureLevels: ['T11'] }],
  ]);
});

describe('deformities a benign variant explains', () => {
  check([
    ['Endplate depressions of the vertebral bodies, compatible with sickle cell changes.', { vcf: false }],
    ['Mild wedging of T7, which may be developmental.', { vcf: 'uncertain', fractureLevels: [] }],
  ]);
});

describe('findings named by muscle or lesion kind', () => {
  check([
    ['Weakness of right plantarflexion on exam.', { neuroDeficit: true }],
    ['Left triceps weakness.', { neuroDeficit: true }],
    ['No suspicious lytic or blastic lesion.', { malignancy: false }],
    ['No suspicious osseous lesion.', { malignancy: false }],
  ]);
});

describe('a fracture risk is not a fracture', () => {
  check([
    ['10-year major osteoporotic fracture risk 21%, hip fracture risk 4%.', { vcf: false }],
    ['Treatment lowers the risk of a new vertebral fracture.', { vcf: false }],
  ]);
});

describe('treatment dates and plans', () => {
  check([
    [
      'History: L3 kyphoplasty in 2018 for osteoporotic compression fracture.',
      { fractureLevels: ['L3'], augmentationLevels: ['L3'] },
    ],
    ['Painful L1 compression fracture, kyphoplasty scheduled.', { augmentationLevels: [], fractureLevels: ['L1'] }],
  ]);
});

describe('fusion that is no operation', () => {
  check([
    ['C3-C4 ACDF; C5-C6 had fused spontaneously.', { fusionLevels: ['C3', 'C4'] }],
    ['Congenitally fused C2-C3 (block vertebra).', { fusionLevels: [] }],
  ]);
});

describe('cord injury and graded strength', () => {
  check([
    ['Complete spinal cord injury after a gunshot wound.', { neuroDeficit: true }],
    ['LE strength 0-5 bilaterally.', { neuroDeficit: true }],
  ]);
});

describe('more shorthand', () => {
  check([
    ['MRI: pending.', { mriDone: false }],
    ['MRI: L2 edema.', { mriDone: true }],
    ['Ca hx neg.', { malignancy: false }],
    ['Nil neuro deficit.', { neuroDeficit: false }],
    ['h/o breast Ca.', { malignancy: true }],
    ['w/o neuro deficits.', { neuroDeficit: false }],
  ]);
});

describe('earlier procedures without a level, denied, or named by their cement', () => {
  check([
    ['After kyphoplasty at several levels, new pain.', { priorSurgeryUnspecified: true, augmentationLevels: [] }],
    ['Lower lumbar vertebroplasty was done in 2019.', { priorSurgeryUnspecified: true }],
    ['He never had spine surgery or augmentation.', { priorSurgeryUnspecified: false }],
    ['Cement within the L4 vertebral body.', { augmentationLevels: ['L4'], vcf: true }],
    ['Cemented left hip prosthesis.', { augmentationLevels: [], vcf: false }],
  ]);
});

describe('the fracture an augmentation treats', () => {
  check([
    [
      'A T11 fracture treated with kyphoplasty three years ago; now new low back pain and a new L2 compression fracture.',
      { augmentationLevels: ['T11'], fractureLevels: ['T11', 'L2'] },
    ],
  ]);
});

describe('a deficit from the past that is still there', () => {
  check([
    ['PMH: spinal AVM resection 1986 with residual T9 sensory level.', { neuroDeficit: true }],
    ['PMH: cauda equina syndrome in 2001, resolved.', { neuroDeficit: false }],
  ]);
});

describe('an exam without tenderness', () => {
  check([
    ['Spine non-tender to palpation.', { symptomatic: null }],
    ['Back pain; the spine is nontender.', { symptomatic: true }],
  ]);
});

describe('named deformities that are no fracture', () => {
  check([
    ['Chiari I malformation with a cervical spine syrinx.', { vcf: false }],
    ['Sprengel deformity.', { vcf: false }],
  ]);
});

describe('a lesion and the collapse it comes with; a percentage before the loss', () => {
  check([
    ['Lytic lesion of T8 with pathologic collapse.', { vcf: true, fractureLevels: ['T8'], pathologicFracture: true }],
    ['There is 40% loss of height of the L1 vertebral body.', { fractureLevels: ['L1'], heightLossPercent: 40 }],
  ]);
});

describe('requisition words for plans, scores and constructs', () => {
  check([
    // Only recommended: not done yet.
    ['Rec MRI to assess acuity.', { mriDone: false }],
    ['S/p T10-L2 PSF (2018).', { fusionLevels: ['T10', 'T11', 'T12', 'L1', 'L2'] }],
    ['New L1 CF, VAS 7/10.', { symptomatic: true }],
    ['Follow-up 6 weeks ago: pain much improved.', { symptomWeeks: null }],
  ]);
});

describe('ages that are no durations, and titled names', () => {
  check([
    ['79 year old lady, fall, thoracic pain.', { age: 79, symptomWeeks: null }],
    ['Mr J. Smith, 81. Wedge fractures T8 and T10.', { age: 81, sex: 'male' }],
    ['Mrs. K., 90 years.', { age: 90, sex: 'female' }],
  ]);
});

describe('ages beside the sex, as other health systems write them', () => {
  check([
    ['Retired farmer, 68, male. Fall.', { age: 68, sex: 'male' }],
    ['Referral (72, F): thoracic pain.', { age: 72, sex: 'female' }],
    ['Woman, 85 years, osteoporosis.', { age: 85, sex: 'female' }],
    ['Elderly gent, 90 yrs, fall.', { age: 90, sex: 'male' }],
    ['DOB 02/02/1950 (74y) Sex: M', { age: 74, sex: 'male' }],
    ['Female, 3 children, back pain.', { age: null, sex: 'female' }],
    ['Male, 82 kg, back pain.', { age: null, sex: 'male' }],
    ['He is 77 years of age.', { age: 77, sex: 'male' }],
    ['Age/Sex: 66Y/F', { age: 66, sex: 'female' }],
    ['Patient Age: 071Y', { age: 71 }],
    ['Req: M 59y, back pain.', { age: 59, sex: 'male' }],
    ['Mrs Brown (88) fell at home.', { age: 88, sex: 'female' }],
    ['Elderly man (93), fall.', { age: 93, sex: 'male' }],
  ]);
});

describe('British and Australian words for fractures, deposits and the neurology', () => {
  check([
    ['The L2 vertebral body has lost height since the last film.', { vcf: true, fractureLevels: ['L2'] }],
    ['Osteoporotic T12 # on the lateral film.', { vcf: true, fractureLevels: ['T12'] }],
    ['Old rib # on the left.', { vcf: false }],
    ['Oedema within the T11 body in keeping with an acute fracture.', { fractureLevels: ['T11'] }],
    ['Neoplastic infiltration of the L3 vertebra with collapse.', { fractureLevels: ['L3'], malignancy: true }],
    ['Widespread sclerotic deposits.', { malignancy: true }],
    ['Known bony secondaries from a renal primary.', { malignancy: true }],
    ['Calcium deposits in the rotator cuff.', { malignancy: null }],
    ['Back pain. No focal neurology.', { neuroDeficit: false }],
    ['Lower limb neurology intact.', { neuroDeficit: false }],
    ['Power reduced? Reduced power of left ankle dorsiflexion.', { neuroDeficit: true }],
    ['Altered sensation over the right shin.', { neuroDeficit: true }],
    ['Tingling in both feet for a week.', { neuroDeficit: true }],
    ['Hypoaesthesia in the left L4 dermatome.', { neuroDeficit: true }],
    ['Sphincter disturbance since yesterday.', { neuroDeficit: true }],
    ['Right hip flexion MRC 3/5.', { neuroDeficit: true }],
  ]);
});

describe('a deficit the spine does not explain, and the state today', () => {
  check([
    ['Numbness along the incision, otherwise well.', { neuroDeficit: null }],
    ['Perioral tingling after the infusion.', { neuroDeficit: null }],
    ['Fingertip numbness. Impression: bilateral carpal tunnel syndrome. Denies leg weakness.', { neuroDeficit: false }],
    ['Foot numbness. Known diabetic neuropathy. MRI: cord compression at T10.', { neuroDeficit: true }],
    ['Initially myelopathic; postoperatively neurologically intact.', { neuroDeficit: false }],
    ['Neurologically intact before surgery. Now has new leg weakness.', { neuroDeficit: true }],
    ['Multiple bone metastases without spinal cord compression.', { neuroDeficit: false }],
  ]);
});

describe('DXA, scintigraphy and restaging wording', () => {
  check([
    ['Femoral neck T-score −2.9.', { osteoporosis: true }],
    ['Lumbar spine T-score of -1.6.', { osteoporosis: null }],
    ['SQ2 deformity at L1; SQ1 at T7.', { fractureLevels: ['T7', 'L1'] }],
    ['Decreased anterior height of T10.', { vcf: true, fractureLevels: ['T10'] }],
    ['T8 through T10 show reduced height.', { fractureLevels: ['T8', 'T9', 'T10'] }],
    ['Reduced disc height at L4-5.', { vcf: false, fractureLevels: [] }],
    ['Hx lung ca, new T6 collapse.', { malignancy: true, fractureLevels: ['T6'] }],
  ]);
});

describe('requisition lists: each item keeps its own state', () => {
  check([
    [
      '79F s/p T12 VP 2020, new L2 CF, MRI pending.',
      { augmentationLevels: ['T12'], fractureLevels: ['L2'], mriDone: false },
    ],
    ['L1 CF 4/52 ago, still sore.', { symptomatic: true }],
    ['Sore throat and cough.', { symptomatic: null }],
  ]);
});

describe('more of the neurologic examination', () => {
  check([
    ['Neuro: NAD. Back tender.', { neuroDeficit: false }],
    ['Nil focal neuro.', { neuroDeficit: false }],
    ['Referred to neuro.', { neuroDeficit: null }],
    ['Lax anal tone on PR.', { neuroDeficit: true }],
    ['Plantars upgoing? Extensor plantar response on the left.', { neuroDeficit: true }],
    ['Weak right great toe extension.', { neuroDeficit: true }],
  ]);
});

describe('plans, mechanisms, care and stability in other words', () => {
  check([
    ['MRI awaited.', { mriDone: false }],
    ['Booked for MRI on Friday.', { mriDone: false }],
    ['MRI booked; MRI of 2021 showed disc disease.', { mriDone: true }],
    ['Slipped on ice and landed on her back.', { highEnergyTrauma: false }],
    ['Back pain has not settled after four weeks of analgesia.', { failedConservativeWeeks: 4 }],
    ['Three weeks of pain despite bracing.', { failedConservativeWeeks: 3 }],
    ['Non-operative care failed after 10 weeks.', { failedConservativeWeeks: 10 }],
    ['Burst fragment narrowing the spinal canal at T12, retropulsed.', { retropulsion: true }],
    ['Three-column injury at L1.', { instability: true }],
    ['Never had back surgery.', { priorSurgeryUnspecified: false }],
    ['Previous lumbar surgery, details unknown.', { priorSurgeryUnspecified: true }],
    ['Seen in the spine surgery clinic.', { priorSurgeryUnspecified: null }],
  ]);
});

describe('fractures of a vertebra that are not of its body, and augmentation by its general name', () => {
  check([
    ['Left L3 and L4 transverse process fractures.', { vcf: false, fractureLevels: [] }],
    ['Fracture through the right lamina of C6.', { vcf: false }],
    ['Type II odontoid fracture.', { vcf: false }],
    ['Bilateral sacral insufficiency fractures.', { vcf: false }],
    ['L1 compression fracture and a T2 spinous process fracture.', { vcf: true, fractureLevels: ['L1'] }],
    ['Procedure: vertebral augmentation of L3.', { vcf: true, augmentationLevels: ['L3'] }],
    ['Augmented pedicle screw fixation was discussed.', { vcf: false }],
  ]);
});

describe('cancer in the words of notes and forms', () => {
  check([
    ['PMH: asthma, ca breast (2016).', { malignancy: true }],
    ['Completed chemotherapy last spring.', { malignancy: true }],
    ['Seen for consideration of chemotherapy.', { malignancy: null }],
    ['Known primary malignancy, site unclear.', { malignancy: true }],
    ['Right hilar mass on the radiograph.', { malignancy: 'uncertain' }],
    ['Bowel cancer screening up to date.', { malignancy: null }],
  ]);
});

describe('a label answered no on a form', () => {
  check([
    ['History of cancer: none.\nIndication: L1 fracture.', { malignancy: false, fractureLevels: ['L1'] }],
    ['Neurological deficit: nil', { neuroDeficit: false }],
    ['Previous spine surgery: No', { priorSurgeryUnspecified: false }],
    ['IMPRESSION:\nNo compression fracture.', { vcf: false }],
  ]);
});

describe('compression said as a verb or a measure, and treatments written with a prefix', () => {
  check([
    ['T7 is compressed by about 40%.', { fractureLevels: ['T7'], heightLossPercent: 40 }],
    ['There is 25% compression of the L2 vertebral body.', { fractureLevels: ['L2'], heightLossPercent: 25 }],
    ['The second lumbar vertebral body is mildly compressed.', { vcf: true, fractureLevels: ['L2'] }],
    ['The cord is compressed at T10 by tumour.', { vcf: false }],
    ['Vertebroplasty was done at T9 and T10 for osteoporotic fractures.', { fractureLevels: ['T9', 'T10'] }],
    ['Post-kyphoplasty appearance of L3.', { augmentationLevels: ['L3'] }],
  ]);
});

describe('the examination in transcription wording', () => {
  check([
    ['Bladder and bowel control are normal.', { neuroDeficit: false }],
    ['Sensory examination: intact.', { neuroDeficit: false }],
    ['Sensation was diminished over the dorsum of the right foot.', { neuroDeficit: true }],
    ['Hoffmann sign is positive bilaterally.', { neuroDeficit: true }],
    ['New difficulty passing urine.', { neuroDeficit: true }],
    ['Stress incontinence for years.', { neuroDeficit: null }],
    ['Known BPH. Numbness of both legs.', { neuroDeficit: true }],
  ]);
});

describe('case-note shorthand, item by item', () => {
  check([
    [
      '63M L3-4 PLIF 2017, new acute L1 fx, pain ++, MRI not done.',
      { fusionLevels: ['L3', 'L4'], newFractureLevels: ['L1'], symptomatic: true, mriDone: false },
    ],
    [
      '68F s/p T11 VP, recurrent pain at T11 (same level).',
      { augmentationLevels: ['T11'], painAtTreatedLevel: true, symptomatic: true },
    ],
    ['MRI: BME T12.', { marrowEdema: true, mriDone: true }],
    ['STIR: edema L3.', { marrowEdema: true }],
    ['Known OP on denosumab. Post-op day 2.', { osteoporosis: true }],
    ['Seen in OP clinic.', { osteoporosis: null }],
    ['L2 # 6/52, still sore.', { fractureLevels: ['L2'], symptomatic: true }],
    ['Neuro NAD.', { neuroDeficit: false }],
    ['Wt loss 5 kg.', { weightLoss: true }],
  ]);
});

describe('a finding weighed against another', () => {
  check([
    ['Compression fracture versus Schmorl node at L3.', { vcf: 'uncertain' }],
    [
      'New pain at L2, ?infection vs tumour; known L2 compression fracture.',
      { fractureLevels: ['L2'], symptomatic: true },
    ],
  ]);
});

describe('studies not done, pain that lasts, failed care in shorthand', () => {
  check([
    ['New T11 fracture. An MR scan of the spine has not yet been done.', { mriDone: false }],
    ['L2 compression fracture; we have not yet obtained an MRI.', { mriDone: false }],
    ['T12 wedge fracture. MRI has not been arranged.', { mriDone: false }],
    ['L3 CF. MRI neg for tumour.', { mriDone: true }],
    ['MRI: normal marrow signal; old L1 fracture.', { mriDone: true }],
    ['He reports a two-month history of lumbar pain; films show an L4 compression fracture.', { symptomatic: true }],
    ['She has had mid back pain ever since the fall. T9 wedge fracture.', { symptomatic: true }],
    ['She had an episode of back pain years ago. T9 wedge fracture.', { symptomatic: null }],
    ['New L1 CF. c/o LBP x 4 wks w/o relief from brace.', { failedConservativeWeeks: 4 }],
    ['L2 VCF. 5 wks conservative tx failed.', { failedConservativeWeeks: 5 }],
    ['T12 fracture: physio and paracetamol for 6 weeks without improvement.', { failedConservativeWeeks: 6 }],
    ['Cons tx x 2 wks (brace, analgesia) - failed. L1 VCF.', { failedConservativeWeeks: 2 }],
  ]);
});

describe('where the pain is after augmentation: the nearest level, a denied site', () => {
  check([
    [
      'Kyphoplasty at L1 in 2022. His pain now sits at L3 rather than at the treated level.',
      { painAtTreatedLevel: false },
    ],
    ['s/p T10 VP. Pain at T12 (not at T10).', { painAtTreatedLevel: false }],
    ['Vertebroplasty of T8 and T9 last year; pain is at the cemented levels again.', { painAtTreatedLevel: true }],
    ['Kyphoplasty at L2 two years ago; back pain has returned in the same area.', { painAtTreatedLevel: true }],
  ]);
});

describe('acuity said after the fracture, fresh and interval fractures, edema at the level', () => {
  check([
    ['Wedge fractures of T7 and T8 are new compared to the study of March.', { newFractureLevels: ['T7', 'T8'] }],
    ['There is an L2 compression fracture, new since the prior examination.', { newFractureLevels: ['L2'] }],
    ['The L4 fracture is old.', { fractureAcuity: { L4: 'chronic' } }],
    ['Fresh compression fracture of T6.', { newFractureLevels: ['T6'] }],
    ['Interval compression fracture of L1 since last year.', { newFractureLevels: ['L1'] }],
    ['Interval healing of the T12 fracture.', { newFractureLevels: [] }],
    [
      'Radiographs show a compression fracture of T10. STIR shows marrow oedema at T10.',
      { newFractureLevels: ['T10'] },
    ],
    ['Radiographs show a compression fracture of T10. STIR shows marrow oedema at T11.', { newFractureLevels: [] }],
  ]);
});

describe('ages after a pronoun, combined assessment and plan, exclusions and queries', () => {
  check([
    ['Known osteoporosis. She is 68 and otherwise well.', { age: 68, sex: 'female' }],
    ['He is 2 weeks post kyphoplasty.', { age: null }],
    ['ASSESSMENT AND PLAN: Compression fracture of T11. Will consider kyphoplasty.', { fractureLevels: ['T11'] }],
    ['PLAN: Kyphoplasty of T11.', { augmentationLevels: [] }],
    ['A T8 fracture. Bone biopsy has excluded a malignant cause.', { malignancy: false }],
    ['T9 collapse; a metastasis has been queried.', { malignancy: 'uncertain' }],
    ["Myeloma r/o'd on marrow biopsy. L1 CF.", { malignancy: false }],
    ['Biopsy negative for malignancy, showing osteoporotic bone.', { malignancy: false, osteoporosis: true }],
    ['I described the procedure of L4-L5 fusion to the patient.', { fusionLevels: [] }],
    ['Neuro: 5/5 BLE, SILT.', { neuroDeficit: false }],
  ]);
});

describe('acuity from the injury or the one fractured level; failed care is a symptom', () => {
  check([
    ['Fell 15 feet from scaffolding; CT shows an L2 burst fracture.', { newFractureLevels: ['L2'] }],
    ['Old L1 burst fracture, fused in 2009.', { newFractureLevels: [] }],
    [
      'Painful L3 compression fracture. MRI shows marrow edema consistent with a recent fracture.',
      { newFractureLevels: ['L3'] },
    ],
    ['Compression fractures of T12 and L2. MRI shows marrow edema.', { newFractureLevels: [] }],
    ['L1 compression fracture. Tried a brace for 4 weeks without relief.', { symptomatic: true }],
  ]);
});

describe('a query mark before a term, a tumour excluded, a ground-level fall, acuity after the study', () => {
  check([
    [
      'Req: 72M, back pain, ? pathological fracture T11.',
      { vcf: 'uncertain', malignancy: 'uncertain', fractureLevels: [] },
    ],
    ['Is there a fracture? L1 compression fracture is present.', { vcf: true, fractureLevels: ['L1'] }],
    ['T7 wedge fracture. CT has excluded a tumour.', { malignancy: false }],
    ['79F GLF yesterday, L2 CF.', { highEnergyTrauma: false }],
    ['L3 fx on MRI, acute.', { newFractureLevels: ['L3'] }],
  ]);
});

describe('British shorthand for weeks and fractures, care by name, the exam in short', () => {
  check([
    ['Failed 4/52 codeine + physio. L1 #.', { failedConservativeWeeks: 4, fractureLevels: ['L1'] }],
    ['Back pain x2/12 despite analgesia. T12 VCF.', { symptomWeeks: 8.7 }],
    ['Failed 3 wk TLSO and oxycodone. New L2 CF.', { failedConservativeWeeks: 3 }],
    ['Acute T9 # w/ oedema on MRI.', { newFractureLevels: ['T9'], mriDone: true }],
    ['New L4 compression # below the construct.', { fractureLevels: ['L4'] }],
    ['New L1 + L2 compression fx.', { newFractureLevels: ['L1', 'L2'] }],
    ['Compression fractures of T11 and L2; MRI oedema L2 only.', { newFractureLevels: ['L2'] }],
    ['OP on denosumab. T8 wedge fracture.', { osteoporosis: true }],
    ['Neurologically he is intact.', { neuroDeficit: false }],
    ['Power and sensation in both lower limbs are normal.', { neuroDeficit: false }],
    ['LL power/sensation nl.', { neuroDeficit: false }],
    ['Neuro exam nl.', { neuroDeficit: false }],
    ['No neuro c/o.', { neuroDeficit: false }],
    ['MRI: no marrow edema at L2, healed fracture.', { mriDone: true }],
    ['MRI: no.', { mriDone: false }],
  ]);
});

describe('high falls, pain beside or at a construct, pain that has come back, a fracture getting worse', () => {
  check([
    ['He fell about three metres from a roof.', { highEnergyTrauma: true }],
    ['She fell down four stairs.', { highEnergyTrauma: false }],
    ['L4-S1 fusion 2015. New L3 fracture; the pain is above the construct.', { painAtTreatedLevel: false }],
    ['T12-L2 fusion in 2016; pain is at the level of the fusion.', { painAtTreatedLevel: true }],
    ['L3 kyphoplasty 2020. She has had a return of pain at L3.', { painAtTreatedLevel: true, symptomatic: true }],
    ["Known L1 CF. Progression from 15% to 40% height loss on today's film.", { knownFractureWorsening: true }],
  ]);
});

describe('the fracture an augmentation was done for, a query before the modifiers, a decade ago', () => {
  check([
    ['Vertebroplasty cement at T9 and T10 for known compression fractures.', { fractureLevels: ['T9', 'T10'] }],
    ['s/p KP L2 for compression fx 1 yr ago.', { fractureLevels: ['L2'] }],
    ['XR: ?new T8 compression deformity.', { vcf: 'uncertain', fractureLevels: [] }],
    ['Any fracture? A T8 compression deformity is seen.', { vcf: true, fractureLevels: ['T8'] }],
    ['She had spine surgery abroad in the 1980s.', { priorSurgeryUnspecified: true }],
    [
      'Kyphoplasty at T12 in 2021. The pain is above the previously cemented level.',
      { painAtTreatedLevel: false, symptomatic: true },
    ],
    ['Diabetic neuropathy: absent vibration sense and reduced proprioception in the feet.', { neuroDeficit: null }],
  ]);
});

describe('consult questions, new by comparison, the exam in one sentence, an age that is not an acuity', () => {
  check([
    [
      'New painful L2 fracture with edema on MRI. Is kyphoplasty appropriate?',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    ['I would value your opinion regarding vertebroplasty for her T12 fracture.', { priorSurgeryUnspecified: null }],
    ['Has she had a kyphoplasty before? New L1 fracture.', { priorSurgeryUnspecified: null }],
    ['Kyphoplasty at T11 in 2021. New L2 fracture.', { augmentationLevels: ['T11'] }],
    ['XR: T11 CF, new c/w 2022 films.', { newFractureLevels: ['T11'] }],
    ['XR: L2 CF, new.', { newFractureLevels: ['L2'] }],
    ['A T9 compression fracture that was not present on the CT a year ago.', { newFractureLevels: ['T9'] }],
    ['Known L3 fracture; the anterior height loss has progressed.', { knownFractureWorsening: true }],
    ['Known L3 fracture; height loss increased from 20% to 40%.', { knownFractureWorsening: true }],
    ['Old T12 wedge fracture with a constant low ache.', { symptomatic: true }],
    ['Rollover at 90 km/h; L1 burst fracture.', { highEnergyTrauma: true, newFractureLevels: ['L1'] }],
    ['Lower limb power, sensation and reflexes are normal.', { neuroDeficit: false }],
    ['Sphincter function is intact.', { neuroDeficit: false }],
    [
      'An 80-year-old lady seen in fracture clinic with a painful T12 compression fracture; MRI shows marrow oedema throughout T12.',
      { newFractureLevels: ['T12'], fractureAcuity: { T12: 'acute' } },
    ],
    ['She has never had a bone density scan. L2 wedge fracture.', { osteoporosis: null }],
    ['Low bone mineral density on DEXA.', { osteoporosis: true }],
    ['MRI: no new fx, no edema.', { marrowEdema: false }],
    ['Chest: no edema, no effusion.', { marrowEdema: null }],
  ]);
});

describe('requests, labels that are sentences, shorthand for the bone and the cancer, pain-free at one level', () => {
  check([
    ['New T10 deformity. Please perform MRI thoracic spine.', { mriDone: false }],
    ['Req: L1 CF, acute. MRI please.', { mriDone: false }],
    ['Cord compression suspected -> urgent MRI whole spine.', { mriDone: false }],
    ['The MRI you requested last week shows an old L2 fracture.', { mriDone: true }],
    ['Myeloma with an L3 fracture. His pain is clearly mechanical: it is worse on standing.', { symptomatic: true }],
    ['MRI: acute L1 fracture.', { mriDone: true, fractureLevels: ['L1'] }],
    ['s/p KP L1. Acute LBP x5/7, new T12 CF. L1 pain-free.', { symptomatic: true }],
    ['Incidental T12 wedge fracture; L1 painless.', { symptomatic: false }],
    ['79F, T12 # 3/52 ago, OP on Prolia.', { osteoporosis: true }],
    ['81F, known L1 OP CF.', { osteoporosis: true, fractureLevels: ['L1'] }],
    ['DEXA normal - no OP.', { osteoporosis: false }],
    ['No ca.', { malignancy: false }],
    ['Ca 2.4 mmol/L.', { malignancy: null }],
    ['62F DLBCL on R-CHOP.', { malignancy: true }],
    ['21M, high-speed rollover MVC. CT: L2 Chance fx.', { newFractureLevels: ['L2'] }],
    ['XR: L2 CF, new vs 2019 film.', { newFractureLevels: ['L2'] }],
    ['L3 CF; pain not controlled after 2/52 analgesia + rest.', { failedConservativeWeeks: 2 }],
    [
      'Despite co-codamol for these three weeks her pain has not settled. T12 fracture.',
      { failedConservativeWeeks: 3 },
    ],
    ['The spine team asks whether to proceed with kyphoplasty. New L1 fracture.', { priorSurgeryUnspecified: null }],
    ['Fusion L3-L5 in 2019; new pain just above the scar.', { painAtTreatedLevel: false }],
    ['BLE normal. NV intact.', { neuroDeficit: false }],
  ]);
});

describe('board-question wording and one-line summaries', () => {
  check([
    ['Strength, sensation and reflexes in the legs are normal.', { neuroDeficit: false }],
    ['Normal strength and sensation in the legs.', { neuroDeficit: false }],
    [
      'Despite a brace and analgesics for those four weeks her pain persists. T11 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'New L4 fracture; his pain remains 9/10 after three weeks of bracing and opioids.',
      { failedConservativeWeeks: 3 },
    ],
    ['Known L1 fracture with increasing focal kyphosis.', { knownFractureWorsening: true }],
    ['Known L2 CF; f/u XR L2 ht loss 25% -> 45%.', { knownFractureWorsening: true }],
    ['Height loss of 20% to 30% at L2.', { knownFractureWorsening: null }],
    ['Restrained driver in a highway-speed collision; L1 burst fracture.', { highEnergyTrauma: true }],
    ['His INR of 2.8 has not corrected.', { coagulopathy: true }],
    ['INR 1.1.', { coagulopathy: false }],
    ['For two days he has had progressive numbness below the nipple line.', { neuroDeficit: true }],
    ['T12 CF. TLSO + tramadol x3 wks w/o relief, pain 9/10.', { symptomatic: true, failedConservativeWeeks: 3 }],
    ['69M, MM. MRI: pathologic T10 + T11 fxs.', { pathologicFracture: true, fractureLevels: ['T10', 'T11'] }],
  ]);
});

describe('cement that names the level, a plan for a suspected fracture, a neuropathy exam', () => {
  check([
    [
      'Compression deformities from T11 through L1; there is kyphoplasty cement at T12.',
      { augmentationLevels: ['T12'] },
    ],
    ['T12 compression fracture with kyphoplasty cement in place.', { augmentationLevels: ['T12'] }],
    [
      'Possible L3 compression fracture. If an acute fracture is confirmed, she may be a candidate for L3 kyphoplasty.',
      { vcf: 'uncertain' },
    ],
    ['Kyphoplasty of T9 is planned.', { vcf: true }],
    [
      'Diabetic polyneuropathy. Pinprick is reduced in a stocking distribution, and vibration is absent at the toes.',
      { neuroDeficit: null },
    ],
    ['MRI was not felt to be indicated.', { mriDone: false }],
    [
      'Fusion at C5-C6 in 2012 for a radiculopathy, which resolved. Numbness of both feet from diabetic neuropathy.',
      { neuroDeficit: null },
    ],
  ]);
});

describe('shorthand as it is typed: dashes, typos, list items, STIR +ve', () => {
  check([
    ['XR: L1 # - new, not on 2021 film.', { fractureLevels: ['L1'], newFractureLevels: ['L1'] }],
    ['Known osteoporsis on alendronate.', { osteoporosis: true }],
    ['Neuro ok.', { neuroDeficit: false }],
    ['Nuero intact.', { neuroDeficit: false }],
    ['67M renal cell ca s/p nephrectomy.', { malignancy: true }],
    ['h/o NHL, in remission.', { malignancy: true }],
    ['neg cancer hx.', { malignancy: false }],
    ['MRI 3/12 ago: no malig features.', { malignancy: false }],
    ['78F OP, acute L1 CF after GLF.', { osteoporosis: true }],
    ['MRI: STIR +ve L1.', { marrowEdema: true }],
    ['MRI: acute T9 fx, STIR+.', { marrowEdema: true }],
    ['s/p T12-L2 fusion 2019; increasing back pain at the construct.', { painAtTreatedLevel: true }],
  ]);
});

describe('care with no response, pain uncontrolled, an active infection, denies ca', () => {
  check([
    [
      'New L2 fracture; six weeks of severe pain with no response to oral analgesics and bracing.',
      { failedConservativeWeeks: 6 },
    ],
    ['T11 CF. Pain uncontrolled after 2 wks analgesia + brace.', { failedConservativeWeeks: 2 }],
    ['She currently has an active urinary tract infection on antibiotics.', { activeInfection: true }],
    ['Denies ca, wt loss, night pain.', { malignancy: false }],
  ]);
});

describe('comparisons dated by when, brackets that close a denial, referrers and requests', () => {
  check([
    [
      'Lumbar films: L4 wedge fracture, new, not present in June.',
      { fractureLevels: ['L4'], newFractureLevels: ['L4'] },
    ],
    ['CT: a T6 compression deformity which was not seen three years ago.', { newFractureLevels: ['T6'] }],
    ['No fracture is present in the thoracic spine.', { vcf: false }],
    ['Known L1 CF (MRI: no mets, no cord signal), now worse back pain.', { symptomatic: true }],
    ['Referral from her family doctor: 80F, L3 fracture on radiograph.', { fractureLevels: ['L3'] }],
    [
      'New painful T12 fracture. Requesting consideration of kyphoplasty.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    ['Known bladder tumour under surveillance. New L2 fracture.', { malignancy: true }],
    ['PSA rising, Gleason 8 disease. T10 fracture.', { malignancy: true }],
    ["Re: Mrs D'Arcy, 79 - new L1 fracture.", { age: 79, sex: 'female' }],
    ['Mr Smith-Jones, 68: T8 CF.', { age: 68, sex: 'male' }],
    ['Numb thumbs from median nerve entrapment; lower limb power and sensation are normal.', { neuroDeficit: false }],
    ['Neurology NAD. T11 compression fracture.', { neuroDeficit: false }],
    ['PMH: asthma on inhaled steroids + OP, T7 fx.', { osteoporosis: true }],
    ['Back pain after slipping on ice; new L1 fracture.', { highEnergyTrauma: false }],
    ['Missed the bottom stair at home; acute T12 fracture.', { highEnergyTrauma: false }],
    ['T9 fracture, no history of trauma.', { highEnergyTrauma: false }],
    [
      'Over the last four weeks she has had worsening pain at T12 despite a brace and regular codeine.',
      { failedConservativeWeeks: 4 },
    ],
    ['Six weeks ago he lifted a box; the pain goes on despite paracetamol.', { failedConservativeWeeks: null }],
    ['Vertebroplasty at T11 and T12 last year; new pain directly below those levels.', { painAtTreatedLevel: false }],
  ]);
});

describe('a fracture beside an augmentation, cancer not yet excluded, discharge advice, a procedure for what resolved', () => {
  check([
    [
      'Kyphoplasty T11 in 2020. Painful T12 compression fracture, just below the earlier augmentation.',
      { augmentationLevels: ['T11'] },
    ],
    ['Two vertebral fractures; metastatic disease has not yet been excluded.', { malignancy: 'uncertain' }],
    ['With light chains this high, myeloma must be considered.', { malignancy: 'uncertain' }],
    ['We cannot differentiate lymphoma from reactive marrow change.', { malignancy: 'uncertain' }],
    ['Come back if you notice numbness or weakness in the legs.', { neuroDeficit: null }],
    ['L5-S1 fusion in 2015 for foot drop, since resolved.', { fusionLevels: ['L5', 'S1'] }],
  ]);
});

describe('requests and meeting outcomes, "#" in shorthand, angles across segments, unchanged heights', () => {
  check([
    ['T2 weighted and low T1 marrow signal in the collapsed T9 body.', { fractureLevels: ['T9'] }],
    ['Sclerotic lesion in T12; without prior studies, a metastasis cannot be excluded.', { malignancy: 'uncertain' }],
    ['Lytic focus in L3. Please correlate with any history of malignancy.', { malignancy: 'uncertain' }],
    ['His father had myeloma with multiple vertebral fractures. Mechanical back pain.', { vcf: false }],
    ['Hysterectomy at age 45. Lumbar pain.', { age: null }],
    ['New T11 compression fracture with 20 degrees of kyphosis across T10-T12.', { fractureLevels: ['T11'] }],
    ['Sagittal Cobb angle of 30 degrees from T4 to T12; old T8 wedge fracture.', { fractureLevels: ['T8'] }],
    [
      '81F, s/p KP T11 + T12 ,new L3 # on CT, pain 8/10',
      { augmentationLevels: ['T11', 'T12'], fractureLevels: ['L3'] },
    ],
    ['70M  T9 compresion #  new on CT vs 2024 scan', { fractureLevels: ['T9'], newFractureLevels: ['T9'] }],
    ['XR: L4 wedge #, not present on XR from last year.', { newFractureLevels: ['L4'] }],
    ['Fell off a ladder: L1 + L2 burst #s on CT.', { fractureLevels: ['L1', 'L2'] }],
    ['Known T7 compression # (Jan), pain worse.', { fractureLevels: ['T7'] }],
    ['Known L5 lytic deposit, now with pathological collapse.', { fractureLevels: ['L5'] }],
    ['Question: MRI to confirm acute T12 fracture?', { mriDone: false }],
    ['Outcome: vertebroplasty at L2 after the CT.', { augmentationLevels: [] }],
    ['MRI lumbar spine done last week: L3 compression fracture with oedema. Please review the MRI.', { mriDone: true }],
    ['T12 #. Brace + paracetamol x 5/52, pain still 8/10.', { failedConservativeWeeks: 5 }],
    ['L2 fracture. Pain unchanged after 6 weeks of a TLSO and opioids.', { failedConservativeWeeks: 6 }],
    ['L2 fracture. Pain settled after 6 weeks of a TLSO and opioids.', { failedConservativeWeeks: null }],
    ['Rolled out of bed overnight; L1 fracture on XR.', { highEnergyTrauma: false }],
    ['Mdm Lim, 80, new T12 fracture.', { sex: 'female', age: 80 }],
    ['Neuro screen normal. T8 wedge fracture.', { neuroDeficit: false }],
    ['70F L1 #, nil ca hx, no neuro def', { neuroDeficit: false }],
    ['L2-L4 fusion 2019. Now aching over her old construct.', { painAtTreatedLevel: true }],
    ['T10 to L2 fusion; new pain focal over the instrumented levels.', { painAtTreatedLevel: true }],
    ['Lost 6 kg without trying and has night pain; doctors querying myeloma.', { malignancy: 'uncertain' }],
    ["New L1 fracture with 'bone bruise' marrow change.", { marrowEdema: true }],
    ['Acute T12 fracture, bright on STIR.', { marrowEdema: true }],
    ['Known L1 fracture from 2021, no further collapse on today’s film.', { knownFractureWorsening: false }],
    ['Old T10 wedge fracture, height unchanged on serial films.', { knownFractureWorsening: false }],
  ]);
});

describe('orders with a purpose, care that did not settle, causes in the brain, fractures only elsewhere', () => {
  check([
    ['Right arm 4/5 from an acute cortical infarct; no myelopathy, no cord compression.', { neuroDeficit: false }],
    [
      'Left leg weakness; MRI shows cord compression at T9 from the collapsed body. Old stroke in 2019.',
      { neuroDeficit: true },
    ],
    ['Impression: T11 and L3 pathologic fractures, L3 status post vertebroplasty.', { augmentationLevels: ['L3'] }],
    [
      'Old T12 fracture. Vertebroplasty at the two levels above the construct was planned for the next stage.',
      { augmentationLevels: [] },
    ],
    ['L1 fracture. If the pain persists, L1 kyphoplasty may be considered.', { augmentationLevels: [] }],
    ['FOLLOW-UP: Spine clinic; vertebroplasty of T7 if pain remains uncontrolled.', { augmentationLevels: [] }],
    ['Sacral ala insufficiency fracture. No vertebral fracture.', { vcf: false }],
    ['Staff report he grimaces with every turn; new L1 compression fracture on XR.', { symptomatic: true }],
    [
      'Four weeks of a brace and codeine have not settled the pain from her T10 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'He is 6 weeks out from an L2 fracture treated with a TLSO and tramadol. His pain is still 7/10.',
      { failedConservativeWeeks: 6 },
    ],
    ['No known bone disease. L1 burst fracture after a car crash.', { osteoporosis: false }],
    ['Neuro: neg. T9 CF.', { neuroDeficit: false }],
    ['Full power in both lower limbs. T12 fracture.', { neuroDeficit: false }],
    ['Known T6/T7 wedge fxs, stable.', { knownFractureWorsening: false }],
    ['Her oncologist has ordered an MRI of the lumbar spine.', { mriDone: false }],
    ['80F new L2 # ?MRI for acuity', { mriDone: false }],
    ['MRI L-spine w/wo contrast r/o mets', { mriDone: false }],
    ['MRI was performed to assess acuity and shows oedema at L2.', { mriDone: true }],
    ['h/o breast ca 2019, new L3 CF on XR', { newFractureLevels: ['L3'] }],
    ['A compression fracture of the 11th thoracic vertebra with marrow oedema.', { fractureLevels: ['T11'] }],
    ['Lymphoma or metastasis is being considered; no cancer has been diagnosed.', { malignancy: 'uncertain' }],
    ['Kyphoplasty at L1 in 2022. Now severe new back pain; MRI: acute T11 fracture.', { painAtTreatedLevel: false }],
    ['T11-L1 fusion in 2020; now increasing pain at the TL junction, no new fracture.', { painAtTreatedLevel: true }],
    [
      'Vertebroplasty at T12 (2021). Five days of lower lumbar pain; XR: acute L4 fracture.',
      { painAtTreatedLevel: false },
    ],
    ['Old fracture in the lower thoracic spine, unchanged.', { vcf: true }],
    [
      'Posterior instrumented fusion T4 to the pelvis.',
      { fusionLevels: ['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'] },
    ],
    ['Prior fusion L3-sacrum; new T12 fracture.', { fusionLevels: ['L3', 'L4', 'L5', 'S1'] }],
  ]);
});

describe('other health systems: dorsal levels, posterior elements, assessment ranges in headers', () => {
  check([
    ['Wedge collapse of D11 and D12, old.', { fractureLevels: ['T11', 'T12'] }],
    ['Vitamin D 10 micrograms daily. No fracture.', { fractureLevels: [], vcf: false }],
    ['Undisplaced fractures of the right L1 and L2 transverse processes.', { fractureLevels: [] }],
    ['Undisplaced fracture of the left sacral ala extending to the S1 neural foramen.', { vcf: false }],
    ['VFA (T4-L4): moderate (Genant grade 2) wedge deformity of T8.', { fractureLevels: ['T8'] }],
    ['MRI: L2 fracture with band-like T1 low signal, benign appearance.', { fractureLevels: ['L2'] }],
  ]);
});

describe('request forms with boxes, colleagues writing in a second language, portal messages', () => {
  check([
    ['Pain: Y. Trauma: N. Ca hx: N. Neuro: N. XR: T12 CF.', { symptomatic: true, neuroDeficit: false }],
    ['The MRI shows a fresh fracture of Th12 with oedema.', { fractureLevels: ['T12'], newFractureLevels: ['T12'] }],
    ['An MRI is not yet made. L1 fracture on CT.', { mriDone: false }],
    ["She hasn't had an MRI. New L2 fracture.", { mriDone: false }],
    ['MRI spine tonight; L1 burst fracture on CT.', { mriDone: false }],
    ['XR L2 wedge #, new cf 2022 film.', { newFractureLevels: ['L2'] }],
    ['Myeloma is on my list; SPEP pending. New T9 fracture.', { malignancy: 'uncertain' }],
    ["Hi doctor, I'm 81 now and my back hurts since the fall.", { age: 81 }],
    ['Mr Jan de Boer, 79 years, T11 fracture.', { age: 79, sex: 'male' }],
    ['On-call list item 3 - 70F, L1 kyphoplasty 2021 for osteoporotic L1 burst.', { augmentationLevels: ['L1'] }],
    ['Known OP. Old healed VCFs T7 + T9, unchanged vs 2022. Denies back pain.', { knownFractureWorsening: false }],
    ['Fall at home; c/o right hip pain, NOF fracture on XR. Denies back pain.', { symptomatic: false }],
    ['Afebrile, no infection. T12 fracture for kyphoplasty.', { activeInfection: false }],
    [
      'Kyphoplasty L1 in 2021. New pain in the lower thoracic spine; the cemented level is not painful to percussion.',
      { painAtTreatedLevel: false },
    ],
    ['Physiotherapy and a brace for 4 weeks were without success. T12 fracture.', { failedConservativeWeeks: 4 }],
    [
      'Known L2 osteoporotic fracture (MRI March: oedema). XR today: L2 height loss progressed 25% -> 50%.',
      { newFractureLevels: [], knownFractureWorsening: true },
    ],
    ['She has no complaints of the back at all. T8 wedge fracture.', { symptomatic: false }],
    ['Neurologically free of abnormalities.', { neuroDeficit: false }],
  ]);
});

describe('order boxes and teaching vignettes: purposes, requests, own clauses, answered questions', () => {
  check([
    ['New T7 compression fx. MRI to follow.', { mriDone: false }],
    ['L2 fracture on CT. MRI ordered.', { mriDone: false }],
    ['Pt is 71 yrs male, k/c/o DM. Kindly do MRI LS spine.', { age: 71, sex: 'male', mriDone: false }],
    ['No cross-sectional imaging has been obtained. New L1 fracture on radiographs.', { mriDone: false }],
    [
      'Mrs. P, 81 yrs, osteoporotic. T12 wedge # for vertebroplasty opinion.',
      { age: 81, priorSurgeryUnspecified: null },
    ],
    ['72 yr female, backache since 3/52, not settled with conservative mx. T11 #.', { age: 72, symptomatic: true }],
    [
      'Severe pain not relieved with analgesics and bed rest x 4 wks. Acute L1 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    ['T9 fracture. Cellulitis of the right leg, on oral antibiotics.', { activeInfection: true }],
    ['H/o L4 discitis 2 yrs back, treated; no fever now. T12 fracture.', { activeInfection: false }],
    ['Back pain began during a coughing fit. New T11 fracture.', { highEnergyTrauma: false }],
    ['XR: fresh-looking L3 compression, old healed T10 wedge.', { fractureLevels: ['T10', 'L3'] }],
    ['T12 vertebroplasty in 2021. XR: cement in T12, T9 unchanged.', { augmentationLevels: ['T12'] }],
    ['For the past month she has had deep aching pain at the fused levels.', { symptomatic: true }],
    ['MRI: benign osteoporotic fracture of L1. No cancer history.', { malignancy: false }],
    ['Lucent foci in L2. Myeloma is one possibility.', { malignancy: 'uncertain' }],
    ['There was concern for a vertebral fracture after the fall; the MRI showed no fracture.', { vcf: false }],
    ['Possible mild wedging of T7. No definite vertebral fracture.', { vcf: 'uncertain' }],
  ]);
});

describe('levels that name a nerve root or a pars, lesions called aggressive', () => {
  check([
    [
      'Solid L4-L5 fusion, with a near-complete block, correlating with right L3 symptoms.',
      { fusionLevels: ['L4', 'L5'] },
    ],
    ['Old T12 wedge deformity and bilateral L5 spondylolysis.', { fractureLevels: ['T12'] }],
    ['Mild T9 wedge deformity. No aggressive osseous lesion.', { malignancy: false }],
  ]);
});

describe('hurried typos, dashes that end a clause, settling pain, a stoop getting worse', () => {
  check([
    ['86F, known osteoprosis, L1 vertebroplasy 2019.', { osteoporosis: true, augmentationLevels: ['L1'] }],
    ['PMH T12 kyphplasty 2020.', { augmentationLevels: ['T12'] }],
    ['XR: new L4 compression fracutre.', { fractureLevels: ['L4'] }],
    ['New T9 fracture; possible myeloma - SPEP and light chains pending.', { malignancy: 'uncertain' }],
    ['Without any fall or injury, he developed sharp back pain. New L1 fracture.', { symptomatic: true }],
    [
      'L1 fracture. Four weeks of a brace and physiotherapy with no meaningful improvement.',
      { failedConservativeWeeks: 4 },
    ],
    ['Vertebroplasty T11 in 2022; pain back at exactly the same place.', { painAtTreatedLevel: true }],
    ['Apixaban held in case vertebroplasty goes ahead. New T12 fracture.', { priorSurgeryUnspecified: null }],
    ['T10 fracture six weeks ago; her pain is steadily improving.', { knownFractureWorsening: false }],
    ['Known T12 fracture; her forward stoop is getting worse.', { knownFractureWorsening: true }],
    ['He has no back or chest pain. Incidental T4 wedge fracture.', { symptomatic: false }],
    ['CT: T12 burst fracture, retropulsed fragment compressing conus.', { retropulsion: true }],
    ['10 days of low back pain after gardening. No leg symptoms.', { neuroDeficit: false }],
    ['Chronic left foot drop from childhood polio. She denies new weakness or numbness.', { neuroDeficit: false }],
    [
      'Right arm 2/5 from an acute MCA stroke. No sensory level on the trunk and no signs of myelopathy.',
      { neuroDeficit: false },
    ],
  ]);
});

describe('weakness held back by pain, doubt that reaches over a cause, the canal in an imaging report', () => {
  check([
    [
      'Strength 5/5 except 4+/5 left hip flexion limited by hip surgery discomfort. Denies numbness.',
      { neuroDeficit: false },
    ],
    [
      'Convex posterior cortex at L2. A pathologic fracture due to an underlying neoplasm such as metastasis or myeloma cannot be excluded.',
      { malignancy: 'uncertain' },
    ],
    [
      'FINDINGS: Acute L2 compression fracture with mild retropulsion, without compression of the cauda equina.',
      { neuroDeficit: null },
    ],
    ['HISTORY: Multiple bone metastases, but no spinal cord compression.', { neuroDeficit: false }],
  ]);
});

describe('round 15: results after a study, known fractures getting worse, masked ages with a sex, causes', () => {
  check([
    ['Kyphoplasty L1 (2022). MRI shows no marrow edema anywhere.', { mriDone: true }],
    ['For the past month she has had recurring pain centred at L1, where she was treated.', { symptomatic: true }],
    ['Old foot drop from a peroneal nerve injury. No back pain.', { neuroDeficit: null }],
    [
      'Pre-op for knee replacement (knee OA pain). Incidental old T11 wedge deformity; no back pain.',
      { symptomatic: false },
    ],
    ['Onc hx neg. T8 wedge fracture.', { malignancy: false }],
    ['Age 82, F, new L1 fracture.', { age: 82, sex: 'female' }],
    ['XX-yr-old M, incidental T6 wedge deformity. OP denied.', { sex: 'male', osteoporosis: false }],
    ['Chronic T6-T9 fractures, progressive thoracic kyphosis.', { knownFractureWorsening: true }],
    ['Ca hx denied. New L2 fracture.', { malignancy: false }],
    ['Neuro exam nml. L1 fracture.', { neuroDeficit: false }],
    ['The referral does not say whether she has back pain. L3 fracture of indeterminate age.', { symptomatic: null }],
    ['No known cancer dx - occult malignancy to be excluded. New T9 fracture.', { malignancy: 'uncertain' }],
    [
      'Known osteoporotic compression fracture of L2 from two months ago; his pain has steadily worsened.',
      { knownFractureWorsening: true },
    ],
    ['Left arm numbness and chest pain.', { neuroDeficit: null }],
    [
      'Anterior cervical plate and screws from C5 to C7 are partially visualized.',
      { fusionLevels: ['C5', 'C6', 'C7'] },
    ],
  ]);
});

describe('round 16: ordinal ranges, referrals, plans put off, work-ups that answer a doubt, index signs', () => {
  check([
    [
      'Imaging showed old fractures of the fifth through seventh thoracic vertebrae.',
      { fractureLevels: ['T5', 'T6', 'T7'] },
    ],
    [
      'New L3 fracture. The L4 body, located between the fracture and the fused level, is intact.',
      { fractureLevels: ['L3'] },
    ],
    ['Full strength and normal sensation in both legs.', { neuroDeficit: false }],
    ['MRI of the lumbar spine with and without contrast is planned.', { mriDone: false }],
    ['Her son is weighing whether an MRI is worthwhile. New L1 fracture.', { mriDone: null }],
    ['Acute L1 fracture. Kyphoplasty deferred until the infection clears.', { priorSurgeryUnspecified: null }],
    ['Referred for an incidental T11 wedge deformity.', { fractureLevels: ['T11'] }],
    ['T9 kyphoplasty in 2020. New L2 fracture; six weeks in a brace without relief.', { painAtTreatedLevel: false }],
    ['T12 burst fracture with bilateral leg weakness and urinary retention.', { symptomatic: true }],
    ['Her chronic T7 fracture: the kyphosis is markedly worse.', { knownFractureWorsening: true, symptomatic: true }],
    ['He fell from a roof this morning. CT: L1 compression fracture.', { newFractureLevels: ['L1'] }],
    ['Pain 3/10 today versus 7/10 last week. L2 fracture.', { symptomatic: true }],
    ['L4 fracture. CT then: benign, no soft tissue mass.', { malignancy: false }],
    ['L5 vertebral fracture, biopsy showed plasmacytoma.', { pathologicFracture: true }],
    [
      'Her oncologist was worried about metastatic disease; PET-CT shows no evidence of metastatic disease. L1 fracture.',
      { malignancy: false },
    ],
    ['Possible myeloma. No previous cancer diagnosis. T9 fracture.', { malignancy: 'uncertain' }],
    ['MRI requested to exclude a pathologic fracture. L2 fracture.', { malignancy: 'uncertain' }],
    ['Tumour extends into the left pedicle at T10.', { malignantMriFeatures: true }],
    ['Ca cervix 2010. New T12 fracture.', { malignancy: true }],
    // The canal as an imaging study's own section describes it, not the patient's neurology.
    ['MRI THORACIC SPINE: Acute T8 compression fracture without cord compression.', { neuroDeficit: null }],
    ['FINDINGS:\nT12-L1: acute L1 fracture, no compression of the conus.', { neuroDeficit: null }],
  ]);
});

describe('round 17: orders in more words, crashes and trauma series, the end of a construct, memories', () => {
  check([
    ['No MRI yet - will requisition an outpatient MRI. New T11 fracture.', { mriDone: false }],
    ['MRI spine to be booked. New L2 fracture.', { mriDone: false }],
    ['MRI requisition faxed today. New L2 fracture.', { mriDone: false }],
    ['Motorcyclist vs car at 70 km/h. L1 burst fracture.', { highEnergyTrauma: true }],
    ['Fell approx 5 m from a ladder. T12 fracture.', { highEnergyTrauma: true }],
    ['Trauma CT series: L2 compression fracture.', { highEnergyTrauma: null }],
    ['No trauma. L2 compression fracture.', { highEnergyTrauma: false }],
    ['Fusion T10-L2 in 2019. Pain centred at the upper end of her construct.', { painAtTreatedLevel: true }],
    ['Power both lower limbs normal.', { neuroDeficit: false }],
    ['Bladder/bowel normal.', { neuroDeficit: false }],
    ['Old L1 # treated with kyphoplasty in 2020.', { fractureLevels: ['L1'] }],
    ['6/52 of analgesia and a TLSO w/o meaningful improvement. L1 fracture.', { failedConservativeWeeks: 6 }],
    [
      'Pain not relieved in spite of four weeks of bed rest and a lumbar belt. L2 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    ['Mrs Q. is 71 and has a new T9 fracture.', { age: 71 }],
    ['T8 kyphoplasty 2021. To discuss vertebroplasty of L1 next week.', { augmentationLevels: ['T8'] }],
    [
      'He recalls a fall at 20 followed by a month of back pain. Now no back pain. Old T6 wedge deformity.',
      { symptomatic: false },
    ],
    [
      'L2 fracture in March (MRI at onset: marrow oedema); now progressive collapse of L2.',
      { newFractureLevels: [], knownFractureWorsening: true },
    ],
    ['He had an operation on a disc in the 1980s. New T10 fracture.', { priorSurgeryUnspecified: true }],
    ['A father who died of colon cancer. New L1 fracture.', { malignancy: null }],
    ['A tumour fracture from an occult myeloma remains a possibility. L3 fracture.', { malignancy: 'uncertain' }],
    ['Return immediately for any leg weakness. L1 fracture.', { neuroDeficit: null }],
    ['L1 fracture; the ligament between T12 and L1 is torn.', { fractureLevels: ['L1'] }],
  ]);
});

describe('round 18: studies considered or declined, shorthand orders, relatives in shorthand, grades and tracers', () => {
  check([
    ['An MRI was considered, but her pacemaker rules it out. New L1 fracture.', { mriDone: false }],
    ['He was offered an MRI but declined it. New T12 fracture.', { mriDone: false }],
    ['My advice is an MRI of the thoracic spine first. New T11 fracture.', { mriDone: false }],
    ['Plan MRI L-spine. New L3 CF.', { mriDone: false }],
    ['Req MRI T-spine. New T8 CF.', { mriDone: false }],
    ["I don't have any back pain. Old L2 fracture.", { symptomatic: false }],
    ['Asked about weight loss, she does not report any. L1 fracture.', { weightLoss: false }],
    [
      'Grade 2 wedge deformity at T9 that was not seen on the 2021 VFA.',
      { fractureLevels: ['T9'], newFractureLevels: ['T9'] },
    ],
    ['No suspicious features, and the DXA confirms osteoporosis. L3 fracture.', { osteoporosis: true }],
    ['Old T7 + T10 grade 1 wedge fx.', { fractureLevels: ['T7', 'T10'] }],
    ['FHx ca bowel - father. New L2 fracture.', { malignancy: null }],
    ['82F, OP (T-score -3.0), new L1 CF.', { osteoporosis: true }],
    [
      'Known L4 OP # (MRI then: marrow edema). Now further L4 collapse.',
      { knownFractureWorsening: true, newFractureLevels: [] },
    ],
    ['Chronic T8 wedge fx, no change vs 2020 films.', { knownFractureWorsening: false }],
    ['Her kyphosis has become more pronounced. Known T6-T8 fractures.', { knownFractureWorsening: true }],
    ['Old T12 fracture; height loss increased from 20% to nearly 45%.', { knownFractureWorsening: true }],
    ['L2 fracture, shown on biopsy last week to be metastatic carcinoma.', { pathologicFracture: true }],
    [
      'Loss of height of the eleventh thoracic vertebral body consistent with an acute compression fracture.',
      { newFractureLevels: ['T11'] },
    ],
    ['Head-on collision at motorway speed. L1 burst fracture.', { highEnergyTrauma: true }],
    ['Cyclist, fit and well, no bone dz. L1 fracture.', { osteoporosis: false }],
    ['Intact power, sensation and reflexes in both legs. T12 fracture.', { neuroDeficit: false }],
    ['Chronic urinary incontinence from detrusor overactivity. L1 fracture.', { neuroDeficit: null }],
    ['Plan: continue denosumab, Ca/vit D. Old T9 fracture.', { malignancy: null }],
    ['Getting out of a chair hurts. New L1 fracture.', { symptomatic: true }],
    ['Dear Mrs. Shah, you are 79, and the scan shows an old L2 fracture.', { age: 79 }],
    ['Mrs. Byrne, who is 84, has a new T10 fracture.', { age: 84 }],
    ['Patient: Mr Tom Hale, 77\nNew L1 fracture.', { age: 77 }],
    ['PET-CT (18F-FDG). Age: 64 yrs. Sex: Male. L3 lytic lesion.', { age: 64, sex: 'male' }],
    ['His wife agrees that he has had no back pain. Old T11 fracture.', { symptomatic: false }],
    ['Conservative tx x6/52 not helping. L2 fracture.', { failedConservativeWeeks: 6 }],
    ['Minor irregularity of the L4 endplate; this might represent a small endplate fracture.', { vcf: 'uncertain' }],
  ]);
});

describe('round 19: days of care, studies not yet requested or contraindicated, a normal bone density', () => {
  check([
    ['21 days of brace and tramadol with no real change. New T9 fracture.', { failedConservativeWeeks: 3 }],
    ['Tried physio and codeine for five weeks and is still in bed. L1 fracture.', { failedConservativeWeeks: 5 }],
    ['14 days of morphine and physio and he still cannot walk. T12 fracture.', { failedConservativeWeeks: 2 }],
    ['MRI not yet requested. New L1 fracture.', { mriDone: false }],
    ['MRI is contraindicated (pacemaker). New L3 fracture.', { mriDone: false }],
    ['The GP queried myeloma; no cancer history. New T8 fracture.', { malignancy: 'uncertain' }],
    ['DXA 2023 normal. Old L2 fracture.', { osteoporosis: false }],
    ['Power, sensation and reflexes fine. New T12 fracture.', { neuroDeficit: false }],
  ]);
});

describe('round 19: long denial lists, deficits that resolved, answers to a doubt, thinking is not the cord', () => {
  check([
    [
      'He denies leg weakness, numbness in the legs or groin, urinary retention or incontinence, and constipation or fecal incontinence. Old T9 fracture.',
      { neuroDeficit: false },
    ],
    [
      'He had an L4-S1 fusion in 2015 for a radiculopathy and foot drop. The foot drop resolved completely. Neurologic examination is normal.',
      { neuroDeficit: false },
    ],
    ['MoCA 22/30 with deficits in delayed recall and verbal fluency. Old T8 wedge deformity.', { neuroDeficit: null }],
    [
      'Lymphoma was included in the differential diagnosis. Biopsy showed osteomyelitis with no malignant cells. L2 endplate erosion.',
      { malignancy: false },
    ],
    [
      'A brain tumour was in the differential diagnosis; the stereotactic biopsy was consistent with demyelination.',
      { malignancy: false },
    ],
    ['Muscle biopsy was negative. Old T11 fracture.', { malignancy: null }],
    ['Myeloma was considered; the serum free light chains are pending. New T10 fracture.', { malignancy: 'uncertain' }],
    [
      'Metastasis was a concern, but the bone scan showed no evidence of metastatic disease. L1 fracture.',
      { malignancy: false },
    ],
  ]);
});

describe('round 20: a shape the report itself reads as maybe a fracture, or as a normal variant', () => {
  check([
    ['Slight T12 wedging, may represent a mild compression fracture.', { vcf: 'uncertain', fractureLevels: [] }],
    [
      'Mild anterior wedging of L1. This may be an old fracture or a normal variant.',
      { vcf: 'uncertain', fractureLevels: [] },
    ],
    ['Mild physiologic wedging of the thoracolumbar vertebrae.', { vcf: false }],
    ['L2 compression fracture, which may represent an osteoporotic insufficiency fracture.', { vcf: true }],
    ['Anterior wedging of T8 with 30% height loss.', { vcf: true, fractureLevels: ['T8'] }],
  ]);
});

describe('round 20: second-language and dictated wording', () => {
  check([
    ['Seventy two year old male, new L2 fracture.', { age: 72, sex: 'male' }],
    ['Woman of 58 years, incidental T7 wedge deformity.', { age: 58, sex: 'female' }],
    ['Patient (m, 77) with a new T12 fracture.', { age: 77, sex: 'male' }],
    ['Patient 64 y male, L2 pathologic fracture.', { age: 64, sex: 'male' }],
    ['Paracetamol and corset are not helping since 3 weeks. New T12 fracture.', { failedConservativeWeeks: 3 }],
    [
      'Brace and pain killer were used for these 4 weeks but pain not decrease. T12 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    ['MRI still not done. New L1 fracture.', { mriDone: false }],
    ['Legs strength OK. New L3 fracture.', { neuroDeficit: false }],
    ['Strength and sensibility preserved in the legs. T9 fracture.', { neuroDeficit: false }],
    ['Motor and sensory function normal. T11 fracture.', { neuroDeficit: false }],
    ['Takes apixaban; coagulation values are normal. L3 fracture.', { coagulopathy: false }],
    ['Motorbike rider hit by a car yesterday. L1 fracture.', { highEnergyTrauma: true }],
    ['Vertebroplasty was done in L1 for fracture in 2021.', { fractureLevels: ['L1'], augmentationLevels: ['L1'] }],
    ['Biopsy of T10 confirms metastasis, pathological collapse 50%.', { fractureLevels: ['T10'] }],
  ]);
});

describe('round 21: speed in words, shorthand the page does not show, features not suspicious', () => {
  check([
    ['Passenger in a motorway collision at speed yesterday. Acute L1 fracture.', { highEnergyTrauma: true }],
    ['On apixaban; no bleeding disorder. New T7 fracture.', { coagulopathy: false }],
    ['On warfarin, INR 3.1 - can be reversed before the procedure. Acute L2 fracture.', { coagulopathy: null }],
    ['s/p T11-L1 PSF for OP T12 fx.', { osteoporosis: true }],
    ['Hx R lung adenoca, NED. Incidental L4 wedge fx.', { malignancy: true }],
    ['Incidental T11 & T12 compression fx.', { fractureLevels: ['T11', 'T12'] }],
    ['MRI: acute L1 fracture with marrow oedema; no suspicious features.', { malignantMriFeatures: false }],
    ['Hx lumbar spine surgery in the 1990s, level unknown. New T6 fracture.', { priorSurgeryUnspecified: true }],
    [
      'Known L1 fracture managed in a brace; worsening pain at the same level, further collapse 30% -> 55%.',
      { painAtTreatedLevel: null, knownFractureWorsening: true },
    ],
    ['No known primary cancer, six weeks of thoracic back pain. T10 fracture.', { symptomatic: true }],
  ]);
});

describe('round 22: templates with labelled fields, procedure sites, questions about a procedure', () => {
  check([
    [
      'Previous spinal procedures: L4-S1 fusion (2019).\nMRI: L3 endplate fracture with marrow oedema.',
      { mriDone: true },
    ],
    ['He has lost about 6 kg over two months. New L1 fracture.', { weightLoss: true }],
    ['Upper lumbar pain that wakes him at night. New L1 fracture.', { nightPain: true }],
    ['So far she has had plain films only. New T8 fracture.', { mriDone: false }],
    [
      'Kyphoplasty at L1 in March. The same pain has returned over two weeks, and she points exactly to the L1 procedure site.',
      { painAtTreatedLevel: true },
    ],
    ['She asks whether she should have the L2 vertebra injected. Old L2 wedge deformity.', { augmentationLevels: [] }],
    ['Having read about vertebroplasty online, she asks about it. Old L1 fracture.', { augmentationLevels: [] }],
    ['3 weeks of analgesia, brace and physiotherapy; pain still 8/10. L1 fracture.', { failedConservativeWeeks: 3 }],
    ['Warfarin, INR 2.8; bridging is possible. L2 fracture.', { coagulopathy: null }],
    ['Full power and normal sensation, rectal tone preserved. L1 burst fracture.', { neuroDeficit: false }],
    ['Myeloma not yet excluded. T9 fracture.', { malignancy: 'uncertain' }],
    ['She understands to go to the emergency department for any leg weakness. L1 fracture.', { neuroDeficit: null }],
    [
      'PLAN:\nWe recommend urgent decompression: T6-T8 laminectomy with posterior instrumentation from T4 to T10.',
      { fusionLevels: [] },
    ],
  ]);
});

describe('round 23: clotting in shorthand, spared pedicles, findings on a sequence, causes named once', () => {
  check([
    ['Coags normal; apixaban can be withheld. New T12 fracture.', { coagulopathy: false }],
    ['On enoxaparin; clotting normal. L3 pathological fracture.', { coagulopathy: false }],
    ['MRI: acute L2 fracture, posterior cortex flat, pedicles spared.', { malignantMriFeatures: false }],
    ['MRI: L2 oedema; no pedicle or soft-tissue involvement.', { malignantMriFeatures: false }],
    ['New T7 fracture; an underlying lesion cannot be excluded. No cancer history.', { malignancy: 'uncertain' }],
    ['New L4 fracture, r/o underlying lesion. No cancer hx.', { malignancy: false }],
    ['Old L4 fracture. Pain stable, neither better nor worse.', { knownFractureWorsening: false }],
    ['MRI L-spine: L4 compression fracture, no marrow oedema on STIR.', { mriDone: true }],
    ['L2 kyphoplasty pencilled in for next week. New L2 fracture.', { augmentationLevels: [] }],
    [
      'Left hemiparesis from a stroke in 2021. His wife confirms the hemiparesis is unchanged. New T11 fracture.',
      { neuroDeficit: null },
    ],
    [
      'Moving all four limbs with normal sensation; perianal sensation is preserved. L1 burst fracture.',
      { neuroDeficit: false },
    ],
  ]);
});

describe('round 24: no worse, bone disease denied, checklists, features named by what they would show', () => {
  check([
    ['Old T9 fracture, dull ache for years, not worse.', { knownFractureWorsening: false }],
    ['Known L2 wedge fracture; the ache has not worsened since the spring.', { knownFractureWorsening: false }],
    ['Old L1 compression fracture; pain no worse lately.', { knownFractureWorsening: false }],
    ['Thrown from a quad bike; L1 burst fracture. No history of bone disease.', { osteoporosis: false }],
    ['Pt denies h/o bone dz. T8 wedge fx.', { osteoporosis: false }],
    ['Tel call 09:40 - Mrs K, known L1 wedge fracture, pain settling.', { fractureLevels: ['L1'] }],
    ['Anticoagulation: apixaban held 48h. INR 1.0. New L2 fracture.', { coagulopathy: false }],
    ['Power and sensation in both legs are unchanged and normal. L1 fracture.', { neuroDeficit: false }],
    [
      'MRI: acute T12 fracture with oedema; no features of malignancy.',
      { malignantMriFeatures: false, malignancy: false },
    ],
    ['MRI: benign features only. Acute L1 fracture.', { malignantMriFeatures: false, malignancy: false }],
    ['MRI: L2 fracture with features suspicious for metastasis.', { malignantMriFeatures: true }],
  ]);
});

describe('round 24: review-of-systems lists, minus signs, causes named after, consent lists, fractures of other bones', () => {
  check([
    [
      'REVIEW OF SYSTEMS: Negative for fevers, chills, night sweats, headaches, visual changes, cough, palpitations, dysphagia, nausea, vomiting, chest pain, dyspnea, abdominal pain, rash, leg weakness, numbness, or bladder dysfunction. New T10 fracture.',
      { neuroDeficit: false },
    ],
    ['Neuro: (-) numbness, (-) leg weakness. GU: (-) incontinence. L2 fracture.', { neuroDeficit: false }],
    ['Reduced vibration sense at both ankles, due to his long-standing diabetes. T9 fracture.', { neuroDeficit: null }],
    ['Occasional urge incontinence for years. Known L1 fracture.', { neuroDeficit: null }],
    [
      'Discharged with return precautions for fever, leg weakness or numbness. T12 kyphoplasty.',
      { neuroDeficit: null },
    ],
    [
      'The risks, including infection, bleeding and cement leakage, were explained. L1 fracture.',
      { activeInfection: null },
    ],
    ['Reason for referral: L1 fracture on CT, please advise re vertebroplasty.', { augmentationLevels: [] }],
    ['Neurosurgery will see her next week to schedule T11 kyphoplasty.', { augmentationLevels: [] }],
    ['Pain started when she coughed hard three days ago. T12 fracture.', { highEnergyTrauma: false }],
    [
      'Posterior fusion T10 to L2 in 2012. Now upper lumbar pain; CT shows an acute L3 compression fracture.',
      { painAtTreatedLevel: false },
    ],
    ['83F. Lifted a heavy pot 5d ago, sudden LBP. L2 fx.', { highEnergyTrauma: false }],
    [
      'Widening of the interspinous distance at T11-T12, and fractures of the right 5th and 6th ribs.',
      { fractureLevels: [], vcf: false },
    ],
    ['Levels were counted from the T12 cement and the L4-L5 screws.', { augmentationLevels: ['T12'] }],
    [
      'Remote history of a fall from a roof, fused T10-L2. Now a new L3 fracture after stepping off a curb.',
      { highEnergyTrauma: false },
    ],
  ]);
});

describe('round 24: checklists, known bone metastases, slashes and sequences, ages after the sex, SOAP plans', () => {
  check([
    ['Temp 36.8, no UTI sx. New L1 fracture.', { activeInfection: false }],
    ['Infection markers: CRP 4, WCC normal. L2 fracture.', { activeInfection: false }],
    ['On IV antibiotics for a UTI with bacteraemia. New T8 fracture.', { activeInfection: true }],
    [
      'Known bone metastases from prostate cancer. MRI: collapse of L3 with tumour in both pedicles. Mechanical pain.',
      { pathologicFracture: true },
    ],
    [
      'No known cancer. MRI: T10 fracture, convex posterior cortex, suspicious for metastasis; a myeloma screen is sent.',
      { pathologicFracture: null },
    ],
    ['XR: cement L2/L4 unchanged, no new fracture.', { augmentationLevels: ['L2', 'L4'] }],
    ['MRI: acute L1 fracture with a low-signal fracture line on T1.', { fractureLevels: ['L1'] }],
    ['A woman of 77 slipped on her bathroom floor; new L1 fracture.', { age: 77, sex: 'female' }],
    ['M 73. PLIF L4-L5 2018.', { age: 73, sex: 'male' }],
    ['A: New L3 VCF.\nP: MRI L-spine pre/post contrast; PSA.', { mriDone: false }],
    ['Metastatic breast cancer. Urgent MRI: epidural tumour at T10 compressing the cord.', { mriDone: true }],
    [
      'Radical prostatectomy in 2016; since yesterday numbness in both feet and difficulty starting to pass urine.',
      { neuroDeficit: true },
    ],
    ['78M. Ca hx: none known. T6 wedge compression, old.', { malignancy: false }],
    ['62F. L breast IDC 2019, WLE + RT, on letrozole. New T8 fracture.', { malignancy: true }],
    ['CT restaging incidentally shows a new T5 compression fracture. Pain localised to T5.', { symptomatic: true }],
    ['Incidental old T12 wedge deformity. Her complaint is right leg pain from an L4-5 disc.', { symptomatic: false }],
    ['Surveillance CT: T9 compression deformity (new vs CT 2024).', { vcf: true, fractureLevels: ['T9'] }],
    ['IR vertebroplasty - pre-procedure checklist\nAcute L1 VCF after a fall.', { priorSurgeryUnspecified: null }],
    [
      'Indication: weight loss. New T7 wedge deformity; an underlying pathologic process cannot be excluded.',
      { malignancy: 'uncertain' },
    ],
    [
      'CT: acute L3 compression fracture with a retropulsed fragment narrowing the central canal.',
      { retropulsion: true },
    ],
    ['New T9 fracture, no MRI yet. Depending on MRI, bone scan. RTC after MRI.', { mriDone: false }],
  ]);
});

describe('round 25: incidental of what, other sites of pain, relatives in their own clause, labels described', () => {
  check([
    [
      'Acute L2 compression fracture with marrow oedema. Incidental T5 hemangioma. Back pain for 10 days.',
      { symptomatic: true },
    ],
    ['CT for epigastric and right upper quadrant pain. Incidental old T12 wedge deformity.', { symptomatic: false }],
    ['He fears a crushed vertebra like his wife, who had a compression fracture last year.', { vcf: false }],
    ['Fall 10 days ago after stepping down off a curb; L2 fracture.', { highEnergyTrauma: false }],
    ['Coughing spell with an upper respiratory infection, then sudden pain; T11 fracture.', { activeInfection: null }],
    ['L1 fracture. Infection is less likely given he is afebrile.', { activeInfection: false }],
    [
      'At T11 there is a mild height reduction of approximately 20%, which is equivocal and could represent a mild fracture.',
      { fractureLevels: [], vcf: 'uncertain' },
    ],
    [
      'PMHx: VP T12 + L1 2022. Now 4/52 worsening pain, maximal over the cemented levels.',
      { painAtTreatedLevel: true },
    ],
    [
      'MRI: acute T8 wedge # - benign appearances, no pedicle/soft tissue involvement.',
      { malignantMriFeatures: false },
    ],
    ['MRI: fresh L1 fracture with oedema; no epidural or paravertebral soft tissue.', { malignantMriFeatures: false }],
    ['MRI: epidural soft tissue compressing the cord at T11.', { malignantMriFeatures: true }],
    [
      'Known D12 wedge #. X-ray: progression of D12 collapse, increased kyphotic angle.',
      { knownFractureWorsening: true },
    ],
    ['Tried 4/52 of paracetamol + TLSO, still largely bedbound. T12 fracture.', { failedConservativeWeeks: 4 }],
    ['Fresh L1 fracture. MRI of the dorsolumbar spine has been advised and is awaited.', { mriDone: false }],
    ['T12-L2 fusion 2020 for an L1 osteoporotic burst fracture.', { fractureLevels: ['L1'] }],
    ['Known T11 fracture treated with VP. Not yet re-imaged.', { mriDone: false }],
    ['Neuro screen clear (myotomes, dermatomes, reflexes normal). T9 wedge.', { neuroDeficit: false }],
    ['L1 wedge fracture; repeat XR shows further loss of L1 height.', { knownFractureWorsening: true }],
    ['Denies leg symptoms; no bladder/bowel change. L1 fracture.', { neuroDeficit: false }],
    ['L3 myelomatous fracture. Ongoing mechanical lumbar pain: much worse on standing.', { symptomatic: true }],
    [
      'MRI: fresh T11 compression fracture with STIR oedema; no suspicious marrow lesion.',
      { malignantMriFeatures: false },
    ],
    ['GP note: low back pain from spondylosis. Osteopenia on DEXA; no compression fracture.', { vcf: false }],
    [
      'PROCEDURE PERFORMED: Vertebroplasty of T12.\nINDICATIONS: Acute painful T12 compression fracture, marrow edema on MRI.',
      { treatedInNoteLevels: ['T12'], augmentationLevels: ['T12'] },
    ],
    [
      'Acute T12 compression fracture. She had a T12 vertebroplasty in 2019 for a painful fracture.',
      { treatedInNoteLevels: [] },
    ],
    [
      'HISTORY: In 2021 an L1 vertebroplasty for a painful L1 fracture. Now new pain at T12, acute T12 fracture.',
      { painAtTreatedLevel: false },
    ],
  ]);
});

describe('round 26: urgency, years that tell a story, lists in shorthand, numbered plan items, proven metastases', () => {
  check([
    [
      "Today's urgent MRI shows an acute T12 compression fracture with marrow oedema.",
      { fractureLevels: ['T12'], mriDone: true },
    ],
    [
      'In 2015 he fell 12 feet from a ladder and sustained an L1 burst fracture. Now a new L3 fracture after a stumble.',
      { highEnergyTrauma: false },
    ],
    [
      'Numbness in both legs that she reported on admission had resolved by the next morning. T12 fracture.',
      { neuroDeficit: false },
    ],
    [
      'Regular paracetamol and codeine over those three weeks have not controlled the pain. New T8 fracture.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Brace and analgesia for the full eight weeks without improvement, and the pain keeps her in bed. L3 fracture.',
      { failedConservativeWeeks: 8, symptomatic: true },
    ],
    [
      'Collapse of T5. The fracture was proven on CT-guided biopsy to be a metastasis from lung cancer.',
      { pathologicFracture: true },
    ],
    ['New T8 compression fracture that was not present on her staging CT in 2022.', { newFractureLevels: ['T8'] }],
    [
      'Mrs Patel, 84. Vertebroplasty of T10 and T11 in 2022; now recurrent pain over the same two levels.',
      { painAtTreatedLevel: true },
    ],
    ['Mr Sørensen, 71, slid off a kitchen chair; new T12 compression fracture.', { age: 71, highEnergyTrauma: false }],
    ['Fusion T12-L2 in 2020. Now 69, he reports pain at the construct.', { age: 69 }],
    ['A urinary tract infection last month was treated and has cleared. L1 fracture.', { activeInfection: false }],
    ['New L1 wedge fx. MRI not yet done → book MRI L-spine.', { mriDone: false }],
    ['L2 compression fx; L4-5 DDD w/ disc ht loss.', { fractureLevels: ['L2'] }],
    ['s/p PSF T10-L2. 6/52 of pain centred on construct.', { painAtTreatedLevel: true }],
    ['L1 VCF, oedema on STIR. IR consult +/- KP.', { priorSurgeryUnspecified: null }],
    ['T12 VCF - 3/52 conservative tx (analgesia, TLSO, physio) failed, still 7/10.', { failedConservativeWeeks: 3 }],
    ['MRI: acute T8 # w/ ~4mm retropulsion indenting cord.', { retropulsion: true }],
    ['OP VCFs T7, T8 (known since 2023, benign on MRI 2023).', { malignancy: false }],
    ['T11 VCF dx 6/52 ago, benign (bx neg).', { malignancy: false }],
    ['L2 path # - MRI: L2 collapse ~40%, convex post. cortex.', { malignantMriFeatures: true }],
    ['Met breast CA (bone mets) - T9 pathologic VCF known since PET.', { fractureLevels: ['T9'] }],
    ['ROS: + back pain. Neg fever, chills, weight loss, chest pain. L1 fracture.', { weightLoss: false }],
    ['Nil wt loss, night pain +, nil fevers. L4 fracture.', { nightPain: true, weightLoss: false }],
    [
      'PLAN:\n1. Emergent decompression: T10 laminectomy with posterior instrumented fusion T8 to L1.',
      { fusionLevels: [] },
    ],
    [
      'Complications: small asymptomatic paravertebral venous cement leak. Painful T12 fracture.',
      { symptomatic: true },
    ],
    ['She knows to call or come in right away for leg weakness or numbness. L1 fracture.', { neuroDeficit: null }],
    ['There were no findings to suggest tumor on MRI. T12 fracture with oedema.', { malignantMriFeatures: false }],
    ['Prostate MRI showed a PI-RADS 5 lesion. New T9 fracture on radiographs.', { mriDone: null }],
  ]);
});

describe('round 27: collapse that produces a fracture, second readings, plans that wait, consent lists', () => {
  check([
    [
      'A lytic metastasis at L2 has collapsed, producing a pathological compression fracture.',
      { fractureLevels: ['L2'] },
    ],
    [
      'Plain films show an L1 compression fracture that was not visible on a lateral chest radiograph last year.',
      { newFractureLevels: ['L1'] },
    ],
    ['L2 fracture. An MRI last month showed nothing to suggest a tumour.', { malignantMriFeatures: false }],
    ["Wedging of L1 on a knee work-up film. She says her back doesn't bother her at all.", { symptomatic: false }],
    [
      'Kyphoplasty of L2 in 2023. Now recurrent aching pain centred on exactly that level.',
      { painAtTreatedLevel: true },
    ],
    ['Acute L1 VCF. Severe pain 3/52 post fall from standing, analgesia failing.', { failedConservativeWeeks: 3 }],
    ['New T12 fracture. She takes no anticoagulants.', { coagulopathy: false }],
    ['L3-L4: Disc desiccation and height loss with a broad-based bulge.', { fractureLevels: [], vcf: false }],
    [
      'Mild anterior wedging of T7, which may be developmental or represent a mild compression fracture.',
      { vcf: 'uncertain' },
    ],
    ['Impression: Mild T7 wedging, indeterminate.', { vcf: 'uncertain' }],
    ['Incidental L4 compression fracture, age indeterminate.', { vcf: true, fractureLevels: ['L4'] }],
    [
      'With her pain the possibility of a pathologic fracture was raised. New L3 fracture.',
      { pathologicFracture: null },
    ],
    ['She is a candidate for kyphoplasty once the MRI has been obtained. New L3 fracture.', { mriDone: false }],
    ['Clinic in 4 weeks, sooner for any new back pain or neurologic symptoms. T10 deformity.', { neuroDeficit: null }],
    [
      'A 6-week history of severe low back pain that has not responded to a brace and oral analgesics. L3 fracture.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'We discussed the risks and benefits of the procedure, including cement leakage, infection and bleeding. L1 fracture.',
      { activeInfection: null },
    ],
  ]);
});

describe('a fracture found now, by chance or against an older film', () => {
  check([
    ['Wedge fractures of T6 and T7; neither was present on the 2023 radiograph.', { newFractureLevels: ['T6', 'T7'] }],
    ['XR: T9 CF, not seen 2022.', { fractureLevels: ['T9'], newFractureLevels: ['T9'] }],
    ['A lateral film shows mild wedging of L1, the first time this has been seen.', { newFractureLevels: ['L1'] }],
    ['Incidental mild T8 CF on CT chest.', { newFractureLevels: ['T8'] }],
    ['Incid L3 wedge fx on CT.', { fractureLevels: ['L3'], newFractureLevels: ['L3'] }],
    ['Incidental T10 wedge fx, old-appearing.', { fractureLevels: ['T10'], newFractureLevels: [] }],
    ['Incidental L2 CF, age-indeterminate.', { fractureLevels: ['L2'], newFractureLevels: [] }],
  ]);
});

describe('bone disease by its treatment or its T-score in shorthand; everyday strains', () => {
  check([
    ['DEXA 2024 T -2.9. New L1 CF.', { osteoporosis: true }],
    ['She has taken risedronate for three years. New T11 CF.', { osteoporosis: true }],
    ['On alendronate since 2020. New L2 CF.', { osteoporosis: true }],
    ['Breast Ca with bone mets, on denosumab. New T9 fx.', { osteoporosis: null }],
    ['Slid off the edge of the sofa onto the floor; new L1 CF.', { highEnergyTrauma: false }],
    ['Sat down heavily on a stool; T12 fx.', { highEnergyTrauma: false }],
    ['Pain began in a bout of coughing; T7 CF.', { highEnergyTrauma: false }],
  ]);
});

describe('care that failed, a cancer test, a fracture getting worse, in more words', () => {
  check([
    ['Back pain not controlled on tramadol x4 wk. L2 CF.', { failedConservativeWeeks: 4 }],
    ['Five weeks of a corset and paracetamol have given little benefit. T11 fx.', { failedConservativeWeeks: 5 }],
    ['Six weeks of supervised physiotherapy: pain worse than before. L1 CF.', { failedConservativeWeeks: 6 }],
    ['Despite four weeks on a higher dose of MST, the L3 fracture still hurts.', { failedConservativeWeeks: 4 }],
    ['Two weeks of bracing and analgesia has not improved her pain. T12 CF.', { failedConservativeWeeks: 2 }],
    ['New T10 CF. No cancer history, but a myeloma screen has been sent.', { malignancy: 'uncertain' }],
    ['Known L2 CF; the anterior wall has sagged from 25% to 45% height loss.', { knownFractureWorsening: true }],
    ['Known pathological fracture of T9 (2025). Her pain is much worse this week.', { knownFractureWorsening: true }],
  ]);
});

describe('levels after a possessive, beside a lesion, before a comma; options reviewed', () => {
  check([
    ["Vertebroplasty for Mr Okoye's L1 fracture in 2021.", { fractureLevels: ['L1'], augmentationLevels: ['L1'] }],
    ['Lytic metastasis at L3 with 40% pathological collapse.', { fractureLevels: ['L3'] }],
    ['Compression fractures T5 through T7, marrow oedema in all three.', { fractureLevels: ['T5', 'T6', 'T7'] }],
    ['Options including a brace and kyphoplasty at L2 were reviewed.', { augmentationLevels: [] }],
  ]);
});

describe("a letter's subject line, an examination, a check and a request in other words", () => {
  check([
    ['Dear Dr Ng,\n\nRe: Carl Meyer, 74\n\nNew L1 CF.', { age: 74 }],
    ['Normal lower-limb neuro exam. New T12 CF.', { neuroDeficit: false }],
    ['Myotomes, dermatomes and reflexes all normal. L1 CF.', { neuroDeficit: false }],
    ['Since this morning he cannot lift his L leg and is numb over the foot. New L1 CF.', { neuroDeficit: true }],
    ['New L2 CF. Plan denosumab once Ca checked.', { malignancy: null }],
    ['New T9 metastasis with pathologic collapse. Platelets and INR normal.', { coagulopathy: false }],
    ['MRI: acute L2 CF, no sinister features.', { malignantMriFeatures: false }],
    ['MRI: acute T11 CF; posterior margin straight.', { malignantMriFeatures: false }],
    ['MRI T-spine w/wo. 70F, new T8 CF, breast Ca.', { mriDone: false }],
    ['New L4 CF. The GP has asked for an MRI.', { mriDone: false }],
  ]);
});

describe('shorthand for new, treated and infected; pain at the construct; an operation dates its fracture', () => {
  check([
    ['XR: T10 compression # (new).', { newFractureLevels: ['T10'] }],
    ['L2 CF diagnosed 2 weeks ago, painful on standing.', { newFractureLevels: ['L2'] }],
    ['Path T9 # dx last wk.', { newFractureLevels: ['T9'], pathologicFracture: true }],
    ['s/p L1 KP 2023 for CF.', { fractureLevels: ['L1'], augmentationLevels: ['L1'] }],
    ['Urosepsis this week. New L2 CF.', { activeInfection: true }],
    ['Bld cx + for E. coli. New T12 CF.', { activeInfection: true }],
    ['L2-L4 PSF 2019. New pain at top of construct.', { painAtTreatedLevel: true }],
    ['L1-L3 PSF 2018 for L2 burst fx (MVC). No new fracture.', { newFractureLevels: [] }],
  ]);
});

describe('a fusion called a fixation; a recommendation in the third person', () => {
  check([
    [
      'Operated in 2020 for an L1 fracture: posterior fixation T12 to L2 with pedicle screws.',
      { fusionLevels: ['T12', 'L1', 'L2'], fractureLevels: ['L1'] },
    ],
    ['Neurosurgery recommends a T4 to T8 posterior fusion.', { fusionLevels: [] }],
  ]);
});

describe('ages in words, cancer by its drug or operation, new against an older study said in more ways', () => {
  check([
    ['A woman of eighty-one with a new L1 CF.', { age: 81, sex: 'female' }],
    ['He is seventy-five; new L2 CF.', { age: 75 }],
    ['New L2 fx. On daratumumab and lenalidomide.', { malignancy: true }],
    ['New T9 CF, ten years after a radical nephrectomy.', { malignancy: true }],
    ['GPA on rituximab. New T8 CF.', { malignancy: null }],
    ['Wedge fracture of L1 that was not there on a lumbar series taken last year.', { newFractureLevels: ['L1'] }],
    [
      'A mild L2 compression deformity that was absent on the same study a year ago.',
      { vcf: true, newFractureLevels: ['L2'] },
    ],
    [
      'Compression fracture of L3 with a quarter of its height lost; the baseline films from 2021 showed a normal L3.',
      { newFractureLevels: ['L3'] },
    ],
    ['VFA: grade 2 wedge deformity T12, not previously known.', { newFractureLevels: ['T12'] }],
    [
      'A moderate wedge deformity of T8 and a mild compression deformity of T9; neither was present on the 2019 film.',
      { newFractureLevels: ['T8', 'T9'] },
    ],
  ]);
});

describe('treated levels in words, care that failed, an endplate, edema and reflexes, a procedure after "for"', () => {
  check([
    ['T9 kyphoplasty in 2023. A deep ache has now returned at exactly that level.', { painAtTreatedLevel: true }],
    [
      'Vertebroplasty at the eleventh thoracic and first lumbar levels in 2020 for osteoporotic fractures.',
      { fractureLevels: ['T11', 'L1'], augmentationLevels: ['T11', 'L1'] },
    ],
    ['Pain for a fortnight despite paracetamol and a brace. New T7 CF.', { failedConservativeWeeks: 2 }],
    [
      'She has worn a brace and taken analgesics for the six weeks since, yet the pain has flared. L1 CF.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'MRI: bright STIR signal in the L4 body beneath a fractured superior endplate.',
      { vcf: true, fractureLevels: ['L4'] },
    ],
    ['MRI: old T12 wedge with normal fatty marrow signal and no edema.', { marrowEdema: false }],
    ['Strength, sensation and knee and ankle reflexes are normal. New L1 CF.', { neuroDeficit: false }],
    ['Recommend IR for T7 kyphoplasty.', { augmentationLevels: [] }],
  ]);
});

describe('a calcium check, a preference and a judgement are no cancer and no procedure', () => {
  check([
    ['T8 wedge fx. Plan zoledronic acid after checking Ca, vitamin D and creatinine.', { malignancy: null }],
    ['New L2 CF. Discussed kyphoplasty versus a brace; she favors kyphoplasty.', { augmentationLevels: [] }],
    [
      'Acute T12 CF with edema. Augmentation would otherwise be reasonable, but her INR has not corrected.',
      { augmentationLevels: [] },
    ],
  ]);
});

describe('round 30: care that failed in long lists, strains, exams, a finding pointed back at, protocols', () => {
  check([
    [
      'He has had about twelve weeks of conservative treatment - a TLSO, physical therapy, tramadol and lidocaine patches - yet the pain is worse than at diagnosis. T12 CF.',
      { failedConservativeWeeks: 12 },
    ],
    [
      'After eight weeks of a brace and regular analgesia her pain is worse rather than better. L1 CF.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'Five weeks of paracetamol, lidocaine patches and a brace have not meaningfully helped. T12 CF.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'Managed for six weeks with paracetamol and physiotherapy, but she reports more pain on standing. T11 CF.',
      { failedConservativeWeeks: 6 },
    ],
    ['She sneezed hard and felt a pop; new L2 CF.', { highEnergyTrauma: false }],
    ['She slid to the floor during a transfer; new L4 CF.', { highEnergyTrauma: false }],
    ['T11 CF after rolling out of bed.', { highEnergyTrauma: false }],
    ['Moves both legs against gravity and resistance symmetrically. New L4 CF.', { neuroDeficit: false }],
    [
      'Mild compression deformity of the T11 superior endplate. This is new compared with the CT of 2024.',
      { newFractureLevels: ['T11'] },
    ],
    ['New L4 CF. MRI L-spine without contrast once she can lie flat.', { mriDone: false }],
    ['MRI lumbar spine without contrast: acute L2 fracture with edema.', { mriDone: true }],
    ['MRI: acute T12 CF; posterior cortex not bowed.', { malignantMriFeatures: false }],
    [
      'CXR incidentally shows a new T10 wedge fracture; a T8 wedge deformity is unchanged.',
      { newFractureLevels: ['T10'] },
    ],
    ['New L4 CF; with the RCC history we must exclude a pathologic fracture.', { pathologicFracture: null }],
    ['Ca, alk phos and TSH normal. Old T11 wedge.', { malignancy: null }],
  ]);
});

describe("a second language's English; a recent strain dates the fracture it caused", () => {
  check([
    [
      'In the radiography there is a compression fracture of T8. Magnetic resonance has not been realized yet.',
      { mriDone: false },
    ],
    ['Pain again at the operation site. L1-L3 fixation 2020.', { painAtTreatedLevel: true }],
    [
      'A mild compression fracture of T11, which is new in comparison to the previous one.',
      { newFractureLevels: ['T11'] },
    ],
    ['CT: wedge-shaped deformation of Th7 and Th8.', { vcf: true, fractureLevels: ['T7', 'T8'] }],
    ['No malignoma in the anamnesis. T9 CF.', { malignancy: false }],
    ['She has no antecedents of neoplasia. L2 CF.', { malignancy: false }],
    ['Back pain since a week, without traumatism. L4 CF.', { highEnergyTrauma: false }],
    ['Neurological exploration normal. L4 CF.', { neuroDeficit: false }],
    ['Motor function and sensibility of the legs intact. T9 CF.', { neuroDeficit: false }],
    ['MRI: acute fracture-compression of L4 with bone edema in STIR.', { marrowEdema: true }],
    ['MRI show T12 fresh compression fracture, STIR high signal.', { marrowEdema: true }],
    [
      'Since 4 weeks she is having back pain, not improving with analgesics and corset. L2 CF.',
      { failedConservativeWeeks: 4 },
    ],
    ['Pain is increasing despite opioids since 3 weeks. T9 CF.', { failedConservativeWeeks: 3 }],
    ['Male patient of 27 years, motorbike accident. L2 burst fracture.', { age: 27, sex: 'male' }],
    [
      'Known for an osteoporotic fracture of T12; control radiographs show an accentuation of the collapse.',
      { knownFractureWorsening: true },
    ],
    [
      'He slipped on the ice three days ago. XR: compression fracture of L1 with 20% height loss.',
      { newFractureLevels: ['L1'] },
    ],
    ['She fell at home in January. XR: compression fracture of L1.', { newFractureLevels: [] }],
    ['Her daughter says she is more bent over this week. Old T8 wedge.', { highEnergyTrauma: null }],
    [
      'MRI: bright STIR signal throughout the L4 body beneath a fractured superior endplate.',
      { fractureLevels: ['L4'] },
    ],
  ]);
});

describe('a referral "re:" its procedure, clotting that does not correct', () => {
  check([
    ['New L3 CF.\nPlan: SBRT to L3. Referred to spine surgery/IR re: L3 kyphoplasty.', { augmentationLevels: [] }],
    ['New T11 CF. INR 1.9 and platelets 38, not correcting despite FFP.', { coagulopathy: true }],
  ]);
});

describe('round 31: a limit that is no denial, old said as longstanding, first seen weeks ago, shorthand', () => {
  check([
    ['She slipped yesterday and now cannot sit because of low back pain. L2 CF.', { symptomatic: true }],
    ['She cannot walk to the kitchen without stopping because of mid-back pain. T9 CF.', { symptomatic: true }],
    [
      'MRI: T9 CF with diffuse STIR hyperintensity, and a longstanding L4 wedge deformity with normal marrow signal.',
      { newFractureLevels: ['T9'] },
    ],
    [
      'Pathological compression fracture of L2, first seen on restaging CT three weeks ago.',
      { newFractureLevels: ['L2'] },
    ],
    ['69F s/p VP for T8, T9 OP CFs.', { fractureLevels: ['T8', 'T9'] }],
    ['DEXA-proven OP. Old T9 wedge.', { osteoporosis: true }],
    ['MRI: acute L2 + L4 CFs, STIR edema at both, fluid sign L2.', { newFractureLevels: ['L2', 'L4'] }],
    ['VP consult - T11 CF with edema on MRI. VP booked 14/3.', { augmentationLevels: [] }],
    ['Hx: pt 69, IgG kappa MM. New L1 fx.', { age: 69 }],
  ]);
});

describe("a relative's aside between commas", () => {
  check([
    ['Her son, who drove her here, had a vertebroplasty in 2022. Her own spine films are normal.', { vcf: false }],
  ]);
});

describe('round 32: plain words of nurses and therapists, letters that ask, a relative marked with "?"', () => {
  check([
    ['Call from Mr Okafor, 63, known to our team with myeloma. New L1 CF.', { age: 63 }],
    ['Daughter ?hereditary breast Ca; pt no Ca hx. T12 CF.', { malignancy: false }],
    ['- New T5 CF\n- MRI: not done, awaiting slot\n- Q: MRI w/ contrast vs CT', { mriDone: false }],
    [
      'Posterior instrumentation from the L4-L5 fusion overlies L4, and L3 shows dense endplate sclerosis.',
      { fusionLevels: ['L4', 'L5'] },
    ],
    ['I would be grateful for an MRI of the spine. New T7 CF.', { mriDone: false }],
    ['Neurological examination of the lower limbs is unremarkable. L2 CF.', { neuroDeficit: false }],
    ['Moving both legs well, feeling normal. New L1 CF.', { neuroDeficit: false }],
    ['Neuro: power/sens normal. New T12 CF.', { neuroDeficit: false }],
    [
      'Kyphoplasty for L2 in 2024. The same ache is back, right at the spot where the needles went in.',
      { painAtTreatedLevel: true },
    ],
    ['T12-L2 PSF 2021. Increasing LBP centred on old op site.', { painAtTreatedLevel: true }],
    ['MRI: new L1 fracture with bone swelling.', { marrowEdema: true }],
    ['MRI 2019: the L4 fracture had healed, no swelling in the bone.', { marrowEdema: false }],
    ['MRI: acute L1 CF; radiology say nothing sinister.', { malignantMriFeatures: false }],
    ['New L1 CF with a benign osteoporotic appearance on MRI.', { malignantMriFeatures: false }],
    ['Blood cultures from Friday negative, no temperature. New L1 CF.', { activeInfection: false }],
    ['Known L3 CF (August). New x-ray: L3 more collapsed than in August.', { knownFractureWorsening: true }],
    ['Sudden midback pain turning in bed 9/7 ago. T8 CF.', { highEnergyTrauma: false }],
  ]);
});

describe('round 33: a parent called Mum, a strain with a shovel, a mass denied, a procedure done "at our centre"', () => {
  check([
    ['Mum had osteoporotic spine #s. XR L/S: VB heights maintained, no #.', { vcf: false }],
    ['Sudden mid-back pain while shovelling heavy snow. New T7 CF.', { highEnergyTrauma: false }],
    ['MRI: L1 edema, no mass. New L1 CF.', { malignantMriFeatures: false }],
    [
      'Vertebroplasty at our centre in March 2022 for fractures of D12 and L1. Low back pain for the last one month, localised to the L1 level.',
      { augmentationLevels: ['T12', 'L1'], painAtTreatedLevel: true },
    ],
  ]);
});

describe('round 34: pain since a fall, STIR-bright, a drug as the cause, too few platelets', () => {
  check([
    [
      'He went down from standing at home on Sunday. Since then he has had low back pain. CT: acute L2 compression fracture.',
      { symptomatic: true, highEnergyTrauma: false },
    ],
    [
      'Radiographs show a new T11 wedge fracture. MRI T-spine this afternoon: STIR-bright edema through the T11 body.',
      { marrowEdema: true },
    ],
    ['New T7 and T9 deformities. Her only complaint is tingling in her feet from bortezomib.', { neuroDeficit: null }],
    ['New pathologic L3 fracture. Platelets 14k despite transfusion.', { coagulopathy: true }],
    [
      'Fell 3 weeks ago and has been managed with paracetamol, oxycodone and a brace, yet pain is still 8/10. L2 CF.',
      { failedConservativeWeeks: 3 },
    ],
  ]);
});

describe('round 35: "had ca", a state after a dash, MRI not available or requested with gadolinium, heights fallen from', () => {
  check([
    ['New L2 CF. Never had ca.', { malignancy: false }],
    ['New T9 CF. MRI T-spine pls - not done yet.', { mriDone: false }],
    ['New T9 CF. MRI - pending.', { mriDone: false }],
    ['L1 CF. Osteoporosis on alendronate, nil cancer.', { osteoporosis: true, malignancy: false }],
    ['New L4 fracture. MRI is not available here, so he was referred for an outpatient MRI.', { mriDone: false }],
    [
      'New T6 fracture. An MRI of the thoracic spine with and without gadolinium has been requested.',
      { mriDone: false },
    ],
    ['A 22-year-old who came off a 4-metre wall onto his back. CT: L1 burst fracture.', { highEnergyTrauma: true }],
    [
      'Fit and well with no known bone disease, who was thrown from a motorbike at highway speed. CT: L1 burst fracture.',
      { highEnergyTrauma: true },
    ],
  ]);
});

describe('round 35: a ward named like a deficit, a deficit begun lately, pain where the cement went, levels pointed back at', () => {
  check([
    ['Spinal Cord Injury Unit review. New L2 CF. Neurologically intact.', { neuroDeficit: false }],
    ['New L1 CF after a slip. Since this morning she has had numbness in both feet.', { neuroDeficit: true }],
    ['New T12 CF. His legs keep giving way.', { neuroDeficit: true }],
    ['New T12 CF. He has not voided since last night.', { neuroDeficit: true }],
    ['T12 kyphoplasty in 2021. Now pain right at the level of the old operation.', { painAtTreatedLevel: true }],
    ['L1 vertebroplasty in 2020. The pain is back exactly where they put the cement.', { painAtTreatedLevel: true }],
    ['s/p VP T11 + L1 for OP fx.', { fractureLevels: ['T11', 'L1'] }],
    ['s/p L1 KP 2021 (OP CF).', { fractureLevels: ['L1'] }],
    [
      'Cement within the T8 and T9 bodies. Old compression deformities at these levels.',
      { fractureLevels: ['T8', 'T9'] },
    ],
    ['Incidental: mild T11 CF on a staging CT.', { newFractureLevels: ['T11'] }],
    ['Acute T7 CF. Family asking re VP.', { augmentationLevels: [] }],
    ['Pathologic T8 fracture. MRI: epidural tumour compressing the cord.', { retropulsion: true }],
    ['Pathologic T11 fracture; the posterior wall is convex.', { malignantMriFeatures: true }],
    ['Old wedge fractures from T8 to T10. Her back pain is worse than last year.', { knownFractureWorsening: true }],
    ["Known L1 CF. A month of physio hasn't helped.", { failedConservativeWeeks: 4.3 }],
    ['Old T8 CF. Her FVC has fallen from 2.1 to 1.6 L.', { highEnergyTrauma: null }],
    [
      'If she fails to improve, options include L3-L5 decompression with extension of the fusion to L3.',
      { fusionLevels: [] },
    ],
  ]);
});

describe('round 35: a tumour collapse with fresh pain, a label in brackets, features of mets denied, a consult asked for', () => {
  check([
    ['Metastatic breast ca. MRI: pathologic T12 fracture. Mechanical pain x3 wks.', { newFractureLevels: ['T12'] }],
    ['Known pathologic T12 fracture from myeloma. Mechanical pain x3 wks.', { newFractureLevels: [] }],
    ['New T8 CF. No personal hx ca (FHx: father prostate ca). MRI pending.', { malignancy: false, mriDone: false }],
    ['New T7 CF. MRI: STIR edema T7, no features of mets.', { malignantMriFeatures: false }],
    ['Acute T10 CF. Interventional radiology consultation for kyphoplasty.', { augmentationLevels: [] }],
  ]);
});

describe('round 36: what a study shows after a history, pain that began lately, an MRI still needed, an older-looking wedge', () => {
  check([
    [
      'He has had acute back pain since a coughing fit yesterday, and CT chest shows an acute T11 compression fracture.',
      { newFractureLevels: ['T11'] },
    ],
    [
      'A previously healthy man fell four metres and has severe back pain. CT: L1 burst fracture.',
      { symptomatic: true },
    ],
    ['No history of cancer, and her DXA showed osteoporosis. New L2 CF.', { osteoporosis: true }],
    [
      'She had a T12 kyphoplasty in 2020 and, two weeks ago, felt sudden pain in her lower back. MRI: new L2 CF.',
      { symptomatic: true },
    ],
    ['He felt something give in his lower back. CT: acute L1 compression fracture.', { symptomatic: true }],
    ['New L1 CF. Strength, sensation and rectal tone are normal.', { neuroDeficit: false }],
    ['New L1 CF. He still needs an MRI.', { mriDone: false }],
    ["New T11 CF. I'd like you to get an MRI.", { mriDone: false }],
    [
      'T12 kyphoplasty for a pathologic compression fracture in January. Over the past two weeks the pain has returned.',
      { fractureLevels: ['T12'], newFractureLevels: [] },
    ],
    [
      'MRI: acute fractures of T11 and T12 with marrow oedema, and an older-looking wedge deformity of L3 without oedema.',
      { newFractureLevels: ['T11', 'T12'] },
    ],
    ['MRI: acute L1 fracture with edema, no features of a marrow-replacing process.', { malignantMriFeatures: false }],
    ['New L2 compression fracture. MRI of the L-spine can be obtained if clinically indicated.', { mriDone: false }],
    [
      'Increasing kyphosis. Possible mild T6 wedging; no definite compression fracture.',
      { knownFractureWorsening: null },
    ],
    ['Mild loss of height of the T12 vertebral body, possibly a compression fracture.', { vcf: 'uncertain' }],
  ]);
});

describe('round 37: shorthand arrows and labels, failed care in US drug names, what a hospital course did', () => {
  check([
    ['New T12 CF. No PMHx ca.', { malignancy: false }],
    ['WR: 63F. NEW ↓ power L leg 4/5 since yest. New T6 CF.', { neuroDeficit: true }],
    ["New T12 CF. ↓ sensation both legs + urinary ret'n since this am.", { neuroDeficit: true }],
    ['s/p L1 KP 8/12 ago for OP CF.', { fractureLevels: ['L1'] }],
    ['s/p VP T8, T9 (2022) for OP #s -> new T10 CF.', { fractureLevels: ['T8', 'T9', 'T10'] }],
    ['Known old OP L1 + L2 CF.', { osteoporosis: true }],
    ['Staging CT: mild T7 wedge CF. 61M, SCC lung dx 1/12.', { malignancy: true }],
    ['PET-CT f/u NHL (in CR): new T12 CF.', { malignancy: true }],
    ['63F - # T6 new on CXR, c/o midthoracic pain.', { newFractureLevels: ['T6'] }],
    ['Known chronic OP wedge #s T6-T9, ↑ thoracic kyphosis.', { knownFractureWorsening: true }],
    ['Old L1 CF. XR: progressive ht loss L1 vs 3/12 ago.', { knownFractureWorsening: true }],
    ['Path T9 CF. Plt 35.', { coagulopathy: true }],
    ['New L2 CF. He has done a fortnight of Norco + LSO w/o meaningful improvement.', { failedConservativeWeeks: 2 }],
    [
      'Old T8 CF. Over the past six weeks of PT, bracing and acetaminophen her pain has steadily worsened.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'New T12 CF. She was treated with a TLSO brace, hydrocodone and physical therapy for six weeks, but her pain remains 8/10.',
      { failedConservativeWeeks: 6 },
    ],
    ['New T8 CF. Admitted after a pneumonia that was fully treated last month.', { activeInfection: false }],
    ['Old T12 wedge. No personal or family history of cancer.', { malignancy: false }],
    ['Known T11 CF. MRI at the time showed no concerning features.', { malignantMriFeatures: false }],
    ['New L2 wedge on VFA. Lumbar spine T-score is -2.9.', { osteoporosis: true }],
    ['New L3 CF. Lower extremity strength and reflexes are symmetric and normal.', { neuroDeficit: false }],
    [
      'Acute T12 CF. Continence unchanged (chronically incontinent of urine from her dementia).',
      { neuroDeficit: null },
    ],
    ['Acute T8 CF on MRI. T8 vertebroplasty sched 11/22.', { augmentationLevels: [] }],
    ['MRI: bilateral sacral insufficiency fractures with marrow edema in both sacral ala.', { marrowEdema: null }],
    ['CT: incidental mild compression deformity of L1, age indeterminate.', { newFractureLevels: [] }],
    [
      'HOSPITAL COURSE: MRI showed an acute T12 fracture with edema. She underwent T12 kyphoplasty on day 3.',
      { treatedInNoteLevels: ['T12'] },
    ],
  ]);
});

describe('round 38: relatives in shorthand, a second language normal exam, a pain come back, a place pointed at', () => {
  check([
    ['New L2 CF. Mother had breast ca, pt no ca hx.', { malignancy: false }],
    ['New L2 CF. Bro w/ prostate ca.', { malignancy: null }],
    ['F 85, osteoporosis, new L3 sup endplate fx after GLF 2 wks ago.', { fractureLevels: ['L3'] }],
    ['Known L1 CF. Ht loss 20->40% on serial films.', { knownFractureWorsening: true }],
    ['Apparent mild anterior wedging of T8 may be related to patient rotation.', { vcf: 'uncertain' }],
    ['New L3 collapse. Neurology is without pathological findings.', { neuroDeficit: false }],
    ['L1 burst fracture. He conserves strength and sensibility in both legs.', { neuroDeficit: false }],
    ['Compression of L3 of indeterminate age. He has no neurological clinic.', { neuroDeficit: false }],
    ['T12 kyphoplasty last year. She now has a return of the same pain.', { symptomatic: true }],
    ['Known T12 CF. She has no bladder or leg symptoms.', { neuroDeficit: false }],
    [
      'A biopsy confirmed myeloma infiltration at L4, where he has a pathological compression fracture.',
      { fractureLevels: ['L4'] },
    ],
    ['MRI: acute L2 fracture with edema, the posterior wall intact.', { malignantMriFeatures: false }],
    ['Old T8 wedge on CXR. His main complaint is a sore right knee.', { symptomatic: null }],
  ]);
});

describe('round 39: pain that has lasted weeks, a scanner far away, a blast, a place pointed at as "that vertebra"', () => {
  check([
    [
      'T9 vertebroplasty in 2022, and for three weeks she has had pain exactly at the cemented level.',
      { painAtTreatedLevel: true },
    ],
    [
      'T11-L1 fusion in 2023. He has had six weeks of increasing pain right where the construct is.',
      { painAtTreatedLevel: true },
    ],
    ['s/p L2 KP 11/2023, both for osteoporotic CFs.', { fractureLevels: ['L2'] }],
    ['Breast ca 2015. On zoledronic acid for OP. Old T12 wedge.', { osteoporosis: true }],
    [
      'Does she need a vertebroplasty? MRI of the lumbar spine shows no compression fracture and no marrow oedema.',
      { vcf: false },
    ],
    ['His patrol vehicle struck an IED this morning. CT: T12 burst fracture.', { highEnergyTrauma: true }],
    ['New T8 wedge fracture. The nearest MRI scanner is 190 miles away.', { mriDone: null }],
    ['New T7 CF. Legs: normal power, reflexes and sensation.', { neuroDeficit: false }],
    ['Sudden low back pain after jumping down a single step. MRI: acute L3 fracture.', { highEnergyTrauma: false }],
    [
      'Biopsy of L2 confirmed metastatic HCC with a new pathologic compression fracture of that vertebra.',
      { fractureLevels: ['L2'] },
    ],
    ['A CT done after a seizure with possible aspiration incidentally shows a T7 compression fracture.', { vcf: true }],
  ]);
});

describe('round 40: a drug class, a conclusion after a denial, an open age, a comparison in shorthand', () => {
  check([
    ['New L4 CF. He is not on any osteoporosis medication.', { osteoporosis: null }],
    [
      'MRI: acute L2 fracture with edema; no soft-tissue mass, a pattern typical of osteoporotic collapse.',
      { osteoporosis: true },
    ],
    [
      'The chest film incidentally shows a T12 wedge compression deformity of indeterminate age.',
      { newFractureLevels: [] },
    ],
    [
      'Surveillance CT: new L2 compression fx, not present 1 yr ago.',
      { fractureLevels: ['L2'], newFractureLevels: ['L2'] },
    ],
    ['CT: incidental old healed T12 wedge deformity. Remote MVA 2008 w/ T12 #.', { newFractureLevels: [] }],
    ['Prior L4-5 laminectomy in 2020. New T12 compression fracture.', { priorSurgeryUnspecified: true }],
    ['Known T12 OP # dx Nov. Standing XR: ↑ anterior wedging T12.', { knownFractureWorsening: true }],
    ['MRI req - 84F with a new T12 wedge fracture.', { mriDone: false }],
  ]);
});

describe('round 41: a talk about a procedure, spaced-slash fields, calcium after vitamin D, kyphosis that has increased', () => {
  check([
    [
      'New L1 compression fracture. We will repeat the films, followed by a discussion with oncology about vertebroplasty.',
      { augmentationLevels: [] },
    ],
    ['New T11 CF. He has asked about kyphoplasty, which is not yet arranged.', { augmentationLevels: [] }],
    ['Acute T8 wedge fracture. An MRI of the thoracic spine has been recommended.', { mriDone: false }],
    [
      'New L2 CF. Admitted overnight for analgesia, with an MRI of the lumbar spine in the morning.',
      { mriDone: false },
    ],
    ['88F / fall / no neuro deficit / MRI done: L1 marrow oedema', { mriDone: true, marrowEdema: true }],
    ['73M / new L3 CF / Adv: MRI L-spine', { mriDone: false }],
    ['Old T9 wedge fracture on CXR. Denies cancer. Plan: start vit D/Ca.', { malignancy: false }],
    [
      'Known old T6 and T7 wedge fractures. Over the past year her kyphosis has markedly increased.',
      { knownFractureWorsening: true },
    ],
    [
      'Old T10-T12 compression fractures; short of breath from the progressive kyphotic deformity.',
      { knownFractureWorsening: true },
    ],
    ['Known T12 #. Serial XR: ↑ T12 collapse.', { knownFractureWorsening: true }],
    ['Known L1 #, stable since 2022. LBP ↑ over 3/52.', { knownFractureWorsening: true }],
    ['Routine CT: mild compression defomity of L3.', { fractureLevels: ['L3'] }],
    [
      'L2 # 2023. Her pain is worse despite ten weeks of a supervised exercise programme.',
      { failedConservativeWeeks: 10 },
    ],
    ['T12 and L1 wedge #s, acute / no neuro sx', { newFractureLevels: ['T12', 'L1'] }],
    ['Chest film: interval development of moderate T7 compression deformity.', { newFractureLevels: ['T7'] }],
    ['New T10 CF. Neuro: UMN/LMN exam normal.', { neuroDeficit: false }],
    ['s/p VP T12 2019 (outside hosp) for OP #.', { fractureLevels: ['T12'] }],
    ['PMHx: OP, AF. New L4 CF.', { osteoporosis: true }],
  ]);
});

describe('round 42: forms with fields between bars or semicolons, tick boxes, answers of later', () => {
  check([
    [
      'Known T9 OP CF since March. Pain incr over the last 3/52. XR: no further collapse.',
      { knownFractureWorsening: true },
    ],
    ['Age 80 | Reason: new L1 CF | Cancer: denies | Weakness: no', { malignancy: false, neuroDeficit: false }],
    ['Pt: 70 F; XR: acute T11 CF; Ca history: N; MRI: not yet', { malignancy: false, mriDone: false }],
    ['New L2 wedge fracture.\nMRI: booked\nNeuro: intact', { mriDone: false }],
    [
      'New T12 CF. [x] osteoporosis  [ ] malignancy  [ ] prior spine surgery',
      { malignancy: false, osteoporosis: true },
    ],
    ['Age 77 | F | acute L3 CF after a fall', { sex: 'female' }],
    ['L1 CF, acute. Conservative mx: analgesia + brace 3 wks, pain still 7/10.', { failedConservativeWeeks: 3 }],
    ['Old osteoprotic wedge fracture of T8.', { osteoporosis: true }],
  ]);
});

describe('round 42: messages and on-call notes, a target INR, a question told with a past operation', () => {
  check([
    [
      'Acute L1 CF, MRI: marrow oedema. On warfarin for a valve (target INR 2.5-3.5); INR normal today.',
      { coagulopathy: false },
    ],
    ['Acute T9 CF. INR 2.9 on warfarin - plan to reverse with vitamin K before the procedure.', { coagulopathy: null }],
    ['Acute L3 fracture; coagulation is correctable.', { coagulopathy: false }],
    ['New T12 CF. Long-standing steroid-induced OP.', { osteoporosis: true }],
    ['Known pathological T5 fracture. Her back is much worse these last two weeks.', { symptomatic: true }],
    ['On-call vetting - MRI request from the ward: 70F, new L2 CF, severe pain.', { mriDone: false }],
    ['New L4 CF.\nAccepted: MRI lumbar spine, routine.', { mriDone: false }],
    ['New T10 CF. No cancer; her husband mentions his own bowel cancer.', { malignancy: false }],
    [
      'Which test next for a man with a T11-L1 posterior fusion and new pain at L2?',
      { fusionLevels: ['T11', 'T12', 'L1'] },
    ],
  ]);
});

describe('round 42: transcriptions — a patient in a relatives section, a quote before a stop, a joint fusion, a test for a disease', () => {
  check([
    [
      'IMAGING: MRI of the lumbar spine with and without contrast from last week: acute L2 compression fracture.',
      { mriDone: true },
    ],
    [
      'Three weeks of new low back pain; MRI: new L1 fracture.\nASSESSMENT: 2. T6 fusion, stable, asymptomatic at that level.',
      { symptomatic: true },
    ],
    [
      'New T12 CF.\n\nFAMILY HISTORY: Mother with osteoporosis. The patient had breast cancer in 2015.',
      { malignancy: true },
    ],
    ['Old T8 wedge.\n\nFAMILY HISTORY: Father had "a bad back." She denies any cancer herself.', { malignancy: false }],
    [
      'L1 kyphoplasty in 2019. Known T11 fracture, now worse. Tender at the thoracolumbar junction over T11.',
      { painAtTreatedLevel: false },
    ],
    [
      'Acute L3 CF after a fall. PAST SURGICAL HISTORY: right first MTP joint fusion 2017.',
      { priorSurgeryUnspecified: null },
    ],
    ['Chronic T9 wedge deformity, incidental. No known osteoporosis testing.', { osteoporosis: null }],
    [
      'Wrist fracture after a fall; mild median nerve paresthesia after reduction. Old T10 wedge on CXR.',
      { neuroDeficit: null },
    ],
  ]);
});

describe('round 43: a fracture told by lost height, form answers of a level or of later, a burst before its "#"', () => {
  check([
    ['Films show the first lumbar vertebra has lost about half of its anterior height.', { fractureLevels: ['L1'] }],
    [
      'On CT the ninth thoracic vertebral body has collapsed by a third of its height, a new finding since 2023.',
      { fractureLevels: ['T9'], newFractureLevels: ['T9'] },
    ],
    ['MRI: acute L4 compression with STIR oedema.', { fractureLevels: ['L4'] }],
    ['MRI: acute L2 wedge fracture with bright marrow signal on STIR.', { marrowEdema: true }],
    ['s/p VP to T11 and T12 in 2019 for osteoporotic #s.', { fractureLevels: ['T11', 'T12'] }],
    ['CT: cement within T12 and L1 at the sites of previously treated fractures.', { fractureLevels: ['T12', 'L1'] }],
    [
      'New T12 CF. She has been in a TLSO brace with regular analgesia for the last three weeks, yet her pain remains 8/10.',
      { failedConservativeWeeks: 3 },
    ],
    ['Acute L3 CF. Paracetamol for the past week has not controlled it.', { failedConservativeWeeks: 1 }],
    ['Patient: 81 years, new T9 CF.', { age: 81 }],
    ['New L1 CF. Neuro: no sx.', { neuroDeficit: false }],
    ['fresh T12 crush # after a fall. BLE NAD.', { fractureLevels: ['T12'], neuroDeficit: false }],
    ['Age: 80 | New #: L2, acute | Pain: 7/10', { fractureLevels: ['L2'], newFractureLevels: ['L2'] }],
    ['New T8 CF | MRI: booked 21/3', { mriDone: false }],
    ['New T8 CF | MRI: not yet - urgent req sent', { mriDone: false }],
    ['New L1 CF | Prior VP/KP: [ ] | Prior spinal surgery: N', { augmentationLevels: [] }],
    ['Known T10 OP CF. Kyphosis: progressing on serial XR.', { knownFractureWorsening: true }],
    ['Known L2 CF, managed in a TLSO x8/52. Now worsening pain.', { failedConservativeWeeks: 8 }],
    [
      'IR pre-assessment - kyphoplasty list Friday. Acute T12 CF, no previous spinal procedures.',
      { priorSurgeryUnspecified: null },
    ],
  ]);
});

describe('round 43: a spell of health before the pain came back, a query answered no', () => {
  check([
    [
      'She had kyphoplasty at L1 in 2020 for painful osteoporotic fractures and did well until about six weeks ago, when the old pain returned in the same place.',
      { symptomatic: true, painAtTreatedLevel: true },
    ],
    ['Known L1 OP CF. ?hx myeloma - no, MGUS only.', { malignancy: false }],
  ]);
});

describe('round 44: a deficit of years is a deficit, but not a new one', () => {
  check([
    [
      'Complete T8 paraplegia since a motorbike crash in 2006. A DXA scan shows a new L2 wedge fracture; he has no pain.',
      { neuroDeficit: true, deficitLongStanding: true, symptomatic: false },
    ],
    [
      'Right foot drop ever since her L4-5 fusion, unchanged today. Three weeks of new T9 pain; XR: acute T9 CF.',
      { neuroDeficit: true, deficitLongStanding: true },
    ],
    [
      'Long-standing mild leg weakness from an old cord injury; since yesterday new numbness of both legs. New T11 CF.',
      { neuroDeficit: true, deficitLongStanding: false },
    ],
    ['Acute L1 burst fracture; he has not passed urine since the crash.', { deficitLongStanding: null }],
  ]);
});

describe('round 44: request forms, a length before a history, a label of two letters, a tackle', () => {
  check([
    ['REQUEST: MRI L-spine\nSex/Age: M / 77y\nIndication: new L3 CF', { age: 77, sex: 'male' }],
    ['MSK request | Pt: (M) 71y | Dx: acute T10 CF', { age: 71, sex: 'male' }],
    ['Symptoms: back pain | Pt: 79, F | new L1 CF', { sex: 'female' }],
    ['Demographics: Mrs, 84 years. New T12 CF.', { age: 84, sex: 'female' }],
    ['XR: L1 compression # looks new (wasnt there on XR from 2022).', { newFractureLevels: ['L1'] }],
    [
      '71F, breast ca in remission, now 3wk hx of progressive thoracic back pain. XR: acute T9 collapse.',
      { symptomatic: true },
    ],
    ['T11-L1 fusion 2020. Two months of pain right at the level of the metalwork.', { painAtTreatedLevel: true }],
    [
      'Indication: follow-up after kyphoplasty | Hx: L1 kyphoplasty 2022 | XR: new T11 CF',
      { augmentationLevels: ['L1'] },
    ],
    ['Request type: MRI lumbar spine\nIndication: new L2 CF', { mriDone: false }],
    ['Specific question: pathological fracture? Known prostate ca. New L4 CF.', { pathologicFracture: null }],
    ['Acute L1 CF after a fall. Can he be considered for kyphoplasty pls', { augmentationLevels: [] }],
    ['Acute T12 CF; no MRI. Referral: IR - vertebral augmentation assessment.', { priorSurgeryUnspecified: null }],
    ['Acute L2 burst fracture after a static-line para jump with a hard landing.', { highEnergyTrauma: true }],
    ['New T10 CF. She walks with normal leg strength and sensation.', { neuroDeficit: false }],
    [
      'Known path L2 fracture; pain rising over those three weeks despite dexamethasone and regular oxycodone.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Recent path L2 fracture. We are discussing radiofrequency ablation with cement augmentation.',
      { augmentationLevels: [] },
    ],
  ]);
});

describe('round 45: a form denying only the patient, care for the whole weeks, a pathologic fracture of another bone', () => {
  check([
    ['New L2 CF.\nCancer: no personal history; sister had breast ca', { malignancy: false }],
    ['New T9 CF.\nOncologic hx: none personally; father with lung cancer', { malignancy: false }],
    [
      'Acute L1 CF after a trip; pain since, despite paracetamol, codeine and a brace for the whole four weeks.',
      { failedConservativeWeeks: 4 },
    ],
    ['Known L2 OP CF. Now 5/52 progressively worse LBP despite co-codamol and physio.', { failedConservativeWeeks: 5 }],
    ['Acute T11 CF. Motor and sensory examination of the lower extremities is normal.', { neuroDeficit: false }],
    ['MRI THORACIC SPINE - clinical notes\nFindings: acute T8 CF with marrow oedema.', { mriDone: true }],
    [
      'CXR: vertebroplasty cement within the T9 and T10 vertebral bodies at the sites of chronic compression fractures.',
      { fractureLevels: ['T9', 'T10'] },
    ],
    [
      'Breast ca with a pathologic fracture of the left femoral neck. Vertebral heights are normal.',
      { pathologicFracture: null },
    ],
  ]);
});

describe('round 46: an onset after a denial, "no new deficits" beside an old one', () => {
  check([
    ['Osteoporosis on no treatment, acute low back pain since lifting a box. CT: new L3 CF.', { symptomatic: true }],
    [
      'New T9 CF. Chronic left foot drop since 2015, unchanged, no new deficits.',
      { neuroDeficit: true, deficitLongStanding: true },
    ],
  ]);
});

describe('round 47: a relative as a label, a cause after "#", a long bracket before "for", consent', () => {
  check([
    ['New L1 CF. FHx: dad ?bowel ca -- pt herself never had any ca', { malignancy: false }],
    ['New L3 CF.\nOncology hx: none.\nMother: breast ca.', { malignancy: false }],
    ['Pathological T9 and T11 #s from myeloma, stable.', { fractureLevels: ['T9', 'T11'] }],
    ['MRI: acute L2 CF with oedema. Also chronic L4 endplate # -- no oedema.', { fractureLevels: ['L2', 'L4'] }],
    [
      'Previous: VP T10 and T11 (2020, same session) for OP fractures. New L1 CF.',
      { fractureLevels: ['T10', 'T11', 'L1'] },
    ],
    ['New T12 CF with BME on MRI. Consented for KP T12 next list.', { augmentationLevels: [] }],
  ]);
});

describe('round 47: care told before its failure in one clause', () => {
  check([
    [
      'Known L3 OP CF since March. After 10 weeks of a brace and analgesics her pain is steadily worse.',
      { failedConservativeWeeks: 10 },
    ],
  ]);
});

describe('round 48: sex symbols, a line as an item, a query answered no, a speed, OVF', () => {
  check([
    ['Spine clinic | ♂ 66 | new L2 CF', { age: 66, sex: 'male' }],
    [
      'pathologic # L3 dx 2 wks ago - MRI: convex post cortex, no cord compression\nmechanical LBP worse standing, eased lying flat',
      { symptomatic: true },
    ],
    ['New L1 CF. ca hx: nil (dtr - breast ca)', { malignancy: false }],
    ['New T12 CF. neuro: PNS intact', { neuroDeficit: false }],
    ['New L2 CF. myeloma? - no, that is her sister', { malignancy: false }],
    ['Ca hx: none (brother - lung ca)\nNew L4 CF', { malignancy: false }],
    ['acute L1 # confirmed on MRI today', { fractureLevels: ['L1'] }],
    ['TRAUMA CALL | 31M | car vs tree ~90 km/h | CT: L1 burst #', { highEnergyTrauma: true }],
    [
      'Chronic L2 OVF. Brace + NSAID x 2 mo -> pain increasing.',
      { fractureLevels: ['L2'], failedConservativeWeeks: 8.7 },
    ],
    ['6 wks rest + brace + tramadol -> no improvement. Recent L4 OP CF.', { failedConservativeWeeks: 6 }],
    ['Known T10 OP CF. Kyphotic angle 15 -> 30 deg over 6 mo, pain ^.', { knownFractureWorsening: true }],
    ['Onc r/v | mRCC on pazopanib | new T8 CF', { malignancy: true }],
    [
      'Chronic T10 CF.\nlong-standing R foot drop (2011), unchanged - no new weakness\nworsening deformity over 6 mo',
      { deficitLongStanding: true },
    ],
  ]);
});

describe('round 49: acuity after a comma, a talk or an option, a dated study, a relative now, a decompression', () => {
  check([
    ['Plain film: T11 wedge fracture, fresh-looking.', { newFractureLevels: ['T11'] }],
    ['T12 CF on XR. Advised MRI, booked for Monday.', { mriDone: false }],
    ['T9 kyphoplasty 2021. Over three months she has had a nagging ache over T9.', { symptomatic: true }],
    ['New L2 CF, painful. Vertebroplasty discussed, but she prefers a brace for now.', { augmentationLevels: [] }],
    ['Path T6 fracture from myeloma, mechanical pain. Kyphoplasty remains an option.', { augmentationLevels: [] }],
    ['New L3 CF. Rheumatology want an MRI first.', { mriDone: false }],
    ['New T12 CF. MRI T/L spine approved at vetting.', { mriDone: false }],
    [
      'New L1 CF with back pain. Past: L5/S1 microdiscectomy in 2015.',
      { priorSurgeryUnspecified: true, fractureLevels: ['L1'] },
    ],
    [
      'Kyphoplasty at T8 in 2020, an L4/5 decompression and fusion in 2017.',
      { augmentationLevels: ['T8'], fusionLevels: ['L4', 'L5'] },
    ],
    ['MRI: L2 fracture, marrow oedema; the signal pattern was reported as benign.', { malignantMriFeatures: false }],
    ['New L1 CF. Four weeks of paracetamol and a corset have not touched the pain.', { failedConservativeWeeks: 4 }],
    [
      'New T11 CF. Her son currently on chemotherapy for bowel cancer; no personal history of cancer.',
      { malignancy: false },
    ],
    [
      'T10 vertebroplasty 2020 for a fracture; the old pain came back, which he localises exactly to the cemented T10 level.',
      { painAtTreatedLevel: true },
    ],
    ["s/p L2 kyphoplasty Mar '22 for a low-energy CF.", { fractureLevels: ['L2'] }],
    ['New T8 CF. Husband had prostate cancer; she herself is cancer-free.', { malignancy: false }],
    [
      'PMH: L4-S1 PLIF 2017, OP on denosumab. 81 yo F c/o acute LBP x10d, non-radiating. XR: new L3 compression fx.',
      { symptomatic: true },
    ],
    ['Myeloma. CT 10 days ago: pathologic T9 compression fracture.', { newFractureLevels: ['T9'] }],
    ['Myeloma with a pathologic L3 collapse on CT three weeks ago.', { newFractureLevels: ['L3'] }],
    ['Survey: an L4 compression fracture not seen previously.', { newFractureLevels: ['L4'] }],
    ['Thoracic back pain, worse at night. New T7 wedge fracture.', { nightPain: true }],
    [
      'Hx R ankle # from a motorbike crash as a teenager. 40F, back pain, no fracture on XR.',
      { highEnergyTrauma: null },
    ],
    ['New L2 CF. MRI could be helpful.', { mriDone: false }],
    [
      'New T12 CF. For the past 4 weeks she has been treated with a brace and codeine without real relief.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Pathologic L5 fracture. Back pain for 2 weeks, worse on standing, despite oxycodone.',
      { failedConservativeWeeks: 2 },
    ],
    ['New L1 CF. MRI not possible - pacemaker.', { mriDone: false }],
  ]);
});

describe('round 50: a reader’s verdict on age, a level as its own subject, a deficit of years, a plan of two procedures', () => {
  check([
    [
      'XR: compression fracture of T11 which the duty radiologist felt was acute, query osteoporotic.',
      { newFractureLevels: ['T11'] },
    ],
    [
      'MRI: acute L2 fracture with oedema and no features to suggest an underlying lesion.',
      { malignantMriFeatures: false },
    ],
    ['New L2 CF. MRI L-spine with gad requested (not yet done).', { mriDone: false }],
    [
      'T12-L2 posterior stabilisation with pedicle screws (2020) for D12 fracture. Now acute pain since 3 days after a bout of coughing. XR: new T11 CF.',
      { newFractureLevels: ['T11'] },
    ],
    ['Family med f/u: 80F. XR shows a T9 wedge fracture.', { fractureLevels: ['T9'] }],
    ['New T12 CF with marrow oedema on MRI. We will list him for T12 vertebroplasty.', { augmentationLevels: [] }],
    [
      'New L2 CF. He has had tingling in the right foot since a disc operation in 2012, unchanged.',
      { neuroDeficit: true },
    ],
    [
      'New L1 CF. Chronic L5 radiculopathy with mild weakness of great toe extension, unchanged since 2015. No new numbness or weakness.',
      { neuroDeficit: true },
    ],
    ['New T10 CF. Her father had lung cancer; she has none herself.', { malignancy: false }],
    [
      'T6 vertebroplasty 2019 for a compression fracture. MRI: acute T9 fracture with bone marrow edema, and the T6 level is unchanged.',
      { newFractureLevels: ['T9'] },
    ],
    [
      'L2 vertebroplasty 2021. XR today: L2 cement in place, the healed T11 unchanged, no new fracture.',
      { augmentationLevels: ['L2'] },
    ],
    [
      'She was diagnosed with an L3 compression fracture five months ago. Her back pain is now worse despite a brace.',
      { knownFractureWorsening: true },
    ],
    [
      'Myeloma. Pathologic T8 fracture. Mechanical pain at night and on turning has been increasing over three weeks.',
      { symptomWeeks: 3 },
    ],
    ['New L4 CF. Neurologicaly intact.', { neuroDeficit: false }],
    ['Pain at the site of her previous vertebroplasty. L1 VP 2020.', { painAtTreatedLevel: true }],
    [
      'Metastatic prostate cancer, T9 collapse with cord compression. Neurosurgery recommend decompression at T9 with T7 to T11 posterior fixation.',
      { fusionLevels: [] },
    ],
    [
      'MRI: acute L1 compression fracture with marrow edema; the L4 deformity is old and fully healed.',
      { newFractureLevels: ['L1'] },
    ],
    [
      'Fell 3 days ago. XR: new L2 compression fracture; a T9 wedge deformity, already present on a 2020 film.',
      { newFractureLevels: ['L2'] },
    ],
    ['New painful L2 CF, 2 weeks. Vertebroplasty was mentioned at clinic.', { augmentationLevels: [] }],
  ]);
});

describe('round 51: second-language notes, transcriptions’ MRI sequences and brackets, vignette phrasing', () => {
  check([
    ['Fresh L2 wedge fracture on XR after a fall 3 days ago. Not yet scanned with MRI.', { mriDone: false }],
    ['New painful L1 CF. Her GP suggested vertebroplasty.', { augmentationLevels: [] }],
    ['New T11 CF. His brother had bowel cancer; he has none.', { malignancy: false }],
    [
      'MRI: acute L2 fracture with marrow oedema; the L1 wedge deformity above is old with normal signal.',
      { newFractureLevels: ['L2'] },
    ],
    ['New L3 CF with back pain. Chest infection last month, treated.', { activeInfection: false }],
    ['CT: an acute L1 compression fracture that was not there four months ago.', { newFractureLevels: ['L1'] }],
    ['A T9 fx found last year was booked for VP, then cancelled.', { fractureLevels: ['T9'] }],
    ['Follow-up: 80-year-old man with a known L2 compression fracture, now worse pain.', { fractureLevels: ['L2'] }],
    ['Multiple chronic OP CFs T6-T8, progressive hyperkyphosis and back pain.', { knownFractureWorsening: true }],
    ['MRI: STIR oedema in L3 with a T1 dark fracture line.', { fractureLevels: ['L3'] }],
    ['Screws at L2 (short screws given the fracture) and L4, for an L3 burst fracture.', { fractureLevels: ['L3'] }],
    ['Acute L1 CF. After 5 weeks of a brace and paracetamol, her pain remains 7/10.', { failedConservativeWeeks: 5 }],
    [
      'L2 kyphoplasty 2020. Now new pain just above the old treated level. XR: new L1 CF.',
      { painAtTreatedLevel: false },
    ],
    ['New T12 CF. Numbness of the left heel, also old.', { deficitLongStanding: true }],
    [
      'MRI pelvis: fracture lines through both sacral alae with marrow edema on STIR. Lumbar bodies normal.',
      { marrowEdema: null },
    ],
    ['Patient of 81 years, feminine sex, with dorsal pain.', { age: 81, sex: 'female' }],
    ['Mrs T., aged of 77 years, new L1 CF.', { age: 77 }],
    ['Patient (f), 66 y. New L2 CF.', { age: 66, sex: 'female' }],
    ['Radiographs show a recent vertebral tassement of L3.', { fractureLevels: ['L3'] }],
    ['Lumbalgia since 10 days. New L2 CF.', { symptomatic: true }],
    ['XR: collapse of the D9 vertebral body, not present in the previous control of 2022.', { fractureLevels: ['T9'] }],
    ['New T10 CF. The MRI was not carried out.', { mriDone: false }],
    ['New L1 CF. Scanner and MRI are not yet realized.', { mriDone: false }],
    ['Painful L1 collapse with oedema. We propose kyphoplasty.', { augmentationLevels: [] }],
    ['New L2 CF. Residual paresis of left foot after an L5 radiculopathy in 2016.', { neuroDeficit: true }],
    ['Status post spondylodesis Th11-L1 in 2019. New T10 CF.', { fusionLevels: ['T11', 'T12', 'L1'] }],
    ['MRI: acute T8 fracture, no pedicle invasion.', { malignantMriFeatures: false }],
    ['MRI: acute L3 fracture with oedema, without signs of malignity.', { malignantMriFeatures: false }],
    ['MRI: bone marrow edema in L2, no tumour signs.', { malignantMriFeatures: false }],
    ['Old T7-T9 compression fractures. Increase of kyphotic deformity over a year.', { knownFractureWorsening: true }],
    [
      'Old L4 compression fracture. The height loss of L4 is increased on today’s film.',
      { knownFractureWorsening: true },
    ],
    [
      'L2-L4 arthrodesis in 2018 for an L3 burst fracture. Now pain in the region of the arthrodesis.',
      { painAtTreatedLevel: true },
    ],
    [
      'New L2 CF. Lumbalgia of 4 weeks that does not improve with analgesics and corset.',
      { failedConservativeWeeks: 4 },
    ],
    ['Pathologic L2 fracture. Back pain on walking, which is getting worse in these 3 weeks.', { symptomWeeks: 3 }],
    ['New T12 CF. Neurological status: without focal symptomatics.', { neuroDeficit: false }],
    ['New L1 CF. Both lower limbs MMT 5.', { neuroDeficit: false }],
    ['Incidentally seen a wedge deformity of Th9, the age of it is unclear.', { newFractureLevels: [] }],
    [
      'Myeloma. The MRI of the lumbar spine realized last week shows a pathological collapse of L2.',
      { newFractureLevels: ['L2'] },
    ],
  ]);
});

describe('round 52: more second languages, dictation’s long sentences, a history’s old word', () => {
  check([
    ['New L1 CF. Neurological deficit (-).', { neuroDeficit: false }],
    ['New T11 CF. No neurologic abnormality.', { neuroDeficit: false }],
    ['New L2 CF. Neurologically there are no deviations.', { neuroDeficit: false }],
    ['New T10 CF. Motoric and sensoric normal.', { neuroDeficit: false }],
    ['Back pain since a fall. On the X-ray there is seen an impression fracture, 25% height loss.', { vcf: true }],
    ['Myeloma. His platelet count is persistently low (25,000/cumm). New L3 CF.', { coagulopathy: true }],
    [
      'At the chest X-ray for pneumonia there was coincidentally seen a wedge deformity of Th9. No back pain.',
      { newFractureLevels: ['T9'] },
    ],
    ['The patient does not report any pains of the columna. T8 wedge fracture on RTG.', { symptomatic: false }],
    [
      'Old L1 CF, conservative. Treated with corset during 5 weeks but pain not reduce.',
      { failedConservativeWeeks: 5 },
    ],
    ['New T12 CF. Loss of weight of 6 kg in 3 months, not explained.', { weightLoss: true }],
    ['New L2 CF. MRI is not checked yet.', { mriDone: false }],
    [
      'Path L3 fracture. We ask your decision of treatment (radiotherapy, vertebroplasty or operation).',
      { augmentationLevels: [] },
    ],
    ['Multiple old osteoporotic compression fractures of Th6-Th8.', { fractureLevels: ['T6', 'T7', 'T8'] }],
    [
      'Since 3 weeks he has had back pain in the site of the previous operation. T12-L2 posterior fixation 2020 for an L1 fracture.',
      { painAtTreatedLevel: true },
    ],
    [
      'Knee osteoarthritis, painful despite weight loss and physiotherapy. Old T9 wedge fracture.',
      { weightLoss: null },
    ],
    ['Old T10 CF. The MRI was not needed.', { mriDone: false }],
    ['Emergent MRI of the lumbar spine showed an acute L2 fracture with oedema.', { mriDone: true }],
    [
      'New L1 CF. She completed eight weeks of outpatient physical therapy and has taken hydrocodone-acetaminophen 5/325 mg three times daily with a lidocaine patch, without meaningful improvement.',
      { failedConservativeWeeks: 8 },
    ],
    ['Acute L1 CF. Failure of four weeks of nonoperative management.', { failedConservativeWeeks: 4 }],
    [
      'Acute T12 CF. For 3 weeks she has had pain at the junction, unrelieved by paracetamol and a brace.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'A chronic L2 osteoporotic fracture, first diagnosed 6 months ago. Her pain is worse now than at the start.',
      { knownFractureWorsening: true },
    ],
    ['RTG: compression fracture of L4, new in comparison to the RTG from 2023.', { newFractureLevels: ['L4'] }],
    ['CT: compression fracture of D9, that was not described in the CT from 2022.', { newFractureLevels: ['T9'] }],
    ['Old T7-T9 fractures. Increasing of the thoracic kyphosis over a year.', { knownFractureWorsening: true }],
    ['MRI: acute L1 fracture with oedema, no signs of malignancy.', { malignantMriFeatures: false }],
  ]);
});

describe('round 53: safety-netting, a referral about a procedure, a place before the pain’s verb', () => {
  check([
    ['New T9 CF. Safety-netted re leg weakness or bladder change.', { neuroDeficit: null }],
    ['New L2 CF, painful. Not yet had an MRI.', { mriDone: false }],
    ['New L1 CF with marrow oedema. Referred to IR re kyphoplasty.', { augmentationLevels: [] }],
    ['New T12 CF. He has had a numb patch on his left shin for years, unchanged.', { neuroDeficit: true }],
    [
      'The admission chest film also shows a compression fracture of T8. On direct questioning he denys any back pain.',
      { symptomatic: false },
    ],
    [
      'Acute L2 CF. Severe pain since, no better after three weeks of analgesia and a brace.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Old L3 CF from 2020. Pain at the same spot has been steadily worse for 5 weeks even with paracetamol and physio.',
      { knownFractureWorsening: true, failedConservativeWeeks: 5 },
    ],
    [
      'Chronic wedge fractures T6-T8, kyphosis progressively worse over the past year.',
      { knownFractureWorsening: true },
    ],
    ['Myeloma. MRI spine 1/52 ago: pathological fracture of T10.', { newFractureLevels: ['T10'] }],
    // "re" asks for a procedure only after a referral's words, not inside "re-herniation".
    ['After a re-herniation he underwent fusion from L4 to S1 in 2015.', { fusionLevels: ['L4', 'L5', 'S1'] }],
  ]);
});

describe('round 54: what a patient can no longer do, an MRI that finds no metastasis', () => {
  check([
    [
      'Lung cancer. He can no longer get out of a chair: back pain for a week. X-ray: L1 compression fracture.',
      { symptomatic: true },
    ],
    ['New T12 fracture. Since yesterday she can no longer feel her legs.', { neuroDeficit: true }],
    [
      'Breast cancer in 2019. MRI of the thoracic spine: haemangioma at T9, no fracture, no metastases.',
      { malignantMriFeatures: false },
    ],
  ]);
});

describe('round 54: ages, referrals and consult labels, comparisons in shorthand, signs after a finding', () => {
  check([
    ['Clinic note. 71-yo man with a new L2 compression fracture.', { age: 71 }],
    ['Ward round. Mr Peter H, 84 y, day 3 - new T12 fracture.', { age: 84 }],
    ['Myeloma. Sent in by haematology, referred by oncology for L1 vertebroplasty.', { augmentationLevels: [] }],
    ['New L3 fracture, no MRI so far.\nRec: MRI lumbar spine, then IR review.', { mriDone: false }],
    ['Lymphoma. New L4 fracture on CT. Plan: biopsy if MRI shows a lesion.', { mriDone: false }],
    ['CT restaging: incidental L1 compression deformity, not present 6/12 ago.', { newFractureLevels: ['L1'] }],
    ['CXR: T9 wedge #, not on CXR 3/12 ago.', { newFractureLevels: ['T9'] }],
    ['OP. T12-L1 #s cemented 2021. Now new pain.', { fractureLevels: ['T12', 'L1'] }],
    ['Breast cancer. L1 pathological fracture, new on the staging MRI 2 weeks ago.', { newFractureLevels: ['L1'] }],
    ['RCC. T8 path # on restaging CT 1/52 ago.', { newFractureLevels: ['T8'] }],
    ['Fall. New L1 compression #. Neurovasc intact.', { neuroDeficit: false }],
    ['T12 # 4/52 ago, Mx analgesia + TLSO - pain still 9/10.', { failedConservativeWeeks: 4 }],
    [
      'Old L2 fracture, more painful over 5 weeks. Paracetamol and physio carried on throughout those 5 weeks, yet she is worse.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'Kyphoplasty at T12 in 2021. New mid to low thoracic pain after a fall; MRI: acute T8 fracture. She denies pain at the treated level.',
      { painAtTreatedLevel: false },
    ],
    ['Old healed L1 wedge # (2019), no ↑ pain. XR: L1 stable vs 2023.', { knownFractureWorsening: false }],
    ['F/80, incidental T7 wedge deformity.\nBack pain (-)\nCa hx (-)', { symptomatic: false, malignancy: false }],
    ['Female 70. New L1 fracture. RNM was not yet realized.', { mriDone: false }],
    ['Male 66. L3 compression fracture. MR of the lumbar spine was not done.', { mriDone: false }],
    ['Male 72. L2 compression fracture. Magnetic tomography has not been done yet.', { mriDone: false }],
    ['Woman 80. T12 wedge. MRI is not taken yet.', { mriDone: false }],
    ['Man 75. New L1 wedge. MRI has not been done yet, so we arranged an emergency MRI today.', { mriDone: false }],
    // A heart's MR is no MRI (a guard for the short names above).
    ['L1 compression fracture. Moderate MR on the echo in 2022.', { mriDone: null }],
    ['New T11 fracture. Neurological exam without alterations.', { neuroDeficit: false }],
    ['New L4 fracture. Neurologic status within normal limits.', { neuroDeficit: false }],
    [
      'Lumbar pain for 2 weeks. Loss of 6 kg in 3 months without dieting, and pain that wakes him up at night.',
      { weightLoss: true, nightPain: true },
    ],
  ]);
});

describe('round 54: second languages’ plans, an unstable burst, care started weeks ago, an OVCF', () => {
  check([
    ['Acute L2 fracture with oedema. The patient is qualified to kyphoplasty of L2.', { augmentationLevels: [] }],
    ['Acute T12 fracture with oedema. We pretend to do vertebroplasty of T12.', { augmentationLevels: [] }],
    ['Fall from a roof. Unstable burst fracture of L1.', { instability: true, fractureLevels: ['L1'] }],
    [
      'CT: burst fracture of L3 with retropulsion of a fragment into the canal, narrowing it by 50%.',
      { retropulsion: true },
    ],
    [
      'Old T12 fracture. Brace and analgesics were started 8 weeks ago but there is no improvement.',
      { failedConservativeWeeks: 8 },
    ],
    ['Acute L1 fracture. She is not taking medicine for osteoporosis.', { osteoporosis: null }],
    ['F/78. old T12 OVCF (2021) -> PVP done.', { fractureLevels: ['T12'] }],
    ['Vertebroplasty T11 at 2021 because of osteoporosis fracture.', { fractureLevels: ['T11'] }],
    ['X-ray: compression fracture L2, new, with pain on walking.', { newFractureLevels: ['L2'] }],
  ]);
});

describe('round 54: dictation’s timed MRI, a planned procedure’s header, a second clause, a body that shows', () => {
  check([
    [
      'Myeloma with weak legs. Emergent MRI of the thoracic spine this morning shows a pathologic T9 fracture.',
      { mriDone: true },
    ],
    [
      'REASON FOR CONSULTATION: Is her chronic foot drop related to her new lumbar fracture?',
      { neuroDeficit: true, deficitLongStanding: true },
    ],
    [
      'He underwent L4-L5 fusion in 2018 and has stenosis at L2-L3. New T12 compression fracture.',
      { fusionLevels: ['L4', 'L5'] },
    ],
    [
      'PLANNED PROCEDURE: T11 vertebroplasty.\nAcute T11 fracture with edema; case cancelled.',
      { augmentationLevels: [] },
    ],
    [
      'Acute L1 fracture. Her pain has not been controlled by 4 weeks of tramadol and a brace.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'FINDINGS: Kyphoplasty cement is present within the T8 and T9 vertebral bodies, which show chronic compression deformities.',
      { fractureLevels: ['T8', 'T9'] },
    ],
  ]);
});

describe('round 55: an undated fracture in a patient without symptoms is newly found', () => {
  check([
    [
      'Lateral chest film before surgery: moderate T9 wedge fracture. She has no back pain.',
      { newFractureLevels: ['T9'] },
    ],
    ['Staging CT: L3 compression deformity, 20% height loss. He denies any back pain.', { newFractureLevels: ['L3'] }],
    // ... not one with a year, a history, a doubt about its age, or a treatment.
    [
      'His notes list an L1 compression fracture found on an X-ray in 2020. He has no back pain.',
      { newFractureLevels: [] },
    ],
    [
      'PET-CT: wedge compression fracture of T10; the radiologist says its age is indeterminate. She has no back pain.',
      { newFractureLevels: [] },
    ],
    ['CT: two T11 and T12 compression fractures, described as longstanding. No back pain.', { newFractureLevels: [] }],
    ['Scanner: an old tassement of D8. No back pain.', { newFractureLevels: [] }],
    [
      'Vertebroplasty at L2 in May for an osteoporotic fracture; the pain settled and she has no back pain now.',
      { newFractureLevels: [] },
    ],
  ]);
});

describe('round 55: ordinal lists, a caller’s relative, what a plan looks for, a level never treated', () => {
  check([
    [
      'Radiographs: new compression fractures of the first and second lumbar vertebral bodies.',
      { fractureLevels: ['L1', 'L2'] },
    ],
    ['New T12 fracture. Neuro exam documented as normal.', { neuroDeficit: false }],
    [
      'New L1 fracture, neuro intact.\nSafety-netted: come back if the legs go weak or there is any bladder change.',
      { neuroDeficit: false },
    ],
    [
      'Pain since lifting a heavy box a fortnight ago; X-ray shows a compression fracture of L2.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'Call from son. Mum (Mrs Ito, 84) has had new back pain since a fall two days ago; X-ray: T12 compression fracture.',
      { newFractureLevels: ['T12'] },
    ],
    [
      'T11 kyphoplasty in 2021 for an osteoporotic fracture. Pain back there, so I have asked for an MRI to look for any fresh oedema.',
      { newFractureLevels: [] },
    ],
    [
      'Old fractures at T8, T10 and L2; vertebroplasty T8 and T10 in 2020 (L2 never treated).',
      { augmentationLevels: ['T8', 'T10'] },
    ],
    [
      'Kyphoplasty T7 and T9. X-ray today: T7, T9 and T11 appearances unchanged, cement in place.',
      { augmentationLevels: ['T7', 'T9'] },
    ],
    ['Re: Mrs Ada Bloom, DOB 01/01/1950 (74 years). New T12 fracture.', { age: 74 }],
    [
      'Acute L2 fracture after a fall. It is now six weeks since the injury and, despite a brace and codeine, she is no better.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Kyphoplasty at T12 in June of last year for a T12 compression fracture. Yesterday she slipped and now has pain higher up; X-ray: new T8 fracture.',
      { newFractureLevels: ['T8'] },
    ],
    [
      'New L1 fracture. Long-standing right foot drop from a root injury in the 1990s, unchanged; no new neurology.',
      { neuroDeficit: true },
    ],
    [
      'Known old L1 fracture. Over six weeks the pain at that same level has got steadily worse.',
      { knownFractureWorsening: true },
    ],
    // A guard for round 55's undated fractures: an age said after it dates it.
    ['CT: a compression fracture of Th8 of older date. No back pain.', { newFractureLevels: [] }],
  ]);
});

describe('round 55: new pain dates its fracture, a date kept to its own fracture, OP in capitals', () => {
  check([
    [
      'Breast cancer. She presents with new low back pain after lifting a pan. CT shows an L3 compression fracture.',
      { newFractureLevels: ['L3'] },
    ],
    [
      'Sudden onset of back pain while gardening. Radiograph: T12 compression fracture. No MRI yet.',
      { newFractureLevels: ['T12'] },
    ],
    // ... not a fracture whose collapse the text follows (a guard), nor one dated in its own phrase.
    [
      'New back pain. Radiographs show progression of the L1 collapse to 40% compared with the earlier films.',
      { newFractureLevels: [] },
    ],
    [
      'VFA: a T9 wedge fracture and a healed deformity of L2 seen on a CT six years ago. No back pain.',
      { newFractureLevels: ['T9'] },
    ],
    ['76M, L2 KP 3y ago for OP fx. Pain recurred at L2.', { fractureLevels: ['L2'] }],
    [
      'Two weeks ago a new T11 fracture was found after a fall, and her pain has not settled with a brace and codeine.',
      { failedConservativeWeeks: 2 },
    ],
    ['88F, lateral CXR: T8 wedge fx, no back pain. OP, started on alendronic acid.', { osteoporosis: true }],
    ['82 M, known old T12 wedge fx (OP), increasing kyphosis.', { osteoporosis: true }],
    // "op" as an operation is no osteoporosis.
    ['Day 2 post op, on morphine. New L1 fracture.', { osteoporosis: null }],
  ]);
});

describe('round 55: a study’s full date, a fragment against the ventral cord', () => {
  check([
    [
      'A routine DXA with VFA on 12/05/2025 showed a grade 2 wedge deformity at T10. She has no back pain.',
      { newFractureLevels: ['T10'] },
    ],
    ['MRI: T7 pathologic fracture, a retropulsed fragment compressing the ventral cord.', { retropulsion: true }],
  ]);
});

describe('round 56: ordinal lists, a first name’s age, more titles, a finding not confirmed', () => {
  check([
    ['Fractures of the fifth, sixth and eighth thoracic vertebrae.', { fractureLevels: ['T5', 'T6', 'T8'] }],
    ['Bev, 83, lives alone. New L1 fracture after a fall.', { age: 83 }],
    ['GP message:\n- Janet, 63, fell yesterday; L2 fracture on X-ray.', { age: 63 }],
    // A place with a number after it is no patient.
    ['Referred to Leeds, 45 minutes away. L1 fracture.', { age: null }],
    ['Madam Tan, 84, osteoporosis. New T12 fracture.', { age: 84, sex: 'female' }],
    ['Monsieur B., 77 years. L1 fracture.', { age: 77, sex: 'male' }],
    ['I refer to you mrs. Jansen, 79 years, for a second opinion. L3 fracture.', { age: 79, sex: 'female' }],
    [
      'FINDINGS: The previously questioned compression deformity of T9 is not confirmed on the lateral view.',
      { vcf: 'uncertain' },
    ],
  ]);
});

describe('round 56: plans offered or to be obtained, second languages’ words, a fracture’s own treatment told after it', () => {
  check([
    ['Acute L3 fracture. MRI of the lumbar spine with contrast will be obtained.', { mriDone: false }],
    ['Acute L2 fracture. IR offered L2 kyphoplasty, which she declined.', { augmentationLevels: [] }],
    ['Mrs K., 71. Known with mammacarcinoma since 2019. Th9 impression fracture.', { malignancy: true }],
    ['Female of 70 years. D11 fracture. Without oncological antecedents.', { malignancy: false }],
    ['Patient N., 75 years. L2 fracture. Oncological anamnesis is not burdened.', { malignancy: false }],
    ['Mme B., 80 years. She presents lombalgies since 10 days. Recent tassement of L3.', { symptomatic: true }],
    [
      'Patient female 79 years old. 2022 year because L1 compression fracture did PKP operation.',
      { augmentationLevels: ['L1'] },
    ],
    ['MRI: fresh compression fracture of body of L2 vertebra with oedema of bone marrow.', { fractureLevels: ['L2'] }],
    ['Acute LBP after lifting a bag of cement; XR: new L-1 CF.', { augmentationLevels: [], fractureLevels: ['L1'] }],
    ['New T12 fracture. Lower limb neurology is entirely normal.', { neuroDeficit: false }],
    ['Old T12 fracture. Neurologically without pathological findings.', { neuroDeficit: false }],
    [
      'Signora of 81 years. In the RX a cuneiform deformation of the soma of D9.',
      { age: 81, sex: 'female', fractureLevels: ['T9'] },
    ],
    ['Female 72. Old L2 fracture. Not yet have MRI.', { mriDone: false }],
    ['Female 70. D12 fracture. MRI not realized.', { mriDone: false }],
    ['Mrs D. L4 tassement. MRI is not yet realised. We demand an MRI of the lumbar rachis.', { mriDone: false }],
    ['Woman 69. D12 fracture. We solicit MRI for characterize the fracture.', { mriDone: false }],
    ['Patient female, 78 age, have osteoporosis. L1 fracture.', { age: 78 }],
    ['Old L1 fracture. Take pain medicine and wear brace 1 month but not improve.', { failedConservativeWeeks: 4.3 }],
    ['Old L1 fracture. 2 month now back pain more increase.', { knownFractureWorsening: true }],
    ['Old T11 fracture. Still back pain same same, not more pain than before.', { knownFractureWorsening: false }],
    [
      '70 M, OP. Slipped 3 wks ago, severe LBP since, no better w/ brace + analgesia. XR: new L2 CF.',
      { failedConservativeWeeks: 3 },
    ],
  ]);
});

describe('round 57: a short history label heads one sentence, levels dated in their own clause, requests and waits', () => {
  check([
    [
      'Pre-op clinic. 70M. PMH: vertebroplasty at L1 in 2021 for an osteoporotic fracture. He mentions a month of back ache right where they put the cement.',
      { symptomatic: true, painAtTreatedLevel: true },
    ],
    [
      'CT shows compression deformities at T7, T9 and L2. The old L2 fracture was seen on a 2020 CT; T7 and T9 are new since then.',
      { newFractureLevels: ['T7', 'T9'] },
    ],
    [
      'Sports clinic. Came off his bike at speed and was thrown over the handlebars; L1 burst fracture.',
      { highEnergyTrauma: true },
    ],
    ['Trauma call: 25M, MBC ~90 km/h. CT: L2 burst #.', { malignancy: null, highEnergyTrauma: true }],
    ['MRI T-spine req — 70 yo F, new T9 compression #. Q: ?acuity.', { mriDone: false }],
    ['Staging CT: 64M, lung adeno. Incidental T10 wedge fracture.', { malignancy: true }],
    ['MRI: acute L3 # — STIR ↑, BMO. No post cortex bulge.', { fractureLevels: ['L3'], marrowEdema: true }],
    ['T12 fixation 2021. Three weeks of pain exactly where the metalwork is.', { painAtTreatedLevel: true }],
    ['New L1 fracture. No neurological symptoms: walking with her frame as before.', { neuroDeficit: false }],
    ['Mild L4 compression deformity on PET-CT. No back pain. Haematology are arranging an MRI.', { mriDone: false }],
    [
      'Acute L2 fracture with oedema. Cellulitis on antibiotics, so vertebroplasty will wait until it has cleared.',
      { augmentationLevels: [] },
    ],
    [
      'Breast cancer. MRI: tumour in the T10 body with epidural soft tissue, cord not compressed.',
      { malignantMriFeatures: true },
    ],
  ]);
});

describe('round 57: more second languages', () => {
  check([
    ['Patient Ionescu Ana, 77 years, female. D12 tasation.', { age: 77, fractureLevels: ['T12'] }],
    ['Pre-operative examination. 73-years man. L2 fracture.', { age: 73, sex: 'male' }],
    ['Mrs. Nasrin Akter, aged about 70 yrs, housewife. L1 wedge compression.', { age: 70 }],
    ['Female, 70. New L1 fracture. (-) weakness, (-) urinary/fecal incontinence.', { neuroDeficit: false }],
    [
      'Operated in 2019: decompressive laminectomy with transpedicular fixation L3-L4. New L1 fracture.',
      { fusionLevels: ['L3', 'L4'] },
    ],
    ['L2 fracture; the pains did not cede at AINS and lombostat during these 4 weeks.', { failedConservativeWeeks: 4 }],
    ['New D12 fracture. RMN of the spine was not yet effectuated.', { mriDone: false }],
    ['New L3 fracture. Neurologic examination in normal limits.', { neuroDeficit: false }],
    ['Old L1 fracture. Treatment: antalgics, reevaluation with the RMN.', { mriDone: false }],
    ['MR: fresh compression fracture of vertebra Th11 with oedema in STIR.', { fractureLevels: ['T11'] }],
    ['Man 69. No oncological background. L4 fracture.', { malignancy: false }],
    [
      'RTG of chest (4. 3. 2024): wedge-shaped deformation of Th9. Patient says the back does not hurt him.',
      { newFractureLevels: ['T9'] },
    ],
  ]);
});

describe('round 57: a reason before a put-off procedure stays the patient’s', () => {
  check([['Acute T12 fracture. Active MRSA bacteraemia on IV vanc → KP deferred.', { activeInfection: true }]]);
});

describe('round 58: "both for" fractures, a treatment before its levelled fracture, a relative writing, a study asked about', () => {
  check([
    [
      'T10 vertebroplasty in 2019 and L2 vertebroplasty in 2022, both for osteoporotic compression fractures.',
      { fractureLevels: ['T10', 'L2'] },
    ],
    ['She had a vertebroplasty for an L3 compression fracture in 2021.', { augmentationLevels: ['L3'] }],
    ['hi, writing for my dad Joe who is 84. He fell and the x ray shows an L1 fracture.', { age: 84, sex: 'male' }],
    ['Hi, my mum Ann (81) has a new T12 fracture.', { age: 81, sex: 'female' }],
    ['New L4 fracture. He has not had an MRI. Should I go straight to MRI, or get CT first?', { mriDone: false }],
  ]);
});

describe('round 58: an indwelling catheter is no carcinoma', () => {
  check([['Acute L2 #. Urinary retention; IDC inserted, 900 mL drained. No Hx of malignancy.', { malignancy: false }]]);
});

describe('review: an offer taken up', () => {
  check([['She was offered and underwent L1 kyphoplasty in 2021. New T12 fracture.', { augmentationLevels: ['L1'] }]]);
});

describe('after the rounds: the patient’s own "none" after a relative’s cancer, in shorthand', () => {
  check([['82F, new L1 CF. Mother w/ bowel ca; pt none.', { malignancy: false }]]);
});

describe('a cancer word or a lesion between a level and its fracture gives the fracture that level', () => {
  check([
    [
      'Prior kyphoplasty for a T11 myeloma fracture (2021). No new fracture.',
      { fractureLevels: ['T11'], augmentationLevels: ['T11'] },
    ],
    ['71M, metastatic prostate ca, bx-proven T9 met w/ pathologic CF. Mechanical pain.', { fractureLevels: ['T9'] }],
    ['Myeloma on treatment, known expansile L4 lesion with pathological collapse.', { fractureLevels: ['L4'] }],
    ['Renal cell carcinoma, with a T6 metastatic compression fracture on CT.', { fractureLevels: ['T6'] }],
  ]);
});

describe('round 59: second-language and shorthand ways of saying none, normal or not done', () => {
  check([
    ['76F, new L1 CF. Ø night pain, Ø wt loss; pt Ø Ca hx.', { malignancy: false }],
    ['MRI: L2 STIR +ve oedema; Ø retropulsion, Ø pedicle inv / epidural mass.', { malignantMriFeatures: false }],
    ['Acute T12 fracture. Neurological finding is normal.', { neuroDeficit: false }],
    ['Acute T12 fracture. Neurological status: negative.', { neuroDeficit: false }],
    ['Acute T12 fracture. The neurological exam is without findings.', { neuroDeficit: false }],
    ['Acute T12 fracture. Neurological status without peculiarities.', { neuroDeficit: false }],
    ['New L3 #. Neuro: LLs 5/5, no saddle anaesth.', { neuroDeficit: false }],
    ['New L3 #. Neuro (-). Pain 7/10.', { neuroDeficit: false }],
    ['New L3 fracture with normal lower-limb neurology.', { neuroDeficit: false }],
    ['New L3 fracture. Force of both legs 5/5, reflexes symmetric.', { neuroDeficit: false }],
    ['M/78. New L1 OVCF. Neuro: motor all G5.', { neuroDeficit: false }],
    ['New L4 fracture after a slip. Paresis and sphincter disorders negates.', { neuroDeficit: false }],
    ['New L4 fracture. Patient negates trauma and weight loss.', { highEnergyTrauma: false }],
    ['New L1 fracture. Onco anamnesis negative.', { malignancy: false }],
    ['Fall 4 days ago. Radiography: data for compression fracture are not revealed.', { vcf: false }],
    ['Acute L2 fracture. Not yet done MRI or CT.', { mriDone: false }],
    ['New T9 fracture. MRI has not yet been possible because of his pacemaker.', { mriDone: false }],
    ['New T9 fracture. MK of thoracic spine is planned next week.', { mriDone: false }],
    [
      'Acute L1 fracture. MRI is not available here, plan to refer her to the regional referral hospital for MRI.',
      { mriDone: false },
    ],
    ['New T10 compression deformity on plain films. Nothing beyond X-ray so far.', { mriDone: false }],
  ]);
});

describe('round 59: levels with a V, a known Th level, a level with cement, a lesion biopsied at its level', () => {
  check([
    ['Found fracture compression VTh11 with height loss about 30%.', { fractureLevels: ['T11'] }],
    [
      'History of kyphoplasty VL2 in 2020 because of osteoporosis fracture.',
      { fractureLevels: ['L2'], augmentationLevels: ['L2'] },
    ],
    [
      'Vertebroplasty L1 in 2021 for osteoporotic fracture. MRI: fresh compression fracture T7 with bone marrow oedema, L1 with cement stable.',
      { newFractureLevels: ['T7'] },
    ],
    [
      'He has a known Th11 compression fracture from 2022. Since then his back pain has become steadily worse.',
      { knownFractureWorsening: true },
    ],
    [
      '70F, breast cancer. Biopsy of the T8 lesion showed metastatic carcinoma, and it has collapsed with a compression fracture of T8.',
      { pathologicFracture: true },
    ],
  ]);
});

describe('round 59: the age of a fracture, a denial that ends, an exam done, a fall that is a measure', () => {
  check([
    ['Chest film: compression fractures of T6 and T7 of undetermined age. No back pain.', { newFractureLevels: [] }],
    [
      'Screening film: T9 wedge fracture found incidentally, compare to 2020 film it was already there with same shape. No pain.',
      { newFractureLevels: [] },
    ],
    [
      'Two weeks of back pain without any fall, and the films done today show an L2 compression fracture.',
      { fractureLevels: ['L2'] },
    ],
    ['A T12 fracture was queried on the radiograph, but CT excluded any vertebral fracture.', { vcf: false }],
    [
      'EXAM: MRI lumbar spine without contrast.\nFINDINGS: Acute L1 compression fracture with marrow edema.',
      { mriDone: true },
    ],
    [
      'Known old L1 fracture; the anterior height of L1 has fallen from 80% to 60% over a year, with postural instability.',
      { highEnergyTrauma: null, instability: null },
    ],
    ["She's 79 and lives with her husband. New T12 fracture.", { age: 79 }],
    ['Mr Lee, seventy-two years of age, has a new L1 fracture.', { age: 72 }],
    ['Mzee of 80 years with a new L1 compression fracture.', { age: 80, sex: 'male' }],
  ]);
});

describe('round 59: failed care in more shapes, a blood thinner that cannot stop, Parkinson’s retropulsion', () => {
  check([
    [
      'Acute L1 fracture. Pain got worse again 4 weeks ago and since then a brace and paracetamol have not helped.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'New L2 fracture; the pain is not becoming better with rest and NSAID during 3 weeks.',
      { failedConservativeWeeks: 3 },
    ],
    ['New L3 fracture. Tramadol and a brace have not helped for the last 5 weeks.', { failedConservativeWeeks: 5 }],
    [
      'Brace and analgesia since an L2 fracture in 2023. Over the last two months her pain has become worse despite that regimen.',
      { failedConservativeWeeks: 8.7 },
    ],
    [
      'Acute L2 fracture. On warfarin for a mechanical valve; cardiology say warfarin cannot be stopped.',
      { coagulopathy: true },
    ],
    // A guard: the gait sign stays no bone in the canal (the case's retropulsion needs a fracture's sentence anyway).
    [
      'Old L1 fracture; Parkinson gait with en bloc turns and retropulsion on the pull test.',
      { retropulsion: null, instability: null },
    ],
  ]);
});

describe('round 59: an MRI that reads no tumour, a negative STIR, a consult about a procedure', () => {
  check([
    [
      'MRI showed an acute L2 fracture; there is nothing to suggest an underlying tumour.',
      { malignantMriFeatures: false },
    ],
    [
      'Known L1 fracture from 2023; the MRI at that time showed no evidence of malignancy.',
      { malignantMriFeatures: false },
    ],
    [
      'MRI: acute L4 compression fracture with marrow oedema; the appearances are typical of an osteoporotic fracture.',
      { malignantMriFeatures: false },
    ],
    ['MRI whole spine: STIR -ve; Ø fracture.', { marrowEdema: false }],
    [
      'Acute L3 fracture with oedema on MRI. IR consult re augmentation if still in pain next week.',
      { augmentationLevels: [] },
    ],
    ['Acute L3 fracture. Her neurological examination today is normal.', { neuroDeficit: false }],
  ]);
});

describe('after round 59: an age after a first name at a sentence start or in a signature, after "herself", in German', () => {
  check([
    ['Clinic note. Joan, 81, has a new L1 compression fracture.', { age: 81 }],
    ['"My back has been sore since the fall and the X-ray shows an L2 fracture. - Mary, 77"', { age: 77 }],
    ['Caller is the patient himself, 84 yrs. New T12 fracture on X-ray.', { age: 84 }],
    ['Pat.: Herr K., 71 J., Sturz. Neue LWK-1-Fraktur (L1 fracture).', { age: 71 }],
  ]);
});

describe('round 60: second languages’ fracture, study and age words, and a denial put after its finding', () => {
  check([
    ['Rx of lumbar column: new aplastamiento of the vertebral body of L3, about 20%.', { newFractureLevels: ['L3'] }],
    [
      'Rx of thoracic column evidenced new fratura with achatamento of the vertebral body of T9.',
      { fractureLevels: ['T9'] },
    ],
    ['Rx of control: old cedimento somatico of L4, no new collapses.', { fractureLevels: ['L4'] }],
    ['Recent tasare (compression fracture) of the D9 vertebral body.', { newFractureLevels: ['T9'] }],
    ['Patient feminine, 80 years, with severe osteoporose and a new L1 fracture.', { osteoporosis: true }],
    ['Sig.ra of 82 aa with a new L2 fracture.', { age: 82, sex: 'female' }],
    ['Pacienta of 73 years with a recent D11 fracture.', { age: 73, sex: 'female' }],
    ['New T12 fracture. In anamnesis no neoplasias.', { malignancy: false }],
    ['New T12 wedge fracture. The magnetic is not done yet.', { mriDone: false }],
    [
      'Old L1 fracture on MR taken 03.02.2024, edema is not, finding in favor of malignancy is not.',
      { mriDone: true, marrowEdema: false },
    ],
    [
      'New L2 fracture after a fall. Cancer history is not. Osteoporosis he has not.',
      { malignancy: false, osteoporosis: false },
    ],
    [
      'At T9 and T10 vertebra corpus anterior height loss (wedge type compression fracture) was detected.',
      { fractureLevels: ['T9', 'T10'] },
    ],
    [
      'Lumbalgia since 4 weeks after a fall, that does not cede with paracetamol and repose. New L1 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'New L3 fracture; severe back pain since 3 weeks, not responding to the analgesics and bed rest.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Old L2 tasare from 2023. She accuses lombalgia worsened progressively in the last weeks.',
      { knownFractureWorsening: true },
    ],
    ['32 years old male after motorcycle traffic accident. L1 burst fracture.', { highEnergyTrauma: true }],
  ]);
});

describe('round 60: bullets, a request’s label, a relative writing, a hardware break, more exam and study words', () => {
  check([
    ['• 74F, new L2 wedge, asx • no ca hx • OP on alendronate', { osteoporosis: true }],
    ['81F | acute L1 OP VCF | MRI: L1 oedema | no hx ca | Req: VP/KP L1', { augmentationLevels: [] }],
    // A guard: a request's short label heads its own sentence only.
    ['IR req: vertebroplasty. 77F, acute T12 fracture on MRI 1 wk ago.', { mriDone: true }],
    ['85F, acute T12 CF. MRI: oedema. IR r/v for KP T12.', { augmentationLevels: [] }],
    [
      'hi its Ama, daughter of Grace Mensah (79). mum had an x-ray and it shows a new L1 compression fracture',
      { fractureLevels: ['L1'], age: 79 },
    ],
    [
      'Hello, I am writing on behalf of my father, he is 83. Dad has a new T12 fracture on his x-ray.',
      { fractureLevels: ['T12'] },
    ],
    ['Her new L1 compression fracture was found on a chest film. He has zero back pain.', { symptomatic: false }],
    ['New L1 fracture. She has no back pain; all her pain is in the operated hip.', { symptomatic: false }],
    [
      'Rods from T4 to T8. Healed T6 compression fracture. The left rod appears fractured at the T7-T8 level.',
      { fractureLevels: ['T6'] },
    ],
    ['26M, after falling approximately four metres at work. L1 compression fracture.', { highEnergyTrauma: true }],
    ['New L2 CF adjacent to the fusion. MRI: L2 STIR ↑, no retropulsion.', { marrowEdema: true }],
    ['Acute L3 fx. New weakenss of the L leg since this morning.', { neuroDeficit: true }],
    ['Acute L3 fracture on X-ray; no other imaging done yet.', { mriDone: false }],
    ['New T10 fracture. MRI could not be done because of his pacemaker.', { mriDone: false }],
    ['Acute L1 fracture. No neurodeficit.', { neuroDeficit: false }],
    ['Acute L1 fracture; her neurological exam in clinic was normal.', { neuroDeficit: false }],
    [
      'Pathological T9 fracture; a soft tissue component extends into the epidural space.',
      { malignantMriFeatures: true },
    ],
    ['88F, slip from standing this morning, new L1 compression fracture.', { highEnergyTrauma: false }],
    [
      'INDICATION: Cough, myeloma. No back pain per requisition. FINDINGS: T8 compression deformity.',
      { symptomatic: false },
    ],
    [
      'Healed T10 fracture within a T8-T12 fusion. Upper back pain at the site of his prior thoracic fusion.',
      { painAtTreatedLevel: true },
    ],
  ]);
});

describe('round 60: a device labelled by the scanner, a lay word for the fracture, a date told "back in"', () => {
  check([
    ['New L2 fracture. He has a non-MRI-conditional pacemaker, so CT instead.', { mriDone: null }],
    [
      'Calling about my husband. He had the cement, a kyphoplasty, at L1 back in 2020 for the crushed vertebra there.',
      { fractureLevels: ['L1'], augmentationLevels: ['L1'] },
    ],
  ]);
});

describe('round 60: a pain at the stabilised region, a muscle graded after its name, a bar between fields, a worry', () => {
  check([
    [
      'Stabilisation with transpedicular screws T11-L1 in 2020 for a T12 fracture. Now increasing pain in region of stabilisation, at T12.',
      { painAtTreatedLevel: true },
    ],
    ['New L2 fracture. Longstanding L5 radiculopathy with EHL 4/5.', { neuroDeficit: true }],
    ['Old L1 # | no new level | L5 radic w/ EHL 4/5 since 2019', { neuroDeficit: true }],
    // A guard: a lay word for the fracture that a worry names is no fracture found.
    ['He is worried that he has a crushed vertebra; the X-ray shows no fracture.', { vcf: false }],
  ]);
});

describe('round 60: a shorthand field that opens with "for" asks for its study', () => {
  check([['81F | new L2 wedge # | neuro NAD | for MRI L-spine', { mriDone: false }]]);
});

describe('round 61: German, Dutch, French, Russian and Chinese ways of writing levels, ages, fractures and studies', () => {
  check([
    [
      'St.p. dorsale Spondylodese LWK 2 – LWK 4 in 2019. Fresh Deckplatteneinbruch of LWK 1.',
      { fusionLevels: ['L2', 'L3', 'L4'], fractureLevels: ['L1'] },
    ],
    ['New Keilwirbel (wedge fracture) of BWK 12.', { fractureLevels: ['T12'] }],
    ['MRT: STIR-hyperintense Knochenmarködem in BWK 11.', { marrowEdema: true }],
    ['St.n. Ballonkyphoplastie LWK 3 in 10/2022.', { augmentationLevels: ['L3'] }],
    ['Referral: 78-jährige Patientin with a new L1 fracture.', { age: 78, sex: 'female' }],
    ['83-jarige vrouw with a fresh wedge fracture of Th11.', { age: 83, sex: 'female' }],
    ['Man at 82 years, with old compression fractures of Th7 and Th8.', { age: 82 }],
    ['Wedge deformity of Th7. No maligniteit in the history.', { malignancy: false }],
    [
      'The IRM confirms a pathological fracture of L2 with bulging of the posterior wall.',
      { mriDone: true, malignantMriFeatures: true },
    ],
    ['Pathological fracture of T9 with infiltration of the right pedicle.', { malignantMriFeatures: true }],
    ['New tassement of D8. No IRM and no scanner done for the moment.', { mriDone: false }],
    ['Old tassement of D12; her pain augments despite Tylenol, with augmented kyphosis.', { augmentationLevels: [] }],
    ['New L1 fracture. Neurological status without particularity.', { neuroDeficit: false }],
    ['New L1 fracture. Neuro exam of the inferior members is normal.', { neuroDeficit: false }],
    ['MRT: compression fracture of L1, in STIR regime oedema of bone marrow of L1 body.', { marrowEdema: true }],
    [
      'Osteochondrosis; decreased height of intervertebral discs L4-L5, L5-S1. Heights of vertebral bodies are preserved.',
      { vcf: false },
    ],
    ['X-ray: compression deformity of Th12 is not determined.', { vcf: false }],
    ['Old Th12 fracture with cement. Malignant disease in anamnesis is negated.', { malignancy: false }],
    ['Th6 compression fracture. NMR is still not made, it is scheduled for next week.', { mriDone: false }],
    [
      'MSCT: compression-burst fracture of L2. Motorics and sensibility of the lower extremities are preserved.',
      { neuroDeficit: false },
    ],
    [
      'Pain in the operated region after transpedicular fixation Th12-L2 in 2022 for an L1 fracture.',
      { painAtTreatedLevel: true },
    ],
    ['MRI: L2 fresh compression fracture, T1 low and STIR high signal in the L2 body.', { fractureLevels: ['L2'] }],
    ['New Th12 fracture. No paralysis, no bladder-rectal disorder.', { neuroDeficit: false }],
    [
      'Chest CT incidentally find T11 and T12 vertebral bodies mild compression change, old. Deny history of tumor.',
      { fractureLevels: ['T11', 'T12'], malignancy: false },
    ],
    [
      'She carelessly sat down on the ground, then appeared lumbago. L1 vertebral body wedge-shaped change, consider fresh compression fracture.',
      { newFractureLevels: ['L1'], highEnergyTrauma: false },
    ],
    ['D12 wedge collapse with 30% loss of height, new as compared to X-ray of 2022.', { newFractureLevels: ['T12'] }],
    [
      'Old L1 fracture from 2022. Since 2 months her back pain has become more and more severe.',
      { knownFractureWorsening: true },
    ],
    [
      'Path # of L3 on MRI; mechanical LBP inspite of tramadol and bed rest for 4 weeks.',
      { failedConservativeWeeks: 4 },
    ],
  ]);
});

describe('round 61: shorthand and English the rounds before had not met', () => {
  check([
    ['GP req - 80yo F c/o acute LBP 1/52; XR: L1 compression # (new)', { symptomatic: true }],
    ['67M - PSF T11-L2 (2020) for L1 #\nc/o pain over the metalwork', { fractureLevels: ['L1'] }],
    ['CT KUB: incidentaly L2 compression #, mild; back pain-free', { newFractureLevels: ['L2'] }],
    ['79F, #NOF 2023 -> OP. Old wedge # T12.', { osteoporosis: true }],
    ['Acute T12 # 4/52 ago, Mx analgesia + TLSO brace - still pain 8/10.', { failedConservativeWeeks: 4 }],
    ['CT: fresh T12 # directly above the cemented L1.', { fractureLevels: ['T12'] }],
    // Guards (read so at the stop's start): a request's label or a title's purpose leaves a reported study done.
    ['Req: MRI L-spine, 70F, LBP 4/52\nReport: no # or marrow oedema; heights preserved.', { mriDone: true }],
    [
      'MRI LUMBAR SPINE WITHOUT CONTRAST\nTECHNIQUE: sagittal T1, T2, STIR.\nFINDINGS: heights maintained.',
      { mriDone: true },
    ],
    ['CT chest done to exclude PE shows an acute T12 compression fracure.', { fractureLevels: ['T12'] }],
    [
      'Known osteoporosis, never treated, who fell on Tuesday and now cannot mobilise because of back pain. Acute T11 fracture.',
      { symptomatic: true },
    ],
    ['Mrs vW, 74, osteoporosis, with an L2 compression fracture from 2023.', { age: 74, sex: 'female' }],
    ['New L1 compression fracture. Neither MRI nor a bone scan has been obtained.', { mriDone: false }],
    [
      'Female, 81, with a left foot drop from an L5 radiculopathy that has been unchanged for six years, presents with two weeks of acute lumbar pain. Acute L1 compression fracture.',
      { deficitLongStanding: true },
    ],
    [
      'Long-standing osteoporotic wedge fractures of T7 and T8; his back pain is also slowly getting worse.',
      { knownFractureWorsening: true },
    ],
  ]);
});

describe('round 61: a tumour replacing a body named by its level', () => {
  check([
    ['MRI: tumour replacing T10 body, no epidural disease. Pathological T10 fracture.', { malignantMriFeatures: true }],
  ]);
});

describe('round 62: more languages’ ages, studies and denials; a tracer-avid lesion; a fusion for disc disease', () => {
  check([
    ['Pat. is woman 78 år, treated with vertebroplastik of L1 in 2022.', { age: 78, augmentationLevels: ['L1'] }],
    ['Patient 72 r., female, fresh compressive fracture of body Th11.', { age: 72 }],
    ['Patient, man 79 g. Old osteoporotic compression fracture of Th10.', { age: 79 }],
    ['Pacientė, 69 m., with a fresh compressive fracture of Th7.', { age: 69, sex: 'female' }],
    [
      'At CT thorax is seen an incidental compression fracture of Th8, the age of it can not be decided.',
      { newFractureLevels: [] },
    ],
    ['New L1 fracture. Cancer is not known.', { malignancy: false }],
    ['New Th7 fracture on CT. Pain in back she does not feel.', { symptomatic: false }],
    ['Fresh Th12 fracture. Oncological diseases she denies.', { malignancy: false }],
    [
      'Slight fracture of the superior plateau of L3. Asks RM of the lumbar column with gadolinium.',
      { mriDone: false },
    ],
    ['New L4 crushing on Rx. Still not done RMN nor TAC.', { mriDone: false }],
    ['Acute T12 fracture with oedema. KIV vertebroplasty T12, to discuss with IR.', { augmentationLevels: [] }],
    [
      'Pathological fracture of D9; the RMN shows tumoral infiltration that extends to the left pedicle.',
      { malignantMriFeatures: true },
    ],
    ['Recent L2 fracture. Exploration without neurological focality.', { neuroDeficit: false }],
    [
      'Old Th10 fracture from 2023. Last 6 weeks back pain becomes stronger, does not pass with NSAID and corset.',
      { knownFractureWorsening: true, failedConservativeWeeks: 6 },
    ],
    [
      'Dorsolumbar pain of 3 weeks of evolution that does not cede with analgesia and rest. Recent L2 fracture.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Metastatic prostate cancer, PSMA-avid lesion at L5 with a pathological compression fracture on CT.',
      { fractureLevels: ['L5'] },
    ],
    ['Acute L2 fractrue 3 wks ago, pain limiting walking.', { fractureLevels: ['L2'] }],
    [
      'Acute T8 fracture. On warfarin for a mechanical valve; cardiology advise it cannot safely be reversed.',
      { coagulopathy: true },
    ],
    [
      'Old wedge fractures of T6 and T7. His kyphosis and upper back ache have progressed over the past year.',
      { knownFractureWorsening: true },
    ],
    [
      'Follow-up: 83 year old gentleman who had vertebroplasties for T9 and T10 fractures in 2021.',
      { augmentationLevels: ['T9', 'T10'] },
    ],
    [
      'IgA myeloma. He (71) reports new upper back pain; fresh T6 compression fracture on CT.',
      { age: 71, sex: 'male' },
    ],
    ['Recent T12 fracture. MRI this week confirmed bone marrow edema at T12.', { mriDone: true }],
    [
      's/p C4-C6 anterior cervical discectomy and fusion in 2017 for cervical spondylotic myelopathy. Now 2 months of pain at the site of his prior fusion. No fracture.',
      { painAtTreatedLevel: null },
    ],
  ]);
});

describe('round 63: ages said after the fracture, lists of levels with a comma, an MR by its date, care since a diagnosis', () => {
  check([
    // A guard: a healed fracture told after words of its own ("from last year") stays old.
    [
      'Whole-body CT: a new L3 compression fracture; the T7 and T8 fractures from last year are healed and stable.',
      { newFractureLevels: ['L3'] },
    ],
    [
      'Teenage cricketer, MRI: L5 pars stress reaction (marrow oedema) without any fracture line; no compression fracture.',
      { marrowEdema: null },
    ],
    [
      'New T11 compression fracture on CT. Back nontender; her pain is confined to the right knee.',
      { symptomatic: null },
    ],
    [
      'She had a fusion without instrumentation in 2010 and has had numbness in her right foot ever since, unchanged for years. New L2 fracture.',
      { neuroDeficit: true },
    ],
    [
      'Old L3 wedge fracture from 2022; lateral film today shows progression of the anterior wedge.',
      { knownFractureWorsening: true },
    ],
    [
      'Known T11 fracture from 2023. Radiograph: the height of T11 has decreased from 80% to 55% of normal.',
      { knownFractureWorsening: true },
    ],
    [
      'New L4 compression fracture on CT. A contrast MRI is advised to differentiate a benign from a pathologic fracture.',
      { pathologicFracture: null },
    ],
    [
      'L1 compression fracture found 8 weeks ago, managed with a TLSO and analgesia since then, now with worsening pain.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'Old L1 fracture. Physiotherapy and paracetamol during 6 weeks without effect, pain now 8/10.',
      { failedConservativeWeeks: 6 },
    ],
    ['New T6 compression fracture on XR. MRI still not yet available, booked for Friday.', { mriDone: false }],
    ['XR T-spine: acute T6,7 CFs, no trauma.', { fractureLevels: ['T6', 'T7'] }],
    ['CT: wedge #s T4,6 unchanged.', { fractureLevels: ['T4', 'T6'] }],
    ['k/c/o OP, HTN. New L2 CF on XR.', { osteoporosis: true }],
    // A guard: "not OP" denies the disease.
    ['DEXA normal, not OP. Old T9 wedge fracture.', { osteoporosis: false }],
    ['Metastatic lung ca. Path #s T5 & T7, new 3/52 ago, mechanical pain.', { newFractureLevels: ['T5', 'T7'] }],
    ['Lumbar MR dated 03.04.2025 shows a fresh fracture of L2.', { mriDone: true }],
    ['Pathological fracture of T8; MRI: bulging of posterior cortex.', { malignantMriFeatures: true }],
    [
      'Kyphoplasty L2 was done 2023-05 for a painful fracture. At the control CT a new compression fracture of L4; he has no back pain.',
      { fractureLevels: ['L2', 'L4'], symptomatic: false },
    ],
    ['Old L1 fracture. MR thoracolumbar spine 2025-01-12: L1 unchanged, no oedema.', { marrowEdema: false }],
    [
      'Acute L2 fracture with retropulsion of a fragment pressing on the nerve roots; power normal.',
      { retropulsion: true },
    ],
    [
      'Fixation T11-L1 in 2020 for L1 fracture. Now pain exactly in the region of the operation.',
      { painAtTreatedLevel: true },
    ],
    [
      'On chest CT a wedge fracture of T10, the age of the fracture cannot be estimated. No back pain.',
      { newFractureLevels: [] },
    ],
    ['Bus driver, crash with a lorry at a junction. CT: L2 burst fracture.', { highEnergyTrauma: true }],
  ]);
});

describe('round 64: a circled n for normal, a bracket-free percentage after #, pages to colleagues, plans in bookings and triage', () => {
  check([
    ['New T9 CF on XR. Neuro ⓝ.', { neuroDeficit: false }],
    ['Acute L2 #. LL power/sensation ⓝ, PR tone ⓝ.', { neuroDeficit: false }],
    ['Acute L4 CF. On warfarin, INR ⓝ.', { coagulopathy: false }],
    ['XR: new T12 # ~30% ↓ ht.', { fractureLevels: ['T12'] }],
    ['Pls see re Mr K, 81: s/p L2 KP 2021. New L4 CF today.', { augmentationLevels: ['L2'] }],
    ['Myeloma. Plasmacytoma L2 w/ acute path #, pain ++.', { fractureLevels: ['L2'] }],
    [
      'IR booking - VP. Acute T11 # with oedema on MRI. No prior spinal procedures.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    [
      'Acute L3 fracture with marrow oedema. Triage: accept for kyphoplasty, category 1.',
      { priorSurgeryUnspecified: null },
    ],
    // A guard: a kind of fracture named in a letter is no finding.
    [
      'The scan confirmed a broken wrist. As this type of fracture may signal fragile bones, your back was X-rayed too, and there were no fractures in your back.',
      { vcf: false },
    ],
    [
      'New T12 compression fracture with back pain. An old healed left hip fracture was noted incidentally.',
      { symptomatic: true },
    ],
    // A guard: weak legs told as a change are a deficit.
    ['Acute L1 fracture on CT. Yesterday his legs became weak and he fell twice.', { neuroDeficit: true }],
    [
      'There is an old T12 fracture that was vertebroplastied in 2020. New L2 fracture.',
      { augmentationLevels: ['T12'] },
    ],
    [
      'New L1 fracture, no pain. Her son says that he himself had bowel cancer; she has no cancer history.',
      { malignancy: false },
    ],
    [
      'Acute T8 fracture. A T8 vertebroplasty was raised by the team and declined by the patient.',
      { augmentationLevels: [] },
    ],
    [
      'Previously instrumented from T11 to L3 in 2018. New T10 fracture.',
      { fusionLevels: ['T11', 'T12', 'L1', 'L2', 'L3'] },
    ],
    ['CT: acute L1 burst fracture. Bone mineralization is normal.', { osteoporosis: false }],
    ['Old L2 fracture. MRI was never done.', { mriDone: false }],
    ['CT 3/2025: new fracture of Th9, not present at CT 2023.', { newFractureLevels: ['T9'] }],
    [
      'New L2 fracture. Numbness of the right shin, the same since a disc prolapse at L5 in 2012, not new.',
      { deficitLongStanding: true },
    ],
    ['Old L3 # 2024. 6/52 of brace + NSAIDs, pain unchanged 7/10.', { failedConservativeWeeks: 6 }],
    ['Known T9 fracture. Celecoxib and a corset 5 weeks, pain not under control.', { failedConservativeWeeks: 5 }],
    [
      'Known T10 fracture from 2023. On X-ray the height loss increase from 20% to 45%.',
      { knownFractureWorsening: true },
    ],
    ['New back pain. Skeletal survey: compression #s of T8 and T10, all indeterminate age.', { newFractureLevels: [] }],
    ['New L1 fracture. Prior ca caecum, right hemicolectomy 2021.', { malignancy: true }],
    ['Acute L2 CF w/ marrow oedma on MRI.', { marrowEdema: true }],
    ['Old T12 fracture. MR in March 2024 showed a benign fracture.', { mriDone: true }],
    ['82-årig kvinde with a new L1 fracture.', { age: 82 }],
    ['Male patient, 66 y., new Th11 fracture.', { age: 66, sex: 'male' }],
    ['s/p PLIF C5-6-7 in 2015. New T12 fracture.', { fusionLevels: ['C5', 'C6', 'C7'] }],
    ['L1 fracture. Pneumonia last month, which has since resolved.', { activeInfection: false }],
    [
      'Pre-op clinic for a hip replacement, which is her only source of pain. CXR: T8 compression fracture.',
      { symptomatic: null },
    ],
    [
      'Pre-op chest film: a T7 compression fracture that nobody had previously reported. He denies back pain.',
      { newFractureLevels: ['T7'] },
    ],
    // A guard: a procedure held off is not done.
    ['Acute L4 CF. Also febrile. Plan: hold off L4 KP while septic.', { augmentationLevels: [] }],
    ['Acute T6 fracture; urgent MRI confirmed cord compression.', { mriDone: true }],
    ['MRI: L2 fracture, no feature suggestive of malignancy.', { malignantMriFeatures: false }],
    [
      'Acute L1 fracture; the posterior wall is pushed backwards into the spinal canal, pressing on the cord.',
      { retropulsion: true },
    ],
    ['Acute T12 fracture. Legs 5/5.', { neuroDeficit: false }],
  ]);
});

describe('round 65: answer options, a gloss in brackets, "the past month", present and absent as +nt/-nt, form fields age first', () => {
  check([
    [
      'New T12 compression fracture, severe pain. Which study next?\nA. MRI thoracic spine\nB. Kyphoplasty of T12 without imaging\nC. Bone scan',
      { augmentationLevels: [] },
    ],
    [
      'Old spondylodesis (posterior fusion with rods) L3-L5 in 2015. New L2 fracture.',
      { fusionLevels: ['L3', 'L4', 'L5'] },
    ],
    ['New L1 fracture. Back pain for the past month.', { symptomWeeks: 4.3 }],
    // A guard: care over "the past month" that failed.
    [
      'Old L2 fracture. His pain has escalated over the past month despite rising doses of morphine.',
      { failedConservativeWeeks: 4.3 },
    ],
    ['Acute L1 # on MRI. Retropulsion -nt, cord compression -nt.', { retropulsion: false }],
    ['Acute T12 #. Neuro deficit -nt.', { neuroDeficit: false }],
    ['Acute T9 fracture. Neuro exam WNL.', { neuroDeficit: false }],
    ['Age/Sex: 64 / female\nHistory: new L3 fracture.', { age: 64, sex: 'female' }],
    ['Patient 71 y. old, man, with a new L2 fracture.', { age: 71 }],
    ['Slight L1 wedging on the lateral view, of doubtful significance.', { vcf: 'uncertain' }],
    [
      'Old T10 fracture. MRI was done: chronic T10 fracture, no pedicle or soft-tissue abnormality.',
      { malignantMriFeatures: false },
    ],
    ['Acute L2 fracture on MRI, pedicles and posterior elements spared.', { malignantMriFeatures: false }],
    ['Old T12 fracture, healed. MRI this month: chronic T12 fracture, stable, without edema.', { marrowEdema: false }],
    ['Neurologically free. Acute T11 fracture.', { neuroDeficit: false }],
    ['Acute L3 fracture. Force and sensibility preserved in lower limbs.', { neuroDeficit: false }],
    ['New L1 fracture; the MR confirms oedema of the spongiosa of L1.', { marrowEdema: true }],
    ['Fresh L1 fracture on X-ray. She is waiting for MR.', { mriDone: false }],
    ['Pathological fracture of L4 found on MR 04/2025.', { mriDone: true }],
    ['Older (chronic) wedge deformity of T9 and an acute L2 fracture with oedema.', { newFractureLevels: ['L2'] }],
    ['CT 2025: compression fracture of T11; in CT of 2022 T11 had normal shape.', { newFractureLevels: ['T11'] }],
    ['New T6 fracture. Neurological findings are normal.', { neuroDeficit: false }],
    [
      'Old L2 fracture. Since 4 weeks severe thoracic pain after a sneeze, which does not improve with codeine and rest during these 4 weeks.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Since 2 weeks strong back pain; Novalgin since then without sufficient effect. Fresh L4 fracture.',
      { failedConservativeWeeks: 2 },
    ],
    [
      'Old L2 fracture. Over four weeks of a brace and physiotherapy her pain has climbed from 3/10 to 7/10.',
      { failedConservativeWeeks: 4 },
    ],
    ['Chronic T12 fracture from falling on ice in 2021.', { highEnergyTrauma: false }],
    [
      'Kyphoplasty T12 in 2021. She refers return of pain since 2 weeks, at the level of the cemented vertebra.',
      { painAtTreatedLevel: true },
    ],
    ['Pre-procedure MRI had shown T11 marrow oedema.', { mriDone: true }],
    ['Acute T10 fracture. Vertebroplasty not appropriate while the infection is active.', { augmentationLevels: [] }],
    [
      'Chest film: a T8 wedge fracture that we could not find on her films from last year. No back pain.',
      { newFractureLevels: ['T8'] },
    ],
  ]);
});

describe('round 66: lists of three levels, a level between a fracture and its sign, ticks and crosses, tables, consent and proposals', () => {
  check([
    ['New L2 CF. O/E LL MRC 5/5, sens intact.', { neuroDeficit: false }],
    ['CT: T5,7,9 wedge deformities, new.', { fractureLevels: ['T5', 'T7', 'T9'] }],
    [
      'MRI: acute compression fracture D9 with oedema on STIR; old T4 fracture.',
      { fractureLevels: ['T4', 'T9'], newFractureLevels: ['T9'] },
    ],
    ['s/p TLIF L4/5 + VP T11 (both 2019). New L2 #.', { fusionLevels: ['L4', 'L5'], augmentationLevels: ['T11'] }],
    ['Asx. OP ✗, ca hx ✗. Old healed T8 wedge #.', { osteoporosis: false }],
    ['Acute L1 #. Saddle anaesthesia ✗, urinary retention ✗.', { neuroDeficit: false }],
    ['Myeloma, new L4 fracture. Spine surgery consulted regarding L4 vertebroplasty.', { augmentationLevels: [] }],
    ['New L3 fracture; getting out of bed has been agony since Friday.', { symptomatic: true }],
    ['Pre-op film. No complaints. Mild T10 compression deformity, new since 2023.', { symptomatic: false }],
    ['New T12 fracture. MRI declined by the surgeon because of hardware artefact.', { mriDone: false }],
    ['Mrs K on the IR KP list. Acute L1 # with oedema.', { priorSurgeryUnspecified: null }],
    ['New T7 fracture on X-ray; MRI is yet to be done.', { mriDone: false }],
    ['Old L2 fracture. Physiotherapy and analgesia for 5 weeks, not much improvement.', { failedConservativeWeeks: 5 }],
    [
      'L1 kyphoplasty a month ago; the pain at L1 settled completely. New T10 fracture with pain.',
      { painAtTreatedLevel: false },
    ],
    ['IR consent discussion for vertebroplasty at L2. Acute L2 fracture with oedema.', { augmentationLevels: [] }],
    ['Acute T11 fracture with oedema.\nProposed: T11 kyphoplasty.', { augmentationLevels: [] }],
    ['New back pain. DXA-VFA: grade 1 wedge of T6 that looks long-standing.', { newFractureLevels: [] }],
    [
      'CT: incidental T11 compression fracture; the reporting radiologist could not say how old it is.',
      { newFractureLevels: [] },
    ],
    ['Pacientka 70 r., fresh Th12 fracture.', { sex: 'female' }],
    ['Pacient 66 r., fresh L1 fracture.', { sex: 'male' }],
    ['Woman on 79 years with a new L2 fracture.', { age: 79 }],
    ['Man 72 years with osteoporosis and a new T12 fracture.', { age: 72 }],
    ['Patient 80 jaar, new L1 fracture.', { age: 80 }],
    ['St.p. ca mammae 2019. New L2 fracture.', { malignancy: true }],
    ['RX: recente inzakking of L1.', { fractureLevels: ['L1'] }],
    ['Age: 80 | Sex: M | Cancer: never | Fracture: new L3, painful', { malignancy: false }],
    [
      'Pain not relieved by the naproxen she has been taking every day for the 4 weeks. Old L3 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Metastatic breast ca. Pathologic L2 fracture. Her pain is worse on standing and walking, and has increased over 3 weeks.',
      { symptomWeeks: 3 },
    ],
  ]);
});

describe('round 67: Romance-language ages and sexes, postposed denials, scheduled plans, comparisons with a survey', () => {
  check([
    ['Mme D., 79 ans. Tassement récent de L2.', { age: 79 }],
    ['Varón de 71 años. Aplastamiento reciente de L1.', { age: 71, sex: 'male' }],
    ['Mulher, 68 anos. New achatamento of T12.', { age: 68, sex: 'female' }],
    ['Uomo di 74 anni. Recent cedimento of L3.', { age: 74, sex: 'male' }],
    ['52-jähriger Patient (m, 52 J.). New BWK 8 fracture.', { sex: 'male' }],
    ['Mrs Ross, who is eighty-two, has a new L2 fracture.', { age: 82 }],
    ['New L1 fracture; on Monday she feels something give in her back as she stands.', { symptomatic: true }],
    [
      "Old T12 fracture; her back pain hasn't settled after three weeks of a brace and paracetamol.",
      { failedConservativeWeeks: 3 },
    ],
    [
      'Although he denies any injury, he has had severe pain since Monday. New L1 fracture on X-ray.',
      { symptomatic: true },
    ],
    [
      'Without relevant history, brought in after a high-speed car crash. CT: L1 burst fracture.',
      { highEnergyTrauma: true },
    ],
    ['CT: compression fracture was not pointed out; heights maintained.', { vcf: false }],
    ['New T8 fracture. Nervous system examination: no abnormality.', { neuroDeficit: false }],
    ['MRI: high intensity on STIR in the L2 body, acute fracture.', { marrowEdema: true }],
    ['MRI: acute L1 fracture with no features to suggest a pathological fracture.', { malignantMriFeatures: false }],
    ['Old L2 fracture; radiographs show further reduction of the height of L2.', { knownFractureWorsening: true }],
    ['Thrown from his mountain bike at speed. CT: L1 burst fracture.', { highEnergyTrauma: true }],
    ['New T9 fracture with back pain. ?cord compression - STAT MRI whole spine.', { mriDone: false }],
    ['Acute T10 VCF. Neuro deficit -ve.', { neuroDeficit: false }],
    ["Old L1 # VP'd 2/12 ago. Now pain at L1.", { fractureLevels: ['L1'] }],
    ['MM. Skeletal survey: new T5, T6 compression fx vs survey 1 yr ago. Asx.', { vcf: true }],
    ['L3-L5 fixation 2016. New L2 #.', { fusionLevels: ['L3', 'L4', 'L5'] }],
    ['Myeloma. L2 path fx | mechanical LBP worse on standing, ↑ over 2 wks | neuro intact', { symptomWeeks: 2 }],
    ['Diagnoses: healed T9 wedge # (old sports injury age 19). 61M.', { age: 61 }],
    ['Antécédents: ostéoporose. New L1 tassement.', { osteoporosis: true }],
    [
      'Fresh L2 fracture. Since 2 weeks intense lumbar pain after effort, without improvement with tramadol and rest.',
      { failedConservativeWeeks: 2 },
    ],
    ['New L1 fracture. Consent has been taken for kyphoplasty at L1.', { augmentationLevels: [] }],
    [
      'Breast ca 2015. New T9 fracture with back pain for three weeks and, incidentally, an old healed wedge deformity at T4.',
      { symptomatic: true },
    ],
    // A guard: a pathologic fracture called chronic after a dash keeps its age when the pain's weeks are read.
    ['Myeloma. Path # L2 - chronic, known since 2023. Increasing LBP x2/52.', { newFractureLevels: [] }],
    ['He is scheduled for posterior stabilisation from T11 to L1 on Monday. Acute T12 fracture.', { fusionLevels: [] }],
    [
      'Old L3 fracture. On regular paracetemol and a lidocaine patch for five weeks without improvement.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'Prostate ca. Pathologic L4 fracture; pain in the lower back has increased over the last month notwithstanding regular analgesia.',
      { failedConservativeWeeks: 4.3 },
    ],
    ['Lung ca. Mechanical mid-back pain for about 4 weeks. Pathologic T7 fracture on MRI.', { symptomWeeks: 4 }],
    ['New T7 and T8 fractures. No previous neoplasms.', { malignancy: false }],
  ]);
});

describe('round 68: a study asked for after a dash, a postposed "no", a title after "Patient", a level with a predicate', () => {
  check([
    ['New L2 CF on XR. No MRI done - for MRI.', { mriDone: false }],
    ['New T10 compression fx. MRI whole spine w/ + w/o contrast pls - none done to date.', { mriDone: false }],
    ['New L3 fracture. Cancer history no, weight loss no.', { malignancy: false }],
    ['Patient Mr. K, 66 years old, with a new T12 fracture.', { age: 66, sex: 'male' }],
    ['CT: acute wedging of T11, T12 body looks normal.', { fractureLevels: ['T11'] }],
    [
      'Triage note for the kyphoplasty clinic. Acute L2 fracture with oedema, no earlier spinal procedures.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'Known old L1 fracture from 2022; films show more wedging at L1 than last year.',
      { knownFractureWorsening: true },
    ],
    [
      'ED: 77 F presents w/ abdo pain; CT: T11 compression deformity, age indeterminate. Denies back pain.',
      { symptomatic: false },
    ],
    ['Acute L1 fracture with a retropulsed fragment indenting the conus.', { retropulsion: true }],
    ['Chronic L2 wedge # (2023). XR today: further ↓ ant ht L2 c/w 2024 film.', { knownFractureWorsening: true }],
    ['New T12 fracture on film, back pain. MRI not done. Please advise MRI or CT.', { mriDone: false }],
    [
      'Known L2 fracture since last year. Lateral X-ray: L2 collapse progress compared with March.',
      { knownFractureWorsening: true },
    ],
    [
      'Old T12 fracture. Past 4 weeks pain is becoming worse in spite of the belt and tablets.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Old L1 fracture. Recent 3 weeks back pain more severe although still wear corset and take paracetamol.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'History: kyphoplasty at T12 in year 2564 B.E. (2021) because osteoporotic fracture. New L2 fracture.',
      { fractureLevels: ['T12', 'L2'] },
    ],
  ]);
});

describe('round 68 diagnosed: a fracture named back by its level, a caller about a parent, offers, lists closed by a sign', () => {
  check([
    [
      'L2 fracture fixed with L1-L3 pedicle screws in 2020. Now the ache at the level of that fracture is back.',
      { painAtTreatedLevel: true },
    ],
    // A guard: the level of an untreated fracture is no treated level.
    ['New L1 fracture, painful. She has pain at the level of the fracture.', { painAtTreatedLevel: null }],
    [
      'T12 fracture, T11-L1 stabilisation in 2019. For two months back pain at the operation level again.',
      { painAtTreatedLevel: true },
    ],
    [
      'Message from son. His father, Mr Ivo Horak, 83, had a vertebroplasty of L2 in 2022. Now a new T12 fracture.',
      { augmentationLevels: ['L2'] },
    ],
    [
      'New L3 fracture with oedema. I offered her vertebroplasty of L3 and she will think about it.',
      { augmentationLevels: [] },
    ],
    [
      'New L1 fracture, febrile with a chest infection. We will reassess for cement augmentation in a fortnight.',
      { augmentationLevels: [] },
    ],
    [
      'New T9 and T10 fractures, ?myeloma. No kyphoplasty until myeloma is confirmed or excluded by biopsy.',
      { malignancy: 'uncertain' },
    ],
    [
      'CT for renal colic shows mild wedging of T12, long-standing in appearance and likely old. Pain free.',
      { newFractureLevels: [] },
    ],
    [
      'Right foot numbness for the past ten years, same as before. New L1 fracture with back pain.',
      { deficitLongStanding: true },
    ],
    ['New L2 fracture. Malignancy or weight loss (-).', { malignancy: false }],
    ['New T12 fracture. Night pain the patient does not have.', { nightPain: false }],
    [
      'Back pain for 4 weeks since a fall, took paracetamol and a corset but no relief. X-ray: new L1 fracture.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Metastatic breast cancer. Pathologic T10 fracture on MRI. Since 2 weeks ago her back pain is worse on standing.',
      { newFractureLevels: ['T10'] },
    ],
    [
      'Myeloma. Pathological L2 fracture. The pain is mechanical - worse sitting up and walking, better lying flat on her back - and has increased over 3 weeks.',
      { newFractureLevels: ['L2'] },
    ],
    ['X-ray: wedge fracture of T7, 30% height loss; previous CT (2023) was normal.', { newFractureLevels: ['T7'] }],
    [
      'Routine X-ray: wedge deformities of T5 and T6 vertebral bodies and old compression fracture of L2. No back pain.',
      { fractureLevels: ['T5', 'T6', 'L2'], newFractureLevels: ['T5', 'T6'] },
    ],
    ['New T7 fracture, KP sites unchanged. Kyphoplasty T11 in 2021.', { augmentationLevels: ['T11'] }],
    [
      'Vertebroplasty cement fills the T9 and T10 vertebral bodies at the sites of the previous osteoporotic fractures.',
      { fractureLevels: ['T9', 'T10'] },
    ],
    ['Miss Hale, eighty-four, new T12 compression fracture.', { age: 84, sex: 'female' }],
    ['She had a vertebroplasty years ago for a crushed T11. New L1 fracture now.', { fractureLevels: ['T11', 'L1'] }],
    ['REASON FOR CONSULT: new L2 compression fracture, question kyphoplasty.', { augmentationLevels: [] }],
    [
      'New T10 fracture. He has a platelet dysfunction that the haematologists say cannot be corrected.',
      { coagulopathy: true },
    ],
    [
      'New L2 fracture. Six weeks of back pain that has not settled with a back support.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Fractures of T11 and T12 treated with vertebroplasty in 2019. Fell two days ago; new L2 fracture on film.',
      { newFractureLevels: ['L2'] },
    ],
  ]);
});

describe('round 69: sex before age written together, "OP." alone, arrows before pain, roots and Genant grades, lists with a predicate', () => {
  check([
    ['Handover, bay 3: M84. New L2 CF on XR.', { age: 84, sex: 'male' }],
    // A guard: an ICD code is no age (the sex-first pattern must not read it).
    ['Coded M80.08 on discharge. New L2 fracture.', { age: null }],
    ['Referral: F70. OP. New T12 CF.', { osteoporosis: true }],
    ['New T8 CF on XR. No MRI yet. → IR ?VP, MRI first.', { mriDone: false }],
    ['Old OP wedge # T12, known since 2020. ↑ back pain past 3/52.', { knownFractureWorsening: true }],
    ['MRI: acute L4 fracture with a retropulsed fragment compressing the left L4 nerve root.', { retropulsion: true }],
    [
      'Known T9 wedge (Genant grade 1) on VFA 2023. VFA today: progression at T9 to grade 2.',
      { knownFractureWorsening: true },
    ],
    [
      'Myeloma. MRI: pathological L3 collapse with soft-tissue extension into the left psoas.',
      { malignantMriFeatures: true },
    ],
    [
      'Metastatic lung cancer. A pathologic compression fracture through a lytic metastasis at T7.',
      { fractureLevels: ['T7'] },
    ],
    [
      'Myeloma. The pathological L2 fracture first seen at diagnosis; back pain has been increasing over the last 2 weeks.',
      { newFractureLevels: [] },
    ],
    // A guard: the fields that route a painful fracture of unknown age to imaging (decide-routing.test.ts, rule 8).
    [
      'Back pain for ten days after a fall. X-ray: T12 wedge fracture of indeterminate age. MRI requested, not yet done.',
      { fractureAcuity: { T12: 'age-indeterminate' }, symptomatic: true, mriDone: false },
    ],
    ['Incidental L3 compression deformity in an 81-year-old woman. No back pain.', { newFractureLevels: ['L3'] }],
    ['New L1 fracture. She has no history of cancer, and her DXA T-score is -2.9.', { osteoporosis: true }],
    [
      'L2 compression fracture known for two years. Her pain has been getting worse for a month.',
      { knownFractureWorsening: true },
    ],
    [
      'Old L1 fracture. The T12-L2 fixation is intact, and the T10, T11 and L3 vertebral bodies are normal.',
      { fusionLevels: ['T12', 'L1', 'L2'] },
    ],
    [
      'Chronic L3 fracture. Five weeks of physiotherapy and a brace, none of which has helped.',
      { failedConservativeWeeks: 5 },
    ],
    ['New T7 fracture. Serial neurological examinations remained normal.', { neuroDeficit: false }],
    [
      'Pain since 2,5 months; analgesics since 2,5 months without effect. New L2 fracture.',
      { failedConservativeWeeks: 10.8 },
    ],
    [
      'New L3 fracture. She took paracetamol and a corset 4 weeks but the pain did not pass.',
      { failedConservativeWeeks: 4 },
    ],
    ['New L2 fracture. No loss of power in the legs.', { neuroDeficit: false }],
    ['History of ca of the prostate. New L1 fracture.', { malignancy: true }],
    ['MRI: pathological T11 fracture involving both pedicles.', { malignantMriFeatures: true }],
    ['X-ray: compression fracture of L2 newly identified. Pain for two weeks.', { newFractureLevels: ['L2'] }],
    [
      'Breast cancer with bone metastases. Before 2 weeks MRI showed pathological fracture of T10. Pain increasing since then.',
      { newFractureLevels: ['T10'] },
    ],
    ['Severe backache since 6 days, no trauma. X-ray: wedge fracture of L1.', { newFractureLevels: ['L1'] }],
    ['New L4 fracture. They asked me whether vertebroplasty could be done.', { priorSurgeryUnspecified: null }],
    ['Old T12 fracture since 2021 with the same pain, without worsening.', { knownFractureWorsening: false }],
    ['New L1 fracture. Bloods including a myeloma screen were normal.', { malignancy: false }],
    ['New L2 fracture. Her raised CRP is from gout rather than infection.', { activeInfection: false }],
  ]);
});

describe('round 70: symptoms told without "pain", "comp fx", a bare "#", "For KP", "MR" in English notes, clauses after a list', () => {
  check([
    ['New L2 fracture after a fall. She winces whenever she is turned.', { symptomatic: true }],
    ['New T12 fracture. He describes a band-like tightness around the lower chest on turning.', { symptomatic: true }],
    ['New L1 fracture on films; she cannot roll over in bed without help.', { symptomatic: true }],
    ['CXR: old T9 wedge. He has no back symptoms at all.', { symptomatic: false }],
    ['Req: 80F. XR: L3 + L4 comp fxs, new vs 2023.', { fractureLevels: ['L3', 'L4'], newFractureLevels: ['L3', 'L4'] }],
    ['XR: acute L1 wedge #; old healed T11 # unchanged.', { fractureLevels: ['T11', 'L1'] }],
    ['Hx: 72F, s/p VP L1 2021 for OP comp fx.', { osteoporosis: true }],
    ['Clinical hx: 80 F. MRI: acute L3 comp fx w/ edema. For KP - pls assess.', { augmentationLevels: [] }],
    ['Myeloma. New pathologic T9 fracture on MR with pedicle involvement.', { mriDone: true }],
    ['Pain at the L2 cement again; MR today showing no new fracture.', { mriDone: true }],
    ['Prior vertebral augmentation at T12 and L1 for fragility fractures in 2020.', { fractureLevels: ['T12', 'L1'] }],
    ['New L1 fracture. VAS 7/10 after six weeks of bracing and analgesia.', { failedConservativeWeeks: 6 }],
    ['New T12 fracture, severe pain 4/52 not settling w/ Endone and rest.', { failedConservativeWeeks: 4 }],
    ['Old L3 fracture; CT: retropulsed fragment narrowing canal, new leg weakness.', { retropulsion: true }],
    [
      '62M, lung Ca. Pathologic T8 # (CT-guided bx 2/52 ago). Worsening mechanical pain.',
      { newFractureLevels: ['T8'] },
    ],
    ['ED: 30M MVC. TTP TL jxn. XR: L1 burst fx.', { symptomatic: true }],
    ['Old T12 + L1 comp fxs (2018), unchanged on XR today vs 2022. No new fx.', { newFractureLevels: [] }],
    ['Indication: back pain after lifting, eval for compression fracture. No compression fracture.', { vcf: false }],
    ['New L3 fracture. IR consulted for vertebral augmentation.', { augmentationLevels: [] }],
    [
      'Cement augmentation of T11 last year. Now a sharp ache right at the site of that procedure when she bends.',
      { painAtTreatedLevel: true },
    ],
    [
      'CXR before a knee operation: a moderate wedge compression of the sixth thoracic vertebra, old and unchanged compared with a chest film from 2015. She has no back complaints.',
      { newFractureLevels: [] },
    ],
    [
      'Incidental CXR finding: compression deformities at T7 and T10; the T7 deformity is old, while T10 is new. No back pain.',
      { newFractureLevels: ['T10'] },
    ],
    [
      'DIAGNOSIS: Chronic L2 fracture from 2021.\nPROCEDURES: posterior instrumentation L1 to L3 for progressive collapse of L2.',
      { treatedInNoteLevels: ['L1', 'L2', 'L3'] },
    ],
    [
      'Old L4 laminectomy; left foot numbness unchanged for years. Exam: left EHL 4/5. She denies any new weakness.',
      { deficitLongStanding: true },
    ],
    ['Seatbelt bruise with a sore sternum. CXR: old T6 wedge. No back pain.', { symptomatic: false }],
    [
      'Chronic L1 fracture since 2022; her aching has steadily worsened since the summer.',
      { knownFractureWorsening: true },
    ],
  ]);
});

describe('round 71: conditions on a study, double negatives, who reports, UK shorthand headers and "VF"', () => {
  check([
    [
      'New L1 fracture. MRI requested, and if it shows marrow oedema, kyphoplasty would be offered.',
      { marrowEdema: null },
    ],
    [
      'New T9 fracture on CT. Should MRI show a soft-tissue mass, surgery would be consulted.',
      { mriDone: false, malignantMriFeatures: null },
    ],
    ['Old L2 fracture, worse for six weeks; she is not without pain at any time.', { symptomatic: true }],
    ['Call from carer: according to his daughter there is no leg weakness. New L1 fracture.', { neuroDeficit: false }],
    ['New T12 fracture. I have not requested an MRI yet.', { mriDone: false }],
    ['New L3 fracture. A neighbour had kyphoplasty and she asks about it.', { augmentationLevels: [] }],
    ['New T8 fracture. She is not neurologically intact: new leg weakness today.', { neuroDeficit: true }],
    ['He had an L1 vertebroplasty for a myeloma-related fracture in 2021.', { fractureLevels: ['L1'] }],
    [
      'Handover: 79M.\nFHx: brother had prostate ca.\nCXR + L-spine XR: new L2 wedge #.',
      { fractureLevels: ['L2'], newFractureLevels: ['L2'] },
    ],
    ['O/E: TTP T12. Neuro grossly intact, PR: normal tone.', { neuroDeficit: false }],
    ['PMH: VP L1 (2021) for OP VFs. Now new T12 VF.', { fractureLevels: ['T12', 'L1'], osteoporosis: true }],
    // A guard: "VF" with no level or bone word before it is ventricular fibrillation.
    ['Cardiac arrest with VF, now stable. CXR: no fracture.', { vcf: false }],
    ['Δ: OP. New T11 wedge #.', { osteoporosis: true }],
    ['New T6 compression # on CT; his pain is all R chest wall, no midline TTP.', { symptomatic: false }],
    ['New L2 fracture. No loss of strength or sensibility in lower limbs.', { neuroDeficit: false }],
    ['New L1 fracture. Neurological objective exam is in the norm.', { neuroDeficit: false }],
    // A guard: an old deficit told with its years, and new ones denied, is still a deficit.
    [
      'New L1 fracture. Mild weakness of the left foot dorsiflexion (4/5) since her operated lumbar disc herniation twelve years ago, unchanged since then; no new weakness.',
      { neuroDeficit: true, deficitLongStanding: true },
    ],
    ['New L1 burst fracture after he fell from 5 meters.', { highEnergyTrauma: true }],
    [
      'CT: compression fracture of the T9 vertebral body, new compare with CT 2023. No pain.',
      { newFractureLevels: ['T9'] },
    ],
    ['Old L2 fracture with mild pain, not more worse than before.', { knownFractureWorsening: false }],
    [
      'X-ray: compression fractures of Th10 and Th11 bodies, fresh, height lowered by a third.',
      { newFractureLevels: ['T10', 'T11'] },
    ],
    ['New L1 fracture. She lose weight 4 kg in 3 months.', { weightLoss: true }],
    [
      'Metastatic lung cancer. MRI: pathologic T9 fracture, tumor involve right pedicle.',
      { malignantMriFeatures: true },
    ],
    ['New L2 fracture. Negative anamnesis for neoplasias.', { malignancy: false }],
    ['New T7 fracture. The MRI is demanded but not yet realized.', { mriDone: false }],
    ['New L1 fracture. Motorik 5/5 both legs, sensorik normal.', { neuroDeficit: false }],
    [
      'Myeloma. Pathologic L2 fracture. The pain is mechanical, worse standing and walking, and it is increased in the last 2 weeks.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'Acute L3 fracture. Conservative treatment 4 weeks (bed rest, brace, NSAIDs), pain no obvious relief.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'New T12 fracture. The RM of the lumbar spine with contrast of 10/02/2024 documents marrow oedema.',
      { mriDone: true },
    ],
    ['Old T8 fracture. MRI of thoracic spine from 12.03.2024: marrow edema is absent.', { mriDone: true }],
    [
      'Known T7 and T8 fractures. During 2 months, increase of back pain and progressing of thoracic kyphosis.',
      { knownFractureWorsening: true },
    ],
    ['New T9 fracture, between the two cemented levels; back pain since.', { painAtTreatedLevel: false }],
  ]);
});

describe("round 72: lists with a second finding, comparisons that are no denials, care by brand, other languages' denials", () => {
  check([
    [
      'MRI: pathological fractures of T11 and T12 and epidural tumour at T12, no cord signal change.',
      { fractureLevels: ['T11', 'T12'] },
    ],
    ['CT: compression fractures of T8 and T9 and a haemangioma at L3.', { fractureLevels: ['T8', 'T9'] }],
    ['Old L2 fracture. Admitted with a urinary infection, which has now fully resolved.', { activeInfection: false }],
    [
      'New L1 fracture. On warfarin for a metal valve, and cardiology will not allow it to be stopped.',
      { coagulopathy: true },
    ],
    ['Pathologic T9 fracture. Her platelets have not risen despite transfusion.', { coagulopathy: true }],
    ['New L3 fracture. Normal tone, power and sensation in the lower limbs.', { neuroDeficit: false }],
    ['New T11 fracture in a woman with long-standing, never-treated osteoporosis.', { osteoporosis: true }],
    ['Acute L1 fracture. Nega fever, nega weakness of the legs.', { neuroDeficit: false, activeInfection: false }],
    ['Wedge fracture of T8, new. Not known with cancer.', { malignancy: false }],
    ['Patient of masculine sex, 81 years, with a new L2 fracture.', { age: 81, sex: 'male' }],
    // A guard: the comparison read as no denial above must keep this plainer form affirmed.
    [
      'Spine films show a T9 compression fracture that was absent on her staging CT six months earlier.',
      { fractureLevels: ['T9'], newFractureLevels: ['T9'] },
    ],
    ['Incidental L2 comp fx w/ 25% ht loss on surveillance CT, not present 2021.', { fractureLevels: ['L2'] }],
    [
      'Kyphoplasty of T12 in 2021. Presents for back pain since a week, worst exactly at T12.',
      { painAtTreatedLevel: true },
    ],
    [
      'Vertebroplasty at L2 in 2020. Now tenderness and pain on palpation of the spinous process of L2.',
      { painAtTreatedLevel: true },
    ],
    [
      'Fusion T12 to L2 in 2019 for an L1 fracture. For a month, an ache between the screws.',
      { painAtTreatedLevel: true },
    ],
    [
      'Acute L4 fracture with oedema on MRI, failing six weeks of conservative management.',
      { failedConservativeWeeks: 6 },
    ],
    ['Old T11 fracture, further collapse. Loxonin for 4 weeks was not effective.', { failedConservativeWeeks: 4 }],
    [
      'Old L2 fracture, further collapse. Physiotherapy and Depon for 3 weeks without result.',
      { failedConservativeWeeks: 3 },
    ],
    ['Pathologic T10 fracture. Oxycodon since 2 weeks gives insufficient effect.', { failedConservativeWeeks: 2 }],
    ['72F | OP, new L1 comp fx x2 wks.', { osteoporosis: true }],
    ['Several old OP lumbar VCFs at L1-L3.', { osteoporosis: true }],
    [
      'Old L1 fracture. X-ray: L1 height loss increased from 15% to 40%, at other levels a new fracture is not seen.',
      { knownFractureWorsening: true },
    ],
    [
      'Old T7, T8 and T9 osteoporotic wedge fractures. Back pain has got worse this month.',
      { knownFractureWorsening: true },
    ],
    [
      'Q: A 70-year-old man with prostate cancer has new back pain. Films show a T10 compression fracture. Which study next?',
      { fractureLevels: ['T10'] },
    ],
    ['New T8 deformity in a patient with lung cancer; MRI recommended.', { mriDone: false }],
    ['New L1 fracture. Conduct: RNM of the lumbar column and evaluation for kyphoplasty.', { mriDone: false }],
    ['New T6 fracture two weeks ago. MRI not checked yet.', { mriDone: false }],
    [
      'Acute L2 fracture.\nHOSPITAL COURSE: Interventional radiology saw him regarding kyphoplasty; he preferred to try bracing first.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'Known old L3 compression fracture from 2022. Now worse pain and L3 height loss 25% -> 50% on XR today.',
      { newFractureLevels: [], knownFractureWorsening: true },
    ],
    [
      'Myeloma on treatment. The survey shows a mild T8 compression fracture. She says "nothing in my back bothers me."',
      { symptomatic: false, newFractureLevels: ['T8'] },
    ],
    ['Old L1 fracture. MRI today: L1 height loss identical to the prior study.', { knownFractureWorsening: false }],
    [
      'L1 burst fracture after a fall from a roof. His back "feels like it was kicked by a horse."',
      { symptomatic: true },
    ],
  ]);
});

describe('round 73: letters and calls about someone else, studies that could settle a question, level labels, dotted dates', () => {
  check([
    ['Dear Mr Okoro, Re: Mrs Ada Lyle, DOB 02/03/1945 (79). New L1 fracture.', { age: 79, sex: 'female' }],
    [
      'Telephone call from Mrs. Hale about her husband. Mr Hale is 70 and has a new T11 fracture.',
      { age: 70, sex: 'male' },
    ],
    ['New L2 fracture. NMR not yet done, we ask for NMR of the lumbar spine.', { mriDone: false }],
    ['New L3 fracture. MRI could establish acuity if clinically warranted.', { mriDone: false }],
    ['New T11 compression deformity. MRI is suggested.', { mriDone: false }],
    ['New L2 fracture with oedema. Indicated for vertebroplasty L2, consent signed.', { augmentationLevels: [] }],
    ['Old T7 wedge deformity. DEXA normal, osteoporosis is rejected.', { osteoporosis: false }],
    ['Old L1 fracture. Referred with back pain from 3 months ago.', { symptomatic: true }],
    ['81F, k/c/o OP (BMD T -3.1) on nil Rx. New L1 fracture.', { osteoporosis: true }],
    ['Known T8 fracture. MR then (2023-09-20) showed a benign pattern.', { mriDone: true }],
    ['CT: compression of body Th10 on 25%, new since 2022.', { fractureLevels: ['T10'] }],
    ['New L1 fracture. Lower limbs with full strength.', { neuroDeficit: false }],
    ['Fusion T12 to L2 in 2019 for an L1 fracture. Now an aching pain over the scar.', { painAtTreatedLevel: true }],
    [
      'Kyphoplasty of L1 in 2020. For a week the old ache in the middle of her back has come back.',
      { painAtTreatedLevel: true },
    ],
    ['Known L3 fracture. Her back has been "no trouble at all" since.', { symptomatic: false }],
    [
      'Acute T8 fracture with oedema. Her GP has referred her for a kyphoplasty, which is booked for the 14th.',
      { augmentationLevels: [] },
    ],
    ['Old L2 fracture. Plan: spine clinic review; continue alendronate for her osteoporosis.', { osteoporosis: true }],
    ['L1 burst fracture in June. He still needs codeine at night.', { symptomatic: true }],
    [
      'Old T9 and T10 wedge fractures. Over the past year his kyphosis and back ache have both increased.',
      { knownFractureWorsening: true },
    ],
    ['Known L1 fracture. XR: slight further loss of L1 ht around the cement.', { knownFractureWorsening: true }],
    [
      'Known L1 fracture, managed with a brace for 6 weeks. Pain worsening over the last week.',
      { failedConservativeWeeks: 6 },
    ],
    ['New L1 fracture. Ibuprofen and bed rest for 2 weeks, pain not controlled.', { failedConservativeWeeks: 2 }],
    ['New L2 fracture. Massage by a neighbour for 1 week, no relief.', { failedConservativeWeeks: 1 }],
    ['History of breast cancer, no complaints, routine films: new T11 compression deformity.', { symptomatic: false }],
    ['Status post L1 kyphoplasty. Small intradiscal cement leak at T12-L1.', { augmentationLevels: ['L1'] }],
    [
      'FINDINGS:\nT11: Normal height.\nT12 and L1 (partially imaged): vertebroplasty cement, chronic deformities.',
      { augmentationLevels: ['T12', 'L1'] },
    ],
    [
      'T11 vertebroplasty in 2020. Now a new fracture of L1, just below the cemented T11 vertebra, with 20% height loss.',
      { fractureLevels: ['L1'] },
    ],
    ['Status after L2 kyphoplasty in 2021.10. because of osteoporotic fracture.', { fractureLevels: ['L2'] }],
    [
      'Vertebroplasty of Th11 by occasion of osteoporotic fracture of Th11. Present pain appeared 10 days ago after she sneezed.',
      { newFractureLevels: [] },
    ],
    // A guard: a fracture of a body named with its level (the object read above).
    ['X-ray: new compression fracture of body L3.', { fractureLevels: ['L3'] }],
    [
      'Old L1 fracture. X-ray: progression of compression of L1 from 25% to 50%, new fractures are not found.',
      { newFractureLevels: [] },
    ],
    ['Old L1 fracture. She can not walk far, kyphosis increased.', { knownFractureWorsening: true }],
    [
      'Myeloma. MRI spine 2/52 back: pathological collapse of T10, no cord compression.',
      { newFractureLevels: ['T10'] },
    ],
  ]);
});

describe('round 74: names and ages, studies awaited, denials said of a list, care that did not help, pathologic comparisons', () => {
  check([
    ['Lok Yeay Sok Phally, 66 years, female, new L1 fracture.', { age: 66, sex: 'female' }],
    [
      'New L1 and L2 fractures. Numbness, leg weakness and trouble passing urine are all denied.',
      { neuroDeficit: false },
    ],
    ["New T8 #. Never dx'd with cancer.", { malignancy: false }],
    ['New L3 #. 3/52 of analgesia + physio with no improvement, pain 9/10.', { symptomatic: true }],
    ['New T8 fracture. MRI not got done yet.', { mriDone: false }],
    ['New L2 fracture. MRI not yet, because the machine is booked.', { mriDone: false }],
    ['MRI: new pathological compression fracture of L4, not seen in PET-CT of last year.', { fractureLevels: ['L4'] }],
    [
      'Old L1 fracture. Corset and bed rest for 5 weeks, but the pain continues strong.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'Old L1 fracture. Since the last 6 weeks the pain is increasing in spite of these medicines and the brace.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Old L2 fracture. Napa and a lumbar belt for these 3 weeks, but pain not reducing.',
      { failedConservativeWeeks: 3 },
    ],
    ['Myeloma. MRI: new pathologic T12 fracture with involvement of both pedicles.', { malignantMriFeatures: true }],
    ['His motorcycle collided with a moving lorry. T12 burst fracture.', { highEnergyTrauma: true }],
    ['New L1 fracture. Legs: full strength, intact sensation.', { neuroDeficit: false }],
    ['New T7 fracture. Full strength in all four limbs.', { neuroDeficit: false }],
    ['New T9 #. Neuro: MRC 5/5 LL, SLR neg.', { neuroDeficit: false }],
    ['New L1 fracture. Power of both lower limb 5/5.', { neuroDeficit: false }],
    [
      'New L3 wedge fracture. Malignancy was considered, but she has never had cancer and her SPEP was unremarkable.',
      { malignancy: false },
    ],
    [
      'Vertebroplasty T8 in 2019. New L1 fracture; MRI today to confirm edema before any kyphoplasty is considered.',
      { augmentationLevels: ['T8'] },
    ],
    [
      'Lateral film: wedge compression fractures of T11 and T12, age of the fractures indeterminate.',
      { fractureLevels: ['T11', 'T12'], newFractureLevels: [] },
    ],
    [
      'A radiograph taken 12 November 2024 shows a compression fracture of L3. He has had no back pain at all.',
      { newFractureLevels: ['L3'] },
    ],
  ]);
});

describe('round 75: titles of other languages, names before an age, more neurologic and care forms', () => {
  check([
    ['Sig. M., 84 years, with severe osteoporosis and a new L3 fracture.', { age: 84, sex: 'male' }],
    ['M. R., 76 years, retired baker, new L2 tassement.', { age: 76, sex: 'male' }],
    ['Giorgos Papadakis, 79, had a kyphoplasty at L1 in 2021.', { age: 79 }],
    ['New L3 fracture. RM not yet executed.', { mriDone: false }],
    ['New L2 fracture. Leg strength, sensation and continence are all normal.', { neuroDeficit: false }],
    [
      'New T12 fracture. Neurologically: strength and sensitivity in lower extremities are preserved.',
      { neuroDeficit: false },
    ],
    ['New T9 fracture, myeloma. MRI is not yet scheduled.', { mriDone: false }],
    [
      'Acute L3 fracture. She remains in considerable pain after one week of paracetamol and codeine.',
      { failedConservativeWeeks: 1 },
    ],
    [
      'Pathological L2 fracture. Mechanical pain not controlled w/ dex + oramorph x2/52.',
      { failedConservativeWeeks: 2 },
    ],
    [
      'Fresh L1 fracture. Novaminsulfon and a lumbar orthesis since 3 weeks without sufficient effect.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'Fusion T11-L1 in 2018 for a T12 fracture. For a month she says "my back hurts where they operated".',
      { painAtTreatedLevel: true },
    ],
    [
      'Old T8 fracture. RM of 20/01/2025: old fractures without oedema and without suspicious lesions.',
      { marrowEdema: false },
    ],
    ['Old L1 fracture. On the control MR the old L1 fracture has no edema.', { marrowEdema: false }],
    ['Acute L2 fracture. Celebrex and bed rest for 3 weeks, pain not relieve, VAS 7.', { failedConservativeWeeks: 3 }],
    ['Fresh L2 fracture. Our hospital MR (2025-10-30): STIR high signal in L2.', { mriDone: true }],
  ]);
});

describe('round 75 diagnosed: a child telling of a parent, waking with pain, bare comparison years, glossed levels', () => {
  check([
    ['New L2 fracture. Her son says mum has lost 6 kg since the summer.', { weightLoss: true }],
    ['New L4 fracture. She keeps waking at night with a dull ache in her back.', { nightPain: true }],
    ['Lumbar XR: new L1 wedge fx (not present 2022). No back pain.', { newFractureLevels: ['L1'] }],
    ['XR: new L 2 and L3 crush #s after a fall.', { newFractureLevels: ['L2', 'L3'] }],
    ['Radiograph: wedge fracture of D9, new with respect to the film of 2021.', { newFractureLevels: ['T9'] }],
    ['Chest CT find thoracic 9 (T9) vertebral body mild wedge compression fracture.', { fractureLevels: ['T9'] }],
  ]);
});

describe('round 76: Catalan, Indonesian and Croatian ages, proposals, a study as a verb, neurology told plainly, care and pain by the month', () => {
  check([
    ['Sra. Núria V., 79 anys, new L2 fracture.', { age: 79, sex: 'female' }],
    ['Ny. R, 68 thn, new L1 fracture.', { age: 68, sex: 'female' }],
    ['Tn. A, 81 tahun, new T12 fracture.', { age: 81, sex: 'male' }],
    ['Patient Josip K., 74 god., new L3 fracture.', { age: 74 }],
    ['New L1 fracture. Propose: MRI of the lumbar spine.', { mriDone: false }],
    ['New T11 fracture, not yet MR-scanned.', { mriDone: false }],
    ['New L4 fracture. Neurologically - normal.', { neuroDeficit: false }],
    ['New L4 fracture. Neurological status orderly.', { neuroDeficit: false }],
    ['New L2 fracture. Normal strength and sensibility in both legs.', { neuroDeficit: false }],
    ['X-ray: compression fracture of D10, new respect to the X-ray of 2022.', { newFractureLevels: ['T10'] }],
    ['Film: wedge fracture T9, new when compare with film 1 year ago.', { newFractureLevels: ['T9'] }],
    ['Acute L1 fracture. Used Paracet and a corset over 5 weeks without good effect.', { failedConservativeWeeks: 5 }],
    [
      'Acute L1 fracture. Tramal and a brace for 4 weeks, patient still can not walk because of pain.',
      { failedConservativeWeeks: 4 },
    ],
    ['Pathologic L2 fracture in myeloma. Back pain at walking during last 2 weeks.', { symptomWeeks: 2 }],
    ['Pathologic L2 fracture in myeloma. Last month she has growing pain in the back.', { symptomWeeks: 4.3 }],
    [
      'Status post stabilisation Th12-L2 with transpedicular screws after a fracture of L1.',
      { fusionLevels: ['T12', 'L1', 'L2'] },
    ],
    [
      'Vertebroplasty of T8 in 2020. Fall to the same level in the kitchen, since then lumbar pain; acute L1 fracture.',
      { painAtTreatedLevel: false },
    ],
    ['New L3 fracture. Case taken to the spine board for kyphoplasty.', { augmentationLevels: [] }],
    ['Acute L1 fracture. MRI: edema of the marrow, signs of benignity.', { malignantMriFeatures: false }],
  ]);
});

describe('round 76: "LBA", shorthand MRI signs, a history ended by growing pain, options after a query, settled variants', () => {
  check([
    ['Clinical hx: 72/F. C/o LBA x 5 days after a fall. X-ray: fresh wedge # L1.', { symptomatic: true }],
    ['Known chronic OP T12 wedge #, stable.', { osteoporosis: true }],
    ['Acute L2 VCF. MRI: no post cortex bulge, no pedicle inv, no ST mass.', { malignantMriFeatures: false }],
    ['Nil neuro deficit. No Ca hx. ?VP vs surgical opinion.', { malignancy: false }],
    // A guard: the sentence now ends after "hx.", and the query must still reach the option after "+".
    ['New L2 CF. No ca hx. ?decompression + PSF L1-L3.', { fusionLevels: [] }],
    ['Old T11 and L1 KP (2020). New T12 fx (between the 2 cemented levels), pain 7/10.', { painAtTreatedLevel: false }],
    [
      'History: T12-L2 fusion in 2018, increasing back pain at the fused levels over the last month.',
      { painAtTreatedLevel: true },
    ],
    ['VFA: mild wedging of T6, regarded as a normal variant.', { fractureLevels: [] }],
    ['Indication: preop hip, no current complaints. Old T9 wedge deformity.', { symptomatic: false }],
    ['New L2 fracture. Neurology documented as normal in ED.', { neuroDeficit: false }],
    ['New L2 fracture. Full lower-limb power.', { neuroDeficit: false }],
    ['New L2 fracture. MRI could not be completed because of claustrophobia.', { mriDone: false }],
    [
      'Kyphoplasty at L2 in 2020. Now increasing pain at T10, not at L2, with progressive T10 collapse.',
      { painAtTreatedLevel: false },
    ],
    ['New T9 fracture. Off work until the MRI result is available.', { mriDone: false }],
    ['Pathologic L1 fracture. MRI: tumour involving the L1 body and left pedicle.', { malignantMriFeatures: true }],
    ['Old L1 fracture. Right-sided drop foot since a disc operation in 2005.', { neuroDeficit: true }],
    ['Pathologic L3 fracture in myeloma. MR with contrast: no epidural spread.', { mriDone: true }],
  ]);
});

describe('round 75 diagnosed further: an Iberian "utente", neuro obs, a line-ending "no complaints", protocol requests', () => {
  check([
    ['Utente de 81 years, sexo feminino, new L1 fracture.', { age: 81 }],
    ['Acute L2 fracture after a fall. Neuro obs normal.', { neuroDeficit: false }],
    [
      'INDICATION: 80-year-old female, preop cataract, no complaints\nFINDINGS: Old T9 wedge deformity.',
      { symptomatic: false },
    ],
    [
      'L2 kyphoplasty in 2021. He says the same old spot in his back has been aching again for a week.',
      { painAtTreatedLevel: true },
    ],
    [
      'Acute L1 fracture. She is no better two weeks after the fracture despite paracetamol and a brace.',
      { failedConservativeWeeks: 2 },
    ],
    [
      '71 yo F w/ h/o lung CA (lobectomy 2020, on osimertinib), c/o acute back pain. XR: new T9 CF.',
      { symptomatic: true },
    ],
    ['Protocol request: MRI thoracic spine. 74F, new T8 fracture, no MRI yet.', { mriDone: false }],
    // A guard: the request label asks only for its own study; the patient's history under it stays done.
    [
      'Protocol request: CT lumbar spine. 66M with L2-L4 posterior instrumented fusion and pain at L1.',
      { fusionLevels: ['L2', 'L3', 'L4'] },
    ],
  ]);
});

describe('round 75 diagnosed: what he can no longer manage, a view asked for, a spouse telling of the patient, old deficits and operated zones', () => {
  check([
    ['Acute L1 fracture. He can no longer manage the stairs and rates the pain 8/10.', { symptomatic: true }],
    ['New T12 fracture. I will ask the spinal team for their view on vertebroplasty.', { augmentationLevels: [] }],
    ['Old L2 kyphoplasty. For a week his wife says he has had new back pain below the cement.', { symptomatic: true }],
    [
      'New L3 fracture. Numbness of the left shin since a disc prolapse many years ago; no new weakness.',
      { deficitLongStanding: true },
    ],
    ['In 2020 fixation Th12-L2 for an L1 fracture. Now pain again in zone of operation.', { painAtTreatedLevel: true }],
    ['New L1 fracture. Oncoanamnesis not burdened.', { malignancy: false }],
    ['Pathologic T9 fracture. Radiotherapy and kyphoplasty are being explored.', { augmentationLevels: [] }],
  ]);
});

describe('round 77: insurers and vetting lines, shorthand lists and origins, second-language care, ages and denials', () => {
  check([
    [
      'Pre-authorization summary: kyphoplasty, L1. 80-year-old man, acute L1 fracture; MRI 2/3 shows marrow edema.',
      { augmentationLevels: [], mriDone: true },
    ],
    ['Old T8 fracture. An earlier MRI showed benign osteoporotic features.', { malignantMriFeatures: false }],
    [
      'Acute L2 fracture. Four weeks of codeine and a corset have not given adequate relief.',
      { failedConservativeWeeks: 4 },
    ],
    ['Survey: old T11+12 CFs, stable.', { fractureLevels: ['T11', 'T12'] }],
    ['70M, myeloma, L4 lytic path CF on CT.', { fractureLevels: ['L4'] }],
    ['68 y/o Chinese M, new L1 fracture.', { age: 68, sex: 'male' }],
    ['New L2 CF after a fall. For XR vs MRI - discuss with radiology.', { mriDone: false }],
    ['Acute L3 CF. Approved – MRI L spine incl STIR.', { mriDone: false }],
    ['Protocol: CT L spine. 80F, L2 VP 2022 for OP CF. Back pain localised to L2 x4/52.', { painAtTreatedLevel: true }],
    ['T11-L1 posterior instrumented fixation in 2018 for a T12 fracture.', { fusionLevels: ['T11', 'T12', 'L1'] }],
    ['New L2 fracture; unable to mobilise since the fall.', { symptomatic: true }],
    ['73-y-o M, new T11 fracture.', { age: 73, sex: 'male' }],
    [
      'CT: compression fracture of T9, height decreased 20%, lytic destruction is not seen.',
      { fractureLevels: ['T9'] },
    ],
    ['Old T7 wedge fracture. Patient has no complaints about back.', { symptomatic: false }],
    ['New L1 fracture. Oncology anamnesis negative.', { malignancy: false }],
    ['Patient, male, 79 aged. New L1 fracture.', { age: 79 }],
    ['New L1 fracture. Strength and sensitivity normal.', { neuroDeficit: false }],
    ['Rg: compression fracture of L-2 body, new comparing with Rg of 2021.', { newFractureLevels: ['L2'] }],
    [
      'Acute L1 fracture. In the last 4 weeks the pain grows, with Ketonal and a corset there is no improvement.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Acute L1 fracture, mechanical pain, already 3 weeks, Tramal and Ketonal are without effect.',
      { failedConservativeWeeks: 3 },
    ],
    ['Acute L1 fracture. Paracetamol and bed rest 5 weeks, no help.', { failedConservativeWeeks: 5 }],
    [
      'Lateral film: wedge fractures of T8 and T9, the age of fractures is unclear. No pain.',
      { newFractureLevels: [] },
    ],
    [
      'MRI: acute L1 fracture with bone marrow oedema, pedicles intact, soft tissue mass is absent.',
      { marrowEdema: true },
    ],
  ]);
});

describe('round 77: an undated fracture with pain of a few weeks is the new one, unless the text denies a new fracture', () => {
  check([
    ['Mid-back pain for 3 weeks, no injury. VFA: moderate compression fracture of T7.', { newFractureLevels: ['T7'] }],
    // A guard: a new fracture denied leaves the fractures named old.
    ['Back pain for 3 weeks over L1. XR: T7 wedge fracture, no new fracture.', { newFractureLevels: [] }],
    // A guard: fractures told as known are older than fresh pain.
    ['Known multiple osteoporotic VCFs (T8, T11). Pain at T11 for 3 weeks.', { newFractureLevels: [] }],
    [
      'Pathologic T5 fracture. A kyphoplasty has been provisionally scheduled for next month.',
      { augmentationLevels: [] },
    ],
  ]);
});

describe('an undated pathologic fracture in a patient in pain is the new one, unless the pain goes on or the sentence dates it', () => {
  check([
    [
      'Metastatic lung cancer. MRI: pathological compression fracture of L3. Mechanical pain on sitting up.',
      { newFractureLevels: ['L3'] },
    ],
    // Guards: pain told as going on, and a fracture dated by its sentence, are older than the visit.
    ['Myeloma. Pathological L2 fracture; ongoing mechanical pain on standing.', { newFractureLevels: [] }],
    ['Renal cancer. Biopsy-proven pathologic T11 fracture; mechanical pain on standing.', { newFractureLevels: [] }],
  ]);
});

describe('round 77: an earlier MRI read as benign, a road traffic accident', () => {
  check([
    ['Old T7 fracture. A prior MRI showed benign osteoporotic features.', { malignantMriFeatures: false }],
    ['27-year-old man. Road traffic accident, the car rolled. L1 burst fracture.', { highEnergyTrauma: true }],
  ]);
});

describe('round 77: a bare "oncology" answered no', () => {
  check([['Was healthy before, osteoporosis no, oncology no. Acute L2 fracture.', { malignancy: false }]]);
});

describe('round 75 diagnosed: a denial after its object, a complaint with its length after it, ISO dates, no obvious cause', () => {
  check([
    ['Chest film: wedge deformity of Th9. Pain in back patient denies, falls he denies.', { symptomatic: false }],
    ['Chief complaint: low back pain 3 weeks, worse 2 days. New L2 fracture.', { symptomWeeks: 3 }],
    [
      'Lumbar X-ray (2025-03-02): L3 vertebral body compressive fracture. Back pain for 10 days.',
      { newFractureLevels: ['L3'] },
    ],
    ['1 week ago no obvious inducement appear back pain. New T12 fracture.', { symptomatic: true }],
    ['New L1 fracture. MR and CT not done yet.', { mriDone: false }],
  ]);
});

describe('round 75 diagnosed: a year in a relative clause dates only its own phrase', () => {
  check([
    [
      'Mr K., 80, who had a prostatectomy in 2017 and whose staging CT now shows a compression fracture of the second lumbar vertebra. No back pain.',
      { newFractureLevels: ['L2'] },
    ],
  ]);
});

describe('round 75 diagnosed: a kyphosis "that has increased"', () => {
  check([
    [
      'Old wedge fractures T6 to T8, with a kyphosis that has increased over two years; now short of breath.',
      { knownFractureWorsening: true },
    ],
  ]);
});

describe('round 78: what she could not do is a deficit; a fracture called known, stable or unchanged in one place is not found now in another', () => {
  check([
    ['Nursing note: she could not stand this morning: both legs are weak.', { neuroDeficit: true }],
    ['Stable T10 compression fracture. No back pain.', { newFractureLevels: [], fractureLevels: ['T10'] }],
    [
      'Osteopenia. Mild wedge deformity of T7 with about 10 percent height loss, unchanged since 2020 on both studies. Impression: mild T7 wedge deformity. Denies back pain.',
      { newFractureLevels: [], fractureLevels: ['T7'] },
    ],
    [
      'Known T12 compression fracture from 2022. New back pain for 2 weeks. XR: T12 compression fracture, no other fracture.',
      { newFractureLevels: [], fractureLevels: ['T12'] },
    ],
    // A guard: a bare mention, with no other mention of its level, is still found now.
    ['No back pain. Incidental mild L1 compression deformity on the staging CT.', { newFractureLevels: ['L1'] }],
  ]);
});

describe("round 78: an age glossed after a word of the writer's own language, years had or been, a name's gloss before the age", () => {
  check([
    ['ED note. 81 ára (years) old woman, slipped on ice yesterday.', { age: 81, sex: 'female' }],
    ['Answer to the health centre. 59 ára karl (man). CT of the thorax for a long cough.', { age: 59 }],
    ['Clinic letter. I saw Mrs J., 80 oed, today with back pain.', { age: 80 }],
    ['Emergency, 05/03/25. Lady who has 70 years, known case of breast cancer.', { age: 70, sex: 'female' }],
    ['Handover. Bed 14: Sinjura (Mrs) of 84 years, had a vertebroplasty of L3 in 2023.', { age: 84 }],
    ['Referral. Ouma (grandmother, as we call her) is 83 years and has old wedge fractures of T8.', { age: 83 }],
    // A guard: years of a disease are no age.
    ['She has 10 years of diabetes; 67-year-old woman with back pain.', { age: 67 }],
  ]);
});

describe('round 78: care, its weeks and its failure in one sentence, in any order', () => {
  check([
    [
      'For six weeks he has had new back pain, and it has not become better with tablets and a brace.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'She is doing physiotherapy and taking painkillers since 2 months, but instead of getting better the pain is getting worse.',
      { failedConservativeWeeks: 8.7 },
    ],
    // A guard: the order an earlier pattern reads.
    [
      'Rest, analgesics and a lumbar belt for 4 weeks, but the back pain is increasing day by day.',
      { failedConservativeWeeks: 4 },
    ],
    // A guard: pain worse with walking is no failed care.
    ['Back pain for 2 weeks, worse with walking; takes paracetamol as needed.', { failedConservativeWeeks: null }],
  ]);
});

describe('round 78: not present on a study of a year, by any name', () => {
  check([
    [
      'In the Rx of the dorsal column we see a new compression fracture of T9, not present in the Rx of 2022.',
      { vcf: true, fractureLevels: ['T9'], newFractureLevels: ['T9'] },
    ],
    [
      'RTG: wedge deformity of L1, not seen on the RTG from 2021.',
      { vcf: true, fractureLevels: ['L1'], newFractureLevels: ['L1'] },
    ],
  ]);
});

describe("round 78: booking lines and 'To do:' ask for what they name; advice before its study; an Iberian request's 'petition', 'asked'", () => {
  check([
    ['Handover. To do: MRI L-spine, PT eval.', { mriDone: false }],
    ['IR book: KP L1 | 81F, acute L1 CF, pain 8/10.', { augmentationLevels: [], fractureLevels: ['L1'] }],
    ['IR slot req: VP T9 -- 77M, new T9 CF after a cough.', { augmentationLevels: [], fractureLevels: ['T9'] }],
    ['XR: fresh L1 compression fracture. MRI not done yet, adv. MRI L-spine.', { mriDone: false }],
    [
      'Petition of MRI of the dorsal column. Woman of 70 years with a new T8 compression fracture on X-ray.',
      { mriDone: false },
    ],
    ['X-ray: compression fracture of L3. Asked MRI lumbar urgent.', { mriDone: false }],
    ['Imaging requisition - MRI. 66 yr M with an L2 compression fracture on X-ray.', { mriDone: false }],
  ]);
});

describe("round 78: an examination that remains normal; the reading a report sets aside ('rather than a fracture')", () => {
  check([
    ['Physio note: her lower-limb strength, sensation and reflexes remain normal.', { neuroDeficit: false }],
    [
      'A small corticated ossicle at the corner of L3, consistent with a limbus vertebra rather than a fracture.',
      { vcf: false, fractureLevels: [] },
    ],
  ]);
});

describe("round 78: a study that can settle a question, a fracture seen on a radiograph of weeks ago, other fractures denied, 'none today', a referral's purpose", () => {
  check([
    [
      'Lumbar films: new L2 wedge compression fracture. MRI can establish acuity if clinically indicated.',
      { mriDone: false },
    ],
    [
      'Her L4 compression fracture, seen on a lateral lumbar radiograph three weeks ago, is painful.',
      { newFractureLevels: ['L4'] },
    ],
    [
      'XR: ?subtle wedging of T9, may be positional; cannot exclude a compression fracture. No other fracture.',
      { vcf: 'uncertain' },
    ],
    ['Problems: 1. Osteopenia 2. Old L2 compression fracture. Back pain: none today.', { symptomatic: false }],
    [
      'She was referred to exclude myeloma after a T11 compression fracture; myeloma was ruled out and she has never had cancer.',
      { vcf: true, fractureLevels: ['T11'], malignancy: false },
    ],
  ]);
});

describe("round 78: 'and she' ends a denial; loss of force and urine retention; an organ's 'neo'", () => {
  check([
    [
      'Back pain for 3 weeks without any fall, that wakes her at night, and she has lost 6 kg without trying.',
      { weightLoss: true },
    ],
    ['Since this morning, loss of force in both legs and urine retention.', { neuroDeficit: true }],
    ['Personal antecedents: neo of breast in 2017, treated with surgery and radiotherapy.', { malignancy: true }],
    // A guard: a denial before "and he" stands.
    ['No weakness, and he walks to the shops daily.', { neuroDeficit: false }],
  ]);
});

describe("round 78: a disc's decrease of height, a pneumonia recovered, the same zone of a fusion", () => {
  check([
    [
      'MRI: decrease of height of intervertebral discs L3-L4 and L4-L5; vertebral body heights preserved.',
      { vcf: false, fractureLevels: [] },
    ],
    [
      'Chest CT for control after pneumonia (recovered). Incidental T7 wedge compression deformity.',
      { activeInfection: false },
    ],
    [
      'Fusion T12-L2 in 2020 for an L1 burst fracture. Since one month pain again in the same zone of the fusion.',
      { painAtTreatedLevel: true },
    ],
    // A guard: the patient recovered, not a condition.
    [
      'Kyphoplasty of L2 in 2022 for an L2 compression fracture, recovered well after the procedure.',
      { fractureLevels: ['L2'], augmentationLevels: ['L2'] },
    ],
  ]);
});

describe("round 78: care, then its failure opening the next sentence; Welsh English's 'Worse the pain has got'", () => {
  check([
    [
      'He was managed for six weeks with a corset and tramadol. Rather than improving, the back pain has increased.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Worse the back pain has got over these 4 weeks, and that with codeine for those 4 weeks.',
      { failedConservativeWeeks: 4 },
    ],
    // A guard: a "however" that tells of relief is no failure.
    [
      'Managed for six weeks with a corset and tramadol. However, she is now pain-free.',
      { failedConservativeWeeks: null },
    ],
  ]);
});

describe('round 78: a recently diagnosed fracture is new', () => {
  check([
    [
      'Myeloma on treatment, with a recently diagnosed pathologic L2 compression fracture and ongoing mechanical pain.',
      { newFractureLevels: ['L2'] },
    ],
  ]);
});

describe('round 78: known fractures named by two levels', () => {
  check([
    [
      'Known T9 and L2 path fxs from breast ca. Now mechanical pain. A: painful pathologic L2 fx.',
      { newFractureLevels: [] },
    ],
  ]);
});

describe("round 78: muscle force preserved; a new fracture at a region's edge explains the region's pain", () => {
  check([
    [
      'Neurological status: reflexes symmetric, muscle force preserved, sensitivity not disturbed.',
      { neuroDeficit: false },
    ],
    [
      's/p T11-L2 fusion 2019. New thoracolumbar junction pain for 2 weeks. MRI: acute T10 compression fracture with edema.',
      { painAtTreatedLevel: false },
    ],
    // A guard: with no new fracture, the region's pain is the fused level's.
    [
      's/p T12-L2 fusion 2019. New thoracolumbar junction pain for 2 weeks. MRI: no new fracture; screws intact.',
      { painAtTreatedLevel: true },
    ],
  ]);
});

describe('round 78 (and rounds 20, 30): a level dictated as words', () => {
  check([
    [
      'dictated: new compression fracture of T eleven period old wedging of tee twelve period kyphoplasty at el one in twenty twenty',
      { fractureLevels: ['T11', 'T12'], augmentationLevels: ['L1'] },
    ],
    ['mild wedge deformity of tea nine comma stable', { fractureLevels: ['T9'] }],
  ]);
});

describe("round 78: a level's gloss in brackets before its finding, and an acuity word before both", () => {
  check([
    ['Restaging CT: a D9 (T9) wedge compression fracture.', { fractureLevels: ['T9'] }],
    ['Restaging CT: new D9 (T9) wedge compression fracture.', { fractureLevels: ['T9'], newFractureLevels: ['T9'] }],
  ]);
});

describe('round 79: a fracture that collapsed more, a stoop that grew, and a letter asking the reader to review a patient for a procedure', () => {
  check([
    [
      "Known T12 osteoporotic compression fracture from a fall in March. Today's film: T12 has collapsed a little more.",
      { knownFractureWorsening: true },
    ],
    [
      'L2 wedge fracture found 10 weeks ago; she walks more stooped now and the pain is no better.',
      { knownFractureWorsening: true },
    ],
    // A guard: "collapsed more than" gives an amount, not a change.
    [
      'New L1 compression fracture, anterior height collapsed more than 50%.',
      { knownFractureWorsening: null, newFractureLevels: ['L1'] },
    ],
    [
      'Dear colleague, please review her for kyphoplasty of the painful L2 fracture.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    [
      'Acute T11 fracture, MRI shows edema. Kindly evaluate the patient for kyphoplasty.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
  ]);
});

describe("round 79: a relative clause's fusion, a region the patient points to, and care that failed told across sentences, after a dose form's period, or in plain words", () => {
  check([
    [
      'Thank you for asking me to review Mr P., whom we instrumented from T12 to L2 in 2020 for a burst fracture.',
      { fusionLevels: ['T12', 'L1', 'L2'] },
    ],
    [
      's/p T10-L1 fusion 2022. Dull pain for a month now, and he points with one finger to the thoracolumbar junction. No new fracture on CT.',
      { painAtTreatedLevel: true },
    ],
    [
      'Lumbago since 6 weeks, not settled with tab. diclofenac, lumbar belt and rest for 6 weeks. X-ray: L2 wedge fracture.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Her T11 fracture was found 6 weeks ago on a chest film. She has used a brace and oxycodone since then, but the pain is worse.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'She twisted and felt sharp back pain three weeks ago. Despite a TLSO and regular tramadol, her pain still stops her sleeping. MRI: acute L1 fracture.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'The corset and the tablets did nothing for her over the 4 weeks. L3 compression fracture with oedema.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'He wears the brace for 6 weeks, but the pain is getting more and more. T12 fracture, MRI oedema.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Back pain over four weeks, sharp on rising from the bed and on walking to the toilet and eased lying down, despite scheduled morphine. L4 pathological fracture.',
      { failedConservativeWeeks: 4 },
    ],
  ]);
});

describe("round 79: an age glossed before or after it, fusion named by its rods and screws or a fixation by its levels, the Romance 'fractura', and care 'without effect'", () => {
  check([
    ['Sardar ji, umar (age) 74, came with back pain since 2 weeks.', { age: 74 }],
    ['Mrs T., 77 tuổi (years), woman. L1 fracture.', { age: 77 }],
    ['Bà (Mrs) H., tuổi 77 (years), woman. L1 fracture.', { age: 77 }],
    ['Female, 68 godini, osteoporosis known.', { age: 68 }],
    ['Male 58 saal, fell from roof.', { age: 58 }],
    [
      'Rods and screws T11 to L1 placed in 2018 after a burst fracture; now new L2 fracture.',
      { fusionLevels: ['T11', 'T12', 'L1'], newFractureLevels: ['L2'] },
    ],
    ['Old spinal fixation at T12-L2 (2016); now a new T11 fracture.', { fusionLevels: ['T12', 'L1', 'L2'] }],
    // A guard: a fixation with no level is not the spine's.
    ['ORIF of the left hip fixation in 2019; fixation of the wrist 2020.', { fusionLevels: [] }],
    ['MRI 2025: fractura compressiva of the L1 body, recent.', { fractureLevels: ['L1'] }],
    [
      'Brace and analgesics for 8 weeks without effect, pain is stronger now. L2 compression fracture.',
      { symptomatic: true },
    ],
  ]);
});

describe("round 79: a wedge a growth disorder explains, a height lost at a disc's level, and a fracture someone feared", () => {
  check([
    [
      'Lateral film: anterior wedging of T7 and T8 with undulating endplates, consistent with Scheuermann kyphosis.',
      { vcf: false, fractureLevels: [] },
    ],
    // A guard: a wedge the report explains nowhere stays a fracture.
    [
      'Lateral film: anterior wedging of T7 with undulating endplates; new L1 compression fracture with 30% height loss.',
      { fractureLevels: ['T7', 'L1'] },
    ],
    [
      'Old radiograph: loss of height at L3/4. MRI: degenerate discs, vertebral bodies of normal height.',
      { vcf: false, fractureLevels: [] },
    ],
    ['MRI: the height loss is in the L2/3 and L3/4 discs; no fracture.', { vcf: false, fractureLevels: [] }],
    [
      'Her GP feared she might have an osteoporotic fracture at T12. CT: no fracture.',
      { vcf: false, fractureLevels: [] },
    ],
  ]);
});

describe('round 79: a visit about a procedure, a construct named by its levels, legs that could not be lifted, a rider thrown at speed, a procedure someone has scheduled, fractures previously unrecognised', () => {
  check([
    ['New T12 fracture. IR agreed to see him about kyphoplasty at T12.', { augmentationLevels: [] }],
    [
      'New L1 wedge fracture with 25% height loss, and the T10 to T12 construct is intact.',
      { fractureLevels: ['L1'], fusionLevels: ['T10', 'T11', 'T12'] },
    ],
    [
      'Acute T12 burst fracture. Overnight she could not lift either leg and has a distended bladder.',
      { neuroDeficit: true },
    ],
    [
      'He came off his road bike at speed and was thrown 10 metres; CT shows an L1 burst fracture.',
      { highEnergyTrauma: true },
    ],
    ['Thrown several metres when the quad bike rolled; T12 fracture on CT.', { highEnergyTrauma: true }],
    ['Acute L2 fracture with oedema. We have scheduled an L2 kyphoplasty for Friday.', { augmentationLevels: [] }],
    [
      'As part of the osteoporosis work-up, VFA showed previously unrecognised wedge fractures at T8 and T11. No back pain.',
      { newFractureLevels: ['T8', 'T11'] },
    ],
  ]);
});

describe("round 79: an insurer's request, a coding's 'osteoporosis with current pathological fracture', and a teaching case's discussion", () => {
  check([
    [
      'Authorization request: kyphoplasty L2. 80-year-old man, painful L2 fracture for 8 weeks.',
      { augmentationLevels: [] },
    ],
    [
      'Medical necessity statement, vertebroplasty T9. Acute T9 fracture with oedema on MRI.',
      { augmentationLevels: [] },
    ],
    [
      'Diagnosis: postmenopausal osteoporosis with current pathological fracture, lumbar vertebra (L2).',
      { malignancy: null, fractureLevels: ['L2'] },
    ],
    [
      'Journal club: 70F, acute L3 fracture, MRI shows oedema. Paper: vertebroplasty against a sham procedure in acute fractures.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'Grand round case: 66M with new T11 fracture; no MRI yet. Discussion: the MRI features of a malignant fracture.',
      { mriDone: false },
    ],
  ]);
});

describe("round 79: a form's fields set apart by spaces, a level in a label, a level after a form's yes, shorthand's '-ve for mets', and 'Anticoag: N'", () => {
  check([
    ['REFERRAL\nCa hx: N    Bleeding disorder: N\nNew L1 CF on XR, painful.', { malignancy: false }],
    ['Form\nPrior KP: Y - T12 (2021)\nNow: new L2 CF, painful x2/52.', { augmentationLevels: ['T12'] }],
    ['s/p T12 VP 2021.\nTender at T12: N\nNew L2 CF, pain x2/52.', { painAtTreatedLevel: false }],
    ['MRI 3/12 ago: benign pattern, -ve for mets. Now T9 CF worse.', { malignancy: false }],
    // A guard: "+ve" is the opposite.
    ['MRI: T9 lesion +ve for mets.', { malignancy: true }],
    ['Anticoag: N\nAcute L1 CF, MRI oedema.', { coagulopathy: false }],
  ]);
});

describe("round 79 (and rounds 64-73): a new fracture at a level the text does not name, a report's 'correlate with point tenderness', and advice of a dedicated study", () => {
  check([
    [
      'FINDINGS: Lungs clear. Lateral view: new wedge compression deformity of the T-XXXX vertebral body, not seen on the prior exam.',
      { newFractureLevelUnnamed: true, fractureLevels: [] },
    ],
    [
      'CT abdomen: acute compression fracture of an upper lumbar vertebral body with a fracture line; no level is counted on these images.',
      { newFractureLevelUnnamed: true },
    ],
    // A guard: an old one is no new fracture.
    ['Old healed compression deformity of a midthoracic vertebral body, unchanged.', { newFractureLevelUnnamed: null }],
    // Where the text names a fractured level elsewhere, the unnamed one may be that level's: nothing is added.
    [
      'New compression deformity of a lower thoracic vertebral body. Known old T6 wedge fracture.',
      { newFractureLevelUnnamed: null, fractureLevels: ['T6'] },
    ],
    [
      'Impression: new mild compression deformity of a lower thoracic vertebra; correlate with point tenderness.',
      { symptomatic: null },
    ],
    [
      'Acute-appearing T-XXXX compression fracture. Correlate with dedicated thoracic spine radiographs or MRI.',
      { mriDone: false },
    ],
  ]);
});

describe('round 79 (and rounds 76, 77): a wedge the report settles as normal reaches back over the measure given first', () => {
  check([
    [
      'VFA: slight anterior wedging of T9 and T10 with under 15% loss of height, within normal variation.',
      { vcf: false, fractureLevels: [] },
    ],
    [
      'Lateral spine: mild wedge shape of Th6 and Th7 with height reduction of about 15 percent, considered a normal variant.',
      { vcf: false, fractureLevels: [] },
    ],
    // A guard: a judgement of the other bodies, after a semicolon, leaves the fracture alone.
    [
      'Lateral spine: L1 wedge compression fracture with 30% height loss; the remaining vertebral heights are within normal limits for age.',
      { fractureLevels: ['L1'] },
    ],
  ]);
});

describe("round 79 (and round 78): a fracture's measured height loss called unchanged", () => {
  check([
    [
      'Old T11 wedge fracture with 25% anterior height loss, unchanged since 2022. No new fracture.',
      { knownFractureWorsening: false },
    ],
  ]);
});

describe("round 79: an infection cleared, a fracture that wasn't on a film, a machine that rolled over", () => {
  check([
    [
      'CXR for pneumonia in March (the pneumonia is cleared now) showed a T9 wedge fracture.',
      { activeInfection: false },
    ],
    ["Lateral film: L1 compression fracture that wasn't on the 2021 CT.", { newFractureLevels: ['L1'] }],
    ['30M, the quad bike rolled over on the hill; CT: L2 burst fracture.', { highEnergyTrauma: true }],
    ['Farm worker, 41, tractor overturned onto him; T12 Chance fracture.', { highEnergyTrauma: true }],
  ]);
});

describe("round 80: ages in Haitian Creole and Luxembourgish, 'yrs' after the sex, a title glossed in brackets; failed care told 'not subsided', 'no amelioration', 'more worse', or two sentences on; a screen sent for myeloma; an MRI of the pelvis and the spine; weakness of a movement", () => {
  check([
    ['Fanm (woman) 70 an, lives with her daughter; L1 fracture.', { age: 70 }],
    ['Madame K., 81 Joer, fall at home; L2 compression fracture.', { age: 81 }],
    ['Male 64 yrs from the islands, back pain after a fall.', { age: 64, sex: 'male' }],
    ['Ato (Mr.) G., 77 years, L1 fracture after a fall.', { age: 77, sex: 'male' }],
    [
      'Back pain for 5 weeks; conservative treatment taken for full 5 weeks - tab. paracetamol and belt - but pain not subsided. L2 fracture.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'Tramadol and corset since 4 weeks - no amelioration. Fresh L1 fracture with oedema.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Known T11 fracture. Treated with rest and Panadol 6 weeks. Now the pain is more worse.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'She has had eight weeks of physiotherapy after her L1 fracture. Her MRI showed no tumour. Unfortunately, rather than improving, her pain is worse.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'New T9 fracture, night pain and weight loss. Serum free light chains sent to screen for myeloma.',
      { malignancy: 'uncertain' },
    ],
    ['MRI of the pelvis and lumbar spine: sacral insufficiency fractures; no vertebral fracture.', { mriDone: true }],
    // A guard: an MRI of the pelvis alone is no spine MRI.
    ['MRI of the pelvis: fibroid uterus.', { mriDone: null }],
    [
      'Acute L1 fracture with retropulsion; since this morning bilateral knee extension weakness, 4/5.',
      { neuroDeficit: true },
    ],
  ]);
});

describe("round 80: an IR list's procedure done today, one cancelled, a jump's height, a low-speed crash, a spinous process fracture with its level, an injured ligamentous complex, a run-on report's findings, and 'no malig features'", () => {
  check([
    [
      'IR list Wed: 79M, new OP T12 VCF, MRI edema. Procedure: T12 KP bipedicular. Outcome: done, 3 ml PMMA, no leak.',
      { treatedInNoteLevels: ['T12'], augmentationLevels: ['T12'] },
    ],
    [
      'IR list: 70F, acute L2 OP CF with oedema, pain 9/10 x5/52. L2 VP done today, no leak.',
      { treatedInNoteLevels: ['L2'] },
    ],
    // A guard: a procedure done in a past year is an earlier treatment.
    ['s/p L1 VP done 2019. Now new L1 collapse with oedema.', { treatedInNoteLevels: [] }],
    ['IR list - case 3 CANCELLED: 68F for T10 KP, INR 3.4.', { augmentationLevels: [] }],
    ['Snowboarder, 25M, landed from a jump of 5 m; L2 burst fracture.', { highEnergyTrauma: true }],
    ['74F, low-speed rear-end collision at a junction; L1 wedge fracture.', { highEnergyTrauma: false }],
    [
      'CT: acute L1 burst fracture. Horizontal fracture through the L1 spinous process with widening of the T12-L1 interspinous distance.',
      { fractureLevels: ['L1'] },
    ],
    ['CT: L2 burst fracture with disruption of the posterior ligamentous complex.', { instability: true }],
    [
      'MRI LUMBAR SPINE. History: 70F, back pain. Findings: acute L3 compression fracture with oedema.',
      { mriDone: true },
    ],
    ['Old OP L2 CF; MRI 2/12 ago: no malig features.', { malignantMriFeatures: false, malignancy: false }],
  ]);
});

describe("round 80: a kyphoplasty of days ago before a new fracture, a vetting reply's acceptance, an infection a plan waits on, oncology denied in a word, and an aunty's cancer", () => {
  check([
    // A guard: a kyphoplasty of days ago, before a new fracture, is an earlier treatment.
    [
      'Ward round d4 post L2 KP (done Mon for acute L2 VCF). Since yesterday new pain higher up; XR today: new L1 CF.',
      { treatedInNoteLevels: [], augmentationLevels: ['L2'] },
    ],
    ['On-call reply - Accepted: MRI thoracic spine. 70F, new T7 CF, ?path.', { mriDone: false }],
    ['Acute L1 OP CF, MRI oedema. KP on hold until infection treated.', { activeInfection: true }],
    // A guard: an infection treated is over.
    ['Chest infection in May, now treated. Acute L1 OP CF, MRI oedema.', { activeInfection: false }],
    ['Male, 72 years. Fresh Th12 fracture. Oncology: no.', { malignancy: false }],
    ['Woman, 80. New L1 fracture after a fall. No oncology in anamnesis.', { malignancy: false }],
    ['New L2 fracture. Her auntie had bowel cancer; she herself never had cancer.', { malignancy: false }],
    ['Acute T12 fracture. Her aunty had breast cancer.', { malignancy: null }],
  ]);
});

describe('round 80: a fracture at a level the text does not name, new or not, puts a fracture on record; a fracture-liaison screen is no finding', () => {
  check([
    [
      'CXR: mild compression deformity of the T-XXXX vertebral body, age indeterminate. No back pain.',
      { fractureLevelUnnamed: true, newFractureLevelUnnamed: null },
    ],
    [
      'Lateral film: old wedge deformity of a lower thoracic vertebral body; the T-XXXX level cannot be counted.',
      { fractureLevelUnnamed: true },
    ],
    // Where a level is named, the unnamed one may be that level's: nothing is added.
    [
      'Lateral film: T12 wedge fracture; old deformity of a midthoracic vertebral body as well.',
      { fractureLevelUnnamed: null },
    ],
    [
      'Lateral spine XR (fracture-liaison screening): vertebral body heights maintained.',
      { vcf: false, fractureLevelUnnamed: null },
    ],
  ]);
});

describe("round 81: ages and titles in Indonesian, Sundanese and Southern African notes, a singular 'year', a name's initial and 'of' before the age", () => {
  check([
    ['Ibu Sari, 71 taun, back pain after a fall; L1 compression fracture.', { age: 71, sex: 'female' }],
    ['Tn. Wibowo, 66 th, T12 wedge fracture on CT.', { age: 66, sex: 'male' }],
    ['Bapak Hadi, 80 years, new L2 fracture.', { age: 80, sex: 'male' }],
    ['Ouma (grandmother) Lindiwe M., 79 yrs, L1 fracture after a fall.', { age: 79, sex: 'female' }],
    ['Babu (grandfather) Juma, 83 yrs, fresh T11 fracture.', { age: 83, sex: 'male' }],
    ['Chanthy Sok, 31 year, fell from a roof; L1 burst fracture.', { age: 31 }],
    ['Senora (Mrs.) Rosa T., of 72 years, acute L3 compression fracture.', { age: 72, sex: 'female' }],
    // A guard: a relative's gloss in brackets gives no sex.
    ['Family history: osteoporosis (grandmother). He is 70 and has a new L2 fracture.', { age: 70, sex: 'male' }],
  ]);
});

describe("round 81: cancer denied after its word, an examination in a second language's words, nothing that hurts, tuberculosis on treatment, a share of the canal taken", () => {
  check([
    ['Acute L1 fracture with oedema. Breast cancer she never had.', { malignancy: false }],
    ['New T12 fracture. Malignancy has never been diagnosed in him.', { malignancy: false }],
    // A guard: the denial still reads forward.
    ['New T12 fracture. She has never been diagnosed w/ cancer.', { malignancy: false }],
    ['Old L2 wedge unchanged. Cancer never.', { malignancy: false }],
    // A guard: a new pain is no denial.
    ['L1 fracture after a fall with a severe back pain she never had before.', { symptomatic: true }],
    ['Acute T11 fracture. Power and sensation: motoric and sensory within normal limits.', { neuroDeficit: false }],
    ['Fresh L2 fracture after a motorbike crash. Legs move normal and he walks.', { neuroDeficit: false }],
    ['New T12 fracture 2 weeks; he says nothing hurts in his back now.', { symptomatic: false }],
    [
      'Acute T10 fracture, marrow oedema. Pulmonary tuberculosis on treatment since last week.',
      { activeInfection: true },
    ],
    [
      'Burst fracture of L1: retropulsion of the posterior wall, occupying 45% of the spinal canal.',
      { retropulsion: true },
    ],
  ]);
});

describe("round 81: a fracture treated in a year, cement's clause closed, a letter's follow-up line, care told with a semicolon or a long clause, shorthand's doubt and plan, a consent today, an unchanged height, a sign named as a fracture, a gloss in brackets", () => {
  check([
    [
      'She had vertebroplasty for osteoporotic T8 and T9 fractures in 2019. A minor fall 10 days ago; CT shows a new L1 compression fracture.',
      { newFractureLevels: ['L1'] },
    ],
    [
      'CT: cement in T12 and L1 unchanged, Schmorl nodes in the L3 and L4 endplates.',
      { augmentationLevels: ['T12', 'L1'] },
    ],
    [
      'Follow-up: Mrs Janet Owusu, 74. Her surveillance CT shows a new compression fracture of L2.',
      { fractureLevels: ['L2'] },
    ],
    [
      'Managed with paracetamol, a lumbar brace and heat patches for eight weeks; instead of settling, the pain of her L1 fracture has increased.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'Myeloma with a T7 fracture. For six weeks she has had back pain on standing, walking and turning over in bed, which has steadily increased despite morphine.',
      { failedConservativeWeeks: 6 },
    ],
    ['81F, fall. ?T12 # on XR (ant wedging ?projection). CT: no #, vertebral body heights preserved.', { vcf: false }],
    ['80M, T8 + T9 wedge #s on CXR, pain-free. No Ca hx. → not a KP candidate.', { malignancy: false }],
    ['Acute L2 # 4/52 ago, oedema on MRI. INR normal, afebrile. For L2 KP.', { augmentationLevels: [] }],
    ['Painful L1 fracture with oedema. Consented today for L1 kyphoplasty.', { augmentationLevels: [] }],
    ['New L3 fracture; since this morning left hip-flexor weakness.', { neuroDeficit: true }],
    ["Known L1 fracture from 2019. Today's film shows no change in L1 height.", { knownFractureWorsening: false }],
    [
      'Bone scan: intense uptake across the T11 vertebral body, corresponding to a new mild compression fracture.',
      { fractureLevels: ['T11'] },
    ],
    ['PET-CT: new lytic lesion of L2 (SUVmax 9.4) with pathologic compression fracture.', { fractureLevels: ['L2'] }],
    ['Status post artrodese (instrumented fusion) L2-L4 in 2018.', { fusionLevels: ['L2', 'L3', 'L4'] }],
  ]);
});

describe("round 81: care words are whole words ('crept' holds no PT); care and its weeks told a sentence or two before the pain that grew through them", () => {
  check([
    [
      'Chronic L3 fracture, settled with aquatherapy. Over the last week the pain has crept back and worsened. Paracetamol was started two days ago without any benefit.',
      { failedConservativeWeeks: 0.3 },
    ],
    [
      'Dear colleague, I have seen Mr B. for ten weeks of supervised physiotherapy and a lumbar brace since his osteoporotic L2 compression fracture was found in January on a chest film. An MRI at that time showed no sign of a tumour and no marrow replacement. Sadly his back pain is now worse than at the start, and the repeat films show further collapse of L2.',
      { failedConservativeWeeks: 10 },
    ],
    [
      'She completed eight weeks of physiotherapy and regular paracetamol for her T11 fracture. Her DXA shows osteoporosis. Her pain is steadily worse.',
      { failedConservativeWeeks: 8 },
    ],
  ]);
});

describe("round 82: a screw fixation's levels, a kyphoplasty booked in a clause of its own, chair-bound after care, a home visit's actions, a daughter spoken with, telling fractures apart, bone disease never treated, an admission after a denied history, pain climbing, a result the next sentence reports, an age at the time of a scan, an MRI before admission, platelets running low, a board's options, a level unchanged from a year", () => {
  check([
    [
      'History: L1 fracture treated with T12-L2 percutaneous pedicle screw fixation in 2024.',
      { fusionLevels: ['T12', 'L1', 'L2'], fractureLevels: ['L1'] },
    ],
    [
      'Called Mrs A. about her T11 vertebroplasty, which is booked for next Tuesday. Acute T11 fracture with oedema.',
      { augmentationLevels: [] },
    ],
    [
      'Acute L2 fracture with oedema. She has had four weeks of a brace and tramadol and is still chair-bound.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Falls team visit. T10 wedge fracture, painful. She has not had an MRI. Actions: walking frame, letter to GP about MRI.',
      { mriDone: false },
    ],
    [
      'New T9 fracture. I will discuss with her and her daughter whether she would want an MRI to characterise the T9 fracture.',
      { mriDone: false },
    ],
    [
      'Painful new L3 fracture. I have asked for an MRI, which will help separate a benign from a pathological fracture.',
      { malignancy: 'uncertain' },
    ],
    ['New L2 fracture; bone-health referral, as she has never been treated for osteoporosis.', { osteoporosis: true }],
    // A guard: a cancer never treated is none.
    ['New L2 fracture. She has never been treated for cancer.', { malignancy: false }],
    [
      'Previously well with no known illness, admitted on 3 May after a rollover crash at 100 km/h; T12 burst fracture.',
      { highEnergyTrauma: true },
    ],
    [
      'Known L1 fracture. Three months of physiotherapy, a corset and analgesia, but over the past weeks her pain has been climbing.',
      { failedConservativeWeeks: 13 },
    ],
    ['Thanks for waiting for your MRI. It shows an acute L4 compression fracture.', { mriDone: true }],
    ['Male, 80 at the time of the scan; new L1 fracture.', { age: 80 }],
    ['Acute T12 fracture. MRI before referral showed no tumour.', { mriDone: true }],
    [
      'Benign L2 fracture getting worse. Chronic ITP, platelets running around 25 despite steroids.',
      { coagulopathy: true },
    ],
    [
      'MDT: myeloma with a painful L3 fracture. Options to discuss: L3 kyphoplasty or radiotherapy.',
      { augmentationLevels: [] },
    ],
    ['Known T12 fracture from 2019. MRI today: T12 unchanged from 2022, no oedema.', { knownFractureWorsening: false }],
  ]);
});

describe("round 82: a report typed all in lower case; examinations in French, Belarusian and Bosnian wording; a kin honorific's gloss with a comma; a Russian dash answer; a plan after a dash; a scanner that is not working; a statement that ends in a colon", () => {
  check([
    [
      'xr thoracic spine: new wedge compression fracture of t11, 30% height loss. hx: 77 yo f, fell.',
      { fractureLevels: ['T11'], sex: 'female', age: 77 },
    ],
    ['Neurological examination RAS. New L1 fracture.', { neuroDeficit: false }],
    ['Neurological status: strength in legs 5 points, sensation kept. Fresh L2 fracture.', { neuroDeficit: false }],
    ['Force of the lower limbs conserved. New T12 tassement.', { neuroDeficit: false }],
    ['Neurological finding: uredno (normal). L1 fracture.', { neuroDeficit: false }],
    ['Papa (father, elder) Kalala M., 66 years, L2 fracture after a fall.', { age: 66 }],
    ['X-ray of the lumbar spine: heights of vertebral bodies preserved, compression fracture — no.', { vcf: false }],
    ['New T8 compression fracture on X-ray, painful — for MRI spine.', { mriDone: false }],
    ['MRI not done — the hospital MRI is not working. New L1 fracture.', { mriDone: false }],
    ['MRI not yet done: no slot this month. Painful L3 fracture.', { mriDone: false }],
  ]);
});

describe('round 82: a cancer test sent and pending raises the cancer a denial before it left; nothing on the scan to suggest a tumour', () => {
  check([
    [
      'New T9 fracture, night pain. No known cancer; myeloma screen (SPEP/FLC) sent, pending.',
      { malignancy: 'uncertain' },
    ],
    // A guard: a screen come back clear answers the question.
    ['New T9 fracture. No known cancer; myeloma screen negative.', { malignancy: false }],
    [
      'Acute L3 fracture with oedema on MRI; there is nothing on the MRI to suggest a tumour.',
      { malignantMriFeatures: false, malignancy: false },
    ],
  ]);
});

describe("round 82: care dated by the fracture's diagnosis told before it, the pain grown through it told after", () => {
  check([
    [
      'Her L2 fracture was diagnosed six weeks ago after a fall. She has been managed with a corset and codeine. Repeat films show further collapse, and her pain is steadily worse.',
      { failedConservativeWeeks: 6 },
    ],
    // A guard: care that worked failed nothing.
    [
      'Her L2 fracture was diagnosed six weeks ago after a fall. She has been managed with a corset and codeine, and her pain has settled.',
      { failedConservativeWeeks: null },
    ],
  ]);
});

describe('a new fracture a high-energy injury just made is not a silent one, even where the trauma call names no pain', () => {
  check([
    [
      'Trauma team: 30M, quad bike rollover at 60 km/h. CT: acute T12 burst fracture, no retropulsion. GCS 15, legs 5/5.',
      { symptomatic: true },
    ],
    // A guard: an old fracture and an injury of long ago say nothing of pain now.
    [
      'Retired teacher, 82, seen for a cough. CXR: old T9 wedge fracture. A car accident at 60 mph in 1990.',
      { symptomatic: null },
    ],
  ]);
});

describe("round 83: a discharge's GP actions, a study dated days back that shows, worth discussing, the next step, yesterday's weakness, feet that cannot be felt, a script's 'if asked', pain grown through a long clause, a vetting list's title, a form's weeks after 'After', 'pain-free' after the back, a study that could further characterise, cement in a fusion's screws, a short vertebra that is not a fracture", () => {
  check([
    [
      'Discharge: hip fracture fixed. T12 wedge deformity of indeterminate age, no back pain. GP actions: review pain relief.',
      { symptomatic: false },
    ],
    // A guard: a CT dated days back is no MRI.
    ['Painful L1 fracture. A CT two weeks ago shows a fracture line and oedema.', { mriDone: null }],
    ['Plan: L1 kyphoplasty listed. An MRI five days ago shows oedema throughout L1.', { mriDone: true }],
    [
      'Acute L2 fracture with oedema; vertebroplasty would be worth discussing once the infection has cleared.',
      { augmentationLevels: [] },
    ],
    ['New T11 fracture, night pain. No MRI yet; we agreed MRI is the next step.', { mriDone: false }],
    ['Prostate cancer. Since the previous evening, weakness of both legs. New T9 fracture.', { neuroDeficit: true }],
    ["New T10 fracture. Since this morning I can't feel my feet and my legs won't hold me.", { neuroDeficit: true }],
    [
      'Simulated patient, 80, old L1 fracture and a new T12 fracture on CT. If asked, she denies back pain.',
      { symptomatic: false },
    ],
    [
      'Myeloma with a known T9 fracture. Over the past 5 weeks her back pain has increased; it is clearly mechanical, worse on sitting up, standing and walking and eased by lying flat, and it has not responded to oxycodone.',
      { failedConservativeWeeks: 5 },
    ],
    ['Vetting list - MRI L-spine. 70F, new L2 fracture on XR, back pain. No prior MRI.', { mriDone: false }],
    ['Known L3 fracture. After 8/52 TLSO + analgesia pain worse.', { failedConservativeWeeks: 8 }],
    ['85F, new L1 fracture on a chest film. Back pain-free, no spinal tenderness.', { symptomatic: false }],
    ['New T10 fracture on CT. Radiographs or MRI could further characterise it.', { mriDone: false }],
    [
      'Procedure: posterior fusion T11 to L3 with cement-augmented pedicle screws for a T12 fracture.',
      { augmentationLevels: [] },
    ],
    [
      'VFA: wedge fracture of T9. The slightly reduced height of L2 reflects a short vertebra without endplate change and is not a fracture.',
      { fractureLevels: ['T9'] },
    ],
  ]);
});

describe("round 83: ages after a family name in brackets, 'ages', a name's honorific and its gloss, Faroese '\u00e1r'; worsening and examinations in Russian English; California is no cancer; a fall from a tree; 'Cancer before never'; a fracture's and an acuity's own gloss; MR in Nordic notes; 'Recommended:'", () => {
  check([
    ['Patient Ivanova A.P. (Anna apa), 76 years, pensioner. L1 fracture.', { age: 76 }],
    ['Patient: Gulnar (her family calls her Gulnar aka), female, 69 ages. T12 fracture.', { age: 69 }],
    ['OPD note. Pema Choden-la, 72 years (by her counting 73), female. L2 fracture.', { age: 72 }],
    ['CT chest. Lama Dorje-la (Lama-la: a teacher), 69 years. T8 fracture.', { age: 69 }],
    ['Referral. Jógvan Hansen, 77 ár, maður. L1 fracture.', { age: 77 }],
    // A guard: a sex in brackets is no gloss of a name.
    ['Patient (f), 70 y. New L2 fracture.', { sex: 'female', age: 70 }],
    [
      'Known T12 fracture. X-ray: increase of the kyphotic deformation and further lowering of the anterior height of T12.',
      { knownFractureWorsening: true },
    ],
    ['Known L1 fracture. Legs: strength is preserved, sensitivity unchanged.', { neuroDeficit: false }],
    [
      'Clinic, Sacramento CA, 10/02/2024. Man, 80, osteoporosis. L1 wedge fracture, no back pain.',
      { malignancy: null },
    ],
    ['Fell from a coconut tree (about 8 m); L2 burst fracture.', { highEnergyTrauma: true }],
    ['Acute L2 fracture. Cancer before never.', { malignancy: false }],
    ['Rx: recent compression fracture (aplastamiento) of D11, anterior wedging 25%.', { newFractureLevels: ['T11'] }],
    ['CT: old (antigua) compression fracture of L2. No back pain.', { newFractureLevels: [] }],
    ['Painful L1 fracture. Strength and sensitivity conserved in lower limbs.', { neuroDeficit: false }],
    ['MR columna 10.10.2025: new fracture of Th9 with oedema.', { mriDone: true }],
    ['New Th8 fracture. No MR yet - MR ordered today.', { mriDone: false }],
    [
      'Acute T12 fracture with oedema. Recommended: corset, analgesia, consultation of neurosurgeon about vertebroplasty.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
  ]);
});

describe('round 83: a ligamentary complex disrupted', () => {
  check([['CT: acute compression fracture of L1, posterior ligamentary complex disrupted.', { instability: true }]]);
});

describe('round 84: second-language ages and spellings, glossed relatives, states after a dash, plain-word deficits', () => {
  check([
    ['Spine films: -ve for vertebral #. Hip pain after a fall.', { vcf: false }],
    ['Cellulitis of the foot in May - resolved. Painful new T12 fracture.', { activeInfection: false }],
    ['New L1 fracture. Chest infection last wk - resolved.', { activeInfection: false }],
    ['Pani Zofia, 74-jara, fresh T11 fracture.', { age: 74 }],
    ['Dear colleague, I send Mr Kuiper, 70 jier, new L2 fracture.', { age: 70 }],
    ['Dunna Ursina, da 77 onns, painful L1 fracture.', { age: 77 }],
    ['Domina Claudia, annorum 79, new L3 fracture.', { age: 79, sex: 'female' }],
    ['Sgr. Reto B., da 68 onns, L2 fracture.', { sex: 'male' }],
    ['Acute L1 fracture. Breast cancer, she has never had it.', { malignancy: false }],
    [
      'New T12 fracture. No cancer of her own; it is the mother of her who had a cancer of the bowel.',
      { malignancy: false },
    ],
    ['New L2 fracture. His tupuna (grandfather) had bowel cancer.', { malignancy: null }],
    ['New T10 fracture. Of cancer nothing in the history.', { malignancy: false }],
    ['Vertébroplastie of L2 done in 2020. Now new pain at L2.', { augmentationLevels: ['L2'] }],
    [
      '2019 - vertebroplastica L1 because of osteoporotic fracture. Complaints: acute dorsalgia since 4 days after lifting a box.',
      { newFractureLevels: [] },
    ],
    ['MRI: painful T9 fracture with bone marrow edemo on STIR.', { marrowEdema: true }],
    ['New L1 fracture of osteoporoza type. Known osteoporoza.', { osteoporosis: true }],
    ['Kyphoplasty of T12 in 2021 for osteoporose fracture. New L2 fracture.', { fractureLevels: ['T12', 'L2'] }],
    ['CT urogram for kidney stone pain shows an L2 wedge deformity.', { symptomatic: null }],
    ['X-ray: new inzinking (compression fracture) of L3, 20% height loss.', { newFractureLevels: ['L3'] }],
    [
      'Acute L1 fracture. Vertebroplasty we are hoping for next month.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    [
      'Back pain at the L2 fracture these six weeks, not easing with the naproxen and the corset.',
      { failedConservativeWeeks: 6 },
    ],
    ['Fell some 4 metres from a ladder; L1 burst fracture.', { highEnergyTrauma: true }],
    ['L1 fracture. Full power and feeling in both legs.', { neuroDeficit: false }],
    ['New T12 fracture. There is weakness on him in both legs.', { neuroDeficit: true }],
    ['New T12 fracture. Since last night he cannot pass urine.', { neuroDeficit: true }],
    ['New T11 fracture. MRI is asked for.', { mriDone: false }],
    ['Known old L1 fracture. Her cifosa (kyphosis) increases.', { knownFractureWorsening: true }],
    ['New L3 fracture. Malignité: none.', { malignancy: false }],
    ['New L2 fracture. No malignancy. Cellulitis - resolved.', { activeInfection: false }],
    ['MRCP for gallstones incidentally shows an L1 compression fracture with marrow edema.', { mriDone: true }],
    ['Painful T8 fracture. Old L2 kyphoplasty; L2 is asymptomatic.', { symptomatic: true }],
    ['Biopsy of the newly collapsed T9 vertebra: myeloma.', { newFractureLevels: ['T9'] }],
    [
      'Status post L1 kyphoplasty, now new upper back pain. Findings: cement in L1; no further loss of L1 height. New T12 compression fracture.',
      { painAtTreatedLevel: false },
    ],
    [
      'Fall at home, right hip pain, unable to bear weight. Denies back pain. Old L1 wedge deformity.',
      { symptomatic: false },
    ],
  ]);
});

describe('round 85: treatment sites in plain words, questions and advice that raise a cancer, tables, r/l swaps and glossed titles', () => {
  check([
    [
      'L1 vertebroplasty 2021. The pain is back, and she localises it to the old treatment site. No new fracture.',
      { painAtTreatedLevel: true },
    ],
    ['T12 kyphoplasty 2022. Now tender over the cement-filled level; no new fracture.', { painAtTreatedLevel: true }],
    ['Acute L2 fracture. Since this morning his legs feel heavy.', { neuroDeficit: true }],
    ['Acute L2 fracture. She has wet herself twice today.', { neuroDeficit: true }],
    ['Old T7 fracture. He is not neurologically compromised.', { neuroDeficit: false }],
    [
      'New T12 fracture. The MRI I arranged last week shows that the fractured vertebra is still full of oedema on the STIR images, with a small fluid-filled cleft.',
      { marrowEdema: true },
    ],
    ['MRI: acute T11 fracture, no features to suggest anything sinister.', { malignantMriFeatures: false }],
    ['New L3 compression fracture. He had no back pain at all before Tuesday.', { symptomatic: true }],
    ['Lateral film: compression of the ninth thoracic vertebra.', { fractureLevels: ['T9'] }],
    ['Known lymphoma. The biopsy showed the L2 fracture was pathologic.', { pathologicFracture: true }],
    ['New L1 fracture with back pain. Could this be myeloma?', { malignancy: 'uncertain' }],
    ['Incidental T10 wedge fracture; the reader suggests excluding metastasis.', { malignancy: 'uncertain' }],
    [
      'Incidental L4 fracture, no back pain. No history of myeloma, serum free light chains pending.',
      { malignancy: 'uncertain' },
    ],
    [
      'Back pain for four weeks with a new L1 fracture, not eased by paracetamol and a corset.',
      { failedConservativeWeeks: 4 },
    ],
    ['L2 vertebroplasty 2019; recurrent pain over that same vertebra.', { painAtTreatedLevel: true }],
    ['T11 kyphoplasty 2020; for six weeks the pain has come back at exactly that spot.', { painAtTreatedLevel: true }],
    ['Known osteoporotic T12 fracture; films show collapse from 20% to 45%.', { knownFractureWorsening: true }],
    ['Known L1 fracture; the wedge has deepened since March.', { knownFractureWorsening: true }],
    ['CXR: new T9 compression fracture (not seen 5/2023). Back pain.', { newFractureLevels: ['T9'] }],
    ['Painful T12 fracture. No bladder/bowel c/o.', { neuroDeficit: false }],
    ['77F\n| Item | Result |\n| Back pain | Ø |\n| Old T8 wedge | yes |', { symptomatic: false }],
    [
      'Acute L3 fracture, edema on MRI. Analgesia started 5d ago; if pain persists at 4 wk, consider KP.',
      { failedConservativeWeeks: null },
    ],
    ['Myeloma. Pathological compression flacture of L4.', { fractureLevels: ['L4'] }],
    ['Lateral view: wedge compression deformation of Th8, age of fracture indeterminate.', { fractureLevels: ['T8'] }],
    ['CT: ancient tassement of T6, mild. No back pain.', { newFractureLevels: [] }],
    [
      'Since 2 weeks back pain; given PCM and tramadol for the 2 weeks, no much help. New L2 fracture.',
      { failedConservativeWeeks: 2 },
    ],
    ['Dòna Maria Roux, 83 years. Painful L1 fracture.', { age: 83, sex: 'female' }],
    ['Sgiò (Mr) Petru Casta, of 71 years. Painful L1 fracture.', { age: 71, sex: 'male' }],
    ['New L1 fracture. Examen neurologique normal.', { neuroDeficit: false }],
    ['Acute T10 fracture. Weakness of the two inferior members.', { neuroDeficit: true }],
    ['New L1 fracture. Intense dorsalgies since 5 days.', { symptomatic: true }],
  ]);
});

describe('round 86: a spouse who writes, causes and queries of a tumour, states after a clause, Indian and Papiamento headers', () => {
  check([
    ['My husband is 78 and has prostate cancer. New painful T12 fracture.', { malignancy: true }],
    ['My wife is 70 and has myeloma; a new L1 fracture on X-ray.', { malignancy: true }],
    [
      'A new T9 fracture; the biopsy confirmed it is caused by the tumour. Pain on standing.',
      { pathologicFracture: true },
    ],
    ['Fresh L1 fracture. The power and feeling in her legs are completely normal.', { neuroDeficit: false }],
    ["The report reads 'L2 fracture, pathologic fracture not excluded - metastasis?'", { malignancy: 'uncertain' }],
    ['New L3 fracture on X-ray; she is still waiting for her MRI.', { mriDone: false }],
    ['MRI: no edema elsewhere, no new fracture, and an old healed T6 wedge fracture.', { fractureLevels: ['T6'] }],
    [
      'Surveillance CT shows a new T12 compression fracture not present 12 months earlier.',
      { newFractureLevels: ['T12'] },
    ],
    [
      'MRI shows an acute T11 fracture; the cemented L1 level is unchanged and L2 is normal.',
      { augmentationLevels: ['L1'] },
    ],
    ['Kindly see Shri Mohan Das, 68 years/Male, new L1 fracture.', { age: 68, sex: 'male' }],
    ['Please review Mrs Ann Byrne (DOB 01/02/1950, 74), new L2 fracture.', { age: 74 }],
    [
      'Painful T12 fracture. No cancer of her own; her brother is currently having chemotherapy for lymphoma.',
      { malignancy: false },
    ],
    ['72/M, fresh L2 fracture. Red flags: wt loss x, night pain x.', { weightLoss: false }],
    ['Known OP L1 CF. Conservative Mx x 2/12: pain ↑.', { failedConservativeWeeks: 8.7 }],
    ['Mr Vos, 81 aña, new L3 fracture.', { age: 81 }],
    ['Known prostaatcarcinoom. New L4 fracture.', { malignancy: true }],
    ['The vertebroplastiek of T12 from 2020 is unchanged; new L2 fracture.', { augmentationLevels: ['T12'] }],
    ['MRI 10.02.2025: oedema of marrow in L4 on STIR.', { marrowEdema: true }],
    [
      'MRI L-spine: new pathological collapse of L3 (not seen in the PET-CT of 2024). Breast cancer.',
      { fractureLevels: ['L3'] },
    ],
    ['Direction for MRI. Fresh T8 fracture on X-ray.', { mriDone: false }],
    ['Painful L2 fracture. Neurological objectivity negative.', { neuroDeficit: false }],
    [
      'Acute L3 fracture with edema on MRI. We programme vertebroplasty for next month.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    [
      'T12 kyphoplasty 2021; new L3 fracture with low back pain, while the T12 level is pain-free.',
      { painAtTreatedLevel: false },
    ],
    ['MRI: acute T12 fracture with a retropulsed fragment that flattens the conus.', { retropulsion: true }],
  ]);
});

describe('round 87: second-language exam and pain words, organ MRIs that show the spine, graded CFs, pain that settled, theatre tonight', () => {
  check([
    ['New L2 fracture. Cancer she never have.', { malignancy: false }],
    ['Fresh T12 fracture. The neurological examen is normal.', { neuroDeficit: false }],
    ['Fresh T12 fracture. Force of the inferior members conserved 5/5.', { neuroDeficit: false }],
    ['Fresh T12 fracture. Nerve exam normal.', { neuroDeficit: false }],
    ['L1 fracture seen on X-ray; her back is paining since 2 weeks.', { symptomatic: true }],
    ['CT chest: compression deformity of T9, new from the last CT in 2023.', { newFractureLevels: ['T9'] }],
    ['Mrs Kalo, 77 yia woman, new L1 fracture.', { age: 77 }],
    [
      'Known T12 fracture. For 4 months she tried everything: paracetamol, a corset, physio - not working. Collapse progressing.',
      { failedConservativeWeeks: 17.3 },
    ],
    [
      'Pelvic MRI for a prostate lesion incidentally shows an acute L5 compression fracture with marrow edema.',
      { mriDone: true },
    ],
    // A guard: an organ MRI that shows only its organ images no spine.
    ['Prostate MRI showed a PI-RADS 4 lesion. Old T12 wedge fracture on CT.', { mriDone: null }],
    ['VFA: grade 2 CF T12, grade 1 CF L2. No back pain.', { fractureLevels: ['T12', 'L2'] }],
    [
      'L1 fracture from a fall 3 months ago; her pain settled with a brace and she now has none.',
      { symptomatic: false },
    ],
    ['T12 burst fracture after a 5 m fall. Theatre tonight for T11-L1 posterior fixation.', { fusionLevels: [] }],
  ]);
});

describe('round 88: clauses a relation denies, failure after a date, plan list items, labels of then', () => {
  check([
    [
      'Mid-back pain for three weeks, not related to any fall, and a thoracic spine X-ray last week reported a new T9 wedge compression fracture.',
      { fractureLevels: ['T9'] },
    ],
    [
      'T12 osteoporotic fracture sustained eight weeks ago, which had not settled despite paracetamol and a brace.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'Pathologic T7 fracture. Vertebroplasty to be revisited once the infection has settled.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
    ['Painful L2 fracture. Lower limb neurology remains intact.', { neuroDeficit: false }],
    ['CT for a lung nodule: old T6 wedge deformity. No spinal symptoms.', { symptomatic: false }],
    [
      'Known T11 fracture (MRI then: benign pattern, metastasis ruled out). Pain worse, further collapse.',
      { mriDone: true },
    ],
    ['67F, new T9 CF, back pain. Ca hx -ve.', { malignancy: false }],
    ['Doctor told him osteoporosys. Fresh T12 fracture.', { osteoporosis: true }],
    ['s/p vertebroplasity L1 (2021). New T12 fracture.', { augmentationLevels: ['L1'] }],
    ['IRM: recent tassement of L2 with medullar oedema.', { marrowEdema: true }],
    [
      'New L1 fracture with pain. ASSESSMENT AND PLAN:\n1. MRI lumbar spine.\n2. Analgesia and a brace.',
      { mriDone: false },
    ],
    // A guard: a plan's item that reports a study's result is no order.
    [
      'New L1 fracture with pain. ASSESSMENT AND PLAN:\n1. MRI lumbar spine unremarkable apart from the L1 fracture.\n2. Analgesia.',
      { mriDone: true },
    ],
    ['Worsening known T8 fracture. She is not on any anticoagulant.', { coagulopathy: false }],
  ]);
});

describe('round 89: Indonesian levels after a gloss, an age not determined, care treated since a date', () => {
  check([
    ['CT staging: mild compression deformity VTh11, age not determined.', { fractureLevels: ['T11'] }],
    ['MRI: fraktur kompresi akut (acute compression fracture) VL2 with marrow oedema.', { fractureLevels: ['L2'] }],
    ['Known multiple mieloma. New T10 fracture, back pain.', { malignancy: true }],
    ['He was fall from mango tree approx. 6 meters; L1 burst fracture.', { highEnergyTrauma: true }],
    [
      'Painful T11 fracture first seen on films six weeks ago, treated with a brace and codeine without relief.',
      { failedConservativeWeeks: 6 },
    ],
  ]);
});

describe("round 90: dated and going-on pathologic fractures, a disc's level, leaked cement, request labels, glossed titles", () => {
  check([
    [
      'Myeloma diagnosed in 2022, when a CT showed a pathologic fracture of T8. He continues to report thoracic back pain on walking.',
      { newFractureLevels: [] },
    ],
    ['Lung cancer. Pathologic L2 fracture. She continues to have severe lumbar back pain.', { newFractureLevels: [] }],
    [
      'Receiving chemotherapy for lung cancer, a 70-year-old woman had a CT last week showing a pathologic T12 fracture. Her pain is worse on standing.',
      { newFractureLevels: ['T12'] },
    ],
    ['Radiograph: T11 cement in place, L1 height preserved.', { augmentationLevels: ['T11'] }],
    [
      'Mild wedge deformity of T8 with 20% height loss, and degenerative disc narrowing at L4-5.',
      { fractureLevels: ['T8'] },
    ],
    [
      'Cement leakage into the paravertebral veins at T11-T12 after T11 vertebroplasty.',
      { augmentationLevels: ['T11'] },
    ],
    [
      'Small focus of cement in the paravertebral veins at T9-T10; T9 vertebroplasty in good position.',
      { augmentationLevels: ['T9'] },
    ],
    [
      'Her pain is above the cement, not at it: vertebroplasty for an L2 fracture last year, now pain at L1.',
      { augmentationLevels: ['L2'] },
    ],
    [
      'An L3 wedge fracture from lifting eight weeks ago, treated conservatively with a corset + paracetamol; pain increasing.',
      { failedConservativeWeeks: 8 },
    ],
    ['Known T12 fx from a fall 4/52 ago; back pain 7/10 despite brace + analgesia.', { failedConservativeWeeks: 4 }],
    ['Req MRI L spine: 77M, new L2 fx on XR, back pain.', { mriDone: false }],
    ['MRI L-spine w/o contrast (STAT): 66M, L3 fx on XR, severe pain.', { mriDone: false }],
    ['L1 fx on XR. Neuro exam -ve.', { neuroDeficit: false }],
    ['L1 fracture. Power in legs is full.', { neuroDeficit: false }],
    ['L1 fracture. The forza (strength) in the legs is good.', { neuroDeficit: false }],
    [
      'Lateral chest film: wedge fractures of T7 and T8; we cannot say if they are old or new. No back pain.',
      { newFractureLevels: [] },
    ],
    ['Posterior fusion from L2 up to L4 in 2019.', { fusionLevels: ['L2', 'L3', 'L4'] }],
    ['Clinic note. Mzee (elder, a term of respect for a man) Otieno, 79 years, back pain.', { age: 79 }],
    ['Clinic note. Nɛ (aunt, a term of respect) Dossou, 74 years, back pain.', { age: 74 }],
    ['On oxycodone for 4 weeks and still the pain wakes him; T12 fracture.', { failedConservativeWeeks: 4 }],
    [
      'L1 fracture. Using a corset and paracetamol for 5 weeks but her pain is going up.',
      { failedConservativeWeeks: 5 },
    ],
    ['Pathological tassement of L2 in a patient with myeloma; mechanical back pain.', { pathologicFracture: true }],
    [
      'Seen on the CT, made to exclude lung embolism (negative): a compression fracture of L1.',
      { fractureLevels: ['L1'] },
    ],
    ['Hello, my father aged 80 has a new L1 fracture. Dad had prostate cancer in 2019.', { malignancy: true }],
  ]);
});

describe("round 91: Portuguese-English examinations, requests sent urgently, a follow-up visit's label, ages in words and decades", () => {
  check([
    ['T11 fracture. RM never realized.', { mriDone: false }],
    ['L2 fracture. RM not realized, no machine in the district.', { mriDone: false }],
    ['L3 fracture. Force muscular conserved in the inferior members.', { neuroDeficit: false }],
    ['L3 fracture. Force 5/5 in the inferior members, reflexes symmetric.', { neuroDeficit: false }],
    ['T12 fx on XR. Neuro -ve. Nil Ca.', { neuroDeficit: false }],
    ['T12 fx on XR. Ca: -ve hx, no night pain.', { malignancy: false }],
    ['MRI L1: STIR +, post wall intact.', { malignantMriFeatures: false }],
    ['MRI: acute L4 compression fracture, benign in appearance.', { malignantMriFeatures: false }],
    ['MRI: pathologic L2 fracture, posterior wall of L2 convex.', { malignantMriFeatures: true }],
    ['Acute T12 fracture. On apixaban, which can safely be held for two days.', { coagulopathy: false }],
    ['Acute T12 fracture. Warfarin stopped; INR today is 1.2.', { coagulopathy: false }],
    ['Acute T12 fracture. INR/plt ok.', { coagulopathy: false }],
    [
      'L1 wedge fracture on a screening film. Her hips ache when she walks, but she has no back pain.',
      { symptomatic: false },
    ],
    [
      'Lumbar film: compression fracture of L2, not seen in the spine X-ray of 2022. Back pain.',
      { fractureLevels: ['L2'], newFractureLevels: ['L2'] },
    ],
    ['X-ray: new fracture with collapse of L3, not present in the RX of March.', { newFractureLevels: ['L3'] }],
    ['Ward round. Mrs B, seventy-nine, fell at home; acute L1 fracture.', { age: 79 }],
    ['Letter. Mr Grant is a man in his early eighties (82) with an L2 fracture.', { age: 82 }],
    ['Home visit. Mr P, a retired fisherman of eighty-one, has an L1 fracture.', { age: 81 }],
    ['Outpatients, Meru Hospital. Mzee M., 79 years, known case of osteoporosis.', { age: 79 }],
    ['Rural clinic. 64 years, trader, with back pain and an L1 fracture on X-ray.', { age: 64 }],
    ['DXA VFA: grade 1 wedge of T8, age-indeterminate (no earlier films). No back pain.', { newFractureLevels: [] }],
    [
      'Oncology review: breast cancer, path # T10 dx 3/12 ago (MRI last wk: epidural soft tissue). Pain worse on standing.',
      { newFractureLevels: [] },
    ],
    ['Chest film: old wedge deformity of T8, aetiology not known. No back pain.', { newFractureLevels: [] }],
    [
      'The patient was sent to casualty for an emergency MRI of the whole spine. Acute T9 fracture on X-ray.',
      { mriDone: false },
    ],
    [
      'Follow-up: 81-year-old man, vertebroplasty at T12 two years ago. For four weeks he has had pain localised to T12.',
      { painAtTreatedLevel: true },
    ],
    ['s/p T11 KP 2/12 ago. Now ↑ T11 pain x3/52.', { painAtTreatedLevel: true }],
    [
      'IR vetting: 77F s/p T12 PVP 2023. New acute LBP 1/52. XR: new L1 CF. MRI: L1 STIR +, T12 cement stable w/ no further T12 ht loss.',
      { painAtTreatedLevel: false },
    ],
    [
      'Known myeloma. Biopsy of the L4 compression fracture last month showed plasmacytoma. Mechanical back pain.',
      { pathologicFracture: true },
    ],
    [
      'In remission from lymphoma for 6 years; L1 fracture from a fall 5 days ago, paracetamol since then not helping.',
      { failedConservativeWeeks: 0.7 },
    ],
    [
      '83F, L1 CF after a fall, treated w/ 3 mo of bracing + analgesics. Fx has collapsed further and she now needs a frame because of worsening pain.',
      { failedConservativeWeeks: 13 },
    ],
    ['Acute L1 fracture. Blood cultures taken yesterday grew Staphylococcus aureus.', { activeInfection: true }],
  ]);
});

describe("round 92: ages after a date of birth, 'now', a glossed elder and a plain subject; dates and denials in a word", () => {
  check([
    ['Re: Mrs Joan Hale, DOB 03/04/1948, 77 years. New L1 fracture.', { age: 77 }],
    ['Thank you for seeing Mr Ivan Petrov, now 74, who has an L2 fracture.', { age: 74 }],
    ['Community note. This gentleman, now 91, has a T12 fracture.', { age: 91 }],
    ['Babu (grandfather) 84 years, back pain since a fall; L1 fracture.', { age: 84 }],
    ['Nyanya (grandmother) of 77 yrs with an L3 fracture.', { age: 77 }],
    ['The man is 69 years. X-ray shows an L2 fracture.', { age: 69 }],
    [
      'Chest film: wedge fractures of T8 and T9, which the reporting radiologist describes as old. No back pain.',
      { newFractureLevels: [] },
    ],
    ['Acute L2 fracture. He is not anticoagulated and has no infection.', { coagulopathy: false }],
    [
      'Acute L2 fracture. Apixaban is held, so there is no bleeding contraindication to a procedure.',
      { coagulopathy: false },
    ],
    ['Pathologic T9 fracture. INR still 2.6 despite vitamin K.', { coagulopathy: true }],
    [
      'Vertebroplasty at L2 for a painful fracture in March 2021. New T8 fracture on surveillance films; she has no back pain.',
      { symptomatic: false },
    ],
    [
      'Myeloma with a pathologic L3 fracture, irradiated last year; mechanical pain increasing for 3 weeks.',
      { newFractureLevels: [] },
    ],
    ['New T10 fx on XR. Ca hx N. Neuro NAD.', { malignancy: false }],
    [
      'Rib fractures after a fall. Pain confined to L lat chest wall; T8 wedge fracture on the lateral film, spine non-tender, no back pain.',
      { symptomatic: false },
    ],
    [
      'Mama (grandmother) of 79 years, known to have breast cancer treated in 2020, now back pain; new L1 fracture.',
      { malignancy: true },
    ],
    ['L1 compression fracture, not seen before. Back pain.', { fractureLevels: ['L1'] }],
    ['Since yesterday the legs they have become weak. New T11 fracture.', { neuroDeficit: true }],
    ['New T12 fracture. Force 5/5 at the four members.', { neuroDeficit: false }],
    [
      'CT: compression fractures of T7 (mild) and T8 (moderate), their age cannot be told (indeterminate). No back pain.',
      { fractureLevels: ['T7', 'T8'], newFractureLevels: [] },
    ],
    [
      'Chronic back pain, the same as before. She has an old L2 compression fracture since 2019. MRI done this month: the old L2 fracture is unchanged, no oedema, no new fracture.',
      { marrowEdema: false },
    ],
    ['VFA: T11 + T12 grade 1-2 wedge deformities.', { fractureLevels: ['T11', 'T12'] }],
    ['Acute L1 fracture on MRI; kyphoplasty is envisaged if the pain persists.', { augmentationLevels: [] }],
  ]);
});

describe("round 93: a new predicate after a denial's comma, a colleague asked for advice, a height told after the fall, a relative who says, dated and long-standing fractures, 'no any', 'we pretend', a grandmother's age, a need, nothing in the notes, care since a diagnosis", () => {
  check([
    [
      'Breast cancer treated in 2015 with no relapse since, had a T12 vertebroplasty in 2021 for a painful fracture.',
      { augmentationLevels: ['T12'] },
    ],
    [
      'Dear Mr Okafor, I would value your advice on Mrs Jean Hollis, 79, who has a painful L1 compression fracture.',
      { sex: 'female', age: 79 },
    ],
    ['He fell off the loading dock, about 3 m, onto his back. CT: L1 burst fracture.', { highEnergyTrauma: true }],
    [
      'Admitted with a chest infection. Old T6 wedge fracture. His daughter says he has had no back complaints.',
      { symptomatic: false },
    ],
    ['Lateral chest film: mild wedge deformity of T8, likely long-standing. No back pain.', { newFractureLevels: [] }],
    [
      'Metastatic lung cancer with a pathologic T10 fracture first noted on CT in May; pain worse for 2 weeks.',
      { newFractureLevels: [] },
    ],
    [
      'T12 fracture diagnosed in February. Since two weeks her back is bending forward more and more and the pain is increasing. XR today: T12 has collapsed further.',
      { newFractureLevels: [] },
    ],
    ['New L1 fracture; neurological examination of the limbs is normal.', { neuroDeficit: false }],
    ['Since Monday her legs are getting weak. New T10 fracture.', { neuroDeficit: true }],
    [
      'She used a corset and paracetamol for 5 weeks, no any improvement. L3 fracture on XR.',
      { failedConservativeWeeks: 5 },
    ],
    ['Acute T12 fracture with oedema on MRI. We pretend kyphoplasty of T12.', { augmentationLevels: [] }],
    ['Bibi of 81 years, from Moshi. Back pain; L2 compression fracture.', { age: 81, sex: 'female' }],
    ['New T12 fracture on XR. Need MRI with STIR before vertebroplasty.', { mriDone: false }],
    ['New L1 fracture. Nothing in his notes to suggest cancer.', { malignancy: false }],
    [
      'L1 fracture diagnosed two months ago; MRI then showed a benign pattern. Treated with a brace since. Films now show more collapse and her pain is much worse.',
      { failedConservativeWeeks: 8.7 },
    ],
  ]);
});

describe("round 93, second pass: an age doubted in the next sentence, VFA's 'prevalent', a fragment pressing the conus, an augmentation as the spine's anchor, a fracture assumed", () => {
  check([
    [
      'VFA: mild wedge fracture of T7 and moderate wedge fracture of T9. Both are of uncertain age. She has no back pain.',
      { fractureLevels: ['T7', 'T9'], newFractureLevels: [] },
    ],
    [
      'Bone density with VFA. Impression: osteopenia; prevalent vertebral fracture at L1. No back pain.',
      { newFractureLevels: [] },
    ],
    ['MRI: acute L1 burst fracture; a retropulsed fragment is pressing the conus.', { retropulsion: true }],
    ['Kyphoplasty at T11 in 2022 for a myeloma fracture. Now a new L2 fracture.', { fractureLevels: ['T11', 'L2'] }],
    [
      'An L2 vertebroplasty was booked on the assumption of an adjacent-level fracture; CT showed only the old L3 cement.',
      { fractureLevels: [] },
    ],
  ]);
});

describe("round 94: comparisons in the present tense and contracted, a stable finding on today's study, care since then, a new predicate after 'now', proposals and pre-procedure steps, studies outstanding or asked for urgently, a slashed zero closing its item, a fragment with a deficit, French plan headers, second-language examinations and ages, a bracketed aside, a worsening deformity", () => {
  check([
    [
      'Lateral film: L2 compression fracture that is not seen on the previous radiograph.',
      { fractureLevels: ['L2'], newFractureLevels: ['L2'] },
    ],
    [
      'Back pain for 2 weeks. XR today shows unchanged mild wedging of T12; no new fracture.',
      { newFractureLevels: [] },
    ],
    [
      'L1 fracture found six weeks ago. Managed with a corset and paracetamol since then. He now describes escalating pain.',
      { failedConservativeWeeks: 6 },
    ],
    ['Treated for lymphoma in 2019 without relapse, now has back pain and an L1 fracture.', { symptomatic: true }],
    ["Chest film: a T11 wedge fracture that wasn't there two years ago. No back pain.", { newFractureLevels: ['T11'] }],
    ['Acute T12 fracture. The spine team has raised vertebroplasty.', { augmentationLevels: [] }],
    ['Acute L1 fracture. Aspirin to stop 5 days pre-VP.', { augmentationLevels: [], priorSurgeryUnspecified: null }],
    ['New L3 fracture on XR. MRI outstanding.', { mriDone: false }],
    ['New T9 fracture. MRI T-spine urgent pls.', { mriDone: false }],
    ['New T12 fracture. Wt loss Ø, Ca hx Ø.', { malignancy: false }],
    ['MRI: L4 # w/ oedema; T12 # old, no oedema.', { newFractureLevels: ['L4'] }],
    ['CT: T12 burst fracture with retropulsion. Since this morning he cannot feel his legs.', { retropulsion: true }],
    ['New L2 fracture on XR. Conduct to hold: MRI of the lumbar spine.', { mriDone: false }],
    ['New L1 fracture. Force 5/5 at the two lower limbs.', { neuroDeficit: false }],
    ['New L1 fracture. Her legs are not weak.', { neuroDeficit: false }],
    [
      'Lateral CXR: mild wedge deformity of T6, the margins corticated, old. She has no back pain.',
      { newFractureLevels: [] },
    ],
    ['CT: wedge deformity of L1, the age is impossible to say. No back pain.', { newFractureLevels: [] }],
    ['XR: L3 compression fracture, it is new - the 2022 film had none.', { newFractureLevels: ['L3'] }],
    ['CT: L1 burst fracture with a fragment pushed back into the canal, pressing the cord.', { retropulsion: true }],
    [
      'Kyphoplasty done for the T12 fracture in Manila 2022 (private hospital referral).',
      { augmentationLevels: ['T12'] },
    ],
    [
      'Known L1 fracture since March. The deformity is getting worse on the new film.',
      { knownFractureWorsening: true },
    ],
    ['For one week the lower back is hurt him. XR: new L4 fracture.', { symptomatic: true }],
    ['Ina [mother; respected elder] Losa, 71 years, from Apia. L2 compression fracture.', { age: 71 }],
    ['L1 fracture. Kyphoplasty will be decided after the MRI.', { mriDone: false, augmentationLevels: [] }],
  ]);
});

describe("round 95: a kin word glossed after the name in Caucasian and Siberian notes, Russian-schooled denials and examinations, a height before the fall, height loss then and now, an age not to be determined, 'fresh -', a symptom not noticed", () => {
  check([
    ['Patient Aliyeva Madina, baba (grandmother), 82 years. L1 compression fracture.', { age: 82, sex: 'female' }],
    ['Ibragimov Rustam, dedushka (grandfather), 77 y. T12 fracture.', { age: 77, sex: 'male' }],
    ['New L2 fracture. Oncoanamnesis: not burdened.', { malignancy: false }],
    ['New T11 fracture. Neurologically focal no.', { neuroDeficit: false }],
    ['T12 fracture on KT. Oncology - no.', { malignancy: false }],
    ['From the roof 4 meters fell. CT: L1 burst fracture.', { highEnergyTrauma: true }],
    ['Known L2 fracture since May. Anterior height loss was 15%, now 35%.', { knownFractureWorsening: true }],
    [
      'L1 compression fracture known since June; wedge deformation of L1 progressing.',
      { knownFractureWorsening: true },
    ],
    [
      'On KT: compression deformation of T8, age of deformation to determine not possible. No back pain.',
      { newFractureLevels: [] },
    ],
    ['KT: compression fracture of L4 body, fresh - on 2022 KT intact.', { newFractureLevels: ['L4'] }],
    ['T7 wedge deformity on CT. Back pain she does not notice.', { symptomatic: false }],
    ['Patient Dorzhiev Bato, ubgen (grandfather), 81 years, osteoporosis. T12 fracture.', { osteoporosis: true }],
    ['New L1 fracture on roentgenogram. MRT queue 4 weeks.', { mriDone: false }],
    [
      'Kyphoplasty of Th9 in 2020 for compression fracture. Three weeks pain again at Th9. Roentgenogram: cement in Th9 stands; new fractures on other levels no, heights of Th8 and Th10 kept.',
      { fractureLevels: ['T9'] },
    ],
    [
      'Acute T12 fracture with oedema on MRT. Vertebroplasty T12 - to discuss with neurosurgeon.',
      { augmentationLevels: [] },
    ],
    ['New L1 fracture. Neuro: motor strength 5 balls, sensitivity kept.', { neuroDeficit: false }],
    ['New T12 fracture on KT. Oncoanamnesis calm.', { malignancy: false }],
    ['Old woman Zarema K., nana (grandmother), 81 years. T11 compression fracture.', { age: 81 }],
    ['New L2 fracture. Oncoanamnesis no; his akh (elder brother) prostate cancer had.', { malignancy: false }],
    ['Patient Sangadzhieva Bulgun, emä (grandmother), 84 years. T9 fracture.', { age: 84, sex: 'female' }],
  ]);
});

describe("round 96: levels dictated as homophones and ranges in words, augmentation dictated in two words or told as a balloon, shorthand's 'def', ages in words before 'years', a sex word then the age in a sentence of its own, Spanish-schooled 'negated' answers and 'resonance'", () => {
  check([
    ['Dictated: a new wedge compression fracture at L won, about 25 percent.', { fractureLevels: ['L1'] }],
    ['Films show an old compression deformity of the T for vertebral body.', { fractureLevels: ['T4'] }],
    [
      'Posterior fusion from T ten to L one in 2019 for a burst fracture.',
      { fusionLevels: ['T10', 'T11', 'T12', 'L1'] },
    ],
    ['MRI: acute T six and T seven compression fractures with oedema.', { fractureLevels: ['T6', 'T7'] }],
    ['She had a vertebral plasty at L3 in 2020; now a new T12 fracture.', { augmentationLevels: ['L3'] }],
    ['Balloon procedure at T11 in 2022; new L2 compression fracture this week.', { augmentationLevels: ['T11'] }],
    ['77F, new L1 #. Neuro: Ø def. MRI pending.', { neuroDeficit: false }],
    ['New T9 wedge #, Ø neuro def, Ø Ca hx.', { neuroDeficit: false }],
    ['Patient: Rosa Pérez. Sex: feminine. Age: seventy-three years. T12 fracture.', { age: 73 }],
    ['Don Tomás, sex masculine, has sixty-nine years. L3 fracture.', { age: 69, sex: 'male' }],
    ['Doña Inés. Feminine. Eighty-one years. Aplastamiento of L1.', { age: 81, sex: 'female' }],
    ['Don Lucio (elder); masculine; seventy-seven years. New L2 fracture.', { age: 77, sex: 'male' }],
    ['New L4 fracture. Oncological: negated.', { malignancy: false }],
    ['New T8 fracture. Oncological antecedents: negated.', { malignancy: false }],
    ['Aplastamiento of L2. Plan: analgesia, and refer her for resonance in the city.', { mriDone: false }],
  ]);
});

describe("round 96 second pass: dates that count the weeks, the ordinary things pain stops, a comparison 'that is absent on last ...', a slashed header's fields", () => {
  check([
    [
      'New L1 fracture. Brace and analgesia since 2 March without relief; seen in clinic on 13 April.',
      { failedConservativeWeeks: 6 },
    ],
    ['T12 fracture. Back pain since 1 May; reviewed 29 May.', { symptomWeeks: 4 }],
    [
      'L2 fracture with oedema. Corset and tramadol from 4 January; at review today, 15 February, still cannot walk far.',
      { failedConservativeWeeks: 6 },
    ],
    ['Acute L3 fracture after a trip 9 days ago; she is now bed-bound.', { symptomatic: true }],
    ['T11 fracture after a cough. He still cannot sit through a meal.', { symptomatic: true }],
    ['New L1 fracture; since the slip he sleeps in a recliner.', { symptomatic: true }],
    ['X-ray: a fresh T12 wedge fracture that is absent on last winter’s film.', { newFractureLevels: ['T12'] }],
    ['M/79/fall at home/new L1 #/Ø neuro def/MRI not done', { age: 79, sex: 'male', fractureLevels: ['L1'] }],
    [
      'F/83/s/p VP T12 2021/new L2 #/MRI not done/Ø Ca',
      { augmentationLevels: ['T12'], fractureLevels: ['L2'], mriDone: false },
    ],
  ]);
});

describe("round 96 third pass: a list's last 'Ca: Ø', Spanish 'acuñamiento', 'aspect old' and 'date indeterminate', a 'benign fracture' keeps its fracture, a relative's label heads its own sentence, OP ending a history line, a T-score dictated or measured in the past", () => {
  check([
    ['New T9 fracture.\n- back pain worse\n- Ca: Ø', { malignancy: false }],
    ['CT: acuñamiento of the T10 vertebral body.', { fractureLevels: ['T10'] }],
    ['Chest film: acuñamiento of T6, aspect old. No back pain.', { fractureLevels: ['T6'], newFractureLevels: [] }],
    ['Radiograph: aplastamiento of L3, date indeterminate.', { fractureLevels: ['L3'], newFractureLevels: [] }],
    ['Benign fracture of L2 known since March; MRI then: no tumour.', { fractureLevels: ['L2'] }],
    ['Brother: prostate ca. Pt denies Ca. OP on nil tx. New L1 #.', { osteoporosis: true }],
    ['PMHx: HTN; COPD; OP\nNew T12 # on XR.', { osteoporosis: true }],
    ['New L3 fracture. DEXA gave a T-score of minus 3.2.', { osteoporosis: true }],
    ['Kyphoplasty at T12 in 2019, T-score -3.1. Now a new L2 fracture.', { osteoporosis: true }],
  ]);
});

describe("round 96 fourth pass: a known fracture worsening told by a steady kyphosis, a further amount of height or a Spanish word's progression; 'resonance not done'; Spanish-schooled neurology conserved; pedicle-screw fixation; pain at the old fracture level or after a spaced slash", () => {
  check([
    [
      'Chronic T7 and T9 wedge fractures with a kyphosis that has gradually worsened.',
      { knownFractureWorsening: true },
    ],
    ['Known L2 fracture since spring; CT now shows a further 10% loss of L2 height.', { knownFractureWorsening: true }],
    [
      'Osteoporotic fracture of L1 from March. Progression of the aplastamiento of L1.',
      { knownFractureWorsening: true },
    ],
    ['Old T8 and T9 fractures. The kyphosis is progressive; breathless on stairs.', { knownFractureWorsening: true }],
    ['Aplastamiento of T12. Resonance not done.', { mriDone: false }],
    ['New L1 fracture. Force and sensibility of pelvic members conserved.', { neuroDeficit: false }],
    ['Acute T11 fracture. Neurologically conserved.', { neuroDeficit: false }],
    [
      'T10–L2 pedicle-screw fixation in 2019 for a T12 burst fracture.',
      { fusionLevels: ['T10', 'T11', 'T12', 'L1', 'L2'] },
    ],
    [
      'Fusion T11 to L1 in 2020 for an L1 fracture; now worsening pain exactly at the old fracture level.',
      { painAtTreatedLevel: true },
    ],
    ['s/p L2–L4 PSF 2018 for L3 # / ↑ pain @ L3 x4/52', { painAtTreatedLevel: true }],
  ]);
});

describe("round 96 fifth pass: 'Infx: Ø', 'he himself has none', a patient 'symptom-free', weight 'lost without trying', antibiotics finished, ASIA E and continence normal, a posterior wall 'conserved', a level-by-level table", () => {
  check([
    ['New T12 #. Ca hx: Ø | Infx: Ø | ?KP', { activeInfection: false }],
    ['Incidental T9 wedge fracture. Her mother had myeloma; she herself has none.', { malignancy: false }],
    ['CT: chronic-looking T8 wedge deformity. The patient is symptom-free.', { symptomatic: false }],
    ['New T7 fracture; 4 kg of weight lost without trying since spring.', { weightLoss: true }],
    [
      'Acute L2 fracture with oedema. She completed a course of antibiotics for pneumonia last week.',
      { activeInfection: false },
    ],
    ['L1 burst fracture. Neuro: ASIA E; normal bowel and bladder function.', { neuroDeficit: false }],
    ['MRI: acute fracture of L3 with oedema; posterior wall conserved.', { malignantMriFeatures: false }],
    [
      'MRI:\nT11 | normal\nT12 | acute compression fracture with oedema\nL1 | old mild wedge\nL2 | normal',
      { fractureLevels: ['T12', 'L1'], newFractureLevels: ['T12'] },
    ],
  ]);
});

describe('round 96 sixth pass: a message headed by the child who sent it, a study named as where a denial looked', () => {
  check([
    ['Phone msg (son): Dad, 84, had KP L1 in 2019. New T12 # on XR today.', { augmentationLevels: ['L1'] }],
    ['Acute L3 fracture with marrow oedema. Without signs of malignancy in the MRI.', { mriDone: true }],
  ]);
});

describe('round 96 seventh pass: the age of the fracture doubted sentences later', () => {
  check([
    [
      'Staging CT: incidental compression deformity of L2. No back pain, no tenderness. The age of the fracture cannot be determined.',
      { fractureLevels: ['L2'], newFractureLevels: [] },
    ],
  ]);
});

describe("round 97 first mend: a denial whose 'with' would end its own scope", () => {
  check([['New L1 compression fracture. She was never diagnosed with cancer.', { malignancy: false }]]);
});

describe('round 97 second mend: a half written as its sign, a pain score still high after the care, an age before its sex symbol, a titled name and age before a long dash', () => {
  check([
    ['Acute T12 fracture. 2½ weeks of pain, still 7/10 despite a brace.', { failedConservativeWeeks: 2.5 }],
    ['Painful L1 VCF; 4 wks brace + tramadol, still VAS 7.', { failedConservativeWeeks: 4 }],
    ['Triage: 83 ♀ | new L2 # after a fall', { age: 83, sex: 'female' }],
    ['Clinic list — Mr T, 79 — new T12 # on XR.', { age: 79, sex: 'male' }],
  ]);
});

describe('review mend: a dated start opening its sentence', () => {
  check([
    [
      'New L1 fracture. Since 2 March brace and analgesia without relief. Seen on 13 April.',
      { failedConservativeWeeks: 6 },
    ],
  ]);
});

describe("review mend: a chest's resonance is no study", () => {
  check([['Chest: the resonance was dull at the right base. New T12 fracture.', { mriDone: null }]]);
});

describe('round 97 third mend: strength said alone, legs that work, an age in words before y/o, a slashed list of MRI signs denied, a booking line with a dated past procedure, answer options on the question line, a quoted "for", levels listed before the fractures a treatment was of', () => {
  check([
    ['Painful T11 fracture after a fall. Full strength.', { neuroDeficit: false }],
    ['New L2 fracture. His daughter says his legs work normally.', { neuroDeficit: false }],
    ['Lolo Ramon, seventy-four y/o M, new L1 fracture.', { age: 74 }],
    ['Acute T12 CF. MRI: no pedicle/soft-tissue involvement.', { malignantMriFeatures: false }],
    [
      'IR booking — 70 F — VP T12 (2020) → now new L2 CF after a fall',
      { augmentationLevels: ['T12'], fractureLevels: ['L2'] },
    ],
    [
      'New L1 fracture with marrow oedema. Best next step? (A) Analgesia only (B) Vertebroplasty (C) Biopsy',
      { priorSurgeryUnspecified: null },
    ],
    ['New L1 fracture. The surgeon wrote "for VP" on the form.', { augmentationLevels: [] }],
    [
      'Vertebroplasty of T11 and T12 compression fractures in 2019.',
      { augmentationLevels: ['T11', 'T12'], fractureLevels: ['T11', 'T12'] },
    ],
  ]);
});

describe('round 97 fourth mend: failed care said by a score still rated, by "not anymore effective", by a week counted from the fracture, apart from its weeks, or by the pain grown since; a gloss in square brackets; what the patient says after a denial; symptoms denied of the back; a back on fire; pain named again as "it"; a title with its report after; an ordered MRI that found; a request with a labelled field after a dash', () => {
  check([
    [
      'Painful T12 fracture. Six weeks of a brace and paracetamol; he still rates his pain at 8/10.',
      { failedConservativeWeeks: 6 },
    ],
    ['Pathologic L2 fracture. On oxycodone since 3 weeks, not anymore effective.', { failedConservativeWeeks: 3 }],
    [
      'L1 wedge # after a fall, conservative mx (brace, paracetamol) • now wk 7: pain escalating',
      { failedConservativeWeeks: 7 },
    ],
    [
      'Known L1 fracture. Treated with a brace and physiotherapy since then (6 weeks). No cancer history. Not on anticoagulants.\nAssessment: failed conservative care.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Known T12 fracture, managed conservatively with a corset and celecoxib. For the past 4 weeks the pain is worse than before.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'New L2 fracture. No history of cancer; her lola [grandmother; also any elderly woman] had breast CA.',
      { malignancy: false },
    ],
    [
      'L1 fracture read on MRI as benign with no sign of tumour, says the pain is getting worse.',
      { symptomatic: true },
    ],
    ['Chronic T8 wedge fracture on a chest film. He has no symptoms from his back.', { symptomatic: false }],
    ['Her low back has been on fire since a fall. New L2 fracture on X-ray.', { symptomatic: true }],
    [
      'Known L3 fracture. Her pain was settling, but over four weeks it has worsened steadily.',
      { knownFractureWorsening: true },
    ],
    ['MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST\nFindings\nAcute L2 compression fracture.', { mriDone: true }],
    ['The MRI ordered after the fall found a fresh L1 fracture with oedema.', { mriDone: true }],
    ['MRI T-spine w/ & w/o contrast — Hx: 70F, new T8 #; XR only so far.', { mriDone: false }],
    ['MRI L-spine w/ & w/o contrast — new L3 compression fracture.', { fractureLevels: ['L3'] }],
  ]);
});

describe('round 97 fifth mend: the patient again after the relative who brought him, pain at a construct end with a new fracture past it, a procedure history, a wedge read as normal variation', () => {
  check([
    [
      '30-year-old roofer brought to the ED by his brother after he fell from a roof. CT: acute L2 burst fracture.',
      { highEnergyTrauma: true },
    ],
    [
      'T11–L3 instrumented fusion in 2019. New pain at the top of the construct. CT: acute T10 compression fracture.',
      { painAtTreatedLevel: false },
    ],
    [
      'Procedure history: T12 vertebroplasty on 2 May 2025 for a painful T12 compression fracture with marrow oedema.\nToday: new L2 compression fracture.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'VFA: mild anterior wedging of T6, consistent with normal developmental variation rather than fracture.',
      { vcf: false, fractureLevels: [] },
    ],
  ]);
});

describe("round 98 mend: ages told by a trade or a relative, red flags in stones and sleepless nights, pain that also got worse, a refused study, a reason clause, care outlasted, a height unchanged, a deposit that has now collapsed, a vertebra called wedge-shaped, edema by its two sequences, a kyphotic angle in words, a study owned by a past day, a cancer inside a label, a fall in the fracture's sentence, a finding seen on the MRI, an arrow to now, cement from a named treatment, a broken vertebra, a pedicle-screw fusion, a gloss inside a wedge fracture, a comparison named first", () => {
  check([
    ['Referral: Mrs Ada Quinn, a retired seamstress of 81, has a new L1 fracture.', { age: 81 }],
    ['Mum is eighty-one now and has a new L2 fracture.', { age: 81 }],
    ['New T10 fracture. She has lost about half a stone without trying.', { weightLoss: true }],
    ['New L4 fracture. Also 4 kg weight she has lost.', { weightLoss: true }],
    ['Thoracic pain for a month that keeps him awake at night. New T8 fracture.', { nightPain: true }],
    ['Old T8 and T9 wedge fractures. His back pain has also got worse.', { knownFractureWorsening: true }],
    ['New L1 fracture. She refused MRI because of claustrophobia.', { mriDone: false }],
    ['New L1 fracture. RM was not done.', { mriDone: false }],
    // (A guard for the new refusal trigger: its scope ends at the reason.)
    ['Known T12 fracture. She has refused physio because her back hurts.', { symptomatic: true }],
    [
      'Pathologic L3 fracture; the pain has been getting worse over four weeks of regular oxycodone.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'L2 fracture. Treated with a corset and analgesics in 6 weeks.\nNow: the pain is not getting better.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Known L1 fracture that has not changed in height since 2021. No new fracture.',
      { knownFractureWorsening: false },
    ],
    ['Myeloma. The known deposit at T10 has now collapsed on CT.', { newFractureLevels: ['T10'] }],
    ['CT colonography: a wedge-shaped L1, otherwise normal.', { fractureLevels: ['L1'] }],
    [
      'MRI: T12 compression fracture; the body is T1 dark and bright on fluid-sensitive sequences.',
      { marrowEdema: true },
    ],
    ['MRI: new L3 fracture. There is oedema of the whole vertebral body on STIR.', { marrowEdema: true }],
    [
      'Known L2 wedge fracture; the kyphotic angle at L2 increasing from 10 to 22 degrees.',
      { knownFractureWorsening: true },
    ],
    ["She asks about Thursday's MRI. The report: acute T11 fracture with oedema.", { mriDone: true }],
    ['Staging CT (new dx Ca): incidental T9 wedge fracture.', { malignancy: true }],
    ['ED: 80F tripped on a rug, new T12 CF on XR.', { symptomatic: true }],
    ['urgent: path L2 fx w/ epidural mass on MRI, pain worse.', { mriDone: true }],
    ['s/p T12 VP 2021 → recurrent pain right at T12 x2wk.', { painAtTreatedLevel: true }],
    ['Cement is seen within the L1 vertebral body from prior kyphoplasty for a fracture.', { fractureLevels: ['L1'] }],
    ['Cement was injected into her broken T10 vertebra in 2022.', { fractureLevels: ['T10'] }],
    ['T12-L2 posterior pedicle-screw fusion in 2019.', { fusionLevels: ['T12', 'L1', 'L2'] }],
    ['XR: new wedge (cuneiform) fracture of D12, in the Rx of 2022 not present.', { newFractureLevels: ['T12'] }],
    ['New L2 fracture. Neurological exploration without alterations.', { neuroDeficit: false }],
    ['New L1 fracture. RM urgent requested, pending.', { mriDone: false }],
    ['M. Kervella, 74 years, new L1 fracture.', { sex: 'male' }],
    ['Fresh T11 fracture with oedema. Vertebroplasty of T11 was proposed; she refused it.', { augmentationLevels: [] }],
  ]);
});

describe('round 99 mend: a bed board\'s titled age before a bar, pain told by what one can no longer do, a back that has never troubled, "back trouble", an infection that has settled, an INR that stays high, tumour spreading into a pedicle, "broke L1", cement put into a named fracture, "not justified", a condition\'s "+", "Ø neuro", a hardware range before "and new wedging"', () => {
  check([
    ['Bed 4 | Mrs H, 86 | new L1 # after a fall', { age: 86, sex: 'female' }],
    ['Since the christening he cannot turn over in bed. XR: new L1 compression fracture.', { symptomatic: true }],
    ['He can no longer bend to tie his shoelaces. New T12 fracture on XR.', { symptomatic: true }],
    ['T8 wedge fracture on a chest film surprised her, as her back has never troubled her.', { symptomatic: false }],
    ['Routine CT: new L4 compression fracture. He has had no back trouble.', { symptomatic: false }],
    ['New L1 fracture. Admitted with a chest infection that has now settled.', { activeInfection: false }],
    ['New T12 fracture. His INR stays above 2.5 despite vitamin K and plasma.', { coagulopathy: true }],
    ['MRI: L3 pathological fracture with tumour spreading into the right pedicle.', { malignantMriFeatures: true }],
    ['Rods and screws were placed after he broke L1 in 2021.', { fractureLevels: ['L1'] }],
    ['She had cement injected into a broken T11 vertebra in 2020.', { augmentationLevels: ['T11'] }],
    ['Vetting: new L3 CF. MRI not justified per pathway.', { mriDone: false }],
    ['IR vetting: new T10 #, XR only. Will book VP if oedema +.', { marrowEdema: null }],
    ['Known old T12 wedge #, stable. Ø Ca, Ø neuro.', { neuroDeficit: false }],
    ['Radiographs showed intact hardware from L3 through L5 and new wedging of L2.', { fractureLevels: ['L2'] }],
    ['Her scan shows an acute L3 compression fracture lit up with marrow oedema.', { mriDone: true }],
    ['Known lung cancer; her T6 vertebra has broken because of it.', { fractureLevels: ['T6'] }],
    ["His lower back 'gave out' when he lifted the bin. XR: new L1 compression fracture.", { symptomatic: true }],
    ['New L2 fracture. He can feel and move both legs normally.', { neuroDeficit: false }],
    [
      'X-ray LS spine: fresh compression fracture of L2 (not seen in X-ray of March 2023).',
      { newFractureLevels: ['L2'] },
    ],
  ]);
});

describe('review mend: a fall that broke a wrist says nothing of a spine fracture named apart', () => {
  check([
    ['She tripped on a rug and sustained a wrist fracture. Chest film: new T8 wedge fracture.', { symptomatic: null }],
  ]);
});

describe('round 99 second mend: a study sent for same-night, the patient again after "because he", a prostate bed treated', () => {
  check([
    ['New L2 fracture on XR. Sent by ambulance for same-night MRI and spinal review.', { mriDone: false }],
    ['His daughter brought him in because he can no longer turn over in bed. New T12 fracture.', { symptomatic: true }],
    ['Radiotherapy to the prostate bed in 2022. New L1 compression fracture.', { malignancy: true }],
  ]);
});

describe('review mend: a reason with its pronoun ends a denial too', () => {
  check([['Known T12 fracture. He has refused physio because he has a lot of back pain.', { symptomatic: true }]]);
});

describe('round 99 first looks worked: clause ends, causes, bookings, results in brackets, ages and longest care', () => {
  check([
    // What he cannot do ends at the comma.
    ['He still cannot carry his shopping home, and the pain sits over the new L2 fracture.', { symptomatic: true }],
    // A bladder change a pelvic radiotherapy left.
    [
      'New T12 fracture. Her only bladder change is the urgency she has had since the radiotherapy.',
      { neuroDeficit: null },
    ],
    // Pain placed above a fusion is not at it.
    [
      'Fused at L4-L5 in 2018. New back pain a bit higher up than the old operation site; MRI: acute L2 compression fracture.',
      { painAtTreatedLevel: false },
    ],
    ['A 30-year-old cyclist was hit by bus; CT shows an L2 burst fracture.', { highEnergyTrauma: true }],
    ['New L1 compression fracture. No neoplasic antecedent.', { malignancy: false }],
    [
      'CT: wedge fracture of T9 of 15%, of undetermined time of evolution. She denies back pain.',
      { vcf: true, fractureLevels: ['T9'], newFractureLevels: [] },
    ],
    ['Back pain for a month and he lost weight about 5 kg. X-ray: L2 compression fracture.', { weightLoss: true }],
    ['The pain is more in the night. X-ray: L2 compression fracture.', { nightPain: true }],
    ["X-ray: compression fracture of L2 body, new (last year's film was normal).", { newFractureLevels: ['L2'] }],
    [
      'MRI thoracic (done 3/2/2024): acute T11 compression fracture with marrow edema. No mass, pedicles normal.',
      { malignantMriFeatures: false },
    ],
    // Guards (these read right before too): an abdomen's "No masses" denies no cancer.
    ['New L1 compression fracture. Abdomen: soft. No masses.', { malignancy: null }],
    [
      'Painful new L4 compression fracture on X-ray. MRI is expensive, so it waits for the insurance.',
      { mriDone: false },
    ],
    ['Vetting: 80M, new T12 CF on XR, pain. Accepted → MRI T-spine incl. STIR.', { mriDone: false }],
    ['Booked L1 VP Fri for painful acute OP #.', { newFractureLevels: ['L1'] }],
    ['Booked L1 VP Fri for painful acute OP # (MRI: L1 marrow oedema).', { mriDone: true }],
    [
      'Pre-KP: new painful T8 CF. On warfarin, INR 2.9 today; stop 5/7 pre-procedure, bridge w/ LMWH.',
      { coagulopathy: null },
    ],
    [
      'She had four weeks of calcitonin nasal spray and then physical therapy for her L1 fracture. Rather than improving, her pain has steadily worsened over the last month. She has never had cancer. ASSESSMENT: Progressive collapse of the L1 fracture with worsening pain despite 14 weeks of nonoperative care.',
      { failedConservativeWeeks: 14 },
    ],
    // Guard: an age is no time of care, now that every time of failed care is read.
    [
      'Despite four weeks of a brace and analgesia, a sixty-eight-year-old woman still cannot walk far because of L1 pain.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Radiographs: new L2 wedge fracture, not present last year, and an unchanged grade 1 wedge deformity of T9. No back pain.',
      { newFractureLevels: ['L2'] },
    ],
    ['Her mother had lymphoma - she herself never has. New L1 fracture.', { malignancy: false }],
    [
      'He has myeloma, and his T8 vertebra has collapsed because of it. Pain worse on sitting.',
      { pathologicFracture: true },
    ],
    // Guard: a preference is no procedure, now that "cannot" ends at the comma before it.
    ['New T10 fracture with edema. I would favor a brace over kyphoplasty for now.', { priorSurgeryUnspecified: null }],
  ]);
});

describe('round 100 first looks worked: who brought the patient, dated injuries, comparisons by level, receptors, infections over, run-together transcriptions', () => {
  check([
    [
      '79-year-old man brought in by his son after a fall from standing height. XR: new L1 compression fracture.',
      { highEnergyTrauma: false },
    ],
    [
      'X-ray: compression fracture of L2. The L2 body was normal on a screening CT in 2020.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'L1 burst fracture sustained in a fall from a roof in 2019, fused from T12 to L2. The L1 fracture has healed.',
      { newFractureLevels: [] },
    ],
    [
      'Kyphoplasty at T11 and T12 in 2021 at an outside hospital for osteoporotic compression fractures.',
      { fractureLevels: ['T11', 'T12'] },
    ],
    ['Newly diagnosed breast carcinoma (ER-positive, HER2-negative). New L4 fracture.', { malignancy: true }],
    [
      'Admitted with pyelonephritis; the infection has fully resolved. Incidental old T8 wedge fracture.',
      { activeInfection: false },
    ],
    ['CT: T12 fracture with widening of the interspinous distance, concerning for instability.', { instability: true }],
    ['CAP improving on IV co-amoxiclav. Chest film: new T11 wedge fracture.', { activeInfection: true }],
    [
      'Seen the MRI: acute T12 # w/ marrow oedema. Happy in principle to do VP but he is febrile.',
      { augmentationLevels: [] },
    ],
    [
      'Known L1 wedge # from fall 6/52 ago, managed conservatively by GP. Back today w/ ↑ pain.',
      { failedConservativeWeeks: 6 },
    ],
    ['Path L3 CF. Worse mechanical pain despite 3 wks oxy.', { failedConservativeWeeks: 3 }],
    ['Apparent T12 ht loss is projectional (pt rotated).', { vcf: false }],
    [
      'SOCIAL HISTORY:,  Retired teacher.,FAMILY HISTORY:,  Breast cancer.,IMPRESSION:,  New L1 compression fracture.',
      { vcf: true, malignancy: null },
    ],
    ['Bone scan: scintigraphically active L3 compression fracture.', { newFractureLevels: ['L3'] }],
    ['New L1 compression fracture. Adv: MRI, Sr. Vit D3, S. Ca, BMD.', { malignancy: null }],
    [
      'MRI L-spine (dt. 14/03): acute L2 compression fracture with marrow oedema. No s/o neoplastic aetiology.',
      { malignantMriFeatures: false },
    ],
    ['CT: T8 and T10 vertebral bodies wedge-shaped change.', { fractureLevels: ['T8', 'T10'] }],
    ['Known T12 fracture: anterior height loss 30% become 50%.', { knownFractureWorsening: true }],
    ['Control X-ray: collapse of L1 progressive.', { knownFractureWorsening: true }],
    [
      'L2 fracture 3 months ago; MRI at that time showed a fresh L2 fracture. Now L2 height loss progressed from 20% to 45%.',
      { newFractureLevels: [] },
    ],
    [
      'Conservative treatment: bed rest, brace and calcitonin for 6 weeks. But recent 2 weeks the pain becomes more serious.',
      { failedConservativeWeeks: 6 },
    ],
    ['New T9 fracture; differential with bone metastasis.', { malignancy: 'uncertain' }],
    ['Pathologic T9 fracture. SINS 14 (unstable).', { instability: true }],
    ['CT: L1 burst fracture. RM: posterior ligamentary complex intact.', { mriDone: true }],
    ['New T9 fracture. Neurological examination natural.', { neuroDeficit: false }],
    // Guards: an infection to be over is not over; a lab's calcium is no cancer either way.
    [
      'New L2 fracture. No kyphoplasty until the infection has settled; febrile on IV antibiotics.',
      { activeInfection: true },
    ],
  ]);
});

describe('round 101 first looks worked: local ages, labs, segments, endplates, own levels, relief, lesions with fractures', () => {
  check([
    ['Pt. male, 74 l., known osteoporotic fracture of L1.', { age: 74 }],
    ['Pacient 77 ani, sex masculin. Recurrent pain at L2.', { age: 77 }],
    ['Pacjentka 68 lat, slipped on ice; L1 compression fracture.', { age: 68 }],
    ['New D12 compression fracture. Ca and fosfataza alcalina in normal limits.', { malignancy: null }],
    ['Known L1 fracture. Then MR (11.06.2024) showed a typical osteoporotic picture.', { mriDone: true }],
    [
      'Known L1 fracture with progression of collapse, increased kyphosis in Th12-L2 segment.',
      { fractureLevels: ['L1'] },
    ],
    ['MRI: smaller fresh fracture of the superior endplate of L2 with oedema.', { fractureLevels: ['L2'] }],
    ['Imp: Acute osteoporotic VCF T7 with previous BKP L2.', { augmentationLevels: ['L2'] }],
    [
      'Known metastatic Ca prostate. Pathological fracture of T10 known since June 2024 (CT), managed with analgesics. Now increasing back pain x2/52. MRI today: collapse of T10 vertebral body.',
      { newFractureLevels: [] },
    ],
    ['New T9 fracture. Lower limb neurological findings: no abnormality.', { neuroDeficit: false }],
    [
      'L1 vertebroplasty in 2023 with good pain relief. New L4 fracture on CT; he denies back pain.',
      { symptomatic: false },
    ],
    ['New T12 fracture; the L2 cement is in a good position and L1 looks normal.', { augmentationLevels: ['L2'] }],
    [
      'MRI: tumour extending from T4 into the epidural space; pathological T4 fracture.',
      { malignantMriFeatures: true },
    ],
    [
      'She had vertebroplasty for T10 and T11 fractures in 2022 and describes a month of aching pain over T11.',
      { painAtTreatedLevel: true },
    ],
    ['Acute L1 fracture with marrow edema on MRI. He is interested in kyphoplasty.', { augmentationLevels: [] }],
    [
      'Painful L1 fracture from a fall 5 weeks ago. Despite a TLSO brace and tramadol, his pain is still 7/10.',
      { failedConservativeWeeks: 5 },
    ],
    [
      'PET: New lytic lesion of the T10 vertebral body with a pathologic compression fracture.',
      { newFractureLevels: ['T10'] },
    ],
    ['Name/age: 70 yo M', { sex: 'male' }],
    ['New T9 fracture. Neuro: UE/LE normal', { neuroDeficit: false }],
    ['Painful T12 VCF, MRI oedema. Bed-bound → early PVP rather than wait.', { augmentationLevels: [] }],
    ['New T9 VCF. Warfarin - INR 2.8 today; hold from tonight, no bridging needed.', { coagulopathy: null }],
    ['Path L4 CF. Plt 45 → platelet transfusion to >50 pre-proc.', { coagulopathy: null }],
    [
      'Known L1 CF dx 2/12 ago. Managed conservatively w/ TLSO + analgesia since. Today: ↑ pain.',
      { failedConservativeWeeks: 8.7 },
    ],
  ]);
});

describe('round 102 first looks, a first few: the plan in its own language, a French request, neurology in order', () => {
  check([
    ['New BWK 12 fracture. MRT not yet done.\nProcedere: MRT with STIR, analgesia.', { mriDone: false }],
    ['Fresh L2 fracture. MRI not yet performed.\nBeleid: MRI, pain relief.', { mriDone: false }],
    [
      'New D12 tassement. No IRM for the moment. I demand an IRM du rachis entier with injection of gadolinium.',
      { mriDone: false },
    ],
    ['New D12 fracture. Force and sensibility of the inferior limbs conserved.', { neuroDeficit: false }],
    ['Fresh L2 fracture. Power lower extremities 5/5, sensibility intact.', { neuroDeficit: false }],
    ['Increased wedging of Th9. Neurologically ua.', { neuroDeficit: false }],
    ['New L1 compression. Neurological finding uredan (in order).', { neuroDeficit: false }],
  ]);
});

describe("round 102 first looks, a second few: pain in the patient's words, a relative named as the patient's, a request to a team", () => {
  check([
    [
      '82F: "It feels like a knife in my back every time I sit up." XR: new T9 compression fracture.',
      { symptomatic: true },
    ],
    ['"I haven\'t been able to stand up straight since." XR: new L1 compression fracture.', { symptomatic: true }],
    [
      'He yells whenever he tries to stand. MRI: acute T12 compression fracture with marrow edema.',
      { symptomatic: true },
    ],
    [
      "New T12 fracture. His mother (the patient's wife) had breast cancer; the patient himself has never had cancer.",
      { malignancy: false },
    ],
    ['Spine reg pls - 70F, new L2 fx on CT after minor fall yesterday.', { fractureLevels: ['L2'] }],
  ]);
});

describe('round 102 first looks, a third few: a lab line, a consult title, a discharge summary procedure, a protocol', () => {
  check([
    ['CTA chest: new T8 compression fracture.\nLabs: Na-138 K-4.4 Cr-1.3 Ca-9.1 ALK PHOS-88', { malignancy: null }],
    [
      'INTERVENTIONAL RADIOLOGY CONSULTATION - Vertebral augmentation evaluation\nAcute L1 fracture with marrow edema on MRI.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'Chief Complaint:\nback pain\nMajor Surgical or Invasive Procedure:\nT12 balloon kyphoplasty\nHistory of Present Illness:\nAcute painful T12 compression fracture with marrow edema on MRI.',
      { treatedInNoteLevels: ['T12'] },
    ],
    ['Protocol: MRI T-spine w/o contrast. Ind: new T11 CF on CT. Sag T1/STIR/T2, ax T2. No gad.', { mriDone: false }],
  ]);
});

describe('round 102 first looks worked: lists and referrals, care times, studies dated to a day, a relative calling', () => {
  check([
    ['IR list Fri: L3 VP. 81F, acute L3 OP CF on MRI w/ oedema.', { augmentationLevels: [] }],
    ['Acute L1 CF w/ BME. Ortho team aware re kyphoplasty.', { augmentationLevels: [] }],
    [
      'Acute T12 fracture. For the past two and a half weeks she has worn a brace and taken codeine without relief.',
      { failedConservativeWeeks: 2.5 },
    ],
    [
      'New L4 fracture. Since 4 weeks he has back pain after lifting a crate. Despite a corset and tramadol the pain stays VAS 7.',
      { failedConservativeWeeks: 4 },
    ],
    [
      '- T11 wedge # after fall 6/52 ago, conservative mx since.\n- Pain worse, XR: T11 ht loss 20 → 40%.',
      { failedConservativeWeeks: 6 },
    ],
    ['Acute L2 CF. Pain ↑ over last 2/52 despite brace + analgesia (7/52 in total).', { failedConservativeWeeks: 7 }],
    [
      'L3 fracture diagnosed on 03/02. MRI on 03/04 showed an acute L3 fracture with oedema. Films today: progressive collapse of L3 from 20% to 50%.',
      { newFractureLevels: [], knownFractureWorsening: true },
    ],
    [
      'Call from the patient\'s son: "Mum has been screaming with back pain since Monday." New T12 fracture on X-ray.',
      { symptomatic: true },
    ],
    ['New L1 fracture on CT. Per the son he has no weakness or numbness in his legs.', { neuroDeficit: false }],
    [
      'Daughter phoning about her 90-year-old mother: new L1 fracture on X-ray last week. The mother has osteoporosis.',
      { osteoporosis: true },
    ],
    ['MRI could not be obtained because of her pacemaker. Acute L1 fracture on CT.', { mriDone: false }],
    [
      'New T9 compression fracture on CT. A pathologic fracture is the main concern given her breast cancer.',
      { pathologicFracture: null },
    ],
    [
      'He had a T10 vertebroplasty on 3 March for an osteoporotic T10 fracture with marrow oedema. The pain is back at the same level.',
      { newFractureLevels: [] },
    ],
  ]);
});

describe('round 102 first looks worked, more: conditions, dated treatments, known fractures getting worse', () => {
  check([
    [
      'Acute T7 CF w/ BME. P: analgesia, TLSO; r/v 2/52, consider VP if pain persists.',
      { failedConservativeWeeks: null },
    ],
    [
      'At diagnosis she presented with a painful pathologic L1 fracture, treated with kyphoplasty in 2021. She has been pain-free since. CT: new L3 fracture; she denies back pain.',
      { symptomatic: false },
    ],
    [
      'I reviewed her today. She had a T12 vertebroplasty in September 2022 for a painful osteoporotic T12 fracture, with complete relief. Four weeks ago, while lifting her grandson, she developed new low back pain. MRI: acute L2 compression fracture.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'Ortho reg pls - 68M w/ T10-L2 fusion 2018, new T9 fx on CT.',
      { fusionLevels: ['T10', 'T11', 'T12', 'L1', 'L2'] },
    ],
    [
      'The pain started two months ago and has slowly increased. Old T11 wedge fracture on X-ray.',
      { symptomatic: true },
    ],
    ["Her son says she hasn't complained about her back once. VFA: L1 compression fracture.", { symptomatic: false }],
    [
      'Pathologic T8 compression fracture from myeloma. # Pain: mechanical mid-back pain persists. IR to see as an outpatient regarding augmentation once neurologic status is stable.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'Known osteoporotic L2 fracture. XR today: L2 now 55% height loss (previously 25%).',
      { knownFractureWorsening: true },
    ],
    ['MRI: Progressive pathologic compression fracture of T9 with epidural tumour.', { knownFractureWorsening: true }],
    ['Pac. 71 let. XR: compression fracture of L2.', { age: 71 }],
    ['Pacijentkinja 71 god., compression fracture of L2.', { sex: 'female' }],
    ['74 éves férfi, L1 compression fracture on CT.', { age: 74, sex: 'male' }],
    ['Path L2 fx from RCC. Mechanical pain increasing last 4 weeks despite OxyContin.', { failedConservativeWeeks: 4 }],
    [
      's/p T12 vertebroplasty 2022 for an osteoporotic fracture. CT: additional collapse of the T12 upper endplate around the cement.',
      { knownFractureWorsening: true },
    ],
    ['Osteoporotische LWK-2-Fraktur 05/2024, konservativ.', { fractureLevels: ['L2'] }],
    ['Known LWK-2-Fraktur. Röntgen today: further Sinterung of LWK 2.', { knownFractureWorsening: true }],
    [
      'Metastatic breast cancer. A pathologic compression fracture of L3 was first seen on CT 4 months ago. Reason for referral: painful L3 pathologic fracture. Pain worse over the last 3 weeks.',
      { newFractureLevels: [] },
    ],
    [
      'Myeloma with a pathologic T8 compression fracture diagnosed on MRI in March. MRI today: progressive pathologic compression fracture of T8, now 60% height loss (previously 30%). 1 week of escalating back pain.',
      { newFractureLevels: [] },
    ],
  ]);
});

describe('round 102 second-language first looks worked: a body named in Italian, glosses, a verdict put first', () => {
  check([
    ['RMN: recent fracture of the soma of L1 with oedema in the STIR sequences.', { fractureLevels: ['L1'] }],
    ['MR: friss (fresh) L1 kompressziós törés, oedema on STIR.', { fractureLevels: ['L1'] }],
    [
      'Multiple older ryggkotor (vertebral compressions) Th5 and Th8, MR 2021 benign.',
      { fractureLevels: ['T5', 'T8'] },
    ],
    ['New L3 compression fracture. Negative the oncological anamnesis.', { malignancy: false }],
    ['Known old L1 fracture. New film: increased kilform (wedging) of L1.', { knownFractureWorsening: true }],
  ]);
});

describe('round 103 first looks worked: a relative on the phone, a call taken, a study years earlier, a clause after "with"', () => {
  check([
    [
      'Son rang about his mother, 88, who fell yesterday; the X-ray shows a new L1 compression fracture.',
      { age: 88, sex: 'female' },
    ],
    ['Phone call w/ wife re: 79M, s/p T12 KP 2022, now new L2 fx on XR.', { augmentationLevels: ['T12'] }],
    [
      'Lateral view: mild wedge compression deformity of T9 that was not present four years earlier.',
      { newFractureLevels: ['T9'] },
    ],
    ["He isn't complaining of back pain at all. CXR: new T9 compression fracture.", { symptomatic: false }],
    [
      'Vertebroplasties at T7 and T8 for osteoporotic fractures in 2020. MRI today: oedema in L1, with T7 and T8 unchanged.',
      { newFractureLevels: [] },
    ],
    [
      'Wife rang the clinic: her husband, 77, has a known L2 compression fracture and his pain is worse.',
      { age: 77, fractureLevels: ['L2'] },
    ],
  ]);
});

describe('round 103 first looks worked, more: infections and clotting put right, plans and waits, failed care in shorthand, ages', () => {
  check([
    [
      'Treated for UTI last month with nitrofurantoin, now asymptomatic. Acute L1 fracture, back pain 8/10.',
      { activeInfection: false, symptomatic: true },
    ],
    [
      'Acute T12 fracture. Warfarin held and vitamin K given; INR now acceptable for procedure, coagulopathy corrected.',
      { coagulopathy: false },
    ],
    [
      'Subacute L3 compression fracture. IR scheduled L3 kyphoplasty as an outpatient on 14/11.',
      { augmentationLevels: [] },
    ],
    ['New T8 fracture. Augmentation not to be discussed until MRI and labs are back.', { mriDone: false }],
    [
      'New T8 fracture with anaemia and hypercalcaemia. Hold bisphosphonate until malignancy excluded.',
      { malignancy: 'uncertain' },
    ],
    ['New T8 compression fracture. Low-trauma mechanism.', { highEnergyTrauma: false }],
    ['Chronic healed L1 compression deformity with unchanged ~25% height loss.', { knownFractureWorsening: false }],
    ['Chronic stable L1 compression fracture, pain at baseline.', { knownFractureWorsening: false }],
    ['Acute T9 OP CF w/ BME. Keen for VP but septic; IR d/w, VP deferred.', { augmentationLevels: [] }],
    ['New T6 CF after coughing fit, pain not settling after 3/52 of analgesia.', { failedConservativeWeeks: 3 }],
    ['L1 OP CF dx 6/52 ago (MRI then: benign), brace + analgesia since. Now ↑ pain.', { failedConservativeWeeks: 6 }],
    ["XR: ?mild wedging T11 vs normal variant, can't exclude CF.", { vcf: 'uncertain' }],
    ['MM, L2 path fx, mechanical LBP ↑ x3/52 despite RT to L2 (completed 1/12 ago).', { newFractureLevels: [] }],
    [
      'INDICATION: cough for 1 week. No other complaints.\nFINDINGS: new mild T8 compression deformity.',
      { symptomatic: false },
    ],
    ['72-v. mies, L1 compression fracture.', { age: 72, sex: 'male' }],
    ['Pacientka 80-ročná, L1 compression fracture.', { age: 80 }],
    ['Pacientas, 76 m. vyras. Th10 compression fracture.', { age: 76, sex: 'male' }],
    ['71 år gammel mann, new Th12 compression fracture.', { sex: 'male' }],
  ]);
});

describe('round 103: an infection of another name told as over', () => {
  check([
    ['New L2 compression fracture. He had shingles last year, which settled fully.', { activeInfection: false }],
    ['Mild T11 deformity. The diverticulitis settled with oral antibiotics last month.', { activeInfection: false }],
  ]);
});

describe('round 104 first looks worked: studies not done after a "but", studies to come back with, care told since, a message', () => {
  check([
    ['New L1 fracture. The GP requested an MRI but it has not been done yet.', { mriDone: false }],
    [
      'New T10 fracture. The facility doctor ordered an MRI, but it is still awaiting authorization.',
      { mriDone: false },
    ],
    ['New L2 compression fracture on X-ray. Review with MRI.', { mriDone: false }],
    ['New L1 compression fracture. Keep your MRI appointment on Monday.', { mriDone: false }],
    ['New L1 compression fracture. Follow up with IR after your MRI.', { mriDone: false }],
    [
      'Diagnosed 6 weeks ago with an L1 compression fracture. She has worn a brace and taken analgesics since. She returns with worsening pain.',
      { failedConservativeWeeks: 6 },
    ],
    ['Known OP CF L1 (dx 5/52 ago, conservative mx). Pain ↑ despite oxycodone + TLSO.', { failedConservativeWeeks: 5 }],
    [
      'Acute L1 fracture. Severe back pain after lifting a box four weeks ago. Pain has persisted despite a brace and tramadol.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'Known T11 fracture, managed with paracetamol and a brace for 8 weeks. Today she says her back is very sore, the pain is worse.',
      { failedConservativeWeeks: 8 },
    ],
    ['Message from Mr. Berg about his wife, Anna Berg, 81: new T12 compression fracture.', { age: 81, sex: 'female' }],
    [
      'New mild T9 compression fracture. Kyphoplasty of T9 was raised by the registrar, but he declined.',
      { augmentationLevels: [] },
    ],
  ]);
});

describe('round 104 first looks worked, more: what to come back for, a low suspicion, a study that excluded, an infection treated and resolved', () => {
  check([
    [
      'Pathologic L2 fracture, neuro exam normal.\n\nDischarge Instructions:\nReturn to the ED for any leg weakness or numbness.',
      { neuroDeficit: false },
    ],
    ['Concern in the ED for a compression fracture. CT excluded vertebral fracture.', { vcf: false }],
    ['Old healed T12 fracture. Inflammatory markers normal, low suspicion for infection.', { activeInfection: false }],
    ['New L4 compression deformity. C. difficile colitis in March, treated and resolved.', { activeInfection: false }],
    [
      'Known T7 and T8 fractures diagnosed six weeks ago, treated with bracing and analgesics, now with worsening mid-back pain.',
      { failedConservativeWeeks: 6 },
    ],
  ]);
});

describe('round 104 first looks worked, a third few: a stop a specialist allows, levels called normal, a salutation, a label', () => {
  check([
    [
      'Acute L1 fracture. AF on warfarin, INR 2.7 today - haematology happy to withhold and reverse before the procedure.',
      { coagulopathy: false },
    ],
    [
      'X-ray: a new wedge compression fracture of L1; T12 and L2 look normal and L1 was intact on her 2021 film.',
      { newFractureLevels: ['L1'] },
    ],
    ['Dear Sir/Madam,\nRe: Mr. Silva, 74 yrs, new L1 compression fracture.', { sex: 'male' }],
    [
      'Ds: fresh compression fracture of Th8 with marrow oedema; kyphoplasty Th12 in 2022.\nPerformed: 14.02.2025 transpedicular kyphoplasty Th8.',
      { treatedInNoteLevels: ['T8'] },
    ],
  ]);
});

describe('round 104: a blood thinner denied in plain words, a T-score after its site', () => {
  check([
    ['Acute L1 compression fracture. He takes aspirin only, no blood thinners.', { coagulopathy: false }],
    ['DEXA + VFA: L1-L4 T -3.2, FN T -2.4. VFA: grade 2 wedge fracture of T11.', { osteoporosis: true }],
  ]);
});

describe('round 105: an acuity said of a fracture in apposition, a curve over levels, a study the patient could not lie through', () => {
  check([
    [
      'Wedge deformity of T9, consistent with an old compression fracture; he came off his motorbike at speed in his twenties.',
      { newFractureLevels: [], fractureAcuity: { T9: 'chronic' } },
    ],
    ['Anterior wedging of L2, likely an acute compression fracture.', { newFractureLevels: ['L2'] }],
    [
      'Lateral radiograph: L1 compression fracture with 40% height loss and kyphosis from T12 to L2 measuring 25 degrees.',
      { fractureLevels: ['L1'] },
    ],
    ['New L3 compression fracture. Her GP ordered an MRI but she could not lie flat.', { mriDone: false }],
    ['Wedge deformity of T10. MR correlation is suggested.', { mriDone: false }],
    ['No MRI locally. Pa gen IRM nan zòn nan.', { mriDone: false }],
  ]);
});

describe('round 105: a relative denying for the patient, a second language examination, a bridging plan', () => {
  check([
    [
      'Phone call: her son denies any leg weakness or bladder trouble. XR showed an L2 compression fracture.',
      { neuroDeficit: false },
    ],
    ['Neuro: force 5/5 in all groups.', { neuroDeficit: false }],
    ['New T12 fracture. No sphincter troubles reported.', { neuroDeficit: false }],
    ['Acute L2 fracture. Warfarin for AF; INR 3.0, will require bridging for the kyphoplasty.', { coagulopathy: null }],
  ]);
});

describe('round 105: ages in Vietnamese and Indonesian', () => {
  check([
    ['Bệnh nhân nữ (female), 77 tuổi, fell at home.', { age: 77 }],
    ['Usia: 81, perempuan.', { age: 81 }],
  ]);
});

describe('round 105: collapse past a bound, a pathology still considered, two readings not told apart', () => {
  check([
    ['Serial films show progression from 20% to more than 40% height loss at L3.', { knownFractureWorsening: true }],
    [
      'New L4 compression fracture; in view of her myeloma, a pathologic fracture remains a consideration.',
      { pathologicFracture: null },
    ],
    [
      'Concave superior endplate of L2: Schmorl node or minor compression fracture cannot be differentiated.',
      { vcf: 'uncertain' },
    ],
  ]);
});

describe('round 105: the fracture a treatment was for, past its vertebrae or a masked year; a fusion told as a fix with screws', () => {
  check([
    [
      'In 2019 was performed vertebroplasty of Th8 and Th9 vertebrae (city hospital, Lviv) for osteoporotic compression fractures.',
      { fractureLevels: ['T8', 'T9'] },
    ],
    [
      's/p T11 and T12 kyphoplasties in [**2150**] (approximately six years ago) for osteoporotic compression fractures.',
      { fractureLevels: ['T11', 'T12'] },
    ],
    ['He had surgery to fix his spine L3-L4 with screws in 2018.', { fusionLevels: ['L3', 'L4'] }],
  ]);
});

describe('round 105: how it happened, and care that the pain outgrew', () => {
  check([
    [
      'Pain began after sitting down heavily on a kitchen chair; X-ray shows an L1 compression fracture.',
      { highEnergyTrauma: false },
    ],
    ['Motorbike vs tuk-tuk on the ring road, now lumbar pain; CT: L2 burst fracture.', { highEnergyTrauma: true }],
    [
      'Known T12 compression fracture, managed conservatively with a corset and paracetamol for six weeks. Her daughter says there is more pain every day.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'Known L1 osteoporotic fracture; pain is increasing during last month despite tramadol.',
      { failedConservativeWeeks: 4.3 },
    ],
  ]);
});

describe('round 106: levels in Roman numerals, studies in other scripts and words, a blood thinner the plan undoes', () => {
  check([
    ['Wedge compression of the Th X vertebral body, its height reduced by a quarter.', { fractureLevels: ['T10'] }],
    ['Stabilisation L II–L IV with pedicle screws in 2019.', { fusionLevels: ['L2', 'L3', 'L4'] }],
    ['On the radiograph the XI thoracic vertebra has a compression fracture.', { fractureLevels: ['T11'] }],
    ['CKD IV, LV hypertrophy, type II diabetes; chest X-ray normal, no fracture.', { vcf: false, fractureLevels: [] }],
    ['Degenerative disc XXXX loss at several thoracic levels. No compression XXXX.', { vcf: false }],
    ['MRT of the thoracic spine with contrast (03.05.2024): fresh wedge fracture of T8.', { mriDone: true }],
    ['МРТ от 12.03.2024: fresh compression fracture of L2.', { mriDone: true }],
    ['Fresh fracture of L2 on the radiograph. MRI was not conducted yet.', { mriDone: false }],
    ['New L1 wedge fracture on X-ray. MRI urgent - awaited.', { mriDone: false }],
    [
      'New L1 fracture. On Coumadin for a mechanical valve, INR 2.7.\nPlan: L1 kyphoplasty next week; Coumadin to be switched to enoxaparin beforehand.',
      { coagulopathy: false },
    ],
    [
      'New T12 fracture. On Xarelto, INR 2.2.\nPlan: stop Xarelto 3 days before the vertebroplasty.',
      { coagulopathy: false },
    ],
    ['New L2 fracture. INR 2.5 on warfarin - haematology fine with LMWH bridging.', { coagulopathy: null }],
    ['New T9 fracture. INR 3.2 on warfarin for a mitral valve; cardiology: not reversible.', { coagulopathy: true }],
  ]);
});

describe('round 106: a question, a query over three words, care that made little difference, an augmentation elsewhere', () => {
  check([
    ['Back pain after a fall at home; the question is whether there is a vertebral fracture.', { vcf: false }],
    ['XR L-spine: ?subtle L2 sup endplate depression, no other finding.', { vcf: 'uncertain', fractureLevels: [] }],
    [
      'Back pain for two months. Eight weeks of ibuprofen and physio have made little difference.',
      { failedConservativeWeeks: 8 },
    ],
    [
      'New L2 compression fracture in a woman with a previous, non-adjacent kyphoplasty.',
      { augmentationLevels: [], fractureLevels: ['L2'] },
    ],
    ['Acute T11 fracture in a man who had a vertebroplasty at a different level in 2021.', { augmentationLevels: [] }],
    [
      'Incidental T10 wedge fracture on the chest film. No back pain. He has never been assessed for osteoporosis.',
      { osteoporosis: null },
    ],
  ]);
});

describe('round 106: an examination by its functions, a compression of a Th level, the marrow signal named', () => {
  check([
    ['Acute L2 fracture. Neurologically: sensory and motor functions are preserved.', { neuroDeficit: false }],
    [
      'T12 fracture. Neurological status: movements and sensitivity in the legs fully preserved.',
      { neuroDeficit: false },
    ],
    ['L1 wedge fracture. Neurologically without lateralisation.', { neuroDeficit: false }],
    ['Radiograph: new compression of Th11 by about a third of its height.', { fractureLevels: ['T11'] }],
    ['MRT: L3 wedge fracture with hyperintense signal of the bone marrow in the STIR regime.', { marrowEdema: true }],
    ['The radiograph raised suspicion of an L1 compression fracture.', { vcf: 'uncertain' }],
  ]);
});

describe('round 106: pain that did not grow, grounds weighed, a bare fracture word in apposition', () => {
  check([
    [
      'Old L2 wedge fracture since 2020. Back ache as before, no increase of pain, no new falls. L2 unchanged.',
      { knownFractureWorsening: null },
    ],
    ['New T9 fracture. INR nl, platelets 210.', { coagulopathy: false }],
    ['New L3 fracture. Lower limb power symmetric and normal.', { neuroDeficit: false }],
    ['Old L2 kyphoplasty. Please assess indication to vertebroplasty T11.', { augmentationLevels: ['L2'] }],
    ['Lateral film: wedging of L1, compatible with recent fracture.', { newFractureLevels: ['L1'] }],
  ]);
});

describe('round 106: a complaint not presented, a body collapsing further, OP as a first item, an Albanian age', () => {
  check([
    ['L1 wedge fracture on staging CT. Patient does not present complaints of back pain.', { symptomatic: false }],
    [
      'Known L2 osteoporotic fracture; serial films show the L2 body collapsing further.',
      { knownFractureWorsening: true },
    ],
    ['79F w/ OP + T2DM. Acute L1 CF after a fall.', { osteoporosis: true }],
    ['Pacientja, 81 vjeç, came with back pain.', { age: 81 }],
    [
      'She had vertebroplasty of L1 vertebra done in Ghana (Kumasi) in November 2021 for osteoporotic fracture.',
      { fractureLevels: ['L1'] },
    ],
  ]);
});

describe('round 107: a short report under its study title, a result after the study phrase, a study suggested for a purpose', () => {
  check([
    ['MRI T-spine w/o. Hx: 81F fall.\nIMPRESSION: Acute T11 compression fx with marrow edema.', { mriDone: true }],
    [
      'MRI lumbar spine without contrast. Indication: back pain.\nConclusion: old L4 wedge fracture.',
      { mriDone: true },
    ],
    [
      'Given the myeloma we organised an MRI of the thoracic spine with contrast on Monday. It showed an acute T9 fracture.',
      { mriDone: true },
    ],
    ['Impression: new mild L2 compression deformity. MRI L-spine suggested for characterisation.', { mriDone: false }],
    ['Acute T12 fx on CT. IR consulted re: KP T12.', { augmentationLevels: [] }],
  ]);
});

describe('round 107: a history item after the pain, an aside in a header, a verdict by the reader, counts in words', () => {
  check([
    [
      'Hx: 77M, fall 3d ago, ↑ thoracic pain, ?fx, previous T10 VP 2019.\nImpression: acute T8 compression fx. T10 cement stable.',
      { painAtTreatedLevel: false },
    ],
    ['Pre-op chest film (knee replacement planned): T9 wedge fracture, no back pain.', { fractureLevels: ['T9'] }],
    [
      'Her chest film showed wedge fractures of T6 and T7, described by the reporting radiologist as long-standing. No back pain.',
      { newFractureLevels: [] },
    ],
    ["Please see Mr Price again. He's 84 now and his L2 pain has returned.", { age: 84 }],
    [
      'Conservative care for sixteen weeks (brace, analgesia, physiotherapy) and the T12 fracture pain is worse.',
      { failedConservativeWeeks: 16 },
    ],
  ]);
});

describe('round 107: an answer after a dash, a Latin body, a literal "saved", a root compressed, a list after a treatment', () => {
  check([
    ['Old wedge fracture of T9. Oncological disease in anamnesis – no.', { malignancy: false }],
    [
      'CT: burst fracture of corpus L2, retropulsion of a posterior fragment into the canal.',
      { fractureLevels: ['L2'] },
    ],
    ['New L1 fracture. Neurologically: movements and sensation of lower limbs saved.', { neuroDeficit: false }],
    ['MRI: L4-L5 disc protrusion with compression of L5 root. Vertebral bodies of normal height.', { vcf: false }],
    ['80M, s/p KP T11 & T12 # (2020). Now acute L2 fx.', { fractureLevels: ['T11', 'T12', 'L2'] }],
    [
      'Acute T8 wedge fracture on X-ray. MRI is not available here; she must go to the capital for MRI, the family will decide.',
      { mriDone: false },
    ],
  ]);
});

describe('round 107: a lesion placed through its body, an age by its character, a likely age after a dash', () => {
  check([
    ['CT: lytic lesion of body of T11 vertebra with pathological compression fracture.', { fractureLevels: ['T11'] }],
    [
      'Osteoporosis clinic review. X-ray: compression fracture of vertebra L2 body, height lowered by a quarter, fresh character.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'Incidental: wedge deformity of T8, anterior height loss 30%, sclerotic endplates – most probably old osteoporotic fracture.',
      { newFractureLevels: [] },
    ],
  ]);
});

describe('round 108: an age unknown or looked (its fracture not denied), neurology in shorthand and in a second language, an oncology answered', () => {
  check([
    ['Lateral CXR: mild wedge deformity of T9 of uncertain chronicity. No back pain.', { newFractureLevels: [] }],
    [
      'Incidental finding on the lateral spine film: wedge deformities of T6 and T7, age of fractures not determined. No back pain.',
      { fractureLevels: ['T6', 'T7'], newFractureLevels: [] },
    ],
    [
      'Chest X-ray lateral view incidentally showing wedging of D9 vertebral body, mild, old looking. Radiologist remark: D9 wedge fracture. Patient denies back pain.',
      { newFractureLevels: [] },
    ],
    ['LBP x3/52. XR: no fracture. Power/sensation nml.', { neuroDeficit: false }],
    [
      'Fresh Th12 fracture after a fall. Neurological status: no sensory or motor disturbances, pelvic functions controls.',
      { neuroDeficit: false },
    ],
    ['Fresh L1 fracture. Oncology in anamnesis - no.', { malignancy: false }],
  ]);
});

describe('round 108: care that failed told across sentences, pain at night, an MRI to look for something', () => {
  check([
    [
      'L2 fracture. Treated with a brace and co-codamol for four weeks, but the pain remained 8/10.',
      { failedConservativeWeeks: 4 },
    ],
    ['Known T12 OP #. Managed conservatively - brace, analgesia. 10/52 on, pain ↑.', { failedConservativeWeeks: 10 }],
    [
      'Known L1 fracture. Managed with Tab. Tramadol and a corset. Now about 9 weeks, pain is increasing.',
      { failedConservativeWeeks: 9 },
    ],
    ['70F, breast Ca 2018, now night pain. New L3 CF on XR.', { symptomatic: true }],
    [
      'Impression: chronic T8 fracture with new pain. MRI of the thoracic spine to look for an unhealed fracture.',
      { mriDone: false },
    ],
  ]);
});

describe('round 108: a procedure put as an option, the places a tumour spreads to said clear on the MRI', () => {
  check([
    [
      'MRI DL spine: acute compression fracture of L1 body with marrow oedema.\nRx: Tab. Paracetamol, TLSO brace, started 1 week back. Vertebroplasty option explained to daughter.',
      { priorSurgeryUnspecified: null },
    ],
    [
      'MRI 12.03.2024: acute L2 compression fracture with marrow oedema. No retropulsion, pedicles intact, paravertebral tissues normal.',
      { malignantMriFeatures: false },
    ],
  ]);
});

describe('round 107: ages and sexes in the words of Latvian, Estonian, Azerbaijani, Uzbek and Slovenian writers', () => {
  check([
    ['Pac. Anna B., sieviete, 74 g.v. Fell at home.', { age: 74, sex: 'female' }],
    ['Meespatsient 71 a., retired driver. Back pain since a fall.', { age: 71, sex: 'male' }],
    ['Xəstə Elçin bəy, 66 yaş, kişi. Back pain.', { age: 66, sex: 'male' }],
    ['Bemor Karimova S., 73 yosh, ayol. Back pain after a fall.', { age: 73, sex: 'female' }],
    ['Gospa, 78 let, osteoporoza. Back pain.', { sex: 'female' }],
    ['Pain began at 10 a. m. after lifting a box.', { age: null }],
  ]);
});

describe('round 106: a Hausa title', () => {
  check([
    ['Alhaji Sani B., 69-year-old trader, with back pain after a fall.', { sex: 'male' }],
    ['Hajiya Amina K., 74 years, with an L1 fracture.', { age: 74, sex: 'female' }],
  ]);
});

describe('round 109: sequences joined, a loss below the threshold, a prevalent fracture, a history that gives a reason', () => {
  check([
    [
      'MRI: L2 compression fracture again seen. Horizontal T1/T2 hypointense fracture band.',
      { fractureLevels: ['L2'] },
    ],
    [
      'VFA: grade 2 wedge fracture of T7. T10 anterior height reduction of about 12%, below the threshold for fracture.',
      { fractureLevels: ['T7'] },
    ],
    ['VFA, 70F, T-score -2.7: grade 1 T12 CF, prevalent. No back pain.', { newFractureLevels: [] }],
    [
      'Impression: new L3 compression fracture. Given the history of lung cancer, MRI with and without contrast suggested to exclude a pathologic fracture.',
      { mriDone: false },
    ],
  ]);
});

describe('round 109: a fragment pushed further back, pain poorly controlled on care, a comparison with a staging study', () => {
  check([
    [
      'Benign T11 fracture diagnosed on MRI in March. Pain worse for a month; CT shows progressive retropulsion of the posterior wall.',
      { knownFractureWorsening: true },
    ],
    ['Path fx L2. Pain poorly controlled x 3/52 on oxycodone + TLSO.', { failedConservativeWeeks: 3 }],
    ['Myeloma. MRI: pathological T9 # (new vs staging PET 3/12 ago).', { fractureLevels: ['T9'] }],
  ]);
});

describe("round 109: osteoporosis with a pathological fracture, a fall from one's own height, a South Asian name's kin", () => {
  check([
    [
      'Diagnosis: systemic osteoporosis with pathological compression fracture of L2 vertebral body. No tumour on MRI.',
      { malignancy: false, fractureLevels: ['L2'] },
    ],
    ['Fall from height of own height on the stairs. Acute T12 fracture.', { highEnergyTrauma: false }],
    ['Mst. Rahima Begum W/O Abdul Latif, 68 yrs, with back pain after a fall.', { age: 68, sex: 'female' }],
  ]);
});

describe('round 109: care that helped very little, a height diminished', () => {
  check([
    ['New T12 fracture. Four weeks of a brace and co-codamol have helped very little.', { failedConservativeWeeks: 4 }],
    [
      'CT bone window: diminution of the anterior height of the L1 vertebral body (about 25%).',
      { fractureLevels: ['L1'] },
    ],
  ]);
});

describe('round 109: a normal bone density, a list of functions said normal', () => {
  check([
    ['Lumbar MRI: disc degeneration, no fracture. Her DXA in June was normal (T-score -0.6).', { osteoporosis: false }],
    ['New T11 fracture. Strength, sensation and bladder function remain normal.', { neuroDeficit: false }],
  ]);
});

describe('round 110: an acuity in appearance, a bare pain score, symptoms of the back and a second site', () => {
  check([
    [
      'Wedge deformity of T9 (about 20% height loss), chronic in appearance with sclerotic endplates. She denies back pain.',
      { newFractureLevels: [] },
    ],
    ['Acute L3 endplate fracture on the radiograph. 8/10 on standing, settles when lying flat.', { symptomatic: true }],
    [
      'CT chest: wedge deformity of T8 of indeterminate age. She has no back or chest wall symptoms.',
      { symptomatic: false },
    ],
    ['MRI: acute L2 fracture with edema on STIR, appearances benign.', { malignantMriFeatures: false }],
  ]);
});

describe('round 110: a fragility fracture of a vertebra, the pain of a treated fracture, a treated level by its height', () => {
  check([
    ['Fragility fracture of L1 after a trip at home. Back pain since.', { osteoporosis: true }],
    ['Fragility fracture of the left wrist in 2020. New back pain.', { osteoporosis: null }],
    [
      'Review one year after vertebroplasty of a painful L2 fracture: cement stable, a new T12 wedge deformity since. She has no pain at all.',
      { symptomatic: false },
    ],
    [
      'Fusion T11-L1 in 2021 for a burst fracture. For two months, pain right at the height of the fusion.',
      { painAtTreatedLevel: true },
    ],
  ]);
});

describe('round 110: neurology said fine, power and sensation NAD', () => {
  check([
    ['New T12 fracture after a fall. She is neurologically fine.', { neuroDeficit: false }],
    ['Acute L1 CF. Neuro: power/sens NAD, reflexes symmetrical.', { neuroDeficit: false }],
  ]);
});

describe('round 110: failed care after a time ago, past what the pain stops, and pain grown stronger', () => {
  check([
    [
      'Acute T12 fracture. He fell six weeks ago and has had back pain ever since.  He was managed with a brace and oxycodone without much relief.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'L2 fracture. Four weeks of back pain after lifting a heavy box in the garden; unable to sleep through the night and needing help to dress despite a brace and tramadol.',
      { failedConservativeWeeks: 4 },
    ],
    [
      'L1 fracture. Conservative therapy with a corset and analgesics during 6 weeks. After this the pain becomes stronger.',
      { failedConservativeWeeks: 6 },
    ],
  ]);
});

describe('round 110: a second language: its words for years, sex and no, an order made cito', () => {
  check([
    ['Patient B., ayal, 71 jash. Compression fracture of Th12.', { age: 71, sex: 'female' }],
    ['Muzhchyna, 77 hadou. Fresh fracture of L1.', { age: 77, sex: 'male' }],
    ['Fafine 66 tausaga with L2 compression fracture.', { age: 66, sex: 'female' }],
    ['Mr K., 82 makore. T12 wedge fracture.', { age: 82 }],
    ['Madam A., 75 mfe, with a new L1 fracture.', { age: 75 }],
    ['Ny. S, 69 th. Fraktur kompresi L1.', { age: 69, sex: 'female' }],
    ['Sri Ranjan B., 71 yrs, M. New L3 compression fracture.', { sex: 'male' }],
    ['Smt. Anjali C., 67 bosor (yrs). L1 compression fracture.', { age: 67 }],
    ['Acute L2 fracture. Weight loss nai, fever nai.', { weightLoss: false }],
    ['New T10 fracture. He has lost weight, around 6 kg since the spring.', { weightLoss: true }],
    ['Fresh compression fracture of L1. Oncology in anamnesis - ne.', { malignancy: false }],
    ['Th11 compression fracture. Signs of metastatic lesion jok.', { malignancy: false }],
    ['Fresh Th12 fracture. MRT not done. Paresis of legs, MRT cito.', { mriDone: false }],
    [
      'CT: compression deformity of Th10 body, age of fracture undetermined. No back pain.',
      { newFractureLevels: [], fractureLevels: ['T10'] },
    ],
  ]);
});

describe('round 111: a disc dried and lowered, marrow said oedematous, an examination that remains normal', () => {
  check([
    ['MRI: disc desiccation + ht loss L3-4, no fracture. Vertebral bodies normal.', { fractureLevels: [], vcf: false }],
    ['MRI: L1 wedge fracture with oedematous marrow on STIR.', { marrowEdema: true }],
    ['Spondylosis at L5-S1. His neurological examination remains normal.', { neuroDeficit: false }],
  ]);
});

describe('round 111: failed care, told in more ways', () => {
  check([
    ['Acute L1 fracture. Pain 8/10 for 3/52 despite OxyNorm.', { failedConservativeWeeks: 3 }],
    [
      'New T12 fracture. Three weeks of tramadol and a corset have made no real difference to her pain.',
      { failedConservativeWeeks: 3 },
    ],
    ['L3 fracture. Pain NRS 8 although already brace and paracetamol for 5 weeks.', { failedConservativeWeeks: 5 }],
    [
      'New L1 fracture. She has had severe low back pain for 6 weeks since a fall in the garden. Despite a brace and regular codeine she still cannot sit through a meal.',
      { failedConservativeWeeks: 6 },
    ],
    [
      'MRI: acute T11 fracture. Three weeks ago he developed sharp back pain while carrying shopping upstairs, and despite a brace and naproxen he is barely walking.',
      { failedConservativeWeeks: 3 },
    ],
  ]);
});

describe('round 111: a level normal before, films too few to date a fracture, a height that went down', () => {
  check([
    [
      'Radiographs show a fracture of L2 with mild collapse; his films from 2021 were normal at that level.',
      { newFractureLevels: ['L2'] },
    ],
    [
      'Lateral chest film: wedge deformities of T6 and T7, and there are no prior images to date them. No back pain.',
      { newFractureLevels: [], fractureLevels: ['T6', 'T7'] },
    ],
    [
      'Known L1 fracture since March. On the new film the front of L1 went down from 20% to 45%.',
      { knownFractureWorsening: true },
    ],
  ]);
});

describe('round 111: a tumour staged by TNM, a study asked which of, a study not yet done', () => {
  check([
    ['Hx: NPC T3N1M0, CCRT 2017. New T10 compression fracture.', { malignancy: true }],
    ['Acute L2 fracture on X-ray. Please advise which MRI to make.', { mriDone: false }],
    ['Acute L2 fracture on X-ray. MRI belum (not yet) - referral letter needed first.', { mriDone: false }],
  ]);
});

describe("round 111: a second language's no, its fracture word, its words for years and sex", () => {
  check([
    ['New T12 fracture. History of malignancy nest. Weight loss nest.', { malignancy: false, weightLoss: false }],
    ['New L1 fracture. Cancer history mey.', { malignancy: false }],
    ['L2 compression fracture. Cancer - sega.', { malignancy: false }],
    ["L1 fracture after a fall. Cancer - 'ikai.", { malignancy: false }],
    ['Old wedge of T8 on the chest film. She has keyn pain in the back.', { symptomatic: false }],
    ['Fraktur kompresi L1. Riwayat Ca: teu aya (none).', { malignancy: false, fractureLevels: ['L1'] }],
    ['Mrs. Leah K., a yidene of 81 yor. Acute L2 fracture.', { age: 81, sex: 'female' }],
    ['Patient: Gul Ahmad, mard, 66 sal. Th12 compression fracture.', { age: 66, sex: 'male' }],
    ['Tsering, mo, lo 74. New T11 fracture.', { age: 74 }],
    ["Tangata, ta'u 71. L1 wedge fracture.", { age: 71, sex: 'male' }],
    ['Adi Mere, marama, yabaki 77. T12 fracture.', { age: 77, sex: 'female' }],
    ['Mma Lerato, mosadi, dingwaga 68. L2 fracture.', { age: 68, sex: 'female' }],
    ['Ngalula, mwasi, 72 ans. Tassement L1.', { sex: 'female' }],
  ]);
});

describe('round 111: the calcium ion, a lesion denied as pathologic, a platelet count that stays low, levels treated for fractures', () => {
  check([
    ['New T7 compression fracture. Bloods: Hb 10.1, Ca²⁺ 2.8, ALP normal.', { malignancy: null }],
    [
      'MRI: oedema through L3 with an acute fracture line, and no features to suggest a pathological process.',
      { malignantMriFeatures: false },
    ],
    ['Acute L1 fracture. Known ITP: her platelet count remains about 18 on treatment.', { coagulopathy: true }],
    [
      'She had cement injected into T11 and T12 (kyphoplasty, 2020) for painful osteoporotic fractures. New pain since a fall.',
      { fractureLevels: ['T11', 'T12'] },
    ],
    // A guard, passing before the rule too: the fracture a past treatment was for is not dated by today's oedema.
    [
      'MRI: new L1 compression fracture with STIR oedema, just below the T12 vertebroplasty she had in 2018 for an osteoporotic fracture.',
      { newFractureLevels: ['L1'] },
    ],
  ]);
});

describe('round 112: a crack felt, pain said by the spot that aches, edema said plainly, a back that has not troubled him', () => {
  check([
    ["She felt a sudden 'crack' in her back while lifting a basket. XR: T12 wedge fracture.", { symptomatic: true }],
    ['MRI: L2 has collapsed by a fifth and lights up brightly on the STIR sequence.', { marrowEdema: true }],
    [
      'MRI: T10 compression fracture with low T1 and high T2 fat-saturated signal throughout the body.',
      { marrowEdema: true },
    ],
    ['MRI: L1 compression fracture with a concave posterior wall.', { malignantMriFeatures: false }],
    [
      'Skeletal survey: new wedging of T8. He says his back has not troubled him at all this year.',
      { symptomatic: false },
    ],
  ]);
});

describe('round 112: screening for lung cancer, a fracture below the threshold, a study not yet requested', () => {
  check([
    ['EXAM: CT CHEST LOW-DOSE LUNG CA SCREENING. Old T6 compression deformity, unchanged.', { malignancy: null }],
    ['VFA: L2 wedge deformity grade 2. T9: mild wedging <20%, below fx threshold.', { fractureLevels: ['L2'] }],
    ['XR: new L1 wedge fracture. I have not yet requested an MRI.', { mriDone: false }],
    ['Myeloma with L2 fracture. His platelet count is 22 x 10^9/L despite transfusion.', { coagulopathy: true }],
  ]);
});

describe('round 112: failed care with its doses, care told straight after its weeks', () => {
  check([
    [
      'L3 pathological fracture. Pain growing for 3 weeks, on oxycodone 10 mg 4 times a day all these 3 weeks - without effect.',
      { failedConservativeWeeks: 3 },
    ],
    [
      'L1 fracture after a fall. 6 weeks conservative: brace, paracetamol + tapentadol, physio - she is still with pain 7/10.',
      { failedConservativeWeeks: 6 },
    ],
  ]);
});

describe('round 112: Catalan words for the fracture, the cancer and the kyphoplasty; years and sex in four more languages', () => {
  check([
    [
      'RM: aixafament of D12 with oedema in STIR. Old aixafament of D9.',
      { fractureLevels: ['T9', 'T12'], newFractureLevels: ['T12'] },
    ],
    ['AP: no known neoplàsia. Acute L2 fracture.', { malignancy: false }],
    ['AP: cifoplàstia of L1 in 2020. New pain.', { augmentationLevels: ['L1'] }],
    ['Haji Karim, 74 kala, male. Acute L1 fracture.', { age: 74 }],
    ['Patient: Abenov S., ер (male), 69 жас. Th12 compression fracture.', { age: 69 }],
    ['Patient: Nurlan A., 58 жас (years). L2 fracture.', { age: 58 }],
    ['Bat 79, lives alone. New T11 fracture.', { age: 79 }],
  ]);
});

describe("round 112: Spanish shorthand's no cancer, a writer's own word glossed no, an age of ancient aspect, a procedure to discuss", () => {
  check([
    ['AP: HTA, DM2. No neo. Acute L1 aixafament.', { malignancy: false }],
    ['Oncological anamnesis: жоқ (no). Fresh Th12 fracture.', { malignancy: false }],
    [
      'Lateral film: wedge tassement of D8, mild, of ancient aspect. No back pain.',
      { newFractureLevels: [], fractureLevels: ['T8'] },
    ],
    [
      'Pathological fracture of L3 on myeloma, painful. Vertebroplasty to discuss.',
      { augmentationLevels: [], priorSurgeryUnspecified: null },
    ],
  ]);
});
