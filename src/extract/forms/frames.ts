// Letter forms of branch letters12 (issue 9): an item's own text that frames its points (who leads them, who works with
// the lead, what to mind) rather than being the work. Each form is a named rule; tasks.ts calls them at one place each.
import { coordinateList, type AgencyItem } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lexicon, phrase } from '../lexicon.js';

export const FRAME_FORMS = [
  {
    id: 'task.lead-in-focus',
    description: 'an item "Bộ X <work>; trong đó lưu ý một số nội dung sau:" over points: the work before the focus clause is a task, X leads the points and its partners coordinate each',
  },
  {
    id: 'task.frame-giao',
    description: 'an item "Giao / Đề nghị X chủ trì, phối hợp với Y (thực hiện ... sau):" over points: a frame, no task of its own; X leads each point and Y coordinates each',
  },
  {
    id: 'lead.plural-addressees',
    description: '"Chủ tịch Ủy ban nhân dân các tỉnh ..." to addressees read one body a place ("các tỉnh: A, B"): every addressee it shortens, not the first',
  },
  {
    id: 'action.named-above',
    description: '"<collective> nêu trên / nói trên <verb> ...": the words that point back to the addressees are not the start of the action',
  },
] as const;

/** task.lead-in-focus: where the last clause of an item's own text opens with a focus ("; trong đó lưu ý ... sau:",
 *  reports.tsv `focus`), if it does. */
export function focusClause(folded: string, from: number, to: number): number | undefined {
  const own = folded.slice(from, to);
  if (!/:\s*$/.test(own)) return undefined;
  const words = lexicon().doneReport.focus;
  if (!words.length) return undefined;
  const m = new RegExp(`[.;,][ \\t\\r\\n]{0,3}(?:${words.map(phrase).join('|')})(?![a-z])[^.;:]{0,160}:\\s*$`).exec(own);
  // (Something must come before it: the work itself.)
  return m && m.index > 10 ? from + m.index : undefined;
}

const RE_CHU_TRI_VOI = () => new RegExp(`^[ \\t\\r\\n,]{0,3}${phrase('chu tri')}[ \\t\\r\\n,]{1,4}${phrase('phoi hop')}[ \\t\\r\\n]{1,3}${phrase('voi')}[ \\t\\r\\n]{1,3}`);

/** What may follow the partners in a frame: nothing, or words of reports.tsv `frame` ending in "sau (đây)". */
function frameRest(rest: string): boolean {
  const words = rest.replace(/^,/, '').replace(/:$/, '').trim();
  if (!words) return true;
  const allowed = new Set(lexicon().doneReport.frame.flatMap((w) => w.split(' ')));
  const ws = words.split(' ');
  return /(?:^| )sau(?: day)?$/.test(words) && ws.every((w) => allowed.has(w));
}

/** task.frame-only: the words after whom an item asks are all frame words (its remit, an adverb, "thực hiện ... sau:"),
 *  ending in "sau (đây)". */
export function frameWords(folded: string): boolean {
  const words = folded.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();
  return /(?:^| )(?:sau(?: day)?|nhu sau)$/.test(words) && frameRest(words) && /(?:^| )(?:thuc hien|trien khai)(?= )/.test(words);
}

/** task.frame-giao: the partners of "<asked> chủ trì, phối hợp với Y (thực hiện các nội dung sau):", read from just after
 *  whom it asks; undefined when the text goes on with work of its own. */
export function frameCoordinates(text: string, folded: string, gaz: Gazetteer, from: number, to: number): AgencyItem[] | undefined {
  const m = RE_CHU_TRI_VOI().exec(folded.slice(from, to));
  if (!m) return undefined;
  const l = coordinateList(text, folded, from + m[0].length, gaz, to - from - m[0].length);
  if (!l.items.length) return undefined;
  const rest = folded.slice(l.end, to).replace(/\s+/g, ' ').trim();
  if (frameRest(rest)) return l.items;
  // (A list the reader stops inside, "BHXH tỉnh, thành phố và các cơ quan, đơn vị có liên quan:", is still partners when
  // no verb is written in it before the frame's end.)
  const seg = folded.slice(l.end, to);
  const ws = [...seg.matchAll(/[a-z]+/g)];
  // The frame's words at the end ("... thực hiện các việc sau:"), back to the first that is not one.
  const allowed = new Set(lexicon().doneReport.frame.flatMap((w) => w.split(' ')));
  let k = ws.length;
  while (k > 0 && allowed.has(ws[k - 1]![0])) k--;
  const tailAt = k < ws.length && /(?:^| )sau(?: day)?\s*:\s*$/.test(seg) ? ws[k]!.index : seg.lastIndexOf(':');
  const between = text.slice(l.end, l.end + Math.max(0, tailAt));
  if (/[.;:]/.test(between)) return undefined;
  const verbs = [...lexicon().verbsWritten].filter((v) => v.includes(' ') || v.length > 3);
  return verbs.some((v) => new RegExp(`(?<![\\p{L}])${v.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'u').test(between)) ? undefined : l.items;
}
