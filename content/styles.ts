import { CATEGORIES, type Category } from '@/logic/terms/mention';

/**
 * Puts the highlight rules where the page's ranges can use them. A registered content script brings
 * them at document_start (report.css, the default colours); otherwise, or when the user chose other
 * colours, they are adopted as a constructed stylesheet: no <style> element, so no DOM mutation, and
 * one style recalc. Shadow roots always need their own copy: document rules do not match inside them.
 *
 * Colours are written into the rules as literal values, not as var(): measured in Chromium 156 on a
 * 2 MB page, ::highlight() rules that read custom properties add ~10 ms of pre-paint to every frame in
 * which the page changes anything; the same rules with literal colours cost nothing measurable.
 *
 * The base rules have no text-decoration either: Chrome treats a decorated highlight as visual overflow
 * and, whenever highlight markers are rebuilt (any DOM change, any range added or removed, so every
 * scroll step that paints new blocks), recomputes overflow up the tree, which costs in proportion to the
 * page (~54 ms per scroll frame on an 8 MB page, against ~0 without). Underlines and strike-throughs
 * (uncertain, negated) are added by DECORATIONS only on pages small enough for that to be cheap.
 */

type Realm = Window & typeof globalThis;
export type Colours = Readonly<Record<Category, string>>;

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

/** Set on :root by report.css: its rules are already in the page. */
export const MARKER = '--vcf-lens-styles';

function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/** The ::highlight() rules for these colours (report.css is this for the default colours, plus the marker). */
export function highlightRules(colours: Colours): string {
  const rules = CATEGORIES.map(
    (category) =>
      `::highlight(vcf-lens-${category}) { background-color: ${rgba(colours[category], ALPHA[category])}; }`,
  );
  rules.push(
    // Painted over the category colour (higher priority): a paler tint reads as "possible, not certain".
    '::highlight(vcf-lens-uncertain) { background-color: rgb(255 255 255 / 0.5); }',
    // Not a finding: muted text on a faint grey, so it reads as "looked for, absent".
    '::highlight(vcf-lens-negated) { color: #5f6b76; background-color: rgb(107 117 128 / 0.15); }',
    '::highlight(vcf-lens-flash) { background-color: #ffe500; color: #000000; }',
  );
  return rules.join('\n');
}

/** Line cues on top of the colours, for pages where decorated highlights stay cheap (see above). */
export const DECORATIONS = [
  '::highlight(vcf-lens-uncertain) { text-decoration: underline dashed 2px currentColor; }',
  '::highlight(vcf-lens-negated) { text-decoration: line-through dotted 1px #5f6b76; }',
].join('\n');

function sameColours(a: Colours, b: Colours): boolean {
  return CATEGORIES.every((category) => a[category].toLowerCase() === b[category].toLowerCase());
}

export class Styles {
  private readonly sheets = new Map<Window, CSSStyleSheet>();
  private readonly decorationSheets = new Map<Window, CSSStyleSheet>();
  /** Every root the rules reach, adopted or registered: decorations go to all of them. */
  private readonly roots = new Set<Document | ShadowRoot>();
  private decorated = false;
  private readonly adopted = new Set<Document | ShadowRoot>();
  /** Documents whose registered report.css already has the rules for the default colours. */
  private readonly registered = new Set<Document>();
  private colours: Colours;
  private css: string;

  constructor(
    private readonly defaults: Colours,
    colours: Colours = defaults,
  ) {
    this.colours = colours;
    this.css = highlightRules(colours);
  }

  /** Makes sure `root` has the rules; true when it had to add them. */
  ensure(root: Document | ShadowRoot): boolean {
    if (this.adopted.has(root)) return false;
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const realm = doc.defaultView as Realm | null;
    if (!realm) return false;
    if (!this.roots.has(root)) {
      this.roots.add(root);
      if (this.decorated) this.adopt(root, this.decorationSheet(realm));
    }
    if (root === doc && (this.registered.has(doc) || this.hasReportCss(doc, realm))) {
      this.registered.add(doc);
      // report.css has the default colours: only other colours need a sheet of their own.
      if (sameColours(this.colours, this.defaults)) return false;
    }
    this.adopt(root, this.sheet(realm));
    this.adopted.add(root);
    return true;
  }

  /** Adds or removes the line cues (DECORATIONS) everywhere the rules are. */
  decorate(on: boolean): void {
    if (on === this.decorated) return;
    this.decorated = on;
    for (const root of this.roots) {
      const realm = (root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document)).defaultView;
      if (!realm) continue;
      const sheet = this.decorationSheet(realm as Realm);
      if (on) this.adopt(root, sheet);
      else root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  }

  /** New colours: one rewrite of each adopted sheet (a style recalc, as any colour change pays). */
  setColours(colours: Colours): void {
    if (sameColours(colours, this.colours)) return;
    this.colours = colours;
    this.css = highlightRules(colours);
    for (const sheet of this.sheets.values()) sheet.replaceSync(this.css);
    // Documents that had report.css alone need a sheet now (a no-op for those that have one).
    for (const doc of this.registered) this.ensure(doc);
  }

  dispose(): void {
    const ours = new Set([...this.sheets.values(), ...this.decorationSheets.values()]);
    for (const root of this.roots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => !ours.has(sheet));
    }
    this.adopted.clear();
    this.registered.clear();
    this.roots.clear();
  }

  private adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private decorationSheet(realm: Realm): CSSStyleSheet {
    let sheet = this.decorationSheets.get(realm);
    if (!sheet) {
      sheet = new realm.CSSStyleSheet();
      sheet.replaceSync(DECORATIONS);
      this.decorationSheets.set(realm, sheet);
    }
    return sheet;
  }

  private hasReportCss(doc: Document, realm: Realm): boolean {
    const root = doc.documentElement;
    return root !== null && realm.getComputedStyle(root).getPropertyValue(MARKER).trim() !== '';
  }

  private sheet(realm: Realm): CSSStyleSheet {
    let sheet = this.sheets.get(realm);
    if (!sheet) {
      sheet = new realm.CSSStyleSheet();
      sheet.replaceSync(this.css);
      this.sheets.set(realm, sheet);
    }
    return sheet;
  }
}
