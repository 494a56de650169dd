// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageReader } from '@/content/page-reader';
import { indexSubtree } from '@/content/text-index';

afterEach(() => {
  document.body.innerHTML = '';
});

function reader(html: string, hidden: (text: string) => boolean = () => false) {
  document.body.innerHTML = html;
  const blocks = indexSubtree(document.body);
  return new PageReader({ document, shownBlocks: () => blocks.filter((block) => !hidden(block.text)) });
}

describe('PageReader: what the panel reads from the page', () => {
  it('writes the shown blocks one a line, heading elements as header lines', () => {
    const text = reader(
      '<h3>Family history</h3><p>Sister with a fracture.</p><h3>Impression:</h3><dl><dt>Plan</dt><dd>Brace.</dd></dl>',
    ).pageText();
    expect(text).toBe('Family history:\nSister with a fracture.\nImpression:\nPlan:\nBrace.');
  });

  it('leaves out what the reader cannot see', () => {
    expect(reader('<p>Shown.</p><p>Prior report.</p>', (text) => text.startsWith('Prior')).pageText()).toBe('Shown.');
  });

  it('a paragraph ending without a colon is not made a header', () => {
    expect(reader('<p>Findings</p><p>L1.</p>').pageText()).toBe('Findings\nL1.');
  });

  it('gives the selected text, or nothing', () => {
    const page = reader('<p id="a">Acute fracture of T12.</p>');
    expect(page.selection()).toBe('');
    const range = document.createRange();
    const text = (document.getElementById('a') as HTMLElement).firstChild as Text;
    range.setStart(text, 6);
    range.setEnd(text, 14);
    document.getSelection()?.addRange(range);
    expect(page.selection()).toBe('fracture');
    document.getSelection()?.removeAllRanges();
  });
});
