import { describe, expect, it } from 'vitest';
import { extractCase } from '@/logic';
import type { CaseInput } from '@/logic/case';

/**
 * One row per phrasing pattern the engine reads: a sentence of our own (never a corpus file's words)
 * and the case fields it must give. Adding a phrasing to the rule data means adding a row here.
 */
type Row = [text: string, expected: Partial<CaseInput>];

function check(rows: Row[]) {
  it.each(rows)('%s', (text, expected) => {
    const { case: c } = extractCase(text);
    for (const [field, value] of Object.entries(expected)) {
      expect(c[field as keyof CaseInput], field).toEqual(value);
    }
  });
}

describe('demographics in clinical English and in requisition shorthand', () => {
  check([
    ['HISTORY: 67M, fell from a chair.', { age: 67, sex: 'male' }],
    ['Indication: 59 F with back pain.', { age: 59, sex: 'female' }],
    ['REASON: 83 YO F, COUGH.', { age: 83, sex: 'female' }],
    ['Req: 71 y/o M, back pain.', { age: 71, sex: 'male' }],
    ['Indication: F/64, cough.', { age: 64, sex: 'female' }],
    ['Age/Sex: 58/M. Dyspnea.', { age: 58, sex: 'male' }],
    ['PATIENT: Mr. T., 77 years. Chest pain.', { age: 77, sex: 'male' }],
    ['A seventy-two-year-old man with back pain.', { age: 72, sex: 'male' }],
    ['Female with shortness of breath.', { sex: 'female' }],
    ['XXXX-year-old with cough. Says she is tired.', { age: null, sex: 'female' }],
    ['Temperature 98.6 F on arrival.', { age: null, sex: null }],
  ]);
});
