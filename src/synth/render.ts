// Synthetic scans: render a text as A4 page images, then degrade them like a
// scanner or phone would (small rotation, blur, noise, JPEG).
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { fontCss, parseFont, registerFonts } from './fonts.js';
import { layoutPages, type LaidPage } from './layout.js';
import { rng } from './rng.js';

export { FONTS } from './fonts.js';
export { pageText } from './layout.js';

export interface RenderOptions {
  layout?: 'nd30' | 'plain';
  /** One of FONTS: 'tinos' (default), 'tinos-bold', 'tinos-italic'. */
  font?: string;
  fontSizePx?: number;
  /** Default 200. */
  dpi?: number;
}

export interface DegradeOptions {
  rotateDeg?: number;
  blurSigma?: number;
  /** Gaussian noise standard deviation, in grey levels (0-255). */
  noise?: number;
  /** When set, the result is a JPEG of this quality; else PNG. */
  jpegQuality?: number;
  seed?: number;
}

export function layoutFor(text: string, opts: RenderOptions = {}): LaidPage[] {
  const { weight, style } = parseFont(opts.font);
  return layoutPages(text, { layout: opts.layout, weight, style, fontSizePx: opts.fontSizePx, dpi: opts.dpi });
}

/** Draw a laid-out page on a 2D context (canvas or PDF page), scaled by `scale`. */
export function drawPage(ctx: SKRSContext2D, page: LaidPage, scale = 1): void {
  registerFonts();
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  for (const it of page.items) {
    ctx.font = fontCss(it.sizePx, it.weight, it.style);
    ctx.fillText(it.text, it.x, it.y);
  }
  ctx.strokeStyle = '#000';
  ctx.lineWidth = Math.max(1, Math.round((page.items[0]?.sizePx ?? 30) / 20));
  for (const r of page.rules) {
    ctx.beginPath();
    ctx.moveTo(r.x0, r.y);
    ctx.lineTo(r.x1, r.y);
    ctx.stroke();
  }
  ctx.restore();
}

/** Render `text` as A4 pages; one PNG per page. */
export async function renderPages(text: string, opts: RenderOptions = {}): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const page of layoutFor(text, opts)) {
    const canvas = createCanvas(page.width, page.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, page.width, page.height);
    drawPage(ctx, page);
    // Record the resolution, as a scanner does.
    out.push(await sharp(await canvas.encode('png')).withMetadata({ density: opts.dpi ?? 200 }).png().toBuffer());
  }
  return out;
}

/** Make a clean page look scanned. */
export async function degrade(png: Buffer, opts: DegradeOptions = {}): Promise<Buffer> {
  const rand = rng(opts.seed ?? 1);
  let img = sharp(png).greyscale();
  if (opts.rotateDeg) img = img.rotate(opts.rotateDeg, { background: '#ffffff' });
  if (opts.blurSigma && opts.blurSigma >= 0.3) img = img.blur(opts.blurSigma);
  let { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  if (opts.noise) {
    data = Buffer.from(data);
    const sd = opts.noise;
    for (let i = 0; i < data.length; i++) {
      // Box-Muller from two uniforms.
      const g = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
      data[i] = Math.max(0, Math.min(255, data[i]! + g * sd));
    }
  }
  const meta = await sharp(png).metadata();
  const out = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .withMetadata({ density: meta.density ?? 200 });
  return opts.jpegQuality ? out.jpeg({ quality: opts.jpegQuality }).toBuffer() : out.png({ compressionLevel: 1 }).toBuffer();
}

/** Several page images as one multi-page TIFF (pages padded to the first page's size). */
export async function multiPageTiff(pages: Buffer[]): Promise<Buffer> {
  if (!pages.length) throw new Error('no pages');
  const first = await sharp(pages[0]!).metadata();
  const w = first.width!;
  const h = first.height!;
  const same = await Promise.all(
    pages.map((p) => sharp(p).greyscale().resize(w, h, { fit: 'contain', background: '#ffffff' }).png().toBuffer()),
  );
  return sharp(same, { join: { animated: true } }).tiff({ compression: 'lzw' }).toBuffer();
}
