// Write synthetic PDFs with the PDF backend of @napi-rs/canvas (Skia): scanned
// pages (page images, JPEG inside), born-digital pages (real text in embedded
// Tinos subsets, with ToUnicode maps so readers extract the text), or a mix.
import { loadImage, PDFDocument, type SKRSContext2D } from '@napi-rs/canvas';
import type { LaidPage } from './layout.js';
import { drawPage } from './render.js';

/** A4 in PDF points. */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;

export type PdfPageSpec =
  /** A page image (PNG or JPEG) stretched over an A4 page, optionally with text drawn over it
   *  (like the e-signature stamp that signing software adds to a scanned page). */
  | { kind: 'image'; image: Buffer; overlay?: { page: LaidPage; dpi: number } }
  /** A laid-out page drawn as text; `dpi` is the resolution the layout was made for. */
  | { kind: 'text'; page: LaidPage; dpi: number };

export async function writePdf(pages: PdfPageSpec[], title = 'congvan synthetic document'): Promise<Buffer> {
  const pdf = new PDFDocument({ title, producer: 'congvan make-scan', encodingQuality: 80 });
  for (const p of pages) {
    const ctx = pdf.beginPage(A4_POINTS.width, A4_POINTS.height) as unknown as SKRSContext2D;
    if (p.kind === 'image') {
      const img = await loadImage(p.image);
      ctx.drawImage(img, 0, 0, A4_POINTS.width, A4_POINTS.height);
      if (p.overlay) drawPage(ctx, p.overlay.page, 72 / p.overlay.dpi);
    } else {
      drawPage(ctx, p.page, 72 / p.dpi);
    }
    pdf.endPage();
  }
  return pdf.close();
}
