// Confidence: the posterior of each candidate given the neighbours chosen on
// the best path (N-1 units either side), and the best other readings.
import type { NgramLm } from './lm.js';
import { overlayBonus, type Overlay, type Slot } from './lattice.js';

export class Posterior {
  private readonly confCtx = new Float64Array(6);
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
          if (N === 4) sc += k === 3 ? this.lm.next(this.confCtx, w) : this.lm.logp3(seq[k - 3]!, seq[k - 2]!, seq[k - 1]!, seq[k]!);
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
      alts[i] =
        conf[i]! > 0.99
          ? []
          : Array.from(scores.subarray(0, n), (p, c) => ({ p: p / z, c }))
              .filter((x) => x.c !== ch && x.p >= 0.01)
              .sort((x, y) => y.p - x.p)
              .slice(0, 3)
              .map((x) => label(sl, x.c));
    }
  }
}
