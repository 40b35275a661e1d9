// Made-up OCR lines laid out as on a letter (no OCR), and the extractor run on them: for the tests of region rules.
import { createDoc } from '../../src/doc.js';
import { loadExtractor, type Extractor } from '../../src/extract/index.js';
import { RawBuilder } from '../../src/ocr/assemble.js';
import type { OcrLine } from '../../src/ocr/pool.js';

let para = 0;
/** One OCR line of runs [x, text, confidence?]; 40 px high at y. */
export function line(y: number, ...runs: [number, string, number?][]): OcrLine {
  const words = runs.flatMap(([x, text, conf]) => {
    let at = x;
    return text.split(' ').map((t) => {
      const w = { text: t, confidence: conf ?? 93, bbox: { x0: at, y0: y, x1: at + t.length * 22, y1: y + 40 } };
      at = w.bbox.x1 + 14;
      return w;
    });
  });
  return { words, bbox: { x0: words[0]!.bbox.x0, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 40 }, paragraph: para++ };
}

let x: Promise<Extractor> | undefined;
/** The extraction of A4 pages of such lines (the last page holds the signature). */
export async function extract(pages: OcrLine[][]) {
  const raw = new RawBuilder();
  pages.forEach((lines, i) => raw.addPage({ width: 2480, height: 3508, source: 'ocr', lines }, i === pages.length - 1));
  const doc = createDoc('t.png');
  raw.finish(doc);
  doc.normalized = doc.restored = doc.raw;
  const e = (await (x ??= loadExtractor())).extract(doc);
  return { doc, d: e.document };
}
