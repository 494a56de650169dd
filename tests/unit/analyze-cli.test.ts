import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledPack } from '@/logic/criteria';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');

/** Runs the analyze CLI as a user would; resolves with its exit code and both streams. */
async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyze/index.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('analyze CLI', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'vcf-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = join(dir, 'good.txt');
  writeFileSync(
    good,
    '78-year-old woman with new back pain. Acute T11 compression fracture. Status post L2 vertebroplasty. No neurologic deficit.',
  );
  const binary = join(dir, 'image.bin');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]));

  it('prints one contract object per report', async () => {
    const { code, stdout } = await analyze(good);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string);
    expect(result.file).toBe(good);
    expect(result.case).toMatchObject({ age: 78, sex: 'female', fractureLevels: ['T11'], augmentationLevels: ['L2'] });
    expect(result.case.evidence.age[0].text).toBe('78-year-old');
    expect(result.mentions[0]).toMatchObject({ category: expect.any(String), assertion: expect.any(String) });
    expect(result.decision.scenario.id).toBe('treatment-new-vcf-prior-augmentation-or-surgery');
    expect(result.decision.ratings.length).toBeGreaterThan(0);
  });

  it('the founding scenario end to end: its four ratings with ACR’s scores, disagreement per rating', async () => {
    const { stdout } = await analyze(good);
    const ratings: { procedure: string; rating: string; score: number; disagreement: boolean }[] =
      JSON.parse(stdout).decision.ratings;
    const founding = ['percutaneous-vertebral-augmentation', 'medical-management-only', 'surgical-consultation'];
    expect(
      ratings
        .filter((r) => [...founding, 'percutaneous-ablation-spine'].includes(r.procedure))
        .map((r) => [r.procedure, r.rating, r.score, r.disagreement]),
    ).toEqual([
      ['percutaneous-vertebral-augmentation', 'usually-appropriate', 8, false],
      ['medical-management-only', 'usually-appropriate', 7, false],
      ['surgical-consultation', 'may-be-appropriate', 5, false],
      ['percutaneous-ablation-spine', 'usually-not-appropriate', 1, false],
    ]);
  });

  it('one text per ACR variant: each routes to its variant and prints its full table with scores', async () => {
    const files = Array.from({ length: 9 }, (_, i) => join(ROOT, `tests/fixtures/variants/v${i + 1}.txt`));
    const { code, stdout } = await analyze(...files);
    expect(code).toBe(0);
    const pack = bundledPack();
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results.map((r) => r.decision.scenario?.id)).toEqual(pack.scenarios.map((s) => s.id));
    for (const result of results) {
      const scenario = pack.scenarios.find((s) => s.id === result.decision.scenario.id);
      expect(result.decision.scenario.acrVariant).toBe(scenario?.acrVariant);
      const shown = result.decision.ratings.map(
        (r: { procedure: string; rating: string; score: number; disagreement: boolean }) =>
          `${r.procedure} ${r.rating} ${r.score} ${r.disagreement}`,
      );
      const held = scenario?.ratings.map((r) => `${r.procedure} ${r.rating} ${r.score} ${r.disagreement === true}`);
      expect(shown.sort()).toEqual(held?.sort());
    }
  });

  it.each([
    ['a missing file', join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', dir, /is a directory/],
    ['a binary file', binary, /binary/],
  ])('reports %s on stderr, exits non-zero, and still analyses the good file', async (_name, bad, message) => {
    const { code, stdout, stderr } = await analyze(bad, good);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).file).toBe(good);
  });

  it('refuses an unknown flag with usage', async () => {
    const { code, stderr } = await analyze('--frobnicate', good);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown flag --frobnicate[\s\S]*usage/);
  });

  it('scores against a gold file', async () => {
    writeFileSync(
      join(dir, 'gold.json'),
      JSON.stringify({
        'good.txt': {
          vcf: true,
          fractureLevels: ['T11'],
          augmentationLevels: ['L2'],
          fusionLevels: [],
          age: 78,
          sex: 'female',
          neuroDeficit: false,
          malignancy: null,
        },
      }),
    );
    const { code, stderr } = await analyze('--score', dir, good);
    expect(code).toBe(0);
    expect(stderr).toMatch(/fractureLevels\s+1\.000\s+1\.000\s+1\.000/);
  });

  it('--assert gives the ConText assertion of any span, one line per input, errors in place', async () => {
    const spans = join(dir, 'spans.jsonl');
    const text = 'She denies any cough. Her sister had lupus. Possible effusion.';
    const line = (id: string, words: string) => {
      const start = text.indexOf(words);
      return JSON.stringify({ id, text, start, end: start + words.length });
    };
    writeFileSync(
      spans,
      [line('a', 'cough'), line('b', 'lupus'), line('c', 'effusion'), 'not json', line('d', 'She')].join('\n'),
    );
    const { code, stdout } = await analyze('--assert', spans);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: 'a', assertion: 'negated' },
      { id: 'b', assertion: 'other-person' },
      { id: 'c', assertion: 'possible' },
      { id: null, error: 'not valid JSON' },
      { id: 'd', assertion: 'affirmed' },
    ]);
  });
});
