// Token pre-passes on OCR'd text, before the lattice: a letter split from its
// word is joined back ("N guyen"), and letter-spaced capitals merged by the OCR
// are cut into syllables ("BANCHIDAO"), and a Y run into the word before it ("SOY TE"). (protect.ts is the other
// pre-pass.)
import type { Token } from './tokens.js';
import { asciiKey, parseSyllable } from './syllable.js';

/** What the pre-passes ask of the model. */
export interface KeyCounts {
  /** Count of the most frequent syllable with this ASCII key (0 when none is attested). */
  keyCount(key: string): number;
  /** A known code or foreign word, never cut. */
  known(w: string): boolean;
}

/** Cost of one more piece when cutting a run of capitals into syllables. */
const SEGMENT_COST = 12;

/**
 * OCR splits a capital from the rest of its word ("N guyen"), or the last
 * letter from a word in capitals ("TRU’O’N G"): the lone letter and the
 * fragment on the same line are one token when together they spell a
 * syllable far more frequent than the fragment alone.
 */
export function joinSplit(m: KeyCounts, toks: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    if (b && a.kind === 'word' && /^[BCDĐGHKLMNPQRSTVX]$/.test(a.text) && b.kind === 'word' && /^\p{Ll}+$/u.test(b.text) && b.start === a.end + 1 && text[a.end] === ' ') {
      const whole = a.text + b.text;
      const key = asciiKey(whole);
      if (m.keyCount(key) > 10 * m.keyCount(asciiKey(b.text)) + 5) {
        out.push({ start: a.start, end: b.end, text: whole, kind: 'word' });
        i++;
        continue;
      }
    }
    // ... or a final letter from the rest of a word in capitals ("TRU’O’N G").
    if (b && (a.kind === 'word' || a.kind === 'mixed') && /^[CGHMNPT]$/.test(b.text) && /^[\p{Lu}'’]{2,}$/u.test(a.text) && b.start === a.end + 1 && text[a.end] === ' ') {
      const bare = (s: string) => asciiKey(s.replace(/['’]/g, ''));
      const whole = a.text + b.text;
      if (m.keyCount(bare(whole)) > 10 * m.keyCount(bare(a.text)) + 5) {
        out.push({ start: a.start, end: b.end, text: whole, kind: a.kind });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const segCache = new WeakMap<KeyCounts, Map<string, Token[] | null>>();

/**
 * Letter-spaced capitals merged by the OCR ("BANCHIDAO"): an all-capitals
 * word that is no syllable nor a known code is cut into attested syllables,
 * fewest pieces first, then the most frequent.
 */
export function segment(m: KeyCounts, tok: Token): Token[] | undefined {
  const w = tok.text;
  if (w.length < 7 || w !== w.toUpperCase() || !/^\p{L}+$/u.test(w)) return undefined;
  let cache = segCache.get(m);
  if (!cache) segCache.set(m, (cache = new Map()));
  const hit = cache.get(w);
  if (hit !== undefined) return hit ? hit.map((p) => ({ ...p, start: tok.start + p.start, end: tok.start + p.end })) : undefined;
  const parts = cut(m, w);
  cache.set(w, parts ?? null);
  return parts?.map((p) => ({ ...p, start: tok.start + p.start, end: tok.start + p.end }));
}

/** Pieces of a run of capitals (offsets from 0), or undefined. */
function cut(m: KeyCounts, w: string): Token[] | undefined {
  if (parseSyllable(w.toLowerCase()) || m.known(w)) return undefined;
  const n = w.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    for (let l = 1; l <= 7 && i + l <= n; l++) {
      const c = m.keyCount(asciiKey(w.slice(i, i + l)));
      if (c <= 0) continue;
      const sc = best[i]! + Math.log(c) - SEGMENT_COST;
      if (sc > best[i + l]!) {
        best[i + l] = sc;
        from[i + l] = i;
      }
    }
  }
  if (from[n] < 0) return undefined;
  const parts: Token[] = [];
  for (let j = n; j > 0; j = from[j]!) parts.unshift({ start: from[j]!, end: j, text: w.slice(from[j]!, j), kind: 'word' });
  return parts.length > 1 ? parts : undefined;
}

/**
 * restore.caps-y-split: an OCR without a Vietnamese model runs the one-letter
 * syllable Y into the capital word before it ("SỞ Y TẾ" read "SOY TE", "BỘ Y
 * TẾ" read "BOY TE"); the channel then reads "SOY" as "Y" and the word is lost.
 * A capital word that is no syllable nor a known code, ending in Y after an
 * attested syllable and followed by a word on its line, is cut before the Y.
 */
export function splitY(m: KeyCounts, toks: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    const w = a.text;
    if (a.kind === 'word' && w.length >= 3 && w.length <= 8 && /^\p{Lu}+Y$/u.test(w) && b?.kind === 'word' && /^[ \t]+$/.test(text.slice(a.end, b.start))
      && !parseSyllable(w.toLowerCase()) && !m.known(w) && m.keyCount(asciiKey(w.slice(0, -1))) > 0 && parseSyllable(w.slice(0, -1).toLowerCase())) {
      out.push({ start: a.start, end: a.end - 1, text: w.slice(0, -1), kind: 'word' }, { start: a.end - 1, end: a.end, text: 'Y', kind: 'word' });
      continue;
    }
    out.push(a);
  }
  return out;
}

const SLASHED = /^\p{L}{2,}(?:\/\p{L}{2,})+$/u;

/**
 * restore.slash-words: words joined by a slash ("xa/phuong", "co quan/don vi", "du lieu/database") are one code token to
 * the tokenizer and so kept as written; where every part is a syllable or a long foreign word, and none is a code in
 * capitals, and no figure comes before ("5 tan/ha"), they are cut into words and slashes and restored like a list.
 */
export function splitSlashWords(m: KeyCounts, toks: Token[]): Token[] {
  if (!toks.some((t) => t.kind === 'code' && t.text.includes('/'))) return toks;
  const out: Token[] = [];
  for (const [i, t] of toks.entries()) {
    // After a figure it is a unit of measure ("5 tan/ha"), not words.
    const parts = t.kind === 'code' && SLASHED.test(t.text) && toks[i - 1]?.kind !== 'num' ? t.text.split('/') : [];
    const word = (p: string) => !/\p{Lu}\p{Lu}/u.test(p) && !m.known(p) && (m.keyCount(asciiKey(p.toLowerCase())) > 0 || p.length >= 5);
    if (!parts.length || !parts.every(word) || !parts.some((p) => m.keyCount(asciiKey(p.toLowerCase())) > 0)) {
      out.push(t);
      continue;
    }
    let at = t.start;
    parts.forEach((p, i) => {
      if (i > 0) out.push({ start: at - 1, end: at, text: '/', kind: 'punct' });
      out.push({ start: at, end: at + p.length, text: p, kind: 'word' });
      at += p.length + 1;
    });
  }
  return out;
}
