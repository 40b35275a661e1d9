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
