import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/logic/assertion/sentences';
import { readSex } from '@/logic/extract/demographics';

// The splitter and readSex read the text in place (char codes, sticky and test-only scans) rather than
// through copies; these pin the cases where that reading could drift from the plain patterns.
describe('sentence splitting read in place', () => {
  const pieces = (text: string) => splitSentences(text).map((s) => [text.slice(s.start, s.end).trim(), s.section]);

  it('ends a sentence after a run of marks or before any white space, not after an abbreviation', () => {
    expect(pieces('Is it healed?! No. See e.g. the prior film.\u00a0Stable.')).toEqual([
      ['Is it healed?!', ''],
      ['No.', ''],
      ['See e.g. the prior film.', ''],
      ['Stable.', ''],
    ]);
    expect(pieces('Vs. prior: stable... New wedge.')).toEqual([
      ['Vs. prior: stable...', ''],
      ['New wedge.', ''],
    ]);
  });

  it('finds a header after a long run of spaces and past a colon inside a sentence', () => {
    const text = `Findings follow.${' '.repeat(80)}IMPRESSION: Stable. Ratio 2:1 noted. PLAN: Follow up.`;
    expect(pieces(text)).toEqual([
      ['Findings follow.', ''],
      ['IMPRESSION:', ''],
      ['Stable.', 'IMPRESSION'],
      ['Ratio 2:1 noted.', 'IMPRESSION'],
      ['PLAN:', 'IMPRESSION'],
      ['Follow up.', 'PLAN'],
    ]);
  });

  it('breaks lines at list items, short lines and blank lines, but not inside wrapped prose', () => {
    const wrapped =
      'A line that is long enough to be wrapped prose and goes on for quite a while\n(continued) here.\n- item one\nshort\nnext line';
    expect(pieces(wrapped).map(([words]) => words)).toEqual([
      'A line that is long enough to be wrapped prose and goes on for quite a while\n(continued) here.',
      '- item one',
      'short',
      'next line',
    ]);
    expect(pieces(`${'x'.repeat(70)}\n   \nAfter a blank line.`).map(([words]) => words)).toEqual([
      'x'.repeat(70),
      'After a blank line.',
    ]);
  });
});

describe('readSex in one scan per kind of word', () => {
  it('takes the first word that names a sex, of either list', () => {
    expect(readSex('The man saw the woman.')).toEqual({ value: 'male', evidence: [{ start: 4, end: 7, text: 'man' }] });
    expect(readSex('Mrs Smith, she said her back hurts; he agreed.').value).toBe('female');
  });

  it('counts she- and he-pronouns apart and needs two to one', () => {
    expect(readSex('She says her back hurts. He drove.').value).toBeNull();
    expect(readSex('He said his back hurt. He fell.')).toEqual({
      value: 'male',
      evidence: [
        { start: 0, end: 2, text: 'He' },
        { start: 8, end: 11, text: 'his' },
        { start: 23, end: 25, text: 'He' },
      ],
    });
  });
});
