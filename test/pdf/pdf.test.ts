// The PDF stage on a born-digital PDF of seed 001 (words and boxes) and on
// broken PDFs. Scanned and mixed PDFs are read end to end in engine.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { OcrPool } from '../../src/ocr/pool.js';
import { sharedPool } from '../ocr/fixtures.js';
import { pdfStage } from '../../src/pdf/stage.js';
import { cer } from '../../src/ocr/cer.js';
import { textPdf } from '../../src/synth/scan.js';
import { textPdf as encryptedPdf } from '../batch/fixtures.js';
import { SEED_001, codes, fatal, runStage } from '../ocr/helpers.js';

const T = 180_000;
let pool: OcrPool;
const PDF = 'application/pdf';

beforeAll(() => {
  pool = sharedPool();
});

describe('pdf stage: input kinds', () => {
  it('reads a born-digital PDF from its text layer, without OCR, within 1% CER', async () => {
    const doc = await runStage(pdfStage(pool), 'text.pdf', await textPdf(SEED_001), PDF);
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages.map((p) => p.source)).toEqual(['pdf-text', 'pdf-text', 'pdf-text']);
    expect(cer(SEED_001, doc.raw!.text)).toBeLessThan(0.01);
    // Words in points of the A4 page, confidence 100, offsets into raw.
    for (const w of doc.words) {
      expect(doc.raw!.text.slice(w.start, w.end)).toBe(w.text);
      expect(w.confidence).toBe(100);
      expect(w.bbox.x1).toBeLessThanOrEqual(596);
      expect(w.bbox.y1).toBeLessThanOrEqual(842);
    }
    const so = doc.words.find((w) => w.text === 'Số:')!;
    expect(so.page).toBe(1);
    expect(so.bbox.y0).toBeGreaterThan(50);
    expect(so.bbox.y0).toBeLessThan(200);
  }, T);

});

describe('pdf stage: failures', () => {
  it('says a truncated PDF is corrupt', async () => {
    const full = await textPdf(SEED_001);
    const doc = await runStage(pdfStage(pool), 'cut.pdf', full.subarray(0, Math.floor(full.length * 0.6)), PDF);
    expect(fatal(doc)?.code).toBe('pdf-corrupt');
    expect(fatal(doc)?.text).toMatch(/corrupt or truncated/);
  });

  it('says a PDF header followed by garbage is corrupt', async () => {
    const doc = await runStage(pdfStage(pool), 'junk.pdf', Buffer.from('%PDF-1.7\n' + 'garbage '.repeat(500)), PDF);
    expect(fatal(doc)?.code).toBe('pdf-corrupt');
  });

  it('says a password-protected PDF needs its password', async () => {
    const bytes = encryptedPdf(['Cong van so 12/UBND'], { encrypt: { user: 'secret', owner: 'owner' } });
    const doc = await runStage(pdfStage(pool), 'locked.pdf', bytes, PDF);
    expect(fatal(doc)?.code).toBe('pdf-encrypted');
    expect(fatal(doc)?.text).toMatch(/password/);
  });

  it('says a PDF of blank pages yields no text', async () => {
    const doc = await runStage(pdfStage(pool), 'blank.pdf', await textPdf(''), PDF);
    expect(fatal(doc)?.code).toBe('no-text');
    expect(codes(doc)).toContain('no-text');
  }, T);
});
