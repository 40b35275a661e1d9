// The stage contract: presets are checked when built, and every stage's
// declaration (requires, reads, assigns) covers what it really touches on the
// Doc, watched through a Proxy while the real presets read real documents.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDoc, type Doc, type DocKey } from '../src/doc.js';
import { ALWAYS, definePipeline, type Pipeline, type Stage } from '../src/pipeline.js';
import { inputStage } from '../src/input/read.js';
import { normalizeStage } from '../src/normalize/index.js';
import { outputStage } from '../src/output/record.js';
import { textPipeline } from '../pipelines/text.js';
import { pdfPipeline } from '../pipelines/pdf.js';
import { Resources } from '../pipelines/tail.js';
import { textPdf } from '../src/synth/scan.js';
import { packagePath } from '../src/paths.js';

const SEED = readFileSync(packagePath('seeds', '001_eda59625cfa00c8b.txt'));

describe('presets are checked when built', () => {
  it('refuses a stage needing a field no earlier stage writes, naming both', () => {
    expect(() => definePipeline('bad', [normalizeStage()])).toThrow(/pipeline bad: stage normalize needs raw, which no earlier stage writes/);
    expect(() => definePipeline('bad', [inputStage(), outputStage('bad')])).toThrow(/stage output needs raw/);
  });

  it('accepts the presets, and a restore-only engine builds no extraction', async () => {
    const res = new Resources({ until: 'restore' });
    const p = await textPipeline(res);
    expect(p.stages.map((s) => s.name)).toEqual(['text', 'normalize', 'restore']);
    await res.close();
  });
});

/** Run a preset the way the engine does (input once, then the preset), recording each stage's reads and writes. */
async function watch(p: Pipeline, doc: Doc): Promise<Map<string, { read: Set<DocKey>; wrote: Set<DocKey> }>> {
  const seen = new Map<string, { read: Set<DocKey>; wrote: Set<DocKey> }>();
  for (const stage of [inputStage(), ...p.stages] as Stage[]) {
    const log = { read: new Set<DocKey>(), wrote: new Set<DocKey>() };
    seen.set(stage.name, log);
    const proxy = new Proxy(doc, {
      get(t, k, r) {
        if (typeof k === 'string') log.read.add(k as DocKey);
        return Reflect.get(t, k, r);
      },
      set(t, k, v, r) {
        if (typeof k === 'string') log.wrote.add(k as DocKey);
        return Reflect.set(t, k, v, r);
      },
    });
    await stage.run(proxy);
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
  }
  return seen;
}

function expectDeclared(p: Pipeline, seen: Map<string, { read: Set<DocKey>; wrote: Set<DocKey> }>) {
  for (const stage of [inputStage(), ...p.stages]) {
    const log = seen.get(stage.name)!;
    const may = new Set<DocKey>([...ALWAYS, ...stage.requires, ...(stage.reads ?? []), ...stage.assigns]);
    expect([...log.read].filter((k) => !may.has(k)), `${stage.name} reads undeclared fields`).toEqual([]);
    expect([...log.wrote].filter((k) => !ALWAYS.includes(k) && !stage.assigns.includes(k)), `${stage.name} writes undeclared fields`).toEqual([]);
  }
}

describe('every stage declares what it reads and writes', () => {
  const res = new Resources();
  afterAll(() => res.close());

  it('text preset on seed 001', async () => {
    const p = await textPipeline(res);
    expectDeclared(p, await watch(p, createDoc('001.txt', SEED)));
  });

  it('pdf preset on a born-digital PDF whose number is a blank (the blanks stage reads the page image)', async () => {
    const p = await pdfPipeline(res);
    const doc = createDoc('001.pdf', await textPdf(SEED.toString('utf8')));
    const seen = await watch(p, doc);
    expect(p.stages.map((s) => s.name)).toContain('blanks');
    expectDeclared(p, seen);
  });
});
