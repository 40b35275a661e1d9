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
