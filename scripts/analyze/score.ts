import type { Extraction } from '../../logic';

/**
 * Scoring against a gold file (../shared/corpus/dev/gold.json format): slot-filling precision, recall
 * and F1 per field. Level lists count each level; a scalar counts when either side is non-null.
 */
export interface Gold {
  vcf: boolean | 'uncertain';
  fractureLevels: string[];
  augmentationLevels: string[];
  fusionLevels: string[];
  age: number | null;
  sex: string | null;
  neuroDeficit: boolean | null;
  malignancy: boolean | 'uncertain' | null;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Tally {
  field: string;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
}

const LIST_FIELDS = ['fractureLevels', 'augmentationLevels', 'fusionLevels'] as const;
const SCALAR_FIELDS = ['age', 'sex', 'neuroDeficit', 'malignancy'] as const;

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function finish(field: string, tally: Tally, misses: string[]): FieldScore {
  const precision = ratio(tally.tp, tally.tp + tally.fp);
  const recall = ratio(tally.tp, tally.tp + tally.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, ...tally, precision, recall, f1, misses };
}

/** Per-field scores over every file that has both a gold entry and an extraction. */
export function score(gold: Record<string, Gold>, extractions: Map<string, Extraction>): FieldScore[] {
  const scores: FieldScore[] = [];
  // Report-level VCF detection: "uncertain" in gold is neither a positive nor a negative to miss.
  const vcf = { tp: 0, fp: 0, fn: 0 };
  const vcfMisses: string[] = [];
  for (const [file, expected] of Object.entries(gold)) {
    const got = extractions.get(file);
    if (!got || expected.vcf === 'uncertain') continue;
    const predicted = got.vcf === true;
    if (predicted && expected.vcf) vcf.tp++;
    else if (predicted) vcf.fp++;
    else if (expected.vcf) vcf.fn++;
    if (predicted !== expected.vcf) vcfMisses.push(`${file}: expected ${expected.vcf}, got ${got.vcf}`);
  }
  scores.push(finish('vcf', vcf, vcfMisses));
  for (const field of LIST_FIELDS) {
    const tally = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const [file, expected] of Object.entries(gold)) {
      const got = extractions.get(file);
      if (!got) continue;
      const want = new Set(expected[field]);
      const have = new Set<string>(got.case[field]);
      for (const level of have) want.has(level) ? tally.tp++ : tally.fp++;
      for (const level of want) if (!have.has(level)) tally.fn++;
      if ([...want].sort().join() !== [...have].sort().join()) {
        misses.push(`${file}: expected [${expected[field].join(',')}], got [${[...have].join(',')}]`);
      }
    }
    scores.push(finish(field, tally, misses));
  }
  for (const field of SCALAR_FIELDS) {
    const tally = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const [file, expected] of Object.entries(gold)) {
      const got = extractions.get(file);
      if (!got) continue;
      const want = expected[field];
      const have = got.case[field];
      if (have !== null && have === want) tally.tp++;
      else {
        if (have !== null) tally.fp++;
        if (want !== null) tally.fn++;
        if (have !== want) misses.push(`${file}: expected ${want}, got ${have}`);
      }
    }
    scores.push(finish(field, tally, misses));
  }
  return scores;
}
