/**
 * `npm test`: every check a change must pass, in the order a failure is cheapest to find, run to the
 * end even when one fails so a single run shows everything. Ends with one plain line CI can read:
 * "N passed, N failed" (every vitest and Playwright test, the Firefox e2e tests too, plus one per whole-tool check).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(command: string): boolean {
  console.log(`\n▶ ${command}`);
  return spawnSync(command, { stdio: 'inherit', shell: true }).status === 0;
}

/** A whole-tool check (type check, lint, build) counts as one test. */
function check(name: string, command: string): void {
  if (run(command)) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(name);
  }
}

/** A test runner counts each of its tests, read from the JSON report it wrote. */
function suite(name: string, command: string, report: string, count: (json: unknown) => Tally): void {
  rmSync(report, { force: true });
  const ok = run(command);
  const tally = existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : null;
  if (tally) {
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
  }
  // A runner that crashed before reporting, or failed outside any test, still fails the run.
  if (!ok || !tally || tally.failed > 0) {
    if (!tally || tally.failed === 0) total.failed += 1;
    failures.push(name);
  }
}

const vitestTally = (json: unknown): Tally => {
  const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};
const playwrightTally = (json: unknown): Tally => {
  const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
};

check('type check', 'npx tsc --noEmit');
check('lint', 'npx biome check .');
check('production builds', 'npx wxt build && npx wxt build -b firefox');
suite(
  'unit and DOM tests',
  'npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json',
  'test-results/unit.json',
  vitestTally,
);
check('Firefox addons linter', 'npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted');
suite('e2e tests in Chromium', 'npm run -s build:e2e && npx playwright test', 'test-results/e2e.json', playwrightTally);
suite(
  'e2e tests in Firefox',
  'npm run -s build:e2e:firefox && npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile=test-results/e2e-firefox.json',
  'test-results/e2e-firefox.json',
  vitestTally,
);

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
process.exit(failures.length > 0 ? 1 : 0);
