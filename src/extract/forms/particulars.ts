// Task form of branch letters30 (issue 9): a request for a report or for opinions whose points are its particulars.
// tasks.ts calls reportParticulars once, for each lead-in over a run of top-level items.
import type { AgencyItem } from '../agencies.js';
import { clean, upperFirst } from '../text.js';

export const PARTICULARS_FORMS = [
  {
    id: 'task.report-particulars',
    description: '"Sở X đề nghị <addressees> báo cáo / (tổ chức) đóng góp ý kiến / cho ý kiến ... (cụ thể) như sau:" (also "theo (các) nội dung sau:") over points ("1. Mẫu báo cáo ...", "2. Thời gian báo cáo ...", "- Các khó khăn ..."): the points say what the report or the opinion holds, when and where it goes; one task, the request, with the points in its action and their deadline (before: a task a point)',
  },
  {
    id: 'task.case-points',
    description: 'an item whose points each open "Nếu <a case>: ..." ("1. Ghi ... trên biên bản, cụ thể:\n- Nếu đơn vị nhận là X: ghi ...\n- Nếu đơn vị nhận là Y: ghi ..."): the points say how the item\'s work goes in each case; one task, the item, with the points in its action (before: a task a point)',
  },
] as const;

/** task.case-points: a point's text that states a case and, after a colon, what to do in it ("Nếu ...: ..."). */
export const RE_CASE_POINT = /^[ \t]*Nếu[ \t][^:;.\n]{3,120}:/u;

// The verbs of a report or an opinion asked for, right after whom the request names (folded).
const RE_ASKED_REPORT = /^[ \t\r\n,]{0,3}(?:(?:khan truong|kip thoi|to chuc)[ \t\r\n]{1,3})?(?:bao cao|gop y|dong gop y kien|cho y kien|tham gia y kien|gui y kien|gui bao cao)(?![a-z])/;
// The lead-in ends by announcing the points: "(cụ thể) như sau:", "theo (các) nội dung sau:".
const RE_ANNOUNCES = /(?:nhu sau|(?:theo|voi) (?:cac |nhung )?noi dung (?:sau|sau day|nhu sau))[ \t]*:[ \t\r\n]*$/;

/** task.report-particulars: where the request's work begins (the verb after the addressees), when the lead-in
 *  `from`..`to` asks `asked` for a report or opinions and announces the points. */
export function reportParticulars(folded: string, from: number, to: number, asked: AgencyItem[]): number | undefined {
  const last = asked[asked.length - 1];
  if (!last?.span || last.span.end <= from || last.span.end > to) return undefined;
  const rest = folded.slice(last.span.end, to);
  // One sentence: the verb's clause runs to the colon without a sentence end.
  if (!RE_ASKED_REPORT.test(rest) || !RE_ANNOUNCES.test(rest) || /\.\s/.test(rest) || rest.length > 500) return undefined;
  // ("báo cáo kết quả ... như sau:" in a reply reports; only a request asks: the words before the addressees ask.)
  if (!/(?<![a-z])(?:de nghi|yeu cau|yeu)[ \t\r\n]+(?:\S+[ \t\r\n]+){0,8}$/.test(folded.slice(Math.max(from, last.span.start - 80), last.span.start))) return undefined;
  return last.span.end + /^[ \t\r\n,]*/.exec(rest)![0].length;
}

/** The request and its points as one action: each point's line without its marker, a sentence each. */
export function particularsAction(text: string, from: number, to: number): string {
  const parts = text
    .slice(from, to)
    .split(/\r?\n/)
    .map((l) => clean(l.replace(/^[ \t]*(?:\d{1,2}[.)]|[-+•*–]|[a-zđ]\))[ \t]*/u, '')))
    .filter((l) => l && !/^\*/.test(l));
  return upperFirst(parts.map((l, i) => (i < parts.length - 1 && !/[.:;!?]$/.test(l) ? `${l}.` : l)).join(' ').replace(/\.\/\.?$|[.;,]+$/, '').trim());
}
