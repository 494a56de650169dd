/**
 * The highlight style rules, one source for both places they are used: report.css, made from them at
 * build time for the registered script (wxt.config.ts), and the sheets the content script adopts.
 * Relative imports only: the build config loads this file as it is.
 *
 * Each rule is scoped to the root (`:root::highlight(…)`, `:host::highlight(…)` in a shadow root) and
 * reaches every element by highlight inheritance, which Chrome applies to custom highlights: measured
 * in Chromium 156 on a 2 MB page, unscoped `::highlight(…)` rules (one set per element) added ~6 ms of
 * pre-paint to every frame in which the page changed anything, and doubled the one style recalc of an
 * on-demand injection; scoped, they cost nothing measurable. Firefox does not carry custom highlight
 * styles down from the root: measured in Firefox ESR 153, a `:root::highlight(…)` rule (`:host` in a
 * shadow root) neither resolves (getComputedStyle) nor paints on a td, li, inline b, shadow-root p or
 * framed p, where an unscoped rule does both (tests/e2e-firefox/highlight.test.ts keeps measuring it).
 * So the Firefox build keeps the unscoped rules (`scope` ''): scoped ones would paint nothing there.
 *
 * Colours are literal, not var(): rules that read custom properties added ~10 ms of pre-paint per
 * changing frame in the same measurement. The base rules have no text-decoration either: Chrome treats
 * a decorated highlight as visual overflow and, whenever highlight markers are rebuilt (any DOM change,
 * any range added or removed), recomputes overflow up the tree, in proportion to the page (~54 ms per
 * scroll frame on an 8 MB page). Underlines and strike-throughs (uncertain, negated) are in
 * decorationRules, which the script adds only on pages small enough for that to be cheap.
 */
import { DEFAULT_COLOURS } from '../logic/storage';
import { CATEGORIES, type Category } from '../logic/terms/mention';

export type Colours = Readonly<Record<Category, string>>;

/** What the rules are written for: the document's root, a shadow root's host, or every element (Firefox). */
export type Scope = ':root' | ':host' | '';

/** Set on :root by report.css: its rules are already in the page. */
export const MARKER = '--vcf-lens-styles';

/** Every highlight the extension registers is named with this prefix, and only those. */
export const HIGHLIGHT_PREFIX = 'vcf-lens-';

/** The registry name of one of our highlights: a category, 'negated', 'uncertain' or 'flash'. */
export function highlightName(name: string): string {
  return `${HIGHLIGHT_PREFIX}${name}`;
}

/** The rules' background strength per category (the only cue on big pages): light colours need more. */
const ALPHA: Record<Category, number> = {
  fracture: 0.35,
  level: 0.3,
  intervention: 0.3,
  acuity: 0.35,
  malignancy: 0.35,
  neurologic: 0.35,
  'bone-health': 0.45,
  trauma: 0.35,
};

function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/** The highlight rules for these colours. */
export function highlightRules(colours: Colours, scope: Scope): string {
  const rule = (name: string, style: string) => `${scope}::highlight(${highlightName(name)}) { ${style} }`;
  return [
    ...CATEGORIES.map((category) => rule(category, `background-color: ${rgba(colours[category], ALPHA[category])};`)),
    // Painted over the category colour (higher priority): a paler tint reads as "possible, not certain".
    rule('uncertain', 'background-color: rgb(255 255 255 / 0.5);'),
    // Not a finding: muted text on a faint grey, so it reads as "looked for, absent".
    rule('negated', 'color: #5f6b76; background-color: rgb(107 117 128 / 0.15);'),
    rule('flash', 'background-color: #ffe500; color: #000000;'),
  ].join('\n');
}

/** Line cues on top of the colours, for pages where decorated highlights stay cheap (see above). */
export function decorationRules(scope: Scope): string {
  return [
    `${scope}::highlight(${highlightName('uncertain')}) { text-decoration: underline dashed 2px currentColor; }`,
    `${scope}::highlight(${highlightName('negated')}) { text-decoration: line-through dotted 1px #5f6b76; }`,
  ].join('\n');
}

/** report.css: the marker and the rules for the default colours, for the document of a page. */
export function reportCss(scope: Scope): string {
  return `:root { ${MARKER}: 1; }\n${highlightRules(DEFAULT_COLOURS, scope)}\n`;
}
