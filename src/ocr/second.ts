// Second pass: lines the page OCR read with low confidence (small print, a
// faint or speckled stretch, marks lost at 300 dpi) are read again, alone, from
// a crop of the page at twice the scale; the new reading replaces the old when
// tesseract is clearly surer of it.
import sharp from 'sharp';
import type { OcrLine, OcrPool } from './pool.js';
import type { Prepared } from './preprocess.js';

/** Lines whose mean word confidence is below this are read again. */
export const WEAK_LINE = 60;
/** At most this many lines a page (the weakest first): bounds the time a bad page costs. */
const MAX_LINES = 12;
/** The new reading must be this much surer (mean word confidence). */
const MARGIN = 5;

const mean = (l: OcrLine) => l.words.reduce((a, w) => a + w.confidence, 0) / (l.words.length || 1);

export interface SecondPassResult {
  lines: OcrLine[];
  tried: number;
  replaced: number;
}

export async function secondPass(pool: OcrPool, page: Prepared, lines: OcrLine[], dpi?: number): Promise<SecondPassResult> {
  const weak = lines
    .map((l, i) => ({ i, c: mean(l) }))
    .filter((x) => x.c < WEAK_LINE && lines[x.i]!.words.some((w) => w.text.length > 1))
    .sort((a, b) => a.c - b.c)
    .slice(0, MAX_LINES);
  const out = [...lines];
  let replaced = 0;
  for (const { i, c } of weak) {
    const l = lines[i]!;
    const h = l.bbox.y1 - l.bbox.y0;
    const left = Math.max(0, Math.floor(l.bbox.x0 - h * 0.5));
    const top = Math.max(0, Math.floor(l.bbox.y0 - h * 0.3));
    const width = Math.min(page.width - left, Math.ceil(l.bbox.x1 - l.bbox.x0 + h));
    const height = Math.min(page.height - top, Math.ceil(h * 1.6));
    if (width < 8 || height < 8) continue;
    const png = await sharp(page.png)
      .extract({ left, top, width, height })
      .resize({ width: width * 2, kernel: 'lanczos3' })
      .extend({ top: 20, bottom: 20, left: 20, right: 20, background: '#ffffff' })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const r = await pool.recognize(png, { dpi: dpi ? dpi * 2 : undefined, psm: '7' });
    const words = r.lines.flatMap((x) => x.words).map((w) => ({
      text: w.text,
      confidence: w.confidence,
      bbox: { x0: left + (w.bbox.x0 - 20) / 2, y0: top + (w.bbox.y0 - 20) / 2, x1: left + (w.bbox.x1 - 20) / 2, y1: top + (w.bbox.y1 - 20) / 2 },
    }));
    if (!words.length || words.length < l.words.length / 2) continue;
    const again: OcrLine = { words, bbox: l.bbox, paragraph: l.paragraph };
    if (mean(again) >= c + MARGIN) {
      out[i] = again;
      replaced++;
    }
  }
  return { lines: out, tried: weak.length, replaced };
}
