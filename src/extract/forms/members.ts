// A heading that names a kind of body and lists its members in brackets (issue 9, letters32): "1. Các cơ quan cấp phép xây dựng
// (Sở A, Ban quản lý Khu B, Ban quản lý Khu C):" over points. The bracket names who does the points, one lead per body (as a list
// after "Các bộ, cơ quan:" does); before, the kind's name was cut at its first verb-like word ("cấp phép").
import { agencyList, toItem, type AgencyItem } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';

export const MEMBER_FORMS = [
  {
    id: 'lead.heading-members',
    description: 'an item\'s own text "<kind of body> (<A>, <B>, ...):" alone over its points, each part in the brackets a body\'s name opening with a capital: A, B ... lead the points (forms/members.ts)',
  },
] as const;

/** lead.heading-members: the bodies in the brackets of a heading [at, end) that is only "<kind> (<bodies>):". */
export function memberHeading(text: string, folded: string, gaz: Gazetteer, at: number, end: number): { items: AgencyItem[]; end: number } | undefined {
  while (at < end && /\s/.test(text[at]!)) at++;
  const own = text.slice(at, end).trimEnd();
  const m = /^(\p{Lu}[^()\n:;.]{2,80}?)[ \t\r\n]*\(([^()]{3,400})\)[ \t]*:$/u.exec(own.replace(/\s*\n\s*/g, ' '));
  if (!m || own.split('\n').length > 4) return undefined;
  // The brackets' text in the original (line breaks kept), and each comma part a body's name.
  const open = text.indexOf('(', at);
  const close = text.indexOf(')', open);
  if (open < 0 || close < 0 || close > at + own.length) return undefined;
  const items: AgencyItem[] = [];
  for (const p of text.slice(open + 1, close).matchAll(/[^,;]+/g)) {
    const s = open + 1 + p.index + (p[0].length - p[0].trimStart().length);
    const piece = p[0].trim();
    if (!/^\p{Lu}/u.test(piece)) return undefined;
    // (A name wrapped over lines, "Ban\nquản lý Khu ...", is taken as printed when the reader reads a body at its start.)
    const l = agencyList(text, folded, s, gaz, piece.length);
    if (!l.items.length || l.items[0]!.span.start > s + 1) return undefined;
    items.push(l.items.length === 1 && l.end >= s + piece.length - 1 ? l.items[0]! : toItem(text, s, s + piece.length));
  }
  return items.length >= 2 ? { items, end: at + own.length } : undefined;
}
