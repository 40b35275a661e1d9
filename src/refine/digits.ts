// A small reader of handwritten digits, for the blanks of the printed form
// ("Số: 1234/UBND-KT", "ngày 04 tháng 01") that clerks fill in by hand and that
// tesseract reads badly. The ink of a blank is cut into connected components,
// joined where a digit's strokes are broken and split where digits touch, and
// each piece is normalised as MNIST digits are (fitted in a 20x20 box, put in a
// 28x28 image centred by its mass) and classified by a one-hidden-layer
// perceptron trained offline on MNIST (dictionaries/digits/train.ts, weights
// in dictionaries/digits/mlp.json, loaded once per process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

export const SIDE = 28;
const BOX = 20;

/**
 * MNIST normalisation of an ink image (values 0..1, row-major, `w` x `h`):
 * the ink's bounding box fitted into a 20x20 box by area averaging (aspect
 * kept), placed in a 28x28 image so its centre of mass is at the centre.
 * Undefined when there is no ink.
 */
export function normalise(ink: Float32Array, w: number, h: number): Float32Array | undefined {
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (ink[y * w + x]! > 0.05) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return undefined;
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const s = BOX / Math.max(bw, bh);
  const tw = Math.max(1, Math.round(bw * s));
  const th = Math.max(1, Math.round(bh * s));
  // Area averaging: each target pixel is the mean of the source area it covers.
  const small = new Float32Array(tw * th);
  const sx = bw / tw;
  const sy = bh / th;
  for (let ty = 0; ty < th; ty++) {
    const fy0 = y0 + ty * sy;
    const fy1 = fy0 + sy;
    for (let tx = 0; tx < tw; tx++) {
      const fx0 = x0 + tx * sx;
      const fx1 = fx0 + sx;
      let sum = 0;
      let area = 0;
      for (let y = Math.floor(fy0); y < Math.min(Math.ceil(fy1), y1 + 1); y++) {
        const wy = Math.min(fy1, y + 1) - Math.max(fy0, y);
        if (wy <= 0) continue;
        for (let x = Math.floor(fx0); x < Math.min(Math.ceil(fx1), x1 + 1); x++) {
          const wx = Math.min(fx1, x + 1) - Math.max(fx0, x);
          if (wx <= 0) continue;
          sum += ink[y * w + x]! * wx * wy;
          area += wx * wy;
        }
      }
      small[ty * tw + tx] = area ? sum / area : 0;
    }
  }
  let m = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const v = small[y * tw + x]!;
      m += v;
      cx += v * x;
      cy += v * y;
    }
  }
  const ox = Math.round(SIDE / 2 - (m ? cx / m : tw / 2) - 0.5);
  const oy = Math.round(SIDE / 2 - (m ? cy / m : th / 2) - 0.5);
  const dx = Math.min(Math.max(ox, 0), SIDE - tw);
  const dy = Math.min(Math.max(oy, 0), SIDE - th);
  const out = new Float32Array(SIDE * SIDE);
  for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) out[(y + dy) * SIDE + x + dx] = Math.min(1, small[y * tw + x]!);
  return out;
}

/**
 * The ink sheared so its main axis stands upright (rule `digits.deskew`): the
 * slant is the ink's second moments' ratio mu11/mu02 (MNIST practice). A
 * clerk's slanted one, flag and all, then looks more like the upright ones the
 * models learned. The image grows wide enough to hold the sheared ink.
 */
export function deskew(ink: Float32Array, w: number, h: number): { ink: Float32Array; w: number; h: number } {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = ink[y * w + x]!;
      m += v;
      mx += v * x;
      my += v * y;
    }
  }
  if (!m) return { ink, w, h };
  mx /= m;
  my /= m;
  let mu11 = 0;
  let mu02 = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = ink[y * w + x]!;
      mu11 += v * (x - mx) * (y - my);
      mu02 += v * (y - my) ** 2;
    }
  }
  if (mu02 < 1e-6) return { ink, w, h };
  // A shear of more than 1 (45 degrees) is no digit's slant: keep it bounded.
  const a = Math.max(-1, Math.min(1, mu11 / mu02));
  if (Math.abs(a) < 0.02) return { ink, w, h };
  // Row y moves by -a (y - my); its pixels are read back by linear interpolation.
  const shift = (y: number) => -a * (y - my);
  const lo = Math.min(shift(0), shift(h - 1));
  const ow = w + Math.ceil(Math.max(shift(0), shift(h - 1)) - lo) + 1;
  const out = new Float32Array(ow * h);
  for (let y = 0; y < h; y++) {
    const d = shift(y) - lo;
    for (let ox = 0; ox < ow; ox++) {
      const sx = ox - d;
      const ix = Math.floor(sx);
      const f = sx - ix;
      const v0 = ix >= 0 && ix < w ? ink[y * w + ix]! : 0;
      const v1 = ix + 1 >= 0 && ix + 1 < w ? ink[y * w + ix + 1]! : 0;
      out[y * ow + ox] = v0 * (1 - f) + v1 * f;
    }
  }
  return { ink: out, w: ow, h };
}

/** A one-hidden-layer perceptron: 784 inputs, ReLU hidden units, 10 softmax outputs. */
export interface Mlp {
  hidden: number;
  w1: Float32Array; // hidden x 784
  b1: Float32Array;
  w2: Float32Array; // 10 x hidden
  b2: Float32Array;
  /** Trained on digits deskewed by their second moments (`deskew`): its input must be deskewed too. */
  deskew?: boolean;
}

/** The weights file: int8 rows with one scale per row, base64. */
export interface MlpFile {
  about: string;
  hidden: number;
  w1: { scales: number[]; q: string };
  b1: number[];
  w2: { scales: number[]; q: string };
  b2: number[];
  heldOut?: { n: number; accuracy: number };
  deskew?: boolean;
}

function quantise(w: Float32Array, rows: number, cols: number): { scales: number[]; q: string } {
  const q = new Int8Array(rows * cols);
  const scales: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(w[r * cols + c]!));
    const s = max / 127 || 1;
    scales.push(Number(s.toPrecision(6)));
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.round(w[r * cols + c]! / scales[r]!);
  }
  return { scales, q: Buffer.from(q.buffer).toString('base64') };
}

function dequantise(m: { scales: number[]; q: string }, rows: number, cols: number): Float32Array {
  const buf = Buffer.from(m.q, 'base64');
  const q = new Int8Array(buf.buffer, buf.byteOffset, buf.length);
  if (q.length !== rows * cols || m.scales.length !== rows) throw new Error('digit model: weights of the wrong size');
  const w = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) w[r * cols + c] = q[r * cols + c]! * m.scales[r]!;
  return w;
}

export function toFile(m: Mlp, about: string, heldOut?: MlpFile['heldOut']): MlpFile {
  return {
    about,
    hidden: m.hidden,
    w1: quantise(m.w1, m.hidden, SIDE * SIDE),
    b1: [...m.b1].map((v) => Number(v.toPrecision(6))),
    w2: quantise(m.w2, 10, m.hidden),
    b2: [...m.b2].map((v) => Number(v.toPrecision(6))),
    ...(heldOut ? { heldOut } : {}),
    ...(m.deskew ? { deskew: true } : {}),
  };
}

export function fromFile(f: MlpFile): Mlp {
  return {
    hidden: f.hidden,
    w1: dequantise(f.w1, f.hidden, SIDE * SIDE),
    b1: Float32Array.from(f.b1),
    w2: dequantise(f.w2, 10, f.hidden),
    b2: Float32Array.from(f.b2),
    ...(f.deskew ? { deskew: true } : {}),
  };
}

export const MODEL_PATH = join(PACKAGE_ROOT, 'dictionaries', 'digits', 'mlp.json');
/**
 * The second model of the reader, trained the same way but with half the ones
 * given a flag and half the sevens a bar, as Vietnamese clerks write them
 * (`train.ts --flag1 0.5 --cross7 0.5`). Used with the first, their
 * probabilities averaged: a value is taken only when both lean to it.
 */
export const HAND_MODEL_PATH = join(PACKAGE_ROOT, 'dictionaries', 'digits', 'mlp-hand.json');
let loaded: Mlp | undefined;
let pair: Mlp[] | undefined;

/** The shipped model, read once per process. */
export function digitModel(): Mlp {
  loaded ??= fromFile(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as MlpFile);
  return loaded;
}

/** The two shipped models (plain MNIST; flagged ones and crossed sevens), averaged by `classify`, read once per process. */
export function digitModels(): Mlp[] {
  pair ??= [digitModel(), fromFile(JSON.parse(readFileSync(HAND_MODEL_PATH, 'utf8')) as MlpFile)];
  return pair;
}

/** Class probabilities of a normalised 28x28 digit; `hiddenOut` receives the hidden layer (training). */
export function forward(m: Mlp, x: Float32Array, hiddenOut?: Float32Array): Float32Array {
  const n = SIDE * SIDE;
  const h = hiddenOut ?? new Float32Array(m.hidden);
  for (let j = 0; j < m.hidden; j++) {
    let s = m.b1[j]!;
    const row = j * n;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v !== 0) s += m.w1[row + i]! * v;
    }
    h[j] = s > 0 ? s : 0;
  }
  const out = new Float32Array(10);
  let max = -Infinity;
  for (let k = 0; k < 10; k++) {
    let s = m.b2[k]!;
    for (let j = 0; j < m.hidden; j++) s += m.w2[k * m.hidden + j]! * h[j]!;
    out[k] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let k = 0; k < 10; k++) z += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < 10; k++) out[k]! /= z;
  return out;
}

export interface DigitGuess {
  digit: number;
  p: number;
  /** Every class's probability, when the reader keeps them. */
  all?: Float32Array;
}

/** The most probable digit; given several models, their probabilities averaged (an ensemble). */
export function classify(x: Float32Array, m: Mlp | Mlp[] = digitModel()): DigitGuess {
  const ms = Array.isArray(m) ? m : [m];
  const p = new Float32Array(10);
  let straight: Float32Array | undefined;
  for (const one of ms) {
    // A model trained on deskewed digits reads the digit deskewed (and normalised again).
    if (one.deskew && !straight) {
      const d = deskew(x, SIDE, SIDE);
      straight = normalise(d.ink, d.w, d.h) ?? x;
    }
    const q = forward(one, one.deskew ? straight! : x);
    for (let k = 0; k < 10; k++) p[k]! += q[k]! / ms.length;
  }
  let best = 0;
  for (let k = 1; k < 10; k++) if (p[k]! > p[best]!) best = k;
  return { digit: best, p: p[best]! };
}

// ---- segmentation of a blank's ink -----------------------------------------

export interface Gray {
  data: Uint8Array | Buffer;
  width: number;
  height: number;
}

export interface Comp {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pixels: number[];
}

/** Otsu's threshold of a grey image (ink is dark), kept between 60 and 200 so a blank page is no ink. */
export function otsu(g: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of g.data) hist[v]!++;
  const total = g.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let t = 128;
  for (let i = 0; i < 256; i++) {
    wB += hist[i]!;
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += i * hist[i]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) [best, t] = [between, i];
  }
  return Math.min(200, Math.max(60, t));
}

export function components(g: Gray, t: number): Comp[] {
  const { width: w, height: h } = g;
  const seen = new Uint8Array(w * h);
  const out: Comp[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || g.data[start]! > t) continue;
    const c: Comp = { x0: w, y0: h, x1: -1, y1: -1, pixels: [] };
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      c.pixels.push(p);
      const x = p % w;
      const y = (p - x) / w;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (!seen[q] && g.data[q]! <= t) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    out.push(c);
  }
  return out;
}

function merge(a: Comp, b: Comp): Comp {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), pixels: a.pixels.concat(b.pixels) };
}

/** The ink of a piece as a 0/1 image of its bounding box, its columns [from, to) only. */
function inkOf(c: Comp, w: number, from = c.x0, to = c.x1 + 1): { ink: Float32Array; w: number; h: number } {
  const bw = to - from;
  const bh = c.y1 - c.y0 + 1;
  const ink = new Float32Array(bw * bh);
  for (const p of c.pixels) {
    const x = p % w;
    if (x < from || x >= to) continue;
    ink[((p - x) / w - c.y0) * bw + x - from] = 1;
  }
  return { ink, w: bw, h: bh };
}

/** The shape checks of a read digit, on by default (off only to measure them: scripts/hand-read.ts --no-four-bar). */
export const digitChecks = { fourBar: true };

/** A hook for measuring scripts: sees each normalised piece and its guess. */
export const digitTrace: { onPiece?: (x: Float32Array, r: DigitGuess) => void } = {};

export interface ReadDigits {
  /** The digits read, left to right. */
  digits: string;
  /** Each digit's probability. */
  p: number[];
}

/**
 * Read the handwritten digits of a crop: `lineHeight` is the printed line's
 * height in the crop's pixels (to tell digits from specks and dotted leaders).
 * Undefined when the crop holds no piece of ink the size of a digit.
 */
/** The image with long horizontal runs of ink (underlines, rules of the line above) made white. */
function withoutRules(g: Gray, t: number, longest: number): Gray {
  const data = Uint8Array.from(g.data);
  for (let y = 0; y < g.height; y++) {
    let x = 0;
    while (x < g.width) {
      if (data[y * g.width + x]! > t) {
        x++;
        continue;
      }
      let e = x;
      while (e < g.width && data[y * g.width + e]! <= t) e++;
      if (e - x > longest) data.fill(255, y * g.width + x, y * g.width + e);
      x = e;
    }
  }
  return { data, width: g.width, height: g.height };
}

export function readDigits(g: Gray, lineHeight: number, m: Mlp | Mlp[] = digitModel(), thicken = true): ReadDigits | undefined {
  const t = otsu(g);
  g = withoutRules(g, t, 1.2 * lineHeight);
  // Specks and dots (a colon, a dotted leader) go before pieces are joined, so two dots never make a digit.
  let comps = components(g, t).filter((c) => c.pixels.length >= Math.max(4, (lineHeight * lineHeight) / 400) && Math.max(c.x1 - c.x0, c.y1 - c.y0) + 1 >= 0.25 * lineHeight);
  // Pieces of one digit (a "5"'s flag, a broken stroke) overlap in x: join them.
  comps.sort((a, b) => a.x0 - b.x0);
  const joined: Comp[] = [];
  for (const c of comps) {
    const last = joined[joined.length - 1];
    if (last) {
      const ov = Math.min(last.x1, c.x1) - Math.max(last.x0, c.x0);
      const narrow = Math.min(last.x1 - last.x0, c.x1 - c.x0) + 1;
      if (ov > 0.5 * narrow) {
        joined[joined.length - 1] = merge(last, c);
        continue;
      }
    }
    joined.push(c);
  }
  // Specks, dots of a leader, a colon: smaller than a digit.
  comps = joined.filter((c) => c.y1 - c.y0 + 1 >= 0.45 * lineHeight);
  if (!comps.length) return undefined;
  const pieces: { ink: Float32Array; w: number; h: number }[] = [];
  for (const c of comps) {
    const bw = c.x1 - c.x0 + 1;
    const bh = c.y1 - c.y0 + 1;
    // Touching digits: a piece much wider than tall (a single digit is rarely 1.3 times wider than tall) is cut at the columns with least ink.
    const k = bw > 1.3 * bh ? Math.min(4, Math.max(2, Math.round(bw / (0.65 * bh)))) : 1;
    if (k <= 1) {
      pieces.push(inkOf(c, g.width));
      continue;
    }
    const col = new Array<number>(bw).fill(0);
    for (const p of c.pixels) col[(p % g.width) - c.x0]!++;
    const cuts: number[] = [c.x0];
    for (let i = 1; i < k; i++) {
      const aim = Math.round((bw * i) / k);
      const r = Math.round(bw / (3 * k));
      let best = aim;
      for (let x = Math.max(1, aim - r); x <= Math.min(bw - 2, aim + r); x++) if (col[x]! < col[best]!) best = x;
      cuts.push(c.x0 + best);
    }
    cuts.push(c.x1 + 1);
    for (let i = 0; i < k; i++) pieces.push(inkOf(c, g.width, cuts[i], cuts[i + 1]));
  }
  const digits: string[] = [];
  const p: number[] = [];
  for (const piece of pieces) {
    const x = normalise(piece.ink, piece.w, piece.h);
    if (!x) continue;
    let r = readPiece(piece, m, thicken);
    if (r.digit === 4 && digitChecks.fourBar && !hasBar(piece)) r = noBar(r);
    digitTrace.onPiece?.(x, r);
    digits.push(String(r.digit));
    p.push(r.p);
  }
  return digits.length ? { digits: digits.join(''), p } : undefined;
}

/** The ink with each pixel's 4-neighbours inked too. */
function thickened(ink: Float32Array, w: number, h: number): Float32Array {
  const out = Float32Array.from(ink);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!ink[y * w + x]) continue;
      if (x > 0) out[y * w + x - 1] = 1;
      if (x < w - 1) out[y * w + x + 1] = 1;
      if (y > 0) out[(y - 1) * w + x] = 1;
      if (y < h - 1) out[(y + 1) * w + x] = 1;
    }
  }
  return out;
}

/**
 * A piece read as drawn and again with its pen thickened by a pixel, the
 * probabilities averaged (rule `digits.thickened`): a thin pen on a 200-300 dpi
 * scan is lighter than MNIST's strokes, and the models are surer of it drawn
 * bolder (measured on the dev blanks with scripts/hand-read.ts). A model
 * trained on deskewed digits reads each view deskewed (`digits.deskew`).
 */
function readPiece(piece: { ink: Float32Array; w: number; h: number }, m: Mlp | Mlp[], thicken: boolean): DigitGuess {
  const ms = Array.isArray(m) ? m : [m];
  const views = [piece];
  if (thicken) views.push({ ink: thickened(piece.ink, piece.w, piece.h), w: piece.w, h: piece.h });
  const inputs = new Map<string, Float32Array | undefined>();
  const input = (v: (typeof views)[number], i: number, straight: boolean) => {
    const key = `${i}${straight ? 'd' : ''}`;
    if (!inputs.has(key)) {
      const d = straight ? deskew(v.ink, v.w, v.h) : v;
      inputs.set(key, normalise(d.ink, d.w, d.h));
    }
    return inputs.get(key);
  };
  const p = new Float32Array(10);
  let n = 0;
  views.forEach((v, i) => {
    for (const one of ms) {
      const x = input(v, i, !!one.deskew);
      if (!x) continue;
      const q = forward(one, x);
      for (let k = 0; k < 10; k++) p[k]! += q[k]!;
      n++;
    }
  });
  let best = 0;
  for (let k = 1; k < 10; k++) if (p[k]! > p[best]!) best = k;
  if (n) for (let k = 0; k < 10; k++) p[k]! /= n;
  return { digit: best, p: p[best]!, all: p };
}

/** The probability left to a "4" without a bar: under any bar a value is taken at. */
const NO_BAR_P = 0.5;

/** A "4" without its bar: not sure (a clerk's flagged one, most likely). */
function noBar(r: DigitGuess): DigitGuess {
  return { digit: 4, p: Math.min(r.p, NO_BAR_P) };
}

/**
 * Whether a piece has the bar a "4" has (rule `digits.four-bar`): in the rows
 * between 45% and 85% of its height, a run of ink at least 40% of its width
 * and 30% of its height
 * (the bar, met by the open or closed top's stroke). A clerk's one with a flag
 * from its top, which the models often take for a 4, has only its stem there.
 */
export function hasBar(piece: { ink: Float32Array; w: number; h: number }): boolean {
  const { ink, w, h } = piece;
  for (let y = Math.floor(0.45 * h); y <= Math.min(h - 1, Math.ceil(0.85 * h)); y++) {
    let run = 0;
    for (let x = 0; x < w; x++) {
      run = ink[y * w + x]! > 0.5 ? run + 1 : 0;
      if (run >= 0.4 * w && run >= 0.3 * h) return true;
    }
  }
  return false;
}
