// Branch scans12: the digit reader reads a thin pen again thickened (`digits.thickened`),
// and a handwritten day takes the month tesseract read clearly (`header.date.ocr-month`).
import { describe, expect, it } from 'vitest';
import { mnistSplit } from '../../dictionaries/digits/train.js';
import type { Doc, Word } from '../../src/doc.js';
import { handDate } from '../../src/refine/blanks.js';
import { digitModels, readDigits, SIDE, type Gray } from '../../src/refine/digits.js';
import type { PageImage } from '../../src/refine/page-image.js';

const { test: heldOut } = mnistSplit();

/** A held-out digit drawn at 3x with a pen one pixel wide: only the ink's edge (a thin scan stroke). */
function thinPen(d: Float32Array): Gray {
  const k = 3;
  const w = SIDE * k + 20;
  const h = SIDE * k + 20;
  const on = (x: number, y: number) => x >= 0 && y >= 0 && x < SIDE * k && y < SIDE * k && d[Math.floor(y / k) * SIDE + Math.floor(x / k)]! > 0.5;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < SIDE * k; y++) {
    for (let x = 0; x < SIDE * k; x++) {
      // Ink where the stroke is but a neighbour is not, so strokes are hollow and thin.
      if (on(x, y) && (!on(x - 1, y) || !on(x + 1, y) || !on(x, y - 1) || !on(x, y + 1))) data[(y + 10) * w + x + 10] = 0;
    }
  }
  return { data, width: w, height: h };
}

describe('digit reader: a thin pen (digits.thickened)', () => {
  it('reads thin strokes surely more often when each piece is also read thickened', () => {
    const sample = heldOut.filter((_, i) => i % 5 === 0);
    const sure = (thicken: boolean) => {
      let right = 0;
      let wrong = 0;
      for (const [x, label] of sample) {
        const r = readDigits(thinPen(x), SIDE * 3, digitModels(), thicken);
        if (!r || r.digits.length !== 1 || r.p[0]! < 0.9) continue;
        if (r.digits === String(label)) right++;
        else wrong++;
      }
      return { right, wrong };
    };
    const plain = sure(false);
    const bold = sure(true);
    expect(bold.right).toBeGreaterThan(plain.right);
    expect(bold.wrong / (bold.right + bold.wrong)).toBeLessThan(0.05);
  });
});

describe('handwritten day beside a printed month (header.date.ocr-month)', () => {
  // A made-up place-date line "Thành phố X, ngày __ tháng __ năm 2024" in page units (scale 1).
  const W = 1200;
  const H = 1600;
  const word = (text: string, x0: number, x1: number): Word => ({ text, start: 0, end: 0, page: 1, confidence: 95, bbox: { x0, x1, y0: 200, y1: 230 } });
  const words = [word('ngày', 700, 760), word('tháng', 850, 925), word('năm', 990, 1045), word('2024', 1055, 1115)];
  const doc = { words, pages: [{ number: 1, width: W, height: H }] } as unknown as Doc;

  /** The page with held-out digits drawn by hand in the day's blank, the month's blank left empty. */
  function page(digits: Float32Array[]): PageImage {
    const grey = Buffer.alloc(W * H, 255);
    digits.forEach((d, n) => {
      for (let y = 0; y < SIDE; y++) for (let x = 0; x < SIDE; x++) if (d[y * SIDE + x]! > 0.3) grey[(196 + y) * W + 770 + n * 30 + x] = 0;
    });
    return { grey, width: W, height: H, scale: 1 };
  }
  // Held-out ones and sixes the reader is sure of, to write "16".
  const sureOf = (label: number) => heldOut.find(([x, l]) => l === label && (readDigits(greyOf(x), 30, digitModels())?.p[0] ?? 0) >= 0.97)![0];
  function greyOf(x: Float32Array): Gray {
    const data = new Uint8Array(48 * 48).fill(255);
    for (let y = 0; y < SIDE; y++) for (let k = 0; k < SIDE; k++) if (x[y * SIDE + k]! > 0.3) data[(y + 10) * 48 + k + 10] = 0;
    return { data, width: 48, height: 48 };
  }
  const img = page([sureOf(1), sureOf(6)]);

  it('takes the month the page OCR read when the month blank reads nothing by hand', () => {
    const r = handDate(doc, img, 3);
    expect(r?.iso).toBe('2024-03-16');
    expect(r?.hand.join(' ')).toContain('header.date.ocr-month');
  });

  it('gives no date without it', () => {
    expect(handDate(doc, img)).toBeUndefined();
  });
});
