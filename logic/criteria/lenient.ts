import type { PackRefs } from './schema';

/**
 * A forgiving read of a raw pack, for the cross-reference checks only: when zod already rejects the shape
 * its refinements do not run, yet the user should still see every broken reference in one go.
 * Anything of the wrong type reads as empty, which those checks skip (zod reports it).
 */
type Raw = Record<string, unknown>;

const record = (value: unknown): Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(record) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const codes = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
const item = (raw: Raw) => ({
  id: text(raw.id),
  source: codes(raw.source),
  recommends: codes(raw.recommends),
  scenarios: codes(raw.scenarios),
});

export function lenientRefs(raw: unknown): PackRefs {
  const pack = record(raw);
  return {
    sources: record(pack.sources),
    procedures: list(pack.procedures).map((p) => ({ id: text(p.id) })),
    scenarios: list(pack.scenarios).map((s) => ({
      id: text(s.id),
      ratings: list(s.ratings).map((r) => ({
        procedure: text(r.procedure),
        rating: text(r.rating),
        source: codes(r.source),
      })),
    })),
    alerts: list(pack.alerts).map((a) => ({ ...item(a), severity: text(a.severity) })),
    pitfalls: list(pack.pitfalls).map(item),
    nextSteps: list(pack.nextSteps).map((b) => ({
      id: text(b.id),
      after: text(b.after),
      scenarios: codes(b.scenarios),
      steps: list(b.steps).map(item),
    })),
    differential: list(pack.differential).map((d) => ({ ...item(d), scenario: text(d.scenario) })),
  };
}
