// Pages scanned or photographed on their side or upside down. Tesseract's
// orientation data (osd) does not ship, so when a page reads badly we read a
// band of it, at half size, turned each other way, and keep the turn that
// tesseract reads with clearly more confidence. Pages that read well never
// get here, so the normal path costs nothing.
import sharp from 'sharp';
import type { OcrPool, OcrResult } from './pool.js';

/** A first pass this unsure (mean word confidence), or this empty, is checked for a turn. */
export const TURN_BELOW = 60;
/** A turn must read this much surer than the page as it came. */
const TURN_GAIN = 15;

/** Mean word confidence, counting a page with few words as unsure. */
export function readScore(r: OcrResult): number {
  const ws = r.lines.flatMap((l) => l.words);
  if (!ws.length) return 0;
  return (ws.reduce((a, w) => a + w.confidence, 0) / ws.length) * Math.min(1, ws.length / 15);
}

/** Degrees (clockwise) to turn the page so it reads upright, or 0. `first`: the page read as it came. */
export async function findTurn(pool: OcrPool, png: Buffer, first: OcrResult, dpi?: number): Promise<number> {
  const meta = await sharp(png).metadata();
  const w = Math.round((meta.width ?? 2) / 2);
  const h = Math.round((meta.height ?? 2) / 2);
  const small = await sharp(png).resize({ width: w, height: h }).png({ compressionLevel: 1 }).toBuffer();
  let best = 0;
  let bestScore = readScore(first);
  for (const deg of [90, 180, 270]) {
    const [tw, th] = deg === 180 ? [w, h] : [h, w];
    // The middle 40% of the turned page: enough lines to judge, a fraction of the time.
    const turned = await sharp(small).rotate(deg).png({ compressionLevel: 1 }).toBuffer();
    const band = await sharp(turned).extract({ left: 0, top: Math.round(th * 0.3), width: tw, height: Math.round(th * 0.4) }).png({ compressionLevel: 1 }).toBuffer();
    const s = readScore(await pool.recognize(band, { dpi: dpi ? dpi / 2 : undefined }));
    if (s > bestScore + TURN_GAIN && s >= TURN_BELOW) [best, bestScore] = [deg, s];
  }
  return best;
}

/** The page turned `deg` degrees clockwise. */
export function turn(png: Buffer, deg: number): Promise<Buffer> {
  return sharp(png).rotate(deg).png({ compressionLevel: 1 }).toBuffer();
}
