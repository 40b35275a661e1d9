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
    // Back over the next label's dash and white space.
    while (end > h.valueAt && /[\s\-–+•*]/.test(folded[end - 1]!)) end--;
    if (!values.has(h.role)) values.set(h.role, { start: h.valueAt, end });
  });
  return { values, firstLabel: hits[0]!.at };
}

export interface PlanContext {
  text: string;
  gaz: Gazetteer;
  year: number | null;
}

/** Lead, coordinators and deadline of a block from its labels. */
export function planTaskParts(c: PlanContext, f: PlanFields): { lead: AgencyItem[]; coordinate: AgencyItem[]; deadline: Task['deadline'] } {
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
    coordinate: bodiesIn({ text: c.text, gaz: c.gaz }, v('coordinate')),
    deadline: deadline && { ...deadline, rule: 'deadline.plan-label' },
  };
}
