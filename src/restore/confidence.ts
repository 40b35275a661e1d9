// Confidence: the posterior of each candidate given the neighbours chosen on
// the best path (N-1 units either side), and the best other readings.
import type { NgramLm } from './lm.js';
import { overlayBonus, type Overlay, type Slot } from './lattice.js';

export class Posterior {
  private readonly confCtx = new Float64Array(6);
  private readonly ctxK = new Float64Array(6);
  private readonly lp = new Float64Array(1);
  private readonly topP = new Float64Array(3);
  private readonly topC = new Int32Array(3);
  private readonly confSeq = new Int32Array(16);
  private readonly confScores = new Float64Array(64);

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
      // The left context is the same for every candidate: prepare it once.
      if (N === 4) this.lm.context(seq[0]!, seq[1]!, seq[2]!, this.confCtx);
      const n = sl.ids.length;
      const scores = this.confScores;
      let m = -Infinity;
      for (let c = 0; c < n; c++) {
        const w = sl.ids[c]!;
        seq[L] = w;
        let sc = sl.em[c]!;
        for (let k = L; k < len; k++) {
          if (N === 4) {
            // Through a Float64Array: a double returned from a call V8 does not inline is a heap number.
            if (k === 3) this.lm.nextInto(this.confCtx, w, this.lp, 0);
            else this.lm.logp3Into(seq[k - 3]!, seq[k - 2]!, seq[k - 1]!, seq[k]!, this.ctxK, this.lp, 0);
            sc += this.lp[0]!;
          }
          else sc += this.lm.logp(Array.from(seq.subarray(k - L, k)), seq[k]!);
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
