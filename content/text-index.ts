/**
 * The page's text as blocks: every text node belongs to its nearest block-level ancestor, and a block's
 * text is its nodes concatenated, so a term split across inline nodes ("compression <b>fracture</b>")
 * reads as one string. Offsets into a block's text map back to (node, offset) for painting.
 */

export interface Block {
  element: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`; a '\n' stands between nodes a <br> or nested block separates. */
  starts: number[];
  text: string;
  /** Which HTML elements end the previous run, so the next run starts after a line break. */
  boundary: number;
}

/** Elements whose text is never report text, or that a user edits: skipped with their whole subtree. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'canvas',
  'object',
  'embed',
  'head',
  'title',
]);

/** Elements that flow inside a line; any other element (custom ones too) starts a block of its own. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * The only elements a shadow root can be attached to, besides custom elements (DOM standard): asking
 * any other element for its shadow root is a call into the browser per element for nothing.
 */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

const NON_SPACE = /\S/;

export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Most report elements carry no attributes at all: one call answers for the three checks below.
  return element.hasAttributes() && isHiddenOrEditable(element);
}

function isHiddenOrEditable(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** The block a node's text belongs to: its nearest non-inline ancestor, or the shadow host above a bare shadow root. */
export function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  let last: Node = node;
  while (element && isInline(element)) {
    last = element;
    element = element.parentElement;
  }
  if (element) return element;
  // A fragment (node type 11) with a host is a shadow root; checked by shape, frames have their own ShadowRoot.
  const root = last.getRootNode() as Partial<ShadowRoot>;
  return root.nodeType === 11 ? (root.host ?? null) : null;
}

/** Where a block offset lies in the DOM. `preferEnd` picks the end of a node over the start of the next one. */
export function locate(block: Block, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low] as Text;
  const local = Math.min(Math.max(offset - (starts[low] as number), 0), node.data.length);
  return { node, offset: local };
}

/** What one walk found besides blocks: the shadow roots and frame documents the observer must watch too. */
export interface IndexSinks {
  block(block: Block): void;
  root(root: ShadowRoot | Document): void;
  frame(frame: HTMLIFrameElement): void;
}

/** One walker and the node it resumes at: undefined asks the walker, null means it is exhausted. */
interface Cursor {
  walker: TreeWalker;
  next: Node | null | undefined;
}

/**
 * A resumable walk over a subtree: `step(deadline)` indexes until the deadline and says whether it
 * finished, so the caller can yield to the page between slices.
 */
export class TextWalk {
  private readonly walkers: Cursor[] = [];
  private readonly blocks = new Map<Element, Block>();
  private boundaries = 0;
  private lastParent: Element | null = null;
  private lastBlock: Block | null = null;
  textNodes = 0;

  constructor(
    root: Node,
    private readonly sinks: IndexSinks,
  ) {
    this.push(root);
  }

  /**
   * Walks until `deadline` (performance.now()) or until `enough()` says so (asked every 64 nodes, as the
   * clock is); true when the whole subtree is indexed.
   */
  step(deadline: number, enough: () => boolean = () => false): boolean {
    let budget = 0;
    while (this.walkers.length > 0) {
      const top = this.walkers[this.walkers.length - 1] as Cursor;
      const { walker } = top;
      let node = top.next === undefined ? walker.nextNode() : top.next;
      top.next = undefined;
      while (node) {
        if (++budget % 64 === 0 && (performance.now() > deadline || enough())) {
          top.next = node;
          return false;
        }
        if (node.nodeType === 3) {
          this.addText(node as Text);
          node = walker.nextNode();
          continue;
        }
        const element = node as Element;
        const name = element.localName;
        if (SKIPPED.has(name) || (element.hasAttributes() && isHiddenOrEditable(element))) {
          node = nextOutside(walker);
          continue;
        }
        if (!INLINE.has(name)) this.boundaries++;
        if (name === 'iframe' && this.enterFrame(element as HTMLIFrameElement)) {
          // The frame's document comes next; the iframe's own children are fallback text, never shown.
          top.next = nextOutside(walker);
          break;
        }
        if ((SHADOW_HOSTS.has(name) || name.includes('-')) && element.shadowRoot) {
          // Shadow content renders in place of the host's children: index it first.
          this.sinks.root(element.shadowRoot);
          this.push(element.shadowRoot);
          break;
        }
        node = walker.nextNode();
      }
      if (!node) this.walkers.pop();
    }
    return true;
  }

  private push(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    this.walkers.push({ walker: doc.createTreeWalker(root, 0x1 | 0x4), next: undefined });
  }

  private enterFrame(frame: HTMLIFrameElement): boolean {
    this.sinks.frame(frame);
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (!doc?.body) return false;
    this.sinks.root(doc);
    this.push(doc.body);
    return true;
  }

  private addText(node: Text): void {
    this.textNodes++;
    const parent = node.parentElement;
    let block = parent !== null && parent === this.lastParent ? this.lastBlock : null;
    if (!block) {
      const element = blockOf(node);
      if (!element) return;
      block = this.blocks.get(element) ?? null;
      if (!block) {
        // Blank text between blocks (indentation) starts no block.
        if (!NON_SPACE.test(node.data)) return;
        block = { element, nodes: [], starts: [], text: '', boundary: this.boundaries };
        this.blocks.set(element, block);
        this.sinks.block(block);
      }
      this.lastParent = parent;
      this.lastBlock = block;
    }
    if (block.boundary !== this.boundaries && block.nodes.length > 0) block.text += '\n';
    block.boundary = this.boundaries;
    block.starts.push(block.text.length);
    block.nodes.push(node);
    block.text += node.data;
  }
}

/** The next node after `walker.currentNode`'s subtree, or null at the end of the walk. */
function nextOutside(walker: TreeWalker): Node | null {
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  while (walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}

/** Indexes a whole subtree in one go (tests, small subtrees). */
export function indexSubtree(root: Node): Block[] {
  const blocks: Block[] = [];
  const walk = new TextWalk(root, { block: (block) => blocks.push(block), root: () => {}, frame: () => {} });
  walk.step(Number.POSITIVE_INFINITY);
  return blocks;
}
