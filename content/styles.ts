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
 */

type Realm = Window & typeof globalThis;
export type Colours = Readonly<Record<Category, string>>;

/** The rules' background strength per category: light colours need more to be seen. */
const ALPHA: Record<Category, number> = {
  fracture: 0.3,
  level: 0.25,
  intervention: 0.25,
  acuity: 0.3,
  malignancy: 0.3,
  neurologic: 0.3,
  'bone-health': 0.4,
  trauma: 0.3,
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
      `::highlight(vcf-lens-${category}) { background-color: ${rgba(colours[category], ALPHA[category])}; ` +
      `text-decoration: underline 2px ${colours[category].toLowerCase()}; }`,
  );
  rules.push(
    '::highlight(vcf-lens-uncertain) { text-decoration: underline dashed 2px currentColor; }',
    '::highlight(vcf-lens-negated) { color: #6b7580; text-decoration: line-through dotted 1px #6b7580; }',
    '::highlight(vcf-lens-flash) { background-color: #ffe500; color: #000000; }',
  );
  return rules.join('\n');
}

function sameColours(a: Colours, b: Colours): boolean {
  return CATEGORIES.every((category) => a[category].toLowerCase() === b[category].toLowerCase());
}

export class Styles {
  private readonly sheets = new Map<Window, CSSStyleSheet>();
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
    if (root === doc && (this.registered.has(doc) || this.hasReportCss(doc, realm))) {
      this.registered.add(doc);
      // report.css has the default colours: only other colours need a sheet of their own.
      if (sameColours(this.colours, this.defaults)) return false;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet(realm)];
    this.adopted.add(root);
    return true;
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
    const ours = new Set(this.sheets.values());
    for (const root of this.adopted) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => !ours.has(sheet));
    }
    this.adopted.clear();
    this.registered.clear();
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
