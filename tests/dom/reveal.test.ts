// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Span } from '@/content/findings';
import { findText, Reveal } from '@/content/reveal';
import { type Block, indexSubtree } from '@/content/text-index';

function setUp(html: string) {
  document.body.innerHTML = html;
  const blocks = indexSubtree(document.body);
  const steps: string[] = [];
  const flashed: string[] = [];
  const reveal = new Reveal({
    shower: {
      showNow: (block) => steps.push(`paint ${block.text}`),
      flash: (block, span) => {
        steps.push('flash');
        flashed.push(block.text.slice(span.start, span.end));
      },
    },
    scroll: (block: Block, span: Span) => steps.push(`scroll ${block.text.slice(span.start, span.end)}`),
  });
  return { reveal, blocks, steps, flashed };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Reveal: scroll to a place, paint it, flash it', () => {
  it('shows a span: scrolled to first, then its block painted, then the span flashed', () => {
    const { reveal, blocks, steps } = setUp('<p>Acute fracture of T12.</p>');
    reveal.span(blocks[0] as Block, { start: 6, end: 14 });
    expect(steps).toEqual(['scroll fracture', 'paint Acute fracture of T12.', 'flash']);
  });

  it('finds quoted words whatever the spacing and case, in the first block that has them', () => {
    const { reveal, blocks, flashed } = setUp(
      '<p>Nothing here.</p><p>Old   L2\nVERTEBROPLASTY.</p><p>old L2 vertebroplasty</p>',
    );
    expect(reveal.text(' old l2 vertebroplasty ', blocks)).toBe(true);
    expect(flashed).toEqual(['Old   L2\nVERTEBROPLASTY']);
  });

  it('words that are not in the page show nothing; regular-expression characters are taken literally', () => {
    const { reveal, blocks, steps } = setUp('<p>Height loss (40%) at L1.</p>');
    expect(reveal.text('no such words', blocks)).toBe(false);
    expect(reveal.text('   ', blocks)).toBe(false);
    expect(steps).toEqual([]);
    expect(findText('loss (40%)', blocks)).toMatchObject({ start: 7, end: 17 });
    expect(findText('loss .40%.', blocks)).toBeNull();
  });

  it('reveals words without making them a finding: only the span is handed on, no category or assertion', () => {
    const { blocks } = setUp('<p>Sister with osteoporosis.</p>');
    const found = findText('osteoporosis', blocks);
    expect(found && Object.keys(found).sort()).toEqual(['block', 'end', 'start']);
  });
});
