// Character error rate between a reference text and what was read, after
// normalising Unicode (NFC) and whitespace (any run becomes one space).
import levenshtein from 'fast-levenshtein';

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
