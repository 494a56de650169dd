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

// V8's threshold for a subject so long that an expression's first run compiles machine code at once
// (`kTierUpForSubjectLengthValue`) rather than bytecode that is compiled again on the next run.
const LONG_SUBJECT = ' '.repeat(1024);

/**
 * V8 also compiles an expression without its optimisations once the page has generated over 1 MB of
 * regexp code and holds over 16 MB of executable memory (`TooMuchRegExpCode`). The lexicon's
 * expressions are 1.2–1.9 MB of machine code each, so an expression first run after them was compiled
 * optimised or not depending on what the last collection had freed: the demographics scan read 1.7 MB
 * in 45 ms or in 950 ms, run to run. The expressions that read a whole text are compiled here, when
 * their module loads, before any lexicon expression has run.
 */
export function compiledNow(pattern: RegExp): RegExp {
  pattern.exec(LONG_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}
