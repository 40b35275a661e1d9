// A synthetic scan of a text: ND30 pages, degraded like a scanner, as images,
// a multi-page TIFF, and PDFs (scanned, born-digital, mixed).
import { layoutFor, degrade, multiPageTiff, type RenderOptions, type DegradeOptions } from './render.js';
import { writePdf, type PdfPageSpec } from './pdf.js';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { drawPage } from './render.js';

export interface ScanOptions extends RenderOptions {
  seed?: number;
  /** Override the per-page degradation (rotation is drawn from the seed otherwise). */
  degrade?: Omit<DegradeOptions, 'seed' | 'jpegQuality'>;
  jpegQuality?: number;
  /** Render only these pages (0-based); the others are left out of the arrays' places (undefined). */
  pages?: number[];
}

export interface Scan {
  /** Degraded pages as JPEG. */
  jpeg: Buffer[];
  /** The same degraded pages, PNG (no JPEG loss). */
  png: Buffer[];
  dpi: number;
}

/** Deterministic small angle in [-0.8, 0.8] degrees from seed and page. */
function angle(seed: number, page: number): number {
  const x = Math.sin(seed * 12.9898 + page * 78.233) * 43758.5453;
  return Math.round(((x - Math.floor(x)) * 1.6 - 0.8) * 100) / 100;
}

export async function makeScan(text: string, opts: ScanOptions = {}): Promise<Scan> {
  const dpi = opts.dpi ?? 200;
  const seed = opts.seed ?? 1;
  const jpeg: Buffer[] = [];
  const png: Buffer[] = [];
  const pages = layoutFor(text, { ...opts, dpi });
  for (const [i, page] of pages.entries()) {
    if (opts.pages && !opts.pages.includes(i)) continue;
    const canvas = createCanvas(page.width, page.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, page.width, page.height);
    drawPage(ctx, page);
    // The canvas's pixels go to sharp as they are, and intermediate images are compressed lightly:
    // zlib at its default level was most of a page's rendering time. (Opaque, so premultiplied = straight.)
    const raw = { width: page.width, height: page.height, channels: 4 as const };
    const clean = await sharp(canvas.data(), { raw }).withMetadata({ density: dpi }).png({ compressionLevel: 1 }).toBuffer();
    const d: DegradeOptions = { rotateDeg: angle(seed, i + 1), blurSigma: 0.6, noise: 8, ...opts.degrade, seed: seed * 1000 + i };
    const degradedPng = await degrade(clean, d);
    png[i] = degradedPng;
    jpeg[i] = await degrade(degradedPng, { jpegQuality: opts.jpegQuality ?? 75, seed: d.seed });
  }
  return { jpeg, png, dpi };
}

export const tiffOf = (scan: Scan) => multiPageTiff(scan.png);

export function scannedPdf(scan: Scan): Promise<Buffer> {
  return writePdf(scan.jpeg.map((image) => ({ kind: 'image', image })));
}

export function textPdf(text: string, opts: RenderOptions = {}): Promise<Buffer> {
  const dpi = opts.dpi ?? 200;
  return writePdf(layoutFor(text, { ...opts, dpi }).map((page) => ({ kind: 'text', page, dpi })));
}

/** Odd pages scanned (images), even pages born-digital (text). Same layout, so no text is lost or doubled. */
export function mixedPdf(text: string, scan: Scan, opts: RenderOptions = {}): Promise<Buffer> {
  const layout = layoutFor(text, { ...opts, dpi: scan.dpi });
  const specs: PdfPageSpec[] = layout.map((page, i) =>
    i % 2 === 0 ? { kind: 'image', image: scan.jpeg[i]! } : { kind: 'text', page, dpi: scan.dpi },
  );
  return writePdf(specs);
}
