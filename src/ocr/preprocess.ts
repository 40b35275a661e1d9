// Prepare a page image for tesseract with sharp: one grey channel. On colour
// scans we keep the RED channel: red seals and stamps turn as light as the
// paper, while black print and blue handwriting stay dark (or, with ink 'max',
// the brightest channel: blue signatures fade too). No contrast stretch: on a
// mostly blank page it turns scanner noise into "text". Pages under 200 dpi
// are enlarged: tesseract loses the marks of small print below that. A phone photo's
// sheet (sheet.ts) is cut out of the table it lies on and squared first.
import sharp from 'sharp';
import type { RawImage } from './homography.js';
import { findSheet, flatten, SHEET_WIDTH, type Sheet } from './sheet.js';
import type { OcrTuning } from './tuning.js';

/** Refuse larger images (decoding them could exhaust memory). */
export const MAX_PIXELS = 100_000_000;
/** Pages wider than this are scaled down: more pixels only slow tesseract. */
const MAX_WIDTH = 3600;

export interface Prepared {
  png: Buffer;
  width: number;
  height: number;
  /** Skew found (degrees); pages at 2 degrees or more are straightened. */
  skew?: number;
  /** Mean grey-level change a 3x3 median makes (clean scans ~1-5, speckled pages 10+). */
  noise?: number;
  /** A median filter was applied because the page was speckled. */
  denoised?: boolean;
  /** Resolution of the prepared image (after any enlargement), when known. */
  dpi?: number;
  /** Enlargement applied to a low-resolution page (1 = none). */
  upscaled?: number;
  /** A photo's sheet, made the page: its corners on the input. */
  sheet?: Sheet;
}

/** Below this resolution a page is enlarged before OCR, to about 300 dpi (at most 2x). */
export const LOW_DPI = 200;

/** Scanner density when plausible (phone photos often say 72); else a guess from the width, taking the page for A4 (8.27 in). */
export function dpiOf(density: number | undefined, width: number): number {
  return density && density >= 100 && density <= 1200 ? density : Math.min(600, Math.max(50, Math.round(width / 8.27)));
}

export interface PrepareOptions {
  page?: number;
  /** Resolution of the input, when the caller knows it (a rendered PDF page). */
  dpi?: number;
  tuning?: OcrTuning;
}

export async function prepare(input: Buffer | RawImage, opts: PrepareOptions = {}): Promise<Prepared> {
  // Opened twice: a clone of a sharp pipeline over raw pixels costs ~0.3 s a page, a second opening nothing.
  const open = () =>
    Buffer.isBuffer(input)
      ? sharp(input, { page: opts.page ?? 0, limitInputPixels: MAX_PIXELS, failOn: 'error' })
      : sharp(input.data, { raw: { width: input.width, height: input.height, channels: input.channels as 1 | 2 | 3 | 4 } });
  const base = open();
  const meta = await base.metadata();
  let width = meta.width ?? 0;
  let dpi = opts.dpi ?? dpiOf(meta.density, width);
  const ink = opts.tuning?.ink ?? 'red';
  // EXIF orientation (phone photos), then one channel.
  let img = base.rotate();
  // A phone photo's sheet is looked for in a small copy in all its channels (JPEGs shrink as they load;
  // the linear kernel is ~8x cheaper than lanczos on a rendered page, and blocks are all it needs).
  const small = await open().rotate().resize({ width: SHEET_WIDTH, withoutEnlargement: true, kernel: 'linear' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sheet = findSheet({ data: small.data, width: small.info.width, height: small.info.height, channels: small.info.channels });
  if ((meta.channels ?? 1) >= 3) {
    if (ink === 'max') {
      // The brightest channel: red seals and blue signatures are light in one of them, black print in none.
      const { data: rgb, info: ci } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const grey = Buffer.alloc(ci.width * ci.height);
      for (let i = 0, j = 0; i < grey.length; i++, j += ci.channels) grey[i] = Math.max(rgb[j]!, rgb[j + 1]!, rgb[j + 2]!);
      img = sharp(grey, { raw: { width: ci.width, height: ci.height, channels: 1 } }).toColourspace('b-w');
    } else img = img.extractChannel('red');
  } else img = img.greyscale();
  if (sheet) {
    // A photo: the sheet becomes the page, taken for A4 whatever the camera wrote.
    const { data, info } = await img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const flat = flatten({ data, width: info.width, height: info.height, channels: 1 }, sheet);
    if (flat) {
      img = sharp(flat.data, { raw: { width: flat.width, height: flat.height, channels: 1 } }).toColourspace('b-w');
      width = flat.width;
      dpi = dpiOf(undefined, width);
    }
  }
  let factor = dpi < LOW_DPI ? Math.min(2, 300 / dpi) : 1;
  factor *= opts.tuning?.scale ?? 1;
  if (width * factor > MAX_WIDTH) factor = MAX_WIDTH / width;
  if (factor !== 1) img = img.resize({ width: Math.round(width * factor), kernel: 'lanczos3' });
  let { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: 1 } } as const;
  // Heavy speckle makes tesseract slow and wrong; a median filter first fixes both.
  const noise = await noiseLevel(data, info.width, info.height);
  const denoised = noise > NOISY;
  if (denoised) data = await sharp(data, raw).median(3).extractChannel(0).raw().toBuffer();
  let out = sharp(data, raw);
  // Tesseract copes with up to ~3 degrees of skew; beyond that lines break up.
  // Rotating costs sharpness (handwritten digits suffer), so small skews stay.
  const angle = await estimateSkew(data, info.width, info.height);
  if (Math.abs(angle) >= 2) out = out.rotate(-angle, { background: '#ffffff' });
  if (opts.tuning?.binarize === 'on') out = sharp(await binarize(await out.extractChannel(0).raw().toBuffer({ resolveWithObject: true })), { raw: { width: info.width, height: info.height, channels: 1 } });
  const { data: png, info: o } = await out.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png, width: o.width, height: o.height, skew: angle, noise, denoised, dpi: Math.round(dpi * factor), upscaled: factor, ...(sheet ? { sheet } : {}) };
}

/**
 * Adaptive (local-mean) binarisation: a pixel is ink when darker than 88% of
 * the mean of its neighbourhood (about a line height across), so uneven
 * lighting, yellowed paper and faint print all threshold right.
 */
export async function binarize(img: { data: Buffer; info: { width: number; height: number } }): Promise<Buffer> {
  const { width, height } = img.info;
  const sigma = Math.max(4, Math.round(width / 120));
  const mean = await sharp(img.data, { raw: { width, height, channels: 1 } }).blur(sigma).extractChannel(0).raw().toBuffer();
  const out = Buffer.alloc(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! < mean[i]! * 0.88 && img.data[i]! < 200 ? 0 : 255;
  return out;
}

/**
 * Skew of the text lines in degrees (positive: lines go down to the right),
 * by projection profiles: rows of text are sharpest when the angle is right.
 */
export async function estimateSkew(grey: Buffer, width: number, height: number): Promise<number> {
  const W = Math.min(1000, width);
  const small = await sharp(grey, { raw: { width, height, channels: 1 } }).resize({ width: W }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = small;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! < 110) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 500) return 0;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const rows = new Float64Array(info.height * 2 + 1);
    for (let i = 0; i < xs.length; i++) {
      const r = Math.round(ys[i]! - xs[i]! * t) + info.height;
      if (r >= 0 && r < rows.length) rows[r]!++;
    }
    let s = 0;
    for (const v of rows) s += v * v;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -6; d <= 6; d += 0.5) {
    const sc = score(d);
    if (sc > bestScore * 1.0001) [best, bestScore] = [d, sc];
  }
  for (let d = best - 0.4; d <= best + 0.4; d += 0.1) {
    const sc = score(d);
    if (sc > bestScore * 1.0001) [best, bestScore] = [d, sc];
  }
  return Math.round(best * 10) / 10;
}

const NOISY = 10;

/** Speckle estimate on a central crop: mean |pixel - median3(pixel)|. */
export async function noiseLevel(grey: Buffer, width: number, height: number): Promise<number> {
  const w = Math.min(800, width);
  const h = Math.min(800, height);
  const region = { left: (width - w) >> 1, top: (height - h) >> 1, width: w, height: h };
  const crop = await sharp(grey, { raw: { width, height, channels: 1 } }).extract(region).extractChannel(0).raw().toBuffer();
  const med = await sharp(crop, { raw: { width: w, height: h, channels: 1 } }).median(3).extractChannel(0).raw().toBuffer();
  let sum = 0;
  for (let i = 0; i < med.length; i++) sum += Math.abs(crop[i]! - med[i]!);
  return Math.round((sum / (med.length || 1)) * 10) / 10;
}

/** Median filter: the retry when thresholding a noisy page found nothing. */
export async function despeckle(png: Buffer): Promise<Buffer> {
  return sharp(png).median(3).normalise().png({ compressionLevel: 1 }).toBuffer();
}

/** Whether a page has ink at all (a blank page legitimately yields no text). */
/** Dark pixels a page may hold and still be blank: a speck or two, never a word
 *  (one printed letter at 150 dpi is over a hundred). */
const BLANK_DARK = 60;

/** A page with no mark on it at all (a separator sheet, the back of a leaf, a
 *  blank PDF page): OCR would spend seconds to read nothing. A scanned blank
 *  page with noise is not blank here; OCR reads it and finds nothing. */
export async function isBlank(png: Buffer): Promise<boolean> {
  const { data, info } = await sharp(png).greyscale().threshold(128).raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] === 0 && ++dark > BLANK_DARK) return false;
  return true;
}

export async function hasInk(png: Buffer): Promise<boolean> {
  const s = await sharp(png).stats();
  return (s.channels[0]?.stdev ?? 0) > 6;
}
