import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The Firefox e2e tests (tests/e2e-firefox): the e2e build in Debian's Firefox ESR through WebDriver BiDi.
// One Firefox per file, files one after another (2 cores), so timings stay sane under load.
export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
