// The growth of extraction time on one long line of header and deadline
// fragments: 4x the text must take about 4x the time. A timing ratio, so it runs in
// the e2e project (npm run test:e2e, every .ci/run), not in npm test; the budget of
// each crafted shape is in test/extract/guard.test.ts.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { backtrackLine } from './fixtures.js';

describe('near-linear time on one long line', () => {
  it('4x the text takes about 4x the time, not 16x (no quadratic backtracking)', async () => {
    const engine = await createEngine();
    const time = async (bytes: number) => {
      const t0 = performance.now();
      const doc = await engine.process({ path: `line-${bytes}.txt`, bytes: Buffer.from(backtrackLine(bytes)) });
      expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
      return performance.now() - t0;
    };
    await time(1 << 14); // warm up (dictionaries load once)
    const small = await time(1 << 16);
    const large = await time(1 << 18);
    await engine.close();
    console.log(`long line: 64 KB ${small.toFixed(0)} ms, 256 KB ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(2)}`);
    expect(large / small).toBeLessThan(8);
  });
});
