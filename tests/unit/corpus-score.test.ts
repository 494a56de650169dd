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

/** Every field read right today: a floor just under 1, which one report read worse goes below. */
const ALL_RIGHT = 0.995;
const FIELDS = [
  'vcf',
  'fractureLevels',
  'augmentationLevels',
  'fusionLevels',
  'age',
  'sex',
  'neuroDeficit',
  'malignancy',
];
/** Floors at ALL_RIGHT for `fields`, with the fields read short today given their own. */
const floors = (fields: string[], short: Record<string, number> = {}) => ({
  ...Object.fromEntries(fields.map((field) => [field, ALL_RIGHT])),
  ...short,
});

const FLOORS: Record<string, Record<string, number>> = {
  // .960: one deficit read where the label has the question not addressed.
  dev: floors(FIELDS, { neuroDeficit: 0.955 }),
  mts: floors(FIELDS, {
    // .980: an arthrodesis with "pedicle fixation" and no level of its own is not given the pars defects' L5-S1
    // (two levels missed).
    fusionLevels: 0.975,
    // .931 (the issue's goal is .90): one of the four misses (a trauma note's "no complaints of
    // paresthesia", labelled not addressed) is a literal denial we keep reading as one; the rest turn on
    // attribution.
    neuroDeficit: 0.925,
  }),
  // Mostly hard negatives: no level is labelled, so levels have no F1 to hold; no deficit is labelled
  // either, so one deficit read ("clavicle numbness" after a fall) takes that F1 to 0.
  cxr: floors(['vcf', 'age', 'sex', 'malignancy'], { neuroDeficit: 1 }),
  written: floors(FIELDS),
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
