// Letter forms of the seventh letters round (issue 9, letters7): where the items of a letter or a directive get their lead
// when the structure does not say it with a colon. Each form is a named rule; tasks.ts calls them at one place each.
import type { AgencyItem } from '../agencies.js';
import { agencyList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lexicon, phrase } from '../lexicon.js';
import type { Rule } from '../rules.js';
import { clean } from '../text.js';

export const LETTER_FORMS = [
  {
    id: 'lead.heading-line',
    description: 'an item whose own text is one line without end mark naming bodies, over its points ("1. Bộ X chủ trì" over "a) ...", "2. Các Tập đoàn, ..., các doanh nghiệp" over "a) ..."): the bodies lead every point; the bodies named after its "phối hợp" coordinate',
  },
  {
    id: 'structure.roman-title',
    description: 'a roman numeral over a title in sentence case with no end mark ("I. Nâng cao nhận thức về ...", "V. Tổ chức thực hiện", and "I." alone on its line over one) is a section when the numerals run on (I, II ...)',
  },
  {
    id: 'lead.title-subject-line',
    description: 'under an item\'s or section\'s title line, a paragraph that opens with bodies as its subject and ends in a colon over the points ("Thủ trưởng các sở, ...; Chủ tịch ... có trách nhiệm:", "X phải tuân thủ ...; cần chấn chỉnh một số nội dung sau:"): the bodies lead the points',
  },
  {
    id: 'lead.chi-thi-addressees',
    description: 'the sentence before the items "<issuer> chỉ thị <bodies> tổ chức ... những nội dung sau đây:": a directive\'s own verb asks its bodies like "yêu cầu", who lead the items (src/extract/tasks.ts, openingAddressees)',
  },
  {
    id: 'lead.giao-bare-collective',
    description: '"đề nghị bộ, ngành, địa phương khẩn trương ...": after a verb that asks, two or more collective nouns written bare (no "các") and then the verb of the task name whom it asks',
  },
] as const;

export interface HeadingLineContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  /** The item's own text: from its text start to its first point. */
  from: number;
  to: number;
  /** The subject that opens [at, limit), as tasks.ts reads one (leadAt). */
  subject(at: number, limit: number): { items: AgencyItem[]; end: number } | undefined;
}

export interface HeadingLine {
  items: AgencyItem[];
  coordinate: AgencyItem[];
}

const W = '[ \\t]+';
/** After the bodies: nothing, "chủ trì", "chủ trì, phối hợp (với) ...", "phối hợp (với) ...", "thực hiện", "có trách nhiệm". */
const RE_REST = new RegExp(`^[ \\t,]*(?:chu${W}tri(?:[ \\t]*,?[ \\t]*phoi${W}hop(?:${W}voi)?${W}(.+?))?|phoi${W}hop(?:${W}(?:chat${W}che${W})?voi)?${W}(.+?)|thuc${W}hien|co${W}trach${W}nhiem|co${W}nhiem${W}vu)?[ \\t]*$`);

export const HEADING_LINE_RULES: readonly Rule<HeadingLineContext, HeadingLine>[] = [
  {
    id: 'lead.heading-line',
    description: LETTER_FORMS[0].description,
    apply: ({ text, folded, gaz, from, to, subject }) => {
      let s = from;
      while (s < to && /[ \t]/.test(text[s]!)) s++;
      const nl = text.indexOf('\n', s);
      let lineEnd = nl < 0 || nl > to ? to : nl;
      // lead.heading-line-wrapped: a long line wrapped at the margin goes on on lines that open in small letters.
      for (let k = 0; k < 2 && lineEnd < to && lineEnd - s >= 50 && /^\n[ \t]*\p{Ll}(?![).])/u.test(text.slice(lineEnd, lineEnd + 8)); k++) {
        const next = text.indexOf('\n', lineEnd + 1);
        lineEnd = next < 0 || next > to ? to : next;
      }
      // The item's own text is that one line (a page number may stand between it and the first point).
      if (text.slice(lineEnd, to).replace(/\n[ \t]*\d{1,3}[ \t]*(?=\n|$)/g, '').trim()) return undefined;
      const line = text.slice(s, lineEnd).trimEnd();
      if (!line || /[.;:!?,]$/.test(line) || line.split(/\s+/).length > 40) return undefined;
      const subj = subject(s, s + line.length);
      if (!subj || !subj.items.length || (subj.items[0]!.span?.start ?? s) > s + 4) return narrowed(text, folded, gaz, s, line);
      const rest = RE_REST.exec(folded.slice(subj.end, s + line.length));
      if (!rest) return narrowed(text, folded, gaz, s, line);
      const partners = rest[1] ?? rest[2];
      let coordinate: AgencyItem[] = [];
      if (partners) {
        const at = s + line.length - partners.length;
        const l = agencyList(text, folded, at, gaz, partners.length);
        if (l.items.length && !folded.slice(l.end, s + line.length).trim()) coordinate = l.items;
      }
      return { items: subj.items, coordinate };
    },
  },
];

/** "Tổ chức X thuộc Bộ, cơ quan ngang Bộ", "Các Tập đoàn, ... thuộc phạm vi quản lý của Bộ, các doanh nghiệp ...": bodies narrowed by
 *  "thuộc / của / trực thuộc ..." (a name list cannot read past it), the whole line with no verb of a task in it; each ", các ..." or
 *  ";" opens another body. */
function narrowed(text: string, folded: string, gaz: Gazetteer, s: number, line: string): HeadingLine | undefined {
  const first = agencyList(text, folded, s, gaz, line.length);
  if (!first.items.length || (first.items[0]!.span?.start ?? s) > s + 4) return undefined;
  const after = folded.slice(first.end, s + line.length);
  if (!/^[ \t]+(?:thuoc|truc${W}thuoc|cua|o|tai|tren${W}dia${W}ban)[ \t]/.test(after)) return undefined;
  if (new RegExp(`(?<![a-z])(?:chu${W}tri|thuc${W}hien|trien${W}khai|co${W}trach${W}nhiem|nhiem${W}vu|sau|yeu${W}cau|de${W}nghi|giao)(?![a-z])`).test(after)) return undefined;
  const items: AgencyItem[] = [];
  for (const m of line.matchAll(/(?:[^,;]|,(?![ \t\n]+các[ \t]))+/gu)) {
    const piece = m[0].replace(/^[ \t;,]+/, '').trim();
    if (!piece) continue;
    const at = s + m.index + m[0].indexOf(piece);
    const l = agencyList(text, folded, at, gaz, piece.length);
    if (!l.items.length || (l.items[0]!.span?.start ?? at) > at + 2) return undefined;
    items.push({ name: clean(piece), canonical: gaz.lookup(piece)?.canonical ?? null, span: { start: at, end: at + piece.length } });
  }
  return items.length ? { items, coordinate: [] } : undefined;
}

/** lead.title-subject-line: [from, to) is the item's own text; its first line is a title, the rest one paragraph ending in ":". */
export const TITLE_SUBJECT_RULES: readonly Rule<HeadingLineContext, HeadingLine>[] = [
  {
    id: 'lead.title-subject-line',
    description: LETTER_FORMS[2].description,
    apply: ({ text, folded, gaz, from, to, subject }) => {
      const nl = text.indexOf('\n', from);
      if (nl < 0 || nl >= to) return undefined;
      const title = text.slice(from, nl).trim();
      if (!title || /[.;:!?]$/.test(title)) return undefined;
      let s = nl + 1;
      while (s < to && /\s/.test(text[s]!)) s++;
      const para = text.slice(s, to).trimEnd();
      // One paragraph: no line in it ends a sentence before its last.
      if (!para.endsWith(':') || /[.;:][ \t]*\n/.test(para.slice(0, -1))) return undefined;
      // "<names; names> có trách nhiệm:": the whole phrase before the verb names who, one body per ";"-piece.
      const duty = new RegExp(`^([^:.]{3,300}?)[ \\t\\r\\n]+(?:co${W}trach${W}nhiem|chiu${W}trach${W}nhiem|co${W}nhiem${W}vu)(?:${W}(?:sau(?:${W}day)?|nhu${W}sau))?[ \\t]*:$`).exec(folded.slice(s, s + para.length));
      if (duty) {
        const items: AgencyItem[] = [];
        for (const m of text.slice(s, s + duty[1]!.length).matchAll(/[^;]+/g)) {
          const at = s + m.index + (m[0].length - m[0].trimStart().length);
          const piece = m[0].trim();
          const l = agencyList(text, folded, at, gaz, piece.length);
          if (!l.items.length || (l.items[0]!.span?.start ?? at) > at + 2) return undefined;
          items.push(...(l.end >= at + piece.length - 1 ? l.items : [{ name: clean(piece), canonical: gaz.lookup(piece)?.canonical ?? null, span: { start: at, end: at + piece.length } }]));
        }
        if (items.length) return { items, coordinate: [] };
      }
      const subj = subject(s, s + para.length);
      if (!subj || !subj.items.length || (subj.items[0]!.span?.start ?? s) > s + 4) return undefined;
      return { items: subj.items, coordinate: [] };
    },
  },
];

/** structure.roman-title: the rest of a line after a roman numeral reads as a section title in sentence case
 *  (a capital, no end mark, up to 30 words), kept only when the numerals run on (see parse in tasks.ts). */
export function romanTitle(rest: string): boolean {
  const r = rest.trim();
  return /^\p{Lu}\p{Ll}/u.test(r) && !/[.;:!?,]$/.test(r) && !/[.;!?]\s/.test(r) && r.split(/\s+/).length <= 30;
}

let reBare: RegExp | undefined;
/** lead.giao-bare-collective: at `at` (right after "đề nghị" / "giao" ...), "bộ, ngành, địa phương" before a verb that starts a task
 *  or a word of mood: the bare collective as one name, and where the action starts. */
export function bareCollective(text: string, folded: string, at: number, limit: number): { item: AgencyItem; end: number } | undefined {
  const words = lexicon().agencyWords.get('collective') ?? [];
  const c = words.map((w) => phrase(w.join(' '))).sort((a, b) => b.length - a.length).join('|');
  // (lead.opening-bare-collective: the list may wrap over lines and end in "các cấp": "cấp ủy, tổ chức đảng, chính\nquyền các cấp".)
  reBare ??= new RegExp(`^(?:${c})(?:[ \\t]*,[ \\t\\r\\n]*(?:${c})|[ \\t\\r\\n]+va[ \\t\\r\\n]+(?:${c}))+(?:[ \\t\\r\\n]+cac[ \\t\\r\\n]+cap)?(?![a-z])`);
  const m = reBare.exec(folded.slice(at, limit));
  if (!m) return undefined;
  const rest = folded.slice(at + m[0].length, limit);
  const verbs = [...lexicon().startVerbs, ...lexicon().afterVerbs, 'khan truong', 'quan tam', 'can', 'phai'].map(phrase).join('|');
  const v = new RegExp(`^[ \\t\\r\\n]{1,3}(?:${verbs})(?![a-z])`).exec(rest);
  if (!v) return undefined;
  const name = clean(text.slice(at, at + m[0].length));
  return { item: { name, canonical: null, span: { start: at, end: at + m[0].length } }, end: at + m[0].length + /^[ \t\r\n]*/.exec(rest)![0].length };
}
