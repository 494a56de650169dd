import type { CaseInput } from '../case';
import { ALERT_SEVERITY, type AlertId, type RatingWord, type Severity } from '../criteria/ids';
import { bundledPack } from '../criteria/load';
import { type ScenarioRating, scenarioRatings } from '../criteria/ratings';
import type { CriteriaPack, PackScenario } from '../criteria/schema';
import { firedAlerts } from './alerts';
import { caseFacts } from './facts';
import { type MissingFact, missingFacts } from './missing';
import { alertOrder } from './order';
import { applicablePitfalls } from './pitfalls';
import { route } from './route';

export interface DecisionItem {
  id: string;
  text: string;
}

export interface Decision {
  scenario: { id: string; title: string } | null;
  why: string[];
  missing: MissingFact[];
  ratings: ScenarioRating[];
  alerts: (DecisionItem & { severity: Severity })[];
  pitfalls: DecisionItem[];
  /** The branches' steps in one list (the analyze contract's field). */
  nextSteps: DecisionItem[];
  branches: { id: string; title: string; steps: DecisionItem[] }[];
  differential: DecisionItem[];
}

const APPROPRIATE: readonly RatingWord[] = ['usually-appropriate', 'may-be-appropriate'];

function offers(scenario: PackScenario | undefined, procedure: string): boolean {
  return scenario?.ratings.some((r) => r.procedure === procedure && APPROPRIATE.includes(r.rating)) ?? false;
}

const item = ({ id, text }: DecisionItem): DecisionItem => ({ id, text });

/** From a case to the ACR scenario, its ratings and everything to watch for, under a criteria pack. */
export function decide(input: CaseInput, pack: CriteriaPack = bundledPack()): Decision {
  const facts = caseFacts(input);
  const { scenario: scenarioId, why } = route(facts);
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);
  const offersAugmentation = offers(scenario, 'percutaneous-vertebral-augmentation');

  const fired = firedAlerts(facts, scenarioId, offersAugmentation);
  const alerts = pack.alerts
    .filter((a) => fired.has(a.id as AlertId))
    .map((a) => ({ id: a.id, text: a.text, severity: ALERT_SEVERITY[a.id as AlertId] }))
    .sort(alertOrder);
  const pitfalls = applicablePitfalls(facts, scenarioId, offersAugmentation, fired);
  const branches = pack.nextSteps
    .filter((branch) => offers(scenario, branch.after))
    .map((branch) => ({ id: branch.id, title: branch.title, steps: branch.steps.map(item) }));

  return {
    scenario: scenario ? { id: scenario.id, title: scenario.title } : null,
    why,
    missing: missingFacts(facts),
    ratings: scenario ? scenarioRatings(pack, scenario) : [],
    alerts,
    pitfalls: pack.pitfalls.filter((p) => pitfalls.has(p.id)).map(item),
    nextSteps: branches.flatMap((b) => b.steps.map((s) => ({ id: s.id, text: `${b.title}: ${s.text}` }))),
    branches,
    differential: pack.differential.filter((d) => d.scenario === scenarioId).map(item),
  };
}
