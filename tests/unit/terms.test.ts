import { describe, expect, it } from 'vitest';
import { findMentions } from '@/logic';

const first = (text: string) => findMentions(text)[0];
const categories = (text: string) => findMentions(text).map((m) => `${m.text}:${m.category}`);

describe('lexicon: what each category holds', () => {
  it.each([
    ['There is a compression fracture.', 'compression fracture', 'fracture'],
    ['Anterior wedge deformity of the vertebral body.', 'wedge deformity', 'fracture'],
    ['A biconcave deformity is present.', 'biconcave deformity', 'fracture'],
    ['Crush fracture of the body.', 'crush fracture', 'fracture'],
    ['Superior endplate depression.', 'endplate depression', 'fracture'],
    ['Vertebra plana at this level.', 'Vertebra plana', 'fracture'],
    ['Burst fracture with retropulsion.', 'Burst fracture', 'fracture'],
    ['About 40% height loss.', '40% height loss', 'fracture'],
    ['Status post vertebroplasty.', 'vertebroplasty', 'intervention'],
    ['After balloon kyphoplasty.', 'balloon kyphoplasty', 'intervention'],
    ['PMMA within the body.', 'PMMA', 'intervention'],
    ['Posterior spinal fusion.', 'Posterior spinal fusion', 'intervention'],
    ['Pedicle screws are intact.', 'Pedicle screws', 'intervention'],
    ['Prior laminectomy.', 'laminectomy', 'intervention'],
    ['There is bone marrow edema.', 'bone marrow edema', 'acuity'],
    ['STIR hyperintensity throughout.', 'STIR hyperintensity', 'acuity'],
    ['An intravertebral cleft is seen.', 'intravertebral cleft', 'acuity'],
    ['There is a fluid sign.', 'fluid sign', 'acuity'],
    ['Metastatic disease to bone.', 'Metastatic disease', 'malignancy'],
    ['Known multiple myeloma.', 'multiple myeloma', 'malignancy'],
    ['Convex posterior cortex of the body.', 'Convex posterior cortex', 'malignancy'],
    ['Pedicle involvement is noted.', 'Pedicle involvement', 'malignancy'],
    ['An epidural soft tissue mass.', 'epidural soft tissue mass', 'malignancy'],
    ['Unexplained weight loss.', 'Unexplained weight loss', 'malignancy'],
    ['Bilateral leg weakness.', 'leg weakness', 'neurologic'],
    ['Saddle anesthesia and cauda equina syndrome.', 'Saddle anesthesia', 'neurologic'],
    ['New bladder dysfunction.', 'bladder dysfunction', 'neurologic'],
    ['Cervical myelopathy.', 'myelopathy', 'neurologic'],
    ['Severe osteoporosis.', 'osteoporosis', 'bone-health'],
    ['DXA T-score -3.1.', 'T-score -3.1', 'bone-health'],
    ['Chronic steroids for COPD.', 'Chronic steroids', 'bone-health'],
    ['After a ground-level fall.', 'ground-level fall', 'trauma'],
    ['Injured in a motor vehicle collision.', 'motor vehicle collision', 'trauma'],
  ])('%s', (text, words, category) => {
    const mention = findMentions(text).find((m) => m.text.toLowerCase() === words.toLowerCase());
    expect(mention?.category).toBe(category);
  });

  it('finds acuity words only when they qualify a fracture', () => {
    expect(categories('An acute T11 compression fracture.')).toContain('acute:acuity');
    expect(categories('A 78-year-old woman in no acute distress.')).not.toContain('old:acuity');
    expect(categories('A 78-year-old woman in no acute distress.')).not.toContain('acute:acuity');
  });
});

describe('lexicon traps', () => {
  it('disc height loss is not a fracture', () => {
    expect(
      findMentions('Loss of disc height at L4-5 and disc height loss at L5-S1.').filter(
        (m) => m.category === 'fracture',
      ),
    ).toEqual([]);
    // ... nor one placed in the disc after it: "the height loss is of the L4-L5 intervertebral disc".
    expect(
      findMentions('On review the height loss is of the L4-L5 intervertebral disc.').filter(
        (m) => m.category === 'fracture',
      ),
    ).toEqual([]);
  });

  it('"#" is a fracture word only where a fracture could follow, never a number sign', () => {
    expect(findMentions('Acc #: 12345. Room # 5. MRN #77.')).toEqual([]);
    expect(findMentions('L1 # on the lateral film.').map((m) => m.category)).toContain('fracture');
  });

  it('cord compression is neurologic, and "compression" alone is nothing', () => {
    expect(first('Severe cord compression.')?.category).toBe('neurologic');
    expect(findMentions('Mild compression of the thecal sac.').map((m) => m.category)).not.toContain('fracture');
  });

  it('a pathologic insufficiency fracture is osteoporotic, not malignant', () => {
    expect(first('Pathologic insufficiency fracture of T8.')?.category).toBe('fracture');
    expect(first('Pathologic fracture of T8 from metastasis.')?.category).toBe('malignancy');
  });

  it('maintained vertebral heights are a negated fracture finding', () => {
    expect(first('Vertebral body heights are maintained.')).toMatchObject({
      category: 'fracture',
      assertion: 'negated',
    });
  });

  it('ties levels to the finding they qualify, not to every finding in the sentence', () => {
    const mentions = findMentions('Prior L2 vertebroplasty and a new T11 compression fracture.');
    expect(mentions.find((m) => m.text === 'vertebroplasty')?.levels).toEqual(['L2']);
    expect(mentions.find((m) => m.text === 'compression fracture')?.levels).toEqual(['T11']);
  });

  it('finds terms in any letter case', () => {
    expect(first('COMPRESSION FRACTURE OF L1.')?.category).toBe('fracture');
  });
});

describe('the lexicon stays one fast expression', () => {
  it('has no pattern that starts with a lookbehind (one such branch halves the scan speed)', async () => {
    const { LEXICON } = await import('@/logic/terms/lexicon');
    const starts = LEXICON.flatMap((c) => c.patterns).filter((p) => p.startsWith('(?<'));
    expect(starts).toEqual([]);
  });
});

describe('target rules as data', () => {
  it('fills slots in templates and refuses an unknown slot', async () => {
    const { expandSlots } = await import('@/logic/terms/slots');
    expect(new RegExp(`^${expandSlots('{VERTEBRA} (?:body )?{FRACTURE}')}$`, 'i').test('vertebral body fx')).toBe(true);
    expect(() => expandSlots('{FRACTUR} of {LEVEL}')).toThrow(/Unknown slot \{FRACTUR\}/);
  });

  it('defines every concept id once in the typed list, and uses each', async () => {
    const { LEXICON } = await import('@/logic/terms/lexicon');
    const { CONCEPT_IDS } = await import('@/logic/terms/concept-ids');
    expect(new Set(CONCEPT_IDS).size).toBe(CONCEPT_IDS.length);
    const used = new Set<string>([...LEXICON.map((c) => c.id), 'level', 'region']);
    expect(CONCEPT_IDS.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('one finding, one mention', () => {
  it('reads "endplate compression fracture" as one phrase', () => {
    expect(categories('An acute superior endplate compression fracture of T11.')).toContain(
      'endplate compression fracture:fracture',
    );
  });
});
