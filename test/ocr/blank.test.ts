// Blank pages skip OCR; a page with any word on it does not.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../src/ocr/preprocess.js';

/** An A4 page at 200 dpi, white, with black squares of the given sides. */
function page(...sides: number[]): Promise<Buffer> {
  const composite = sides.map((s, i) => ({
    input: { create: { width: s, height: s, channels: 3 as const, background: '#000000' } },
    left: 200 + i * 150,
    top: 400,
  }));
  return sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#ffffff' } }).composite(composite).png().toBuffer();
}

describe('isBlank', () => {
  it('finds a white page blank, and one with a speck or two', async () => {
    expect(await isBlank(await page())).toBe(true);
    expect(await isBlank(await page(5, 4))).toBe(true);
  });

  it('finds a page with a mark the size of a letter not blank', async () => {
    expect(await isBlank(await page(12))).toBe(false);
    expect(await isBlank(await page(3, 3, 3, 3, 3, 3, 3, 3))).toBe(false);
  });

  it('reads grey paper with a letter as not blank, and light grey paper as blank', async () => {
    const grey = (v: string) => sharp({ create: { width: 800, height: 1100, channels: 3, background: v } });
    expect(await isBlank(await grey('#d0d0d0').png().toBuffer())).toBe(true);
    const mark = { input: { create: { width: 14, height: 20, channels: 3 as const, background: '#202020' } }, left: 100, top: 100 };
    expect(await isBlank(await grey('#d0d0d0').composite([mark]).png().toBuffer())).toBe(false);
  });
});
