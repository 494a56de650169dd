import type { CaseField } from '@/logic/case';
import { type CriteriaPack, type ScenarioRating, scenarioRatings } from '@/logic/criteria';
import type { Decision } from '@/logic/decide';
import type { SummaryRating } from '@/logic/summary';

/**
 * What the results show, in the panel's terms. Only the adapters at the end of this file read the
 * decision and pack shapes; the result components read these.
 */
export type RatingLevel = 'usually-appropriate' | 'may-be-appropriate' | 'usually-not-appropriate';

/** The order the groups are shown in. */
export const RATING_GROUPS: readonly RatingLevel[] = [
  'usually-appropriate',
  'may-be-appropriate',
  'usually-not-appropriate',
];

/** A rating as a row: what the copied summary lists (logic/summary.ts), and what the table needs besides. */
export interface RatingRow extends SummaryRating {
  procedure: string;
  rating: RatingLevel;
  /** Only the transcribed copy of ACR's table states the row: the source line asks to confirm it. */
  needsConfirmation: boolean;
}

export interface TextItem {
  id: string;
  text: string;
}

export interface AlertItem extends TextItem {
  severity: 'emergency' | 'warning' | 'info';
}

export interface ResultView {
  /** Our short title, and ACR's wording of the variant when the pack has it. */
  scenario: { id: string; title: string; acrVariant: string | null } | null;
  /** Why the scenario matched, or why none did. */
  why: string[];
  /** Facts not yet known that would change the scenario. */
  wouldChange: string[];
  /** The same facts with the case field each one asks for. */
  missing: { field: CaseField; text: string }[];
  ratings: RatingRow[];
  alerts: AlertItem[];
  pitfalls: TextItem[];
  /** Next steps as the downstream branches (e.g. after augmentation / after medical management). */
  branches: { title: string; steps: TextItem[] }[];
  /** Why there are no next steps, when the scenario has none. */
  nextStepsNote: string | null;
  differential: TextItem[];
}

/** The criteria the results come from, shown with every result and named in the summary. */
export interface PackInfo {
  name: string;
  version: string;
  /** The ACR edition the pack encodes ("2022 update"). */
  edition: string;
  /** ACR's official table, where every rating can be confirmed. */
  officialUrl: string;
  /** The imported file's name, or null for the bundled pack. */
  importedFrom: string | null;
}

/** ACR's wording for each rating. */
export const RATING_WORDS: Record<RatingLevel, string> = {
  'usually-appropriate': 'Usually appropriate',
  'may-be-appropriate': 'May be appropriate',
  'usually-not-appropriate': 'Usually not appropriate',
};

function ratingRow(rating: ScenarioRating): RatingRow {
  return {
    procedure: rating.procedure,
    name: rating.name,
    rating: rating.rating,
    words: RATING_WORDS[rating.rating],
    score: rating.score === null ? null : `${rating.score}/9`,
    disagreement: rating.disagreement,
    radiation: rating.radiation,
    radiationByRegion: rating.radiationByRegion,
    source: rating.source,
    needsConfirmation: rating.needsConfirmation,
  };
}

export function toResultView(decision: Decision, _pack: CriteriaPack): ResultView {
  const { scenario } = decision;
  return {
    scenario: scenario && { id: scenario.id, title: scenario.title, acrVariant: scenario.acrVariant },
    why: decision.why,
    wouldChange: decision.missing.map((fact) => fact.text),
    missing: decision.missing.map(({ field, text }) => ({ field, text })),
    ratings: decision.ratings.map(ratingRow),
    alerts: decision.alerts,
    pitfalls: decision.pitfalls,
    branches: decision.branches.map(({ title, steps }) => ({ title, steps })),
    nextStepsNote: decision.nextStepsNote,
    differential: decision.differential,
  };
}

/** Every scenario of the pack with its ratings, for the quick lookup. */
export function toLookup(
  pack: CriteriaPack,
): { id: string; title: string; acrVariant: string | null; ratings: RatingRow[] }[] {
  return pack.scenarios.map((scenario) => ({
    id: scenario.id,
    title: scenario.title,
    acrVariant: scenario.acrVariant ?? null,
    ratings: scenarioRatings(pack, scenario).map(ratingRow),
  }));
}

export function packInfo(pack: CriteriaPack, importedFrom: string | null): PackInfo {
  const { name, version, edition, officialUrl } = pack.metadata;
  return { name, version, edition, officialUrl, importedFrom };
}
