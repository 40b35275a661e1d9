// Rule header.number.glued-hand (src/refine/glued.ts): handwritten digits the OCR ran together with the printed
// symbol after them ("#7/UBND-VX", one word) are read left of the symbol's slash, found in the image.
// A made-up number line in page units (scale 1): held-out MNIST digits, a slash, blocks for the capitals.
import { describe, expect, it } from 'vitest';
import { mnistSplit } from '../../dictionaries/digits/train.js';
import type { Doc, Word } from '../../src/doc.js';
import { handNumber } from '../../src/refine/blanks.js';
import { digitModels, readDigits, SIDE, type Gray } from '../../src/refine/digits.js';
import type { PageImage } from '../../src/refine/page-image.js';

const { test: heldOut } = mnistSplit();
const W = 800;
const H = 400;
const word = (text: string, x0: number, x1: number): Word => ({ text, start: 0, end: 0, page: 1, confidence: 60, bbox: { x0, x1, y0: 196, y1: 232 } });

function greyOf(x: Float32Array): Gray {
  const data = new Uint8Array(48 * 48).fill(255);
  for (let y = 0; y < SIDE; y++) for (let k = 0; k < SIDE; k++) if (x[y * SIDE + k]! > 0.3) data[(y + 10) * 48 + k + 10] = 0;
  return { data, width: 48, height: 48 };
}
const sureOf = (label: number) => heldOut.find(([x, l]) => l === label && (readDigits(greyOf(x), 30, digitModels())?.p[0] ?? 0) >= 0.97)![0];

/** Digits at the given x, a slash from x `slash`, then seven capitals (blocks with a gap, the hyphen a short bar). */
function page(digits: [Float32Array, number][], slash: number): PageImage {
  const grey = Buffer.alloc(W * H, 255);
  const ink = (x: number, y: number) => (grey[y * W + x] = 0);
  for (const [d, x0] of digits) for (let y = 0; y < SIDE; y++) for (let x = 0; x < SIDE; x++) if (d[y * SIDE + x]! > 0.3) ink(x0 + x, 200 + y);
  // The slash: 3 wide, leaning right, over the capitals' band (rows 202-227) and a little below.
  for (let y = 200; y < 230; y++) for (let t = 0; t < 3; t++) ink(slash + 10 - Math.round((y - 200) / 3) + t, y);
  let x = slash + 16;
  for (const c of 'UBND-VX') {
    if (c === '-') for (let y = 213; y < 216; y++) for (let k = 0; k < 8; k++) ink(x + k, y);
    else for (let y = 202; y < 228; y++) for (let k = 0; k < 18; k++) if (k < 3 || k > 14 || y < 205 || y > 224) ink(x + k, y);
    x += c === '-' ? 12 : 22;
  }
  return { grey, width: W, height: H, scale: 1 };
}

describe('header.number.glued-hand', () => {
  const doc = (x1: number) => ({ words: [word('Số:', 100, 140), word('#7/UBND-VX', 150, x1)], pages: [{ number: 1, width: W, height: H }] }) as unknown as Doc;

  it('reads the handwritten digits left of the slash of a word glued to its printed symbol', () => {
    const img = page([[sureOf(2), 156], [sureOf(7), 184]], 222);
    expect(handNumber(doc(380), img, 0, 1)?.digits).toBe('27');
  });

  it('takes nothing when the slash touches the last digit', () => {
    const img = page([[sureOf(2), 156], [sureOf(7), 184]], 200);
    expect(handNumber(doc(360), img, 0, 1)).toBeUndefined();
  });
});
