// Branch handday32: the handwritten day's box when the OCR ran the day into the box of "ngày"
// (`header.date.label-width`), and a printed month the page OCR read unsurely that the digit
// reader reads the same (`header.date.month-agree`). A made-up place-date line, held-out MNIST digits.
import { describe, expect, it } from 'vitest';
import { mnistSplit } from '../../dictionaries/digits/train.js';
import type { Doc, Word } from '../../src/doc.js';
import { handDate } from '../../src/refine/blanks.js';
import { digitModels, readDigits, SIDE, type Gray } from '../../src/refine/digits.js';
import type { PageImage } from '../../src/refine/page-image.js';

const { test: heldOut } = mnistSplit();
const W = 1200;
const H = 1600;
const word = (text: string, x0: number, x1: number, confidence = 95): Word => ({ text, start: 0, end: 0, page: 1, confidence, bbox: { x0, x1, y0: 200, y1: 230 } });
const docOf = (words: Word[]) => ({ words, pages: [{ number: 1, width: W, height: H }] }) as unknown as Doc;

function greyOf(x: Float32Array): Gray {
  const data = new Uint8Array(48 * 48).fill(255);
  for (let y = 0; y < SIDE; y++) for (let k = 0; k < SIDE; k++) if (x[y * SIDE + k]! > 0.3) data[(y + 10) * 48 + k + 10] = 0;
  return { data, width: 48, height: 48 };
}
const pOf = (x: Float32Array, label: number) => {
  const r = readDigits(greyOf(x), 30, digitModels());
  return r?.digits === String(label) ? r.p[0]! : 0;
};
/** A held-out digit the reader reads as itself with a probability in [lo, hi). */
const digitOf = (label: number, lo: number, hi: number) => heldOut.find(([x, l]) => l === label && pOf(x, label) >= lo && pOf(x, label) < hi)![0];

/** The page with digits drawn by hand at the given left edges, on the line's band. */
function page(drawn: [Float32Array, number][]): PageImage {
  const grey = Buffer.alloc(W * H, 255);
  for (const [d, x0] of drawn) for (let y = 0; y < SIDE; y++) for (let x = 0; x < SIDE; x++) if (d[y * SIDE + x]! > 0.3) grey[(196 + y) * W + x0 + x] = 0;
  return { grey, width: W, height: H, scale: 1 };
}

describe('a day run into the box of "ngày" (header.date.label-width)', () => {
  // "ngày" read 700-835: the label and the "16" written after it, one OCR word; the month printed and read.
  const img = page([[digitOf(1, 0.97, 1.01), 772], [digitOf(6, 0.97, 1.01), 802]]);
  it('reads the day right of the label\'s own width', () => {
    const doc = docOf([word('ngày', 700, 835), word('tháng', 850, 925), word('03', 940, 975), word('năm', 990, 1045), word('2024', 1055, 1115)]);
    expect(handDate(doc, img)?.iso).toBe('2024-03-16');
  });
  it('keeps a label of its own width as it is (no day there: no date)', () => {
    const doc = docOf([word('ngày', 700, 760), word('tháng', 850, 925), word('03', 940, 975), word('năm', 990, 1045), word('2024', 1055, 1115)]);
    expect(handDate(doc, page([]))).toBeUndefined();
  });
});

describe('a printed month both readers agree on (header.date.month-agree)', () => {
  // "ngày 16 tháng 03 năm 2024": the day by hand, the month printed but read by the page OCR at 80 only.
  const zero = digitOf(0, 0.97, 1.01);
  const three = digitOf(3, 0.5, 0.9);
  const img = page([[digitOf(1, 0.97, 1.01), 772], [digitOf(6, 0.97, 1.01), 802], [zero, 930], [three, 958]]);
  const line = (month: string) => docOf([word('ngày', 700, 760), word('tháng', 850, 925), word(month, 932, 984, 80), word('năm', 1000, 1055), word('2024', 1065, 1125)]);
  it('takes the month when the digit reader, unsure, reads the same figures', () => {
    const r = handDate(line('03'), img);
    expect(r?.iso).toBe('2024-03-16');
    expect(r?.hand.join(' ')).toContain('header.date.month-agree');
  });
  it('takes nothing when they differ', () => {
    expect(handDate(line('08'), img)).toBeUndefined();
  });
});

describe('a sure hand month the page OCR contradicts (header.date.month-veto)', () => {
  // The month slot holds a mark the reader takes surely for a "6", where the page OCR read the figures "01".
  const img = page([[digitOf(1, 0.97, 1.01), 772], [digitOf(6, 0.97, 1.01), 802], [digitOf(6, 0.97, 1.01), 945]]);
  const line = (month: string) => docOf([word('ngày', 700, 760), word('tháng', 850, 925), word(month, 932, 984, 80), word('năm', 1000, 1055), word('2024', 1065, 1125)]);
  it('takes no month, so no date', () => {
    expect(handDate(line('01'), img)).toBeUndefined();
  });
  it('takes the sure reading when the page OCR read no figures there', () => {
    expect(handDate(line('ó'), img)?.iso).toBe('2024-06-16');
  });
});
