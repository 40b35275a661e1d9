// Who leads an item whose subject stands after an opening clause (issue 9, plans6): "Căn cứ nội dung Kế hoạch, các sở,
// ngành và Ủy ban nhân dân các xã có trách nhiệm ...", "Trên cơ sở nội dung Kế hoạch, các sở, ban, ngành căn cứ ...";
// or whose subject is followed by one ("Sở Tài chính, trên cơ sở đề xuất của các cơ quan, chủ trì tổng hợp ...").
import type { AgencyItem } from '../agencies.js';
import { agencyList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lexicon, phrase } from '../lexicon.js';
import type { Rule } from '../rules.js';

export interface OpeningContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  from: number;
  to: number;
}

export interface OpeningLead {
  items: AgencyItem[];
  actionFrom: number;
}

const W = '[ \\t\\r\\n]+';
// lead.opener-verb: "theo dõi, đôn đốc ..." is a verb that folds like the opener "theo": an item that opens with it has no
// opening clause.
const OPENERS = new RegExp(`^(?:can${W}cu|tren${W}co${W}so|theo(?!${W}doi(?![a-z]))|sau${W}khi|de|doi${W}voi)(?![a-z])`);
let reVerb: RegExp | undefined;
/** After the subject: a verb that makes it one ("chủ trì", "có trách nhiệm", "xây dựng" ...), within the clause. */
const RE_VERB_AFTER = () =>
  (reVerb ??= new RegExp(`^[ \\t\\r\\n]{0,3}(?:(?:${[...lexicon().afterVerbs, ...lexicon().againVerbs, 'co trach nhiem', 'can cu'].map(phrase).join('|')})(?![a-z]))`));

let reNarrowed: RegExp | undefined;
/** "<collective> có <words> <verb>": the clause on "có" that narrows a collective, up to its verb (built once). */
const RE_NARROWED = () =>
  (reNarrowed ??= new RegExp(`^[ \\t\\r\\n]+co${W}(?!trach${W}nhiem)[^,;.:]{3,80}?(?=[ \\t\\r\\n]+(?:${lexicon().startVerbs.map(phrase).join('|')})(?![a-z]))`));

/** The end of the first sentence of [from, to): a full stop, semicolon or colon before white space. */
function sentenceEnd(folded: string, from: number, to: number): number {
  const m = /[.;:](?=\s)/.exec(folded.slice(from, Math.min(to, from + 600)));
  return m ? from + m.index : Math.min(to, from + 600);
}

function skipSpace(text: string, at: number, end: number): number {
  while (at < end && /[\s,]/.test(text[at]!)) at++;
  return at;
}

/** The subject after an opening clause that one of `openers` starts: each comma after it in turn, a list of bodies and then its verb. */
function afterOpener(openers: RegExp, { text, folded, gaz, from, to }: OpeningContext): OpeningLead | null | undefined {
  const s = skipSpace(text, from, to);
  const end = sentenceEnd(folded, s, to);
  const own = folded.slice(s, end);
  if (!openers.test(own)) return undefined;
  for (const m of own.matchAll(/,/g)) {
    const at = skipSpace(text, s + m.index, end);
    // "Theo hướng dẫn ... phối hợp Sở A, Công an tỉnh thực hiện ...": bodies after "phối hợp" work with whoever leads.
    if (new RegExp(`phoi${W}hop`).test(folded.slice(s, at))) return null;
    const l = agencyList(text, folded, at, gaz, end - at);
    if (!l.items.length || l.items[0]!.span.start > at + 4) continue;
    const rest = folded.slice(l.end, end);
    // "... các sở, ngành được phân công chủ trì ... có trách nhiệm ...": a clause on the subject before its verb.
    if (!RE_VERB_AFTER().test(rest) && !(new RegExp(`^[ \\t\\r\\n]*duoc${W}`).test(rest) && new RegExp(`co${W}trach${W}nhiem`).test(rest))) continue;
    return { items: l.items, actionFrom: skipSpace(text, l.end, end) };
  }
  return null;
}

// lead.time-opening: "Định kỳ 6 tháng, hằng năm, Sở X tổng hợp ...", "Trước ngày 15/12 hằng năm, các sở báo cáo ...": when the work
// falls due, said before its subject. (Not "Trong quá trình thực hiện, nếu có vướng mắc, ...": a condition, not a time.)
const TIME_OPENERS = new RegExp(`^(?:dinh${W}ky|hang${W}(?:nam|quy|thang|tuan)|truoc${W}ngay|cham${W}nhat|(?:trong${W})?(?:nam|quy${W}[ivx]+)${W}(?:nam${W})?\\d)(?![a-z])`);

/** lead.time-opening: the subject after an opening that says when, when there is one. */
export function subjectAfterTime(ctx: OpeningContext): OpeningLead | undefined {
  return afterOpener(TIME_OPENERS, ctx) ?? undefined;
}

/** The subject after an opening clause of grounds (lead.after-opening) or of time (lead.time-opening), when there is one. */
export function subjectAfterOpening(ctx: OpeningContext): OpeningLead | undefined {
  return afterOpener(OPENERS, ctx) ?? afterOpener(TIME_OPENERS, ctx) ?? undefined;
}

export const OPENING_LEAD_RULES: readonly Rule<OpeningContext, OpeningLead>[] = [
  {
    id: 'lead.after-opening',
    description: 'the subject after an opening clause and its comma ("Căn cứ ..., các sở, ngành ... có trách nhiệm ...", "Trên cơ sở ..., các sở ... căn cứ ..."), or a subject with a clause between it and its verb ("Sở Tài chính, trên cơ sở ..., chủ trì ..."): it leads',
    apply: (ctx) => {
      const { text, folded, gaz, from, to } = ctx;
      const s = skipSpace(text, from, to);
      const end = sentenceEnd(folded, s, to);
      const opened = afterOpener(OPENERS, ctx);
      if (opened !== undefined) return opened ?? undefined;
      // "Sở Tài chính, trên cơ sở ..., chủ trì ...".
      const l = agencyList(text, folded, s, gaz, end - s);
      if (!l.items.length || l.items[0]!.span.start > s + 4) return undefined;
      const after = folded.slice(l.end, end);
      if (!new RegExp(`^[ \\t\\r\\n]*,[ \\t\\r\\n]*(?:tren${W}co${W}so|can${W}cu|theo|sau${W}khi)(?![a-z])`).test(after)) return undefined;
      // The verb after one of the clause's commas, within 200 characters.
      for (const m of after.slice(0, 240).matchAll(/,/g)) {
        if (m.index === after.indexOf(',')) continue;
        if (RE_VERB_AFTER().test(after.slice(m.index + 1))) return { items: l.items, actionFrom: skipSpace(text, l.end, end) };
      }
      return undefined;
    },
  },
  {
    id: 'lead.relative-subject',
    description: 'a subject whose head is followed by a clause on it ("được phân công ...", "được giao ...") before "có trách nhiệm" or "phải", or a collective narrowed by "có ..." before its verb: the whole phrase leads ("Các đơn vị được giao chủ trì nội dung của Kế hoạch có trách nhiệm lập ...", "Cơ quan chủ trì soạn thảo phải ...", "Ủy ban nhân dân các tỉnh có dự án đi qua khẩn trương ...")',
    apply: ({ text, folded, gaz, from, to }) => {
      const s = skipSpace(text, from, to);
      const end = sentenceEnd(folded, s, to);
      const l = agencyList(text, folded, s, gaz, end - s);
      // A bare head ("Cơ quan được giao chủ trì soạn thảo ... phải ..."): no body name, the clause names it.
      const bare = /^(?:co[ \t\r\n]+quan|don[ \t\r\n]+vi|to[ \t\r\n]+chuc)(?=[ \t\r\n]+(?:duoc|chu[ \t\r\n]+tri)[ \t\r\n])/.exec(folded.slice(s, end));
      const headEnd = bare ? s + bare[0].length : l.end;
      if (!bare && (l.items.length !== 1 || l.items[0]!.span.start > s + 4)) return undefined;
      const after = folded.slice(headEnd, end);
      let m = new RegExp(`^[ \\t\\r\\n]+(?:duoc${W}|chu${W}tri${W})[^,;.]{3,160}?[ \\t\\r\\n]+(?=(?:co${W}trach${W}nhiem|phai)(?![a-z]))`).exec(after);
      // A collective narrowed by "có ..." before its verb: "Ủy ban nhân dân các tỉnh có dự án đi qua khẩn trương ...".
      const collective = !bare && /^(?:cac|uy ban nhan dan cac|ubnd cac|chu tich uy ban nhan dan cac)[ \t]/.test(folded.slice(s, s + 40));
      if (!m && collective) {
        const has = RE_NARROWED().exec(after);
        if (has) m = has;
      }
      if (!m || (!bare && !/^[ \t\r\n]+(?:duoc|co)/.test(m[0]))) return undefined;
      const stop = headEnd + m[0].length;
      const name = text.slice(s, stop).replace(/\s+/g, ' ').trim();
      if (name.split(' ').length > 20) return undefined;
      // "... phải lấy ý kiến": the modal is how the work is owed, not the work.
      const modal = /^phai[ \t\r\n]+/.exec(folded.slice(stop, stop + 8));
      return { items: [{ name, canonical: null, span: { start: s, end: stop } }], actionFrom: stop + (modal ? modal[0].length : 0) };
    },
  },
];

/**
 * lead.assigned-persons: "Phân công các đồng chí Phó Thủ tướng theo dõi ..., cụ thể: Phó Thủ tướng A tỉnh X, Phó Thủ tướng B
 * tỉnh Y": the title the assignment names, then after its colon each person who holds it (a title, a few words of its
 * office, a known surname and the capitalised rest of the name), one lead each. Two persons at least.
 */
export const ASSIGNED_PERSONS: Rule<OpeningContext, OpeningLead> = {
  id: 'lead.assigned-persons',
  description: '"Phân công các đồng chí Phó Thủ tướng ... theo dõi ..., cụ thể: Phó Thủ tướng A tỉnh X, Phó Thủ tướng B tỉnh Y": each person named with the title after the colon leads (two or more)',
  apply: ({ text, folded, gaz, from, to }) => {
    const m = new RegExp(`^[ \\t\\r\\n]{0,3}phan${W}cong${W}(?:cac${W})?(?:dong${W}chi${W})?`).exec(folded.slice(from, from + 40));
    if (!m) return undefined;
    const at = from + m[0].length;
    const words = (s: number, e: number) => [...folded.slice(s, e).matchAll(/[a-z0-9]+/g)].map((w) => ({ k: w[0], s: s + w.index, e: s + w.index + w[0].length }));
    const head = words(at, Math.min(to, at + 40));
    let n = 0;
    for (let k = 4; k >= 1 && !n; k--) if (head.length >= k && lexicon().titles.has(head.slice(0, k).map((w) => w.k).join(' '))) n = k;
    if (!n) return undefined;
    const title = head.slice(0, n).map((w) => w.k);
    const colon = folded.indexOf(':', head[n - 1]!.e);
    if (colon < 0 || colon >= to) return undefined;
    const ws = words(colon + 1, to);
    const upper = (w: { s: number }) => /^\p{Lu}/u.test(text[w.s]!);
    const joined = (a: { e: number }, b: { s: number }) => /^[ \t\r\n]+$/.test(text.slice(a.e, b.s));
    const items: AgencyItem[] = [];
    for (let k = 0; k < ws.length; k++) {
      if (!title.every((t, d) => ws[k + d]?.k === t) || !upper(ws[k]!)) continue;
      let j = k + n;
      while (j < k + n + 5 && ws[j] && !(upper(ws[j]!) && lexicon().surnames.has(ws[j]!.k))) j++;
      if (!ws[j] || !upper(ws[j]!) || !lexicon().surnames.has(ws[j]!.k)) continue;
      let e = j + 1;
      while (e < j + 4 && ws[e] && upper(ws[e]!) && joined(ws[e - 1]!, ws[e]!)) e++;
      if (e - j < 2) continue;
      const span = { start: ws[k]!.s, end: ws[e - 1]!.e };
      items.push({ name: text.slice(span.start, span.end).replace(/\s+/g, ' '), canonical: null, span });
      k = e - 1;
    }
    // (The action starts after the body the title serves: "Phó Thủ tướng Chính phủ tiếp tục ...".)
    let act = head[n - 1]!.e;
    for (let k = 3; k >= 1; k--) {
      const body = head.slice(n, n + k);
      if (body.length === k && upper(body[0]!) && gaz.lookup(text.slice(body[0]!.s, body[k - 1]!.e))) {
        act = body[k - 1]!.e;
        break;
      }
    }
    return items.length >= 2 ? { items, actionFrom: act } : undefined;
  },
};

/**
 * agency.addressee-longer: a name read short because its last words read as a verb ("Cục Kết cấu hạ tầng" before "xây dựng",
 * "Văn phòng Ban" before "chỉ đạo ...") runs on as the addressee list prints it: when the words after the name's last three
 * are, in the addressees' lines, the rest of a name up to its comma or semicolon, and the text goes on with them, the name
 * ends after them. Returns the new end of the name (span.end when it does not run on).
 */
export function addresseeTail(folded: string, spans: { start: number; end: number }[], span: { start: number; end: number }): number {
  if (!spans.length) return span.end;
  const from = Math.min(...spans.map((s) => s.start));
  let to = Math.max(...spans.map((s) => s.end));
  const nl = folded.indexOf('\n', to);
  to = nl < 0 ? folded.length : nl;
  if (span.start >= from && span.start < to) return span.end;
  const words = folded.slice(span.start, span.end).match(/[a-z0-9]+/g) ?? [];
  if (words.length < 2) return span.end;
  const tail = words.slice(-3).join(`${W}`);
  const re = new RegExp(`(?<![a-z0-9])${tail}((?:${W}[a-z0-9]+){1,8}?)[ \\t]*(?=[,;.:)]|\\n[ \\t]*[-–+•]|$)`, 'g');
  for (const m of folded.slice(from, to).matchAll(re)) {
    const rest = m[1]!.trim().split(/[ \t\r\n]+/).join(W);
    const on = new RegExp(`^${W}${rest}(?![a-z0-9])`).exec(folded.slice(span.end, span.end + 200));
    if (on) return span.end + on[0].length;
  }
  return span.end;
}
