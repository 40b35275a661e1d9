// Plane-to-plane projective maps (homographies) and an image warp by one: what a phone
// photo of a flat page needs to become the page again, and what the synthetic photos of
// the tests are made with.

export interface Point {
  x: number;
  y: number;
}

/** 3x3 matrix, row-major, h[8] = 1. */
export type Homography = Float64Array;

/** The map sending from[i] to to[i] (four points each, no three on a line); undefined when they are degenerate. */
export function homography(from: readonly Point[], to: readonly Point[]): Homography | undefined {
  // Eight equations in the eight unknowns h0..h7 (h8 = 1), solved by Gaussian elimination.
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-12) return undefined;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      if (f !== 0) for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const h = new Float64Array(9);
  for (let i = 0; i < 8; i++) h[i] = a[i]![8]! / a[i]![i]!;
  h[8] = 1;
  return h;
}

export function apply(h: Homography, p: Point): Point {
  const w = h[6]! * p.x + h[7]! * p.y + h[8]!;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / w, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / w };
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/**
 * An image of outWidth x outHeight whose pixel (x, y) is the source's pixel at h(x, y),
 * bilinearly interpolated; points outside the source get `fill` (one value per channel).
 */
export function warp(src: RawImage, h: Homography, outWidth: number, outHeight: number, fill: readonly number[]): RawImage {
  const { data, width, height, channels: n } = src;
  const out = Buffer.alloc(outWidth * outHeight * n);
  let o = 0;
  for (let y = 0; y < outHeight; y++) {
    // Numerators and denominator are affine in x along a row: step them instead of multiplying.
    let X = h[1]! * y + h[2]!;
    let Y = h[4]! * y + h[5]!;
    let W = h[7]! * y + h[8]!;
    for (let x = 0; x < outWidth; x++, X += h[0]!, Y += h[3]!, W += h[6]!) {
      const sx = X / W;
      const sy = Y / W;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
        for (let c = 0; c < n; c++) out[o++] = fill[c] ?? 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = (y0 * width + x0) * n;
      const j = i + width * n;
      for (let c = 0; c < n; c++) {
        const top = data[i + c]! + (data[i + n + c]! - data[i + c]!) * fx;
        const bottom = data[j + c]! + (data[j + n + c]! - data[j + c]!) * fx;
        out[o++] = Math.round(top + (bottom - top) * fy);
      }
    }
  }
  return { data: out, width: outWidth, height: outHeight, channels: n };
}
