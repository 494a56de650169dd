/**
 * V8 (and Firefox, which uses the same regular-expression engine) stops optimising an expression whose
 * source is longer than 20 KB (`kRegExpTooLargeToOptimize`): measured here, the lexicon grown just past
 * that limit read a page 18 times slower (34 → 614 ms on 1.6 MB). The engine's big expressions are
 * checked against it when they are built, so a rule that would cross it fails every test at once
 * instead of slowing every page.
 */
export const OPTIMISED_SOURCE_CHARS = 20 * 1024;

export function withinBudget(pattern: RegExp, what: string): RegExp {
  if (pattern.source.length > OPTIMISED_SOURCE_CHARS) {
    throw new Error(
      `${what} is ${pattern.source.length} characters, over the ${OPTIMISED_SOURCE_CHARS} past which V8 stops optimising it (about 18x slower). Shorten or merge rules.`,
    );
  }
  return pattern;
}
