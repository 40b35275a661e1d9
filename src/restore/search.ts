// Search: 4-gram Viterbi over the candidates of each slot, with a pruned beam.
// States that agree on the candidates chosen at the last three positions are
// merged (exact for order 4). Buffers are the searcher's own, reused by every
// sentence.
import type { NgramLm } from './lm.js';
import { BEAM, MAX_CANDS, SLOT_CANDS, PRUNE, WIDE_PRUNE, overlayBonus, type Overlay, type Slot } from './lattice.js';

const NONE = new Float32Array(0);
/** Where the memo's three kinds of entry start (see `memo`). */
const UV = 0;
const UVW = 1024;
const VW = UVW + 1024 * SLOT_CANDS;

export class Search {
  private gen = 0;
  private readonly stamp = new Int32Array(32 * 1024);
  private readonly slotOf = new Int32Array(32 * 1024);
  private back = new Int32Array(0);
  private cidx = new Int32Array(0);
  private readonly vit: Record<'score' | 'ns', Float64Array> & Record<'pt' | 'pu' | 'pv' | 'pk' | 'nt' | 'nu' | 'nv' | 'nk' | 'nb' | 'nc' | 'order', Int32Array>;

  /** Slots of n-grams looked up at the current position (memoAt === gen), by entry: UV + pk (bigram u v),
   *  UVW + pk * 32 + c (trigram u v w), VW + (pk % 32) * 32 + c (bigram v w). */
  private readonly memo = new Int32Array(VW + SLOT_CANDS * SLOT_CANDS);
  private readonly memoAt = new Int32Array(VW + SLOT_CANDS * SLOT_CANDS);

  /** Slot of the n-gram `key` of this order (-1 absent), looked up once per position for its memo entry. */
  private memoGram(entry: number, order: number, key: number): number {
    if (this.memoAt[entry] === this.gen) return this.memo[entry]!;
    this.lm.probe[0] = key;
    const i = this.lm.findProbe(order);
    this.memoAt[entry] = this.gen;
    this.memo[entry] = i;
    return i;
  }

  /** `wideBeam`: the beam after a token the OCR channel read (many readings of similar cost). */
  constructor(
    private readonly lm: NgramLm,
    private readonly bos: number,
    private readonly eos: number,
    private readonly wideBeam: number,
    private readonly overlay?: Overlay,
  ) {
    const cap = Math.max(BEAM, wideBeam) * 32;
    const I = () => new Int32Array(cap);
    const F = () => new Float64Array(cap);
    this.vit = { pt: I(), pu: I(), pv: I(), pk: I(), score: F(), nt: I(), nu: I(), nv: I(), nk: I(), ns: F(), nb: I(), nc: I(), order: I() };
  }

  /** Best candidate per slot of slots[from, to) (one sentence), into choice. */
  viterbi(slots: Slot[], from: number, to: number, choice: Int32Array): void {
    const lm = this.lm;
    const fast = lm.order === 4;
    const { uni, uniBo, l2, l3, l4 } = fast ? lm.arrays() : { uni: NONE, uniBo: NONE, l2: NONE, l3: NONE, l4: NONE };
    const R = lm.radix;
    const probe = lm.probe;
    // A state holds the last three units; states that agree on the candidates
    // chosen at the last three positions are merged (exact for order 4).
    // Buffers are the decoder's own, reused by every sentence.
    const { pt, pu, pv, pk, score, nt, nu, nv, nk, ns, nb, nc, order } = this.vit;
    pt[0] = pu[0] = pv[0] = this.bos;
    pk[0] = 0;
    score[0] = 0;
    let live = 1;
    // Back pointers and candidate indices per position, `width` a position, in
    // buffers reused by every sentence (no arrays per token to collect).
    const width = Math.max(BEAM, this.wideBeam);
    if (this.back.length < (to - from) * width) {
      this.back = new Int32Array((to - from) * width * 2);
      this.cidx = new Int32Array((to - from) * width * 2);
    }
    const back = this.back;
    const cidx = this.cidx;
    const ov = this.overlay;
    for (let i = from; i < to; i++) {
      const sl = slots[i]!;
      const n = sl.ids.length;
      this.gen++;
      let m = 0;
      for (let p = 0; p < live; p++) {
        const t = pt[p]!;
        const u = pu[p]!;
        const v = pv[p]!;
        const prevKey = pk[p]! * SLOT_CANDS;
        // lm.context and lm.next written out, to the last bit (a double returned from a call V8 does not
        // inline is a heap number). States that share their last two candidates (pk) share u and v: the
        // bigram u v, the trigram u v w and the bigram v w are looked up once for them all at this position
        // (memoGram); only the trigram t u v and the 4-gram t u v w once per state.
        const okV = v < R;
        const okUV = okV && u < R;
        const okTUV = okUV && t < R;
        let c3 = 0;
        let c4 = 0;
        let c5 = 0;
        if (fast) {
          let i3 = -1;
          if (okTUV) {
            probe[0] = (t * R + u) * R + v;
            i3 = lm.findProbe(3);
          }
          const i2 = okUV ? this.memoGram(UV + pk[p]!, 2, u * R + v) : -1;
          c3 = i3 >= 0 ? l3[4 * i3 + 3]! : 0;
          c4 = i2 >= 0 ? l2[4 * i2 + 3]! : 0;
          c5 = uniBo[v]!;
        }
        for (let c = 0; c < n; c++) {
          const w = sl.ids[c]!;
          let lp = 0;
          if (fast) {
            // The longest n-gram held, as lm.hit: a context without continuations (weight exactly 0) has none.
            let done = false;
            if (w < R) {
              if (okTUV && c3 !== 0) {
                probe[0] = ((t * R + u) * R + v) * R + w;
                const i = lm.findProbe(4);
                if (i >= 0) {
                  lp = l4[4 * i + 2]!;
                  done = true;
                }
              }
              if (!done && okUV && c4 !== 0) {
                const i = this.memoGram(UVW + pk[p]! * SLOT_CANDS + c, 3, (u * R + v) * R + w);
                if (i >= 0) {
                  lp = c3 + l3[4 * i + 2]!;
                  done = true;
                }
              }
              if (!done && okV && c5 !== 0) {
                const i = this.memoGram(VW + (pk[p]! % SLOT_CANDS) * SLOT_CANDS + c, 2, v * R + w);
                if (i >= 0) {
                  lp = c3 + c4 + l2[4 * i + 2]!;
                  done = true;
                }
              }
            }
            if (!done) lp = c3 + c4 + c5 + uni[w]!;
          } else lp = lm.logp3(t, u, v, w);
          let sc = score[p]! + lp + sl.em[c]!;
          if (ov) sc += overlayBonus(ov, v, w);
          const key = prevKey + c;
          if (this.stamp[key] !== this.gen) {
            this.stamp[key] = this.gen;
            this.slotOf[key] = m;
            nt[m] = u;
            nu[m] = v;
            nv[m] = w;
            nk[m] = key;
            nc[m] = c;
            ns[m] = sc;
            nb[m] = p;
            m++;
          } else {
            const at = this.slotOf[key]!;
            if (sc > ns[at]!) {
              ns[at] = sc;
              nb[at] = p;
            }
          }
        }
      }
      // Keep the best `beam` states, and only those within `prune` of the best.
      let top = -Infinity;
      for (let k = 0; k < m; k++) if (ns[k]! > top) top = ns[k]!;
      let m2 = 0;
      const wide = n > MAX_CANDS;
      const prune = wide ? WIDE_PRUNE : PRUNE;
      for (let k = 0; k < m; k++) if (ns[k]! >= top - prune) order[m2++] = k;
      const beam = wide ? this.wideBeam : BEAM;
      let keep = m2;
      m = m2;
      if (m > beam) {
        // The `beam` best, by insertion into the front of `order` (m is small).
        for (let k = 1; k < m; k++) {
          const o = order[k]!;
          const sc = ns[o]!;
          if (k >= beam && sc <= ns[order[beam - 1]!]!) continue;
          let j = Math.min(k, beam - 1);
          while (j > 0 && ns[order[j - 1]!]! < sc) {
            order[j] = order[j - 1]!;
            j--;
          }
          order[j] = o;
        }
        keep = beam;
      }
      const at = (i - from) * width;
      for (let k = 0; k < keep; k++) {
        const o = order[k]!;
        back[at + k] = nb[o]!;
        cidx[at + k] = nc[o]!;
      }
      // The survivors become the live states (swap buffers).
      for (let k = 0; k < keep; k++) {
        const o = order[k]!;
        pt[k] = nt[o]!;
        pu[k] = nu[o]!;
        pv[k] = nv[o]!;
        pk[k] = nk[o]! % 1024;
        score[k] = ns[o]!;
      }
      live = keep;
    }
    // Close the sentence.
    let best = -1;
    let bestScore = -Infinity;
    for (let p = 0; p < live; p++) {
      const sc = score[p]! + lm.logp3(pt[p]!, pu[p]!, pv[p]!, this.eos);
      if (sc > bestScore) {
        bestScore = sc;
        best = p;
      }
    }
    for (let i = to - 1; i >= from; i--) {
      const at = (i - from) * width;
      choice[i] = cidx[at + best]!;
      best = back[at + best]!;
    }
  }
}
