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
  /** Weight of the document cache by written word alone, whatever its neighbours (0: off). */
  keyCacheWeight: number;
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
  /** Nats added to each syllable of a listed set phrase (phrases.txt) whose keys a run of stripped words spells (restore.phrase-match; 0: off). */
  phraseBonus: number;
  /** Nats another marking of a marked word's letters must gain when the OCR
   *  read that word with low confidence (bold and italic print lose or change
   *  marks: "tô chức" for "tổ chức"). Infinity (the default) keeps marked words
   *  as written; the scan pipeline sets it (pipelines/tail.ts). */
  remarkMargin: number;
  /** OCR confidence (0-100) under which a marked word may be read again with remarkMargin. */
  remarkBelow: number;
  /** Nats another marking must gain in an OCR'd word read with confidence remarkBelow or more
   *  (Infinity, the default: kept as read). */
  remarkSureMargin: number;
}

export const DEFAULT_OPTIONS: Readonly<DecoderOptions> = {
  cleanMargin: 5,
  candShare: 0.003,
  wideBeam: 48,
  cacheConf: 0.9,
  cacheWeight: 1,
  keyCacheWeight: 0.2,
  channelWeight: 1.3,
  channelMinCount: 12,
  channelCands: 30,
  backoff: 5,
  searchFactor: 6,
  freqRank: 1,
  overlayBonus: 2,
  phraseBonus: 3,
  remarkMargin: Infinity,
  remarkBelow: 0,
  remarkSureMargin: Infinity,
};

/** What the engine's presets set over the defaults: marked words the OCR read
 *  with confidence under 95 (tesseract gives its surest words 96) may take
 *  another tone over the same letters when the model gains 2 nats (chosen on
 *  the dev split of corpus/scans-dev: CER 2.87% -> 2.43%, subjects 3 -> 8 of
 *  10); words it read at 95 or more when the model gains 6 nats (bold print:
 *  "cập giây chứng nhận", "hệ thông"; chosen on the 16 dev scans: CER 2.35% ->
 *  2.29%, the same at 4 nats, 2.30% at 10; every word it changed there was
 *  wrong before). Only OCR'd words carry such confidences: typed and text-layer
 *  text is untouched. */
export const SCAN_OPTIONS: Readonly<Partial<DecoderOptions>> = { remarkMargin: 2, remarkBelow: 95, remarkSureMargin: 6 };

export function decoderOptions(o: Partial<DecoderOptions> = {}): DecoderOptions {
  const out = { ...DEFAULT_OPTIONS, ...o };
  out.channelCands = Math.min(30, out.channelCands);
  return out;
}
