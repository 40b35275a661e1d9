// The span check (agree.ts) on the eval set's PDFs in corpus/gold (the real
// scans of ../shared are in test/scans/spans.ts). In the ocr project: PDFs may
// be OCR'd and their blanks read from the page image.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { processOnce } from '../ocr/fixtures.js';
import { disagreements } from './agree.js';
import { evalInputs } from './sources.js';

const { present } = evalInputs(/corpus\/gold\/.*\.pdf$/);

describe.skipIf(!present.length)('spans agree with values (PDFs of the eval set)', async () => {
  const gaz = await loadGazetteer();
  it.each(present.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', async (_name, file) => {
    const doc = await processOnce(file);
    expect(doc.record).toBeDefined();
    expect(disagreements(doc.record!, gaz)).toEqual([]);
  });
});
