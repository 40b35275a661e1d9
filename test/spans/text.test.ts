// Every field's value agrees with the text at its span (see agree.ts), for
// every eval record read from text: the seeds and the gold files' sources.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { disagreements } from './agree.js';

function goldSources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...goldSources(p));
    else if (e.name.endsWith('.gold.json')) {
      const g = JSON.parse(readFileSync(p, 'utf8')) as { source?: string; doc?: string };
      out.push(g.source ? resolve(PACKAGE_ROOT, g.source) : join(PACKAGE_ROOT, 'seeds', g.doc ?? ''));
    }
  }
  return out;
}

const all = [...new Set([...readdirSync(join(PACKAGE_ROOT, 'seeds')).map((f) => join(PACKAGE_ROOT, 'seeds', f)), ...goldSources(join(PACKAGE_ROOT, 'corpus', 'gold'))])].filter((f) => /\.txt$/.test(f));
const present = all.filter((f) => existsSync(f));
if (present.length < all.length) console.log(`test/spans: ${all.length - present.length} gold sources under ../shared are absent, skipped`);

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
