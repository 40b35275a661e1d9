// Acceptance of issue 2 through the engine, as `congvan extract` runs it: a
// born-digital PDF of seed 001 is read from its text layer, with no OCR. The
// synthetic scans of seed 001 (a multi-page TIFF, a scanned PDF, a mixed PDF)
// are OCRed in engine-scan.test.ts, in the e2e project (npm run test:e2e, run by
// .ci/run on every build): eight pages of OCR are too much for npm test's minute.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { sharedEngine } from '../ocr/fixtures.js';
import { seedRecord } from './seed-record.js';
import { textPdf } from '../../src/synth/scan.js';
import { SEED_001 } from '../ocr/helpers.js';

const T = 180_000;
let engine: Engine;

beforeAll(async () => {
  engine = await sharedEngine();
}, T);

const extract = (path: string, bytes: Buffer) => seedRecord(engine, path, bytes);

describe('seed 001 end to end', () => {
  it('born-digital PDF: text layer, no OCR', async () => {
    const r = await extract('001-text.pdf', await textPdf(SEED_001));
    expect(r.source.textSource).toBe('pdf-text');
    expect(r.source.pageInfo.map((p) => p.textSource)).toEqual(['pdf-text', 'pdf-text', 'pdf-text']);
  }, T);

});
