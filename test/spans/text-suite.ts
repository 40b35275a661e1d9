// The span check on text inputs, shared by text.test.ts (a sample, in `npm test`) and text-all.test.ts (every
// source, in `npm run test:e2e`, which .ci/run runs on every build).
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { disagreements } from './agree.js';

export function spanSuite(title: string, files: string[]): void {
  describe(title, async () => {
    const engine = await createEngine();
    const gaz = await loadGazetteer();
    afterAll(() => engine.close());
    it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', async (_name, file) => {
      const doc = await engine.process(file);
      expect(doc.record).toBeDefined();
      expect(disagreements(doc.record!, gaz)).toEqual([]);
    });
  });
}
