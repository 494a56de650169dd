/**
 * The bundled criteria: exactly the ratings of ../shared/clinical/ACR-VCF-FACTS.md (18 rating rows over
 * 8 scenarios), each naming its source. Any other (scenario, procedure) pair is not bundled and the panel
 * points to the official ACR table instead; nothing here comes from the superseded 2018 table.
 * All displayed text is written for VCF Lens, not copied.
 */
const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';

export const BUNDLED_PACK = {
  metadata: {
    name: 'VCF Lens bundled criteria',
    version: '1.0.0',
    edition: '2022 update',
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
      radiation: 'O',
    },
    {
      id: 'mri-spine-with-contrast',
      name: 'MRI spine area of interest with IV contrast',
      kind: 'imaging',
      radiation: 'O',
    },
    {
      id: 'mri-spine-without-and-with-contrast',
      name: 'MRI spine area of interest without and with IV contrast',
      kind: 'imaging',
      radiation: 'O',
    },
    {
      id: 'ct-spine-without-contrast',
      name: 'CT spine area of interest without IV contrast',
      kind: 'imaging',
      radiation: '☢☢☢',
    },
    { id: 'bone-scan-whole-body', name: 'Bone scan whole body', kind: 'imaging', radiation: '☢☢☢' },
    { id: 'spect-ct-spine', name: 'SPECT or SPECT/CT spine area of interest', kind: 'imaging', radiation: '☢☢☢' },
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
  ],
  scenarios: [
    {
      id: 'imaging-new-symptomatic-no-malignancy',
      title: 'Painful new compression fracture on radiographs, no cancer history: which imaging next',
      fits: ['A new fracture that causes symptoms', 'Only radiographs (or CT) so far', 'No known malignancy'],
      notFits: ['A known cancer history', 'MRI already done', 'No symptoms from the fracture'],
      ratings: [
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', source: ['P', 'G'] },
        {
          procedure: 'ct-spine-without-contrast',
          rating: 'usually-appropriate',
          radiation: '☢☢☢ (whole spine ☢☢☢☢)',
          source: ['P'],
        },
        { procedure: 'bone-scan-whole-body', rating: 'may-be-appropriate', source: ['P'] },
        { procedure: 'spect-ct-spine', rating: 'may-be-appropriate', source: ['P'] },
        { procedure: 'mri-spine-with-contrast', rating: 'usually-not-appropriate', source: ['P'] },
        { procedure: 'mri-spine-without-and-with-contrast', rating: 'usually-not-appropriate', source: ['P'] },
      ],
    },
    {
      id: 'imaging-new-symptomatic-known-malignancy',
      title: 'Painful new compression fracture on radiographs in a patient with a cancer history: which imaging next',
      fits: ['A new fracture that causes symptoms', 'Only radiographs (or CT) so far', 'Cancer in the history'],
      notFits: ['No cancer history', 'MRI already done', 'No symptoms from the fracture'],
      ratings: [
        {
          procedure: 'mri-spine-without-and-with-contrast',
          rating: 'usually-appropriate',
          score: 9,
          source: ['A', 'G'],
        },
        { procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', score: 7, source: ['A'] },
        { procedure: 'mri-spine-without-contrast', rating: 'usually-appropriate', score: 7, source: ['A'] },
      ],
    },
    {
      id: 'imaging-new-pain-prior-vcf',
      title: 'New back pain with one or more known compression fractures, treated or not: first imaging',
      fits: ['Known compression fracture(s), augmented, operated or left alone', 'New pain, e.g. at a treated level'],
      notFits: ['A new fracture at another level after prior treatment (treatment scenario instead)'],
      ratings: [{ procedure: 'ct-spine-without-contrast', rating: 'usually-appropriate', source: ['G'] }],
    },
    {
      id: 'imaging-asymptomatic-malignancy-history',
      title: 'Compression fracture found by chance, no symptoms, cancer in the history: which imaging next',
      fits: ['An incidental fracture that causes no symptoms', 'Cancer in the history'],
      notFits: ['Symptoms from the fracture', 'No cancer history (conservative care instead)'],
      ratings: [{ procedure: 'mri-spine-without-and-with-contrast', rating: 'usually-appropriate', source: ['G'] }],
    },
    {
      id: 'treatment-osteoporotic-with-edema',
      title:
        'Painful osteoporotic compression fracture with marrow edema (or a fluid/air cleft) on MRI: first treatment',
      fits: ['An osteoporotic fracture', 'Marrow edema or a cleft on MRI', 'No earlier spine augmentation or surgery'],
      notFits: ['Prior augmentation or spine surgery at another level (founding scenario)', 'A pathologic fracture'],
      ratings: [
        { procedure: 'medical-management-only', rating: 'usually-appropriate', source: ['G'] },
        { procedure: 'percutaneous-vertebral-augmentation', rating: 'usually-appropriate', source: ['G'] },
      ],
    },
    {
      id: 'treatment-benign-worsening',
      title: 'Known benign compression fracture getting worse (pain, deformity or breathing): treatment',
      fits: ['A benign fracture known before', 'Worsening pain, progressive collapse or reduced lung function'],
      notFits: ['A new fracture', 'A pathologic fracture'],
      ratings: [{ procedure: 'percutaneous-vertebral-augmentation', rating: 'usually-appropriate', source: ['G'] }],
    },
    {
      id: FOUNDING,
      title:
        'Painful new compression fracture after earlier vertebral augmentation or spine surgery elsewhere: first treatment',
      fits: [
        'A new fracture causing acute symptoms',
        'Earlier vertebroplasty, kyphoplasty or spine surgery at a different level',
      ],
      notFits: [
        'No earlier spine intervention (osteoporotic-with-edema scenario)',
        'Pain at the very level treated before (a different work-up)',
        'A fracture found by chance without symptoms',
      ],
      ratings: [
        { procedure: 'percutaneous-vertebral-augmentation', rating: 'usually-appropriate', source: ['SEED', 'G'] },
        { procedure: 'medical-management-only', rating: 'usually-appropriate', source: ['SEED'] },
        { procedure: 'surgical-consultation', rating: 'may-be-appropriate', source: ['SEED'] },
        { procedure: 'percutaneous-ablation-spine', rating: 'usually-not-appropriate', source: ['SEED'] },
      ],
    },
    {
      id: 'treatment-pathologic-mechanical-pain',
      title:
        'Malignant (pathologic) compression fracture with ongoing or rising mechanical pain, untreated locally: first treatment',
      fits: ['A pathologic fracture that is established', 'Mechanical pain that persists or increases'],
      notFits: ['Earlier local treatment of that level', 'A merely suspected malignancy'],
      ratings: [{ procedure: 'radiation-oncology-consultation', rating: 'usually-appropriate', source: ['G'] }],
    },
  ],
  alerts: [
    {
      id: 'neurologic-emergency',
      severity: 'emergency',
      text: 'New or worsening neurologic deficit: this is an emergency. Arrange urgent surgical consultation and an emergent spine MRI.',
      source: ['SEED'],
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
    },
    {
      id: 'failed-conservative-therapy',
      severity: 'info',
      text: 'Two to four weeks of conservative care have not controlled the pain: augmentation deserves a new look, and the failed trial supports it.',
      source: ['SEED'],
    },
    {
      id: 'adjacent-to-fusion',
      severity: 'info',
      text: 'The new fracture sits next to a fused segment: a surgical opinion is more often needed.',
      source: ['SEED'],
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
    },
    {
      id: 'mri-before-augmentation',
      severity: 'info',
      text: 'No MRI yet: before augmentation, MRI shows whether the fracture is acute (marrow edema), rules out a tumour and checks the cord and roots.',
      source: ['SEED'],
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
