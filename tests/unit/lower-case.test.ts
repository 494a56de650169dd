import { describe, expect, it } from 'vitest';
import { extractCase, findMentions } from '@/logic';
import { inCapitals } from '@/logic/terms/lower-case';

describe('a text typed all in lower case', () => {
  const report = 'findings: new compression fracture of l2, 30% height loss. hx: 81 yo f, fall 5 m from a ladder.';

  it('reads its levels and the sex letter after the age in capitals, in a copy of the same length', () => {
    const read = inCapitals(report);
    expect(read).toHaveLength(report.length);
    expect(read).toContain('fracture of L2');
    expect(read).toContain('81 yo F');
    // A metre after a number is no sex letter.
    expect(read).toContain('5 m from');
  });

  it('leaves a text with capitals as it is: there "Cl" is chloride and "t3" may be a thyroid hormone', () => {
    const mixed = 'Labs: t3 normal, cl 101. New L2 fracture.';
    expect(inCapitals(mixed)).toBe(mixed);
    // A de-identification mask is no capital writing.
    expect(inCapitals('xxxx: XXXX-year-old, old wedge of t12.')).toContain('T12');
  });

  it('fills the case, and shows each field its words as they were written', () => {
    const { case: c, evidence } = extractCase(report);
    expect(c.fractureLevels).toEqual(['L2']);
    expect(c.sex).toBe('female');
    expect(evidence.fractureLevels?.map((span) => span.text)).toContain('l2');
    expect(evidence.sex?.[0]?.text).toBe('81 yo f');
  });

  it('highlights the page words as written', () => {
    const level = findMentions(report).find((m) => m.category === 'level');
    expect(level?.text).toBe('l2');
    expect(level?.levels).toEqual(['L2']);
  });
});
