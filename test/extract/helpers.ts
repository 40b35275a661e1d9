// Runs the real extractor on a text, as the pipeline would after restoration.
import { createDoc, type Doc } from '../../src/doc.js';
import { loadExtractor, type Extractor } from '../../src/extract/index.js';
import { Layer } from '../../src/layer.js';
import type { Extraction } from '../../src/schema.js';

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
