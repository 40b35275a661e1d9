import { globSync } from 'tinyglobby';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Three projects; `npm test` runs `unit` and `ocr`, `npm run test:e2e` (and .ci/run) `e2e`.
// `unit`: the folders listed here, no OCR. `ocr`: everything else run in the
// test process (OCR, PDF rendering, the CLI in child processes, the server, the
// span check over the eval set, and any new test folder until it is listed under
// unit). `e2e`: what starts outside services or reads real scans end to end: the
// queue on a redis-server, the clerk's page in chromium, the real scans of
// ../shared, the scanned and mixed PDFs of seed 001 (~45 s of OCR CPU) and the
// digit reader on a real dev scan; too much for `npm test` to stay under a minute
// on two cores, and run by .ci/run on every build. No project isolates its files
// (isolate: false): each worker process loads the modules once, and in `ocr` and
// `e2e` the engine, OCR pool and synthetic scans of test/ocr/fixtures.ts once per
// worker, not per file.
const UNIT = [
  'test/*.test.ts',
  'test/{batch,dictionaries,export,extract,input,normalize,output,restore,synth}/**/*.test.ts',
  'test/ocr/{order,blank,quotes,markers,homography,sheet}.test.ts',
  'test/pdf/render.test.ts',
];
// Heavy files of the unit folders.
const SLOW = ['test/cli.test.ts', 'test/batch/big-pdf.test.ts', 'test/batch/growth.test.ts', 'test/batch/bad-inputs.test.ts', 'test/extract/guard.test.ts'];
const E2E = ['test/queue/queue.test.ts', 'test/cli/batch-signals.test.ts', 'test/spans/pdf.test.ts', 'test/batch/growth.test.ts', 'test/spans/text-all.test.ts', 'test/serve/kill.test.ts', 'test/batch/big-pdf.test.ts', 'test/extract/guard.test.ts', 'test/serve/browser.test.ts', 'test/scans/real.test.ts', 'test/pdf/engine-scan.test.ts', 'test/refine/handwriting.test.ts', 'test/ocr/capture.test.ts'];
const unit = globSync(UNIT, { ignore: SLOW });

// Files that wait (redis locks, chromium) or OCR most start first, so the short
// ones fill the gaps at the end; a fresh clone has no timings to sort by yet.
const FIRST = ['test/queue/queue.test.ts', 'test/scans/real.test.ts', 'test/pdf/engine-scan.test.ts', 'test/serve/browser.test.ts', 'test/refine/handwriting.test.ts', 'test/ocr/ocr.test.ts', 'test/pdf/engine.test.ts', 'test/spans/text.test.ts', 'test/extract/guard.test.ts', 'test/cli/batch.test.ts', 'test/batch/bad-inputs.test.ts'];
class HeavyFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = FIRST.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }
}

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Three test processes on this 2-core machine: the queue and browser tests
    // mostly wait (locks, chromium), and a third process uses that idle CPU.
    pool: 'forks',
    maxWorkers: 3,
    isolate: false,
    sequence: { sequencer: HeavyFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      { extends: true, test: { name: 'ocr', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...unit, ...E2E] } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
