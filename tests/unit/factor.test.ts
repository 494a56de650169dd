import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  distributeLeadingGroup,
  factorByFirstLetter,
  factorWithin,
  firstCharacters,
  splitAlternatives,
} from '@/logic/terms/factor';
import { CASE_RULES, flatLexiconPattern, lexiconPattern, PAGE_RULES } from '@/logic/terms/matcher';
import { compiledNow, OPTIMISED_SOURCE_CHARS, withinBudget } from '@/logic/terms/regexp-budget';
import { reportText } from '../../scripts/bench/engine';

const hits = (pattern: RegExp, text: string): string[] => {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push(`${match.index}:${match[0]}`);
  return out;
};

describe('reading a pattern’s first characters', () => {
  it('splits only top-level alternatives, not those in groups or classes', () => {
    expect(splitAlternatives('a|(?:b|c)d|[|]e')).toEqual(['a', '(?:b|c)d', '[|]e']);
  });

  it('follows optional parts and lookarounds to what can come first', () => {
    expect(firstCharacters('(?:mild )?wedge')).toEqual(new Set(['m', 'w']));
    expect(firstCharacters('(?=\\d)[RLB]E')).toEqual(new Set(['r', 'l', 'b']));
    expect(firstCharacters('\\d{1,3} ?%')).toEqual(new Set([...'0123456789']));
    expect(firstCharacters('(?:a)?')).toBeNull();
    expect(firstCharacters('\\w+')).toBeNull();
  });
});

describe('the alternation factored by first letter', () => {
  it('groups letters but never moves a phrase past one that could start with its letter', () => {
    expect(factorByFirstLetter(['fx', 'rib', 'fracture'])).toBe('f(?:x|racture)|r(?:ib)');
    // "(?:re)?fractured" can start with f: "fracture" after it stays after it.
    expect(factorByFirstLetter(['fx', '(?:re)?fractured', 'fracture'])).toBe('f(?:x)|(?:re)?fractured|f(?:racture)');
  });

  it('writes a leading group as one phrase per choice, in the order the engine would try them', () => {
    expect(distributeLeadingGroup('(?:loss|decrease) of height')).toEqual(['loss of height', 'decrease of height']);
    expect(distributeLeadingGroup('(?:mild )?wedge')).toEqual(['mild wedge', 'wedge']);
    expect(distributeLeadingGroup('(?:(?:a|b) )?c')).toEqual(['a c', 'b c', 'c']);
    // A repeated group is no single choice.
    expect(distributeLeadingGroup('(?:very )*mild')).toEqual(['(?:very )*mild']);
  });

  it('distributes only as much as fits in its size limit', () => {
    const phrases = ['(?:loss|decrease) of height', '(?:multiple )?myeloma'];
    expect(factorWithin(phrases, 1000)).toBe('l(?:oss of height)|d(?:ecrease of height)|m(?:ultiple myeloma|yeloma)');
    expect(factorWithin(phrases, 10)).toBe(factorByFirstLetter(phrases));
  });

  it('matches exactly what the flat lexicon matches, on every corpus text and a big generated page', () => {
    const corpus = join(__dirname, '../../../shared/corpus');
    const texts = [reportText(300_000)];
    for (const folder of ['dev', 'mts', 'cxr', 'written', 'vignettes']) {
      for (const file of readdirSync(join(corpus, folder)).filter((name) => name.endsWith('.txt'))) {
        texts.push(readFileSync(join(corpus, folder, file), 'utf8'));
      }
    }
    for (const rules of [...PAGE_RULES, ...CASE_RULES]) {
      const factored = lexiconPattern(rules);
      const flat = flatLexiconPattern(rules);
      expect(factored.source).not.toBe(flat.source);
      for (const text of texts) expect(hits(factored, text)).toEqual(hits(flat, text));
    }
  });
});

describe('the engine’s expressions stay where V8 optimises them', () => {
  it('refuses an expression longer than 20 KB, where V8 stops optimising it', () => {
    expect(() => withinBudget(new RegExp('a'.repeat(OPTIMISED_SOURCE_CHARS + 1)), 'A test expression')).toThrow(
      /over the 20480/,
    );
    expect(withinBudget(/a/, 'A short expression').source).toBe('a');
    // The lexicon module built its expressions under the budget, or importing it would have thrown.
    for (const rules of [...PAGE_RULES, ...CASE_RULES]) {
      expect(lexiconPattern(rules).source.length).toBeLessThanOrEqual(OPTIMISED_SOURCE_CHARS);
    }
  });

  it('compiles an expression ahead of use without moving where its next scan starts', () => {
    // A global expression that matches the blank subject it is compiled on: its next scan must still
    // start at the text's beginning, or the first words of the first page read would be skipped.
    const spaces = /\s+|pain/g;
    expect(compiledNow(spaces)).toBe(spaces);
    expect(spaces.exec('back pain')?.index).toBe(4);
    expect(spaces.lastIndex).toBe(5);
    spaces.lastIndex = 0;
    expect(compiledNow(spaces).exec('pain again')?.[0]).toBe('pain');
  });
});
