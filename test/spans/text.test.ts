// Every field's value agrees with the text at its span (see agree.ts), for
// every eval record read from text: the seeds and the gold files' sources.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { disagreements } from './agree.js';
import { evalInputs } from './sources.js';

const { present, absent } = evalInputs(/\.txt$/);
if (absent) console.log(`test/spans: ${absent} gold sources under ../shared are absent, skipped`);

describe('spans agree with values (text inputs)', async () => {
  const engine = await createEngine();
  const gaz = await loadGazetteer();
  afterAll(() => engine.close());
  it.each(present.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', async (_name, file) => {
    const doc = await engine.process(file);
    expect(doc.record).toBeDefined();
    expect(disagreements(doc.record!, gaz)).toEqual([]);
  });
});
