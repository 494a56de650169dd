import { existsSync } from 'node:fs';

/**
 * A browser's executable: the path in `envVar` when it is set (and exists), else the first of the usual
 * install paths that exists. Nothing is ever downloaded.
 */
export function findExecutable(envVar: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}
