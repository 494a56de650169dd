// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SectionTrail } from '@/content/sections';
import { indexSubtree } from '@/content/text-index';

function trail(html: string) {
  document.body.innerHTML = html;
  const blocks = indexSubtree(document.body);
  const sections = new SectionTrail();
  for (const block of blocks) sections.add(block);
  return { blocks, sections };
}

describe('SectionTrail: the section each page block starts in', () => {
  it('reads heading elements without a colon and header lines in blocks above', () => {
    const { blocks, sections } = trail(
      '<h3>Family history</h3><p>Sister with osteoporosis.</p><p>PLAN: brace.</p><p>Kyphoplasty at L1.</p><h3>Findings</h3><p>L1 fracture.</p>',
    );
    expect(blocks.map((block) => sections.before(block))).toEqual([
      '',
      'FAMILY HISTORY',
      'FAMILY HISTORY',
      'PLAN',
      'PLAN',
      'FINDINGS',
    ]);
  });

  it('gives the same answer whatever order blocks are asked in (near blocks are matched first)', () => {
    const { blocks, sections } = trail('<h2>Plan</h2><p>a</p><p>b</p><h2>Impression</h2><p>c</p>');
    expect(sections.before(blocks[4] as (typeof blocks)[number])).toBe('IMPRESSION');
    expect(sections.before(blocks[1] as (typeof blocks)[number])).toBe('PLAN');
  });

  it('a block a page change brings starts in the section of the scanned block before it', () => {
    const { sections } = trail('<h3>Family history</h3><p id="a">Sister with osteoporosis.</p><h3>Plan</h3><p>b</p>');
    document.getElementById('a')?.insertAdjacentHTML('afterend', '<p id="new">Mother with a fracture.</p>');
    const added = indexSubtree(document.getElementById('new') as HTMLElement)[0] as ReturnType<
      typeof indexSubtree
    >[number];
    expect(sections.before(added)).toBe('FAMILY HISTORY');
  });
});
