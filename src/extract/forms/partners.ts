// Coordinator forms of branch letters30 (issue 9): a task that names its partners in more than one clause. tasks.ts calls
// laterPartners once, where a task's coordinators are read (readTask).
import type { AgencyItem } from '../agencies.js';
import { coordinateList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { key } from '../text.js';

export const PARTNER_FORMS = [
  {
    id: 'coordinate.later-clauses',
    description: '"Chủ trì, phối hợp với A rà soát ...; phối hợp với B đề xuất ...": every clause or sentence of the task that opens with "phối hợp (chặt chẽ) với" names partners; all of them coordinate, in order (before: only the first clause\'s)',
  },
  {
    id: 'coordinate.agree-with',
    description: '"trao đổi, thống nhất với Bộ A và Bộ B để ...", "xây dựng kế hoạch phối hợp cụ thể với các bộ, ngành ...", "phối hợp cùng (với) Sở C": whom the work is agreed or planned with coordinates (a body named after the words; "thống nhất với đề xuất ..." names none)',
  },
  {
    id: 'coordinate.semicolon-partners',
    description: '"Phối hợp với Sở A; Sở B; các phòng, ban; Ủy ban nhân dân các xã tham mưu ...": semicolons right after the partners\' names part the list, as commas do; the clause goes on to the verb after the last one (before: the list, and the clause, ended at the first semicolon)',
  },
] as const;

// Other words of working with someone, anywhere in the task (folded): "thống nhất với" (not the noun "sự thống nhất với",
// said of a condition), "phối hợp cụ thể với", "phối hợp cùng (với)".
const RE_AGREE = /(?<![a-z])(?<!su[ \t\r\n])(?:thong[ \t\r\n]{1,3}nhat|phoi[ \t\r\n]{1,3}hop[ \t\r\n]{1,3}cu[ \t\r\n]{1,3}the)[ \t\r\n]{1,3}voi[ \t\r\n]{1,3}|(?<![a-z])phoi[ \t\r\n]{1,3}hop[ \t\r\n]{1,3}cung(?:[ \t\r\n]{1,3}voi)?[ \t\r\n]{1,3}/g;

// "phối hợp (chặt chẽ | thường xuyên) với" opening a clause: after ";" or a sentence's end, maybe after "chủ động",
// "đồng thời", "tích cực" (folded text).
const RE_LATER = /[;.][ \t\r\n]{1,3}(?:(?:chu dong|dong thoi,?|tich cuc|tiep tuc)[ \t\r\n]{1,3})?phoi[ \t\r\n]{1,3}hop(?:[ \t\r\n]{1,3}(?:chat[ \t\r\n]{1,3}che|thuong[ \t\r\n]{1,3}xuyen))?[ \t\r\n]{1,3}voi[ \t\r\n]{1,3}/g;

/** coordinate.later-clauses: the partners named by the task's later clauses ("...; phối hợp với B ..."), those already
 *  read left out. `from`..`to` is the task's own text (folded offsets = text offsets). */
export function laterPartners(text: string, folded: string, gaz: Gazetteer, from: number, to: number, have: AgencyItem[]): AgencyItem[] {
  const out: AgencyItem[] = [];
  const seen = new Set(have.map((a) => key(a.name)));
  const seg = folded.slice(from, to);
  // (coordinate.agree-with: a body's name, capitalised, or a collective "các ...", follows; "thống nhất với đề xuất" names none.)
  const named = (at: number) => /^(?:\p{Lu}|các\s)/u.test(text.slice(at, at + 4));
  const starts = [
    ...[...seg.matchAll(RE_LATER)].map((m) => from + m.index + m[0].length),
    ...[...seg.matchAll(RE_AGREE)].map((m) => from + m.index + m[0].length).filter(named),
  ].sort((a, b) => a - b);
  for (const at of starts) {
    // The clause ends at the next ";" or sentence end: the list never runs into the next clause.
    const end = /;|\.(?=\s|$)/.exec(text.slice(at, to));
    const l = coordinateList(text, folded, at, gaz, end ? end.index : to - at);
    for (const a of l.items) {
      if (seen.has(key(a.name))) continue;
      seen.add(key(a.name));
      out.push(a);
    }
  }
  return out;
}

/** coordinate.semicolon-partners: the partners after "phối hợp với" at `at`, read across semicolons that come right after a name
 *  ("với Sở A; Sở B; các phòng, ban tham mưu ..."), when the list up to the clause's first semicolon at `clause` ends
 *  at it; otherwise `first`. A partner's clause cannot end with the names alone: the work follows. Not inside brackets
 *  ("(Giao X chủ trì, phối hợp với Y; Z tham mưu)": the bracket holds clauses of its own). `from`: where the task's text starts. */
export function partnersAcrossSemicolons(text: string, folded: string, gaz: Gazetteer, at: number, first: { items: AgencyItem[]; end: number }, clause: number, to: number, from = at): { items: AgencyItem[]; end: number } {
  if (text[clause] !== ';') return first;
  const head = text.slice(from, at);
  if ((head.match(/\(/g) ?? []).length > (head.match(/\)/g) ?? []).length) return first;
  const full = coordinateList(text, folded, at, gaz, to - at);
  const before = full.items.filter((i) => i.span && i.span.end <= clause);
  const last = before[before.length - 1];
  if (!last?.span || !full.items.some((i) => i.span && i.span.start > clause) || !/^[ \t]*$/.test(text.slice(last.span.end, clause))) return first;
  return full.items.length > first.items.length ? full : first;
}
