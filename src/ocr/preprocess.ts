// Prepare a page image for tesseract with sharp: one grey channel. On colour
// scans we keep the RED channel: red seals and stamps turn as light as the
// paper, while black print and blue handwriting stay dark. No contrast stretch:
// on a mostly blank page it turns scanner noise into "text".
import sharp, { type Sharp } from 'sharp';

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
}

export async function prepare(input: Buffer | Sharp, opts: { page?: number } = {}): Promise<Prepared> {
  const base = Buffer.isBuffer(input)
    ? sharp(input, { page: opts.page ?? 0, limitInputPixels: MAX_PIXELS, failOn: 'error' })
    : input;
  const meta = await base.metadata();
  // EXIF orientation (phone photos), then one channel.
  let img = base.rotate();
  img = (meta.channels ?? 1) >= 3 ? img.extractChannel('red') : img.greyscale();
  if ((meta.width ?? 0) > MAX_WIDTH) img = img.resize({ width: MAX_WIDTH });
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
  const { data: png, info: o } = await out.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png, width: o.width, height: o.height, skew: angle, noise, denoised };
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
export async function hasInk(png: Buffer): Promise<boolean> {
  const s = await sharp(png).stats();
  return (s.channels[0]?.stdev ?? 0) > 6;
}
