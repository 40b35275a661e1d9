// The document cache's second pass (see the comment of cachePass).
import type { Slot } from './lattice.js';

/** Readings at least `cacheConf` confident count as evidence once there is at least this much of it (sum of confidences). */
const CACHE_MIN = 2;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Document cache: a reading chosen confidently elsewhere in the same text,
 * next to the same neighbour, is evidence for its other occurrences (a topic
 * word the tables rarely saw). Counts are kept per pair of written tokens
 * (left and right neighbour), each occurrence leaves itself out, and only
 * sentences where the cache disagrees with the first pass are decoded again.
 */
export function cachePass(seen: Slot[], pick: Int32Array, conf: Float64Array, sentences: Array<[number, number]>, o: { cacheConf: number; cacheWeight: number; keyCacheWeight: number }, again: (from: number, to: number, changed: Uint8Array) => void): void {
  const n = seen.length;
  const isWord = (i: number) => i >= 0 && i < n && (seen[i]!.tok.kind === 'word' || seen[i]!.tok.kind === 'mixed');
  // Written tokens as small integers, pairs as numbers: no string keys per pair.
  const ids = new Map<string, number>();
  const obs = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!isWord(i)) continue;
    const w = seen[i]!.tok.text.toLowerCase();
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    obs[i] = id;
  }
  const P = 1 << 20;
  if (ids.size >= P) return; // pair keys would collide; such a text is not a document
  const ambiguous = (i: number) => seen[i]!.ids.length > 1 && obs[i]! >= 0;
  // pair key -> unit -> weight, for the unit at the right end (left pair) or left end (right pair)
  const cache = new Map<number, Map<number, number>>();
  const add = (k: number, u: number, w: number) => {
    let m = cache.get(k);
    if (!m) cache.set(k, (m = new Map()));
    m.set(u, (m.get(u) ?? 0) + w);
  };
  const own = (i: number) => (conf[i]! >= o.cacheConf ? conf[i]! : 0);
  // The pair keys of token i: j = 0 its left pair, 1 its right pair (no array per call: this runs per token).
  const pairKey = (i: number, j: number): number =>
    j === 0 ? (i > 0 && obs[i - 1]! >= 0 ? 2 * (obs[i - 1]! * P + obs[i]!) : -1) : i + 1 < n && obs[i + 1]! >= 0 ? 2 * (obs[i]! * P + obs[i + 1]!) + 1 : -1;
  // restore.key-cache: the same written word's confident readings anywhere in the text, whatever its neighbours
  // (pair keys are even and odd, -1 where a neighbour is missing; a word's own key is below -1).
  // A word in title case (a name, Thanh; a sentence's first word) pools only with words in title case: the readings
  // of small and all-caps words ("thành phố") are no evidence for a name.
  const byWord = new Map<string, number>();
  const wordIds = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (obs[i]! < 0) continue;
    const t = seen[i]!.tok.text;
    const w = TITLE_CASE.test(t) ? t : t.toLowerCase();
    let id = byWord.get(w);
    if (id === undefined) byWord.set(w, (id = byWord.size));
    wordIds[i] = id;
  }
  const wordKey = (i: number) => -2 - wordIds[i]!;
  for (let i = 0; i < n; i++) {
    if (!ambiguous(i) || own(i) === 0) continue;
    const u = seen[i]!.ids[pick[i]!]!;
    for (let j = 0; j < 2; j++) {
      const k = pairKey(i, j);
      if (k >= 0) add(k, u, own(i));
    }
    if (o.keyCacheWeight > 0 && !seen[i]!.name) add(wordKey(i), u, own(i));
  }
  if (cache.size === 0) return;
  const totals = new Map<number, number>();
  const redo = new Uint8Array(n);
  const changed = new Uint8Array(n); // slots whose emissions took a bonus
  let any = false;
  for (let i = 0; i < n; i++) {
    if (!ambiguous(i)) continue;
    const sl = seen[i]!;
    const mine = sl.ids[pick[i]!]!;
    let bonus: number[] | undefined;
    const nk = o.keyCacheWeight > 0 && !sl.name ? 3 : 2;
    for (let j = 0; j < nk; j++) {
      const k = j < 2 ? pairKey(i, j) : wordKey(i);
      const m = k !== -1 ? cache.get(k) : undefined;
      const weight = k < 0 ? o.keyCacheWeight : o.cacheWeight;
      if (!m) continue;
      // The cache is complete here: each entry's sum is taken once (in the same order each time).
      let total = totals.get(k);
      if (total === undefined) {
        total = 0;
        for (const w of m.values()) total += w;
        totals.set(k, total);
      }
      total -= own(i);
      if (total < CACHE_MIN) continue;
      bonus ??= sl.ids.map(() => 0);
      for (let c = 0; c < sl.ids.length; c++) {
        const w = (m.get(sl.ids[c]!) ?? 0) - (sl.ids[c] === mine ? own(i) : 0);
        bonus[c]! += weight * Math.log((w + 0.5) / (total + 0.5));
      }
    }
    if (!bonus) continue;
    sl.em = sl.em.map((e, c) => e + bonus![c]!);
    changed[i] = 1;
    let best = 0;
    for (let c = 1; c < bonus.length; c++) if (bonus[c]! > bonus[best]!) best = c;
    if (best !== pick[i] && bonus[best]! > bonus[pick[i]!]!) {
      redo[i] = 1;
      any = true;
    }
  }
  if (!any) return;
  for (const [a, b] of sentences) {
    let hit = false;
    for (let i = a; i < b && !hit; i++) hit = redo[i] === 1;
    if (!hit) continue;
    again(a, b, changed);
  }
}
