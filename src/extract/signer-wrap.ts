// Signature blocks an OCR read as one column with the copies list beside them (issue 9, the garbled archives): the
// name or the title broken where the column broke, its pieces at the ends of two lines of the list.
import { lexicon } from './lexicon.js';
import { key } from './text.js';

// Middle names that never end a name: a name read as "<surname> Thị" at a line's end goes on below.
const MIDDLE_ONLY = new Set(['van', 'thi', 'huu', 'dinh', 'ba', 'khac', 'viet', 'tat']);
const WORD = /^\p{Lu}\p{Ll}+$/u;

/** A name begun at a line's end and not finished there: a surname alone, or a surname and a middle name only. */
export function nameBegun(t: string): boolean {
  const ws = t.split(' ');
  if (!ws.every((w) => WORD.test(w)) || !lexicon().surnames.has(key(ws[0]!))) return false;
  return ws.length === 1 || (ws.length === 2 && MIDDLE_ONLY.has(key(ws[1]!)));
}

/**
 * header.signer.name-wrapped-tail: the rest of a name begun (`begun` words) at the end of the line above, where it
 * closes a line: its capitalised words after the copies item's ";", ",", ")" or "." (or the whole cell), the name
 * making three or four words. A fourth word that is a surname is the item's end ("Vụ" read as a name, "Vũ"), not
 * the name's. Returns the rest and where it starts in `cell`, or undefined.
 */
export function nameRest(cell: string, begun: number): { rest: string; at: number } | undefined {
  const toks = [...cell.replace(/[\s|*.,;]+$/u, '').matchAll(/\S+/g)];
  let i = toks.length;
  while (i > 0 && toks.length - i < 4 && WORD.test(toks[i - 1]![0])) i--;
  if (i > 0 && !/[;,:.)]$/.test(toks[i - 1]![0])) return undefined;
  let run = toks.slice(i);
  if (begun + run.length === 4 && run.length > 1 && lexicon().surnames.has(key(run[0]![0]))) run = run.slice(1);
  const n = begun + run.length;
  if (!run.length || n < 3 || n > 4 || run.some((w) => w[0].length > 7)) return undefined;
  return { rest: run.map((w) => w[0]).join(' '), at: run[0]!.index! };
}
