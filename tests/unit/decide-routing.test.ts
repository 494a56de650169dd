import { describe, expect, it } from 'vitest';
import { type CaseInput, emptyCase } from '@/logic/case';
import { decide } from '@/logic/decide';

const kase = (facts: Partial<CaseInput>): CaseInput => ({ ...emptyCase(), ...facts });

/** The founding article's vignette as the form would hold it. */
const VIGNETTE = kase({
  age: 78,
  sex: 'female',
  osteoporosis: true,
  augmentationLevels: ['L2'],
  priorInterventionWhen: 'two years ago',
  fractureLevels: ['T11', 'L2'],
  newFractureLevels: ['T11'],
  fractureAcuity: { T11: 'acute' },
  symptomatic: true,
  symptomWeeks: 3,
});

describe('routing order (facts sheet, rules 2–9)', () => {
  it.each<[string, Partial<CaseInput>, string | null]>([
    [
      '2: high-energy trauma at 35 without bone disease is outside the topic',
      { age: 35, highEnergyTrauma: true, newFractureLevels: ['L1'], symptomatic: true },
      null,
    ],
    [
      '2: high-energy trauma with osteoporosis denied is outside the topic',
      { age: 70, osteoporosis: false, highEnergyTrauma: true, newFractureLevels: ['L1'], symptomatic: true },
      null,
    ],
    [
      '2: high-energy trauma at 80 with osteoporosis stays in the topic',
      { age: 80, osteoporosis: true, highEnergyTrauma: true, newFractureLevels: ['L1'], symptomatic: true },
      'imaging-new-symptomatic-no-malignancy',
    ],
    [
      '3: asymptomatic with a cancer history → asymptomatic malignancy imaging',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: true },
      'imaging-asymptomatic-malignancy-history',
    ],
    [
      '3: asymptomatic with an established tumour fracture → asymptomatic malignancy imaging',
      { fractureLevels: ['T8'], symptomatic: false, pathologicFracture: true },
      'imaging-asymptomatic-malignancy-history',
    ],
    [
      '3: asymptomatic, no cancer history, osteoporosis stated → Variant 5',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: false, osteoporosis: true },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '3: asymptomatic, no cancer history, osteoporosis not stated → Variant 5 (assumed)',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: false },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '3: asymptomatic, cancer history unknown, osteoporosis not stated → Variant 5 (assumed)',
      { fractureLevels: ['T8'], symptomatic: false },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '3: asymptomatic wins over a new fracture after prior augmentation',
      { newFractureLevels: ['T11'], augmentationLevels: ['L2'], symptomatic: false },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '3: asymptomatic with osteoporosis ruled out and no cancer → no scenario',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: false, osteoporosis: false },
      null,
    ],
    [
      '3: asymptomatic traumatic fracture in healthy bone at 70 → no scenario',
      { age: 70, fractureLevels: ['L1'], symptomatic: false, highEnergyTrauma: true, osteoporosis: false },
      null,
    ],
    [
      '3: asymptomatic with a malignancy only suspected → no scenario (neither is assumed)',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: 'uncertain' },
      null,
    ],
    [
      '3: asymptomatic with malignant MRI features and no cancer history → no scenario',
      { fractureLevels: ['T8'], symptomatic: false, malignancy: false, malignantMriFeatures: true },
      null,
    ],
    [
      '3: asymptomatic with retropulsion → no scenario (Variant 5 advises against a surgical opinion)',
      { fractureLevels: ['L1'], symptomatic: false, malignancy: false, retropulsion: true },
      null,
    ],
    [
      '3: "no symptoms" beside a neurologic deficit is no Variant 5',
      { fractureLevels: ['T8'], symptomatic: false, neuroDeficit: true },
      null,
    ],
    [
      '3: a paraplegia of years beside a silent new fracture is still Variant 5',
      { fractureLevels: ['L1'], symptomatic: false, neuroDeficit: true, deficitLongStanding: true, malignancy: false },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '4: pain at the treated level → new pain with prior VCF imaging',
      { augmentationLevels: ['L1'], painAtTreatedLevel: true, symptomatic: true },
      'imaging-new-pain-prior-vcf',
    ],
    [
      '4: a "new" fracture only at a fused level counts as same level',
      { fusionLevels: ['L4', 'L5'], newFractureLevels: ['L5'], symptomatic: true },
      'imaging-new-pain-prior-vcf',
    ],
    [
      '5: pain at the treated level but a new fracture elsewhere → founding scenario',
      { augmentationLevels: ['L1'], painAtTreatedLevel: true, newFractureLevels: ['T9'], symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '5: new symptomatic fracture after augmentation at another level → founding scenario',
      { augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '5: new symptomatic fracture after fusion at another level → founding scenario',
      { fusionLevels: ['L4', 'L5'], newFractureLevels: ['L2'], symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '5: prior surgery at an unnamed level still routes to the founding scenario',
      { priorSurgeryUnspecified: true, newFractureLevels: ['L2'], symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '5: an acute fracture by stated acuity counts as new',
      { augmentationLevels: ['L2'], fractureLevels: ['T11'], fractureAcuity: { T11: 'subacute' }, symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '5: marrow edema counts as a new fracture, MRI done or not',
      { augmentationLevels: ['L2'], marrowEdema: true, mriDone: true, symptomatic: true },
      'treatment-new-vcf-prior-augmentation-or-surgery',
    ],
    [
      '6: established pathologic fracture with pain → pathologic mechanical pain',
      { fractureLevels: ['T9'], pathologicFracture: true, malignancy: true, symptomatic: true },
      'treatment-pathologic-mechanical-pain',
    ],
    [
      '7: known benign fracture getting worse → benign worsening',
      { fractureLevels: ['L1'], knownFractureWorsening: true, symptomatic: true },
      'treatment-benign-worsening',
    ],
    [
      '7: a worsening fracture that is new is not the benign-worsening scenario',
      { newFractureLevels: ['L1'], knownFractureWorsening: true, symptomatic: true, mriDone: false },
      'imaging-new-symptomatic-no-malignancy',
    ],
    [
      '8: new symptomatic fracture, no MRI, no cancer → imaging without malignancy',
      { newFractureLevels: ['L1'], symptomatic: true, malignancy: false, mriDone: false },
      'imaging-new-symptomatic-no-malignancy',
    ],
    [
      '8: new symptomatic fracture, no MRI, cancer history → imaging with malignancy',
      { newFractureLevels: ['L1'], symptomatic: true, malignancy: true, mriDone: false },
      'imaging-new-symptomatic-known-malignancy',
    ],
    [
      '8: a painful fracture of indeterminate age, MRI awaited → the imaging that dates it',
      {
        fractureLevels: ['T12'],
        fractureAcuity: { T12: 'age-indeterminate' },
        symptomatic: true,
        malignancy: true,
        mriDone: false,
      },
      'imaging-new-symptomatic-known-malignancy',
    ],
    [
      '8: ... but not when no MRI is awaited: the case asks no imaging question',
      { fractureLevels: ['T12'], fractureAcuity: { T12: 'age-indeterminate' }, symptomatic: true },
      null,
    ],
    [
      '8: an uncertain malignancy is not a known one',
      { newFractureLevels: ['L1'], symptomatic: true, malignancy: 'uncertain' },
      'imaging-new-symptomatic-no-malignancy',
    ],
    [
      '9: osteoporotic fracture with marrow edema → osteoporotic with edema',
      { newFractureLevels: ['L1'], symptomatic: true, mriDone: true, marrowEdema: true, osteoporosis: true },
      'treatment-osteoporotic-with-edema',
    ],
    [
      '9: edema with malignant MRI features is not an osteoporotic fracture',
      { newFractureLevels: ['L1'], symptomatic: true, marrowEdema: true, malignantMriFeatures: true },
      null,
    ],
    [
      'none: MRI without edema and no prior treatment',
      { newFractureLevels: ['L1'], symptomatic: true, mriDone: true, marrowEdema: false },
      null,
    ],
    ['none: symptoms unknown', { newFractureLevels: ['L1'], augmentationLevels: ['L3'] }, null],
    [
      '8: a new painful fracture at a level the text does not name, MRI not done',
      { newFractureLevelUnnamed: true, symptomatic: true, mriDone: false, malignancy: false },
      'imaging-new-symptomatic-no-malignancy',
    ],
    [
      '6: a new painless fracture at an unnamed level in osteoporosis',
      { newFractureLevelUnnamed: true, symptomatic: false, osteoporosis: true },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      '6: a painless fracture of doubted age at an unnamed level in osteoporosis',
      { fractureLevelUnnamed: true, symptomatic: false, osteoporosis: true },
      'treatment-asymptomatic-osteoporotic',
    ],
    [
      'none: a fracture at an unnamed level not called new',
      { newFractureLevelUnnamed: false, symptomatic: true, mriDone: false },
      null,
    ],
  ])('%s', (_fact, facts, expected) => {
    expect(decide(kase(facts)).scenario?.id ?? null).toBe(expected);
  });

  it('Variant 5 says when osteoporosis is assumed, and lists it among what would change the answer', () => {
    const assumed = decide(kase({ fractureLevels: ['T8'], symptomatic: false, malignancy: false }));
    expect(assumed.why.join(' ')).toMatch(/osteoporosis is assumed/i);
    expect(assumed.missing.map((m) => m.field)).toContain('osteoporosis');
    const stated = decide(kase({ fractureLevels: ['T8'], symptomatic: false, malignancy: false, osteoporosis: true }));
    expect(stated.why.join(' ')).not.toMatch(/assumed/i);
    expect(stated.missing.map((m) => m.field)).not.toContain('osteoporosis');
  });

  it('Variant 5 keeps the asymptomatic-incidental alert and gives only medical management and follow-up', () => {
    const decision = decide(kase({ fractureLevels: ['T8'], symptomatic: false, age: 80, failedConservativeWeeks: 4 }));
    expect(decision.alerts.map((a) => a.id)).toEqual(
      expect.arrayContaining(['asymptomatic-incidental', 'osteoporosis-treatment']),
    );
    // Augmentation is usually not appropriate here: no "reconsider augmentation", no "don't delay intervention".
    expect(decision.alerts.map((a) => a.id)).not.toContain('failed-conservative-therapy');
    expect(decision.pitfalls.map((p) => p.id)).not.toContain('delaying-intervention');
    expect(decision.branches.map((b) => b.id)).toEqual(['asymptomatic-follow-up']);
  });

  it('an asymptomatic fracture with retropulsion keeps the warning that asks for a surgeon', () => {
    const decision = decide(kase({ fractureLevels: ['L1'], symptomatic: false, retropulsion: true }));
    expect(decision.alerts.map((a) => a.id)).toContain('instability-or-compression');
    expect(decision.why.join(' ')).toMatch(/Retropulsion or instability/);
  });

  it('osteoporosis ruled out says so', () => {
    const decision = decide(kase({ fractureLevels: ['T8'], symptomatic: false, osteoporosis: false }));
    expect(decision.why.join(' ')).toMatch(/Osteoporosis is ruled out/);
  });

  it("a procedure note's own augmentation treats the case's fracture: no earlier treatment, no recurrence", () => {
    const facts: Partial<CaseInput> = {
      newFractureLevels: ['T12'],
      symptomatic: true,
      mriDone: true,
      marrowEdema: true,
    };
    const asPrior = decide(kase({ ...facts, augmentationLevels: ['T12'] }));
    expect(asPrior.alerts.map((a) => a.id)).toContain('same-level-recurrence');
    const now = decide(kase({ ...facts, augmentationLevels: ['T12'], treatedInNoteLevels: ['T12'] }));
    expect(now.scenario?.id).toBe('treatment-osteoporotic-with-edema');
    expect(now.alerts.map((a) => a.id)).not.toContain('same-level-recurrence');
    // An earlier augmentation beside it still counts as one.
    const beside = decide(kase({ ...facts, augmentationLevels: ['T12', 'L1'], treatedInNoteLevels: ['T12'] }));
    expect(beside.scenario?.id).toBe('treatment-new-vcf-prior-augmentation-or-surgery');
    expect(beside.alerts.map((a) => a.id)).toContain('adjacent-to-augmentation');
    expect(beside.why.join(' ')).toMatch(/augmentation at L1\./);
  });

  it('says why when no scenario fits', () => {
    const decision = decide(kase({ age: 35, highEnergyTrauma: true, newFractureLevels: ['L1'], symptomatic: true }));
    expect(decision.why.join(' ')).toMatch(/outside this ACR topic/);
  });
});

describe('the founding vignette (78-year-old, L2 vertebroplasty, new T11 fracture)', () => {
  const decision = decide(VIGNETTE);

  it('routes to the founding scenario, naming the matched facts', () => {
    expect(decision.scenario?.id).toBe('treatment-new-vcf-prior-augmentation-or-surgery');
    expect(decision.why.join(' ')).toContain('T11');
    expect(decision.why.join(' ')).toContain('augmentation at L2');
  });

  it('shows the founding article’s four ratings with ACR’s scores, then the table’s two others', () => {
    expect(decision.ratings.map((r) => [r.procedure, r.rating, r.score, r.source])).toEqual([
      ['percutaneous-vertebral-augmentation', 'usually-appropriate', 8, 'Founding article; ACR decoded (GigHz)'],
      ['medical-management-only', 'usually-appropriate', 7, 'Founding article; ACR decoded (GigHz)'],
      ['surgical-consultation', 'may-be-appropriate', 5, 'Founding article; ACR decoded (GigHz)'],
      ['percutaneous-ablation-spine', 'usually-not-appropriate', 1, 'Founding article; ACR decoded (GigHz)'],
      [
        'radiation-oncology-consultation',
        'usually-not-appropriate',
        1,
        'ACR 2022 table, transcribed copy — confirm in the official table',
      ],
      [
        'systemic-radionuclide-therapy',
        'usually-not-appropriate',
        1,
        'ACR 2022 table, transcribed copy — confirm in the official table',
      ],
    ]);
  });

  it('advises MRI before augmentation and osteoporosis treatment, with no emergency', () => {
    const ids = decision.alerts.map((a) => a.id);
    expect(ids).toContain('mri-before-augmentation');
    expect(ids).toContain('osteoporosis-treatment');
    expect(ids).not.toContain('neurologic-emergency');
    expect(ids).not.toContain('adjacent-to-augmentation');
  });

  it('gives the differential, the pitfalls and both downstream branches', () => {
    expect(decision.differential).toHaveLength(4);
    expect(decision.pitfalls.map((p) => p.id)).toEqual([
      'blaming-old-level',
      'delaying-intervention',
      'missing-malignancy',
      'neglecting-osteoporosis',
    ]);
    expect(decision.branches.map((b) => [b.id, b.steps.length])).toEqual([
      ['after-augmentation', 2],
      ['after-medical-management', 2],
    ]);
    expect(decision.nextSteps).toHaveLength(4);
  });

  it('names the unknown facts that would change it: MRI, neurologic status, cancer history', () => {
    expect(decision.missing.map((m) => m.field)).toEqual(['neuroDeficit', 'mriDone', 'malignancy']);
  });
});

describe('unknown facts', () => {
  it('an empty case has no scenario and lists what is missing', () => {
    const decision = decide(emptyCase());
    expect(decision.scenario).toBeNull();
    expect(decision.ratings).toEqual([]);
    const fields = decision.missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['newFractureLevels', 'symptomatic', 'malignancy', 'neuroDeficit']));
  });

  it.each<[string, Partial<CaseInput>, string]>([
    ['no MRI leaves edema and malignant features unknown', { newFractureLevels: ['L1'], symptomatic: true }, 'mriDone'],
    ['symptoms unknown', { newFractureLevels: ['L1'] }, 'symptomatic'],
    [
      'prior intervention unknown for a new fracture',
      { newFractureLevels: ['L1'], symptomatic: true },
      'priorSurgeryUnspecified',
    ],
    [
      'level of an unnamed prior surgery unknown',
      { priorSurgeryUnspecified: true, newFractureLevels: ['L1'], symptomatic: true },
      'fusionLevels',
    ],
    [
      'pain at the treated level unknown when no new level is given',
      { augmentationLevels: ['L1'], symptomatic: true },
      'painAtTreatedLevel',
    ],
    [
      'pathologic or not, with a cancer history',
      { fractureLevels: ['L1'], malignancy: true, symptomatic: true },
      'pathologicFracture',
    ],
    ['whether a known fracture is worsening', { fractureLevels: ['L1'], symptomatic: true }, 'knownFractureWorsening'],
    ['mechanism in a younger patient', { age: 40, newFractureLevels: ['L1'], symptomatic: true }, 'highEnergyTrauma'],
  ])('missing: %s', (_fact, facts, field) => {
    expect(decide(kase(facts)).missing.map((m) => m.field)).toContain(field);
  });

  it('a known fact is not listed as missing', () => {
    const decision = decide(kase({ neuroDeficit: false, symptomatic: true, malignancy: false, mriDone: true }));
    const fields = decision.missing.map((m) => m.field);
    for (const known of ['neuroDeficit', 'symptomatic', 'malignancy', 'mriDone']) expect(fields).not.toContain(known);
  });
});
