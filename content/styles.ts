/**
 * Puts the highlight rules where the page's ranges can use them. A registered content script brings
 * them at document_start (report.css); on demand they are adopted as a constructed stylesheet: no
 * <style> element, so no DOM mutation, and one style recalc. Shadow roots always need their own copy:
 * document rules do not match inside them.
 */

type Realm = Window & typeof globalThis;

export class Styles {
  private readonly sheets = new Map<Window, CSSStyleSheet>();
  private readonly adopted = new Set<Document | ShadowRoot>();

  constructor(private readonly css: string) {}

  /** Makes sure `root` has the rules; true when it had to add them. */
  ensure(root: Document | ShadowRoot): boolean {
    if (this.adopted.has(root)) return false;
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const realm = doc.defaultView as Realm | null;
    if (!realm) return false;
    if (root === doc && realm.getComputedStyle(doc.documentElement).getPropertyValue('--vcf-lens-styles').trim()) {
      return false;
    }
    let sheet = this.sheets.get(realm);
    if (!sheet) {
      sheet = new realm.CSSStyleSheet();
      sheet.replaceSync(this.css);
      this.sheets.set(realm, sheet);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.adopted.add(root);
    return true;
  }

  dispose(): void {
    for (const root of this.adopted) {
      const ours = new Set(this.sheets.values());
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => !ours.has(sheet));
    }
    this.adopted.clear();
  }
}
