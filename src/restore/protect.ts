// Token pre-pass: the places extraction reads structure from are the
// restorer's to keep right, so extraction can read the restored layer alone.
// Document codes, list markers (a), ©), IV-, 1V.) and header keywords (V/v,
// Kính gửi, Số, Nơi nhận) are written as they are meant, never read as words.
import type { Token } from './tokens.js';
import { asciiKey, matchCase } from './syllable.js';

/** What the pre-pass decided for a token: its written form and its model unit. */
export interface Kept {
  out: string;
  /** '<x>' (not a word), '<code>', or the syllable written in `out`. */
  unit: 'x' | 'code' | 'word';
}

export const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Punctuation after an item marker: "IV.", "V -", "b)", "II:". */
const MARK_END = /^[.)\-–:]$/;
/** Letters an OCR writes for I in a numeral (1V, lV, |X). */
const ROMAN_OCR = /^[IVXl1|]{1,4}$/;
/** V/v as read without a Vietnamese model: VIV, Viv, V1v, V/y. */
const VV_OCR = /^V[/Iil1|!\\7]?[vVy]$/;

/** Only spaces between the line's start (or the text's) and the token. */
function atLineStart(text: string, t: Token): boolean {
  for (let i = t.start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\f') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Next token on the same line, at most `gap` spaces away. */
function nextOnLine(text: string, toks: Token[], i: number, gap = 2): Token | undefined {
  const t = toks[i]!;
  const n = toks[i + 1];
  if (!n || n.start - t.end > gap || /[\n\f]/.test(text.slice(t.end, n.start))) return undefined;
  return n;
}

/** Written in capitals: "KÍNH GỬI" (two letters or more, none small). */
const caps = (s: string) => /^\p{Lu}{2,}$/u.test(s);

/**
 * Per token, the form it keeps (or undefined: the decoder reads it). `code`
 * writes a document code as meant (QĐ for QD); it is the decoder's.
 */
export function keepForms(text: string, toks: Token[], code: (s: string) => string): Array<Kept | undefined> {
  const out = new Array<Kept | undefined>(toks.length);
  const key = (j: number) => (j >= 0 && j < toks.length ? asciiKey(toks[j]!.text) : '');
  for (let i = 0; i < toks.length; i++) {
    if (out[i]) continue;
    const t = toks[i]!;
    const s = t.text;
    const next = nextOnLine(text, toks, i);
    const lineStart = atLineStart(text, t);
    if (lineStart && next) {
      // Item markers: "IV -", "1V.", "V)" (a numeral whose I the OCR read as 1 or l).
      if (MARK_END.test(next.text) && ROMAN_OCR.test(s) && /[IVX]/.test(s)) {
        const r = s.replace(/[l1|]/g, 'I');
        if (ROMAN.test(r)) {
          out[i] = { out: r, unit: 'x' };
          continue;
        }
      }
      // Letter markers "b)", "b )", and the OCR's "©)", "¢)": as written.
      if (next.text === ')' && s.length === 1 && t.kind !== 'punct') {
        out[i] = { out: s, unit: 'x' };
        continue;
      }
      // "V/v" of the subject line.
      if (VV_OCR.test(s) && s !== 'Vv') {
        out[i] = { out: 'V/v', unit: 'code' };
        continue;
      }
      // "Kính gửi:" and "Nơi nhận:", however the OCR spelled the two words.
      const third = nextOnLine(text, toks, i + 1, 3);
      if (third?.text === ':' && /^\S{1,5}$/.test(next.text)) {
        const pair = /^k[i1l][a-z]{0,2}h$/.test(key(i)) && /^[gq]/.test(key(i + 1)) ? ['Kính', 'gửi'] : /^n[o0][i1l]$/.test(key(i)) && /^nh/.test(key(i + 1)) ? ['Nơi', 'nhận'] : undefined;
        if (pair) {
          const up = caps(s) && caps(next.text);
          out[i] = { out: up ? pair[0]!.toUpperCase() : matchCase(s, pair[0]!), unit: 'word' };
          out[i + 1] = { out: up ? pair[1]!.toUpperCase() : pair[1]!, unit: 'word' };
          continue;
        }
      }
    }
    // "Số:" before a number or a code (S6:, Sé:, So:).
    if (next?.text === ':' && /^s[o0568eb]$/.test(key(i))) {
      const after = toks[i + 2];
      // Not a lower-case word inside a sentence ("hồ sơ: 126 phố ..." names a place).
      const prev = toks[i - 1];
      const inSentence = /^\p{Ll}/u.test(s) && !!prev && /^\p{Ll}/u.test(prev.text) && !text.slice(prev.end, t.start).includes('\n');
      if (after && !inSentence && after.start - next.end < 40 && /^[\d/.…_]/.test(after.text)) {
        out[i] = { out: caps(s) ? 'SỐ' : 'Số', unit: 'word' };
        continue;
      }
    }
    // Quarters: "quý IV", "quý V".
    if (key(i - 1) === 'quy' && ROMAN.test(s)) {
      out[i] = { out: s, unit: 'x' };
      continue;
    }
    // A code broken across lines ("15/SNV-\nTCBC"): the rest is code too.
    const prev = toks[i - 1];
    if (prev?.kind === 'code' && /[-/]$/.test(prev.text) && /^[ \t]*\n[ \t]*$/.test(text.slice(prev.end, t.start)) && /^[\p{Lu}\d][\p{Lu}\d&]+$/u.test(s)) {
      out[i] = { out: code(s), unit: 'code' };
    }
  }
  return out;
}
