// Kế hoạch task blocks: an item whose lead, coordinators and deadline are given
// by labels ("Cơ quan chủ trì: Sở Nội vụ.", "Đơn vị thực hiện: ...", "Cơ quan phối
// hợp: ...", "Thời gian hoàn thành: Quý II/2025", "Sản phẩm: ..."), on lines of
// their own (with or without a dash) or inline. The item is one task; its title
// (or its "Nội dung:") is the action.
import type { Span } from '../../layer.js';
import type { AgencyItem } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { agencyList } from '../agencies.js';
import { inFull, lexicon, phrase } from '../lexicon.js';
import { fold, upperFirst } from '../text.js';
import { bodiesIn, cellDeadline } from './table.js';
import type { Task } from '../../schema.js';

export interface PlanFields {
  /** Label role -> the value's span. */
  values: Map<string, Span>;
  /** Where the first label starts: the title ends there. */
  firstLabel: number;
}

let reLabel: RegExp | undefined;
function RE_LABEL(): RegExp {
  if (reLabel) return reLabel;
  const all = lexicon().planLabels.flatMap(([, ls]) => ls).sort((a, b) => b.length - a.length);
  // At a line start (after a dash or letter marker) or after a sentence end; then a colon.
  // (plan.label-footnote-mark: a footnote star may stand before the colon, "Thời gian thực hiện*:".)
  // plan.bracket-labels: also after an opening bracket ("Nâng cấp ... (Đơn vị thực hiện: Sở X; thời gian: năm 2026)").
  reLabel = new RegExp(`(?:^|\\n|[.;(])[ \\t]{0,8}(?:[-–+•*][ \\t]{0,3}|[a-zđ]\\)[ \\t]{0,3})?(${all.map(phrase).join('|')})[ \\t]{0,3}\\*{0,2}[ \\t]{0,3}:`, 'g');
  return reLabel;
}

function roleOf(label: string): string | undefined {
  const k = label.replace(/[ \t\r\n]+/g, ' ');
  return lexicon().planLabels.find(([, ls]) => ls.includes(k))?.[0];
}

/** Labels in folded[from, to): each role's value runs to the next label. */
export function planFields(folded: string, from: number, to: number): PlanFields | undefined {
  const re = RE_LABEL();
  const seg = folded.slice(from, to);
  const hits: { role: string; at: number; valueAt: number; label: string }[] = [];
  for (const m of seg.matchAll(re)) {
    const role = roleOf(m[1]!);
    if (!role) continue;
    const bracket = seg[m.index] === '(';
    hits.push({ role, at: from + m.index + (bracket ? 0 : m[0].indexOf(m[1]!)), valueAt: from + m.index + m[0].length, label: m[1]!.replace(/\s+/g, ' ') });
  }
  if (!hits.some((h) => h.role === 'lead' || h.role === 'deadline' || h.role === 'coordinate')) return undefined;
  const values = new Map<string, Span>();
  hits.forEach((h, i) => {
    let end = hits[i + 1] ? hits[i + 1]!.at : to;
    // Back over the next label's dash and white space, and its letter marker ("... Sở Tài chính.\n\nc) Thời gian thực hiện:").
    for (;;) {
      while (end > h.valueAt && /[\s\-–+•*]/.test(folded[end - 1]!)) end--;
      const marker = /(?:^|[\s.;])[a-zđ]\)$/.exec(folded.slice(Math.max(h.valueAt, end - 3), end));
      // plan.label-page-number: a page number on its own line between two labels ("... phường.\n\n3\n\n- Bộ phận ...") ends no value.
      const page = /\n[ \t]*\d{1,3}$/.exec(folded.slice(Math.max(h.valueAt, end - 6), end));
      if (page && end - page[0].length > h.valueAt) {
        end -= page[0].length;
        continue;
      }
      if (!marker || end - 2 < h.valueAt) break;
      end -= 2;
    }
    // plan.bracket-labels: a value ends at a closing bracket it did not open.
    let depth = 0;
    for (let k = h.valueAt; k < end; k++) {
      if (folded[k] === '(') depth++;
      else if (folded[k] === ')' && depth-- === 0) {
        end = k;
        while (end > h.valueAt && /[\s.;,]/.test(folded[end - 1]!)) end--;
        break;
      }
    }
    // "b) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở X.": an empty value gives way to the next label of its role.
    const had = values.get(h.role);
    const filled = had && /[\p{L}\d]/u.test(folded.slice(had.start, had.end));
    if (!filled) values.set(h.role, { start: h.valueAt, end });
    // plan.host-and-doer: "Đơn vị chủ trì: Sở X." then "Đơn vị thực hiện: Bảo tàng Y.": who carries it out leads beside the host.
    else if (h.role === 'lead' && /thuc hien$/.test(h.label) && !/chu tri/.test(h.label) && hits.some((o) => o.role === 'lead' && /chu tri/.test(o.label)) && !values.has('doer'))
      values.set('doer', { start: h.valueAt, end });
  });
  return { values, firstLabel: hits[0]!.at };
}

export interface PlanContext {
  text: string;
  gaz: Gazetteer;
  year: number | null;
}

/** coordinate.plan-title: a block without a coordinators label whose title says whom it works with ("Phối hợp với
 *  Sở Tư pháp rà soát ...", "Chủ trì, phối hợp với Sở X ..."): those bodies coordinate. */
export const PLAN_TITLE_COORDINATE = {
  id: 'coordinate.plan-title',
  description: 'a plan block without a coordinators label: the bodies after "phối hợp (với)" in its title coordinate',
  apply: (c: PlanContext, title: Span): AgencyItem[] | undefined => {
    const f = fold(c.text.slice(title.start, title.end)).toLowerCase();
    const m = /(?<![a-z])phoi[ \t\r\n]+hop(?:[ \t\r\n]+chat[ \t\r\n]+che)?(?:[ \t\r\n]+voi)?[ \t\r\n]+/.exec(f);
    if (!m) return undefined;
    const at = title.start + m.index + m[0].length;
    const items = agencyList(c.text, fold(c.text.slice(0, title.end)), at, c.gaz, title.end - at).items;
    return items.length && items[0]!.span.start <= at + 4 ? items.map((i) => ({ ...i, name: upperFirst(inFull(i.name)) })) : undefined;
  },
};

const W = '[ \\t\\r\\n]{1,3}';
const RE_CHU_TRI_WORD = new RegExp(`[ \\t\\r\\n(]{1,3}chu${W}tri(?:${W}thuc${W}hien)?[ \\t)]{0,2}(?=[,;.]|$)`);
const RE_THEN_PARTNER = new RegExp(`^[ \\t\\r\\n,;]{0,4}phoi${W}hop(?:${W}voi)?${W}`);
const RE_PARTNER_TAIL = new RegExp(`[ \\t\\r\\n(]{1,3}(?:cung${W})?phoi${W}hop(?:${W}thuc${W}hien)?[ \\t)]{0,2}[.;]?[ \\t]*$`);

/** plan.label-roles: a lead label whose value says who leads and who works with it ("Trách nhiệm: Sở X chủ trì, Sở Y phối
 *  hợp", "Sở X (chủ trì), Sở Y (phối hợp)"): X leads, Y coordinates. */
export const PLAN_LABEL_ROLES = {
  id: 'plan.label-roles',
  description: 'a lead label whose value names the lead with "chủ trì" and the partners with "phối hợp" ("Trách nhiệm: Sở X chủ trì, Sở Y phối hợp"): X leads, Y coordinates',
  apply: (c: PlanContext, v: Span): { lead: AgencyItem[]; coordinate: AgencyItem[] } | undefined => {
    const f = fold(c.text.slice(v.start, v.end)).toLowerCase();
    const m = RE_CHU_TRI_WORD.exec(f);
    if (!m || m.index < 3) return undefined;
    const ctx = { text: c.text, gaz: c.gaz };
    const lead = bodiesIn(ctx, [{ start: v.start, end: v.start + m.index }]);
    if (!lead.length) return undefined;
    const restAt = m.index + m[0].length;
    const then = RE_THEN_PARTNER.exec(f.slice(restAt));
    let partners: Span | undefined;
    if (then) partners = { start: v.start + restAt + then[0].length, end: v.end };
    else {
      const tail = RE_PARTNER_TAIL.exec(f.slice(restAt));
      if (tail) partners = { start: v.start + restAt + (/^[ \t\r\n,;]*/.exec(f.slice(restAt))![0].length), end: v.start + restAt + tail.index };
      // plan.label-roles-rest: "Đơn vị thực hiện: X (chủ trì), Y, Z": the bodies listed after the lead's mark work with it.
      const rest = tail ? null : /^[ \t\r\n]*[,;][ \t\r\n]*/.exec(f.slice(restAt));
      if (rest) partners = { start: v.start + restAt + rest[0].length, end: v.end };
    }
    if (!partners) return undefined;
    const coordinate = bodiesIn(ctx, [partners]);
    return coordinate.length ? { lead, coordinate } : undefined;
  },
};

/** lead.bracket-chu-tri: an activity followed by a bracket that says who leads ("Tập huấn ... (Sở X chủ trì; hoàn thành
 *  trong Quý III/2026)"; "phối hợp với Y" after "chủ trì", or "(Sở X chủ trì; Sở Y phối hợp)"): X leads, Y coordinates, the
 *  activity before the bracket is the action. Looks in the first sentence of [from, to). */
export const BRACKET_LEAD = {
  id: 'lead.bracket-chu-tri',
  description: 'an activity with a bracket "(X chủ trì ...)" after it, partners after "phối hợp (với)": X leads, Y coordinates, the action ends before the bracket',
  apply: (c: PlanContext & { folded: string }, from: number, to: number): { lead: AgencyItem[]; coordinate: AgencyItem[]; at: number; id: string } | undefined => {
    const folded = c.folded;
    const stop = /\.(?=\s|$)/.exec(c.text.slice(from, to));
    const end = stop ? from + stop.index : to;
    // A bracket that names who leads is short: its list is read over at most 300 characters, and only the first 20
    // brackets are tried, so a long run of unclosed brackets stays linear (test/extract/guard.test.ts).
    let tried = 0;
    for (let at = c.text.indexOf('(', from); at >= 0 && at < end && tried++ < 20; at = c.text.indexOf('(', at + 1)) {
      if (!c.text.slice(from, at).trim()) continue;
      const close = c.text.indexOf(')', at);
      const inner = Math.min(close < 0 || close > to ? to : close, at + 301);
      const l = agencyList(c.text, folded, at + 1, c.gaz, inner - at - 1);
      if (!l.items.length) continue;
      // lead.bracket-thuc-hien: "(X thực hiện)", "(X thực hiện, thường xuyên)": the verb closes the bracket or a clause of it.
      const chuTri = new RegExp(`^${W}chu${W}tri(?:${W}thuc${W}hien)?(?![a-z])`).exec(folded.slice(l.end, inner));
      const ct = chuTri ?? new RegExp(`^${W}thuc${W}hien(?=[ \\t]{0,2}(?:[,;)]|$))`).exec(folded.slice(l.end, inner));
      if (!ct) continue;
      const lead = l.items.map((i) => ({ ...i, name: upperFirst(inFull(i.name)) }));
      const rest = l.end + ct[0].length;
      let coordinate: AgencyItem[] = [];
      const then = RE_THEN_PARTNER.exec(folded.slice(rest, inner));
      if (then) coordinate = agencyList(c.text, folded, rest + then[0].length, c.gaz, inner - rest - then[0].length).items;
      else {
        // "(Sở X chủ trì; Sở Y, Sở Z phối hợp)".
        const sep = /^[ \t]{0,2}[,;][ \t\r\n]{0,3}/.exec(folded.slice(rest, inner));
        const p = sep ? agencyList(c.text, folded, rest + sep[0].length, c.gaz, inner - rest - sep[0].length) : undefined;
        if (p?.items.length && new RegExp(`^${W}(?:cung${W})?phoi${W}hop(?![a-z])`).test(folded.slice(p.end, inner))) coordinate = p.items;
      }
      return { lead, coordinate: coordinate.map((i) => ({ ...i, name: upperFirst(inFull(i.name)) })), at, id: chuTri ? 'lead.bracket-chu-tri' : 'lead.bracket-thuc-hien' };
    }
    return undefined;
  },
};

/** lead.plan-person: a lead label whose value is a person by office ("Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách
 *  lĩnh vực ..."): the office as printed, without "Đồng chí", is the one lead (a comma inside it is no list). */
export const PLAN_PERSON_LEAD = {
  id: 'lead.plan-person',
  description: 'a lead label whose value opens with "Đồng chí" / "đ/c" and a title: the title as printed (commas kept, "Đồng chí" dropped) is the one lead',
  apply: (c: PlanContext, v: Span): AgencyItem[] | undefined => {
    const raw = c.text.slice(v.start, v.end);
    const m = /^[ \t]*(?:đồng chí|đ\/c)[ \t]+(?=\p{Lu})/iu.exec(raw);
    if (!m) return undefined;
    // (Its line: a next line that no label opens, "- Kết quả: ...", is not part of it.)
    const name = raw.slice(m[0].length).split('\n')[0]!.replace(/[\s.;,]+$/u, '');
    if (!name || /;/.test(name) || name.split(/\s+/).length > 24) return undefined;
    const start = v.start + m[0].length;
    return [{ name: upperFirst(name), canonical: null, span: { start, end: start + name.length } }];
  },
};

/** Lead, coordinators and deadline of a block from its labels (and its title, for coordinators without a label). */
export function planTaskParts(c: PlanContext, f: PlanFields, title?: Span): { lead: AgencyItem[]; coordinate: AgencyItem[]; deadline: Task['deadline'] } {
  const v = (role: string) => (f.values.has(role) ? [f.values.get(role)!] : undefined);
  const deadline = cellDeadline({ text: c.text, year: c.year }, v('deadline'));
  const roles = f.values.has('lead') ? PLAN_LABEL_ROLES.apply(c, f.values.get('lead')!) : undefined;
  if (roles) {
    const more = f.values.has('coordinate') ? bodiesIn({ text: c.text, gaz: c.gaz }, v('coordinate')) : [];
    return { lead: roles.lead, coordinate: [...roles.coordinate, ...more.filter((a) => !roles.coordinate.some((r) => fold(r.name).toLowerCase() === fold(a.name).toLowerCase()))], deadline: deadline && { ...deadline, rule: 'deadline.plan-label' } };
  }
  const person = f.values.has('lead') ? PLAN_PERSON_LEAD.apply(c, f.values.get('lead')!) : undefined;
  let lead = person ?? bodiesIn({ text: c.text, gaz: c.gaz }, v('lead'));
  // "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ...; Sở Tư pháp ... chủ động ...": a sentence, not a list of names:
  // the bodies it opens with lead.
  const lv = f.values.get('lead');
  if (!lead.length && lv) {
    let at = lv.start;
    while (at < lv.end && /\s/.test(c.text[at]!)) at++;
    lead = agencyList(c.text, fold(c.text.slice(0, lv.end)), at, c.gaz, lv.end - at).items.map((i) => ({ ...i, name: upperFirst(inFull(i.name)) }));
  }
  if (f.values.has('doer') && lead.length) {
    const doers = bodiesIn({ text: c.text, gaz: c.gaz }, v('doer'));
    const same = (a: AgencyItem, b: AgencyItem) => fold(a.name).toLowerCase() === fold(b.name).toLowerCase();
    lead = [...lead, ...doers.filter((d) => !lead.some((l) => same(l, d)))];
  }
  return {
    lead,
    coordinate: f.values.has('coordinate') || !title ? bodiesIn({ text: c.text, gaz: c.gaz }, v('coordinate')) : (PLAN_TITLE_COORDINATE.apply(c, title) ?? []),
    deadline: deadline && { ...deadline, rule: 'deadline.plan-label' },
  };
}
