// Casing: which lines are written in capitals (titles, headings).
import type { Token } from './tokens.js';

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
