// Syllable trigram model (modified Kneser-Ney, stored backoff-style like ARPA).
// The tables are open-addressing hash tables laid out in one binary file, so
// loading is a read plus typed-array views: nothing is rebuilt at load time.
import { readFileSync } from 'node:fs';

const MAGIC = 0x43564c4d; // "CVLM"
export const UNSEEN = -30;

export function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 7, 0x85ebca77) ^ Math.imul(c + 13, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export interface LmTables {
  V: number;
  uniLogp: Float32Array;
  uniBo: Float32Array;
  biKey: Uint32Array; // a*V+b+1, 0 = empty
  biLogp: Float32Array;
  biBo: Float32Array;
  triKey: Float64Array; // (a*V+b)*V+c+1, 0 = empty
  triLogp: Float32Array;
}

export class TrigramLm {
  readonly V: number;
  private readonly t: LmTables;
  private readonly biMask: number;
  private readonly triMask: number;

  constructor(t: LmTables) {
    this.t = t;
    this.V = t.V;
    this.biMask = t.biKey.length - 1;
    this.triMask = t.triKey.length - 1;
  }

  private bi(a: number, b: number): number {
    const key = a * this.V + b + 1;
    const k = this.t.biKey;
    let i = mix(a, b, -1) & this.biMask;
    for (;;) {
      const x = k[i]!;
      if (x === key) return i;
      if (x === 0) return -1;
      i = (i + 1) & this.biMask;
    }
  }

  private tri(a: number, b: number, c: number): number {
    const key = (a * this.V + b) * this.V + c + 1;
    const k = this.t.triKey;
    let i = mix(a, b, c) & this.triMask;
    for (;;) {
      const x = k[i]!;
      if (x === key) return i;
      if (x === 0) return -1;
      i = (i + 1) & this.triMask;
    }
  }

  /** ln P(w | v) */
  logp2(v: number, w: number): number {
    const i = this.bi(v, w);
    if (i >= 0) return this.t.biLogp[i]!;
    return this.t.uniBo[v]! + this.t.uniLogp[w]!;
  }

  /** ln P(w | u v) */
  logp(u: number, v: number, w: number): number {
    const i = this.tri(u, v, w);
    if (i >= 0) return this.t.triLogp[i]!;
    const j = this.bi(u, v);
    return (j >= 0 ? this.t.biBo[j]! : 0) + this.logp2(v, w);
  }

  unigram(w: number): number {
    return this.t.uniLogp[w]!;
  }
}

function slotsFor(n: number): number {
  let s = 1024;
  while (s < n * 1.6) s *= 2;
  return s;
}

/** Lay out n-gram entries into hash tables and serialize. */
export function packLm(
  V: number,
  uni: { logp: Float32Array; bo: Float32Array },
  bigrams: Array<[number, number, number, number]>, // a, b, logp, bo
  trigrams: Array<[number, number, number, number]>, // a, b, c, logp
): Buffer {
  const n2 = slotsFor(bigrams.length);
  const n3 = slotsFor(trigrams.length);
  const biKey = new Uint32Array(n2);
  const biLogp = new Float32Array(n2);
  const biBo = new Float32Array(n2);
  for (const [a, b, lp, bo] of bigrams) {
    let i = mix(a, b, -1) & (n2 - 1);
    while (biKey[i] !== 0) i = (i + 1) & (n2 - 1);
    biKey[i] = a * V + b + 1;
    biLogp[i] = lp;
    biBo[i] = bo;
  }
  const triKey = new Float64Array(n3);
  const triLogp = new Float32Array(n3);
  for (const [a, b, c, lp] of trigrams) {
    let i = mix(a, b, c) & (n3 - 1);
    while (triKey[i] !== 0) i = (i + 1) & (n3 - 1);
    triKey[i] = (a * V + b) * V + c + 1;
    triLogp[i] = lp;
  }
  const header = new Uint32Array([MAGIC, V, n2, n3]);
  const parts = [header, uni.logp, uni.bo, triKey, biKey, biLogp, biBo, triLogp].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  // Pad so the Float64 block starts on an 8-byte boundary.
  const pre = 16 + V * 8;
  const pad = Buffer.alloc((8 - (pre % 8)) % 8);
  return Buffer.concat([parts[0]!, parts[1]!, parts[2]!, pad, ...parts.slice(3)]);
}

export function loadLm(path: string): TrigramLm {
  const buf = readFileSync(path);
  // Copy into an 8-aligned ArrayBuffer (a Buffer's own offset may be unaligned).
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  const h = new Uint32Array(ab, 0, 4);
  if (h[0] !== MAGIC) throw new Error(`${path}: not a congvan language model table`);
  const V = h[1]!;
  const n2 = h[2]!;
  const n3 = h[3]!;
  let at = 16;
  const uniLogp = new Float32Array(ab, at, V);
  at += V * 4;
  const uniBo = new Float32Array(ab, at, V);
  at += V * 4;
  at += (8 - (at % 8)) % 8;
  const triKey = new Float64Array(ab, at, n3);
  at += n3 * 8;
  const biKey = new Uint32Array(ab, at, n2);
  at += n2 * 4;
  const biLogp = new Float32Array(ab, at, n2);
  at += n2 * 4;
  const biBo = new Float32Array(ab, at, n2);
  at += n2 * 4;
  const triLogp = new Float32Array(ab, at, n3);
  return new TrigramLm({ V, uniLogp, uniBo, biKey, biLogp, biBo, triKey, triLogp });
}
