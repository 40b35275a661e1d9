// Runs the real extractor on a text, as the pipeline would after restoration.
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../src/doc.js';
import { loadExtractor, type Extractor } from '../../src/extract/index.js';
import { Layer } from '../../src/layer.js';
import type { Extraction } from '../../src/schema.js';
import { newScore, score } from '../../scripts/eval.js';

let x: Promise<Extractor> | undefined;

export async function run(text: string, path = 'test.txt'): Promise<{ doc: Doc; e: Extraction }> {
  const extractor = await (x ??= loadExtractor());
  const doc = createDoc(path);
  doc.raw = doc.normalized = doc.restored = Layer.base(text);
  const e = extractor.extract(doc);
  return { doc, e };
}

/** One extracted task. */
export type Task = Extraction['tasks'][number];
/** Tasks by id. */
export const byId = (tasks: Task[]): Record<string, Task> => Object.fromEntries(tasks.map((t) => [t.id, t]));
/** The names of a task's leads and coordinators. */
export const leads = (t?: Task) => t?.lead.map((l) => l.name);
export const coords = (t?: Task) => t?.coordinate.map((l) => l.name);

/** The misses of a made-up task fixture (<dir><name>.txt against <name>.expected.json), as `npm run eval` prints them. */
export async function fixtureMisses(dir: string, name: string): Promise<string[]> {
  const { e } = await run(readFileSync(`${dir}${name}.txt`, 'utf8'), `${name}.txt`);
  const misses: string[] = [];
  score({ document: {}, tasks: JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) }, e, newScore(), misses);
  return misses;
}
