/**
 * "Copy summary": plain text a radiologist can paste into a report's recommendation section. It
 * names the criteria pack and its version, so the text says which rules produced it. Takes only
 * what it prints; the panel's result view fits these shapes as it is.
 */
export interface SummaryOf {
  scenario: { title: string } | null;
  ratings: { name: string; words: string; radiation: string | null; rating?: string }[];
  alerts: { severity: 'emergency' | 'warning' | 'info'; text: string }[];
  branches: { title: string; steps: { text: string }[] }[];
}

export interface SummaryPack {
  name: string;
  version: string;
  edition: string;
  officialUrl: string;
}

const ORDER = { emergency: 0, warning: 1, info: 2 } as const;

export function summaryText(result: SummaryOf, pack: SummaryPack): string {
  const lines: string[] = [];
  const alerts = [...result.alerts].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const alert of alerts.filter((a) => a.severity === 'emergency')) lines.push(`URGENT: ${alert.text}`);
  lines.push(`ACR Appropriateness Criteria scenario: ${result.scenario?.title ?? 'none fits the facts given'}.`);
  // A recommendation quotes what is rated; the panel itself lists what is not bundled.
  for (const row of result.ratings.filter((r) => r.rating !== 'not-bundled')) {
    lines.push(`- ${row.name}: ${row.words}${row.radiation ? ` (relative radiation level ${row.radiation})` : ''}.`);
  }
  for (const alert of alerts.filter((a) => a.severity !== 'emergency')) lines.push(`Note: ${alert.text}`);
  for (const branch of result.branches) {
    lines.push(`${branch.title}: ${branch.steps.map((step) => step.text).join(' ')}`);
  }
  lines.push(`Criteria: ${pack.name} ${pack.version} (${pack.edition}); official table: ${pack.officialUrl}.`);
  lines.push('Decision support from VCF Lens; not a substitute for clinical judgement.');
  return lines.join('\n');
}
