import { describe, expect, it } from 'vitest';
import { type CaseInput, emptyCase } from '@/logic/case';
import { ALERT_IDS, ALERT_SEVERITY, bundledPack } from '@/logic/criteria';
import { decide } from '@/logic/decide';

const kase = (facts: Partial<CaseInput>): CaseInput => ({ ...emptyCase(), ...facts });

/** One case per scenario, each routed by the facts sheet's order. */
const CASE_FOR: Record<string, Partial<CaseInput>> = {
  'imaging-new-symptomatic-no-malignancy': { newFractureLevels: ['L1'], symptomatic: true, malignancy: false },
  'imaging-new-symptomatic-known-malignancy': { newFractureLevels: ['L1'], symptomatic: true, malignancy: true },
  'imaging-new-pain-prior-vcf': { augmentationLevels: ['L1'], painAtTreatedLevel: true, symptomatic: true },
  'imaging-asymptomatic-malignancy-history': { fractureLevels: ['T8'], symptomatic: false, malignancy: true },
  'treatment-osteoporotic-with-edema': { newFractureLevels: ['L1'], symptomatic: true, marrowEdema: true },
  'treatment-benign-worsening': { fractureLevels: ['L1'], knownFractureWorsening: true, symptomatic: true },
  'treatment-new-vcf-prior-augmentation-or-surgery': {
    augmentationLevels: ['L2'],
    newFractureLevels: ['T11'],
    symptomatic: true,
  },
  'treatment-pathologic-mechanical-pain': { fractureLevels: ['T9'], pathologicFracture: true, symptomatic: true },
};

/** The facts sheet's rating table, row by row: scenario, procedure, rating, score, radiation. */
const FACTS_SHEET: [string, string, string, number | null, string | null][] = [
  ['imaging-new-symptomatic-no-malignancy', 'mri-spine-without-contrast', 'usually-appropriate', null, 'O'],
  [
    'imaging-new-symptomatic-no-malignancy',
    'ct-spine-without-contrast',
    'usually-appropriate',
    null,
    '☢☢☢ (whole spine ☢☢☢☢)',
  ],
  ['imaging-new-symptomatic-no-malignancy', 'bone-scan-whole-body', 'may-be-appropriate', null, '☢☢☢'],
  ['imaging-new-symptomatic-no-malignancy', 'spect-ct-spine', 'may-be-appropriate', null, '☢☢☢'],
  ['imaging-new-symptomatic-no-malignancy', 'mri-spine-with-contrast', 'usually-not-appropriate', null, 'O'],
  [
    'imaging-new-symptomatic-no-malignancy',
    'mri-spine-without-and-with-contrast',
    'usually-not-appropriate',
    null,
    'O',
  ],
  ['imaging-new-symptomatic-known-malignancy', 'mri-spine-without-and-with-contrast', 'usually-appropriate', 9, 'O'],
  ['imaging-new-symptomatic-known-malignancy', 'ct-spine-without-contrast', 'usually-appropriate', 7, '☢☢☢'],
  ['imaging-new-symptomatic-known-malignancy', 'mri-spine-without-contrast', 'usually-appropriate', 7, 'O'],
  ['imaging-new-pain-prior-vcf', 'ct-spine-without-contrast', 'usually-appropriate', null, '☢☢☢'],
  ['imaging-asymptomatic-malignancy-history', 'mri-spine-without-and-with-contrast', 'usually-appropriate', null, 'O'],
  ['treatment-osteoporotic-with-edema', 'medical-management-only', 'usually-appropriate', null, null],
  ['treatment-osteoporotic-with-edema', 'percutaneous-vertebral-augmentation', 'usually-appropriate', null, null],
  ['treatment-benign-worsening', 'percutaneous-vertebral-augmentation', 'usually-appropriate', null, null],
  [
    'treatment-new-vcf-prior-augmentation-or-surgery',
    'percutaneous-vertebral-augmentation',
    'usually-appropriate',
    null,
    null,
  ],
  ['treatment-new-vcf-prior-augmentation-or-surgery', 'medical-management-only', 'usually-appropriate', null, null],
  ['treatment-new-vcf-prior-augmentation-or-surgery', 'surgical-consultation', 'may-be-appropriate', null, null],
  [
    'treatment-new-vcf-prior-augmentation-or-surgery',
    'percutaneous-ablation-spine',
    'usually-not-appropriate',
    null,
    null,
  ],
  ['treatment-pathologic-mechanical-pain', 'radiation-oncology-consultation', 'usually-appropriate', null, null],
];

describe('ratings (facts sheet rows)', () => {
  it.each(FACTS_SHEET)('%s: %s is %s', (scenario, procedure, rating, score, radiation) => {
    const decision = decide(kase(CASE_FOR[scenario] ?? {}));
    expect(decision.scenario?.id).toBe(scenario);
    expect(decision.ratings.find((r) => r.procedure === procedure)).toMatchObject({ rating, score, radiation });
  });

  it('the bundled pack holds exactly the facts sheet rows, nothing else', () => {
    const rows = bundledPack().scenarios.flatMap((s) => s.ratings.map((r) => `${s.id} ${r.procedure} ${r.rating}`));
    expect(rows.sort()).toEqual(FACTS_SHEET.map(([s, p, r]) => `${s} ${p} ${r}`).sort());
  });

  it('every rating names its source', () => {
    for (const scenario of Object.keys(CASE_FOR)) {
      for (const rating of decide(kase(CASE_FOR[scenario] ?? {})).ratings) expect(rating.source).not.toBe('');
    }
  });
});

/** One case per contract alert id that fires it. */
const ALERT_CASES: [string, Partial<CaseInput>][] = [
  ['neurologic-emergency', { neuroDeficit: true }],
  ['malignancy-red-flags', { nightPain: true }],
  ['malignant-mri-features', { malignantMriFeatures: true }],
  ['same-level-recurrence', { augmentationLevels: ['L1'], painAtTreatedLevel: true }],
  ['procedure-contraindication', { coagulopathy: true }],
  ['failed-conservative-therapy', { failedConservativeWeeks: 3 }],
  ['adjacent-to-fusion', { fusionLevels: ['L4', 'L5'], newFractureLevels: ['L3'] }],
  ['adjacent-to-augmentation', { augmentationLevels: ['L1'], newFractureLevels: ['T12'] }],
  ['instability-or-compression', { retropulsion: true }],
  ['mri-before-augmentation', { augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true }],
  ['osteoporosis-treatment', { osteoporosis: true }],
  ['high-energy-trauma', { age: 30, highEnergyTrauma: true }],
  ['asymptomatic-incidental', { symptomatic: false }],
];

describe('alerts (contract ids and severities)', () => {
  it('every contract alert id has a firing case', () => {
    expect(ALERT_CASES.map(([id]) => id).sort()).toEqual([...ALERT_IDS].sort());
  });

  it.each(ALERT_CASES)('%s fires with its contract severity', (id, facts) => {
    const alert = decide(kase(facts)).alerts.find((a) => a.id === id);
    expect(alert?.severity).toBe(ALERT_SEVERITY[id as keyof typeof ALERT_SEVERITY]);
    expect(alert?.text).toBeTruthy();
  });

  it.each<[string, Partial<CaseInput>, string]>([
    ['neurologic deficit denied', { neuroDeficit: false }, 'neurologic-emergency'],
    [
      'augmentation two levels away is not adjacent',
      { augmentationLevels: ['L2'], newFractureLevels: ['T12'] },
      'adjacent-to-augmentation',
    ],
    [
      'a fracture at the fused level is not adjacent to it',
      { fusionLevels: ['L4', 'L5'], newFractureLevels: ['L4'] },
      'adjacent-to-fusion',
    ],
    [
      'high-energy trauma at 80 with osteoporosis',
      { age: 80, osteoporosis: true, highEnergyTrauma: true },
      'high-energy-trauma',
    ],
    [
      'MRI already done before augmentation',
      { augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true, mriDone: true },
      'mri-before-augmentation',
    ],
    ['one week of conservative care', { failedConservativeWeeks: 1 }, 'failed-conservative-therapy'],
  ])('does not fire: %s', (_fact, facts, id) => {
    expect(decide(kase(facts)).alerts.map((a) => a.id)).not.toContain(id);
  });

  it('T12 next to an L1 augmentation crosses the thoracolumbar junction', () => {
    const ids = decide(kase({ augmentationLevels: ['L1'], newFractureLevels: ['T12'] })).alerts.map((a) => a.id);
    expect(ids).toContain('adjacent-to-augmentation');
  });

  it('the neurologic emergency comes first, then warnings, then information', () => {
    const decision = decide(
      kase({ neuroDeficit: true, retropulsion: true, osteoporosis: true, nightPain: true, symptomatic: false }),
    );
    expect(decision.alerts.map((a) => a.severity)).toEqual(['emergency', 'warning', 'warning', 'info', 'info']);
    expect(decision.alerts[0]?.id).toBe('neurologic-emergency');
  });
});
