// Acceptance of issue 2 through the engine, as `congvan extract` runs it: a
// synthetic scan of seed 001 as a TIFF, a scanned PDF, a born-digital PDF and a
// mixed PDF each give text.raw within 1% CER of the seed and a valid record
// (the scanned and mixed PDFs in engine-scan.test.ts, run in parallel).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { cachedScan, sharedEngine } from '../ocr/fixtures.js';
import { seedRecord } from './seed-record.js';
import { textPdf, tiffOf, type Scan } from '../../src/synth/scan.js';
import { SEED_001 } from '../ocr/helpers.js';

const T = 180_000;
let engine: Engine;
let scan: Scan;

beforeAll(async () => {
  engine = await sharedEngine();
  scan = await cachedScan({ seed: 3 });
}, T);

const extract = (path: string, bytes: Buffer) => seedRecord(engine, path, bytes);

describe('seed 001 end to end', () => {
  it('born-digital PDF: text layer, no OCR', async () => {
    const r = await extract('001-text.pdf', await textPdf(SEED_001));
    expect(r.source.textSource).toBe('pdf-text');
    expect(r.source.pageInfo.map((p) => p.textSource)).toEqual(['pdf-text', 'pdf-text', 'pdf-text']);
  }, T);

  it('multi-page TIFF scan', async () => {
    const r = await extract('001.tiff', await tiffOf(scan));
    expect(r.source.mediaType).toBe('image/tiff');
    expect(r.source.textSource).toBe('ocr');
    expect(r.source.pages).toBe(3);
  }, T);

});
