// A point that names its own doer (issue 9, letters31): "- Ban Thường vụ các huyện ủy, thành ủy chỉ đạo ...", "- Lãnh đạo
// các khoa quán triệt ...", "- Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm ...". The agency reader stops inside such
// a name (a title or a role it does not list, a second capitalised word after a comma), so the point kept its heading's
// lead. Here the doer is read as a noun phrase: a head or title word (agency-words.tsv `title`, `unit-role`, `owner`,
// `office`, `own-head`) and its complements, up to the verb that makes it the subject.
import { toItem, type AgencyItem } from '../agencies.js';
import { lexicon, phrase } from '../lexicon.js';

export const OWN_SUBJECT_RULE = {
  id: 'lead.point-own-subject',
  description: 'a point that opens with a head or title word ("Ban Thường vụ", "Lãnh đạo", "Thủ trưởng", "Giáo viên chủ nhiệm"; agency-words.tsv title, unit-role, owner, office, own-head) and its complements up to a verb of work, "có / chịu trách nhiệm" or "phải", in a point that inherits a lead from a heading or an addressee: that noun phrase leads, as printed (split where the same head opens again)',
} as const;

let reHead: RegExp | undefined;
/** "(Các) <head>" at the start of a folded string. */
const RE_HEAD = () =>
  (reHead ??= new RegExp(`^(?:cac[ \\t]+)?(${['title', 'unit-role', 'owner', 'office', 'own-head'].flatMap((k) => lexicon().agencyWords.get(k) ?? []).map((w) => phrase(w.join(' '))).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`));

// Words that turn what follows into an object or a circumstance, not a part of the name ("Lãnh đạo các khoa trong việc ...").
// (Matched as written: folded, "thì" is "Thị" and "được" is "dược".)
const RE_NOT_NAME = /^(?:trong|theo|để|nhằm|về|với|cho|khi|nếu|thì|đã|đang|được|bị|là|như|sau|trước|từ|đến)$/u;

/**
 * The doer named at `at` (the point's text, after its marker), or undefined. `verbAt(o)` says whether a verb that makes the
 * words before it the subject starts at `o` (a verb of work, "có / chịu trách nhiệm", a word of mood).
 */
export function pointOwnSubject(text: string, folded: string, at: number, limit: number, verbAt: (o: number) => boolean): { items: AgencyItem[]; end: number } | undefined {
  const ws = /^[ \t]*/.exec(text.slice(at, at + 8))![0].length;
  const s = at + ws;
  if (!/^\p{Lu}/u.test(text.slice(s, s + 1))) return undefined;
  const head = RE_HEAD().exec(folded.slice(s, Math.min(limit, s + 60)));
  // ("Trưởng" alone folds as "Trường hợp" does: a title of one word that reads as another noun is no head here.)
  if (!head || head[1] === 'truong') return undefined;
  const headWord = head[1]!;
  // Words after the head, up to the verb: within the sentence (no ".;:" nor blank line), at most 30 words.
  const seg = text.slice(s, Math.min(limit, s + 400));
  // (A line that opens with a capital starts anew: "3.1. Thư viện tỉnh" over "Chủ trì xây dựng ..." is a heading over its work.)
  const stop = seg.search(/[.;:!?()]|\n[ \t]*\n|\n[ \t]*(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)]|\p{Lu})/u);
  const end = stop < 0 ? seg.length : stop;
  let verb = -1;
  let words = 0;
  for (const m of seg.slice(0, end).matchAll(/[ \t\r\n]+(?=\S)/g)) {
    const o = m.index + m[0].length;
    if (o <= head[0].length) continue;
    if (++words > 30) return undefined;
    const w = /^[a-z]+/.exec(folded.slice(s + o, s + o + 12))?.[0] ?? '';
    const written = /^\p{L}+/u.exec(seg.slice(o, o + 12).normalize('NFC'))?.[0] ?? '';
    // (A verb word right after "các" or a comma is a noun of the list: "các cơ quan, tổ chức, đơn vị".)
    const listed = /(?:,|(?<![a-z])(?:cac|nhung|moi|tung))[ \t\r\n]+$/.test(folded.slice(s, s + o));
    // (The verb is written in small letters: "Trưởng ban Chỉ đạo ...: <members>" names a body, it assigns nothing.)
    if (!listed && /^\p{Ll}/u.test(seg.slice(o, o + 1)) && verbAt(s + o)) {
      verb = o;
      break;
    }
    if (RE_NOT_NAME.test(written)) return undefined;
    // After a comma the name goes on with another name ("Tỉnh ủy, Thành ủy") or a plural ("..., các tổng công ty"); a lower-case
    // word there opens a clause of work ("Lãnh đạo khoa trực tiếp quản lý ..., kiểm tra ..."): no doer read.
    if (/,[ \t\r\n]+$/.test(seg.slice(0, o)) && !/^\p{Lu}/u.test(seg.slice(o, o + 1)) && !/^(?:cac|nhung|tong|tung)$/.test(w)) return undefined;
  }
  if (verb < 0) return undefined;
  const name = seg.slice(0, verb).replace(/[\s,]+$/u, '');
  // The head alone before a comma is a verb ("Lãnh đạo, chỉ đạo ..."); a passive after the modal is no doer ("... phải được kiểm tra").
  if (/^[ \t]*,/.test(seg.slice(head[0].length))) return undefined;
  if (/^(?:phai|can|se|nen)[ \t]+(?:duoc|bi)(?![a-z])/.test(folded.slice(s + verb, s + verb + 16))) return undefined;
  // Split where the same head opens again after "," or ";" ("Thanh tra Chính phủ, Thanh tra các bộ ...").
  const items: AgencyItem[] = [];
  let from = 0;
  const again = new RegExp(`[ \\t]*[,;][ \\t\\r\\n]+(?=(?:cac[ \\t]+)?${phrase(headWord)}(?![a-z]))`, 'g');
  for (const m of folded.slice(s, s + name.length).matchAll(again)) {
    items.push(toItem(text, s + from, s + m.index));
    from = m.index + m[0].length;
  }
  items.push(toItem(text, s + from, s + name.length));
  return { items, end: s + verb };
}
