// Synthetic pages: layout of ND30, fonts with full Vietnamese, degradation,
// TIFF and PDF writers. No OCR here (fast).
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { degrade, FONTS, layoutFor, multiPageTiff, pageText, renderPages } from '../../src/synth/render.js';
import { parseNd30 } from '../../src/synth/layout.js';
import { textPdf } from '../../src/synth/scan.js';
import { openPdf } from '../../src/pdf/open.js';
import { cer } from '../../src/ocr/cer.js';
import { SEED_001 } from '../ocr/helpers.js';

describe('parseNd30', () => {
  it('finds the parts of seed 001', () => {
    const lines = SEED_001.split('\n').map((l) => l.trim()).filter(Boolean);
    const p = parseNd30(lines);
    expect(p.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI']);
    expect(p.motto).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(p.number).toMatch(/^Số:\s+\/UBND-KGVX$/);
    expect(p.placeDate).toMatch(/^Quảng Ngãi, ngày\s+tháng\s+năm 2025$/);
    expect(p.titleLeft[0]).toBe('V/v triển khai Mô hình liên');
    expect(p.body[0]).toBe('Kính gửi:');
    expect(p.copiesTo[0]).toBe('Nơi nhận:');
    expect(p.copiesTo.at(-1)).toBe('- Lưu VT, KGVXTPC.');
    expect(p.signature).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Phước Hiền']);
  });
});

describe('renderPages', () => {
  it('renders A4 pages at the given dpi, every word of the text laid out once', async () => {
    const pages = await renderPages(SEED_001, { dpi: 100 });
    expect(pages.length).toBe(3);
    const m = await sharp(pages[0]!).metadata();
    expect([m.width, m.height]).toEqual([827, 1169]);
    expect(m.density).toBe(100);
    const laid = layoutFor(SEED_001, { dpi: 100 }).map(pageText).join('\n');
    expect(cer(SEED_001, laid)).toBe(0);
  });

  it('draws Vietnamese letters with their marks in place, in each font variant', async () => {
    // Ink of a one-letter page: a missing glyph draws the same .notdef box for ĩ
    // and ỹ; a mark shaped as a separate combining glyph lands BESIDE its letter
    // (what happens when the latin subset comes first), doubling the ink width.
    const ink = async (text: string, font: string) => {
      const [png] = await renderPages(text, { layout: 'plain', font, fontSizePx: 80, dpi: 72 });
      const { data, info } = await sharp(png!).extract({ left: 0, top: 0, width: 595, height: 200 }).greyscale().raw().toBuffer({ resolveWithObject: true });
      let x0 = Infinity;
      let x1 = -1;
      for (let i = 0; i < data.length; i++) {
        if (data[i]! < 128) {
          x0 = Math.min(x0, i % info.width);
          x1 = Math.max(x1, i % info.width);
        }
      }
      return { data, width: x1 - x0 + 1 };
    };
    for (const font of FONTS) {
      const a = await ink('ĩ', font);
      const b = await ink('ỹ', font);
      expect(Buffer.compare(a.data, b.data)).not.toBe(0);
      expect((await ink('Ĩ', font)).width).toBeLessThan(1.4 * (await ink('I', font)).width);
      expect((await ink('ỹ', font)).width).toBeLessThan(1.2 * (await ink('y', font)).width);
    }
    expect(() => layoutFor('x', { font: 'comic-sans' })).toThrow(/unknown font/);
  });
});

describe('degrade', () => {
  it('is reproducible for a seed, differs across seeds, and writes JPEG when asked', async () => {
    const [png] = await renderPages('Quảng Ngãi, ngày 24 tháng 01 năm 2025', { layout: 'plain', dpi: 72 });
    const a = await degrade(png!, { rotateDeg: 0.5, blurSigma: 0.7, noise: 10, seed: 1 });
    const b = await degrade(png!, { rotateDeg: 0.5, blurSigma: 0.7, noise: 10, seed: 1 });
    const c = await degrade(png!, { rotateDeg: 0.5, blurSigma: 0.7, noise: 10, seed: 2 });
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, c)).not.toBe(0);
    const j = await degrade(png!, { jpegQuality: 60 });
    expect((await sharp(j).metadata()).format).toBe('jpeg');
  });
});

describe('writers', () => {
  it('writes a multi-page TIFF', async () => {
    const pages = await renderPages(SEED_001, { dpi: 72 });
    const tiff = await multiPageTiff(pages);
    const m = await sharp(tiff).metadata();
    expect(m.format).toBe('tiff');
    expect(m.pages).toBe(3);
  });

  it('writes a born-digital PDF whose text layer reads back as the text', async () => {
    const opened = await openPdf(await textPdf(SEED_001));
    if (!('doc' in opened)) throw new Error(opened.text);
    expect(opened.doc.numPages).toBe(3);
    const page = await opened.doc.getPage(1);
    const tc = await page.getTextContent();
    const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    await opened.doc.destroy();
  });
});
