// Page preparation for real captures, on synthetic pages of seed 001 made worse
// the way real ones are (real tesseract): a low-resolution capture is enlarged,
// a blue signature across the text fades with the brightest-channel ink, and
// adaptive binarisation reads a page under uneven light.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { OcrPool } from '../../src/ocr/pool.js';
import { cer } from '../../src/ocr/cer.js';
import { binarize, prepare } from '../../src/ocr/preprocess.js';
import { layoutFor, pageText } from '../../src/synth/render.js';
import { cachedScan, sharedPool } from './fixtures.js';
import { SEED_001 } from './helpers.js';

const T = 120_000;
let pool: OcrPool;
const text = (r: { lines: { words: { text: string }[] }[] }) => r.lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n');

beforeAll(() => {
  pool = sharedPool();
});

/** The top `share` of a page image (the header and first paragraphs), to keep OCR short. */
async function top(png: Buffer, share: number): Promise<Buffer> {
  const { width, height } = await sharp(png).metadata();
  return sharp(png).extract({ left: 0, top: 0, width: width!, height: Math.round(height! * share) }).png().toBuffer();
}

describe('page preparation', () => {
  it('enlarges a 100 dpi capture to about 300 dpi, and reads it better for it', async () => {
    const low = await cachedScan({ seed: 21, dpi: 100, pages: [1] });
    const page = await top(await sharp(low.png[1]!).withMetadata({ density: 100 }).png().toBuffer(), 0.25);
    const big = await prepare(page);
    expect(big.upscaled).toBe(2);
    expect(big.dpi).toBe(200);
    // The same page with the enlargement undone.
    const small = await prepare(page, { tuning: { scale: 0.5 } });
    expect(small.upscaled).toBe(1);
    const ref = pageText(layoutFor(SEED_001)[1]!);
    const [withUp, without] = [
      text(await pool.recognize(big.png, { dpi: big.dpi })),
      text(await pool.recognize(small.png, { dpi: small.dpi })),
    ];
    // Scored on the part of the page that was read (the top quarter).
    const part = ref.slice(0, Math.round(ref.length * 0.25));
    expect(cer(part, withUp)).toBeLessThan(cer(part, without));
  }, T);

  it('fades a blue signature drawn across the text with the brightest-channel ink', async () => {
    const scan = await cachedScan({ seed: 22, pages: [1] });
    const page = await top(scan.png[1]!, 0.2);
    const { width, height } = await sharp(page).metadata();
    const w = width!;
    const h = height!;
    const scrawl = Buffer.from(
      `<svg width="${w}" height="${h}"><path d="M ${w * 0.15} ${h * 0.8} C ${w * 0.3} ${h * 0.1}, ${w * 0.45} ${h * 0.95}, ${w * 0.6} ${h * 0.3} S ${w * 0.8} ${h * 0.9}, ${w * 0.9} ${h * 0.2}" fill="none" stroke="#1f3fd0" stroke-width="9"/>` +
        `<path d="M ${w * 0.1} ${h * 0.4} L ${w * 0.85} ${h * 0.55}" stroke="#1f3fd0" stroke-width="7"/></svg>`,
    );
    const signed = await sharp(page).toColourspace('srgb').composite([{ input: scrawl, blend: 'multiply' }]).png().toBuffer();
    const red = await prepare(signed);
    const max = await prepare(signed, { tuning: { ink: 'max' } });
    const clean = text(await pool.recognize((await prepare(page)).png, { dpi: 200 }));
    const [withRed, withMax] = [text(await pool.recognize(red.png, { dpi: 200 })), text(await pool.recognize(max.png, { dpi: 200 }))];
    expect(cer(clean, withMax)).toBeLessThan(cer(clean, withRed));
    expect(cer(clean, withMax)).toBeLessThan(0.02);
  }, T);

  it('binarises by the local mean: a page darkened on one side becomes clean black on white', async () => {
    // A light-to-dark gradient over text: one global threshold loses one side.
    const width = 400;
    const height = 100;
    const data = Buffer.alloc(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const paper = 240 - (x / width) * 150; // 240 on the left, 90 on the right
        const ink = (x % 40 < 6 && y > 30 && y < 70) ? 70 : 0;
        data[y * width + x] = Math.max(0, paper - ink);
      }
    }
    const out = await binarize({ data, info: { width, height } });
    const at = (x: number, y: number) => out[y * width + x];
    expect(at(42, 50)).toBe(0); // stroke on the light side
    expect(at(362, 50)).toBe(0); // stroke on the dark side
    expect(at(20, 50)).toBe(255); // paper on the light side
    expect(at(380, 50)).toBe(255); // paper on the dark side (darker than the strokes of the light side)
  });
});
