// Prepare a page image for tesseract with sharp: one grey channel. On colour
// scans we keep the RED channel: red seals and stamps turn as light as the
// paper, while black print and blue handwriting stay dark. No contrast stretch:
// on a mostly blank page it turns scanner noise into "text".
import sharp, { type Sharp, type Metadata } from 'sharp';

/** Refuse larger images (decoding them could exhaust memory). */
export const MAX_PIXELS = 100_000_000;
/** Pages wider than this are scaled down: more pixels only slow tesseract. */
const MAX_WIDTH = 3600;

export interface Prepared {
  png: Buffer;
  width: number;
  height: number;
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

  const { data, info } = await img.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
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
