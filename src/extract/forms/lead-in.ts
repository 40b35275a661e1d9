// Lead-in sentences inside an item (issue 9, letters32): "2. Tăng cường công tác truyền thông:\nĐể ..., Thủ trưởng các sở, ban, ngành
// có trách nhiệm:\na) ...". The item's first line is its title; its last line names who does the points below. Before, the points kept
// the heading's lead and the title was read as a task.
import { agencyList, type AgencyItem } from '../agencies.js';
import { subjectAfterOpening } from './leads.js';
import type { Gazetteer } from '../gazetteer.js';

export const LEAD_IN_FORMS = [
  {
    id: 'lead.item-lead-in',
    description: 'an item\'s own text that is a title line (ending in a colon or no mark, no subject of its own) and then a line "(<opening clause>,) <bodies> có trách nhiệm / có nhiệm vụ / chịu trách nhiệm (thực hiện ...) (sau / như sau):" over its points: the bodies lead the points; the title is no task (forms/lead-in.ts)',
  },
] as const;

const W = '[ \\t\\r\\n]+';
/** After the subject, the words of a lead-in that names only who does the points (folded). */
export const RE_DUTY = new RegExp(
  `^[ \\t\\r\\n]*(?:co${W}trach${W}nhiem|chiu${W}trach${W}nhiem|co${W}nhiem${W}vu)` +
    `(?:${W}(?:(?:thuc${W}hien|trien${W}khai)(?:${W}(?:cac|nhung|mot${W}so))?${W}(?:noi${W}dung|nhiem${W}vu|viec|cong${W}viec|bien${W}phap|giai${W}phap)(?:${W}cu${W}the)?${W})?(?:sau(?:${W}day)?|nhu${W}sau))?[ \\t]*:[ \\t]*$`,
);

export interface ItemLeadInContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  /** The item's own text, before its first point. */
  from: number;
  to: number;
  /** The subject the agency reader reads at `at`, if any. */
  subject: (at: number, limit: number) => { items: AgencyItem[]; end: number } | undefined;
}

/** lead.item-lead-in: who the last line of an item's own text names, when the lines above it are the item's title. */
export function itemLeadIn({ text, folded, gaz, from, to, subject }: ItemLeadInContext): AgencyItem[] | undefined {
  const own = text.slice(from, to).trimEnd();
  if (!own.endsWith(':')) return undefined;
  const end = from + own.length;
  const ls = text.lastIndexOf('\n', end - 1) + 1;
  if (ls <= from) return undefined;
  // The lines above: one title (up to 20 words, ending in a colon or with no end mark), no subject of its own.
  const title = text.slice(from, ls).trim();
  if (!title || title.includes('\n') || /[.;!?,]$/.test(title) || title.split(/\s+/).length > 20) return undefined;
  if (subject(from + (text.slice(from).length - text.slice(from).trimStart().length), ls)) return undefined;
  let s = ls;
  while (s < end && /[ \t]/.test(text[s]!)) s++;
  const opened = subjectAfterOpening({ text, folded, gaz, from: s, to: end });
  if (opened && RE_DUTY.test(folded.slice(opened.actionFrom, end))) return opened.items;
  // (The agency reader's subject needs a verb after it; "có nhiệm vụ:" is none, so the bare list of names too.)
  const subj = subject(s, end) ?? agencyList(text, folded, s, gaz, end - s);
  if (!subj.items.length || (subj.items[0]!.span?.start ?? s) > s + 4) return undefined;
  return RE_DUTY.test(folded.slice(subj.end, end)) ? subj.items : undefined;
}
