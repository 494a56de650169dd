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
  knownFractureWorsening: fact,
  symptomatic: fact,
  symptomWeeks: maybe(fc.double({ min: 0, max: 520, noNaN: true })),
  painSeverity: maybe(fc.integer({ min: 0, max: 10 })),
  failedConservativeWeeks: maybe(fc.double({ min: 0, max: 520, noNaN: true })),
  augmentationLevels: levels,
  fusionLevels: levels,
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

  it('emits only ratings the pack holds for the chosen scenario; every other procedure is "not bundled"', () => {
    const pack = bundledPack();
    fc.assert(
      fc.property(anyCase, (input) => {
        const decision = decide(input, pack);
        const scenario = pack.scenarios.find((s) => s.id === decision.scenario?.id);
        const held = new Set(scenario?.ratings.map((r) => `${r.procedure} ${r.rating}`));
        const rated = new Set(scenario?.ratings.map((r) => r.procedure));
        return decision.ratings.every((r) =>
          r.rating === 'not-bundled' ? !rated.has(r.procedure) : held.has(`${r.procedure} ${r.rating}`),
        );
      }),
    );
  });

  it('puts the neurologic emergency first whenever a deficit is affirmed', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const alerts = decide(input).alerts;
        if (input.neuroDeficit === true) return alerts[0]?.id === 'neurologic-emergency';
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
