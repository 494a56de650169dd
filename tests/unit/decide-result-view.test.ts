import { describe, expect, it } from 'vitest';
import { packInfo, toLookup, toResultView } from '@/components/result-view';
import { type CaseInput, emptyCase } from '@/logic/case';
import { bundledPack } from '@/logic/criteria';
import { decide } from '@/logic/decide';

const kase = (facts: Partial<CaseInput>): CaseInput => ({ ...emptyCase(), ...facts });

describe('panel adapters over a decision', () => {
  const pack = bundledPack();

  it('toResultView shows ACR rating words with scores, what would change it, and the branches', () => {
    const decision = decide(kase({ newFractureLevels: ['L1'], symptomatic: true, malignancy: true }), pack);
    const view = toResultView(decision, pack);
    expect(view.scenario?.id).toBe('imaging-new-symptomatic-known-malignancy');
    expect(view.scenario?.acrVariant).toMatch(/^Variant 2: /);
    expect(view.ratings[0]).toMatchObject({
      procedure: 'mri-spine-without-and-with-contrast',
      name: 'MRI spine area of interest without and with IV contrast',
      words: 'Usually appropriate',
      score: '9/9',
      disagreement: false,
      radiation: 'O 0 mSv',
    });
    expect(view.ratings.find((r) => r.procedure === 'mri-spine-with-contrast')).toMatchObject({
      words: 'May be appropriate',
      score: '5/9',
      disagreement: true,
      needsConfirmation: true,
    });
    expect(view.ratings.find((r) => r.procedure === 'ct-spine-without-contrast')).toMatchObject({
      radiation: 'Varies',
      radiationByRegion: 'CT lumbar or thoracolumbar spine ☢☢☢ 1–10 mSv; CT complete spine ☢☢☢☢ 10–30 mSv',
    });
    expect(view.nextStepsNote).toMatch(/no steps after it are bundled/);
    expect(view.wouldChange).toContain(decision.missing[0]?.text);
  });

  it('toResultView keeps the emergency first and the branch titles', () => {
    const decision = decide(
      kase({ neuroDeficit: true, augmentationLevels: ['L2'], newFractureLevels: ['T11'], symptomatic: true }),
      pack,
    );
    const view = toResultView(decision, pack);
    expect(view.alerts[0]).toMatchObject({ id: 'neurologic-emergency', severity: 'emergency' });
    expect(view.branches.map((b) => b.title)).toEqual(['After augmentation', 'After medical management']);
  });

  it('toLookup lists all nine variants with their 71 rating rows, treatments without a radiation level', () => {
    const lookup = toLookup(pack);
    expect(lookup).toHaveLength(9);
    expect(lookup.every((s) => s.acrVariant?.startsWith('Variant '))).toBe(true);
    expect(lookup.flatMap((s) => s.ratings)).toHaveLength(71);
    expect(lookup.find((s) => s.id === 'treatment-new-vcf-prior-augmentation-or-surgery')?.ratings[3]).toMatchObject({
      procedure: 'percutaneous-ablation-spine',
      words: 'Usually not appropriate',
      score: '1/9',
      radiation: null,
    });
  });

  it('a pathologic fracture rates surgical consultation and ablation usually appropriate (the padding said "not bundled")', () => {
    const pathologic = toLookup(pack).find((s) => s.id === 'treatment-pathologic-mechanical-pain');
    expect(pathologic?.ratings.map((r) => [r.procedure, r.words, r.score])).toEqual([
      ['radiation-oncology-consultation', 'Usually appropriate', '8/9'],
      ['surgical-consultation', 'Usually appropriate', '8/9'],
      ['percutaneous-ablation-spine', 'Usually appropriate', '7/9'],
      ['percutaneous-vertebral-augmentation', 'Usually appropriate', '7/9'],
      ['medical-management-only', 'May be appropriate', '5/9'],
      ['systemic-radionuclide-therapy', 'May be appropriate', '4/9'],
    ]);
  });

  it('packInfo names the pack, its version, edition, official table and import', () => {
    expect(packInfo(pack, 'hospital.json')).toEqual({
      name: 'VCF Lens bundled criteria',
      version: pack.metadata.version,
      edition: pack.metadata.edition,
      officialUrl: pack.metadata.officialUrl,
      importedFrom: 'hospital.json',
    });
  });
});
