// OCR noisy channel: P(observed piece | true letter), learned from synthetic
// pages OCR'd with the English model (dictionaries/restore/learn-confusion.ts).
// Each true letter of a syllable emits 0-3 observed characters ("ữ" -> "ir",
// "ố" -> "6", "ư" -> "w", "đ" -> "p"); candidates are found by a search over a
// letter trie of the syllable inventory, bounded by cost.
import { asciiKey } from './syllable.js';

export interface ConfusionTable {
  /** true letter -> observed piece -> count */
  counts: Record<string, Record<string, number>>;
  /** Pairs (tokens) the table was learned from. */
  pairs: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ids: number[]; // units ending here
}

const MAX_PIECE = 3;

export class Channel {
  private readonly cost = new Map<string, Map<string, number>>();
  private readonly root: TrieNode = { next: new Map(), ids: [] };
  private readonly cache = new Map<string, { ids: number[]; scores: number[] }>();

  /**
   * @param table learned counts
   * @param units surface spellings (lowercase) with their unit ids, the syllables that may be proposed
   */
  constructor(
    table: ConfusionTable,
    units: Array<[string, number]>,
    private readonly count: ArrayLike<number> = [],
    readonly maxCands = 20,
  ) {
    for (const [t, row] of Object.entries(table.counts)) {
      let total = 0;
      for (const n of Object.values(row)) total += n;
      const m = new Map<string, number>();
      // Add-one style smoothing against the fallback below.
      for (const [piece, n] of Object.entries(row)) m.set(piece, -Math.log((n + 0.5) / (total + 5)));
      this.cost.set(t, m);
    }
    for (const [s, id] of units) {
      let node = this.root;
      for (const ch of s) {
        let n = node.next.get(ch);
        if (!n) node.next.set(ch, (n = { next: new Map(), ids: [] }));
        node = n;
      }
      node.ids.push(id);
    }
  }

  /** Cost of true letter t read as piece p. */
  pieceCost(t: string, p: string): number {
    const learned = this.cost.get(t)?.get(p);
    if (learned !== undefined) return learned;
    if (p === t) return 0.3;
    if (p.length === 1 && asciiKey(p) === asciiKey(t)) return 3; // same letter, other marks
    if (p.length === 0) return 7;
    if (p.length === 1) return 8;
    // A known reading plus stray characters ("¢6" for ó): 4 per extra character.
    let best = 11;
    for (let i = 0; i < p.length; i++) {
      const one = this.cost.get(t)?.get(p[i]!) ?? (p[i] === t ? 0.3 : undefined);
      if (one !== undefined) best = Math.min(best, one + 4 * (p.length - 1));
    }
    return best;
  }

  /** Candidate units for an observed (lowercase) token, with log-scores. */
  candidates(obs: string): { ids: number[]; scores: number[] } {
    const hit = this.cache.get(obs);
    if (hit) return hit;
    const best = new Map<number, number>();
    const o = [...obs];
    let bound = 14;
    const seen = new Map<TrieNode, Float64Array>();
    const visit = (node: TrieNode, pos: number, cost: number): void => {
      if (cost > bound) return;
      let memo = seen.get(node);
      if (!memo) seen.set(node, (memo = new Float64Array(o.length + 1).fill(Infinity)));
      if (memo[pos]! <= cost) return;
      memo[pos] = cost;
      if (pos === o.length && node.ids.length) {
        for (const id of node.ids) if (cost < (best.get(id) ?? Infinity)) best.set(id, cost);
        // Tighten the bound once something plausible is found.
        let min = Infinity;
        for (const c of best.values()) min = Math.min(min, c);
        bound = Math.min(bound, min + 9);
      }
      for (const [ch, child] of node.next) {
        for (let l = 0; l <= MAX_PIECE && pos + l <= o.length; l++) {
          const c = this.pieceCost(ch, o.slice(pos, pos + l).join(''));
          if (cost + c <= bound) visit(child, pos + l, cost + c);
        }
      }
    };
    visit(this.root, 0, 0);
    // Cheapest readings first; among equals (an unmarked key) the more frequent syllable.
    const sorted = [...best.entries()].sort((a, b) => a[1] - b[1] || (this.count[b[0]] ?? 0) - (this.count[a[0]] ?? 0)).slice(0, this.maxCands);
    const res = { ids: sorted.map((x) => x[0]), scores: sorted.map((x) => -x[1]) };
    this.cache.set(obs, res);
    return res;
  }
}
