// Letter lead forms of branch letters28 (issue 9): requests that name bare organs, a subject with a "khi ... thì" clause
// before its work, and "Giao <unit>" alone on an item's line over its work. tasks.ts calls each at one place (LEAD_RULES).
import type { AgencyItem } from '../agencies.js';
import { agencyList, toItem } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lexicon, phrase } from '../lexicon.js';

const alt = (ws: string[]) => ws.map(phrase).join('|');

export const ASKED_FORMS = [
  {
    id: 'lead.asked-organs',
    description: '"đề nghị Đảng ủy, HĐND, UBMTTQ và các đoàn thể, cơ quan, trường học triển khai ...": after a verb that asks, organs named bare (a short capitalised name or an abbreviation each) and a run of collective nouns after "các", up to the verb: each organ leads, the run is one lead as printed',
  },
  {
    id: 'lead.subject-when',
    description: '"Các cơ quan, đơn vị khi có yêu cầu ... thì phải sử dụng ...": bodies that open the item, then a "khi" clause that its "thì" closes: the bodies lead, the work starts at "khi"',
  },
  {
    id: 'lead.giao-line',
    description: '"3. Giao bộ phận Văn hóa - Thông tin" alone on its line (no end mark) over a line that opens with a capitalised verb ("Chủ động ...", "Chủ trì, ..."): the rest of the line, as printed, leads; the work is the lines below',
  },
] as const;

export interface AskedCtx {
  text: string;
  folded: string;
  gaz: Gazetteer;
  from: number;
  to: number;
}

export interface AskedLead {
  items: AgencyItem[];
  actionFrom: number;
}

let reVerbAt: RegExp | undefined;
const RE_VERB_AT = () => (reVerbAt ??= new RegExp(`^(?:${alt([...lexicon().startVerbs, ...lexicon().afterVerbs])})(?![a-z])`));
let reVerb: RegExp | undefined;
/** A verb of work, not where a list puts a noun ("các tổ chức", ", tổ chức"). */
const RE_VERB = () => (reVerb ??= new RegExp(`(?<![a-z])(?<!(?:cac|,|va)[ \\t\\r\\n]{1,3})(?:${alt([...lexicon().startVerbs, ...lexicon().afterVerbs])})(?![a-z])`, 'g'));

/** lead.asked-organs: `at` is just after the verb that asks; `clause` ends its clause. */
export function askedOrgans({ text, folded, from: at, to: clause }: AskedCtx): AskedLead | undefined {
  // (A verb's word in capitals is a name's: "Ủy ban Kiểm tra".)
  const verb = [...folded.slice(at, clause).matchAll(RE_VERB())].find((m) => /^\p{Ll}/u.test(text[at + m.index] ?? ''));
  if (!verb || verb.index < 3) return undefined;
  const stretch = text.slice(at, at + verb.index);
  // The collective run: "(và) các <nouns in small letters, commas between>".
  const run = /(?:^|,[ \t\r\n]*|[ \t\r\n]+)(?:và[ \t\r\n]+)?(các[ \t\r\n]+[\p{Ll} \t\r\n,]+?)[ \t\r\n,]*$/u.exec(stretch);
  const head = run ? stretch.slice(0, run.index) : stretch;
  const names = head.split(/[ \t\r\n]*,[ \t\r\n]*|[ \t\r\n]+và[ \t\r\n]+/u).map((s) => s.trim()).filter(Boolean);
  // Bare organs: a short name in capitals or an abbreviation ("Đảng ủy", "HĐND", "UBMTTQ"), one at least.
  if (!names.length || names.some((n) => !/^\p{Lu}[\p{L}]*(?:[ \t\r\n]+\p{L}+){0,3}$/u.test(n))) return undefined;
  if (run && run[1]!.split(/\s+/).length > 16) return undefined;
  if (names.length + (run ? 1 : 0) < 2) return undefined;
  // (A name the gazetteer reads in full would have been lead.giao's: these are the organs it cannot read.)
  const items: AgencyItem[] = [];
  let p = at;
  for (const n of names) {
    const s = text.indexOf(n, p);
    items.push(toItem(text, s, s + n.length));
    p = s + n.length;
  }
  if (run) {
    const s = at + run.index + run[0].indexOf(run[1]!);
    items.push(toItem(text, s, s + run[1]!.replace(/[\s,]+$/, '').length));
  }
  return { items, actionFrom: at + verb.index };
}

/** lead.subject-when: bodies at the item's start, then "khi ... thì ..." in the same sentence. */
export function subjectWhen({ text, folded, gaz, from, to }: AskedCtx): AskedLead | undefined {
  const ws = /^[ \t\r\n]*/.exec(text.slice(from, from + 8))![0].length;
  const l = agencyList(text, folded, from + ws, gaz, Math.min(300, to - from - ws));
  if (!l.items.length || l.items[0]!.span.start !== from + ws) return undefined;
  const when = /^[ \t\r\n]{1,3}(?=khi[ \t\r\n])/.exec(folded.slice(l.end, l.end + 8));
  if (!when) return undefined;
  const stop = text.slice(l.end, to).search(/[.;:](?=\s|$)/);
  const sentence = text.slice(l.end, stop < 0 ? to : l.end + stop);
  if (!/[ \t\r\n]thì[ \t\r\n]/u.test(sentence.normalize('NFC'))) return undefined;
  return { items: l.items, actionFrom: l.end + when[0].length };
}

/** lead.giao-line: `from` is the item's text start. */
export function giaoLine({ text, folded, from, to }: AskedCtx): AskedLead | undefined {
  const m = /^[ \t]{0,3}giao[ \t]{1,3}(?:cho[ \t]{1,3})?(?=[a-z])/.exec(folded.slice(from, from + 16));
  if (!m) return undefined;
  const s = from + m[0].length;
  const nl = text.indexOf('\n', s);
  if (nl < 0 || nl >= to) return undefined;
  const line = text.slice(s, nl).trimEnd();
  if (!line || /[.;:!?,]$/.test(line) || line.split(/\s+/).length > 16) return undefined;
  // The unit's line has no verb of work of its own; the next line opens with one, in capitals.
  if ([...folded.slice(s, s + line.length).matchAll(RE_VERB())].some((m) => /^\p{Ll}/u.test(text[s + m.index] ?? ''))) return undefined;
  const next = /^\n[ \t]*/.exec(text.slice(nl, nl + 8))![0].length + nl;
  if (!/^\p{Lu}/u.test(text[next] ?? '')) return undefined;
  if (!RE_VERB_AT().test(folded.slice(next, next + 30))) return undefined;
  return { items: [toItem(text, s, s + line.length)], actionFrom: next };
}
