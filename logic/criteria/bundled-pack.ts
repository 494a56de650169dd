/**
 * The bundled criteria: ACR's complete 2022 table for topic 171 as ../shared/clinical/ACR-VCF-FACTS.md holds
 * it (nine variants, 71 ratings with their 1–9 scores), each rating naming its sources. A (scenario,
 * procedure) pair that is not here is not in the 2022 topic: only an imported pack can add one.
 * tests/unit/criteria-facts-sheet.test.ts reads the sheet's table and holds this file to it, row by row.
 * Titles, notes, alerts and steps are written for VCF Lens; only the variant wording (acrVariant) is ACR's.
 */
const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';
const ASYMPTOMATIC = 'treatment-asymptomatic-osteoporotic';
/** The osteoporotic treatment scenarios the founding article's downstream branches were written for. */
const OSTEOPOROTIC_TREATMENT = ['treatment-osteoporotic-with-edema', FOUNDING, 'treatment-benign-worsening'];
const IMAGING_ONLY =
  'This scenario chooses the next imaging study; no steps after it are bundled. The result of the imaging decides the treatment scenario.';

/** ACR's adult relative radiation levels. */
const RRL = { none: 'O 0 mSv', mid: '☢☢☢ 1–10 mSv', high: '☢☢☢☢ 10–30 mSv', varies: 'Varies' } as const;
/** "Varies" for CT of the spine area of interest: ACR's region rows. */
const CT_REGIONS = [
  { region: 'CT lumbar or thoracolumbar spine', level: RRL.mid },
  { region: 'CT complete spine', level: RRL.high },
];

export const BUNDLED_PACK = {
  metadata: {
    name: 'VCF Lens bundled criteria',
    version: '2.0.0',
    edition: '2022 update, complete table (9 variants, 71 ratings)',
    topicId: 171,
    officialUrl: 'https://acsearch.acr.org/list/GenerateAppendixPDF?TopicId=171&PanelName=Musculoskeletal',
    citations: [
      {
        title: 'ACR Appropriateness Criteria: Management of Vertebral Compression Fractures (rating tables)',
        url: 'https://acsearch.acr.org/list/GenerateAppendixPDF?TopicId=171&PanelName=Musculoskeletal',
      },
      {
        title: 'ACR Appropriateness Criteria: Management of Vertebral Compression Fractures (narrative)',
        url: 'https://acsearch.acr.org/docs/70545/Narrative/',
      },
      {
        title: 'J Am Coll Radiol 2023;20(5S):S102–S124',
        url: 'https://doi.org/10.1016/j.jacr.2023.02.015',
      },
    ],
  },
  sources: {
    SEED: {
      label: 'Founding article',
      citation: 'GigHz depth article on a new VCF after prior vertebroplasty or surgery',
    },
    P: {
      label: 'ACR portal table',
      citation: 'ACR portal data for topic 171 (gravitas.acr.org ACPortal)',
      url: 'https://gravitas.acr.org/ACPortal/GetDataForOneTopic?topicId=171',
    },
    G: { label: 'ACR decoded (GigHz)', citation: 'Per-scenario "ACR decoded" articles, gighz.com (2026)' },
    A: { label: 'Third-party audit', citation: "Third-party audit quoting ACR's rating PDF" },
    T: {
      label: 'ACR 2022 table, transcribed copy — confirm in the official table',
      citation:
        "ACR's 2022 rating table as transcribed from acsearch.acr.org in a public data set (charlieliu9999/acrac-web at commit 34cfc0f, ACR_data/ACR_Rec.xlsx and ACR_NotRec.xlsx, scraped 2025-08); it agrees with every row the other sources state",
      url: 'https://github.com/charlieliu9999/acrac-web/tree/34cfc0f55fbf0dc03939de9de18ef792db1972a9',
      secondary: true,
    },
    UETANI: {
      label: 'Uetani 2004',
      citation: 'Uetani et al., Clin Radiol 2004;59:124–131 (MRI signs of malignant vertebral collapse)',
    },
  },
  procedures: [
    {
      id: 'mri-spine-without-contrast',
      name: 'MRI spine area of interest without IV contrast',
      kind: 'imaging',
      radiation: RRL.none,
    },
    {
      id: 'mri-spine-with-contrast',
      name: 'MRI spine area of interest with IV contrast',
      kind: 'imaging',
      radiation: RRL.none,
    },
    {
      id: 'mri-spine-without-and-with-contrast',
      name: 'MRI spine area of interest without and with IV contrast',
      kind: 'imaging',
      radiation: RRL.none,
    },
    {
      id: 'ct-spine-without-contrast',
      name: 'CT spine area of interest without IV contrast',
      kind: 'imaging',
      radiation: RRL.varies,
      radiationByRegion: CT_REGIONS,
    },
    {
      id: 'ct-spine-with-contrast',
      name: 'CT spine area of interest with IV contrast',
      kind: 'imaging',
      radiation: RRL.varies,
      radiationByRegion: CT_REGIONS,
    },
    {
      id: 'ct-spine-without-and-with-contrast',
      name: 'CT spine area of interest without and with IV contrast',
      kind: 'imaging',
      radiation: RRL.varies,
      radiationByRegion: CT_REGIONS,
    },
    {
      id: 'ct-myelography-spine',
      name: 'CT myelography spine area of interest',
      kind: 'imaging',
      radiation: RRL.varies,
    },
    { id: 'bone-scan-whole-body', name: 'Bone scan whole body', kind: 'imaging', radiation: RRL.mid },
    { id: 'spect-ct-spine', name: 'SPECT or SPECT/CT spine area of interest', kind: 'imaging', radiation: RRL.mid },
    {
      id: 'fdg-pet-ct-skull-base-to-mid-thigh',
      name: 'FDG-PET/CT skull base to mid-thigh',
      kind: 'imaging',
      radiation: RRL.high,
    },
    {
      id: 'image-guided-biopsy-spine',
      name: 'Image-guided biopsy spine area of interest',
      kind: 'imaging',
      radiation: RRL.varies,
    },
    { id: 'medical-management-only', name: 'Medical management only', kind: 'treatment', radiation: null },
    {
      id: 'percutaneous-vertebral-augmentation',
      name: 'Percutaneous vertebral augmentation',
      kind: 'treatment',
      radiation: null,
    },
    { id: 'surgical-consultation', name: 'Surgical consultation', kind: 'treatment', radiation: null },
    { id: 'percutaneous-ablation-spine', name: 'Percutaneous ablation spine', kind: 'treatment', radiation: null },
    {
      id: 'radiation-oncology-consultation',
      name: 'Radiation oncology consultation',
      kind: 'treatment',
      radiation: null,
    },
    { id: 'systemic-radionuclide-therapy', name: 'Systemic radionuclide therapy', kind: 'treatment', radiation: null },
  ],
  scenarios: [
    {
      id: 'imaging-new-symptomatic-no-malignancy',
      title: 'Painful new compression fracture on radiographs, no cancer history: which imaging next',
      acrVariant:
        'Variant 1: New symptomatic vertebral compression fracture (VCF) identified on radiographs. No known malignancy. Next imaging study.',
      fits: ['A new fracture that causes symptoms', 'Only radiographs (or CT) so far', 'No known malignancy'],
      notFits: ['A known cancer history', 'MRI already done', 'No symptoms from the fracture'],
      ratings: [
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', score: 9, source: ['P', 'G', 'T'] },
        { procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', score: 8, source: ['P', 'T'] },
        { procedure: 'bone-scan-whole-body', rating: 'may-be-appropriate', score: 5, source: ['P', 'T'] },
        { procedure: 'spect-ct-spine', rating: 'may-be-appropriate', score: 5, source: ['P', 'T'] },
        { procedure: 'ct-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-without-and-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'mri-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['P', 'T'] },
        {
          procedure: 'mri-spine-without-and-with-contrast',
          rating: 'usually-not-appropriate',
          score: 3,
          source: ['P', 'T'],
        },
        { procedure: 'ct-myelography-spine', rating: 'usually-not-appropriate', score: 2, source: ['T'] },
        { procedure: 'fdg-pet-ct-skull-base-to-mid-thigh', rating: 'usually-not-appropriate', score: 2, source: ['T'] },
      ],
      noNextSteps: IMAGING_ONLY,
    },
    {
      id: 'imaging-new-symptomatic-known-malignancy',
      title: 'Painful new compression fracture on radiographs in a patient with a cancer history: which imaging next',
      acrVariant:
        'Variant 2: New symptomatic VCF identified on radiographs. History of malignancy. Next imaging study.',
      fits: ['A new fracture that causes symptoms', 'Only radiographs (or CT) so far', 'Cancer in the history'],
      notFits: ['No cancer history', 'MRI already done', 'No symptoms from the fracture'],
      ratings: [
        {
          procedure: 'mri-spine-without-and-with-contrast',
          rating: 'usually-appropriate',
          score: 9,
          source: ['G', 'A', 'T'],
        },
        { procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', score: 7, source: ['A', 'T'] },
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', score: 7, source: ['A', 'T'] },
        { procedure: 'fdg-pet-ct-skull-base-to-mid-thigh', rating: 'may-be-appropriate', score: 6, source: ['T'] },
        { procedure: 'bone-scan-whole-body', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'image-guided-biopsy-spine', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        {
          procedure: 'mri-spine-with-contrast',
          rating: 'may-be-appropriate',
          score: 5,
          disagreement: true,
          source: ['T'],
        },
        { procedure: 'spect-ct-spine', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'ct-myelography-spine', rating: 'may-be-appropriate', score: 4, source: ['T'] },
        { procedure: 'ct-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-without-and-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
      ],
      noNextSteps: IMAGING_ONLY,
    },
    {
      id: 'imaging-new-pain-prior-vcf',
      title: 'New back pain after a treated compression fracture, or with several known ones: first imaging',
      acrVariant: 'Variant 3: New back pain. Previously treated VCF or multiple VCFs. Initial Imaging.',
      fits: [
        'A compression fracture treated before (augmentation or surgery), or several known fractures',
        'New pain, e.g. at a treated level',
      ],
      notFits: ['A new fracture at another level after prior treatment (treatment scenario instead)'],
      ratings: [
        { procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', score: 8, source: ['G', 'T'] },
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', score: 8, source: ['T'] },
        { procedure: 'mri-spine-without-and-with-contrast', rating: 'may-be-appropriate', score: 6, source: ['T'] },
        { procedure: 'bone-scan-whole-body', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'fdg-pet-ct-skull-base-to-mid-thigh', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'spect-ct-spine', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'ct-myelography-spine', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-without-and-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'mri-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
      ],
      noNextSteps: IMAGING_ONLY,
    },
    {
      id: 'imaging-asymptomatic-malignancy-history',
      title: 'Compression fracture found by chance, no symptoms, cancer in the history: which imaging next',
      acrVariant: 'Variant 4: Asymptomatic VCF identified on radiographs. History of malignancy. Next imaging study.',
      fits: ['An incidental fracture that causes no symptoms', 'Cancer in the history'],
      notFits: ['Symptoms from the fracture', 'No cancer history (asymptomatic osteoporotic scenario instead)'],
      ratings: [
        {
          procedure: 'mri-spine-without-and-with-contrast',
          rating: 'usually-appropriate',
          score: 9,
          source: ['G', 'T'],
        },
        { procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', score: 8, source: ['T'] },
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', score: 7, source: ['T'] },
        { procedure: 'bone-scan-whole-body', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'fdg-pet-ct-skull-base-to-mid-thigh', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'image-guided-biopsy-spine', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'spect-ct-spine', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'ct-myelography-spine', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'ct-spine-without-and-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'mri-spine-with-contrast', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
      ],
      noNextSteps: IMAGING_ONLY,
    },
    {
      id: ASYMPTOMATIC,
      title: 'Osteoporotic compression fracture that causes no symptoms: first treatment',
      acrVariant: 'Variant 5: Asymptomatic, osteoporotic VCF. Initial treatment.',
      fits: ['A fracture that causes no symptoms', 'Osteoporotic bone (assumed when not stated)', 'No cancer history'],
      notFits: [
        'Symptoms from the fracture',
        'A cancer history (asymptomatic malignancy imaging instead)',
        'Healthy bone, e.g. a traumatic fracture with osteoporosis ruled out',
      ],
      ratings: [
        { procedure: 'medical-management-only', rating: 'usually-appropriate', score: 9, source: ['G', 'T'] },
        {
          procedure: 'percutaneous-vertebral-augmentation',
          rating: 'usually-not-appropriate',
          score: 3,
          source: ['T'],
        },
        { procedure: 'surgical-consultation', rating: 'usually-not-appropriate', score: 3, source: ['T'] },
        { procedure: 'percutaneous-ablation-spine', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'radiation-oncology-consultation', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
      ],
    },
    {
      id: 'treatment-osteoporotic-with-edema',
      title:
        'Painful osteoporotic compression fracture with marrow edema (or a fluid/air cleft) on MRI: first treatment',
      acrVariant:
        'Variant 6: Symptomatic osteoporotic VCF with bone marrow edema or intravertebral cleft. Initial treatment.',
      fits: ['An osteoporotic fracture', 'Marrow edema or a cleft on MRI', 'No earlier spine augmentation or surgery'],
      notFits: ['Prior augmentation or spine surgery at another level (founding scenario)', 'A pathologic fracture'],
      ratings: [
        { procedure: 'medical-management-only', rating: 'usually-appropriate', score: 8, source: ['G', 'T'] },
        {
          procedure: 'percutaneous-vertebral-augmentation',
          rating: 'usually-appropriate',
          score: 8,
          source: ['G', 'T'],
        },
        { procedure: 'surgical-consultation', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'percutaneous-ablation-spine', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'radiation-oncology-consultation', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'systemic-radionuclide-therapy', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
      ],
    },
    {
      id: FOUNDING,
      title:
        'Painful new compression fracture after earlier vertebral augmentation or spine surgery elsewhere: first treatment',
      acrVariant: 'Variant 7: New symptomatic VCF. History of prior vertebroplasty or surgery. Initial treatment.',
      fits: [
        'A new fracture causing acute symptoms',
        'Earlier vertebroplasty, kyphoplasty or spine surgery at a different level',
      ],
      notFits: [
        'No earlier spine intervention (osteoporotic-with-edema scenario)',
        'Pain at the very level treated before (a different work-up)',
        'A fracture found by chance without symptoms (asymptomatic scenarios)',
      ],
      ratings: [
        {
          procedure: 'percutaneous-vertebral-augmentation',
          rating: 'usually-appropriate',
          score: 8,
          source: ['SEED', 'G', 'T'],
        },
        { procedure: 'medical-management-only', rating: 'usually-appropriate', score: 7, source: ['SEED', 'G', 'T'] },
        { procedure: 'surgical-consultation', rating: 'may-be-appropriate', score: 5, source: ['SEED', 'G', 'T'] },
        {
          procedure: 'percutaneous-ablation-spine',
          rating: 'usually-not-appropriate',
          score: 1,
          source: ['SEED', 'G', 'T'],
        },
        { procedure: 'radiation-oncology-consultation', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'systemic-radionuclide-therapy', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
      ],
    },
    {
      id: 'treatment-benign-worsening',
      title: 'Known benign compression fracture getting worse (pain, deformity or breathing): treatment',
      acrVariant: 'Variant 8: Benign VCF with worsening pain, deformity, or pulmonary dysfunction. Initial treatment.',
      fits: ['A benign fracture known before', 'Worsening pain, progressive collapse or reduced lung function'],
      notFits: ['A new fracture', 'A pathologic fracture'],
      ratings: [
        {
          procedure: 'percutaneous-vertebral-augmentation',
          rating: 'usually-appropriate',
          score: 8,
          source: ['G', 'T'],
        },
        { procedure: 'surgical-consultation', rating: 'usually-appropriate', score: 7, source: ['T'] },
        { procedure: 'medical-management-only', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'percutaneous-ablation-spine', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'radiation-oncology-consultation', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
        { procedure: 'systemic-radionuclide-therapy', rating: 'usually-not-appropriate', score: 1, source: ['T'] },
      ],
    },
    {
      id: 'treatment-pathologic-mechanical-pain',
      title: 'Malignant (pathologic) compression fracture with ongoing or rising mechanical pain: first treatment',
      acrVariant: 'Variant 9: Pathological VCF with ongoing or increasing mechanical pain. Initial treatment.',
      fits: ['A pathologic fracture that is established', 'Mechanical pain that persists or increases'],
      notFits: ['A merely suspected malignancy'],
      ratings: [
        { procedure: 'radiation-oncology-consultation', rating: 'usually-appropriate', score: 8, source: ['G', 'T'] },
        { procedure: 'surgical-consultation', rating: 'usually-appropriate', score: 8, source: ['T'] },
        { procedure: 'percutaneous-ablation-spine', rating: 'usually-appropriate', score: 7, source: ['T'] },
        { procedure: 'percutaneous-vertebral-augmentation', rating: 'usually-appropriate', score: 7, source: ['T'] },
        { procedure: 'medical-management-only', rating: 'may-be-appropriate', score: 5, source: ['T'] },
        { procedure: 'systemic-radionuclide-therapy', rating: 'may-be-appropriate', score: 4, source: ['T'] },
      ],
      noNextSteps:
        'No next steps are bundled for a malignant fracture: the steps after augmentation or medical management were written for osteoporotic fractures and do not carry over as they stand.',
    },
  ],
  alerts: [
    {
      id: 'neurologic-emergency',
      severity: 'emergency',
      text: 'New or worsening neurologic deficit: this is an emergency. Arrange urgent surgical consultation and an emergent spine MRI.',
      source: ['SEED'],
      recommends: ['surgical-consultation'],
    },
    {
      id: 'malignancy-red-flags',
      severity: 'warning',
      text: 'Possible malignancy (cancer history, weight loss without explanation or pain at night): obtain MRI before any procedure.',
      source: ['SEED'],
    },
    {
      id: 'malignant-mri-features',
      severity: 'warning',
      text: 'MRI signs point to a pathologic fracture (bulging posterior cortex, pedicle involvement, soft-tissue or epidural mass): this changes the pathway.',
      source: ['SEED', 'UETANI'],
    },
    {
      id: 'same-level-recurrence',
      severity: 'warning',
      text: 'Pain at a level treated before: think of hardware failure, non-union (pseudoarthrosis) or cement problems, which need their own work-up.',
      source: ['SEED'],
    },
    {
      id: 'procedure-contraindication',
      severity: 'warning',
      text: 'Active infection or a clotting disorder that cannot be corrected makes a procedure risky: medical management is favoured.',
      source: ['SEED'],
      recommends: ['medical-management-only'],
    },
    {
      id: 'failed-conservative-therapy',
      severity: 'info',
      text: 'Two to four weeks of conservative care have not controlled the pain: augmentation deserves a new look, and the failed trial supports it.',
      source: ['SEED'],
      recommends: ['percutaneous-vertebral-augmentation'],
    },
    {
      id: 'adjacent-to-fusion',
      severity: 'info',
      text: 'The new fracture sits next to a fused segment: a surgical opinion is more often needed.',
      source: ['SEED'],
      recommends: ['surgical-consultation'],
    },
    {
      id: 'adjacent-to-augmentation',
      severity: 'info',
      text: 'The new fracture sits next to an augmented vertebra: stiffened levels shift load to their neighbours.',
      source: ['SEED'],
    },
    {
      id: 'instability-or-compression',
      severity: 'warning',
      text: 'Retropulsion or canal compromise, marked deformity or instability: ask for a surgical consultation.',
      source: ['SEED'],
      recommends: ['surgical-consultation'],
    },
    {
      id: 'mri-before-augmentation',
      severity: 'info',
      text: 'No MRI yet: before augmentation, MRI shows whether the fracture is acute (marrow edema), rules out a tumour and checks the cord and roots.',
      source: ['SEED'],
      scenarios: OSTEOPOROTIC_TREATMENT,
    },
    {
      id: 'osteoporosis-treatment',
      severity: 'info',
      text: 'Treat the bone disease itself (e.g. bisphosphonate, denosumab or an anabolic drug); otherwise another fracture is likely.',
      source: ['SEED'],
    },
    {
      id: 'high-energy-trauma',
      severity: 'warning',
      text: 'High-energy injury in a younger patient without bone disease: this belongs to the ACR spine trauma criteria, not this topic.',
      source: ['SEED'],
    },
    {
      id: 'asymptomatic-incidental',
      severity: 'info',
      text: 'The fracture causes no symptoms: manage conservatively and address osteoporosis.',
      source: ['SEED'],
    },
  ],
  pitfalls: [
    {
      id: 'blaming-old-level',
      text: 'Do not put new pain down to the level treated before without fresh imaging that localises it.',
      source: ['SEED'],
    },
    {
      id: 'delaying-intervention',
      text: 'Do not let an elderly patient with disabling pain stay immobile too long: clots and deconditioning follow. Notice when conservative care has failed.',
      source: ['SEED'],
      recommends: ['percutaneous-vertebral-augmentation'],
      scenarios: OSTEOPOROTIC_TREATMENT,
    },
    {
      id: 'missing-malignancy',
      text: 'Keep a pathologic fracture in mind: weight loss, night pain or a cancer history call for MRI before any procedure.',
      source: ['SEED'],
    },
    {
      id: 'neglecting-osteoporosis',
      text: 'Fixing the fracture without treating osteoporosis almost guarantees the patient returns with another one.',
      source: ['SEED'],
    },
  ],
  nextSteps: [
    {
      id: 'after-augmentation',
      after: 'percutaneous-vertebral-augmentation',
      scenarios: OSTEOPOROTIC_TREATMENT,
      title: 'After augmentation',
      steps: [
        {
          id: 'augmentation-relief',
          text: 'If pain eases: start or optimise osteoporosis drugs and refer to physical therapy for core strength and balance, aiming to prevent the next fracture.',
          source: ['SEED'],
        },
        {
          id: 'augmentation-persistent-pain',
          text: 'If pain persists: re-examine and re-image (radiographs or MRI) for cement leakage, a new neighbouring fracture, or another pain source such as the facet or sacroiliac joints.',
          source: ['SEED'],
        },
      ],
    },
    {
      id: 'after-medical-management',
      after: 'medical-management-only',
      scenarios: OSTEOPOROTIC_TREATMENT,
      title: 'After medical management',
      steps: [
        {
          id: 'medical-improvement',
          text: 'If pain and function improve: keep up osteoporosis treatment and physical therapy, and keep following the patient.',
          source: ['SEED'],
        },
        {
          id: 'medical-failure',
          text: 'If pain is still severe and function limited after 2–4 weeks: reconsider augmentation, with the failed trial on record.',
          source: ['SEED'],
          recommends: ['percutaneous-vertebral-augmentation'],
        },
      ],
    },
    {
      id: 'benign-worsening-surgical-opinion',
      after: 'surgical-consultation',
      scenarios: ['treatment-benign-worsening'],
      title: 'Surgical consultation',
      steps: [
        {
          id: 'benign-surgical-opinion',
          text: 'For a benign fracture that keeps getting worse, a surgical opinion is usually appropriate alongside augmentation: most of all when the deformity progresses, the spine is unstable or fragments narrow the canal.',
          source: ['T', 'SEED'],
          recommends: ['surgical-consultation'],
        },
      ],
    },
    {
      id: 'asymptomatic-follow-up',
      after: 'medical-management-only',
      scenarios: [ASYMPTOMATIC],
      title: 'Medical management and follow-up',
      steps: [
        {
          id: 'asymptomatic-bone-health',
          text: 'Treat the osteoporosis (drug therapy, and physical therapy for strength and balance) and keep following the patient; while the fracture causes no symptoms it needs no procedure.',
          source: ['G', 'SEED'],
          recommends: ['medical-management-only'],
        },
      ],
    },
  ],
  differential: [
    {
      id: 'new-osteoporotic-vcf',
      scenario: FOUNDING,
      text: 'A new osteoporotic fracture: the most likely cause, as a stiffened treated level loads its neighbours.',
      source: ['SEED'],
    },
    {
      id: 'occult-malignancy',
      scenario: FOUNDING,
      text: 'A pathologic fracture from a hidden tumour such as myeloma or a metastasis.',
      source: ['SEED'],
    },
    {
      id: 'post-procedural-pain',
      scenario: FOUNDING,
      text: 'Mechanical pain after the earlier procedure: usually a duller, longer-standing ache, accepted only once a new fracture is excluded.',
      source: ['SEED'],
    },
    {
      id: 'untreated-fracture-progression',
      scenario: FOUNDING,
      text: 'An older fracture left untreated that has now collapsed further.',
      source: ['SEED'],
    },
  ],
};
