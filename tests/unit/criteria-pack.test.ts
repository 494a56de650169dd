import { describe, expect, it } from 'vitest';
import { bundledPack, loadPack } from '@/logic/criteria';
import { BUNDLED_PACK } from '@/logic/criteria/bundled-pack';

/** Corrupting a pack means writing anything anywhere, so its JSON is untyped here. */
// biome-ignore lint/suspicious/noExplicitAny: a pack's raw JSON, corrupted on purpose
type RawPack = Record<string, any>;

/** A deep copy of the bundled data to corrupt. */
const raw = () => structuredClone(BUNDLED_PACK) as unknown as RawPack;

function problemsOf(pack: unknown) {
  const loaded = loadPack(pack);
  if (loaded.ok) throw new Error('expected the pack to be rejected');
  return loaded.problems;
}

describe('criteria pack validation', () => {
  it('the bundled pack parses, with its metadata and official links', () => {
    const pack = bundledPack();
    expect(pack.metadata).toMatchObject({ name: 'VCF Lens bundled criteria', topicId: 171 });
    // The complete 2022 table is a new edition of the pack: version 2, its edition naming the table.
    expect(pack.metadata.version).toBe('2.0.0');
    expect(pack.metadata.edition).toBe('2022 update, complete table (9 variants, 71 ratings)');
    expect(pack.metadata.officialUrl).toContain('GenerateAppendixPDF?TopicId=171');
    const urls = pack.metadata.citations.map((c) => c.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://acsearch.acr.org/docs/70545/Narrative/',
        'https://doi.org/10.1016/j.jacr.2023.02.015',
        pack.metadata.officialUrl,
      ]),
    );
  });

  it('is parsed once', () => {
    expect(bundledPack()).toBe(bundledPack());
  });

  it('a corrupted pack is rejected with every problem as path + message', () => {
    const pack = raw();
    delete pack.procedures[0].id; // missing id
    pack.scenarios[0].ratings[1].procedure = 'mri-brain'; // unknown procedure
    pack.scenarios[1].ratings[0].rating = 'sometimes'; // bad rating word
    pack.scenarios[2].id = pack.scenarios[3].id; // duplicate scenario id
    pack.alerts[1].severity = 'critical'; // unknown severity
    const problems = problemsOf(pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'procedures.0.id', message: expect.any(String) },
        { path: 'scenarios.0.ratings.1.procedure', message: 'unknown procedure "mri-brain"' },
        { path: 'scenarios.1.ratings.0.rating', message: expect.any(String) },
        { path: 'scenarios.2.id', message: 'duplicate id "imaging-asymptomatic-malignancy-history"' },
        { path: 'scenarios.3.id', message: 'duplicate id "imaging-asymptomatic-malignancy-history"' },
        { path: 'alerts.1.severity', message: expect.any(String) },
      ]),
    );
    expect(problems.every((p) => typeof p.path === 'string' && p.message.length > 0)).toBe(true);
  });

  it.each<[string, (pack: RawPack) => void, string, RegExp]>([
    [
      'duplicate procedure ids',
      (p) => {
        p.procedures[1].id = p.procedures[0].id;
      },
      'procedures.1.id',
      /duplicate id/,
    ],
    [
      'a procedure rated twice in one scenario',
      (p) => {
        p.scenarios[0].ratings[1].procedure = p.scenarios[0].ratings[0].procedure;
      },
      'scenarios.0.ratings.1.procedure',
      /rated twice/,
    ],
    [
      'an alert with the wrong severity for its id',
      (p) => {
        p.alerts[0].severity = 'info';
      },
      'alerts.0.severity',
      /must have severity "emergency"/,
    ],
    [
      'an alert id outside the contract',
      (p) => {
        p.alerts[0].id = 'call-someone';
      },
      'alerts.0.id',
      /unknown alert id/,
    ],
    [
      'a contract alert left out',
      (p) => {
        p.alerts.pop();
      },
      'alerts',
      /missing alert "asymptomatic-incidental"/,
    ],
    [
      'a routed scenario left out',
      (p) => {
        p.scenarios.pop();
      },
      'scenarios',
      /missing scenario "treatment-pathologic-mechanical-pain"/,
    ],
    [
      'a source code nobody defined',
      (p) => {
        p.pitfalls[0].source = ['XYZ'];
      },
      'pitfalls.0.source.0',
      /unknown source "XYZ"/,
    ],
    [
      'a branch after an unknown procedure',
      (p) => {
        p.nextSteps[0].after = 'bracing';
      },
      'nextSteps.0.after',
      /unknown procedure/,
    ],
    [
      'a differential for an unknown scenario',
      (p) => {
        p.differential[0].scenario = 'other';
      },
      'differential.0.scenario',
      /unknown scenario/,
    ],
    [
      'a score outside 1–9',
      (p) => {
        p.scenarios[1].ratings[0].score = 10;
      },
      'scenarios.1.ratings.0.score',
      /./,
    ],
    [
      'a step advising a procedure nobody defined',
      (p) => {
        p.nextSteps[0].steps[0].recommends = ['bracing'];
      },
      'nextSteps.0.steps.0.recommends.0',
      /unknown procedure "bracing"/,
    ],
    [
      'a branch for an unknown scenario',
      (p) => {
        p.nextSteps[0].scenarios = ['other'];
      },
      'nextSteps.0.scenarios.0',
      /unknown scenario "other"/,
    ],
    [
      'a branch given to a scenario that rates its procedure usually not appropriate',
      (p) => {
        p.nextSteps[0].scenarios.push('treatment-asymptomatic-osteoporotic');
      },
      'nextSteps.0.scenarios.3',
      /rates "percutaneous-vertebral-augmentation" usually not appropriate/,
    ],
    [
      'an alert placed in a scenario that rates what it advises usually not appropriate',
      (p) => {
        p.alerts[0].scenarios = ['treatment-asymptomatic-osteoporotic'];
      },
      'alerts.0.scenarios.0',
      /rates "surgical-consultation" usually not appropriate/,
    ],
    [
      'a disagreement flag that is not true or false',
      (p) => {
        p.scenarios[1].ratings[0].disagreement = 'yes';
      },
      'scenarios.1.ratings.0.disagreement',
      /./,
    ],
    [
      'a version that is not semver',
      (p) => {
        p.metadata.version = 'v1';
      },
      'metadata.version',
      /semantic version/,
    ],
    [
      'a rating without a source',
      (p) => {
        p.scenarios[0].ratings[0].source = [];
      },
      'scenarios.0.ratings.0.source',
      /source/,
    ],
  ])('rejects %s', (_what, corrupt, path, message) => {
    const pack = raw();
    corrupt(pack);
    expect(problemsOf(pack)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('rejects what is not a pack at all, without throwing', () => {
    expect(problemsOf(null).length).toBeGreaterThan(0);
    expect(problemsOf('pack').length).toBeGreaterThan(0);
    expect(problemsOf({ procedures: 'x', scenarios: [{ ratings: 3 }] }).length).toBeGreaterThan(0);
  });

  it('keeps unknown extra fields', () => {
    const pack = raw();
    pack.institution = 'General Hospital';
    pack.scenarios[0].localNote = 'see protocol 12';
    const loaded = loadPack(pack);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect((loaded.pack as Record<string, unknown>).institution).toBe('General Hospital');
    expect((loaded.pack.scenarios[0] as Record<string, unknown>).localNote).toBe('see protocol 12');
  });
});
