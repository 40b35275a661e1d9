// A second reader for handwritten digits: tesseract restricted to digits, on
// the same crop of a blank drawn a few ways (scales, binarisations). The digit
// reader's value is taken only when these readings agree with it (see
// blanks.ts), so one reader's typical slip (a flagged "1" read as 7) is not
// taken alone.
import sharp from 'sharp';
import type { OcrPool } from '../ocr/pool.js';
import { otsu, type Gray } from './digits.js';

export interface Variant {
  /** Enlargement of the crop before reading. */
  scale: number;
  /** Otsu-binarised (after enlarging) or left grey. */
  binarize: boolean;
  /** Tesseract page segmentation: '7' a line, '8' a word, '13' a raw line. */
  psm: '7' | '8' | '13';
}

export interface TessDigits {
  digits: string;
  confidence: number;
}

/** The crop as a PNG for one variant: enlarged, maybe binarised at Otsu's threshold, padded with white. */
export async function variantImage(g: Gray, v: Variant): Promise<Buffer> {
  const w = Math.max(1, Math.round(g.width * v.scale));
  const h = Math.max(1, Math.round(g.height * v.scale));
  let img = sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } }).resize(w, h, { kernel: 'cubic' });
  if (v.binarize) {
    const raw = await img.raw().toBuffer();
    const t = otsu({ data: raw, width: w, height: h });
    const bin = Buffer.alloc(raw.length);
    for (let i = 0; i < raw.length; i++) bin[i] = raw[i]! <= t ? 0 : 255;
    img = sharp(bin, { raw: { width: w, height: h, channels: 1 } });
  }
  const pad = Math.round(12 * v.scale);
  return img.extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#ffffff' }).png().toBuffer();
}

/** Digits tesseract reads in the crop under one variant (all words joined; confidence the least of them), or undefined. */
export async function tessDigits(pool: OcrPool, g: Gray, v: Variant): Promise<TessDigits | undefined> {
  const r = await pool.recognize(await variantImage(g, v), { dpi: 300, psm: v.psm, whitelist: '0123456789' });
  const words = r.lines.flatMap((l) => l.words).filter((w) => /\d/.test(w.text));
  if (!words.length) return undefined;
  return { digits: words.map((w) => w.text.replace(/\D/g, '')).join(''), confidence: Math.min(...words.map((w) => w.confidence)) };
}
