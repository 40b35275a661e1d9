// Quote marks as the OCR misreads them on real scans, put back before the text
// is assembled: a closing “...” read as a question mark ("“Xanh sạch?
// 2025"), an opening one read as a backtick or two commas, doubled straight or
// single quotes for a curly one, and a speck before a name read as a backtick
// ("`Nguyễn Văn An" under a signature). Print in official letters uses curly
// double quotes (Nghị định 30/2020, Phụ lục I); it never uses a backtick, nor a
// question mark glued to a word with more of the sentence after it.
import type { OcrWord } from './pool.js';

const OPEN = /^(?:``|''|‘‘|’’|,,|„)(?=\p{L}|\d)/u;
const CLOSE = /(?<=\p{L}|\d)(?:''|’’|‘‘)([,.;:)]?)$/u;
const BACKTICK = /^[`´](?=\p{L}|\d)/u;
/** A word ending in a stray "?" (the closing quote misread) before more words. */
const QMARK = /(?<=\p{L}|\d)\?$/u;

/** The words of one line with their quote marks repaired (the same array when nothing changed). */
export function fixLine(words: OcrWord[]): OcrWord[] {
  let out = words;
  const set = (i: number, text: string) => {
    if (out === words) out = [...words];
    out[i] = { ...out[i]!, text };
  };
  let open = false;
  for (let i = 0; i < out.length; i++) {
    let t = out[i]!.text;
    const closes = () => out.slice(i + 1).some((w) => /[”"]|''|’’/.test(w.text));
    if (BACKTICK.test(t)) {
      // An opening quote when a closing one follows on the line; else a speck.
      t = closes() ? `“${t.slice(1)}` : t.slice(1);
      set(i, t);
    } else if (OPEN.test(t)) {
      t = t.replace(OPEN, '“');
      set(i, t);
    }
    if (t.startsWith('“')) open = true;
    if (open && CLOSE.test(t)) {
      t = t.replace(CLOSE, '”$1');
      set(i, t);
    }
    if (open && i + 1 < out.length && QMARK.test(t) && !t.includes('”')) {
      t = t.replace(QMARK, '”');
      set(i, t);
    }
    if (t.includes('”')) open = false;
  }
  return out;
}
