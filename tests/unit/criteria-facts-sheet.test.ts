import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CaseInput, emptyCase } from '@/logic/case';
import { bundledPack, RATING_WORDS, SCENARIO_IDS } from '@/logic/criteria';
import { decide } from '@/logic/decide';

/**
 * The bundled pack against ../shared/clinical/ACR-VCF-FACTS.md, read at test time: the sheet is the only
 * source of ratings the extension may bundle, so a row that changes on either side alone fails here.
 */
const SHEET = resolve(__dirname, '../../../shared/clinical/ACR-VCF-FACTS.md');

interface SheetRow {
  scenario: string;
  procedure: string;
  rating: string;
  score: number;
  disagreement: boolean;
  rrl: string;
  source: string[];
}

/** The cells of a markdown table row: "| a | b |" → ["a", "b"]. */
const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** The markdown table that follows the first line starting with `after`, as header → cell records. */
function tableAfter(text: string, after: RegExp): Record<string, string>[] {
  const lines = text.split('\n');
  const from = lines.findIndex((line) => after.test(line));
  if (from < 0) throw new Error(`no line matching ${after} in the facts sheet`);
  const start = lines.findIndex((line, i) => i > from && line.startsWith('|'));
  const header = cells(lines[start] ?? '');
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(Object.fromEntries(cells(line).map((cell, i) => [header[i] ?? `${i}`, cell])));
  }
  return rows;
}

const WORD: Record<string, string> = {
  'Usually appropriate': 'usually-appropriate',
  'May be appropriate': 'may-be-appropriate',
  'Usually not appropriate': 'usually-not-appropriate',
};

/** The "Ratings" table: a blank scenario cell repeats the one above; "(panel disagreement)" is the flag. */
function sheetRatings(text: string): SheetRow[] {
  let scenario = '';
  return tableAfter(text, /^Ratings:/).map((row) => {
    scenario = row.scenario || scenario;
    const disagreement = /\(panel disagreement\)/.test(row.rating ?? '');
    const words = (row.rating ?? '').replace(/\s*\(panel disagreement\)/, '');
    const rating = WORD[words];
    if (!rating) throw new Error(`unknown rating words "${row.rating}"`);
    return {
      scenario,
      procedure: row.procedure ?? '',
      rating,
      score: Number(row.score),
      disagreement,
      rrl: row.RRL ?? '',
      source: (row.source ?? '').split(',').map((code) => code.trim()),
    };
  });
}

/** The sheet's RRL cell in the pack's words: "O" → "O 0 mSv", "☢☢☢ 1-10" → "☢☢☢ 1–10 mSv". */
function radiationOf(rrl: string): string | null {
  if (rrl === '') return null;
  if (rrl === 'O') return 'O 0 mSv';
  if (rrl === 'Varies') return 'Varies';
  return `${rrl.replace('-', '–')} mSv`;
}

const text = readFileSync(SHEET, 'utf8');
const sheet = sheetRatings(text);
const key = (r: Omit<SheetRow, 'rrl'>) =>
  `${r.scenario} | ${r.procedure} | ${r.rating} | ${r.score} | ${r.disagreement ? 'disagreement' : '-'} | ${r.source.join(',')}`;

describe('the bundled pack holds exactly the facts sheet’s 2022 table', () => {
  const pack = bundledPack();

  it('the sheet parses into its nine variants and 71 rows', () => {
    expect(sheet).toHaveLength(71);
    expect(new Set(sheet.map((r) => r.scenario)).size).toBe(9);
    expect(sheet.filter((r) => r.disagreement)).toHaveLength(1);
  });

  it('scenario, procedure, rating word, score, disagreement and sources: the same rows, none more or fewer', () => {
    const bundled = pack.scenarios.flatMap((s) =>
      s.ratings.map((r) =>
        key({
          scenario: s.id,
          procedure: r.procedure,
          rating: r.rating,
          score: r.score ?? Number.NaN,
          disagreement: r.disagreement === true,
          source: r.source,
        }),
      ),
    );
    expect(bundled.sort()).toEqual(sheet.map(key).sort());
  });

  it('each procedure has the sheet’s relative radiation level wherever it is rated', () => {
    for (const row of sheet) {
      const procedure = pack.procedures.find((p) => p.id === row.procedure);
      expect(procedure?.radiation ?? null, `${row.scenario} ${row.procedure}`).toBe(radiationOf(row.rrl));
    }
  });

  it('the seventeen procedures are the sheet’s, and every one is rated somewhere', () => {
    const listed = /Procedure ids and display names:([\s\S]*?)\n\n/.exec(text)?.[1] ?? '';
    // Ids, each perhaps followed by its display name in brackets.
    const ids = listed
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .map((id) => id.trim().replace(/\.$/, ''));
    expect(new Set(ids).size).toBe(17);
    expect(pack.procedures.map((p) => p.id).sort()).toEqual([...new Set(ids)].sort());
    expect(new Set(sheet.map((r) => r.procedure))).toEqual(new Set(ids));
  });

  it('the nine scenarios carry ACR’s variant wording from the sheet', () => {
    const variants = tableAfter(text, /^The 2022 table has exactly nine variants/);
    expect(variants).toHaveLength(9);
    expect(pack.scenarios.map((s) => s.id).sort()).toEqual(variants.map((v) => v.id).sort());
    expect([...SCENARIO_IDS].sort()).toEqual(variants.map((v) => v.id).sort());
    for (const variant of variants) {
      // The sheet marks the founding scenario after ACR's words; that note is ours, not ACR's.
      const wording = (variant['ACR variant'] ?? '').replace(/\s*\(the founding scenario\)$/, '');
      expect(pack.scenarios.find((s) => s.id === variant.id)?.acrVariant).toBe(wording);
    }
  });
});

/** One case per scenario, each routed by the facts sheet's order. */
const CASE_FOR: Record<string, Partial<CaseInput>> = {
  'imaging-new-symptomatic-no-malignancy': { newFractureLevels: ['L1'], symptomatic: true, malignancy: false },
  'imaging-new-symptomatic-known-malignancy': { newFractureLevels: ['L1'], symptomatic: true, malignancy: true },
  'imaging-new-pain-prior-vcf': { augmentationLevels: ['L1'], painAtTreatedLevel: true, symptomatic: true },
  'imaging-asymptomatic-malignancy-history': { fractureLevels: ['T8'], symptomatic: false, malignancy: true },
  'treatment-asymptomatic-osteoporotic': { fractureLevels: ['T8'], symptomatic: false, malignancy: false },
  'treatment-osteoporotic-with-edema': { newFractureLevels: ['L1'], symptomatic: true, marrowEdema: true },
  'treatment-benign-worsening': { fractureLevels: ['L1'], knownFractureWorsening: true, symptomatic: true },
  'treatment-new-vcf-prior-augmentation-or-surgery': {
    augmentationLevels: ['L2'],
    newFractureLevels: ['T11'],
    symptomatic: true,
  },
  'treatment-pathologic-mechanical-pain': { fractureLevels: ['T9'], pathologicFracture: true, symptomatic: true },
};

describe('decide() shows each scenario’s full table from the sheet', () => {
  it('has a case for every scenario of the sheet', () => {
    expect(Object.keys(CASE_FOR).sort()).toEqual([...new Set(sheet.map((r) => r.scenario))].sort());
  });

  it.each(Object.entries(CASE_FOR))('%s', (scenario, facts) => {
    const decision = decide({ ...emptyCase(), ...facts });
    expect(decision.scenario?.id).toBe(scenario);
    const expected = sheet.filter((r) => r.scenario === scenario);
    expect(
      decision.ratings.map((r) => [r.procedure, r.rating, r.score, r.disagreement]).sort(),
      'the same rows',
    ).toEqual(expected.map((r) => [r.procedure, r.rating, r.score, r.disagreement]).sort());
    // Grouped usually → may be → usually not, the higher score first within a group.
    const order = decision.ratings.map((r) => [RATING_WORDS.indexOf(r.rating), -(r.score ?? 0)] as const);
    for (let i = 1; i < order.length; i++) {
      const [group, score] = order[i] as readonly [number, number];
      const [before, beforeScore] = order[i - 1] as readonly [number, number];
      expect(group > before || (group === before && score >= beforeScore)).toBe(true);
    }
    for (const rating of decision.ratings) {
      const row = expected.find((r) => r.procedure === rating.procedure);
      expect(rating.radiation).toBe(radiationOf(row?.rrl ?? ''));
      // A row only the transcribed table states says so; every other row names its own sources.
      const onlyT = row?.source.join() === 'T';
      expect(rating.needsConfirmation).toBe(onlyT);
      if (onlyT) expect(rating.source).toBe('ACR 2022 table, transcribed copy — confirm in the official table');
      else expect(rating.source).not.toMatch(/transcribed/);
    }
  });
});
