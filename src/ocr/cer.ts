// Character error rate between a reference text and what was read, after
// normalising Unicode (NFC) and whitespace (any run becomes one space).
import levenshtein from 'fast-levenshtein';
import { modernTone } from '../normalize/index.js';

export function normalizeForCer(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Edit distance / reference length, 0 = identical. */
export function cer(reference: string, hypothesis: string): number {
  const r = normalizeForCer(reference);
  const h = normalizeForCer(hypothesis);
  if (!r.length) return h.length ? 1 : 0;
  return levenshtein.get(r, h) / r.length;
}

/**
 * The text with every word in the modern tone placement ("hoà" and "hòa" are one word, spelt two ways): the scan
 * transcriptions keep the print's placement, the normalizer writes the modern one, and CER would count each as two edits.
 */
export function toneAsOne(s: string): string {
  return s.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (w) => modernTone(w));
}
