// Acceptance of issue 2 through the engine (continued from engine.test.ts): a
// scanned PDF and a mixed PDF of seed 001 give text.raw within 1% CER of the
// seed and a valid record. Five pages of OCR: in the e2e project (npm run
// test:e2e, run by .ci/run), not in npm test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { cachedScan, sharedEngine } from '../ocr/fixtures.js';
import { seedRecord } from './seed-record.js';
import { mixedPdf, scannedPdf, type Scan } from '../../src/synth/scan.js';
import { SEED_001 } from '../ocr/helpers.js';

const T = 180_000;
let engine: Engine;
let scan: Scan;

beforeAll(async () => {
  engine = await sharedEngine();
  scan = await cachedScan({ seed: 3 });
}, T);

const extract = (path: string, bytes: Buffer) => seedRecord(engine, path, bytes);

describe('seed 001 end to end, scanned pages', () => {
  it('scanned PDF', async () => {
    const r = await extract('001-scan.pdf', await scannedPdf(scan));
    expect(r.source.textSource).toBe('ocr');
  }, T);

  it('mixed PDF: scanned and born-digital pages', async () => {
    const r = await extract('001-mixed.pdf', await mixedPdf(SEED_001, scan));
    expect(r.source.textSource).toBe('mixed');
    expect(r.source.pageInfo.map((p) => p.textSource)).toEqual(['ocr', 'pdf-text', 'ocr']);
  }, T);
});
