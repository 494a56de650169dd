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
    expect(view.ratings[0]).toMatchObject({
      procedure: 'mri-spine-without-and-with-contrast',
      name: 'MRI spine area of interest without and with IV contrast',
      words: 'Usually appropriate (9)',
      radiation: 'O',
    });
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

  it('toLookup lists every scenario with its rating rows', () => {
    const lookup = toLookup(pack);
    expect(lookup).toHaveLength(8);
    const rows = lookup.flatMap((s) => s.ratings);
    expect(rows.filter((r) => r.rating !== 'not-bundled')).toHaveLength(19);
    expect(rows.filter((r) => r.rating === 'not-bundled').every((r) => /official ACR table/.test(r.source))).toBe(true);
    expect(lookup.find((s) => s.id === 'treatment-new-vcf-prior-augmentation-or-surgery')?.ratings[3]).toMatchObject({
      words: 'Usually not appropriate',
      radiation: null,
    });
  });

  it('packInfo names the pack, its version, edition, official table and import', () => {
    expect(packInfo(pack, 'hospital.json')).toEqual({
      name: 'VCF Lens bundled criteria',
      version: pack.metadata.version,
      edition: '2022 update',
      officialUrl: pack.metadata.officialUrl,
      importedFrom: 'hospital.json',
    });
  });
});
