// The image OCR stage on synthetic scans of seed 001 (real tesseract, real
// pages) and on each way an image can fail. A clean multi-page TIFF of the
// seed (page numbers, form feeds, word offsets, 1% CER a page) is read once,
// through the engine, in test/pdf/engine.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { OcrPool } from '../../src/ocr/pool.js';
import { cachedScan, sharedPool } from './fixtures.js';
import { ocrStage } from '../../src/ocr/stage.js';
import type { Scan } from '../../src/synth/scan.js';
import { claimedPng, codes, fatal, runStage } from './helpers.js';

const T = 120_000;
let pool: OcrPool;
let scan: Scan;

beforeAll(async () => {
  pool = sharedPool();
  scan = await cachedScan({ seed: 3 });
}, T);

describe('ocr stage: failures', () => {
  it('says a file that is not an image is unreadable', async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really a PNG image at all')]);
    const doc = await runStage(ocrStage(pool), 'fake.png', bytes, 'image/png');
    expect(fatal(doc)?.code).toBe('image-unreadable');
    expect(fatal(doc)?.text).toMatch(/not a readable image/);
  });

  it('says a truncated JPEG is damaged', async () => {
    const doc = await runStage(ocrStage(pool), 'cut.jpg', scan.jpeg[0]!.subarray(0, 20000), 'image/jpeg');
    expect(fatal(doc)?.code).toBe('image-unreadable');
    expect(fatal(doc)?.text).toMatch(/truncated or damaged\): .*JPEG/);
  });

  it('refuses a huge image before decoding it', async () => {
    const doc = await runStage(ocrStage(pool), 'huge.png', await claimedPng(20000, 20000), 'image/png');
    expect(fatal(doc)?.code).toBe('image-too-large');
    expect(fatal(doc)?.text).toMatch(/400 megapixels; the limit is 100/);
  });

  it('says a blank page yields no text, without reading it', async () => {
    const blank = await sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const doc = await runStage(ocrStage(pool), 'blank.png', blank, 'image/png');
    expect(fatal(doc)?.code).toBe('no-text');
    expect(doc.messages.find((m) => m.code === 'no-text' && m.page === 1)?.text).toBe('page 1 is blank');
  }, T);

  it('times out a page, then recovers with a fresh worker', async () => {
    const quick = new OcrPool({ pageTimeoutMs: 50 });
    try {
      const doc = await runStage(ocrStage(quick), 'slow.png', scan.png[2]!, 'image/png');
      expect(fatal(doc)?.code).toBe('ocr-timeout');
      expect(codes(doc)).toContain('ocr-timeout');
    } finally {
      await quick.close();
    }
    // The shared pool is untouched and still reads.
    // (the top quarter of page 1: the header's lines are enough to show it reads)
    const { width, height } = await sharp(scan.png[0]!).metadata();
    const top = await sharp(scan.png[0]!).extract({ left: 0, top: 0, width: width!, height: Math.round(height! / 4) }).png().toBuffer();
    const ok = await pool.recognize(top, { dpi: 200 });
    expect(ok.lines.length).toBeGreaterThan(3);
  }, T);
});
