import { describe, expect, it } from 'vitest';
import { extractCase, findMentions } from '@/logic';
import { CONTEXT_TRIGGERS } from '@/logic/assertion/context-triggers';
import { RADIOLOGY_TRIGGERS } from '@/logic/assertion/radiology-triggers';
import { splitSentences } from '@/logic/assertion/sentences';
import { compileTriggers, mergeTriggers } from '@/logic/assertion/trigger';

/** The assertion of the mention whose words are `words` in `text`. */
function assertionOf(text: string, words: string) {
  const mention = findMentions(text).find((m) => m.text.toLowerCase() === words.toLowerCase());
  if (!mention) throw new Error(`"${words}" not found in "${text}"`);
  return mention.assertion;
}

describe('assertion (ConText)', () => {
  it.each([
    ['No acute compression fracture.', 'compression fracture', 'negated'],
    ['There is no evidence of compression fracture.', 'compression fracture', 'negated'],
    ['Negative for compression fracture or subluxation.', 'compression fracture', 'negated'],
    ['Compression fracture is not seen.', 'compression fracture', 'negated'],
    ['He denies weakness or numbness.', 'numbness', 'negated'],
    ['Possible compression fracture of L1.', 'compression fracture', 'possible'],
    ['A pathologic fracture cannot be excluded.', 'pathologic fracture', 'possible'],
    ['Findings suspicious for metastatic disease.', 'metastatic disease', 'possible'],
    ['Status post L2 vertebroplasty.', 'vertebroplasty', 'historical'],
    ['History of T9 compression fracture.', 'compression fracture', 'historical'],
    ['Prior kyphoplasty at L1.', 'kyphoplasty', 'historical'],
    ['Kyphoplasty is planned for next week.', 'kyphoplasty', 'hypothetical'],
    ['She is a candidate for vertebroplasty.', 'vertebroplasty', 'hypothetical'],
    ['Will undergo kyphoplasty at T12.', 'kyphoplasty', 'hypothetical'],
    ['Her mother had multiple myeloma.', 'multiple myeloma', 'other-person'],
    ['Acute T11 compression fracture.', 'compression fracture', 'affirmed'],
    ['No new fracture at L2.', 'new', 'negated'],
  ])('%s → %s is %s', (text, words, assertion) => {
    expect(assertionOf(text, words)).toBe(assertion);
  });

  it('stops a trigger at a termination term', () => {
    expect(
      assertionOf('No acute fracture, but there is a chronic compression deformity of L1.', 'compression deformity'),
    ).toBe('affirmed');
  });

  it('stops a trigger at the end of its sentence', () => {
    expect(assertionOf('No cord compression. Mild L1 compression fracture.', 'compression fracture')).toBe('affirmed');
  });

  it('ignores pseudo-triggers ("no change" is not a negation)', () => {
    expect(assertionOf('No change in the L1 compression fracture.', 'compression fracture')).toBe('affirmed');
  });

  it('reads a family-history section as someone else', () => {
    expect(assertionOf('FAMILY HISTORY: Breast cancer.', 'breast cancer')).toBe('other-person');
  });

  it('reads a plan section as hypothetical', () => {
    expect(assertionOf('PLAN: Kyphoplasty at L1.', 'kyphoplasty')).toBe('hypothetical');
  });
});

describe('report-aware sentence splitting', () => {
  const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

  it('splits at section headers, list items and periods, not at abbreviations or decimals', () => {
    const text = 'IMPRESSION:\n1. No fracture.\n2. Dr. Lee saw a 2.5 cm lesion. Mild wedge.';
    expect(pieces(text)).toEqual([
      'IMPRESSION:',
      '1.',
      'No fracture.',
      '2.',
      'Dr. Lee saw a 2.5 cm lesion.',
      'Mild wedge.',
    ]);
  });

  it('reads "No." as a number only before one: an answer "No." ends its sentence', () => {
    expect(pieces('Film No. 3 and No. #4 reviewed.')).toHaveLength(1);
    expect(pieces('Retropulsion? No. Marrow edema at L1.')).toEqual(['Retropulsion?', 'No.', 'Marrow edema at L1.']);
    expect(assertionOf('Retropulsion? No. Marrow edema at L1.', 'Marrow edema')).toBe('affirmed');
  });

  it('ends the fields of a slashed header at its slashes, not inside a fraction, a level pair or a one-letter shorthand', () => {
    expect(pieces('F/81/s/p KP L1 2022/fall/L2 #/x5/7/MRI not done/Ø Ca')).toEqual([
      'F/',
      '81/',
      's/p KP L1 2022/',
      'fall/',
      'L2 #/',
      'x5/7/',
      'MRI not done/',
      'Ø Ca',
    ]);
  });

  it('keeps a hard-wrapped sentence together', () => {
    const text =
      'There is no evidence of an acute compression fracture in the lower thoracic\nspine or the lumbar spine.';
    expect(pieces(text)).toHaveLength(1);
  });

  it('names the section of each sentence', () => {
    const text = 'HISTORY: Back pain.\nIMPRESSION: Fracture.';
    expect(splitSentences(text).map((s) => s.section)).toEqual(['', 'HISTORY', 'HISTORY', 'IMPRESSION']);
  });
});

describe('ConText rule data compiled per phrase', () => {
  it('ends an other-person scope at "patient presents today" (a rule a duplicate phrase used to drop)', () => {
    const text = 'Sister had osteoporosis, patient presents today for a compression fracture at L1.';
    expect(assertionOf(text, 'osteoporosis')).toBe('other-person');
    expect(assertionOf(text, 'compression fracture')).toBe('affirmed');
  });

  it('reads a section header in any case', () => {
    expect(assertionOf('Plan: Kyphoplasty at L1.', 'kyphoplasty')).toBe('hypothetical');
    expect(assertionOf('Family history: breast cancer.', 'breast cancer')).toBe('other-person');
  });

  it('refuses a phrase with two meanings, and merges one meaning given twice', () => {
    expect(() =>
      compileTriggers([
        { phrase: 'rule out', kind: 'hypothetical', direction: 'forward' },
        { phrase: 'Rule  out', kind: 'possible', direction: 'forward' },
      ]),
    ).toThrow(/two meanings/);
    const merged = mergeTriggers([
      { phrase: 'her', kind: 'terminate', direction: 'forward', of: 'hypothetical' },
      { phrase: 'her', kind: 'terminate', direction: 'forward', of: 'other-person' },
      { phrase: 'previously', kind: 'historical', direction: 'forward' },
      { phrase: 'previously', kind: 'historical', direction: 'backward' },
    ]);
    expect([...(merged.get('her')?.ends ?? [])].sort()).toEqual(['hypothetical', 'other-person']);
    expect(merged.get('previously')?.direction).toBe('both');
  });

  it('reads the rules split over a dozen expressions exactly as over the fewest', () => {
    const rules = [...RADIOLOGY_TRIGGERS, ...CONTEXT_TRIGGERS];
    // The bundled rules fill one or two expressions under V8’s limit; a small room makes a dozen.
    const one = compileTriggers(rules);
    const many = compileTriggers(rules, 1500);
    const texts = [
      'No history of present illness. Sister had osteoporosis, patient presents today; no change since 2021.',
      'Rule out metastasis. MRI to be booked; kyphoplasty was considered, but she declined. No acute fracture.',
      'PMHx: OP. Denies cancer, no weight loss. Plan: MRI tomorrow. Previously healthy, who fell 3/52 ago.',
    ];
    for (const text of texts) {
      const hits = (read: typeof one) => read(text).map((hit) => [hit.start, hit.end, hit.trigger.phrase]);
      expect(hits(many)).toEqual(hits(one));
      expect(hits(one).length).toBeGreaterThan(5);
    }
  });

  it('compiles the bundled rules (no phrase has two meanings)', () => {
    expect(() => mergeTriggers([...RADIOLOGY_TRIGGERS, ...CONTEXT_TRIGGERS])).not.toThrow();
  });
});

describe('shorthand queries and sentence ends', () => {
  it('reads a question mark stuck to a term as a query', () => {
    expect(assertionOf('Now pain at T12, ?screw loosening.', 'T12')).toBe('affirmed');
    expect(extractCase('MRI not done - ?MRI vs CT.').case.mriDone).toBe(false);
    expect(findMentions('Consider ?metastasis.').find((m) => m.text === 'metastasis')?.assertion).toBe('possible');
  });

  it('ends a sentence after shorthand such as "hx." when a capital follows, but not after a title', () => {
    expect(assertionOf('No Ca hx. Severe back pain and an L1 compression fracture.', 'compression fracture')).toBe(
      'affirmed',
    );
    expect(splitSentences('Seen by Dr. Smith today.')).toHaveLength(1);
  });
});

describe('a predicate trigger doubts its own clause', () => {
  it('stops "may be" at a comma', () => {
    const text = 'Widening may be posttraumatic or postsurgical, vertebroplasty noted at the thoracolumbar junction.';
    expect(assertionOf(text, 'vertebroplasty')).toBe('affirmed');
    expect(assertionOf('This may be an early compression fracture.', 'compression fracture')).toBe('possible');
  });
});

describe('section headers as notes abbreviate them', () => {
  it.each([
    ['FHX: melanoma.', 'melanoma', 'other-person'],
    ['FH: breast cancer in her mother.', 'breast cancer', 'other-person'],
    ['PMH: osteoporosis.', 'osteoporosis', 'historical'],
  ])('%s', (text, words, assertion) => {
    expect(assertionOf(text, words)).toBe(assertion);
  });
});
