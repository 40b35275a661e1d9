// Unit headings without a number (issue 9, plans18): a plan's "Tổ chức thực hiện" may share its work out under lines
// that only name a body ("Sở Tài chính" or "Sở Tài chính:") over its dashes, with no "1." before them. Such a line is an
// item heading like "1. Sở Tài chính" (structure.unit-line).
import { agencyList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lines } from '../text.js';
import { planFields } from './plan.js';

export const UNIT_LINE_RULE = {
  id: 'structure.unit-line',
  description: 'a line that only names bodies ("Sở Tài chính", "Ủy ban nhân dân các xã:"), no marker, over dash points, after a heading or a finished sentence: an item heading like "1. Sở Tài chính" (two such lines or more in the text)',
} as const;

export const ACTIVITY_LINE_RULE = {
  id: 'structure.activity-line',
  description: 'a plan\'s activity title without a number ("Tổ chức hội thảo ...", no colon, no end mark) over its labels ("- Thời gian dự kiến: ...", "Đơn vị chủ trì: ..."): an item like "1. Tổ chức hội thảo ..." (two such titles or more in the text)',
} as const;

/** Starts of the lines in [from, to) that title an activity whose labels follow, without a number. */
export function activityLines(text: string, folded: string, from: number, to: number, marked: (line: string) => boolean): Set<number> {
  const ls = lines(text.slice(from, to));
  const out = new Set<number>();
  let prev = '';
  for (let i = 0; i < ls.length - 1; i++) {
    const l = ls[i]!;
    const t = l.text.trim();
    const before = prev;
    if (t) prev = l.text;
    if (!t || marked(l.text) || /[:.;!?]/.test(t.slice(-1)) || t.includes(':') || !/^\p{Lu}\p{Ll}/u.test(t)) continue;
    const words = t.split(/\s+/).length;
    if (words < 3 || words > 40) continue;
    // After a heading, a label line or a finished sentence (not a wrapped line of the title above).
    if (before && !marked(before) && !before.includes(':') && !/[.;!?][ \t]*$/.test(before)) continue;
    const next = ls[i + 1]!;
    const nextAt = from + next.start;
    const f = planFields(folded, nextAt, Math.min(to, nextAt + 600));
    if (!f || f.firstLabel > nextAt + (next.text.length - next.text.trimStart().length) + 2) continue;
    out.add(from + l.start);
  }
  return out.size >= 2 ? out : new Set();
}

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
