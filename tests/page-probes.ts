/**
 * Functions the e2e tests run inside a report page, in Chromium (Playwright) and Firefox (Puppeteer)
 * alike: each uses only its one argument, because the drivers send the source, not the closure. The
 * highlight registry and adopted sheets are shared with the page, so the page's own world can read them.
 */

/** One finding as the panel lists it (what the baselines hold). */
export interface Listed {
  text: string;
  category: string;
  assertion: string;
}

/** The content script's answer to findings/list and to the highlight/* messages. */
export interface Reply {
  enabled: boolean;
  findings: (Listed & { index: number })[];
}

/** `name:text` of every range under a vcf-lens highlight but the flash, sorted; `frame`: the first iframe's. */
export function paintedTexts(frame: boolean): string[] {
  const target = frame ? (document.querySelector('iframe')?.contentWindow as Window & typeof globalThis) : window;
  const texts: string[] = [];
  for (const [name, highlight] of target.CSS.highlights) {
    if (!name.startsWith('vcf-lens-') || name === 'vcf-lens-flash') continue;
    for (const range of highlight as Highlight) {
      const live = target.document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      texts.push(`${name}:${live.toString()}`);
    }
  }
  return texts.sort();
}

/** The words of every registered highlight's ranges, by highlight name. */
export function highlightTexts(): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    texts[name] = [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  }
  return texts;
}

export interface Within {
  /** A shadow host's selector: look in its shadow root. */
  host?: string;
  /** Look in the first iframe's document. */
  frame?: boolean;
}

/**
 * The background a highlight gives the text of the last element matching `selector`, in the page, in the
 * shadow root of `within.host`, or in the first iframe's document: what the cascade resolves there.
 */
export function highlightBackground({ name, selector, within }: { name: string; selector: string; within: Within }) {
  const view = within.frame ? (document.querySelector('iframe')?.contentWindow as Window & typeof globalThis) : window;
  const root = within.host ? view.document.querySelector(within.host)?.shadowRoot : view.document;
  const element = [...(root?.querySelectorAll(selector) ?? [])].at(-1);
  return element ? view.getComputedStyle(element, `::highlight(${name})`).backgroundColor : 'no element';
}

/** The CSS text of every rule in the page's adopted stylesheets. */
export function adoptedRules(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
}
