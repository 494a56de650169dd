import { describe, expect, it } from 'vitest';
import type { LevelSpan } from '@/logic/spine/parse';
import { pageReader } from '@/logic/terms/matcher';

/** The level words the lexicon's matcher reads in a text, as the engine reads them. */
function findLevels(text: string): LevelSpan[] {
  const levels: LevelSpan[] = [];
  for (const reader = pageReader(text); reader.next(); ) if (reader.level) levels.push(reader.level);
  return levels;
}
const levelsIn = (text: string) => findLevels(text).map((span) => span.levels.join(','));

describe('vertebral levels as reports write them', () => {
  it.each([
    ['a T11 compression fracture', 'T11'],
    ['at T-11', 'T11'],
    ['the T 11 body', 'T11'],
    ['OCR wrote Tl 1 here', 'T11'],
    ['and Tl1 as well', 'T11'],
    ['Tl2 endplate', 'T12'],
    ['the 11th thoracic vertebral body', 'T11'],
    ['the twelfth thoracic vertebra', 'T12'],
    ['the first lumbar vertebra', 'L1'],
    ['the sacrum at S1', 'S1'],
    ['C2 odontoid', 'C2'],
  ])('%s → %s', (text, level) => {
    expect(levelsIn(text)).toEqual([level]);
  });

  it('expands ranges across regions, head to tail', () => {
    expect(levelsIn('fractures T12-L2')).toEqual(['T12,L1,L2']);
    expect(levelsIn('fractures T12 through L2')).toEqual(['T12,L1,L2']);
    expect(levelsIn('fusion from T11 to L2')).toEqual(['T11,T12,L1,L2']);
    expect(levelsIn('L4-5 fusion')).toEqual(['L4,L5']);
    expect(levelsIn('L5-S1 fusion')).toEqual(['L5,S1']);
  });

  it('reads a level dictated in words, its homophones and a range of them, and not a legend or a vitamin', () => {
    expect(levelsIn('a fracture at L won')).toEqual(['L1']);
    expect(levelsIn('the T for vertebral body')).toEqual(['T4']);
    expect(levelsIn('fused from T eleven to L two')).toEqual(['T11,T12,L1,L2']);
    expect(levelsIn('L four to S one instrumented')).toEqual(['L4,L5,S1']);
    expect(levelsIn('R for right, L for left')).toEqual([]);
    expect(levelsIn('vitamin C for three months')).toEqual([]);
  });

  it('reads each level of a list', () => {
    expect(levelsIn('T7, T8 and T9 wedge fractures')).toEqual(['T7', 'T8', 'T9']);
    expect(levelsIn('at the L1 and L2 levels')).toEqual(['L1', 'L2']);
  });

  it('marks disc levels, which are not vertebral bodies', () => {
    const disc = (text: string) => findLevels(text).map((span) => span.notBody);
    expect(disc('L4-5 disc bulge')).toEqual([true]);
    expect(disc('the disc at L4-L5 is desiccated')).toEqual([true]);
    expect(disc('at L4-L5 there is a broad-based protrusion')).toEqual([true]);
    expect(disc('compression fractures T12-L1')).toEqual([false]);
  });

  it('keeps regional words as regions, not levels', () => {
    expect(levelsIn('at the thoracolumbar junction and the mid thoracic spine')).toEqual([]);
  });

  it('does not read MRI sequences or lab values as levels', () => {
    expect(levelsIn('T1-weighted and T2 hyperintense signal; Cl 104')).toEqual([]);
    expect(levelsIn('T1 and T2 weighted images show a T2 fracture')).toEqual(['T2']);
    expect(levelsIn('Sagittal T1, T2 and STIR and axial T2 images of the spine.')).toEqual([]);
  });

  it('gives offsets of the words it read', () => {
    const text = 'Acute Tl 1 fracture';
    const [span] = findLevels(text);
    expect(span && text.slice(span.start, span.end)).toBe('Tl 1');
  });
});
