import { describe, expect, it } from 'vitest';
import { summaryText } from '@/logic/summary';

const ROW = {
  score: null,
  disagreement: false,
  radiation: null,
  radiationByRegion: null,
  source: 'ACR 2022 table, transcribed copy — confirm in the official table',
};

const PACK = { name: 'Pack X', version: '2.0.1', edition: 'ed', officialUrl: 'https://example.org/table' };

describe('copy summary', () => {
  it('is plain text naming the scenario, ratings, notes, branches, pack and version', () => {
    const text = summaryText(
      {
        scenario: { title: 'Scenario T', acrVariant: 'Variant 9: ACR words.' },
        ratings: [
          { ...ROW, name: 'Proc A', words: 'Usually appropriate', score: '8/9', source: 'Founding article' },
          { ...ROW, name: 'Proc C', words: 'Usually appropriate', score: '7/9' },
          {
            ...ROW,
            name: 'Proc B',
            words: 'May be appropriate',
            score: '5/9',
            disagreement: true,
            radiation: 'Varies',
            radiationByRegion: 'CT complete spine ☢☢☢☢ 10–30 mSv',
          },
        ],
        alerts: [
          { severity: 'info', text: 'info note' },
          { severity: 'emergency', text: 'urgent note' },
        ],
        branches: [{ title: 'After A', steps: [{ text: 'step 1.' }, { text: 'step 2.' }] }],
      },
      PACK,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('URGENT: urgent note');
    expect(lines[1]).toBe('ACR Appropriateness Criteria scenario: Scenario T.');
    expect(lines[2]).toBe('(ACR Variant 9: ACR words.)');
    // Grouped under the rating's words, each row with its score, disagreement, radiation and source.
    expect(lines.slice(3, 8)).toEqual([
      'Usually appropriate:',
      '- Proc A: 8/9; source: Founding article.',
      '- Proc C: 7/9; source: ACR 2022 table, transcribed copy — confirm in the official table.',
      'May be appropriate:',
      '- Proc B: 5/9, panel disagreement, relative radiation level Varies (CT complete spine ☢☢☢☢ 10–30 mSv); source: ACR 2022 table, transcribed copy — confirm in the official table.',
    ]);
    expect(lines).toContain('Note: info note');
    expect(lines).toContain('After A: step 1. step 2.');
    expect(text).toContain('Pack X 2.0.1');
    expect(text).not.toMatch(/<|\*\*/);
  });

  it('says why there are no next steps when the scenario has none', () => {
    const text = summaryText(
      { scenario: { title: 'S' }, ratings: [], alerts: [], branches: [], nextStepsNote: 'none bundled' },
      PACK,
    );
    expect(text).toContain('Next steps: none bundled');
  });

  it('says when no scenario fits', () => {
    const text = summaryText({ scenario: null, ratings: [], alerts: [], branches: [] }, PACK);
    expect(text).toContain('scenario: none fits the facts given.');
  });
});
