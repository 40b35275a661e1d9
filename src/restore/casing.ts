// Casing: which lines are written in capitals (titles, headings), how likely a
// capital is inside a sentence, and how a chosen reading is written.
import type { Token } from './tokens.js';
import type { Slot } from './lattice.js';
import type { Vocab } from './decode.js';
import { matchCase } from './syllable.js';

/** Per token: whether its line is written in capitals (titles, headings). */
export function capsLines(toks: Token[], text: string): Uint8Array {
  const flags = new Uint8Array(toks.length);
  let a = 0;
  while (a < toks.length) {
    const lineEnd = text.indexOf('\n', toks[a]!.start);
    const stop = lineEnd < 0 ? Infinity : lineEnd;
    let b = a;
    let caps = 0;
    let lower = 0;
    while (b < toks.length && toks[b]!.start < stop) {
      const t = toks[b]!.text;
      if (toks[b]!.kind === 'word' && t.length >= 2) {
        const c = t.charCodeAt(0);
        if (c >= 97 && c <= 122) lower++; // a-z: not a capital word
        else if (t === t.toUpperCase()) caps++;
        else lower++;
      }
      b++;
    }
    if (caps >= 2 && caps >= 3 * lower) flags.fill(1, a, b);
    a = Math.max(b, a + 1);
  }
  return flags;
}

/** ln P(case as written | unit), for words inside a sentence. */
export function caseScore(vocab: Pick<Vocab, 'capCount' | 'capShare'>, capPrior: number, unit: number, capital: boolean): number {
  const n = vocab.capCount[unit] ?? 0;
  const share = n > 0 ? vocab.capShare[unit]! : 0;
  const p = (share * n + 2 * capPrior) / (n + 2);
  return Math.log(capital ? p : 1 - p);
}

/** How candidate c of a slot is written: its surface in the token's case, small or in capitals as the slot says. */
export function outText(vocab: Pick<Vocab, 'capCount' | 'capShare' | 'surface'>, sl: Slot, c: number): string {
  let o = (sl.out[c] ??= matchCase(sl.tok.text, vocab.surface[sl.ids[c]!]!));
  if (sl.lower) {
    // A word never capitalised inside a sentence (và, của) is written small.
    const u = sl.ids[c]!;
    if ((vocab.capCount[u] ?? 0) >= 200 && vocab.capShare[u]! <= 0.003) o = o[0]!.toLowerCase() + o.slice(1);
  }
  if (sl.title && o !== sl.tok.text) o = o[0]! + o.slice(1).toLowerCase();
  return sl.caps ? o.toUpperCase() : o;
}
