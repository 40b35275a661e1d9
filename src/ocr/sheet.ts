// Phone photos of a page: the sheet lies on a darker table, seen at a slant. The sheet is the
// largest bright region of a small copy of the photo ("bright" in every channel: a wooden
// table is bright in red alone, and the OCR reads the red channel), its corners are the
// region's extreme points, and the page is warped back to a rectangle. Scans (paper to the
// edges) and sheets that are already upright rectangles are left alone: resampling costs
// sharpness, which handwritten digits need.
import { homography, warp, type Point, type RawImage } from './homography.js';

/** Width of the copy the sheet is looked for in (callers may hand over a copy this wide). */
export const SHEET_WIDTH = 400;
/** A corner this far (share of the copy's width) off the region's bounding box makes the sheet slanted. */
const SLANT = 0.015;

export interface Sheet {
  /** Top-left, top-right, bottom-right, bottom-left, as shares of the image's width and height. */
  corners: Point[];
  /** Square to the frame: cropped, not warped. */
  upright: boolean;
}

/**
 * The sheet, when `img` (raw pixels, any channels) is a photo of one.
 */
export function findSheet(img: RawImage): Sheet | undefined {
  const { w, h, light, step } = lightness(img);
  if (w < 100 || h < 100) return undefined;
  const t = otsu(light);
  if (t === undefined) return undefined;
  // A scan is paper to its edges: a photo's frame is mostly table.
  let dark = 0;
  let frame = 0;
  for (let x = 0; x < w; x++) for (const y of [0, 1, h - 2, h - 1]) (frame++, light[y * w + x]! <= t && dark++);
  for (let y = 2; y < h - 2; y++) for (const x of [0, 1, w - 2, w - 1]) (frame++, light[y * w + x]! <= t && dark++);
  if (dark < frame * 0.6) return undefined;
  const region = largestBright(light, w, h, t);
  if (region.length < w * h * 0.2) return undefined;
  let tl = region[0]!, tr = tl, br = tl, bl = tl;
  let minX = w, maxX = 0, minY = h, maxY = 0;
  const xs = (i: number) => i % w;
  const ys = (i: number) => (i / w) | 0;
  for (const i of region) {
    const x = xs(i), y = ys(i);
    if (x + y < xs(tl) + ys(tl)) tl = i;
    if (x + y > xs(br) + ys(br)) br = i;
    if (x - y > xs(tr) - ys(tr)) tr = i;
    if (y - x > ys(bl) - xs(bl)) bl = i;
    minX = Math.min(minX, x), maxX = Math.max(maxX, x), minY = Math.min(minY, y), maxY = Math.max(maxY, y);
  }
  const q = [tl, tr, br, bl].map((i) => ({ x: xs(i) + 0.5, y: ys(i) + 0.5 }));
  const box = [{ x: minX, y: minY }, { x: maxX + 1, y: minY }, { x: maxX + 1, y: maxY + 1 }, { x: minX, y: maxY + 1 }];
  const upright = Math.max(...q.map((p, k) => Math.hypot(p.x - box[k]!.x, p.y - box[k]!.y))) < SLANT * w;
  // A sheet, not a blob: the quadrilateral is convex and covers about the region's area.
  const area = quadArea(q);
  const filled = w * h - outside(region, w, h);
  if (!convex(q) || area <= 0 || Math.abs(area - filled) > 0.12 * area) return undefined;
  const share = (p: Point) => ({ x: (p.x * step) / img.width, y: (p.y * step) / img.height });
  return { corners: (upright ? box : q).map(share), upright };
}

/** The sheet warped to an upright rectangle as wide and high as its longer edges (an upright one only cut out). */
export function flatten(grey: RawImage, sheet: Sheet): RawImage | undefined {
  if (sheet.upright) return crop(grey, sheet.corners);
  const [tl, tr, br, bl] = sheet.corners.map((p) => ({ x: p.x * grey.width, y: p.y * grey.height })) as [Point, Point, Point, Point];
  const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const W = Math.round(Math.max(dist(tl, tr), dist(bl, br)));
  const H = Math.round(Math.max(dist(tl, bl), dist(tr, br)));
  const hm = homography([{ x: 0, y: 0 }, { x: W, y: 0 }, { x: W, y: H }, { x: 0, y: H }], [tl, tr, br, bl]);
  return hm ? warp(grey, hm, W, H, [255]) : undefined;
}

function crop(img: RawImage, corners: Point[]): RawImage {
  const x0 = Math.floor(corners[0]!.x * img.width), y0 = Math.floor(corners[0]!.y * img.height);
  const x1 = Math.min(img.width, Math.ceil(corners[2]!.x * img.width)), y1 = Math.min(img.height, Math.ceil(corners[2]!.y * img.height));
  const n = img.channels;
  const out = Buffer.alloc((x1 - x0) * (y1 - y0) * n);
  for (let y = y0; y < y1; y++) img.data.copy(out, (y - y0) * (x1 - x0) * n, (y * img.width + x0) * n, (y * img.width + x1) * n);
  return { data: out, width: x1 - x0, height: y1 - y0, channels: n };
}

/** A copy about SHEET_WIDTH wide of the darkest channel, each pixel the mean of its block. */
function lightness(img: RawImage): { w: number; h: number; light: Uint8Array; step: number } {
  const { data, width, height, channels: n } = img;
  const step = Math.max(1, Math.ceil(width / SHEET_WIDTH));
  const w = Math.floor(width / step);
  const h = Math.floor(height / step);
  const sum = new Float64Array(w * h);
  for (let y = 0; y < h * step; y++) {
    const row = ((y / step) | 0) * w;
    let i = y * width * n;
    for (let x = 0; x < w * step; x++, i += n) {
      let m = data[i]!;
      for (let c = 1; c < n; c++) if (data[i + c]! < m) m = data[i + c]!;
      sum[row + ((x / step) | 0)]! += m;
    }
  }
  const light = new Uint8Array(w * h);
  const area = step * step;
  for (let i = 0; i < light.length; i++) light[i] = Math.round(sum[i]! / area);
  return { w, h, light, step };
}

/** Otsu's threshold of a histogram, or undefined when the two classes are not far apart (no table to tell from paper). */
function otsu(v: Uint8Array): number | undefined {
  const hist = new Float64Array(256);
  for (const x of v) hist[x]!++;
  const total = v.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let wB = 0, sumB = 0, best = -1, t = 0, gap = 0;
  for (let i = 0; i < 256; i++) {
    wB += hist[i]!;
    if (!wB || wB === total) continue;
    sumB += i * hist[i]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / (total - wB);
    const between = wB * (total - wB) * (mB - mF) ** 2;
    if (between > best) (best = between), (t = i), (gap = mF - mB);
  }
  return gap >= 50 ? t : undefined;
}

/** The largest 4-connected region brighter than t. */
function largestBright(light: Uint8Array, w: number, h: number, t: number): number[] {
  const seen = new Uint8Array(w * h);
  let best: number[] = [];
  const stack: number[] = [];
  for (let s = 0; s < light.length; s++) {
    if (seen[s] || light[s]! <= t) continue;
    const pixels: number[] = [];
    seen[s] = 1;
    stack.push(s);
    while (stack.length) {
      const i = stack.pop()!;
      pixels.push(i);
      const x = i % w;
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= light.length || seen[j] || light[j]! <= t) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    if (pixels.length > best.length) best = pixels;
  }
  return best;
}

/** Pixels outside the region and its holes: those reached from the frame without crossing it. */
function outside(region: number[], w: number, h: number): number {
  const seen = new Uint8Array(w * h);
  for (const i of region) seen[i] = 1;
  const stack: number[] = [];
  for (let x = 0; x < w; x++) stack.push(x, (h - 1) * w + x);
  for (let y = 0; y < h; y++) stack.push(y * w, y * w + w - 1);
  let n = 0;
  while (stack.length) {
    const i = stack.pop()!;
    if (seen[i]) continue;
    seen[i] = 1;
    n++;
    const x = i % w;
    if (x > 0) stack.push(i - 1);
    if (x < w - 1) stack.push(i + 1);
    if (i >= w) stack.push(i - w);
    if (i + w < w * h) stack.push(i + w);
  }
  return n;
}

function quadArea(q: Point[]): number {
  let a = 0;
  for (let i = 0; i < 4; i++) a += q[i]!.x * q[(i + 1) % 4]!.y - q[(i + 1) % 4]!.x * q[i]!.y;
  return a / 2;
}

function convex(q: Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!, b = q[(i + 1) % 4]!, c = q[(i + 2) % 4]!;
    const z = Math.sign((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x));
    if (!z || (sign && z !== sign)) return false;
    sign = z;
  }
  return true;
}
