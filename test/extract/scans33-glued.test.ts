// Branch scans33: labels the page OCR ran into the handwriting, one word. `header.date.glued-labels`: "tháng⁄⁄3năm"
// (the month's hand between "tháng" and "năm"); `header.number.glued-label`: "Số:27/UBND-VX" (label, hand and symbol).
// Made-up lines in page units (scale 1): held-out MNIST digits, blocks for printed capitals.
import { describe, expect, it } from 'vitest';
import { mnistSplit } from '../../dictionaries/digits/train.js';
import type { Doc, Word } from '../../src/doc.js';
import { handDate, handNumber } from '../../src/refine/blanks.js';
import { digitModels, readDigits, SIDE, type Gray } from '../../src/refine/digits.js';
import type { PageImage } from '../../src/refine/page-image.js';

const { test: heldOut } = mnistSplit();
const W = 1200;
const H = 1600;
const word = (text: string, x0: number, x1: number, y0 = 200, y1 = 230): Word => ({ text, start: 0, end: 0, page: 1, confidence: 60, bbox: { x0, x1, y0, y1 } });
const docOf = (words: Word[]) => ({ words, pages: [{ number: 1, width: W, height: H }] }) as unknown as Doc;

function greyOf(x: Float32Array): Gray {
  const data = new Uint8Array(48 * 48).fill(255);
  for (let y = 0; y < SIDE; y++) for (let k = 0; k < SIDE; k++) if (x[y * SIDE + k]! > 0.3) data[(y + 10) * 48 + k + 10] = 0;
  return { data, width: 48, height: 48 };
}
const sureOf = (label: number) => heldOut.find(([x, l]) => l === label && (readDigits(greyOf(x), 30, digitModels())?.p[0] ?? 0) >= 0.97)![0];

function page(drawn: [Float32Array, number, number][]): { img: PageImage; ink: (x: number, y: number) => void } {
  const grey = Buffer.alloc(W * H, 255);
  const ink = (x: number, y: number) => (grey[y * W + x] = 0);
  for (const [d, x0, y0] of drawn) for (let y = 0; y < SIDE; y++) for (let x = 0; x < SIDE; x++) if (d[y * SIDE + x]! > 0.3) ink(x0 + x, y0 + y);
  return { img: { grey, width: W, height: H, scale: 1 }, ink };
}

describe('header.date.glued-labels', () => {
  // "ngày 16 tháng⁄⁄3năm 2024": the year 70 wide (a unit of 20), so "tháng" is 850-932 and "năm" 985-1045.
  const { img } = page([[sureOf(1), 772, 196], [sureOf(6), 802, 196], [sureOf(3), 944, 196]]);
  const line = (glued: string) => docOf([word('ngày', 700, 760), word(glued, 850, 1045), word('2024', 1055, 1125)]);
  it('reads the month between the labels of one word', () => {
    expect(handDate(line('tháng⁄⁄3năm'), img)?.iso).toBe('2024-03-16');
  });
  it('does not take a word that only ends in "năm"', () => {
    expect(handDate(line('thường năm'), img)).toBeUndefined();
  });
});

describe('header.number.glued-label', () => {
  /** "Số:" as two capitals and a colon, digits, then the slash and seven capitals (as scans32's glued number). */
  function numberLine(digits: [Float32Array, number][], slash: number): PageImage {
    const { img, ink } = page(digits.map(([d, x]) => [d, x, 200]));
    const block = (x: number) => {
      for (let y = 202; y < 228; y++) for (let k = 0; k < 18; k++) if (k < 3 || k > 14 || y < 205 || y > 224) ink(x + k, y);
    };
    block(100);
    block(121);
    for (const y of [210, 222]) for (let k = 0; k < 3; k++) for (let j = 0; j < 3; j++) ink(143 + k, y + j);
    for (let y = 200; y < 230; y++) for (let t = 0; t < 3; t++) ink(slash + 10 - Math.round((y - 200) / 3) + t, y);
    let x = slash + 16;
    for (const c of 'UBND-VX') {
      if (c === '-') for (let y = 213; y < 216; y++) for (let k = 0; k < 8; k++) ink(x + k, y);
      else block(x);
      x += c === '-' ? 12 : 22;
    }
    return img;
  }
  it('reads the digits between the label and the slash of one word', () => {
    const img = numberLine([[sureOf(2), 158], [sureOf(7), 186]], 224);
    const doc = docOf([word('Số:#7/UBND-VX', 100, 384, 196, 232)]);
    expect(handNumber(doc, img, 0, 0)?.digits).toBe('27');
  });
  it('takes nothing when the word holds no figure before its slash', () => {
    const img = numberLine([], 224);
    expect(handNumber(docOf([word('Số:/UBND-VX', 100, 384, 196, 232)]), img, 0, 0)).toBeUndefined();
  });
});
