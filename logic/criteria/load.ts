import { BUNDLED_PACK } from './bundled-pack';
import { lenientRefs } from './lenient';
import { type CriteriaPack, CriteriaPackSchema, crossReferences } from './schema';

export interface PackProblem {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; pack: CriteriaPack } | { ok: false; problems: PackProblem[] };

const pathText = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * Validates a pack (bundled or imported by a user). A bad pack yields every problem at once, shape and
 * references alike, so an institution can fix its file in one pass; the caller keeps the pack in use.
 */
export function loadPack(raw: unknown): LoadResult {
  const parsed = CriteriaPackSchema.safeParse(raw);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
  // The refinement did not run on a pack zod rejected: check its references here.
  if (!parsed.error.issues.some((issue) => issue.code === 'custom')) {
    for (const issue of crossReferences(lenientRefs(raw)))
      problems.push({ path: pathText(issue.path), message: issue.message });
  }
  const seen = new Set<string>();
  return {
    ok: false,
    problems: problems.filter((p) => {
      const key = `${p.path}\n${p.message}`;
      return !seen.has(key) && seen.add(key);
    }),
  };
}

let bundled: CriteriaPack | undefined;

/** The pack shipped with the extension, validated once: a broken bundle is a build error, not a silent fallback. */
export function bundledPack(): CriteriaPack {
  if (!bundled) {
    const loaded = loadPack(BUNDLED_PACK);
    if (!loaded.ok) throw new Error(`bundled criteria pack is invalid: ${JSON.stringify(loaded.problems)}`);
    bundled = loaded.pack;
  }
  return bundled;
}
