// A printed PDF scanned again: its pages rendered to grey page images at a resolution, damaged like a scan (a small
// turn, blur, noise), and put back in an image-only PDF whose pages keep their own size (a landscape page stays so).
// For measuring the scan path on documents whose text is known (scripts/bench-tables-ocr.ts, test/ocr/tables35.test.ts).
import { PDFDocument, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { openPdf } from '../pdf/open.js';
import { renderRgba } from '../pdf/render.js';
import { degrade } from './render.js';

/** The PDF's pages as damaged grey page images (PNG) at `dpi`. */
export async function scanPages(pdfBytes: Buffer, dpi: number, seed = 1): Promise<Buffer[]> {
  const opened = await openPdf(pdfBytes);
  if (!('doc' in opened)) throw new Error(opened.text);
  const out: Buffer[] = [];
  try {
    for (let n = 1; n <= opened.doc.numPages; n++) {
      const page = await opened.doc.getPage(n);
      const r = await renderRgba(opened.doc, page, dpi / 72);
      const clean = await sharp(r.rgba, { raw: { width: r.width, height: r.height, channels: 4 } }).withMetadata({ density: dpi }).png().toBuffer();
      // A turn of up to ±0.6°, as a sheet fed by hand.
      const x = Math.sin(seed * 12.9898 + n * 78.233) * 43758.5453;
      const rotateDeg = Math.round(((x - Math.floor(x)) * 1.2 - 0.6) * 100) / 100;
      out.push(await degrade(clean, { rotateDeg, blurSigma: 0.6, noise: 8, seed: seed * 1000 + n }));
      page.cleanup();
    }
  } finally {
    await opened.doc.destroy();
  }
  return out;
}

/** Page images as an image-only PDF, each page sized from its pixels and dpi. */
export async function imagePdf(pages: Buffer[], dpi: number): Promise<Buffer> {
  const { loadImage } = await import('@napi-rs/canvas');
  const pdf = new PDFDocument({ title: 'tables35 scan' });
  for (const p of pages) {
    const img = await loadImage(p);
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    const ctx = pdf.beginPage(w, h) as unknown as SKRSContext2D;
    ctx.drawImage(img, 0, 0, w, h);
    pdf.endPage();
  }
  return pdf.close();
}
