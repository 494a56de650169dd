import { CATEGORIES } from '@/logic/terms/mention';
import { type Colours, decorationRules, highlightRules, MARKER, type Scope } from './highlight-rules';

/**
 * Puts the highlight rules (content/highlight-rules.ts) where the page's ranges can use them. A
 * registered content script brings them at document_start (report.css, the default colours); otherwise,
 * or when the user chose other colours, they are adopted as a constructed stylesheet: no <style>
 * element, so no DOM mutation, and one style recalc. A shadow root gets its own copy, scoped to its host.
 */

type Realm = Window & typeof globalThis;

/** The scope of the rules in a root: see highlight-rules.ts for why Firefox gets unscoped ones. */
function scopeOf(root: Document | ShadowRoot): Scope {
  if (import.meta.env.FIREFOX) return '';
  return root.nodeType === 9 ? ':root' : ':host';
}

interface OwnSheet {
  realm: Realm;
  scope: Scope;
  sheet: CSSStyleSheet;
}

/** The sheet of `sheets` for this realm and scope, made with `css()` the first time. */
function sheetFor(sheets: OwnSheet[], realm: Realm, scope: Scope, css: () => string): CSSStyleSheet {
  const known = sheets.find((own) => own.realm === realm && own.scope === scope);
  if (known) return known.sheet;
  const sheet = new realm.CSSStyleSheet();
  sheet.replaceSync(css());
  sheets.push({ realm, scope, sheet });
  return sheet;
}

function sameColours(a: Colours, b: Colours): boolean {
  return CATEGORIES.every((category) => a[category].toLowerCase() === b[category].toLowerCase());
}

export class Styles {
  /** One sheet per realm and scope (a frame has its own constructors; shadow roots their own scope). */
  private readonly sheets: OwnSheet[] = [];
  private readonly decorationSheets: OwnSheet[] = [];
  /** Every root the rules reach, adopted or registered: decorations go to all of them. */
  private readonly roots = new Set<Document | ShadowRoot>();
  private decorated = false;
  private readonly adopted = new Set<Document | ShadowRoot>();
  /** Documents whose registered report.css already has the rules for the default colours. */
  private readonly registered = new Set<Document>();
  private colours: Colours;

  constructor(
    private readonly defaults: Colours,
    colours: Colours = defaults,
  ) {
    this.colours = colours;
  }

  /** Makes sure `root` has the rules; true when it had to add them. */
  ensure(root: Document | ShadowRoot): boolean {
    if (this.adopted.has(root)) return false;
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const realm = doc.defaultView as Realm | null;
    if (!realm) return false;
    if (!this.roots.has(root)) {
      this.roots.add(root);
      if (this.decorated) this.adopt(root, this.decorationSheet(realm, scopeOf(root)));
    }
    if (root === doc && (this.registered.has(doc) || this.hasReportCss(doc, realm))) {
      this.registered.add(doc);
      // report.css has the default colours: only other colours need a sheet of their own.
      if (sameColours(this.colours, this.defaults)) return false;
    }
    this.adopt(root, this.sheet(realm, scopeOf(root)));
    this.adopted.add(root);
    return true;
  }

  /** Adds or removes the line cues (decorationRules) everywhere the rules are. */
  decorate(on: boolean): void {
    if (on === this.decorated) return;
    this.decorated = on;
    for (const root of this.roots) {
      const realm = (root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document)).defaultView;
      if (!realm) continue;
      const sheet = this.decorationSheet(realm as Realm, scopeOf(root));
      if (on) this.adopt(root, sheet);
      else withdraw(root, [sheet]);
    }
  }

  /** New colours: one rewrite of each adopted sheet (a style recalc, as any colour change pays). */
  setColours(colours: Colours): void {
    if (sameColours(colours, this.colours)) return;
    this.colours = colours;
    for (const { scope, sheet } of this.sheets) sheet.replaceSync(highlightRules(colours, scope));
    // Documents that had report.css alone need a sheet now (a no-op for those that have one).
    for (const doc of this.registered) this.ensure(doc);
  }

  dispose(): void {
    const ours = [...this.sheets, ...this.decorationSheets].map(({ sheet }) => sheet);
    for (const root of this.roots) withdraw(root, ours);
    this.adopted.clear();
    this.registered.clear();
    this.roots.clear();
  }

  private adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
    const adopted = adoptedList(root);
    if (!adopted.includes(sheet)) adopted.push(sheet);
  }

  private decorationSheet(realm: Realm, scope: Scope): CSSStyleSheet {
    return sheetFor(this.decorationSheets, realm, scope, () => decorationRules(scope));
  }

  private hasReportCss(doc: Document, realm: Realm): boolean {
    const root = doc.documentElement;
    return root !== null && realm.getComputedStyle(root).getPropertyValue(MARKER).trim() !== '';
  }

  private sheet(realm: Realm, scope: Scope): CSSStyleSheet {
    return sheetFor(this.sheets, realm, scope, () => highlightRules(this.colours, scope));
  }
}

/**
 * A root's list of adopted sheets, changed in place (push, splice), never replaced. Firefox (140) gives a content
 * script the page's list through an Xray wrapper that throws on any read of it ("Accessing from Xray wrapper is
 * not supported"), so there the list is the page's own, through `wrappedJSObject`; our sheets were made with the
 * page's constructor, so they are the page's objects and its list takes them. At worst a page that rewrote Array's
 * methods misplaces our colours; it gets nothing of ours it could not read on screen.
 */
function adoptedList(root: Document | ShadowRoot): CSSStyleSheet[] {
  const own = (root as { wrappedJSObject?: Document | ShadowRoot }).wrappedJSObject ?? root;
  return own.adoptedStyleSheets;
}

/** Takes `sheets` out of a root's list, leaving the page's own. */
function withdraw(root: Document | ShadowRoot, sheets: CSSStyleSheet[]): void {
  const adopted = adoptedList(root);
  for (const sheet of sheets) {
    const at = adopted.indexOf(sheet);
    if (at >= 0) adopted.splice(at, 1);
  }
}
