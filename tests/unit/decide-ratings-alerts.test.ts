import { describe, expect, it } from 'vitest';
import { type CaseInput, emptyCase } from '@/logic/case';
import { ALERT_IDS, ALERT_SEVERITY, bundledPack, loadPack } from '@/logic/criteria';
import { BUNDLED_PACK } from '@/logic/criteria/bundled-pack';
import { decide } from '@/logic/decide';

const kase = (facts: Partial<CaseInput>): CaseInput => ({ ...emptyCase(), ...facts });

const FOUNDING_CASE = kase({ augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true });

describe('ratings beyond the facts sheet', () => {
  it('every rating names its source', () => {
    for (const scenario of bundledPack().scenarios) {
      for (const rating of scenario.ratings) expect(rating.source.length).toBeGreaterThan(0);
    }
  });

  /** An institution's pack: the bundled one plus a pair ACR's 2022 table does not have. */
  function importedWithExtraPair() {
    const raw = structuredClone(BUNDLED_PACK) as unknown as {
      sources: Record<string, unknown>;
      scenarios: { id: string; ratings: unknown[] }[];
    };
    raw.sources.LOCAL = { label: 'General Hospital spine board', citation: 'Local protocol 12 (2026)' };
    raw.scenarios
      .find((s) => s.id === 'treatment-new-vcf-prior-augmentation-or-surgery')
      ?.ratings.push({ procedure: 'image-guided-biopsy-spine', rating: 'may-be-appropriate', source: ['LOCAL'] });
    const loaded = loadPack(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return loaded.pack;
  }

  it('an imported pack with an extra pair shows it, with its own source and no score', () => {
    const decision = decide(FOUNDING_CASE, importedWithExtraPair());
    expect(decision.ratings.find((r) => r.procedure === 'image-guided-biopsy-spine')).toMatchObject({
      rating: 'may-be-appropriate',
      score: null,
      disagreement: false,
      source: 'General Hospital spine board',
      needsConfirmation: false,
    });
    expect(decision.ratings).toHaveLength(7);
  });

  it('the bundled pack never shows a pair outside ACR’s table, not even as "not bundled"', () => {
    const founding = decide(FOUNDING_CASE);
    expect(founding.ratings.map((r) => r.procedure)).not.toContain('image-guided-biopsy-spine');
    expect(founding.ratings).toHaveLength(6);
    expect(founding.ratings.map((r) => r.rating as string)).not.toContain('not-bundled');
  });
});

/** One case per contract alert id that fires it. */
const ALERT_CASES: [string, Partial<CaseInput>][] = [
  ['neurologic-emergency', { neuroDeficit: true }],
  ['malignancy-red-flags', { nightPain: true }],
  ['malignant-mri-features', { malignantMriFeatures: true }],
  ['same-level-recurrence', { augmentationLevels: ['L1'], painAtTreatedLevel: true }],
  ['procedure-contraindication', { coagulopathy: true, fractureLevels: ['L1'] }],
  ['failed-conservative-therapy', { failedConservativeWeeks: 3, newFractureLevels: ['L1'] }],
  ['adjacent-to-fusion', { fusionLevels: ['L4', 'L5'], newFractureLevels: ['L3'] }],
  ['adjacent-to-augmentation', { augmentationLevels: ['L1'], newFractureLevels: ['T12'] }],
  ['instability-or-compression', { retropulsion: true }],
  ['mri-before-augmentation', { augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true }],
  ['osteoporosis-treatment', { osteoporosis: true, fractureLevels: ['T12'] }],
  ['high-energy-trauma', { age: 30, highEnergyTrauma: true }],
  ['asymptomatic-incidental', { symptomatic: false, fractureLevels: ['T8'] }],
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
      'a deficit long-standing and unchanged',
      { neuroDeficit: true, deficitLongStanding: true },
      'neurologic-emergency',
    ],
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
    [
      'one week of conservative care',
      { failedConservativeWeeks: 1, newFractureLevels: ['L1'] },
      'failed-conservative-therapy',
    ],
    [
      'care that failed with no fracture on record (a disc herniation)',
      { failedConservativeWeeks: 8 },
      'failed-conservative-therapy',
    ],
    ['no symptoms and no vertebral fracture on record', { symptomatic: false }, 'asymptomatic-incidental'],
    ['osteopenia with no fracture on record', { osteoporosis: true }, 'osteoporosis-treatment'],
    [
      'a silent new fracture in a patient with cancer (a metastasis first)',
      { newFractureLevels: ['T8'], symptomatic: false, malignancy: true },
      'osteoporosis-treatment',
    ],
    ['anticoagulation with no fracture to treat', { coagulopathy: true }, 'procedure-contraindication'],
  ])('does not fire: %s', (_fact, facts, id) => {
    expect(decide(kase(facts)).alerts.map((a) => a.id)).not.toContain(id);
  });

  it('T12 next to an L1 augmentation crosses the thoracolumbar junction', () => {
    const ids = decide(kase({ augmentationLevels: ['L1'], newFractureLevels: ['T12'] })).alerts.map((a) => a.id);
    expect(ids).toContain('adjacent-to-augmentation');
  });

  it('the neurologic emergency comes first, then warnings, then information', () => {
    const decision = decide(
      kase({
        neuroDeficit: true,
        retropulsion: true,
        osteoporosis: true,
        nightPain: true,
        symptomatic: false,
        fractureLevels: ['T8'],
      }),
    );
    expect(decision.alerts.map((a) => a.severity)).toEqual(['emergency', 'warning', 'warning', 'info', 'info']);
    expect(decision.alerts[0]?.id).toBe('neurologic-emergency');
  });
});
