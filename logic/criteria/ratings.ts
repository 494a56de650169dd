import type { RatingWord } from './ids';
import type { CriteriaPack, PackScenario } from './schema';

/** A scenario's rating row joined with its procedure and sources, as decisions and the lookup show it. */
export interface ScenarioRating {
  procedure: string;
  /** The procedure as ACR names it. */
  name: string;
  rating: RatingWord | 'not-bundled';
  score: number | null;
  radiation: string | null;
  /** The sources' labels, e.g. "Founding article; ACR decoded (GigHz)". */
  source: string;
}

/**
 * The scenario's bundled ratings, then "not bundled" rows for the pack's other procedures of the same
 * kind (imaging or treatment): ACR rates more procedures than the facts sheet carries, and the panel
 * must say that a missing one is missing (with the official table), never guess it.
 */
export function scenarioRatings(pack: CriteriaPack, scenario: PackScenario): ScenarioRating[] {
  const rated = new Set(scenario.ratings.map((r) => r.procedure));
  const kinds = new Set(pack.procedures.filter((p) => rated.has(p.id)).map((p) => p.kind));
  const missing: ScenarioRating[] = pack.procedures
    .filter((p) => kinds.has(p.kind) && !rated.has(p.id))
    .map((p) => ({
      procedure: p.id,
      name: p.name,
      rating: 'not-bundled',
      score: null,
      radiation: p.radiation ?? null,
      source: 'Not in the bundled facts: see the official ACR table',
    }));
  return [...bundledRatings(pack, scenario), ...missing];
}

function bundledRatings(pack: CriteriaPack, scenario: PackScenario): ScenarioRating[] {
  return scenario.ratings.map((r) => {
    const procedure = pack.procedures.find((p) => p.id === r.procedure);
    return {
      procedure: r.procedure,
      name: procedure?.name ?? r.procedure,
      rating: r.rating,
      score: r.score ?? null,
      radiation: r.radiation ?? procedure?.radiation ?? null,
      source: r.source.map((code) => pack.sources[code]?.label ?? code).join('; '),
    };
  });
}
