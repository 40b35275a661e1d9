// The lattice: one slot per token, with its candidate units, their emission
// scores and how each is written; and the beam's sizes.
import type { Token } from './tokens.js';

export interface Slot {
  tok: Token;
  ids: number[]; // candidate units
  out: Array<string | undefined>; // output text per candidate, filled on demand
  em: number[]; // emission log-score per candidate
  decided: boolean; // more than one candidate or rewritten
  skip?: boolean; // not seen by the language model (a line-break hyphen)
  caps?: boolean; // in an all-capitals line: the reading is written in capitals
  suffix?: string; // written after the reading (a space between syllables of a merged run)
  lower?: boolean; // a capital the OCR may have made of a small letter of the same shape (Va)
  title?: boolean; // two capitals among small words: the second is a garbled small letter (TS -> Tổ)
  name?: boolean; // a person's name (people.ts): no word-cache evidence either way (Thanh the name is not thành phố)
}

/** Bonus (nats) per bigram of a list line the base model lacks, keyed v * radix + w (lists.ts); undefined when empty. */
export interface Overlay {
  radix: number;
  bonus: Map<number, number>;
  /** 1 where a unit opens (first) or closes (last) a bigram of the overlay: most pairs skip the map. */
  first: Uint8Array;
  last: Uint8Array;
}

/** The overlay from its bigrams [v, w, lines], or undefined when there are none. */
export function makeOverlay(bigrams: Array<[number, number, number]>, radix: number, perLine: number): Overlay | undefined {
  if (!bigrams.length) return undefined;
  const first = new Uint8Array(radix);
  const last = new Uint8Array(radix);
  for (const [v, w] of bigrams) {
    first[v] = 1;
    last[w] = 1;
  }
  return { radix, bonus: new Map(bigrams.map(([v, w, n]) => [v * radix + w, perLine * Math.min(n, 3)])), first, last };
}

/** Bonus of the bigram v w (0 for most pairs, without a map lookup). */
export function overlayBonus(ov: Overlay, v: number, w: number): number {
  return ov.first[v] === 1 && ov.last[w] === 1 ? (ov.bonus.get(v * ov.radix + w) ?? 0) : 0;
}

export const MAX_CANDS = 10;
/** Most candidates of one slot: the search keys a state by candidate index in 5 bits. */
export const SLOT_CANDS = 32;
export const BEAM = 16;
/** States this much (nats) below the best are dropped; 10 after an OCR'd token,
 *  whose readings spread wider. 7 cuts a quarter of the model lookups on
 *  stripped text with no change on dev (98.31%). */
export const PRUNE = 7;
export const WIDE_PRUNE = 10;
