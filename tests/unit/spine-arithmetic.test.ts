import { describe, expect, it } from 'vitest';
import { adjacentTo, areAdjacent, expandRange, isSameLevel, sortLevels } from '@/logic/spine/levels';

describe('spine arithmetic', () => {
  it.each([
    ['T12', 'L1', true],
    ['C7', 'T1', true],
    ['L5', 'S1', true],
    ['T11', 'L1', false],
    ['L2', 'L2', false],
  ] as const)('%s and %s adjacent: %s', (a, b, expected) => {
    expect(areAdjacent(a, b)).toBe(expected);
  });

  it('a fused construct covers its range, head to tail', () => {
    expect(expandRange('L2', 'T12')).toEqual(['T12', 'L1', 'L2']);
    expect(sortLevels(['L1', 'T12', 'L1'])).toEqual(['T12', 'L1']);
  });

  it('same level as treated', () => {
    expect(isSameLevel('L2', ['L1', 'L2'])).toBe(true);
    expect(isSameLevel('L3', ['L1', 'L2'])).toBe(false);
  });

  it('adjacent to treated: neighbours only, never a treated level itself', () => {
    expect(adjacentTo(['L3', 'T11', 'L5'], expandRange('L4', 'L5'))).toEqual(['L3']);
    expect(adjacentTo(['T12'], ['L1'])).toEqual(['T12']);
    expect(adjacentTo(['T10'], ['L1'])).toEqual([]);
    expect(adjacentTo(['L1'], [])).toEqual([]);
  });
});
