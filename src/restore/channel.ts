// OCR noisy channel: P(observed piece | true letter), learned from synthetic
// pages OCR'd with the English model (dictionaries/restore/learn-confusion.ts).
// Each true letter of a syllable emits 0-3 observed characters ("ữ" -> "ir",
// "ố" -> "6", "ư" -> "w", "đ" -> "p"); candidates are found by a search over a
// letter trie of the syllable inventory, bounded by cost.
import { asciiKey } from './syllable.js';
import { DEFAULT_OPTIONS, type DecoderOptions } from './options.js';

export interface ConfusionTable {
  /** true letter -> observed piece -> count */
  counts: Record<string, Record<string, number>>;
  /** Pairs (tokens) the table was learned from. */
  pairs: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  kids: Array<[number, TrieNode]>; // (letter index, child), filled after building
  ids: number[]; // units ending here
}

const MAX_PIECE = 3;
const LOOKALIKE: Record<string, string> = { '¢': 'c', '¥': 'y', '€': 'e', '£': 'e', '§': 's', '©': 'c', '®': 'r', $: 's' };
const DIGIT_LIKE: Record<string, string> = { '0': 'o', '1': 'il', '3': 'a', '5': 's', '6': 'o', '8': 'b', '9': 'gq', l: 'i', i: 'l' };
const DIGIT_COST = 4;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

function toneless(t: string): string {
  return t.normalize('NFD').replace(TONES, '').normalize('NFC');
}
/** Readings dearer than this are not proposed at all. */
const MAX_COST = 14;
/** ... nor those this much dearer than the best reading. */
const MARGIN = 9;
// options.searchFactor: the search stops after this many times maxCands
// readings: general text made many cheap rare readings ("dbi": bị, bí, bì ...),
// and the frequent dearer one (đổi) must still be reached. options.freqRank was
// chosen on the synthetic dev pages.

export class Channel {
  private readonly cost = new Map<string, Map<string, number>>();
  private readonly root: TrieNode = { next: new Map(), kids: [], ids: [] };
  private readonly letters: string[] = [];
  private readonly rows = new Map<string, Float64Array>();
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
    private readonly options: Pick<DecoderOptions, 'backoff' | 'searchFactor' | 'freqRank'> = DEFAULT_OPTIONS,
  ) {
    const BACKOFF = options.backoff;
    const sum = (row: Record<string, number>) => Object.values(row).reduce((a, b) => a + b, 0);
    for (const [t, row] of Object.entries(table.counts)) {
      const total = sum(row);
      const m = new Map<string, number>();
      // A toned letter is rarer than its toneless letter (ừ beside ư) and loses
      // its marks much as that letter does: the reading as the bare letter ("u"
      // for ừ) leans on the toneless row, not on a handful of counts.
      const base = toneless(t);
      const parent = base !== t ? table.counts[base] : undefined;
      const bare = asciiKey(t);
      for (const [piece, n] of Object.entries(row)) m.set(piece, -Math.log((n + 0.5) / (total + 5)));
      if (parent && BACKOFF > 0) {
        const pTotal = sum(parent);
        const n = row[bare] ?? 0;
        const prior = (BACKOFF * (parent[bare] ?? 0)) / pTotal;
        if (prior > 0) m.set(bare, -Math.log((n + prior + 0.5) / (total + BACKOFF + 5)));
      }
      this.cost.set(t, m);
    }
    for (const [s, id] of units) {
      let node = this.root;
      for (const ch of s) {
        let n = node.next.get(ch);
        if (!n) node.next.set(ch, (n = { next: new Map(), kids: [], ids: [] }));
        node = n;
      }
      node.ids.push(id);
    }
    const index = new Map<string, number>();
    const walk = (node: TrieNode) => {
      for (const [ch, child] of node.next) {
        let i = index.get(ch);
        if (i === undefined) {
          i = this.letters.length;
          index.set(ch, i);
          this.letters.push(ch);
        }
        node.kids.push([i, child]);
        walk(child);
      }
    };
    walk(this.root);
  }

  /** Cost of each trie letter read as piece p. */
  private row(p: string): Float64Array {
    let r = this.rows.get(p);
    if (!r) {
      r = Float64Array.from(this.letters, (t) => this.pieceCost(t, p));
      this.rows.set(p, r);
    }
    return r;
  }

  private readonly memo = new Map<string, number>();

  /** Cost of true letter t read as piece p. */
  pieceCost(t: string, p: string): number {
    const k = t + '\u0000' + p;
    let c = this.memo.get(k);
    if (c === undefined) this.memo.set(k, (c = this.rawCost(t, p)));
    return c;
  }

  private rawCost(t: string, p: string): number {
    const learned = this.cost.get(t)?.get(p);
    if (learned !== undefined) return learned;
    if (p === t) return 0.3;
    if (p.length === 1 && asciiKey(p) === asciiKey(t)) return 3; // same letter, other marks
    if (p.length === 1 && LOOKALIKE[p] === asciiKey(t)) return 3; // ¢ for c, ¥ for y
    // Digits and letters for letters of their shape (ph01 for phối, 16 for lộ,
    // tlen for tiến), beyond the learned pairs.
    if (p.length === 1 && DIGIT_LIKE[p]?.includes(asciiKey(t))) return DIGIT_COST;
    // Symbols stand for letters whose marks the English model could not draw.
    if (p.length === 1 && /[^\p{L}\d]/u.test(p) && /[^a-z]/.test(t) && /[aeiouy]/.test(asciiKey(t))) return 4;
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

  /** Cost of reading the (lowercase) syllable `target` as the observed token: the cheapest alignment. */
  readingCost(obs: string, target: string): number {
    const o = [...obs];
    const t = [...target];
    let prev = new Float64Array(o.length + 1).fill(Infinity);
    prev[0] = 0;
    for (const ch of t) {
      const cur = new Float64Array(o.length + 1).fill(Infinity);
      for (let i = 0; i <= o.length; i++) {
        if (prev[i] === Infinity) continue;
        for (let l = 0; l <= MAX_PIECE && i + l <= o.length; l++) {
          const c = prev[i]! + this.pieceCost(ch, o.slice(i, i + l).join(''));
          if (c < cur[i + l]!) cur[i + l] = c;
        }
      }
      prev = cur;
    }
    return prev[o.length]!;
  }

  /** Candidate units for an observed (lowercase) token, with log-scores. */
  candidates(obs: string): { ids: number[]; scores: number[] } {
    const hit = this.cache.get(obs);
    if (hit) return hit;
    const o = [...obs];
    const L = o.length;
    // Observed pieces starting at each position (lengths 0-3).
    const pieces: Float64Array[][] = [];
    for (let pos = 0; pos <= L; pos++) {
      const row: Float64Array[] = [];
      for (let l = 0; l <= MAX_PIECE && pos + l <= L; l++) row.push(this.row(o.slice(pos, pos + l).join('')));
      pieces.push(row);
    }
    // Uniform-cost search over (trie node, position): states come out cheapest
    // first, so the search stops as soon as nothing cheaper than the bound is left.
    const best = new Map<number, number>();
    const done = new Map<TrieNode, Uint8Array>();
    const heap = new Heap<[TrieNode, number]>();
    heap.push(0, [this.root, 0]);
    let bound = MAX_COST;
    while (heap.size) {
      const cost = heap.topCost();
      const [node, pos] = heap.pop();
      if (cost > bound) break;
      let d = done.get(node);
      if (!d) done.set(node, (d = new Uint8Array(L + 1)));
      if (d[pos]) continue;
      d[pos] = 1;
      if (pos === L && node.ids.length) {
        // The first reading found is the cheapest: bound the rest by it.
        if (best.size === 0) bound = Math.min(bound, cost + MARGIN);
        for (const id of node.ids) if (!best.has(id)) best.set(id, cost);
        if (best.size >= this.maxCands * this.options.searchFactor) break;
      }
      const row = pieces[pos]!;
      for (const [ch, child] of node.kids) {
        for (let l = 0; l < row.length; l++) {
          const c = cost + row[l]![ch]!;
          if (c <= bound) heap.push(c, [child, pos + l]);
        }
      }
    }
    // Keep the cheapest readings, frequent syllables first among near-equals.
    const rank = (x: [number, number]) => x[1] - this.options.freqRank * Math.log1p(this.count[x[0]] ?? 0);
    const sorted = [...best.entries()].sort((a, b) => rank(a) - rank(b)).slice(0, this.maxCands);
    const res = { ids: sorted.map((x) => x[0]), scores: sorted.map((x) => -x[1]) };
    if (this.cache.size > 100_000) this.cache.clear(); // long batches: keep memory bounded
    this.cache.set(obs, res);
    return res;
  }
}

/** Binary min-heap keyed by cost. */
class Heap<T> {
  private costs: number[] = [];
  private items: T[] = [];
  get size(): number {
    return this.costs.length;
  }
  topCost(): number {
    return this.costs[0]!;
  }
  push(cost: number, item: T): void {
    const c = this.costs;
    const it = this.items;
    let i = c.length;
    c.push(cost);
    it.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (c[p]! <= cost) break;
      c[i] = c[p]!;
      it[i] = it[p]!;
      i = p;
    }
    c[i] = cost;
    it[i] = item;
  }
  pop(): T {
    const c = this.costs;
    const it = this.items;
    const top = it[0]!;
    const lastC = c.pop()!;
    const lastI = it.pop()!;
    const n = c.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let m = 2 * i + 1;
        if (m >= n) break;
        if (m + 1 < n && c[m + 1]! < c[m]!) m++;
        if (c[m]! >= lastC) break;
        c[i] = c[m]!;
        it[i] = it[m]!;
        i = m;
      }
      c[i] = lastC;
      it[i] = lastI;
    }
    return top;
  }
}
