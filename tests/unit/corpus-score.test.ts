import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Extraction, extractCase } from '@/logic';
import { withoutProvenance } from '../../scripts/analyze/provenance';
import { type Gold, score } from '../../scripts/analyze/score';

/**
 * Every labelled corpus folder in ../shared/corpus scored as the analyze CLI scores it. Floors sit just below
 * today's figures (a single report read worse moves a field's F1 by more than the margin), so a change that makes
 * reading worse on any set fails here. The reports stay in ../shared; nothing is copied.
 */
const CORPUS = join(__dirname, '../../../shared/corpus');

const FLOORS: Record<string, Record<string, number>> = {
  dev: {
    vcf: 0.995,
    fractureLevels: 0.995,
    augmentationLevels: 0.995,
    fusionLevels: 0.995,
    age: 0.995,
    sex: 0.995,
    // .960: one deficit read where the label has the question not addressed.
    neuroDeficit: 0.955,
    malignancy: 0.995,
  },
  mts: {
    vcf: 0.995,
    fractureLevels: 0.995,
    augmentationLevels: 0.995,
    // .980: an arthrodesis with "pedicle fixation" and no level of its own is not given the pars defects' L5-S1
    // (two levels missed).
    fusionLevels: 0.975,
    age: 0.995,
    sex: 0.995,
    // .931 (the issue's goal is .90): one of the four misses (a trauma note's "no complaints of
    // paresthesia", labelled not addressed) is a literal denial we keep reading as one; the rest turn on
    // attribution.
    neuroDeficit: 0.925,
    malignancy: 0.995,
  },
  // Mostly hard negatives: no level is labelled, so levels have no F1 to hold; no deficit is labelled
  // either, so one deficit read ("clavicle numbness" after a fall) takes that F1 to 0.
  cxr: { vcf: 0.995, age: 0.995, sex: 0.995, neuroDeficit: 1, malignancy: 0.995 },
  written: {
    vcf: 0.995,
    fractureLevels: 0.995,
    augmentationLevels: 0.995,
    fusionLevels: 0.995,
    age: 0.995,
    sex: 0.995,
    neuroDeficit: 0.995,
    malignancy: 0.995,
  },
};

describe.each(Object.keys(FLOORS))('%s corpus', (set) => {
  const dir = join(CORPUS, set);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, Gold>;
  const extractions = new Map<string, Extraction>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    const text = withoutProvenance(readFileSync(join(dir, file), 'utf8'));
    extractions.set(file, extractCase(text));
  }
  const scores = score(gold, extractions);

  it('covers every gold report', () => {
    expect([...extractions.keys()].sort()).toEqual(Object.keys(gold).sort());
  });

  it.each(Object.entries(FLOORS[set] ?? {}))('%s F1 is at least %s', (field, floor) => {
    const found = scores.find((s) => s.field === field);
    expect(found, `no score for ${field}`).toBeDefined();
    expect(found?.f1, found?.misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
