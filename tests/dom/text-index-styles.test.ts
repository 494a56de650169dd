// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decorationRules, highlightRules, MARKER, reportCss } from '@/content/highlight-rules';
import { DEFAULT_COLOURS } from '@/logic/storage';
import { CATEGORIES } from '@/logic/terms/mention';

/** The ::highlight() rules of a stylesheet, one string each, whatever the formatting. */
function rules(css: string): string[] {
  return css
    .split('}')
    .map((rule) => rule.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim())
    .filter((rule) => rule.includes('::highlight('));
}

describe('highlight styles', () => {
  it('report.css is the marker and the default-colour rules, scoped to the root (unscoped for Firefox)', () => {
    const chrome = reportCss(':root');
    expect(chrome).toContain(`:root { ${MARKER}: 1; }`);
    expect(rules(chrome)).toEqual(rules(highlightRules(DEFAULT_COLOURS, ':root')));
    expect(rules(chrome)).toHaveLength(CATEGORIES.length + 3);
    expect(rules(chrome).every((rule) => rule.startsWith(':root::highlight(vcf-lens-'))).toBe(true);
    expect(rules(reportCss('')).every((rule) => rule.startsWith('::highlight(vcf-lens-'))).toBe(true);
  });

  it('a shadow root gets the rules scoped to its host', () => {
    expect(rules(highlightRules(DEFAULT_COLOURS, ':host')).every((rule) => rule.startsWith(':host::highlight('))).toBe(
      true,
    );
  });

  it('colours are literal: no ::highlight() rule reads a custom property (it costs every changing frame)', () => {
    expect(highlightRules(DEFAULT_COLOURS, ':root')).not.toContain('var(');
  });

  it("the user's colours go into every category's rule", () => {
    const colours = { ...DEFAULT_COLOURS, fracture: '#112233', trauma: '#ABCDEF' };
    const css = highlightRules(colours, ':root');
    expect(css).toContain(':root::highlight(vcf-lens-fracture) { background-color: rgb(17 34 51 / 0.35); }');
    expect(css).toContain(':root::highlight(vcf-lens-trauma) { background-color: rgb(171 205 239 / 0.35); }');
    for (const category of CATEGORIES) expect(css).toContain(`:root::highlight(vcf-lens-${category})`);
  });

  it('base rules have no text-decoration (overflow work on every highlight change); decorations are separate', () => {
    expect(reportCss(':root')).not.toContain('text-decoration');
    expect(rules(decorationRules(':root')).map((rule) => rule.split(' ')[0])).toEqual([
      ':root::highlight(vcf-lens-uncertain)',
      ':root::highlight(vcf-lens-negated)',
    ]);
  });
});
