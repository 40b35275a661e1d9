// Layout of plans as converted pages give them, read before the items are parsed (issue 9, plans6):
// - a dash alone on its line, its words on the next line ("-\nTuyên truyền ...");
// - a section title broken after a comma ("I. MỤC ĐÍCH,\nYÊU CẦU", "II. ĐỐI TƯỢNG,\nNỘI DUNG ...") whose first words
//   name a section without tasks (targets, criteria, who takes part, award numbers, filing procedure).
// Each is a named rule; the text keeps its length (offsets hold).
import type { AgencyItem } from '../agencies.js';
import { agencyList } from '../agencies.js';
import type { Gazetteer } from '../gazetteer.js';
import { lexicon, phrase } from '../lexicon.js';
import type { Rule } from '../rules.js';
import { clean, key, upperFirst } from '../text.js';

export interface LayoutContext {
  text: string;
  from: number;
  to: number;
}

export const LAYOUT_RULES: readonly Rule<LayoutContext, string>[] = [
  {
    id: 'layout.lone-dash',
    description: 'a dash (or "+") alone on its line joined to the line under it when that line starts with a letter ("-\\nTuyên truyền ..." -> "- Tuyên truyền ..."), offsets kept',
    apply: ({ text, from, to }) => {
      const seg = text.slice(from, to);
      const joined = seg.replace(/(^|\n)([ \t]{0,14}[-–+])\n(?=[ \t]{0,2}\p{L})/gu, (_, a: string, mk: string) => `${a}${mk} `);
      return joined === seg ? undefined : text.slice(0, from) + joined + text.slice(to);
    },
  },
  {
    id: 'layout.wrapped-heading',
    description: 'a numbered heading broken over two short lines before an empty line ("1. Viện Văn hóa, Nghệ thuật,\\nThể thao và Du lịch Việt Nam\\n\\n"): the two lines read as one, offsets kept',
    apply: ({ text, from, to }) => {
      const seg = text.slice(from, to);
      const words = (l: string) => l.trim().split(/\s+/).length;
      const joined = seg.replace(/(^|\n)([ \t]{0,14}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)[ \t]+\S[^\n]*)\n([ \t]{0,4}\S[^\n]*)(?=\n[ \t|]*\n)/gu, (all, a: string, first: string, second: string) =>
        words(first) <= 12 && words(second) <= 12 && !/[.;:!?]$/.test(first.trim()) && !/[.;:!?]$/.test(second.trim()) && /^\s*\p{Lu}/u.test(second) ? `${a}${first} ${second}` : all,
      );
      return joined === seg ? undefined : text.slice(0, from) + joined + text.slice(to);
    },
  },
  {
    id: 'layout.copies-wrap',
    description: 'a line of the "Nơi nhận:" list wrapped after a comma ("- Văn phòng: các phòng,\\ncác đơn vị trực thuộc;") joined to its dash line, so the list runs on and its last dash ("- Lưu: VT ...") is no item; offsets kept',
    apply: ({ text, from, to }) => {
      const chars = text.slice(from, to).split('');
      let inCopies = false;
      let prevEnd = -1;
      let at = 0;
      let changed = false;
      for (const line of text.slice(from, to).split('\n')) {
        const t = line.trim();
        if (/^[|]?[ \t]*N[ơo]i[ \t]+nh[ậâa]n[ \t]*:/u.test(t)) inCopies = true;
        else if (inCopies && t && !/^[-–+]/.test(t)) {
          // A wrapped line after a dash line that ends with a comma: part of it.
          if (prevEnd >= 0 && /,[ \t]*$/.test(text.slice(from + prevEnd, from + at - 1))) {
            chars[at - 1] = ' ';
            changed = true;
          } else inCopies = false;
        }
        if (t) prevEnd = at;
        at += line.length + 1;
      }
      return changed ? text.slice(0, from) + chars.join('') + text.slice(to) : undefined;
    },
  },
  {
    id: 'layout.closing-formula',
    description: 'the closing paragraph "Trên đây là Kế hoạch ... ./." after the items, blanked so that no item runs into it: it asks everyone to carry the plan out, no one task',
    apply: ({ text, from, to }) => {
      const seg = text.slice(from, to);
      const m = /(^|\n)[ \t]{0,8}Trên[ \t]+đây[ \t]+là[ \t]/u.exec(seg);
      // Only after the items (past the first third of the body), and up to the paragraph's end.
      if (!m || m.index < seg.length / 3) return undefined;
      const s = m.index + m[1]!.length;
      const blank = /\n[ \t|]*\n/.exec(seg.slice(s));
      let e = blank ? s + blank.index : seg.length;
      // layout.closing-then-giao: a sentence "Giao <Body> theo dõi, đôn đốc ..." on a line after the formula is a task of its own.
      const giao = /[.!][ \t]*(?:\/\.)?[ \t]*\n(?=[ \t]{0,8}Giao[ \t]+\p{Lu})/u.exec(seg.slice(s, e));
      if (giao) e = s + giao.index + giao[0].length;
      return text.slice(0, from) + seg.slice(0, s) + seg.slice(s, e).replace(/[^\n]/g, ' ') + seg.slice(e) + text.slice(to);
    },
  },
];

/** text with every layout rule applied to [from, to). */
export function readLayout(text: string, from: number, to: number): string {
  for (const r of LAYOUT_RULES) text = r.apply({ text, from, to }) ?? text;
  return text;
}

export interface SectionContext {
  /** The folded text. */
  folded: string;
  /** Where the item's title starts (after its marker), and where the item ends. */
  at: number;
  end: number;
}

/** section.theme-and-work: a folded title that joins the theme or targets to the work ("chu de, noi dung cac hoat dong"). */
export const RE_THEME_AND_WORK = /^[a-z ]{2,30}(?:,| va) (?:noi dung (?:cac |va )?)?(?:hoat dong|nhiem vu|giai phap)(?![a-z])/;

export const SECTION_RULES: readonly Rule<SectionContext, true>[] = [
  {
    id: 'section.no-tasks-comma',
    description: 'a section title whose first words name a section without tasks and go on after a comma, on its line or the next ("I. MỤC ĐÍCH,\\nYÊU CẦU", "III. ĐỐI TƯỢNG, TIÊU CHUẨN"): its points are no one\'s tasks',
    apply: ({ folded, at, end }) => {
      const nl = folded.indexOf('\n', at);
      const line = key(folded.slice(at, nl < 0 || nl > end ? end : nl));
      if (!line || line.split(' ').length > 12) return undefined;
      const m = /^([^,;:]+)[,;:]/.exec(line);
      const head = (m ? m[1]! : line).trim();
      // Without a comma the title is the existing rule's (noTaskTitle): only the words before a comma are read here.
      if (!m || RE_THEME_AND_WORK.test(line)) return undefined;
      return lexicon().noTaskTitles.some((t) => head === t || head.startsWith(t + ' ')) ? true : undefined;
    },
  },
];

/** Whether a section's title says its points are no one's tasks (by SECTION_RULES). */
export function noTaskSection(folded: string, at: number, end: number): boolean {
  return SECTION_RULES.some((r) => r.apply({ folded, at, end }) !== undefined);
}

export interface SectionLeadContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  /** Where the section's title starts (after its marker), and where its own text ends (its first item). */
  at: number;
  ownEnd: number;
}

/** Rules that find who leads a section's items from the section's own text. */
export const SECTION_LEAD_RULES: readonly Rule<SectionLeadContext, AgencyItem[]>[] = [
  {
    id: 'lead.section-giao',
    description: 'a section (a roman one too) whose own text after its title is one sentence "Giao / Đề nghị / Yêu cầu X ... :" over its items: X leads them ("III. TỔ CHỨC THỰC HIỆN\\nGiao Phòng Quản lý ... thực hiện các công việc sau:\\n1. ...")',
    apply: ({ text, folded, gaz, at, ownEnd }) => {
      const own = text.slice(at, ownEnd).trimEnd();
      if (!own.endsWith(':')) return undefined;
      // The sentence after the title line (a title alone on its first line), on one line or a few.
      const nl = text.indexOf('\n', at);
      if (nl < 0 || nl >= at + own.length) return undefined;
      let s = nl + 1;
      while (s < ownEnd && /\s/.test(text[s]!)) s++;
      const sentence = folded.slice(s, at + own.length);
      if (/[.;]\s/.test(sentence)) return undefined;
      const m = new RegExp(`^(?:${lexicon().assignVerbs.map(phrase).join('|')})[ \\t\\r\\n]{1,3}`).exec(sentence);
      if (!m) return undefined;
      const from = s + m[0].length;
      const l = agencyList(text, folded, from, gaz, Math.min(200, at + own.length - from));
      if (l.items.length) return l.items;
      // "Giao phòng Quản lý Công nghiệp triển khai ...": a unit the list reader does not know, written in lower case, up to
      // the verb after it; it must open with a head noun of a body's name ("phòng", "ban", "trung tâm" ...).
      const v = new RegExp(`^([^,;:.()\\n]{3,80}?)[ \\t\\r\\n]{1,3}(?=(?:${lexicon().afterVerbs.map(phrase).join('|')})(?![a-z]))`).exec(folded.slice(from, at + own.length));
      const heads = (lexicon().agencyWords.get('head') ?? []).map((w) => w.join(' '));
      if (!v || v[1]!.split(' ').length > 10 || !heads.some((h) => v[1]!.startsWith(h + ' '))) return undefined;
      const name = upperFirst(clean(text.slice(from, from + v[1]!.length)));
      return [{ name, canonical: gaz.lookup(name)?.canonical ?? null, span: { start: from, end: from + v[1]!.length } }];
    },
  },
  {
    id: 'lead.heading-members',
    description: 'a unit heading that names a group and then its members in brackets ("Các cơ quan tham mưu quản lý ngành (gồm các Sở: Xây dựng, Công Thương, Tài chính)"): the members lead its items',
    apply: ({ text, folded, gaz, at, ownEnd }) => {
      // The heading: its first paragraph (up to an empty line), without a sentence end.
      const blank = /\n[ \t]*\n/.exec(text.slice(at, ownEnd));
      const end = blank ? at + blank.index : ownEnd;
      const head = folded.slice(at, end);
      if (/[.;:][ \t]*\n/.test(head) || head.length > 400) return undefined;
      const m = /\((?:bao gom|gom)[ \t\r\n]+(?=[^()]*\)[ \t]*$)/.exec(head.trimEnd());
      if (!m) return undefined;
      const from = at + m.index + m[0].length;
      const close = text.indexOf(')', from);
      const l = agencyList(text, folded, from, gaz, close - from);
      return l.items.length >= 2 ? l.items : undefined;
    },
  },
];

/** Who leads a section's items by SECTION_LEAD_RULES, if its own text says. */
export function sectionLead(c: SectionLeadContext): AgencyItem[] | undefined {
  for (const r of SECTION_LEAD_RULES) {
    const v = r.apply(c);
    if (v) return v;
  }
  return undefined;
}

/** Rules that tidy the names a unit heading gives its items ("1.2. Sở Nội vụ - <its role in a steering board>"). */
export const HEADING_NAME_RULES: readonly Rule<AgencyItem, AgencyItem>[] = [
  {
    id: 'lead.heading-apposition',
    description: 'a unit heading that gives the unit\'s role after a dash ("Sở Nội vụ - <role word> ...", the role words in agency-words.tsv) or what it takes in, in brackets ("Các cơ quan quản lý cấp trên (bao gồm cả ...)"): the unit\'s name alone leads',
    apply: (a) => {
      const roles = (lexicon().agencyWords.get('role') ?? []).map((w) => w.join(' '));
      const dash = /^(.{4,}?)[ \t]+[-–][ \t]+(.+)$/u.exec(a.name);
      const f = dash ? key(dash[2]!).toLowerCase() : '';
      const m = (dash && roles.some((r) => f === r || f.startsWith(r + ' ')) ? dash : null) ?? /^(.{4,}?)[ \t]*\((?:bao gồm|gồm)[^()]*\)[ \t]*$/iu.exec(a.name);
      if (!m) return undefined;
      const name = m[1]!.trim();
      return { ...a, name, span: { start: a.span.start, end: a.span.start + name.length } };
    },
  },
];

/** The heading's names, each tidied by HEADING_NAME_RULES. */
export function tidyHeading(items: AgencyItem[]): AgencyItem[] {
  return items.map((a) => {
    for (const r of HEADING_NAME_RULES) {
      const v = r.apply(a);
      if (v) return v;
    }
    return a;
  });
}
