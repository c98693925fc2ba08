// The unit lane (`npm run test:unit`): the tests that run in this process, on data, in seconds: the model, loading,
// the rules, the diff, the renderers' pure parts, the reports, the Codes, the invalid corpus and the build's planner,
// about 20 s here. Everything that starts the CLI, Astro or Chromium (tests/build, tests/site, tests/cli, the fuzzer,
// the hostile files) and the type check (`npm run typecheck`, about 9 s; tests/typecheck.test.ts) are left to
// `npm test`, which runs every test, this lane's too. On two cores the lane runs in one worker: it is CPU-bound.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{code-versions,diff,load,model,render,report,validate}/**/*.test.ts', 'tests/invalid/corpus.test.ts', 'tests/cli/build-plan.test.ts'],
    exclude: ['**/*.e2e.test.ts', 'tests/load/hostile-files.test.ts', 'tests/load/stalls.test.ts'],
    testTimeout: 30_000,
    env: { CHC_UNIT_LANE: '1' },
    // One module graph for every file (they are pure tests on data): the lane's time was a quarter imports.
    isolate: false,
    pool: 'threads',
  },
});
