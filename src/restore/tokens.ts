// Splits text into tokens with exact offsets. Shared by the table builder and the
// decoder so that training and decoding see the same units.

export type TokenKind = 'word' | 'mixed' | 'num' | 'code' | 'punct' | 'break';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

// Characters an English OCR model puts where a Vietnamese letter was (li¢u, k¥, S¢).
const JUNK = '¢¥€£§©®°&';
const LETTERISH = new RegExp(`^[\\p{L}${JUNK}]+$`, 'u');
const HAS_LETTER = new RegExp(`[\\p{L}${JUNK}]`, 'u');
const MIXED = new RegExp(`^[\\p{L}\\d${JUNK}&]+$`, 'u');
const EDGE_PUNCT = /^[\p{P}\p{S}]/u;
const HORN = /^\p{L}{0,3}(?:[uoUO0]['’]){1,2}\p{L}{1,3}$/u; // du’ng, tru’o’ng (ươ)

/** Tokenize; whitespace is skipped except paragraph breaks (blank line or form feed). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+|\n[ \t]*\n\s*|\f/g;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    const at = m.index!;
    if (s.trim() === '') {
      out.push({ start: at, end: at + s.length, text: s, kind: 'break' });
      continue;
    }
    splitChunk(s, at, out);
  }
  return out;
}

function isJunk(ch: string): boolean {
  return JUNK.includes(ch);
}

// restore.dollar-so: an English model reads the S of "số" as "$" ("$0 31/2019/QĐ-TTg"); the "$" and one digit or o
// are a garbled syllable, not a sum of money.
const DOLLAR_SO = /^\$[06o]$/;

function splitChunk(s: string, at: number, out: Token[]): void {
  if (DOLLAR_SO.test(s)) {
    out.push({ start: at, end: at + s.length, text: s, kind: 'mixed' });
    return;
  }
  let a = 0;
  let b = s.length;
  const head: Token[] = [];
  const tail: Token[] = [];
  // Leading punctuation, one char each.
  while (a < b && EDGE_PUNCT.test(s[a]!) && !isJunk(s[a]!)) {
    head.push({ start: at + a, end: at + a + 1, text: s[a]!, kind: 'punct' });
    a++;
  }
  // Trailing punctuation; "./." stays one token.
  while (b > a && EDGE_PUNCT.test(s[b - 1]!) && !isJunk(s[b - 1]!)) {
    if (s.slice(a, b).endsWith('./.') && b - 3 >= a) {
      tail.unshift({ start: at + b - 3, end: at + b, text: './.', kind: 'punct' });
      b -= 3;
      continue;
    }
    tail.unshift({ start: at + b - 1, end: at + b, text: s[b - 1]!, kind: 'punct' });
    b--;
  }
  out.push(...head);
  if (a < b) core(s.slice(a, b), at + a, out);
  out.push(...tail);
}

function core(s: string, at: number, out: Token[]): void {
  if (LETTERISH.test(s)) {
    out.push({ start: at, end: at + s.length, text: s, kind: 'word' });
    return;
  }
  if (/^\d+$/.test(s)) {
    out.push({ start: at, end: at + s.length, text: s, kind: 'num' });
    return;
  }
  // Words joined by hyphens (liên-thông, Bắc-Nam): split, keep the hyphens.
  if (/^[\p{L}]+(-[\p{L}]+)+$/u.test(s) && !/\p{Lu}{2}/u.test(s)) {
    let i = 0;
    for (const part of s.split('-')) {
      if (i > 0) out.push({ start: at + i - 1, end: at + i, text: '-', kind: 'punct' });
      out.push({ start: at + i, end: at + i + part.length, text: part, kind: 'word' });
      i += part.length + 1;
    }
    return;
  }
  // An English OCR model writes ư and ơ as a letter and an apostrophe (du’ng, h0'p).
  if (HORN.test(s)) {
    out.push({ start: at, end: at + s.length, text: s, kind: 'mixed' });
    return;
  }
  // Short letter+digit blends (s6, T6, 16p, c¢6) may be garbled syllables.
  if (s.length <= 5 && HAS_LETTER.test(s) && MIXED.test(s)) {
    out.push({ start: at, end: at + s.length, text: s, kind: 'mixed' });
    return;
  }
  out.push({ start: at, end: at + s.length, text: s, kind: 'code' });
}
