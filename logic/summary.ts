/**
 * "Copy summary": plain text a radiologist can paste into a report's recommendation section. It
 * names the criteria pack and its version, so the text says which rules produced it. Takes only
 * what it prints; the panel's result view fits these shapes as it is.
 */
import type { Severity } from './criteria/ids';
import { alertOrder } from './decide/order';

export interface SummaryRating {
  /** The procedure as ACR names it. */
  name: string;
  /** The rating's words ("Usually appropriate"): the group the row is listed under. */
  words: string;
  /** ACR's median score out of 9 ("8/9"), or null when the pack gives none. */
  score: string | null;
  /** ACR marks the panel's disagreement on this rating. */
  disagreement: boolean;
  /** Relative radiation level of an imaging procedure, when the pack gives one. */
  radiation: string | null;
  /** Where the level varies: the level per region. */
  radiationByRegion: string | null;
  source: string;
}

export interface SummaryOf {
  scenario: { title: string; acrVariant?: string | null } | null;
  /** In the order to print, grouped by their words (the panel's order). */
  ratings: SummaryRating[];
  alerts: { severity: Severity; text: string }[];
  branches: { title: string; steps: { text: string }[] }[];
  nextStepsNote?: string | null;
}

export interface SummaryPack {
  name: string;
  version: string;
  edition: string;
  officialUrl: string;
}

/** "- CT spine …: 8/9, relative radiation level Varies (…); source: ACR portal table." */
function ratingLine(row: SummaryRating): string {
  const parts = [row.score ?? 'no score'];
  if (row.disagreement) parts.push('panel disagreement');
  if (row.radiation) {
    const regions = row.radiationByRegion ? ` (${row.radiationByRegion})` : '';
    parts.push(`relative radiation level ${row.radiation}${regions}`);
  }
  return `- ${row.name}: ${parts.join(', ')}; source: ${row.source}.`;
}

export function summaryText(result: SummaryOf, pack: SummaryPack): string {
  const lines: string[] = [];
  const alerts = [...result.alerts].sort(alertOrder);
  for (const alert of alerts.filter((a) => a.severity === 'emergency')) lines.push(`URGENT: ${alert.text}`);
  lines.push(`ACR Appropriateness Criteria scenario: ${result.scenario?.title ?? 'none fits the facts given'}.`);
  if (result.scenario?.acrVariant) lines.push(`(ACR ${result.scenario.acrVariant})`);
  let group = '';
  for (const row of result.ratings) {
    if (row.words !== group) lines.push(`${row.words}:`);
    group = row.words;
    lines.push(ratingLine(row));
  }
  for (const alert of alerts.filter((a) => a.severity !== 'emergency')) lines.push(`Note: ${alert.text}`);
  for (const branch of result.branches) {
    lines.push(`${branch.title}: ${branch.steps.map((step) => step.text).join(' ')}`);
  }
  if (result.branches.length === 0 && result.nextStepsNote) lines.push(`Next steps: ${result.nextStepsNote}`);
  lines.push(`Criteria: ${pack.name} ${pack.version} (${pack.edition}); official table: ${pack.officialUrl}.`);
  lines.push('Decision support from VCF Lens; not a substitute for clinical judgement.');
  return lines.join('\n');
}
