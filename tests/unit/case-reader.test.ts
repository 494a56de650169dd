import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '@/logic/terms/lexicon';
import {
  CASE_RULES,
  caseReader,
  type HitReader,
  Matcher,
  PAGE_RULES,
  pageReader,
  rulesOf,
  TermReader,
} from '@/logic/terms/matcher';

/**
 * The page's rules and the case's are each cut into expressions (matcher.ts): read together, the page's must
 * give the hits one expression of every page rule gives, and with the case's those of one expression of every
 * rule. The references are those single expressions, built without the size check they would fail, on every
 * corpus text and every probe row.
 */
const ALL = new Matcher(rulesOf(LEXICON, true), (pattern) => pattern);
const ALL_PAGE = new Matcher(
  rulesOf(
    PAGE_RULES.flatMap((rules) => rules.concepts).filter(
      (concept) => concept.id !== 'level' && concept.id !== 'region',
    ),
    true,
  ),
  (pattern) => pattern,
);

function hits(reader: HitReader): string[] {
  const found: string[] = [];
  while (reader.next()) found.push(`${reader.start}-${reader.end} ${reader.concept.id}`);
  return found;
}

const CORPUS = join(__dirname, '../../../shared/corpus');
const texts = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(CORPUS, dir.name))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(CORPUS, dir.name, name), 'utf8')),
  );
const PROBES = join(__dirname, 'probes');
const allRows = readdirSync(PROBES).flatMap((name) =>
  (JSON.parse(readFileSync(join(PROBES, name), 'utf8')) as [string][]).map(([text]) => text),
);
// Every third probe row: the reference readers, one expression of every rule, are read by V8's slower regexp engine (a
// minute and a half for every row on a 2-core machine, and more each round), and a third of the rows, from every set,
// still reads every rule many times over.
const rows = allRows.filter((_, i) => i % 3 === 0);

describe('the rules read in several expressions', () => {
  it('split the lexicon: every rule is in exactly one expression, the levels in the first', () => {
    const sets = [...PAGE_RULES, ...CASE_RULES];
    const split = new Set(sets.flatMap((rules) => rules.concepts));
    for (const concept of LEXICON) expect(split.has(concept), concept.id).toBe(true);
    // Every rule once, and the level and region words once (in the first page set).
    expect(split.size).toBe(sets.reduce((n, rules) => n + rules.concepts.length, 0));
    expect(split.size).toBe(LEXICON.length + 2);
    expect(PAGE_RULES[0]?.concepts.some((concept) => concept.id === 'level')).toBe(true);
    expect(PAGE_RULES.length).toBeGreaterThan(1);
    expect(CASE_RULES.length).toBeGreaterThan(0);
  });

  it(`give the hits of one expression of every rule (${texts.length} corpus texts, ${rows.length} of ${allRows.length} probe rows)`, () => {
    for (const text of [...texts, ...rows]) {
      expect(hits(pageReader(text))).toEqual(hits(new TermReader(text, ALL_PAGE)));
      expect(hits(caseReader(text))).toEqual(hits(new TermReader(text, ALL)));
    }
    // Thousands of texts read four times: seconds on a busy machine, so no default 5 s limit (this is no speed test).
  }, 120_000);

  it('leave the page its own rules: no case rule is read by the page reader', () => {
    const text = 'Known L1 fracture; further collapse of L1 and back pain at the cemented level. MRI pending.';
    const page = hits(pageReader(text));
    expect(page.some((hit) => /pain|mri|worsening|treated/.test(hit))).toBe(false);
    expect(hits(caseReader(text)).some((hit) => hit.endsWith(' worsening'))).toBe(true);
  });
});
