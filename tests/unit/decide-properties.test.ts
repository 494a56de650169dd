import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ACUITIES, type CaseInput, CaseInputSchema } from '@/logic/case';
import { bundledPack } from '@/logic/criteria';
import { decide } from '@/logic/decide';
import { LEVELS } from '@/logic/spine/levels';

const fact = fc.constantFrom(true, false, null);
const levels = fc.subarray([...LEVELS]);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any case the schema accepts, every field independently known or unknown. */
const anyCase: fc.Arbitrary<CaseInput> = fc.record({
  age: maybe(fc.integer({ min: 0, max: 130 })),
  sex: fc.constantFrom('female' as const, 'male' as const, null),
  fractureLevels: levels,
  newFractureLevels: levels,
  fractureAcuity: fc.dictionary(fc.constantFrom(...LEVELS), fc.constantFrom(...ACUITIES)),
  heightLossPercent: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  newFractureLevelUnnamed: fact,
  fractureLevelUnnamed: fact,
  knownFractureWorsening: fact,
  symptomatic: fact,
  symptomWeeks: maybe(fc.double({ min: 0, max: 520, noNaN: true })),
  painSeverity: maybe(fc.integer({ min: 0, max: 10 })),
  failedConservativeWeeks: maybe(fc.double({ min: 0, max: 520, noNaN: true })),
  augmentationLevels: levels,
  fusionLevels: levels,
  treatedInNoteLevels: levels,
  priorSurgeryUnspecified: fact,
  priorInterventionWhen: maybe(fc.string({ maxLength: 200 })),
  painAtTreatedLevel: fact,
  mriDone: fact,
  marrowEdema: fact,
  malignancy: fc.constantFrom(true, false, 'uncertain' as const, null),
  pathologicFracture: fact,
  weightLoss: fact,
  nightPain: fact,
  malignantMriFeatures: fact,
  neuroDeficit: fact,
  deficitLongStanding: fact,
  retropulsion: fact,
  instability: fact,
  activeInfection: fact,
  coagulopathy: fact,
  highEnergyTrauma: fact,
  osteoporosis: fact,
});

describe('decide on any schema-valid case', () => {
  it('the arbitrary only builds schema-valid cases', () => {
    fc.assert(fc.property(anyCase, (input) => CaseInputSchema.safeParse(input).success));
  });

  it('never throws', () => {
    fc.assert(fc.property(anyCase, (input) => void decide(input)));
  });

  it('emits exactly the ratings the pack holds for the chosen scenario, nothing it does not', () => {
    const pack = bundledPack();
    fc.assert(
      fc.property(anyCase, (input) => {
        const decision = decide(input, pack);
        const scenario = pack.scenarios.find((s) => s.id === decision.scenario?.id);
        const held = (scenario?.ratings ?? []).map((r) => `${r.procedure} ${r.rating} ${r.score}`).sort();
        const shown = decision.ratings.map((r) => `${r.procedure} ${r.rating} ${r.score}`).sort();
        return JSON.stringify(shown) === JSON.stringify(held);
      }),
    );
  });

  /**
   * Words that advise each procedure in an alert, pitfall or step, read from the shown text itself (not
   * from the pack's `recommends` tags, which this checks): "augmentation deserves a new look", "a surgical
   * opinion", "ask for a surgical consultation".
   */
  const ADVISES: Record<string, RegExp> = {
    'percutaneous-vertebral-augmentation':
      /augmentation|vertebroplasty|kyphoplasty|(?:delay|immobile)\b.*intervention|stay immobile/i,
    'surgical-consultation': /surg(?:ical|eon)/i,
    'percutaneous-ablation-spine': /ablation/i,
    'radiation-oncology-consultation': /radiation oncolog|radiotherapy/i,
    'systemic-radionuclide-therapy': /radionuclide/i,
    'image-guided-biopsy-spine': /biopsy/i,
    'fdg-pet-ct-skull-base-to-mid-thigh': /\bPET\b/,
    'bone-scan-whole-body': /bone scan/i,
    'ct-myelography-spine': /myelogra/i,
    'mri-spine-with-contrast': /contrast|gadolinium/i,
    'mri-spine-without-and-with-contrast': /contrast|gadolinium/i,
    'ct-spine-with-contrast': /contrast/i,
    'ct-spine-without-and-with-contrast': /contrast/i,
  };

  it('no scenario shows a step, alert or pitfall advising a procedure it rates usually not appropriate', () => {
    const pack = bundledPack();
    fc.assert(
      fc.property(anyCase, (input) => {
        const decision = decide(input, pack);
        const against = decision.ratings.filter((r) => r.rating === 'usually-not-appropriate').map((r) => r.procedure);
        const texts = [...decision.alerts, ...decision.pitfalls, ...decision.nextSteps].map((item) => item.text);
        return against.every((procedure) => {
          const words = ADVISES[procedure];
          // Every procedure rated usually not appropriate somewhere has its words here.
          if (!words) throw new Error(`no advising words for ${procedure}`);
          // "after augmentation" or "before augmentation" alone is not advice to do it: MRI before it is.
          return texts.every((text) => !words.test(text.replace(/\b(?:before|after) augmentation\b/gi, '')));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('Variant 5 never carries a new neurologic deficit (a symptom), so no emergency is ever hidden', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const decision = decide(input);
        const newDeficit = input.neuroDeficit === true && input.deficitLongStanding !== true;
        return !(decision.scenario?.id === 'treatment-asymptomatic-osteoporotic' && newDeficit);
      }),
    );
  });

  it('puts the neurologic emergency first whenever a deficit is affirmed and not told as long-standing', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const alerts = decide(input).alerts;
        if (input.neuroDeficit === true && input.deficitLongStanding !== true) {
          return alerts[0]?.id === 'neurologic-emergency';
        }
        return !alerts.some((a) => a.id === 'neurologic-emergency');
      }),
    );
  });

  it('orders alerts emergency, warning, info', () => {
    const rank = { emergency: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(anyCase, (input) => {
        const ranks = decide(input).alerts.map((a) => rank[a.severity]);
        return ranks.every((r, i) => i === 0 || (ranks[i - 1] ?? 0) <= r);
      }),
    );
  });

  it('gives a reason whether or not a scenario fits', () => {
    fc.assert(fc.property(anyCase, (input) => decide(input).why.length > 0));
  });
});
