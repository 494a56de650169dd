// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { reduceMutations } from '@/content/dirty';
import { type Block, indexSubtree, locate, TextWalk } from '@/content/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function texts(blocks: Block[]): string[] {
  return blocks.map((block) => block.text.trim());
}

/** The DOM text a block offset range covers, read back through locate(). */
function slice(block: Block, start: number, end: number): string {
  const from = locate(block, start);
  const to = locate(block, end, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.toString();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text index', () => {
  it('groups text nodes by block and joins inline runs, so split terms read as one', () => {
    const blocks = indexSubtree(
      page('<p>Acute compression <b>frac</b><i>ture</i> of <span>T11</span>.</p><p>Second.</p>'),
    );
    expect(texts(blocks)).toEqual(['Acute compression fracture of T11.', 'Second.']);
    const [first] = blocks as [Block];
    const start = first.text.indexOf('compression fracture');
    expect(slice(first, start, start + 'compression fracture'.length)).toBe('compression fracture');
  });

  it('maps offsets at node boundaries to the end of the left node or the start of the right one', () => {
    const [block] = indexSubtree(page('<p>ab<b>cd</b>ef</p>')) as [Block];
    expect(locate(block, 2)).toMatchObject({ node: block.nodes[1], offset: 0 });
    expect(locate(block, 2, true)).toMatchObject({ node: block.nodes[0], offset: 2 });
    expect(locate(block, 6, true)).toMatchObject({ node: block.nodes[2], offset: 2 });
  });

  it('breaks lines at <br> and nested blocks, so words across them do not join', () => {
    const [outer] = indexSubtree(page('<div>compression<br>fracture<p>inner</p>tail</div>')) as [Block];
    expect(outer.text).toBe('compression\nfracture\ntail');
    expect(slice(outer, outer.text.indexOf('tail'), outer.text.length)).toBe('tail');
  });

  it('skips scripts, styles, form fields, editable regions and hidden subtrees', () => {
    const blocks = indexSubtree(
      page(`<p>kept fracture</p>
        <script>var fracture = 1;</script><style>.fracture{}</style><noscript>fracture</noscript>
        <textarea>fracture</textarea><select><option>fracture</option></select><input value="fracture">
        <div contenteditable="true"><p>typed fracture</p></div><div contenteditable="false">shown</div>
        <div hidden><p>hidden fracture</p></div><div style="display: none">none fracture</div>`),
    );
    expect(texts(blocks)).toEqual(['kept fracture', 'shown']);
  });

  it('takes table cells and list items as blocks of their own', () => {
    const blocks = indexSubtree(
      page('<table><tr><td>T11</td><td>compression fracture</td></tr></table><ul><li>one</li><li>two</li></ul>'),
    );
    expect(texts(blocks)).toEqual(['T11', 'compression fracture', 'one', 'two']);
  });

  it('indexes open shadow roots, blocks there under their host', () => {
    const host = page('<p>light</p><x-report></x-report>').querySelector('x-report') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>shadow <b>fracture</b></p>bare text';
    const blocks = indexSubtree(document.body);
    expect(texts(blocks)).toEqual(['light', 'shadow fracture', 'bare text']);
    expect(blocks[2]?.element).toBe(host);
  });

  it('resumes a walk across slices without losing or repeating text', () => {
    const html = Array.from({ length: 600 }, (_, i) => `<p>line ${i} <b>x</b></p>`).join('');
    const found: Block[] = [];
    const walk = new TextWalk(page(html), { block: (block) => found.push(block), root: () => {}, frame: () => {} });
    let slices = 0;
    while (!walk.step(-1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(found).toHaveLength(600);
    expect(found[599]?.text).toBe('line 599 x');
  });
});

describe('mutation reduction', () => {
  it('reduces text edits and insertions to the blocks they touch', async () => {
    page('<div id="report"><p id="a">one <b>two</b></p><p id="b">three</p></div>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    (document.querySelector('#a b')?.firstChild as Text).data = 'changed';
    document.querySelector('#report')?.append(Object.assign(document.createElement('p'), { textContent: 'new' }));
    document.querySelector('#b')?.append(document.createTextNode('   '));
    await Promise.resolve();
    observer.disconnect();
    const dirty = reduceMutations(records);
    expect(dirty.full).toBe(false);
    expect([...dirty.roots].map((root) => root.id || root.textContent)).toEqual(['a', 'new']);
  });
});
