// Syllable n-gram model (interpolated modified Kneser-Ney, order 4, stored
// backoff-style like ARPA). The tables are open-addressing hash tables laid out
// in one binary file, so loading is a read plus typed-array views.
import { readFileSync } from 'node:fs';

const MAGIC = 0x43564c34; // "CVL4"
const TWO32 = 4294967296;

/** Hash of an n-gram key (an integer below 2^53) and its order. */
export function mix(key: number, order: number): number {
  const hi = Math.floor(key / TWO32);
  const lo = key - hi * TWO32;
  let h = Math.imul(lo ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(hi + order * 0x27d4eb2d, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Key of an n-gram of units below `radix`; -1 if a unit is outside (never in an n-gram). */
export function encode(units: ArrayLike<number>, from: number, to: number, radix: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const u = units[i]!;
    if (u >= radix) return -1;
    k = k * radix + u;
  }
  return k;
}

/** One slot is 16 bytes: rec[2i] = key + 1 (0 = empty); f32[4i + 2] = ln P, f32[4i + 3] = backoff weight
 *  as a context. A found n-gram's key, probability and weight share one cache line (lm.bin keeps them
 *  in three blocks; `loadLm` interleaves them). */
interface Table {
  rec: Float64Array;
  f32: Float32Array;
  mask: number;
  bloom: Uint32Array; // two bits per n-gram, built at load: most probes miss, and this answers them in cache
  shift: number; // 32 - log2(bits in bloom)
}

/** Bloom bit positions of an n-gram from its hash (bits the slot index does not
 *  use); `find` computes the same inline, on the hot path. */
function bloomBits(h: number, shift: number): [number, number] {
  const a = Math.imul(h, 0x9e3779b1);
  const b = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d);
  return [a >>> shift, b >>> shift];
}

function makeBloom(key: Float64Array, order: number): { bloom: Uint32Array; shift: number } {
  let entries = 0;
  for (let i = 0; i < key.length; i++) if (key[i] !== 0) entries++;
  let log = 10;
  while (1 << log < entries * 16) log++;
  const bloom = new Uint32Array((1 << log) >>> 5);
  const shift = 32 - log;
  for (let i = 0; i < key.length; i++) {
    if (key[i] === 0) continue;
    const [x, y] = bloomBits(mix(key[i]! - 1, order), shift);
    bloom[x >>> 5]! |= 1 << (x & 31);
    bloom[y >>> 5]! |= 1 << (y & 31);
  }
  return { bloom, shift };
}

export class NgramLm {
  /** Highest order. */
  readonly order: number;
  constructor(
    readonly V: number,
    /** Units below radix occur in n-grams; others only as unigrams. */
    readonly radix: number,
    private readonly uniLogp: Float32Array,
    private readonly uniBo: Float32Array,
    /** tables[k] holds order k (k >= 2). */
    private readonly tables: Table[],
  ) {
    this.order = tables.length - 1;
    let most = 1;
    for (const t of tables) if (t) most = Math.max(most, t.mask + 1);
    this.slotBits = Math.log2(most);
    this.slotMask = most - 1;
  }

  /** `hit` packs a table's order over a slot index of this many bits. */
  readonly slotBits: number;
  readonly slotMask: number;
  private readonly one = new Float64Array(1);
  /** The key `findProbe` looks up (a caller that looks n-grams up itself writes it here). */
  readonly probe = new Float64Array(1);

  /** What `next` reads, for a caller that scores many units in a loop and computes `next` inline with `hit`
   *  (of slot i of order k, ln P is lk[4i + 2] and the backoff weight lk[4i + 3]; uniBo: of unigrams). */
  arrays(): { uni: Float32Array; uniBo: Float32Array; l2: Float32Array; l3: Float32Array; l4: Float32Array } {
    return { uni: this.uniLogp, uniBo: this.uniBo, l2: this.tables[2]!.f32, l3: this.tables[3]!.f32, l4: this.tables[4]!.f32 };
  }

  private find(k: number, key: number): number {
    this.probe[0] = key;
    return this.findProbe(k);
  }

  /** `find` of the key in probe[0]: a key above 2^31 passed as an argument to a call that is not inlined is boxed. */
  findProbe(k: number): number {
    const key = this.probe[0]!;
    if (key < 0) return -1;
    const t = this.tables[k]!;
    const h = mix(key, k);
    const a = Math.imul(h, 0x9e3779b1);
    const x = a >>> t.shift;
    if ((t.bloom[x >>> 5]! & (1 << (x & 31))) === 0) return -1;
    const y = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) >>> t.shift;
    if ((t.bloom[y >>> 5]! & (1 << (y & 31))) === 0) return -1;
    const want = key + 1;
    let i = h & t.mask;
    const rec = t.rec;
    for (;;) {
      const x = rec[2 * i]!;
      if (x === want) return i;
      if (x === 0) return -1;
      i = (i + 1) & t.mask;
    }
  }

  /** ln P(w | ctx), ctx = the previous units, oldest first (only the last order-1 are used). */
  logp(ctx: ArrayLike<number>, w: number): number {
    const n = ctx.length;
    const buf = scratch;
    let bo = 0;
    for (let k = Math.min(this.order, n + 1); k >= 2; k--) {
      // n-gram = last k-1 context units + w
      for (let j = 0; j < k - 1; j++) buf[j] = ctx[n - (k - 1) + j]!;
      buf[k - 1] = w;
      const i = this.find(k, encode(buf, 0, k, this.radix));
      if (i >= 0) return bo + this.tables[k]!.f32[4 * i + 2]!;
      // back off: add the weight of the context (order k-1)
      if (k - 1 >= 2) {
        const j = this.find(k - 1, encode(buf, 0, k - 1, this.radix));
        if (j >= 0) bo += this.tables[k - 1]!.f32[4 * j + 3]!;
      } else bo += this.uniBo[buf[0]!]!;
    }
    return bo + this.uniLogp[w]!;
  }

  /**
   * Prepare an order-4 context (t u v) once for many next units: the n-gram key
   * prefixes and the backoff weights of its suffixes. `ctx` is a scratch array of 6.
   */
  context(t: number, u: number, v: number, ctx: Float64Array): void {
    const R = this.radix;
    const okV = v < R;
    const okUV = okV && u < R;
    const okTUV = okUV && t < R;
    ctx[0] = okTUV ? ((t * R + u) * R + v) * R : -1; // 4-gram prefix
    ctx[1] = okUV ? (u * R + v) * R : -1; // 3-gram prefix
    ctx[2] = okV ? v * R : -1; // bigram prefix
    const probe = this.probe;
    probe[0] = (t * R + u) * R + v;
    const i3 = okTUV ? this.findProbe(3) : -1;
    probe[0] = u * R + v;
    const i2 = okUV ? this.findProbe(2) : -1;
    ctx[3] = i3 >= 0 ? this.tables[3]!.f32[4 * i3 + 3]! : 0;
    ctx[4] = i2 >= 0 ? this.tables[2]!.f32[4 * i2 + 3]! : 0;
    ctx[5] = this.uniBo[v]!;
    // A context with no continuations has no backoff weight (exactly 0): its
    // longer n-grams cannot exist, so skip those probes.
    if (ctx[3] === 0) ctx[0] = -1;
    if (ctx[4] === 0) ctx[1] = -1;
    if (ctx[5] === 0) ctx[2] = -1;
  }

  /** ln P(w | context prepared by `context`); order-4 models only. */
  next(ctx: Float64Array, w: number): number {
    this.nextInto(ctx, w, this.one, 0);
    return this.one[0]!;
  }

  /** out[at] = ln P(w | context prepared by `context`). Written, not returned: a double returned
   *  from a call V8 does not inline is a heap number (one per candidate scored). */
  nextInto(ctx: Float64Array, w: number, out: Float64Array, at: number): void {
    const r = this.hit(ctx, w);
    const k = r >>> this.slotBits;
    const i = 4 * (r & this.slotMask) + 2;
    out[at] = k === 4 ? this.tables[4]!.f32[i]! : k === 3 ? ctx[3]! + this.tables[3]!.f32[i]! : k === 2 ? ctx[3]! + ctx[4]! + this.tables[2]!.f32[i]! : ctx[3]! + ctx[4]! + ctx[5]! + this.uniLogp[w]!;
  }

  /** The longest n-gram of the context and w the model holds: its order << slotBits | its slot (order 1: none). */
  hit(ctx: Float64Array, w: number): number {
    if (w < this.radix) {
      const probe = this.probe;
      if (ctx[0]! >= 0) {
        probe[0] = ctx[0]! + w;
        const i = this.findProbe(4);
        if (i >= 0) return (4 << this.slotBits) | i;
      }
      if (ctx[1]! >= 0) {
        probe[0] = ctx[1]! + w;
        const i = this.findProbe(3);
        if (i >= 0) return (3 << this.slotBits) | i;
      }
      if (ctx[2]! >= 0) {
        probe[0] = ctx[2]! + w;
        const i = this.findProbe(2);
        if (i >= 0) return (2 << this.slotBits) | i;
      }
    }
    return 1 << this.slotBits;
  }

  /** out[at] = ln P(w | t u v), as `nextInto`. `ctx`: scratch of 6. */
  logp3Into(t: number, u: number, v: number, w: number, ctx: Float64Array, out: Float64Array, at: number): void {
    this.context(t, u, v, ctx);
    this.nextInto(ctx, w, out, at);
  }

  /** ln P(w | t u v). */
  logp3(t: number, u: number, v: number, w: number): number {
    if (this.order !== 4) {
      ctx3[0] = t;
      ctx3[1] = u;
      ctx3[2] = v;
      return this.logp(ctx3, w);
    }
    this.context(t, u, v, ctxScratch);
    return this.next(ctxScratch, w);
  }

  unigram(w: number): number {
    return this.uniLogp[w]!;
  }
}

const scratch = new Int32Array(8);
const ctx3 = new Int32Array(3);
const ctxScratch = new Float64Array(6);

function slotsFor(n: number): number {
  let s = 1024;
  while (s < n * 1.6) s *= 2;
  return s;
}

export interface NgramEntry {
  key: number;
  logp: number;
  bo: number;
}

/** Lay out the model and serialize: header, unigrams, then per order key/logp/bo blocks. */
export function packLm(V: number, radix: number, uni: { logp: Float32Array; bo: Float32Array }, orders: NgramEntry[][]): Buffer {
  // orders[k] for k = 2..N
  const N = orders.length - 1;
  const header = new Uint32Array(4 + N + 1);
  header.set([MAGIC, V, radix, N]);
  const blocks: Buffer[] = [];
  const view = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  for (let k = 2; k <= N; k++) {
    const entries = orders[k]!;
    const n = slotsFor(entries.length);
    header[4 + k] = n;
    const key = new Float64Array(n);
    const logp = new Float32Array(n);
    // The highest order is never a context: no backoff weights stored.
    const bo = new Float32Array(k < N ? n : 0);
    for (const e of entries) {
      let i = mix(e.key, k) & (n - 1);
      while (key[i] !== 0) i = (i + 1) & (n - 1);
      key[i] = e.key + 1;
      logp[i] = e.logp;
      if (k < N) bo[i] = e.bo;
    }
    blocks.push(view(key), view(logp), view(bo));
  }
  const head = Buffer.concat([view(header), view(uni.logp), view(uni.bo)]);
  const pad = Buffer.alloc((8 - (head.length % 8)) % 8);
  return Buffer.concat([head, pad, ...blocks]);
}

export function loadLm(path: string): NgramLm {
  const buf = readFileSync(path);
  // The Float64 views need an 8-aligned start: copy only when the read buffer is not (the tables are
  // copied out below, so the file's bytes are garbage once loaded).
  let ab = buf.buffer as ArrayBuffer;
  let base = buf.byteOffset;
  if (base % 8 !== 0) {
    ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    base = 0;
  }
  const h0 = new Uint32Array(ab, base, 4);
  if (h0[0] !== MAGIC) throw new Error(`${path}: not a congvan n-gram table (rebuild the restore tables)`);
  const V = h0[1]!;
  const radix = h0[2]!;
  const N = h0[3]!;
  const header = new Uint32Array(ab, base, 4 + N + 1);
  let at = base + header.byteLength;
  const uniLogp = new Float32Array(ab, at, V).slice();
  at += V * 4;
  const uniBo = new Float32Array(ab, at, V).slice();
  at += V * 4;
  at += (8 - ((at - base) % 8)) % 8;
  const tables: Table[] = [];
  for (let k = 2; k <= N; k++) {
    const n = header[4 + k]!;
    const key = new Float64Array(ab, at, n);
    at += n * 8;
    const logp = new Float32Array(ab, at, n);
    at += n * 4;
    const nb = k < N ? n : 0;
    const bo = new Float32Array(ab, at, nb);
    at += nb * 4;
    const rec = new Float64Array(2 * n);
    const f32 = new Float32Array(rec.buffer);
    for (let i = 0; i < n; i++) {
      rec[2 * i] = key[i]!;
      f32[4 * i + 2] = logp[i]!;
      f32[4 * i + 3] = nb ? bo[i]! : 0;
    }
    tables[k] = { rec, f32, mask: n - 1, ...makeBloom(key, k) };
  }
  return new NgramLm(V, radix, uniLogp, uniBo, tables);
}
