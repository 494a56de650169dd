import type { RatingWord } from './ids';
import type { CriteriaPack, PackScenario } from './schema';

/** A scenario's rating row joined with its procedure and sources, as decisions and the lookup show it. */
export interface ScenarioRating {
  procedure: string;
  /** The procedure as ACR names it. */
  name: string;
  rating: RatingWord;
  score: number | null;
  radiation: string | null;
  /** The sources' labels, e.g. "Founding article; ACR decoded (GigHz)". */
  source: string;
}

export function scenarioRatings(pack: CriteriaPack, scenario: PackScenario): ScenarioRating[] {
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
