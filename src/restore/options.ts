// The restorer's tunable numbers, passed explicitly (loadDecoder(dir, options));
// nothing is read from the environment. Defaults were chosen on dev text (see
// dictionaries/restore/README.md); scripts/tune-restore.ts and eval-restore.ts
// pass others to compare.
export interface DecoderOptions {
  /** Nats a marked reading must gain over an unmarked word in marked text (dev:
   *  with every 25th word stripped, 1675 of 1948 restored and 3 right words
   *  changed at 5; 1493 and 2 at 8; 696 and 2 without). */
  cleanMargin: number;
  /** A form seen less than this share of its key's commonest form is no candidate. */
  candShare: number;
  /** Beam after a token the OCR channel read (up to 30 readings of similar cost). */
  wideBeam: number;
  /** Document cache: readings at least this confident count as evidence. */
  cacheConf: number;
  /** Weight of the document cache (0: off). */
  cacheWeight: number;
  /** Weight of the OCR channel against the language model (tuned on synthetic held-out pages). */
  channelWeight: number;
  /** A garbled word is read only as a syllable seen at least this often. */
  channelMinCount: number;
  /** Readings proposed per garbled word (at most 30: a reading's index is packed in 5 bits). */
  channelCands: number;
  /** Pseudo-count of the toneless letter's bare reading in a toned letter's row of the channel. */
  backoff: number;
  /** The channel's search stops after this many times channelCands readings. */
  searchFactor: number;
  /** Weight of a syllable's log frequency when the channel's readings are cut. */
  freqRank: number;
  /** Nats added to a bigram of a list line the base model was built without (tables/overlay.json), per line holding it, up to 3 lines. Not tuned: the overlay is empty until a list changes. */
  overlayBonus: number;
}

export const DEFAULT_OPTIONS: Readonly<DecoderOptions> = {
  cleanMargin: 5,
  candShare: 0.003,
  wideBeam: 48,
  cacheConf: 0.9,
  cacheWeight: 1,
  channelWeight: 1.3,
  channelMinCount: 12,
  channelCands: 30,
  backoff: 5,
  searchFactor: 6,
  freqRank: 1,
  overlayBonus: 2,
};

export function decoderOptions(o: Partial<DecoderOptions> = {}): DecoderOptions {
  const out = { ...DEFAULT_OPTIONS, ...o };
  out.channelCands = Math.min(30, out.channelCands);
  return out;
}
