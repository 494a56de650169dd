import type { CaseInput } from '../case';
import { ALERT_SEVERITY, type AlertId, type Severity } from '../criteria/ids';
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
  /** Our short title, and ACR's wording of the variant when the pack has it. */
  scenario: { id: string; title: string; acrVariant: string | null } | null;
  why: string[];
  missing: MissingFact[];
  /** Grouped usually appropriate → may be appropriate → usually not appropriate, higher score first. */
  ratings: ScenarioRating[];
  alerts: (DecisionItem & { severity: Severity })[];
  pitfalls: DecisionItem[];
  /** The branches' steps in one list (the analyze contract's field). */
  nextSteps: DecisionItem[];
  branches: { id: string; title: string; steps: DecisionItem[] }[];
  /** Why the scenario has no next steps, when it has none. */
  nextStepsNote: string | null;
  differential: DecisionItem[];
}

interface Placed {
  recommends?: string[];
  scenarios?: string[];
}

/**
 * Whether an alert, pitfall or step may show with the scenario: it belongs to it (or to any scenario), and
 * it advises no procedure the scenario rates usually not appropriate.
 */
function belongs(item: Placed, scenario: PackScenario | undefined): boolean {
  if (item.scenarios && !(scenario && item.scenarios.includes(scenario.id))) return false;
  const against = new Set(
    scenario?.ratings.filter((r) => r.rating === 'usually-not-appropriate').map((r) => r.procedure),
  );
  return !(item.recommends ?? []).some((procedure) => against.has(procedure));
}

const item = ({ id, text }: DecisionItem): DecisionItem => ({ id, text });

/** From a case to the ACR scenario, its ratings and everything to watch for, under a criteria pack. */
export function decide(input: CaseInput, pack: CriteriaPack = bundledPack()): Decision {
  const facts = caseFacts(input);
  const { scenario: scenarioId, why } = route(facts);
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);

  const fired = firedAlerts(facts, scenarioId);
  // An emergency shows whatever the scenario (rule 1); the routing keeps it out of scenarios that advise against it.
  const alerts = pack.alerts
    .filter((a) => fired.has(a.id as AlertId) && (a.severity === 'emergency' || belongs(a, scenario)))
    .map((a) => ({ id: a.id, text: a.text, severity: ALERT_SEVERITY[a.id as AlertId] }))
    .sort(alertOrder);
  const pitfalls = applicablePitfalls(facts, scenarioId, fired);
  const branches = pack.nextSteps
    .filter((branch) => belongs({ recommends: [branch.after], scenarios: branch.scenarios }, scenario))
    .map((branch) => ({
      id: branch.id,
      title: branch.title,
      steps: branch.steps.filter((step) => belongs({ recommends: step.recommends }, scenario)).map(item),
    }))
    .filter((branch) => branch.steps.length > 0);

  return {
    scenario: scenario ? { id: scenario.id, title: scenario.title, acrVariant: scenario.acrVariant ?? null } : null,
    why,
    missing: missingFacts(facts, scenarioId),
    ratings: scenario ? scenarioRatings(pack, scenario) : [],
    alerts,
    pitfalls: pack.pitfalls.filter((p) => pitfalls.has(p.id) && belongs(p, scenario)).map(item),
    nextSteps: branches.flatMap((b) => b.steps.map((s) => ({ id: s.id, text: `${b.title}: ${s.text}` }))),
    branches,
    nextStepsNote: scenario && branches.length === 0 ? (scenario.noNextSteps ?? null) : null,
    differential: pack.differential.filter((d) => d.scenario === scenarioId).map(item),
  };
}
