import { RATING_WORDS, type RatingWord } from './ids';
import type { CriteriaPack, PackScenario } from './schema';

/** A scenario's rating row joined with its procedure and sources, as decisions and the lookup show it. */
export interface ScenarioRating {
  procedure: string;
  /** The procedure as ACR names it. */
  name: string;
  rating: RatingWord;
  /** ACR's median score, 1–9; null when the pack gives none. */
  score: number | null;
  /** ACR marks the panel's disagreement on this rating. */
  disagreement: boolean;
  /** Relative radiation level for imaging; null for treatments. */
  radiation: string | null;
  /** Where the level varies: the level per region ("CT complete spine ☢☢☢☢ 10–30 mSv; …"). */
  radiationByRegion: string | null;
  /** The sources' labels, e.g. "Founding article; ACR decoded (GigHz)". */
  source: string;
  /** Only a secondary source (the transcribed copy of ACR's table) states the row: confirm it in ACR's own. */
  needsConfirmation: boolean;
}

const GROUP = new Map<RatingWord, number>(RATING_WORDS.map((word, i) => [word, i]));

/**
 * The ratings the pack holds for the scenario, grouped usually appropriate → may be appropriate → usually
 * not appropriate, the higher score first within a group (the pack's order among equals). A pair the pack
 * does not hold is not listed: it is not in ACR's table, and the bundled pack never guesses one.
 */
export function scenarioRatings(pack: CriteriaPack, scenario: PackScenario): ScenarioRating[] {
  return scenario.ratings
    .map((r) => {
      const procedure = pack.procedures.find((p) => p.id === r.procedure);
      const imaging = procedure?.kind !== 'treatment';
      const regions = imaging ? procedure?.radiationByRegion : undefined;
      const { labels, needsConfirmation } = sourceLine(pack, r.source);
      return {
        procedure: r.procedure,
        name: procedure?.name ?? r.procedure,
        rating: r.rating,
        score: r.score ?? null,
        disagreement: r.disagreement === true,
        radiation: imaging ? (r.radiation ?? procedure?.radiation ?? null) : null,
        radiationByRegion: regions?.length ? regions.map((x) => `${x.region} ${x.level}`).join('; ') : null,
        source: labels,
        needsConfirmation,
      };
    })
    .sort((a, b) => (GROUP.get(a.rating) ?? 0) - (GROUP.get(b.rating) ?? 0) || (b.score ?? 0) - (a.score ?? 0));
}

/** The labels of the row's primary sources; a secondary source's label only when it stands alone. */
function sourceLine(pack: CriteriaPack, codes: string[]): { labels: string; needsConfirmation: boolean } {
  const primary = codes.filter((code) => pack.sources[code]?.secondary !== true);
  const named = primary.length > 0 ? primary : codes;
  return {
    labels: named.map((code) => pack.sources[code]?.label ?? code).join('; '),
    needsConfirmation: primary.length === 0,
  };
}
