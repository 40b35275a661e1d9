// Confidence: the posterior of each candidate given the neighbours chosen on
// the best path (N-1 units either side), and the best other readings.
import type { NgramLm } from './lm.js';
import { overlayBonus, type Overlay, type Slot } from './lattice.js';

/** Not looked up yet (a slot is >= 0, absent -1). */
const UNSEEN = -2;
/** Entries of `found` whose window holds position 3 (the candidate w): bigrams ending at 3 and 4, trigrams at 3, 4, 5. */
const WITH_W = [6, 8, 7, 9, 11];

export class Posterior {
  private readonly lp = new Float64Array(1);
  private readonly topP = new Float64Array(3);
  private readonly topC = new Int32Array(3);
  private readonly confSeq = new Int32Array(16);
  private readonly confScores = new Float64Array(64);

  /**
   * out[0] = ln P(seq[k] | seq[k-3..k-1]) as the model's `context` and `nextInto` give it, to the last bit,
   * with each trigram and bigram of the window looked up once per candidate: the n-gram a term found (or
   * missed) is the next term's context, and the windows right of w are the same for every candidate.
   * found[2j] is the slot of the bigram ending at j, found[2j + 1] of the trigram (-1 absent, UNSEEN not yet).
   */
  private term(k: number, out: Float64Array): void {
    const seq = this.confSeq;
    const R = this.lm.radix;
    const { uni, uniBo, l2, l3, l4 } = this.tables;
    const t = seq[k - 3]!;
    const u = seq[k - 2]!;
    const v = seq[k - 1]!;
    const x = seq[k]!;
    const okV = v < R;
    const okUV = okV && u < R;
    const okTUV = okUV && t < R;
    const i3 = okTUV ? this.gram(3, k - 1) : -1;
    const i2 = okUV ? this.gram(2, k - 1) : -1;
    const c3 = i3 >= 0 ? l3[4 * i3 + 3]! : 0;
    const c4 = i2 >= 0 ? l2[4 * i2 + 3]! : 0;
    const c5 = uniBo[v]!;
    if (x < R) {
      if (okTUV && c3 !== 0) {
        this.lm.probe[0] = ((t * R + u) * R + v) * R + x;
        const i = this.lm.findProbe(4);
        if (i >= 0) {
          out[0] = l4[4 * i + 2]!;
          return;
        }
      }
      if (okUV && c4 !== 0) {
        const i = this.gram(3, k);
        if (i >= 0) {
          out[0] = c3 + l3[4 * i + 2]!;
          return;
        }
      }
      if (okV && c5 !== 0) {
        const i = this.gram(2, k);
        if (i >= 0) {
          out[0] = c3 + c4 + l2[4 * i + 2]!;
          return;
        }
      }
    }
    out[0] = c3 + c4 + c5 + uni[x]!;
  }

  /** Slot of the bigram (order 2) or trigram (3) of confSeq ending at j, -1 when absent; remembered in `found`. */
  private gram(order: number, j: number): number {
    const at = 2 * j + order - 2;
    let i = this.found[at]!;
    if (i !== UNSEEN) return i;
    const seq = this.confSeq;
    const R = this.lm.radix;
    const a = order === 3 ? seq[j - 2]! : 0;
    const b = seq[j - 1]!;
    const c = seq[j]!;
    if (a >= R || b >= R || c >= R) i = -1;
    else {
      this.lm.probe[0] = order === 3 ? (a * R + b) * R + c : b * R + c;
      i = this.lm.findProbe(order);
    }
    this.found[at] = i;
    return i;
  }

  private readonly found = new Int32Array(16);
  private tablesCache?: ReturnType<NgramLm['arrays']>;
  private get tables(): ReturnType<NgramLm['arrays']> {
    return (this.tablesCache ??= this.lm.arrays());
  }

  constructor(
    private readonly lm: NgramLm,
    private readonly bos: number,
    private readonly eos: number,
    private readonly overlay?: Overlay,
  ) {}

  /** Posterior of each candidate given the chosen neighbours on the best path. */
  /** `only`: when given, the tokens i with only[i - from] set (the others keep what they hold). */
  run(slots: Slot[], choice: Int32Array, conf: Float64Array, alts: string[][], from: number, to: number, label: (sl: Slot, c: number) => string, only?: Uint8Array): void {
    const N = this.lm.order;
    const unitAt = (i: number) => slots[i]!.ids[choice[i]!]!;
    for (let i = from; i < to; i++) {
      const sl = slots[i]!;
      if (sl.ids.length < 2 || (only && only[i - from] === 0)) continue;
      // N-1 units to the left (BOS past a sentence start), N-1 to the right (up to
      // EOS), in a scratch array: this runs for every ambiguous token.
      const L = N - 1;
      const seq = this.confSeq;
      let j = i - 1;
      for (let p = L - 1; p >= 0; j--) {
        const u = j >= 0 ? unitAt(j) : this.eos;
        if (u === this.eos) {
          while (p >= 0) seq[p--] = this.bos;
          break;
        }
        seq[p--] = u;
      }
      let len = L + 1;
      for (let r = i + 1; len < 2 * L + 1; r++) {
        const u = r < slots.length ? unitAt(r) : this.eos;
        seq[len++] = u;
        if (u === this.eos) break;
      }
      const n = sl.ids.length;
      const scores = this.confScores;
      let m = -Infinity;
      const found = this.found;
      if (N === 4) found.fill(UNSEEN); // a new token: every window's n-grams are looked up afresh
      for (let c = 0; c < n; c++) {
        const w = sl.ids[c]!;
        seq[L] = w;
        let sc = sl.em[c]!;
        if (N === 4) for (const j of WITH_W) found[j] = UNSEEN; // the windows that hold w
        for (let k = L; k < len; k++) {
          // Through a Float64Array: a double returned from a call V8 does not inline is a heap number.
          if (N === 4) this.term(k, this.lp);
          else this.lp[0] = this.lm.logp(Array.from(seq.subarray(k - L, k)), seq[k]!);
          sc += this.lp[0]!;
          if (this.overlay) sc += overlayBonus(this.overlay, seq[k - 1]!, seq[k]!);
        }
        scores[c] = sc;
        if (sc > m) m = sc;
      }
      let z = 0;
      for (let c = 0; c < n; c++) z += scores[c] = Math.exp(scores[c]! - m);
      const ch = choice[i]!;
      conf[i] = scores[ch]! / z;
      // Alternatives of at least 1%: none when the choice holds over 99%.
      // The best three by insertion (ties: the earlier candidate first), no objects per candidate.
      const alt: string[] = [];
      alts[i] = alt;
      if (conf[i]! > 0.99) continue;
      const { topP, topC } = this;
      let nt = 0;
      for (let c = 0; c < n; c++) {
        const p = scores[c]! / z;
        if (c === ch || !(p >= 0.01)) continue;
        let j = nt;
        if (nt < 3) nt++;
        else if (p > topP[2]!) j = 2;
        else continue;
        while (j > 0 && topP[j - 1]! < p) {
          topP[j] = topP[j - 1]!;
          topC[j] = topC[j - 1]!;
          j--;
        }
        topP[j] = p;
        topC[j] = c;
      }
      for (let j = 0; j < nt; j++) alt.push(label(sl, topC[j]!));
    }
  }
}
