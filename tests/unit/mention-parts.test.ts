import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, mentionsInParts } from '@/logic/terms/find-mentions';
import type { Mention } from '@/logic/terms/mention';
import { withoutProvenance } from '../../scripts/analyze/provenance';

const DIR = join(__dirname, '../../../shared/corpus/dev');
const REPORTS = readdirSync(DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => withoutProvenance(readFileSync(join(DIR, file), 'utf8')));

const plain = ({ start, end, text, category, assertion, levels }: Mention): Mention => ({
  start,
  end,
  text,
  category,
  assertion,
  levels,
});
const inParts = (text: string, size: number) => [...mentionsInParts(text, size)].map((part) => part.map(plain));

describe('a long text read in parts', () => {
  const corpus = REPORTS.join('\n\n');

  it('cuts at section headers into parts of about the size asked', () => {
    const parts = inParts(corpus, 2000);
    expect(parts.length).toBeGreaterThan(20);
    expect(inParts('No header here, only a fracture of L1. '.repeat(200), 500)).toHaveLength(1);
  });

  it('gives exactly the mentions of the whole: offsets, assertions, levels', () => {
    const whole = findMentions(corpus).map(plain);
    for (const size of [200, 1000, 5000, 50000]) expect(inParts(corpus, size).flat(), `size ${size}`).toEqual(whole);
  });

  it('reads each part with its neighbours: an acuity word before the next header still sees its fracture', () => {
    const text = 'IMPRESSION: Back pain, acute\nFRACTURE HISTORY: none known.\nPLAN: Rest.';
    const whole = findMentions(text).map(plain);
    expect(whole.map((mention) => mention.text)).toContain('acute');
    expect(inParts(text, 10).length).toBe(3);
    expect(inParts(text, 10).flat()).toEqual(whole);
  });

  it('does so for any order of reports and any separator between them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: REPORTS.length - 1 }), { minLength: 2, maxLength: 6 }),
        fc.constantFrom('\n', '\n\n', ' ', '. ', ''),
        fc.integer({ min: 100, max: 3000 }),
        (picks, separator, size) => {
          const text = picks.map((pick) => REPORTS[pick]).join(separator);
          expect(inParts(text, size).flat()).toEqual(findMentions(text).map(plain));
        },
      ),
      { numRuns: 60 },
    );
  });
});
