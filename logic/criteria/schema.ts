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
  /** Adult relative radiation level ("O 0 mSv", "☢☢☢ 1–10 mSv", "Varies"); null when ACR gives none (treatments). */
  radiation: z.string().min(1).nullable(),
  /** Where the level is "Varies": the level per spine region, as ACR's region rows give it. */
  radiationByRegion: z.array(z.looseObject({ region: Text, level: Text })).optional(),
});

const RatingSchema = z.looseObject({
  procedure: Id,
  rating: z.enum(RATING_WORDS),
  /** ACR's median panel score, 1–9. */
  score: z.number().int().min(1).max(9).optional(),
  /** ACR marks the panel's disagreement on this rating. */
  disagreement: z.boolean().optional(),
  /** Overrides the procedure's radiation level where the rating row qualifies it. */
  radiation: z.string().min(1).optional(),
  source: Source,
});

const ScenarioSchema = z.looseObject({
  id: Id,
  /** Our short title. */
  title: Text,
  /** ACR's own wording of the variant ("Variant 7: …"), shown beside the title. */
  acrVariant: Text.optional(),
  fits: z.array(Text),
  notFits: z.array(Text),
  ratings: z.array(RatingSchema),
  /** Says so when no next steps are bundled for the scenario (and why). */
  noNextSteps: Text.optional(),
});

const ItemSchema = z.looseObject({
  id: Id,
  text: Text,
  source: Source,
  /** The procedures the text advises: never shown where the scenario rates one usually not appropriate. */
  recommends: z.array(Id).optional(),
  /** The scenarios it belongs to; absent, it may show with any scenario (or none). */
  scenarios: z.array(Id).optional(),
});

const AlertSchema = ItemSchema.extend({ severity: z.enum(SEVERITIES) });

const BranchSchema = z.looseObject({
  id: Id,
  /** The procedure whose outcome the branch follows. */
  after: Id,
  /** The scenarios whose next steps these are (the facts sheet's "Next steps per scenario"). */
  scenarios: z.array(Id).min(1),
  title: Text,
  steps: z.array(ItemSchema).min(1),
});

const DifferentialSchema = ItemSchema.extend({ scenario: Id });

const SourceInfoSchema = z.looseObject({
  label: Text,
  citation: Text,
  url: z.url().optional(),
  /**
   * A source that only corroborates: a row's source line names it only when no other source states the row
   * (a transcribed copy of ACR's table, whose label asks the user to confirm in the official one).
   */
  secondary: z.boolean().optional(),
});

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
type Item = { id: string; source: string[]; recommends?: string[]; scenarios?: string[] };

/** Only what the cross-reference checks read, so they can also run over a pack that failed its shape checks. */
export interface PackRefs {
  sources: Record<string, unknown>;
  procedures: { id: string }[];
  scenarios: { id: string; ratings: { procedure: string; rating: string; source: string[] }[] }[];
  alerts: (Item & { severity: string })[];
  pitfalls: Item[];
  nextSteps: { id: string; after: string; scenarios: string[]; steps: Item[] }[];
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

/** Procedures each scenario rates usually not appropriate, keyed by scenario id. */
function advisedAgainst(pack: PackRefs): Map<string, Set<string>> {
  return new Map(
    pack.scenarios.map((s) => [
      s.id,
      new Set(s.ratings.filter((r) => r.rating === 'usually-not-appropriate').map((r) => r.procedure)),
    ]),
  );
}

/**
 * An item's procedures and scenarios must exist, and an item tied to a scenario must not advise what that
 * scenario rates usually not appropriate (decide() would hide it, so the pack contradicts itself).
 */
function checkItem(
  item: Item,
  path: (string | number)[],
  known: { procedures: Set<string>; scenarios: Set<string>; against: Map<string, Set<string>> },
  issues: Issue[],
  scenarios = item.scenarios,
): void {
  item.recommends?.forEach((procedure, i) => {
    if (procedure && !known.procedures.has(procedure))
      issues.push({ path: [...path, 'recommends', i], message: `unknown procedure "${procedure}"` });
  });
  scenarios?.forEach((scenario, i) => {
    if (scenario && !known.scenarios.has(scenario))
      issues.push({ path: [...path, 'scenarios', i], message: `unknown scenario "${scenario}"` });
    for (const procedure of item.recommends ?? []) {
      if (known.against.get(scenario)?.has(procedure))
        issues.push({
          path: [...path, 'scenarios', i],
          message: `"${scenario}" rates "${procedure}" usually not appropriate, which this item advises`,
        });
    }
  });
}

/** What zod's shapes cannot say: ids that clash, references that point nowhere, contract ids that are absent. */
export function crossReferences(pack: PackRefs): Issue[] {
  const issues: Issue[] = [];
  const procedures = new Set(pack.procedures.map((p) => p.id));
  const scenarios = new Set(pack.scenarios.map((s) => s.id));
  const sources = new Set(Object.keys(pack.sources));
  const known = { procedures, scenarios, against: advisedAgainst(pack) };

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
    checkItem(alert, ['alerts', i], known, issues);
  });
  const alerts = new Set(pack.alerts.map((a) => a.id));
  for (const id of ALERT_IDS) {
    if (!alerts.has(id)) issues.push({ path: ['alerts'], message: `missing alert "${id}"` });
  }

  for (const [i, item] of pack.pitfalls.entries()) {
    checkSources(item.source, ['pitfalls', i], sources, issues);
    checkItem(item, ['pitfalls', i], known, issues);
  }
  pack.nextSteps.forEach((branch, b) => {
    if (branch.after && !procedures.has(branch.after)) {
      issues.push({ path: ['nextSteps', b, 'after'], message: `unknown procedure "${branch.after}"` });
    }
    // The branch follows its procedure, so it advises it too.
    const follows = procedures.has(branch.after) ? [branch.after] : [];
    checkItem(
      { id: branch.id, source: [], recommends: follows, scenarios: branch.scenarios },
      ['nextSteps', b],
      known,
      issues,
    );
    for (const [s, step] of branch.steps.entries()) {
      checkSources(step.source, ['nextSteps', b, 'steps', s], sources, issues);
      checkItem(step, ['nextSteps', b, 'steps', s], known, issues, branch.scenarios);
    }
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
