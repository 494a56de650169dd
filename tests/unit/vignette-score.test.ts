import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The case notes of ../shared/corpus/vignettes through the analyze CLI and the scorer shipped beside
 * them (scenario, ratings, alerts and case fields all right). The floor holds today's count: a change
 * that gets one more note wrong fails here.
 */
const DIR = join(__dirname, '../../../shared/corpus/vignettes');
const FLOOR = 66;

it(`at least ${FLOOR} case notes pass the vignette scorer`, () => {
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(DIR, name));
  const lines = execFileSync('npx', ['tsx', 'scripts/analyze/index.ts', ...files], { encoding: 'utf8' });
  let report = '';
  try {
    report = execFileSync('node', [join(DIR, 'score.mjs')], { input: lines, encoding: 'utf8' });
  } catch (error) {
    // The scorer exits 1 unless every note passes; its report is on stdout either way.
    report = String((error as { stdout?: string }).stdout ?? '');
  }
  const passed = Number(/(\d+)\/\d+ pass/.exec(report)?.[1] ?? Number.NaN);
  expect(passed, report).toBeGreaterThanOrEqual(FLOOR);
}, 60_000);
