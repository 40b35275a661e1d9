import { describe, expect, it } from 'vitest';
import { kneserNey, mixModels, prob, pruneTop, type Model, type Seq } from '../../dictionaries/restore/kn.js';

// Toy vocabulary: 0 = <s>, 1 = </s>, 2.. words; sequences padded with N-1 <s>.
const V = 8;
const R = V;
const seq = (words: number[], N: number, general = false): Seq => ({ seq: [...new Array<number>(N - 1).fill(0), ...words, 1], weight: 1, general });
const corpus = (N: number) => [[2, 3, 4], [2, 3, 5], [6, 3, 4], [2, 7], [5, 4, 3, 2]].map((w) => seq(w, N));
const general = [[2, 6, 7], [7, 6], [6, 6, 5]].map((w) => seq(w, 2, true));

/** Sum over every word of P(w | context) for a context of k-1 units. */
function total(m: Model, ctx: number[]): number {
  let s = 0;
  for (let w = 0; w < V; w++) {
    const units = [...ctx, w];
    const key = units.reduce((a, u) => a * R + u, 0);
    s += prob(m, units.length, key);
  }
  return s;
}

describe('Kneser-Ney models of the restorer', () => {
  it('gives a distribution that sums to one after seen and unseen contexts', () => {
    const { model } = kneserNey(V, R, corpus(3), 3);
    for (const ctx of [[2, 3], [0, 2], [3, 4], [7, 7], [5]]) expect(total(model, ctx)).toBeCloseTo(1, 6);
  });

  it('mixes two models so that words of either are likely, and stays close to a distribution', () => {
    const a = kneserNey(V, R, corpus(3), 3).model;
    const b = kneserNey(V, R, general, 2).model;
    const m = mixModels(a, b, 0.4);
    const p = (ctx: number[], w: number) => prob(m, ctx.length + 1, [...ctx, w].reduce((x, u) => x * R + u, 0));
    // "6 7" only in the general text, "3 4" only in the corpus: both well above a stranger.
    expect(p([6], 7)).toBeGreaterThan(p([6], 4));
    expect(p([3], 4)).toBeGreaterThan(p([3], 7));
    for (const ctx of [[2, 3], [6], [3]]) {
      const s = total(m, ctx);
      expect(s).toBeGreaterThan(0.8);
      expect(s).toBeLessThan(1.2);
    }
  });

  it('drops top-order n-grams seen fewer times than the cutoff, keeps the rest, and backs off where a context lost all', () => {
    const { model, topCounts } = kneserNey(V, R, corpus(3), 3);
    const key = (u: number[]) => u.reduce((x, v) => x * R + v, 0);
    expect(model.prob[3]!.has(key([2, 3, 4]))).toBe(true); // seen once
    expect(model.prob[3]!.has(key([0, 2, 3]))).toBe(true); // seen twice ("2 3" opens two sequences)
    const dropped = pruneTop(model, topCounts, 2);
    expect(dropped).toBeGreaterThan(0);
    expect(model.prob[3]!.has(key([2, 3, 4]))).toBe(false);
    expect(model.prob[3]!.has(key([0, 2, 3]))).toBe(true);
    // "4 3" had the one child "4 3 2": no child left, so its backoff weight is gone (1).
    expect(model.bo[2]!.has(key([4, 3]))).toBe(false);
    expect(model.bo[2]!.has(key([0, 2]))).toBe(true);
    // Still close to a distribution after the cut.
    for (const ctx of [[2, 3], [0, 2], [4, 3]]) expect(total(model, ctx)).toBeLessThan(1.05);
  });
});
