// Unit headings without a number (issue 9, plans18): a plan's "Tổ chức thực hiện" may share its work out under lines
// that only name a body ("Sở Tài chính" or "Sở Tài chính:") over its dashes, with no "1." before them. Such a line is an
// item heading like "1. Sở Tài chính" (structure.unit-line).
import { agencyList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lines } from '../text.js';

export const UNIT_LINE_RULE = {
  id: 'structure.unit-line',
  description: 'a line that only names bodies ("Sở Tài chính", "Ủy ban nhân dân các xã:"), no marker, over dash points, after a heading or a finished sentence: an item heading like "1. Sở Tài chính" (two such lines or more in the text)',
} as const;

const RE_POINT = /^[ \t]{0,14}[-–—•+][ \t]{0,4}\S/;

/** Starts of the lines in [from, to) that are unit headings without a number. */
export function unitLines(text: string, folded: string, from: number, to: number, gaz: Gazetteer, marked: (line: string) => boolean): Set<number> {
  const ls = lines(text.slice(from, to));
  const out = new Set<number>();
  let prev = '';
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const t = l.text.trim();
    const before = prev;
    if (t) prev = l.text;
    if (!t || marked(l.text) || !RE_POINT.test(ls[i + 1]?.text ?? '')) continue;
    // After a heading, a finished sentence or a blank line; not a wrapped line of a point ("- Phối hợp với\nSở X").
    if (before && !marked(before) && !/[.;:!?][ \t]*$/.test(before)) continue;
    const words = t.replace(/:$/, '').split(/\s+/);
    if (words.length < 2 || words.length > 16 || /[.;!?]$/.test(t) || !/^\p{Lu}/u.test(t)) continue;
    const at = from + l.start + (l.text.length - l.text.trimStart().length);
    const end = from + l.start + l.text.trimEnd().length;
    const list = agencyList(text, folded, at, gaz, end - at);
    if (!list.items.length || list.items[0]!.span.start > at + 1 || !/^[ \t:]*$/.test(text.slice(list.end, end))) continue;
    out.add(from + l.start);
  }
  return out.size >= 2 ? out : new Set();
}
