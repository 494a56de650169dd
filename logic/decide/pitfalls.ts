import type { AlertId, ScenarioId } from '../criteria/ids';
import type { CaseFacts } from './facts';

/**
 * The founding article's pitfalls, each where the case gives it a chance to happen (decide() then keeps
 * those the pack lets the chosen scenario show).
 */
export function applicablePitfalls(f: CaseFacts, scenario: ScenarioId | null, alerts: Set<AlertId>): Set<string> {
  const c = f.input;
  const applies = new Set<string>();
  const when = (condition: boolean, id: string) => condition && applies.add(id);

  when(
    f.priorIntervention &&
      (scenario === 'treatment-new-vcf-prior-augmentation-or-surgery' || scenario === 'imaging-new-pain-prior-vcf'),
    'blaming-old-level',
  );
  // Immobility harms the elderly most; an unknown age is not reassurance.
  when(c.age === null || c.age >= 65, 'delaying-intervention');
  when(f.newFracture && c.pathologicFracture !== true, 'missing-malignancy');
  when(alerts.has('osteoporosis-treatment'), 'neglecting-osteoporosis');
  return applies;
}
