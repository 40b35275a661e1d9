import { globSync } from 'tinyglobby';
import { defineConfig } from 'vitest/config';

// Two projects. `unit`: the folders listed here, no OCR, each file isolated.
// `ocr`: everything else (OCR, PDF rendering, real scans, the CLI in child
// processes, the span check over the eval set, and any new test folder until
// it is listed under unit): its files
// share one process per worker (isolate: false), so the engine, OCR pool and
// synthetic scans of test/ocr/fixtures.ts load once per worker, not per file.
// The tests on the real scans are one file (test/scans/real.test.ts), so one
// process reads each scan once for all of them.
const UNIT = [
  'test/*.test.ts',
  'test/{batch,dictionaries,export,extract,input,normalize,output,restore,synth}/**/*.test.ts',
  'test/ocr/order.test.ts',
  'test/pdf/render.test.ts',
];
// Heavy files of the unit folders.
const SLOW = ['test/cli.test.ts', 'test/batch/big-pdf.test.ts', 'test/batch/bad-inputs.test.ts', 'test/extract/guard.test.ts'];
const unit = globSync(UNIT, { ignore: SLOW });

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // OCR workers are heavy: two test processes at a time on this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      { extends: true, test: { name: 'ocr', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...unit], isolate: false } },
    ],
  },
});
