import type { Severity } from '../criteria/ids';

const RANK: Record<Severity, number> = { emergency: 0, warning: 1, info: 2 };

/** Emergency first, then warnings, then information; a stable sort keeps the pack's order within each. */
export function alertOrder(a: { severity: Severity }, b: { severity: Severity }): number {
  return RANK[a.severity] - RANK[b.severity];
}
