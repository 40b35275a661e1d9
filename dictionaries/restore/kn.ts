// Kneser-Ney language models for the restorer's tables: interpolated modified
// Kneser-Ney over syllable sequences, a static mixture of two models, and the
// backoff-style tables that src/restore/lm.ts packs and reads.
import { encode, type NgramEntry } from '../../src/restore/lm.js';

/** A training sequence: units padded with <s>, its weight, and whether it is general text. */
export type Seq = { seq: number[]; weight: number; general: boolean };

/** Modified Kneser-Ney discounts from count-of-counts (Chen & Goodman). */
function discounts(counts: Iterable<number>): [number, number, number] {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[Math.round(c)]!++;
  // Too little text to count singletons and doubletons (a toy corpus): a plain 0.5.
  const Y = n[1]! + n[2]! > 0 ? n[1]! / (n[1]! + 2 * n[2]!) : 0.5;
  const d = (k: number) => (n[k]! > 0 ? Math.max(0.05, Math.min(k, k - (k + 1) * Y * (n[k + 1]! / n[k]!))) : Y);
  return [d(1), d(2), d(3)];
}

/** A Kneser-Ney model: unigram probabilities, the probability of each seen
 *  n-gram (order >= 2) and the backoff weight of each context. */
export interface Model {
  N: number;
  R: number;
  p1: Float64Array;
  prob: Array<Map<number, number>>; // prob[k]: k-gram key -> P(w | h)
  bo: Array<Map<number, number>>; // bo[k]: context (k-gram key) -> weight of its (k+1)-gram children
}

/** P(w | h) of a k-gram under a backoff model. */
export function prob(m: Model, k: number, key: number): number {
  if (k > m.N) return prob(m, m.N, key % m.R ** m.N);
  if (k === 1) return m.p1[key]!;
  const seen = m.prob[k]!.get(key);
  if (seen !== undefined) return seen;
  const w = m.bo[k - 1]!.get(Math.floor(key / m.R)) ?? 1;
  return w * prob(m, k - 1, key % m.R ** (k - 1));
}

/**
 * Interpolated modified Kneser-Ney of order N. The highest order uses raw
 * counts, lower orders continuation counts (raw counts for n-grams that start
 * with <s>, which have no left context).
 */
export function kneserNey(V: number, R: number, seqs: Seq[], N: number) {
  const bos = 0; // SPECIALS[0]
  const raw: Array<Map<number, number>> = [];
  for (let k = 1; k <= N; k++) raw[k] = new Map();
  for (const { seq, weight } of seqs) {
    for (let i = 0; i < seq.length; i++) {
      for (let k = 1; k <= N && k <= i + 1; k++) {
        if (i - k + 1 < 0) break;
        // skip n-grams made only of padding
        if (seq[i] === bos) continue;
        const key = encode(seq, i - k + 1, i + 1, R);
        raw[k]!.set(key, (raw[k]!.get(key) ?? 0) + weight);
      }
    }
  }
  const Rp = (k: number) => R ** k;
  // Counts used at each order.
  const used: Array<Map<number, number>> = [];
  used[N] = raw[N]!;
  for (let k = N - 1; k >= 1; k--) {
    const m = new Map<number, number>();
    for (const key of raw[k + 1]!.keys()) {
      const suffix = key % Rp(k);
      m.set(suffix, (m.get(suffix) ?? 0) + 1);
    }
    // n-grams starting with <s> keep their raw counts
    for (const [key, c] of raw[k]!) {
      const first = Math.floor(key / Rp(k - 1));
      if (first === bos) m.set(key, c);
    }
    used[k] = m;
  }
  const D: Array<[number, number, number]> = [];
  for (let k = 1; k <= N; k++) D[k] = discounts(used[k]!.values());
  // Context statistics: total, n1, n2, n3+ per context, at each order k >= 2.
  const ctx: Array<Map<number, [number, number, number, number]>> = [];
  for (let k = 2; k <= N; k++) {
    const m = new Map<number, [number, number, number, number]>();
    for (const [key, c] of used[k]!) {
      const h = Math.floor(key / R);
      let s = m.get(h);
      if (!s) m.set(h, (s = [0, 0, 0, 0]));
      s[0] += c;
      s[Math.min(3, Math.max(1, Math.round(c)))]!++;
    }
    ctx[k] = m;
  }
  const gamma = (k: number, s: [number, number, number, number]) => (D[k]![0] * s[1] + D[k]![1] * s[2] + D[k]![2] * s[3]) / s[0];
  const disc = (k: number, c: number) => Math.max(0, c - D[k]![Math.min(3, Math.max(1, Math.round(c))) - 1]!);

  // Unigrams, interpolated with a uniform floor over the whole inventory.
  let total1 = 0;
  let types1 = 0;
  for (const c of used[1]!.values()) {
    total1 += c;
    types1++;
  }
  const D1 = D[1]![0];
  const floor = (D1 * types1) / total1 / V;
  const p1 = new Float64Array(V).fill(floor);
  for (const [w, c] of used[1]!) p1[w] = Math.max(0, c - D1) / total1 + floor;
  const model: Model = { N, R, p1, prob: [], bo: [] };
  for (let k = 1; k < N; k++) {
    const m = new Map<number, number>();
    for (const [h, s] of ctx[k + 1]!) m.set(h, gamma(k + 1, s));
    model.bo[k] = m;
  }
  // P_k for seen n-grams, order by order (lower orders first).
  for (let k = 2; k <= N; k++) {
    const m = new Map<number, number>();
    model.prob[k] = m;
    for (const [key, c] of used[k]!) {
      const s = ctx[k]!.get(Math.floor(key / R))!;
      m.set(key, disc(k, c) / s[0] + gamma(k, s) * prob(model, k - 1, key % Rp(k - 1)));
    }
  }
  return { model, discounts: D.slice(1), topCounts: used[N]! };
}

/**
 * Static mixture (1 - share) * A + share * B of two backoff models (after
 * SRILM's -mix-lm): every n-gram seen by either gets the mixed probability.
 * B may be of lower order; its longer contexts back off to its own.
 */
export function mixModels(a: Model, b: Model, share: number): Model {
  const N = a.N;
  const R = a.R;
  const p1 = a.p1.map((p, i) => (1 - share) * p + share * b.p1[i]!);
  const out: Model = { N, R, p1, prob: [], bo: [] };
  for (let k = 2; k <= N; k++) {
    const keys = new Set(a.prob[k]!.keys());
    if (k <= b.N) for (const key of b.prob[k]!.keys()) keys.add(key);
    const m = new Map<number, number>();
    for (const key of keys) m.set(key, (1 - share) * prob(a, k, key) + share * prob(b, k, key));
    out.prob[k] = m;
    // Backoff weights of the contexts of these k-grams (order k - 1): the
    // mixture of the two models' own (1 where a model never saw the context),
    // as the exact mixture backs off for a word neither saw there. Weights set
    // to renormalise each context instead inflate unseen words after a rare
    // context whose few continuations are frequent words (dev: 98.26% against 98.31%).
    const w = (x: Model, h: number) => (k - 1 < x.N ? x.bo[k - 1]!.get(h) ?? 1 : 1);
    const bo = new Map<number, number>();
    for (const key of m.keys()) {
      const h = Math.floor(key / R);
      if (!bo.has(h)) bo.set(h, (1 - share) * w(a, h) + share * w(b, h));
    }
    out.bo[k - 1] = bo;
  }
  return out;
}

/** Backoff-style tables for packLm: log P of each seen n-gram, log backoff of each context. */
/**
 * Count cutoff at the top order: n-grams of order N seen fewer than `min` times are not stored (they back off to
 * the order below, as an unseen one does), and a context left with no stored child backs off with weight 1.
 * Singletons are most of the top order and each is one pair of floats in lm.bin.
 */
export function pruneTop(m: Model, counts: Map<number, number>, min: number): number {
  if (min <= 1) return 0;
  const top = m.prob[m.N]!;
  let dropped = 0;
  for (const key of [...top.keys()]) if ((counts.get(key) ?? 0) < min) {
    top.delete(key);
    dropped++;
  }
  const kept = new Set<number>();
  for (const key of top.keys()) kept.add(Math.floor(key / m.R));
  const bo = m.bo[m.N - 1]!;
  for (const h of [...bo.keys()]) if (!kept.has(h)) bo.delete(h);
  return dropped;
}

export function backoffTables(m: Model) {
  const uni = { logp: Float32Array.from(m.p1, (p) => Math.log(p)), bo: new Float32Array(m.p1.length) };
  for (const [h, w] of m.bo[1]!) uni.bo[h] = Math.log(w);
  const orders: NgramEntry[][] = [[], []];
  for (let k = 2; k <= m.N; k++) {
    const entries: NgramEntry[] = [];
    const keys = new Set<number>(m.prob[k]!.keys());
    if (k < m.N) for (const h of m.bo[k]!.keys()) keys.add(h); // every context needs its backoff weight
    for (const key of keys) entries.push({ key, logp: Math.log(prob(m, k, key)), bo: k < m.N ? Math.log(m.bo[k]!.get(key) ?? 1) : 0 });
    orders[k] = entries;
  }
  return { uni, orders };
}
