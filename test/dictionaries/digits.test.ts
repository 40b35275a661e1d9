import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { accuracy, mnistSplit, withHandStroke } from '../../dictionaries/digits/train.js';
import { openPdf } from '../../src/pdf/open.js';
import { renderRgba } from '../../src/pdf/render.js';
import { classify, digitModel, digitModels, fromFile, HAND_MODEL_PATH, MODEL_PATH, readDigits, SIDE, type Gray, type MlpFile } from '../../src/refine/digits.js';

// The MNIST digits the model was never trained on (the last 15% of each digit).
const { test: heldOut } = mnistSplit();

/** Held-out MNIST digits drawn side by side, twice their size, dark ink on white, as a blank of a scan. */
function blank(digits: Float32Array[], opts: { gap?: number; colon?: boolean; rule?: boolean } = {}): Gray {
  const k = 2;
  const gap = opts.gap ?? 8;
  const left = opts.colon ? 30 : 10;
  const width = left + digits.length * (SIDE * k + gap) + 20;
  const height = SIDE * k + 30;
  const data = new Uint8Array(width * height).fill(255);
  const ink = (x: number, y: number, v: number) => {
    const i = y * width + x;
    data[i] = Math.min(data[i]!, Math.round(255 * (1 - v)));
  };
  digits.forEach((d, n) => {
    const x0 = left + n * (SIDE * k + gap);
    for (let y = 0; y < SIDE * k; y++) for (let x = 0; x < SIDE * k; x++) ink(x0 + x, 15 + y, d[Math.floor(y / k) * SIDE + Math.floor(x / k)]!);
  });
  if (opts.colon) for (const cy of [40, 60]) for (let y = cy; y < cy + 5; y++) for (let x = 8; x < 13; x++) ink(x, y, 1);
  // The underline of the line above, running into the digits' tops.
  if (opts.rule) for (let y = 16; y < 19; y++) for (let x = 0; x < width; x++) ink(x, y, 1);
  return { data, width, height };
}

describe('digit reader', () => {
  it('ships a small model that reads held-out MNIST digits', () => {
    expect(statSync(MODEL_PATH).size).toBeLessThan(1024 * 1024);
    expect(heldOut.length).toBeGreaterThan(1000);
    const acc = accuracy(digitModel(), heldOut);
    expect(acc).toBeGreaterThan(0.95);
    const stored = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { heldOut: { accuracy: number } };
    expect(Math.abs(acc - stored.heldOut.accuracy)).toBeLessThan(0.002);
  });

  it('ships a second model, trained with flagged ones and crossed sevens, that reads held-out MNIST digits', () => {
    expect(statSync(HAND_MODEL_PATH).size).toBeLessThan(1024 * 1024);
    const stored = JSON.parse(readFileSync(HAND_MODEL_PATH, 'utf8')) as MlpFile;
    const acc = accuracy(fromFile(stored), heldOut);
    expect(acc).toBeGreaterThan(0.95);
    expect(Math.abs(acc - stored.heldOut!.accuracy)).toBeLessThan(0.002);
  });

  it('reads flagged ones and crossed sevens (as Vietnamese clerks write them) with the two models averaged', () => {
    // Held-out MNIST ones given a flag down to the left, sevens a bar at the middle.
    for (const d of [1, 7] as const) {
      const xs = heldOut.filter(([, l]) => l === d).map(([x], i) => withHandStroke(x, d, i + 1));
      const rate = (m: Parameters<typeof classify>[1], sureWrong = false) =>
        xs.filter((x) => {
          const r = classify(x, m);
          return sureWrong ? r.digit !== d && r.p >= 0.9 : r.digit === d;
        }).length / xs.length;
      expect(rate(digitModels())).toBeGreaterThan(0.85);
      expect(rate(digitModels())).toBeGreaterThan(rate(digitModel()));
      // Sure and wrong (what the blanks stage would take): rarer than with the plain model alone.
      expect(rate(digitModels(), true)).toBeLessThan(0.03);
      expect(rate(digitModels(), true)).toBeLessThan(rate(digitModel(), true));
    }
  });

  it('cuts a blank of held-out digits into its digits and reads them, past a colon and an underline', () => {
    let right = 0;
    let count = 0;
    const n = 60;
    for (let i = 0; i < n; i++) {
      const three = [0, 1, 2].map((j) => heldOut[(i * 7 + j * 331) % heldOut.length]!);
      const r = readDigits(blank(three.map((t) => t[0]), { colon: i % 2 === 0, rule: i % 3 === 0 }), SIDE * 2);
      const want = three.map((t) => t[1]).join('');
      if (r?.digits.length === 3) count++;
      if (r?.digits === want) right++;
    }
    expect(count / n).toBeGreaterThan(0.8);
    expect(right / n).toBeGreaterThan(0.7);
  });

  it('splits digits that touch', () => {
    let two = 0;
    const n = 40;
    for (let i = 0; i < n; i++) {
      const pair = [heldOut[(i * 13) % heldOut.length]![0], heldOut[(i * 13 + 500) % heldOut.length]![0]];
      const r = readDigits(blank(pair, { gap: -14 }), SIDE * 2);
      if (r?.digits.length === 2) two++;
    }
    expect(two / n).toBeGreaterThan(0.7);
  });

  it('gives nothing for a blank with only specks and a dotted leader', () => {
    const g = blank([]);
    const wide = { ...g, width: 200, data: new Uint8Array(200 * g.height).fill(255) };
    for (let x = 10; x < 190; x += 12) for (let y = 60; y < 63; y++) for (let dx = 0; dx < 3; dx++) wide.data[y * 200 + x + dx] = 0;
    expect(readDigits(wide, SIDE * 2)).toBeUndefined();
  });

  it('reads the handwritten day of a real dev scan (Hải Dương 69/QĐ-UBND, "ngày 10 tháng 01")', async () => {
    // corpus/scans-dev/dev (public official document; see its README). The box is
    // the blank between "ngày" and "tháng" of page 1 in the OCR's 200-dpi pixels.
    const bytes = readFileSync(join(import.meta.dirname, '../../corpus/scans-dev/dev/HaiDuong_QD69_2011.pdf'));
    const opened = await openPdf(bytes);
    if (!('doc' in opened)) throw new Error(opened.text);
    const page = await opened.doc.getPage(1);
    const r = await renderRgba(opened.doc, page, 200 / 72);
    await opened.doc.destroy();
    const box = { left: 1046, top: 255, width: 55, height: 85 };
    const grey = await sharp(r.rgba, { raw: { width: r.width, height: r.height, channels: 4 } }).extractChannel('red').extract(box).raw().toBuffer();
    const read = readDigits({ data: grey, width: box.width, height: box.height }, 35);
    expect(read?.digits).toBe('10');
  });
});
