import { describe, expect, it } from 'vitest';
import { extractCase } from '@/logic';

const REPORT = `CLINICAL HISTORY: 78-year-old woman with new mid back pain for 3 weeks, pain 8/10. Status post L2 vertebroplasty 2 years ago.
FINDINGS: There is an acute compression fracture of T11 with bone marrow edema and approximately 30% height loss.
No retropulsion. No epidural mass. The L2 cement is unchanged. No acute fracture elsewhere.
Kyphoplasty at T11 is planned.
IMPRESSION: Acute T11 compression fracture. Neurologically intact.`;

describe('extractCase: the case from report text, with evidence', () => {
  const { case: c, evidence, vcf, genantGrade } = extractCase(REPORT);

  it('reads age and sex', () => {
    expect(c.age).toBe(78);
    expect(c.sex).toBe('female');
    expect(evidence.age?.[0]?.text).toBe('78-year-old');
  });

  it('reads affirmed fracture levels with acuity, and the new fracture', () => {
    expect(c.fractureLevels).toEqual(['T11']);
    expect(c.fractureAcuity).toEqual({ T11: 'acute' });
    expect(c.newFractureLevels).toEqual(['T11']);
    expect(vcf).toBe(true);
  });

  it('reads augmentation done, not planned', () => {
    expect(c.augmentationLevels).toEqual(['L2']);
    expect(c.priorInterventionWhen).toBe('2 years ago');
  });

  it('reads edema, height loss with Genant grade, and denied findings', () => {
    expect(c.marrowEdema).toBe(true);
    expect(c.heightLossPercent).toBe(30);
    expect(genantGrade).toBe(2);
    expect(c.retropulsion).toBe(false);
    expect(c.malignantMriFeatures).toBe(false);
    expect(c.neuroDeficit).toBe(false);
  });

  it('reads symptoms, their duration and severity', () => {
    expect(c.symptomatic).toBe(true);
    expect(c.symptomWeeks).toBe(3);
    expect(c.painSeverity).toBe(8);
  });

  it('every filled field points at words of the text', () => {
    for (const spans of Object.values(evidence)) {
      for (const span of spans ?? []) expect(REPORT.slice(span.start, span.end)).toBe(span.text);
    }
    expect(Object.keys(evidence)).toEqual(
      expect.arrayContaining(['age', 'sex', 'fractureLevels', 'augmentationLevels']),
    );
  });

  /** A field read from words said another way (a rewritten view), with its evidence on the words as written. */
  function readAsWritten(text: string, field: 'age' | 'failedConservativeWeeks', value: number, words: string) {
    const { case: read, evidence: seen } = extractCase(text);
    expect(read[field]).toBe(value);
    const [span] = seen[field] ?? [];
    expect(span?.text).toBe(words);
    expect(text.slice(span?.start, span?.end)).toBe(words);
  }

  it('points an age written in words at its own words, past other numbers in words', () => {
    readAsWritten(
      'Smoked for thirty years. Sex: feminine. Age: seventy-nine years. New L1 fracture.',
      'age',
      79,
      'Age: seventy-nine years',
    );
  });

  it('counts failed care from its dates to the note’s latest, and points at the dated words', () => {
    readAsWritten(
      'New L1 fracture on 2 March. Brace since 3 March without relief. Seen in clinic on 14 April.',
      'failedConservativeWeeks',
      6,
      'Brace since 3 March without relief',
    );
    // A date written with numbers may be day or month first: no weeks are counted from it.
    expect(
      extractCase('New L1 fracture. Brace since 03/04 without relief. Seen 14/05.').case.failedConservativeWeeks,
    ).toBe(null);
  });

  it('shows each wording once, at its first place', () => {
    const words = (evidence.fractureLevels ?? []).map((span) => span.text.toLowerCase());
    expect(words).toContain('t11');
    expect(new Set(words).size).toBe(words.length);
    expect(evidence.fractureLevels?.[0]?.start).toBe(REPORT.indexOf('compression fracture of T11'));
  });

  it('leaves what the text does not address unknown', () => {
    expect(c.malignancy).toBeNull();
    expect(c.weightLoss).toBeNull();
    expect(c.activeInfection).toBeNull();
  });
});

describe('extractCase: single facts', () => {
  it.each([
    ['A negative study: no compression fracture, vertebral body heights maintained.', { fractureLevels: [] }],
    ['Compression fractures T12 through L2.', { fractureLevels: ['T12', 'L1', 'L2'] }],
    ['Posterior fusion T11-L2 with pedicle screws.', { fusionLevels: ['T11', 'T12', 'L1', 'L2'] }],
    ['Prior lumbar fusion. Back pain.', { fusionLevels: [], priorSurgeryUnspecified: true }],
    ['T9 compression fracture treated with vertebroplasty.', { augmentationLevels: ['T9'] }],
    [
      'Candidate for kyphoplasty at L1 for an L1 compression fracture.',
      { augmentationLevels: [], fractureLevels: ['L1'] },
    ],
    ['New bilateral leg weakness and urinary retention.', { neuroDeficit: true }],
    ['He denies bowel or bladder dysfunction.', { neuroDeficit: false }],
    ['History of breast cancer.', { malignancy: true }],
    ['No cancer. No fracture.', { malignancy: false }],
    ['Followed for throat cancer.', { malignancy: true }],
    ['Possible metastatic disease.', { malignancy: 'uncertain' }],
    ['No evidence of metastatic disease.', { malignancy: false }],
    ['Pathologic insufficiency fracture of T8.', { malignancy: null, fractureLevels: ['T8'] }],
    ['Asymptomatic; incidentally found L1 wedge deformity.', { symptomatic: false }],
    ['She fell from a ladder.', { highEnergyTrauma: true }],
    ['After a ground-level fall.', { highEnergyTrauma: false }],
    ['Failed 4 weeks of conservative therapy.', { failedConservativeWeeks: 4 }],
    ['Active discitis at L3-4.', { activeInfection: true }],
    ['Severe osteoporosis, T-score -3.0.', { osteoporosis: true }],
    ['An 82 yo man.', { age: 82, sex: 'male' }],
    ['An XX-year-old patient.', { age: null }],
  ])('%s', (text, expected) => {
    expect(extractCase(text).case).toMatchObject(expected);
  });

  it('calls a report with only a possible fracture uncertain', () => {
    expect(extractCase('Possible compression deformity of L1.').vcf).toBe('uncertain');
  });
});
