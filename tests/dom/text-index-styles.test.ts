// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECORATIONS, highlightRules, MARKER } from '@/content/styles';
import { DEFAULT_COLOURS } from '@/logic/storage';
import { CATEGORIES } from '@/logic/terms/mention';

/** The ::highlight() rules of a stylesheet, one string each, whatever the formatting. */
function rules(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((rule) => rule.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim())
    .filter((rule) => rule.startsWith('::highlight('));
}

describe('highlight styles', () => {
  const file = readFileSync('content/highlight.css', 'utf8');

  it('report.css holds the same rules the content script adopts for the default colours', () => {
    expect(rules(file)).toEqual(rules(highlightRules(DEFAULT_COLOURS)));
    expect(rules(file)).toHaveLength(CATEGORIES.length + 3);
    expect(file).toContain(`${MARKER}: 1;`);
  });

  it('colours are literal: no ::highlight() rule reads a custom property (it costs every changing frame)', () => {
    expect(rules(file).join('\n')).not.toContain('var(');
    expect(highlightRules(DEFAULT_COLOURS)).not.toContain('var(');
  });

  it("the user's colours go into every category's rule", () => {
    const colours = { ...DEFAULT_COLOURS, fracture: '#112233', trauma: '#ABCDEF' };
    const css = highlightRules(colours);
    expect(css).toContain('::highlight(vcf-lens-fracture) { background-color: rgb(17 34 51 / 0.35); }');
    expect(css).toContain('::highlight(vcf-lens-trauma) { background-color: rgb(171 205 239 / 0.35); }');
    for (const category of CATEGORIES) expect(css).toContain(`::highlight(vcf-lens-${category})`);
  });

  it('base rules have no text-decoration (overflow work on every highlight change); decorations are separate', () => {
    expect(rules(file).join('\n')).not.toContain('text-decoration');
    expect(highlightRules(DEFAULT_COLOURS)).not.toContain('text-decoration');
    expect(rules(DECORATIONS).map((rule) => rule.split(' ')[0])).toEqual([
      '::highlight(vcf-lens-uncertain)',
      '::highlight(vcf-lens-negated)',
    ]);
  });
});
