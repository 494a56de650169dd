import type { CaseField } from '@/logic/case';
import { type CriteriaPack, type ScenarioRating, scenarioRatings } from '@/logic/criteria';
import type { Decision } from '@/logic/decide';

/**
 * What the results show, in the panel's terms. Only the adapters at the end of this file read the
 * decision and pack shapes; the result components read these.
 */
export type RatingLevel = 'usually-appropriate' | 'may-be-appropriate' | 'usually-not-appropriate' | 'not-bundled';

export interface RatingRow {
  procedure: string;
  /** The procedure as ACR names it. */
  name: string;
  rating: RatingLevel;
  /** ACR's words for the rating. */
  words: string;
  /** Relative radiation level, when the pack gives one. */
  radiation: string | null;
  source: string;
}

export interface TextItem {
  id: string;
  text: string;
}

export interface AlertItem extends TextItem {
  severity: 'emergency' | 'warning' | 'info';
}

export interface ResultView {
  /** Our short title, and ACR's own wording of the variant when the pack gives it. */
  scenario: { id: string; title: string; variant: string | null } | null;
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
  differential: TextItem[];
}

/** The criteria the results come from, shown with every result and named in the summary. */
export interface PackInfo {
  name: string;
  version: string;
  /** The ACR edition the pack encodes ("2022 update"). */
  edition: string;
  /** ACR's official table, where every "not bundled" rating can be looked up. */
  officialUrl: string;
  /** The imported file's name, or null for the bundled pack. */
  importedFrom: string | null;
}

/** ACR's wording for each rating, and ours for a pair the pack does not hold. */
const WORDS: Record<RatingLevel, string> = {
  'usually-appropriate': 'Usually appropriate',
  'may-be-appropriate': 'May be appropriate',
  'usually-not-appropriate': 'Usually not appropriate',
  'not-bundled': 'Not bundled: see the official ACR table',
};

function ratingRow(rating: ScenarioRating): RatingRow {
  const score = rating.score === null ? '' : ` (${rating.score})`;
  return {
    procedure: rating.procedure,
    name: rating.name,
    rating: rating.rating,
    words: `${WORDS[rating.rating]}${score}`,
    radiation: rating.radiation,
    source: rating.source,
  };
}

/** ACR's wording of a scenario's variant, where the pack holds one (a `variant` text beside our title). */
function variantOf(pack: CriteriaPack, id: string): string | null {
  const scenario = pack.scenarios.find((candidate) => candidate.id === id) as { variant?: unknown } | undefined;
  return typeof scenario?.variant === 'string' && scenario.variant.trim() ? scenario.variant : null;
}

export function toResultView(decision: Decision, pack: CriteriaPack): ResultView {
  const { scenario } = decision;
  return {
    scenario: scenario && { id: scenario.id, title: scenario.title, variant: variantOf(pack, scenario.id) },
    why: decision.why,
    wouldChange: decision.missing.map((fact) => fact.text),
    missing: decision.missing.map(({ field, text }) => ({ field, text })),
    ratings: decision.ratings.map(ratingRow),
    alerts: decision.alerts,
    pitfalls: decision.pitfalls,
    branches: decision.branches.map(({ title, steps }) => ({ title, steps })),
    differential: decision.differential,
  };
}

/** Every scenario of the pack with its ratings, for the quick lookup. */
export function toLookup(pack: CriteriaPack): { id: string; title: string; ratings: RatingRow[] }[] {
  return pack.scenarios.map((scenario) => ({
    id: scenario.id,
    title: scenario.title,
    ratings: scenarioRatings(pack, scenario).map(ratingRow),
  }));
}

export function packInfo(pack: CriteriaPack, importedFrom: string | null): PackInfo {
  const { name, version, edition, officialUrl } = pack.metadata;
  return { name, version, edition, officialUrl, importedFrom };
}
