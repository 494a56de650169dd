import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '@/logic/terms/lexicon';
import {
  CASE_RULES,
  CaseReader,
  type HitReader,
  Matcher,
  PAGE_RULES,
  rulesOf,
  TermReader,
} from '@/logic/terms/matcher';

/**
 * The case rules are an expression of their own (matcher.ts): read together with the page's, they must
 * give the hits one expression of every rule gives. The reference is that one expression, built without
 * the size check it would fail, on every corpus text and every probe row.
 */
const ALL = new Matcher(rulesOf(LEXICON, true), (pattern) => pattern);

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
const rows = readdirSync(PROBES).flatMap((name) =>
  (JSON.parse(readFileSync(join(PROBES, name), 'utf8')) as [string][]).map(([text]) => text),
);

describe('the case rules read beside the page rules', () => {
  it('split the lexicon: every rule is in exactly one expression', () => {
    const split = new Set([...PAGE_RULES.concepts, ...CASE_RULES.flatMap((rules) => rules.concepts)]);
    for (const concept of LEXICON) expect(split.has(concept), concept.id).toBe(true);
    expect(split.size).toBe(PAGE_RULES.concepts.length + CASE_RULES.reduce((n, rules) => n + rules.concepts.length, 0));
    expect(CASE_RULES.length).toBeGreaterThan(0);
  });

  it(`give the hits of one expression of every rule (${texts.length} corpus texts, ${rows.length} probe rows)`, () => {
    for (const text of [...texts, ...rows]) expect(hits(new CaseReader(text))).toEqual(hits(new TermReader(text, ALL)));
    // Thousands of texts read twice: seconds on a busy machine, so no default 5 s limit (this is no speed test).
  }, 60_000);

  it('leave the page its own rules: no case rule is read by the page reader', () => {
    const text = 'Known L1 fracture; further collapse of L1 and back pain at the cemented level. MRI pending.';
    const page = hits(new TermReader(text));
    expect(page.some((hit) => /pain|mri|worsening|treated/.test(hit))).toBe(false);
    expect(hits(new CaseReader(text)).some((hit) => hit.endsWith(' worsening'))).toBe(true);
  });
});
