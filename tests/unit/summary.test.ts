import { describe, expect, it } from 'vitest';
import { summaryText } from '@/logic/summary';

const PACK = { name: 'Pack X', version: '2.0.1', edition: 'ed', officialUrl: 'https://example.org/table' };

describe('copy summary', () => {
  it('is plain text naming the scenario, ratings, notes, branches, pack and version', () => {
    const text = summaryText(
      {
        scenario: { title: 'Scenario T' },
        ratings: [
          { name: 'Proc A', words: 'Usually appropriate', radiation: null },
          { name: 'Proc B', words: 'May be appropriate', radiation: '☢☢☢' },
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
    expect(lines).toContain('- Proc A: Usually appropriate.');
    expect(lines).toContain('- Proc B: May be appropriate (relative radiation level ☢☢☢).');
    expect(lines).toContain('Note: info note');
    expect(lines).toContain('After A: step 1. step 2.');
    expect(text).toContain('Pack X 2.0.1');
    expect(text).not.toMatch(/<|\*\*/);
  });

  it('says when no scenario fits', () => {
    const text = summaryText({ scenario: null, ratings: [], alerts: [], branches: [] }, PACK);
    expect(text).toContain('scenario: none fits the facts given.');
  });
});
