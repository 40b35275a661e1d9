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
  reLabel = new RegExp(`(?:^|\\n|[.;])[ \\t]{0,8}(?:[-–+•*][ \\t]{0,3}|[a-zđ]\\)[ \\t]{0,3})?(${all.map(phrase).join('|')})[ \\t]{0,3}:`, 'g');
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
  const hits: { role: string; at: number; valueAt: number }[] = [];
  for (const m of seg.matchAll(re)) {
    const role = roleOf(m[1]!);
    if (!role) continue;
    hits.push({ role, at: from + m.index + m[0].indexOf(m[1]!), valueAt: from + m.index + m[0].length });
  }
  if (!hits.some((h) => h.role === 'lead' || h.role === 'deadline' || h.role === 'coordinate')) return undefined;
  const values = new Map<string, Span>();
  hits.forEach((h, i) => {
    let end = hits[i + 1] ? hits[i + 1]!.at : to;
    // Back over the next label's dash and white space, and its letter marker ("... Sở Tài chính.\n\nc) Thời gian thực hiện:").
    for (;;) {
      while (end > h.valueAt && /[\s\-–+•*]/.test(folded[end - 1]!)) end--;
      const marker = /(?:^|[\s.;])[a-zđ]\)$/.exec(folded.slice(Math.max(h.valueAt, end - 3), end));
      if (!marker || end - 2 < h.valueAt) break;
      end -= 2;
    }
    // "b) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở X.": an empty value gives way to the next label of its role.
    const had = values.get(h.role);
    if (!had || !/[\p{L}\d]/u.test(folded.slice(had.start, had.end))) values.set(h.role, { start: h.valueAt, end });
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

/** Lead, coordinators and deadline of a block from its labels (and its title, for coordinators without a label). */
export function planTaskParts(c: PlanContext, f: PlanFields, title?: Span): { lead: AgencyItem[]; coordinate: AgencyItem[]; deadline: Task['deadline'] } {
  const v = (role: string) => (f.values.has(role) ? [f.values.get(role)!] : undefined);
  const deadline = cellDeadline({ text: c.text, year: c.year }, v('deadline'));
  let lead = bodiesIn({ text: c.text, gaz: c.gaz }, v('lead'));
  // "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ...; Sở Tư pháp ... chủ động ...": a sentence, not a list of names:
  // the bodies it opens with lead.
  const lv = f.values.get('lead');
  if (!lead.length && lv) {
    let at = lv.start;
    while (at < lv.end && /\s/.test(c.text[at]!)) at++;
    lead = agencyList(c.text, fold(c.text.slice(0, lv.end)), at, c.gaz, lv.end - at).items.map((i) => ({ ...i, name: upperFirst(inFull(i.name)) }));
  }
  return {
    lead,
    coordinate: f.values.has('coordinate') || !title ? bodiesIn({ text: c.text, gaz: c.gaz }, v('coordinate')) : (PLAN_TITLE_COORDINATE.apply(c, title) ?? []),
    deadline: deadline && { ...deadline, rule: 'deadline.plan-label' },
  };
}
