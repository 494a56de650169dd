import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCase, findMentions } from '@/logic';

const SAMPLE =
  'IMPRESSION: Acute T11 compression fracture with marrow edema, 30% height loss. Status post L2 vertebroplasty. No retropulsion. ';

/** Report-like noise: lexicon words, levels, triggers and punctuation in any order. */
const reportish = fc
  .array(
    fc.constantFrom(
      'no ',
      'acute ',
      'compression ',
      'fracture',
      'T11',
      'Tl 1',
      'L4-5 ',
      ' disc ',
      'height loss ',
      'status post ',
      'planned ',
      '. ',
      '\n',
      'IMPRESSION:',
      '30% ',
      'vertebroplasty ',
      ', but ',
      'history of ',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.constantFrom(
    '<p>No <b>compression</b> fracture</p>',
    '😀 T11 كسر ضغطي fracture 😀',
    '\u202eT11 fracture\u202c',
    '',
  ),
  reportish,
);

describe('text engine on any input', () => {
  it('never throws; spans are in bounds, ordered and quote the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const mentions = findMentions(text);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
        const { evidence } = extractCase(text);
        for (const spans of Object.values(evidence)) {
          for (const span of spans ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(findMentions(text)).toEqual(findMentions(text));
        expect(extractCase(text)).toEqual(extractCase(text));
      }),
      { numRuns: 100 },
    );
  });

  // A hang guard, not a speed goal: how fast the engine reads is measured in `npm run bench` against a baseline of
  // the same run, since a shared or slower machine takes several times as long; a step that went quadratic would
  // take hours on 10 MB, far past this limit.
  it('reads a 10 MB report to its end', { timeout: 120_000 }, () => {
    const text = SAMPLE.repeat(Math.ceil((10 * 1024 * 1024) / SAMPLE.length));
    const mentions = findMentions(text);
    expect(mentions.length).toBeGreaterThan(500_000);
    expect(mentions.at(-1)?.end).toBeLessThanOrEqual(text.length);
  });

  it.each([
    ['repeated acuity words', 'acute '.repeat(50_000)],
    ['repeated level-like tokens', 'T1 T-1 Tl '.repeat(30_000)],
    ['repeated height phrases', 'loss of anterior vertebral '.repeat(20_000)],
    ['one endless word', 'a'.repeat(300_000)],
    ['endless separators', ' -,'.repeat(100_000)],
    ['repeated trigger starts', 'no evidence of no '.repeat(30_000)],
  ])('finishes on pathological input: %s', (_name, text) => {
    expect(() => findMentions(text)).not.toThrow();
  });
});
