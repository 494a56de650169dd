import { z } from 'zod';
import { ALERT_IDS, ALERT_SEVERITY, type AlertId, RATING_WORDS, SCENARIO_IDS, SEVERITIES } from './ids';

/**
 * A criteria pack: versioned rule data with a source on every clinical item. Objects are loose so a pack
 * written by a newer VCF Lens (or an institution adding fields) keeps its extra fields instead of failing.
 */
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase id (letters, digits, hyphens)');
const Text = z.string().trim().min(1);
/** Source codes, each a key of the pack's `sources`. */
const Source = z.array(z.string().min(1)).min(1, 'every item names at least one source');

const CitationSchema = z.looseObject({ title: Text, url: z.url() });

const MetadataSchema = z.looseObject({
  name: Text,
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semantic version (1.2.3)'),
  edition: Text,
  topicId: z.number().int().positive(),
  officialUrl: z.url(),
  citations: z.array(CitationSchema).min(1),
});

const ProcedureSchema = z.looseObject({
  id: Id,
  /** The procedure as ACR names it. */
  name: Text,
  kind: z.enum(['imaging', 'treatment']),
  /** Relative radiation level ("O", "☢☢☢"); null when ACR gives none (treatments). */
  radiation: z.string().min(1).nullable(),
});

const RatingSchema = z.looseObject({
  procedure: Id,
  rating: z.enum(RATING_WORDS),
  score: z.number().int().min(1).max(9).optional(),
  /** Overrides the procedure's radiation level where the rating row qualifies it. */
  radiation: z.string().min(1).optional(),
  source: Source,
});

const ScenarioSchema = z.looseObject({
  id: Id,
  title: Text,
  fits: z.array(Text),
  notFits: z.array(Text),
  ratings: z.array(RatingSchema),
});

const ItemSchema = z.looseObject({ id: Id, text: Text, source: Source });

const AlertSchema = ItemSchema.extend({ severity: z.enum(SEVERITIES) });

const BranchSchema = z.looseObject({
  id: Id,
  /** The procedure whose outcome the branch follows; shown when the scenario rates it appropriate. */
  after: Id,
  title: Text,
  steps: z.array(ItemSchema).min(1),
});

const DifferentialSchema = ItemSchema.extend({ scenario: Id });

const SourceInfoSchema = z.looseObject({ label: Text, citation: Text, url: z.url().optional() });

const BasePackSchema = z.looseObject({
  metadata: MetadataSchema,
  sources: z.record(z.string().min(1), SourceInfoSchema),
  procedures: z.array(ProcedureSchema).min(1),
  scenarios: z.array(ScenarioSchema).min(1),
  alerts: z.array(AlertSchema),
  pitfalls: z.array(ItemSchema),
  nextSteps: z.array(BranchSchema),
  differential: z.array(DifferentialSchema),
});

type Issue = { path: (string | number)[]; message: string };
type Item = { id: string; source: string[] };

/** Only what the cross-reference checks read, so they can also run over a pack that failed its shape checks. */
export interface PackRefs {
  sources: Record<string, unknown>;
  procedures: { id: string }[];
  scenarios: { id: string; ratings: { procedure: string; source: string[] }[] }[];
  alerts: (Item & { severity: string })[];
  pitfalls: Item[];
  nextSteps: { id: string; after: string; steps: Item[] }[];
  differential: (Item & { scenario: string })[];
}

/** Ids seen more than once; empty ids are zod's to report. */
function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids.filter(Boolean)) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

function checkDuplicates(list: { id: string }[], at: string, issues: Issue[]): void {
  const twice = duplicates(list.map((item) => item.id));
  list.forEach((item, i) => {
    if (twice.has(item.id)) issues.push({ path: [at, i, 'id'], message: `duplicate id "${item.id}"` });
  });
}

function checkSources(source: string[], path: (string | number)[], known: Set<string>, issues: Issue[]): void {
  source.forEach((code, i) => {
    if (!known.has(code)) issues.push({ path: [...path, 'source', i], message: `unknown source "${code}"` });
  });
}

/** What zod's shapes cannot say: ids that clash, references that point nowhere, contract ids that are absent. */
export function crossReferences(pack: PackRefs): Issue[] {
  const issues: Issue[] = [];
  const procedures = new Set(pack.procedures.map((p) => p.id));
  const scenarios = new Set(pack.scenarios.map((s) => s.id));
  const sources = new Set(Object.keys(pack.sources));

  checkDuplicates(pack.procedures, 'procedures', issues);
  checkDuplicates(pack.scenarios, 'scenarios', issues);
  checkDuplicates(pack.alerts, 'alerts', issues);
  checkDuplicates(pack.pitfalls, 'pitfalls', issues);
  checkDuplicates(pack.nextSteps, 'nextSteps', issues);
  checkDuplicates(pack.differential, 'differential', issues);

  pack.scenarios.forEach((scenario, s) => {
    const twice = duplicates(scenario.ratings.map((r) => r.procedure));
    scenario.ratings.forEach((rating, r) => {
      const path = ['scenarios', s, 'ratings', r];
      if (rating.procedure && !procedures.has(rating.procedure)) {
        issues.push({ path: [...path, 'procedure'], message: `unknown procedure "${rating.procedure}"` });
      }
      if (twice.has(rating.procedure)) {
        issues.push({ path: [...path, 'procedure'], message: `"${rating.procedure}" is rated twice in this scenario` });
      }
      checkSources(rating.source, path, sources, issues);
    });
  });
  for (const id of SCENARIO_IDS) {
    if (!scenarios.has(id)) issues.push({ path: ['scenarios'], message: `missing scenario "${id}" (routed to)` });
  }

  pack.alerts.forEach((alert, i) => {
    const expected = ALERT_SEVERITY[alert.id as AlertId];
    if (alert.id && !expected) issues.push({ path: ['alerts', i, 'id'], message: `unknown alert id "${alert.id}"` });
    else if (expected && alert.severity !== expected) {
      issues.push({ path: ['alerts', i, 'severity'], message: `"${alert.id}" must have severity "${expected}"` });
    }
    checkSources(alert.source, ['alerts', i], sources, issues);
  });
  const alerts = new Set(pack.alerts.map((a) => a.id));
  for (const id of ALERT_IDS) {
    if (!alerts.has(id)) issues.push({ path: ['alerts'], message: `missing alert "${id}"` });
  }

  for (const [i, item] of pack.pitfalls.entries()) checkSources(item.source, ['pitfalls', i], sources, issues);
  pack.nextSteps.forEach((branch, b) => {
    if (branch.after && !procedures.has(branch.after)) {
      issues.push({ path: ['nextSteps', b, 'after'], message: `unknown procedure "${branch.after}"` });
    }
    for (const [s, step] of branch.steps.entries())
      checkSources(step.source, ['nextSteps', b, 'steps', s], sources, issues);
  });
  pack.differential.forEach((item, i) => {
    if (item.scenario && !scenarios.has(item.scenario)) {
      issues.push({ path: ['differential', i, 'scenario'], message: `unknown scenario "${item.scenario}"` });
    }
    checkSources(item.source, ['differential', i], sources, issues);
  });
  return issues;
}

export const CriteriaPackSchema = BasePackSchema.superRefine((pack, ctx) => {
  for (const issue of crossReferences(pack)) ctx.addIssue({ code: 'custom', ...issue });
});

export type CriteriaPack = z.infer<typeof CriteriaPackSchema>;
export type PackScenario = CriteriaPack['scenarios'][number];
export type PackRating = PackScenario['ratings'][number];
