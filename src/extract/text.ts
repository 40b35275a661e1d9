// Text helpers shared by the extractors. Everything matches on a folded key of
// the restored text: same length, lower case, no marks, đ -> d. Offsets found
// in the key are offsets in the text, so every span points at what it read,
// and text whose marks were lost or garbled by OCR still matches.
import type { Span } from '../layer.js';
import { fold, key } from '../fold.js';
import { isSyllable } from '../restore/syllable.js';

// The folded key is shared with the OCR layout and the blanks reader (src/fold.ts).
export { fold, key };

/** OCR-tolerant key of one word: "Pang" -> "dang", "wong" -> "uong", "c6" -> "co". */
export function ocrKey(word: string): string {
  let w = ocrKeys.get(word);
  if (w === undefined) {
    // Texts repeat their words: the gazetteer asks for the same keys over and over.
    if (ocrKeys.size >= 100_000) ocrKeys.clear();
    ocrKeys.set(word, (w = ocrKeyOf(word)));
  }
  return w;
}
const ocrKeys = new Map<string, string>();

function ocrKeyOf(word: string): string {
  let w = key(word);
  if (/[a-z]/.test(w)) w = w.replace(/uw/g, 'u').replace(/w/g, 'u').replace(/0/g, 'o').replace(/6/g, 'o');
  if (/^p[aeiouy]/.test(w)) w = 'd' + w.slice(1);
  return w;
}

/** Squeeze whitespace (line breaks, column gaps) of a slice into single spaces, and rejoin a syllable the text layer
 *  split before its final consonant (joinFragments). */
export function clean(s: string): string {
  return joinFragments(s.replace(/\s+/g, ' ').trim());
}

// A final consonant a text layer cut off its syllable with a space ("Tổ chứ c", "Tru ng ương"): it is no word alone,
// and the two make one syllable. Only ends a syllable can have; a list letter ("điểm c") makes no syllable joined.
const FRAGMENT = /(?<=\p{L}) (c|ch|m|n|ng|nh|p|t)(?![\p{L}\d])/gu;
export function joinFragments(s: string): string {
  if (!s.includes(' ')) return s;
  return s.replace(FRAGMENT, (m, f: string, at: number) => {
    const w = /\p{L}+$/u.exec(s.slice(0, at))![0];
    return isSyllable((w + f).toLowerCase()) ? f : m;
  });
}

export function upperFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"; mixed-case text is kept (a stray OCR lower-case letter does not make it mixed). */
export function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length && upper >= letters.length * 0.9 ? upperFirst(s.toLowerCase()) : s;
}

/** Trim whitespace and the given characters off a span. */
export function trimSpan(text: string, span: Span, chars = ' \t\r\n'): Span {
  let { start, end } = span;
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return { start, end };
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (;;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    out.push({ start: at, end, text: text.slice(at, end) });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

export interface Token {
  start: number;
  end: number;
  /** Folded word, or the punctuation mark itself. */
  k: string;
}

/** Words and the punctuation that can sit inside a name (, - & /). */
export function tokens(folded: string, from = 0, to = folded.length): Token[] {
  const out: Token[] = [];
  const re = /[a-z0-9]+|[,;:.()\-–&/]/g;
  re.lastIndex = from;
  for (let m = re.exec(folded); m && m.index < to; m = re.exec(folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, k: m[0] === '–' ? '-' : m[0] });
  }
  return out;
}

export const ROMAN: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15,
};

/** ISO date or null when a part is missing or impossible. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null;
  if (d > lastDay(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
