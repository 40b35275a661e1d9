// Branch scans15: pieces deskewed by their second moments for a model trained so
// (`digits.deskew`, train.ts --deskew; no shipped model is), and a "4" without the bar
// a 4 has is not taken (`digits.four-bar`).
import { describe, expect, it } from 'vitest';
import { deskew, hasBar } from '../../src/refine/digits.js';

/** A made-up piece of `w` x `h` with strokes of pen width 2 drawn between the given points. */
function draw(w: number, h: number, lines: [number, number, number, number][]): { ink: Float32Array; w: number; h: number } {
  const ink = new Float32Array(w * h);
  for (const [x0, y0, x1, y1] of lines) {
    const n = 4 * Math.ceil(Math.hypot(x1 - x0, y1 - y0)) + 1;
    for (let s = 0; s <= n; s++) {
      const cx = x0 + ((x1 - x0) * s) / n;
      const cy = y0 + ((y1 - y0) * s) / n;
      for (let y = Math.floor(cy - 1); y <= Math.ceil(cy + 1); y++) {
        for (let x = Math.floor(cx - 1); x <= Math.ceil(cx + 1); x++) {
          if (x >= 0 && y >= 0 && x < w && y < h && (x - cx) ** 2 + (y - cy) ** 2 <= 1) ink[y * w + x] = 1;
        }
      }
    }
  }
  return { ink, w, h };
}

/** The width of the ink's bounding box. */
function inkWidth(p: { ink: Float32Array; w: number; h: number }): number {
  let x0 = p.w;
  let x1 = -1;
  for (let y = 0; y < p.h; y++) {
    for (let x = 0; x < p.w; x++) {
      if (p.ink[y * p.w + x]! > 0.5) [x0, x1] = [Math.min(x0, x), Math.max(x1, x)];
    }
  }
  return x1 - x0 + 1;
}

describe('digits.deskew', () => {
  it('stands a one slanted to the right upright', () => {
    const slanted = draw(30, 40, [[24, 2, 6, 37]]);
    const straight = deskew(slanted.ink, slanted.w, slanted.h);
    expect(inkWidth(slanted)).toBeGreaterThan(15);
    expect(inkWidth(straight)).toBeLessThan(6);
  });

  it('stands a one slanted to the left upright too', () => {
    const slanted = draw(30, 40, [[5, 2, 22, 37]]);
    expect(inkWidth(deskew(slanted.ink, slanted.w, slanted.h))).toBeLessThan(6);
  });

  it('leaves an upright bar as it is', () => {
    const upright = draw(12, 40, [[6, 2, 6, 37]]);
    expect(deskew(upright.ink, upright.w, upright.h)).toEqual(upright);
  });
});

describe('digits.four-bar', () => {
  it('finds the bar of an open and of a closed four', () => {
    // Open top: down the left, across, and the stem on the right.
    expect(hasBar(draw(28, 40, [[4, 2, 2, 26], [2, 26, 26, 26], [20, 6, 20, 38]]))).toBe(true);
    // Closed top: a slant from the stem's top to the bar.
    expect(hasBar(draw(28, 40, [[20, 2, 2, 27], [2, 27, 26, 27], [20, 2, 20, 38]]))).toBe(true);
  });

  it('finds no bar in a one with a flag from its top, straight or hooked, with or without a foot', () => {
    expect(hasBar(draw(22, 40, [[16, 2, 16, 38], [16, 2, 3, 14]]))).toBe(false);
    expect(hasBar(draw(22, 40, [[16, 2, 14, 38], [16, 2, 7, 1], [7, 1, 2, 12]]))).toBe(false);
    expect(hasBar(draw(26, 40, [[14, 2, 14, 38], [14, 2, 3, 13], [8, 38, 21, 38]]))).toBe(false);
  });
});
