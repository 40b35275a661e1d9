// A synthetic phone photo of a page: the sheet seen at a slant on a brown table, under
// light that falls off across the frame. The tests of the sheet finder are made with it.
import sharp from 'sharp';
import { homography, warp, type Point } from '../ocr/homography.js';
import { rng } from './rng.js';

export interface PhotoOptions {
  /** Size of the photo in pixels. */
  width: number;
  height: number;
  /** Where the page's corners fall (top-left, top-right, bottom-right, bottom-left), in shares of the photo's size. */
  corners: Point[];
  /** The table's colour. */
  table?: [number, number, number];
  seed?: number;
}

/** JPEG of the photo, written at 72 dpi as phones do. */
export async function photoOf(page: Buffer, o: PhotoOptions): Promise<Buffer> {
  const { data, info } = await sharp(page).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const to = o.corners.map((p) => ({ x: p.x * o.width, y: p.y * o.height }));
  const from = [{ x: 0, y: 0 }, { x: info.width, y: 0 }, { x: info.width, y: info.height }, { x: 0, y: info.height }];
  const h = homography(to, from);
  if (!h) throw new Error('photoOf: degenerate corners');
  const table = o.table ?? [120, 82, 50];
  const shot = warp({ data, width: info.width, height: info.height, channels: 3 }, h, o.width, o.height, table);
  const rand = rng(o.seed ?? 7);
  for (let y = 0, i = 0; y < o.height; y++) {
    for (let x = 0; x < o.width; x++) {
      // Light falls off towards the bottom right; grain on everything.
      const light = 1 - 0.18 * ((x / o.width + y / o.height) / 2);
      const grain = (rand() - 0.5) * 12;
      for (let c = 0; c < 3; c++, i++) shot.data[i] = Math.max(0, Math.min(255, shot.data[i]! * light + grain));
    }
  }
  return sharp(shot.data, { raw: { width: o.width, height: o.height, channels: 3 } }).withMetadata({ density: 72 }).jpeg({ quality: 85 }).toBuffer();
}
