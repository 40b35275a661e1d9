import { describe, expect, it } from 'vitest';
import { apply, homography, warp } from '../../src/ocr/homography.js';

const square = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
const slanted = [{ x: 2, y: 1 }, { x: 17, y: 3 }, { x: 19, y: 22 }, { x: 1, y: 18 }];

describe('homography', () => {
  it('sends each of four points to its image, and points between them between', () => {
    const h = homography(square, slanted)!;
    for (let i = 0; i < 4; i++) {
      expect(apply(h, square[i]!).x).toBeCloseTo(slanted[i]!.x, 9);
      expect(apply(h, square[i]!).y).toBeCloseTo(slanted[i]!.y, 9);
    }
    const back = homography(slanted, square)!;
    const mid = apply(back, apply(h, { x: 3, y: 7 }));
    expect(mid.x).toBeCloseTo(3, 9);
    expect(mid.y).toBeCloseTo(7, 9);
  });

  it('refuses three points on a line', () => {
    expect(homography([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 2 }, { x: 0, y: 5 }], square)).toBeUndefined();
  });

  it('warps by sampling the source where the map sends each pixel, filling what falls outside', () => {
    // A 4x4 ramp, shifted one pixel right: out(x, y) = src(x + 1, y).
    const src = { data: Buffer.from([...Array(16).keys()].map((i) => i * 10)), width: 4, height: 4, channels: 1 };
    const h = homography(square, square.map((p) => ({ x: p.x + 1, y: p.y })))!;
    const out = warp(src, h, 4, 4, [255]);
    expect([...out.data.subarray(0, 4)]).toEqual([10, 20, 255, 255]);
    expect(out.data[4]).toBe(50);
  });
});
