// The image of one page, in the coordinates its words were read in, so a
// region found in the text can be looked at again.
import sharp from 'sharp';
import type { Doc } from '../doc.js';
import { kindOf } from '../input/sniff.js';
import { prepare } from '../ocr/preprocess.js';
import { openPdf } from '../pdf/open.js';
import { renderRgba } from '../pdf/render.js';

export interface PageImage {
  /** One grey channel (the red one on colour pages: seals fade out). */
  grey: Buffer;
  width: number;
  height: number;
  /** Image pixels per unit of the page's word coordinates. */
  scale: number;
}

const DPI = 300;

async function renderPdfPage(bytes: Buffer, n: number): Promise<{ grey: Buffer; width: number; height: number } | undefined> {
  const opened = await openPdf(bytes);
  if (!('doc' in opened)) return undefined;
  const pdf = opened.doc;
  try {
    const page = await pdf.getPage(n);
    try {
      const r = await renderRgba(pdf, page, DPI / 72);
      const grey = await sharp(r.rgba, { raw: { width: r.width, height: r.height, channels: 4 } }).extractChannel('red').raw().toBuffer();
      return { grey, width: r.width, height: r.height };
    } finally {
      page.cleanup();
    }
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** Page `n` (1-based) of the input as a grey image, or undefined when it has none. */
export async function pageImage(doc: Doc, n: number): Promise<PageImage | undefined> {
  const page = doc.pages.find((p) => p.number === n);
  if (!doc.bytes || !doc.mediaType || !page || !page.width) return undefined;
  const kind = kindOf(doc.mediaType);
  let img: Omit<PageImage, 'scale'> | undefined;
  if (kind === 'pdf') img = await renderPdfPage(doc.bytes, n);
  else if (kind === 'image') {
    // The same preparation the OCR saw, so word boxes line up.
    const p = await prepare(doc.bytes, { page: n - 1 });
    img = { grey: await sharp(p.png).extractChannel(0).raw().toBuffer(), width: p.width, height: p.height };
  }
  if (!img) return undefined;
  if (page.turned) {
    // Turned as the OCR turned it (src/ocr/turn.ts).
    const t = await sharp(img.grey, { raw: { width: img.width, height: img.height, channels: 1 } }).rotate(page.turned).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    img = { grey: t.data, width: t.info.width, height: t.info.height };
  }
  return { ...img, scale: img.width / page.width };
}

/** Crop a box (in page word coordinates) out of the page, padded and enlarged for OCR. */
export async function crop(img: PageImage, box: { x0: number; y0: number; x1: number; y1: number }): Promise<Buffer> {
  const left = Math.max(0, Math.floor(box.x0 * img.scale));
  const top = Math.max(0, Math.floor(box.y0 * img.scale));
  const width = Math.min(img.width - left, Math.ceil((box.x1 - box.x0) * img.scale));
  const height = Math.min(img.height - top, Math.ceil((box.y1 - box.y0) * img.scale));
  if (width < 4 || height < 4) throw new RangeError('region too small');
  return sharp(img.grey, { raw: { width: img.width, height: img.height, channels: 1 } })
    .extract({ left, top, width, height })
    .extend({ top: 24, bottom: 24, left: 24, right: 24, background: '#ffffff' })
    .png()
    .toBuffer();
}
