// Captures that need a whole page or several reads of one: a heavily speckled
// page, a red seal over the signature block, pages turned on their side or
// upside down, and a phone photo of a slanted sheet. Real tesseract on synthetic scans of seed 001; in the e2e project
// (.ci/run) so that `npm test` stays under a minute on two cores. The other image cases are in ocr.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { OcrPool } from '../../src/ocr/pool.js';
import { cachedScan, sharedPool } from './fixtures.js';
import { ocrStage } from '../../src/ocr/stage.js';
import { cer } from '../../src/ocr/cer.js';
import type { Scan } from '../../src/synth/scan.js';
import { layoutFor, pageText } from '../../src/synth/render.js';
import { prepare } from '../../src/ocr/preprocess.js';
import { photoOf } from '../../src/synth/photo.js';
import { SEED_001, codes, fatal, runStage } from './helpers.js';

const T = 120_000;
let pool: OcrPool;
let scan: Scan;
let expected: string[];
let half: string;
let halfExpected: string;

beforeAll(async () => {
  pool = sharedPool();
  scan = await cachedScan({ seed: 3 });
  expected = layoutFor(SEED_001).map(pageText);
  const lines = expected[1]!.split('\n');
  half = lines.slice(0, Math.ceil(lines.length / 2)).join('\n');
  halfExpected = layoutFor(half, { layout: 'plain' }).map(pageText)[0]!;
}, T);

describe('ocr stage: speckles and seals', () => {
  it('median-filters a heavily speckled page before OCR', async () => {
    const speckled = await cachedScan({ layout: 'plain', seed: 6, degrade: { rotateDeg: 0.3, blurSigma: 0.6, noise: 50 } }, half);
    const doc = await runStage(ocrStage(pool), 'speckled.png', speckled.png[0]!, 'image/png');
    expect(fatal(doc)).toBeUndefined();
    expect(codes(doc)).toContain('ocr-denoised');
    expect(cer(halfExpected, doc.raw!.text)).toBeLessThan(0.03);
  }, T);
  it('removes a red seal stamped over the text', async () => {
    // A red disc with red text over the top of page 3 (the signature block).
    const { width, height } = await sharp(scan.png[2]!).metadata();
    const seal = Buffer.from(
      `<svg width="${width}" height="${height}"><circle cx="${width! * 0.72}" cy="${height! * 0.16}" r="170" fill="none" stroke="#e01010" stroke-width="14"/>` +
        `<text x="${width! * 0.58}" y="${height! * 0.165}" font-size="60" fill="#e01010">ỦY BAN NHÂN DÂN</text></svg>`,
    );
    const colour = await sharp(scan.png[2]!).toColourspace('srgb').composite([{ input: seal, blend: 'multiply' }]).png().toBuffer();
    const doc = await runStage(ocrStage(pool), 'seal.png', colour, 'image/png');
    expect(fatal(doc)).toBeUndefined();
    expect(cer(expected[2]!, doc.raw!.text)).toBeLessThan(0.02);
    expect(doc.raw!.text).toContain('PHÓ CHỦ TỊCH');
  }, T);
});

describe('ocr stage: pages turned', () => {
  it('turns back a page scanned on its side or upside down, and reads it', async () => {
    // The top third of page 1 (header and first paragraphs) keeps it short.
    const { width, height } = await sharp(scan.png[0]!).metadata();
    const part = await sharp(scan.png[0]!).extract({ left: 0, top: 0, width: width!, height: Math.round(height! / 3) }).png().toBuffer();
    for (const deg of [90, 180]) {
      const doc = await runStage(ocrStage(pool), `turned-${deg}.png`, await sharp(part).rotate(deg).png().toBuffer(), 'image/png');
      expect(fatal(doc)).toBeUndefined();
      expect(codes(doc)).toContain('ocr-turned');
      expect(doc.pages[0]!.turned).toBe(360 - deg);
      expect(doc.pages[0]!.width).toBe(width);
      expect(cer(expected[0]!.slice(0, doc.raw!.text.length), doc.raw!.text)).toBeLessThan(0.03);
    }
  }, T);
});

describe('ocr stage: photos', () => {
  it('reads a phone photo of a slanted sheet on a table within 1% CER (the sheet warped upright first)', async () => {
    const corners = [{ x: 0.12, y: 0.06 }, { x: 0.86, y: 0.1 }, { x: 0.93, y: 0.95 }, { x: 0.06, y: 0.9 }];
    const photo = await photoOf(scan.png[0]!, { width: 2400, height: 3200, corners });
    const doc = await runStage(ocrStage(pool), 'photo.jpg', photo, 'image/jpeg');
    expect(fatal(doc)).toBeUndefined();
    expect(codes(doc)).toContain('ocr-sheet');
    expect(cer(expected[0]!, doc.raw!.text)).toBeLessThan(0.01);
  }, T);
});

describe('ocr stage: input kinds', () => {
  it('reads a JPEG page skewed by 4.5 degrees within 1% CER (deskewed first)', async () => {
    const skewed = await cachedScan({ layout: 'plain', seed: 4, degrade: { rotateDeg: 4.5, blurSigma: 0.6, noise: 8 } }, half);
    expect((await prepare(skewed.jpeg[0]!)).skew).toBeCloseTo(4.5, 0);
    const doc = await runStage(ocrStage(pool), 'p2.jpg', skewed.jpeg[0]!, 'image/jpeg');
    expect(fatal(doc)).toBeUndefined();
    expect(codes(doc)).toContain('ocr-deskewed');
    expect(cer(halfExpected, doc.raw!.text)).toBeLessThan(0.01);
  }, T);

});
