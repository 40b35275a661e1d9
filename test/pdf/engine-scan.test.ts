// Acceptance of issue 2 through the engine (continued from engine.test.ts): a
// multi-page TIFF, a scanned PDF and a mixed PDF of seed 001 give text.raw within
// 1% CER of the seed and a valid record. The TIFF's pages are also where the image
// OCR stage's page and word offsets are checked (test/ocr/ocr.test.ts reads the
// other image kinds). Eight pages of OCR: in the e2e project (npm run test:e2e, run
// by .ci/run), not in npm test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { cachedScan, sharedEngine } from '../ocr/fixtures.js';
import { seedDoc, seedRecord } from './seed-record.js';
import { cer } from '../../src/ocr/cer.js';
import { PAGE_BREAK } from '../../src/ocr/assemble.js';
import { layoutFor, pageText } from '../../src/synth/render.js';
import { mixedPdf, scannedPdf, tiffOf, type Scan } from '../../src/synth/scan.js';
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
  it('multi-page TIFF scan: every page within 1% CER, pages split by form feeds, words pointing into raw', async () => {
    const { doc, record: r } = await seedDoc(engine, '001.tiff', await tiffOf(scan));
    expect(r.source.mediaType).toBe('image/tiff');
    expect(r.source.textSource).toBe('ocr');
    expect(r.source.pages).toBe(3);
    // What the OCR stage gives, read here rather than by OCRing the same pages again in test/ocr.
    const raw = doc.raw!.text;
    const pages = raw.split(PAGE_BREAK);
    expect(pages).toHaveLength(3);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(doc.pages[0]).toMatchObject({ source: 'ocr', start: 0, end: pages[0]!.length });
    expect(doc.pages[0]!.confidence).toBeGreaterThan(80);
    for (const p of doc.pages.slice(1)) expect(raw.slice(p.start - PAGE_BREAK.length, p.start)).toBe(PAGE_BREAK);
    const expected = layoutFor(SEED_001).map(pageText);
    for (const [i, page] of pages.entries()) expect(cer(expected[i]!, page)).toBeLessThan(0.01);
    for (const w of doc.words) {
      expect(raw.slice(w.start, w.end)).toBe(w.text);
      expect(w.bbox.x1).toBeGreaterThan(w.bbox.x0);
      expect(w.bbox.x1).toBeLessThanOrEqual(doc.pages[w.page - 1]!.width + 1);
    }
    expect(doc.words.at(-1)!.page).toBe(3);
    // The last page's tail is read as such: "Nơi nhận" and the signature are regions of page 3 (with
    // no page listener, the stage once counted no pages and took only a lone page for the last).
    expect(doc.regions!.filter((r) => r.page === 3).map((r) => r.kind)).toEqual(expect.arrayContaining(['copies', 'signature']));
    expect(doc.regions!.some((r) => r.page < 3 && (r.kind === 'copies' || r.kind === 'signature'))).toBe(false);
    // The ND30 header reads issuer first, then the motto.
    expect(raw.indexOf('TỈNH QUẢNG NGÃI')).toBeLessThan(raw.indexOf('CỘNG HÒA'));
  }, T);

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
