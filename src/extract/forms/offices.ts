// Persons by office as leads (issue 9, plans13): commune and district plans share their work out to offices and persons
// ("3. Chuyên viên phụ trách lĩnh vực ..." over dashes; "1. Đồng chí Trưởng Ban X - Trưởng Tiểu ban: <work>"). The office
// words are the `office` list of dictionaries/extract/agency-words.tsv; the gold writes the office as printed, without
// "Đồng chí".
import type { AgencyItem } from '../agencies.js';
import { lexicon, phrase } from '../lexicon.js';
import { clean, upperFirst } from '../text.js';

let reOffice: RegExp | undefined;
/** "(các) (đồng chí) <office>" at the start of a folded string; group 1 is the prefix before the office. The offices
 *  are the `office` list and (lead.unit-role-heading) the `unit-role` list: a school's or hospital's groups and roles. */
const RE_OFFICE = () =>
  (reOffice ??= new RegExp(`^((?:cac[ \\t]+)?(?:(?:dong[ \\t]+chi|d/c)[ \\t]+)?)(?:${['office', 'unit-role'].flatMap((k) => lexicon().agencyWords.get(k) ?? []).map((w) => phrase(w.join(' '))).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`));

function office(text: string, folded: string, at: number, to: number): AgencyItem | undefined {
  const m = RE_OFFICE().exec(folded.slice(at, to).toLowerCase());
  if (!m) return undefined;
  // "Các đồng chí Phó Chủ tịch" -> "Các Phó Chủ tịch"; "Đồng chí Trưởng Ban ..." -> "Trưởng Ban ...".
  const plural = /^cac[ \t]/.test(m[1]!) && /(?:dong[ \t]+chi|d\/c)[ \t]+$/.test(m[1]!);
  const skip = plural || /^(?:dong|d\/c)/.test(m[1]!) ? m[1]!.length : 0;
  const raw = text.slice(at + skip, to).replace(/[\s:.;,]+$/u, '');
  const name = upperFirst(plural ? `các ${clean(raw)}` : clean(raw));
  if (!raw || /[.;:!?]/.test(raw) || raw.split(/\s+/).length > 20) return undefined;
  return { name, canonical: null, span: { start: at + skip, end: at + skip + raw.length } };
}

export const OFFICE_RULES = [
  {
    id: 'lead.office-heading',
    description: 'an item heading that is an office alone on its line ("3. Chuyên viên phụ trách lĩnh vực ...", "5. Các Phó Chủ tịch phụ trách ...") over points: the office as printed leads them',
  },
  {
    id: 'lead.unit-role-heading',
    description: 'an item heading that is a school\'s or hospital\'s group or role alone on its line ("2. Tổ chuyên môn", "3. Giáo viên chủ nhiệm", "4. Đoàn thanh niên"; agency-words.tsv `unit-role`) over points: it leads them, as printed',
  },
  {
    id: 'lead.unit-role-colon',
    description: '"Giáo viên bộ môn: <work>", "Tổ chuyên môn: <work>" (agency-words.tsv `unit-role` or `office`, then a colon and a capitalised word): the role as printed leads; the work after the colon is the action',
  },
  {
    id: 'lead.office-colon',
    description: '"Đồng chí <office>: <work>" (an item that opens with a person by office and a colon): the office as printed, without "Đồng chí", leads; the work after the colon is the action',
  },
  {
    id: 'lead.unit-role-subject',
    description: 'an item that opens with a school\'s or hospital\'s group or role, or "Khoa" / "Tổ" and a capitalised name, as the subject of a verb ("Khoa Dược chủ trì, phối hợp với ...", "Tổ chuyên môn xây dựng ...", "Giáo viên chủ nhiệm tuyên truyền ..."): it leads, as printed',
  },
  {
    id: 'lead.for-unit-role',
    description: 'a heading "Đối với <school role>" alone ("4.2. Đối với sinh viên", "Đối với giảng viên hướng dẫn:"; agency-words.tsv `unit-role`) names who does the points under it, as a body would; "Đối với <topic>" still names no one',
  },
  {
    id: 'lead.unit-role-title',
    description: 'an item title that is a unit role alone before its colon ("2. Bộ phận một cửa Phường 1:"; agency-words.tsv `unit-role`, where a commune\'s "bộ phận" is) over paragraphs: it leads each, as printed',
  },
] as const;

/** lead.office-heading: the heading line [at, lineEnd) names an office alone. */
export function officeHeading(text: string, folded: string, at: number, lineEnd: number): AgencyItem | undefined {
  // (Not a title over a colon, "2. Phó Trưởng ban:" over the members it lists.)
  if (/:[ \t]*$/.test(text.slice(at, lineEnd))) return undefined;
  // Points follow on the next line (not a wrapped line of a list of members: "- Phó Chủ tịch ..., Chủ tịch\nTổng Liên đoàn ...").
  if (!/^\n[ \t]*(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])/u.test(text.slice(lineEnd, lineEnd + 12))) return undefined;
  return office(text, folded, at, lineEnd) ?? subjectGroup(text, at, lineEnd);
}

/** lead.unit-role-heading: a school's group named by its subjects ("Tổ Toán - Tin", "Tổ Ngữ văn"): "Tổ" and a capital. */
function subjectGroup(text: string, at: number, lineEnd: number): AgencyItem | undefined {
  const raw = text.slice(at, lineEnd).replace(/[\s:.;,]+$/u, '');
  if (!/^(?:Các[ \t]+)?Tổ[ \t]+\p{Lu}/u.test(raw) || /[.;:!?]/.test(raw) || raw.split(/\s+/).length > 8) return undefined;
  return { name: upperFirst(clean(raw)), canonical: null, span: { start: at, end: at + raw.length } };
}

/** lead.office-colon: "Đồng chí <office>: ..." in [at, to): the office and where the work starts. */
export function officeColon(text: string, folded: string, at: number, to: number): { item: AgencyItem; actionFrom: number } | undefined {
  while (at < to && /[ \t]/.test(text[at]!)) at++;
  if (!/^(?:các[ \t]+)?(?:đồng chí|đ\/c)[ \t]/iu.test(text.slice(at, at + 16))) return undefined;
  const colon = text.slice(at, Math.min(to, at + 200)).search(/:|\n/);
  if (colon < 0 || text[at + colon] !== ':') return undefined;
  // The work after the colon opens with a verb phrase ("Phụ trách chung ..."), not a list of places ("Khánh Hòa, ...").
  if (!/^[ \t]*\p{Lu}\p{Ll}*[ \t]+\p{Ll}/u.test(text.slice(at + colon + 1, at + colon + 40))) return undefined;
  const item = office(text, folded, at, at + colon);
  return item ? { item, actionFrom: at + colon + 1 } : undefined;
}

/** lead.unit-role-colon: "<unit role or office>: <Work> ..." in [at, to): the role and where the work starts. */
export function unitRoleColon(text: string, folded: string, at: number, to: number): { item: AgencyItem; actionFrom: number } | undefined {
  while (at < to && /[ \t]/.test(text[at]!)) at++;
  const colon = text.slice(at, Math.min(to, at + 80)).search(/:|\n/);
  if (colon < 0 || text[at + colon] !== ':') return undefined;
  if (!/^[ \t]*\p{Lu}\p{Ll}*[ \t]+\p{Ll}/u.test(text.slice(at + colon + 1, at + colon + 40))) return undefined;
  const item = office(text, folded, at, at + colon);
  return item && item.name.split(/\s+/).length <= 8 ? { item, actionFrom: at + colon + 1 } : undefined;
}

/** lead.unit-role-title: an item title that is a unit role or office alone before its colon ("2. Bộ phận một cửa Phường 1:")
 *  over paragraphs: the role as printed. */
export function unitRoleTitle(text: string, folded: string, at: number, lineEnd: number): AgencyItem | undefined {
  while (at < lineEnd && /[ \t]/.test(text[at]!)) at++;
  const colon = text.slice(at, lineEnd).search(/:[ \t]*$/);
  if (colon <= 0) return undefined;
  const item = office(text, folded, at, at + colon);
  return item && item.name.split(/\s+/).length <= 12 ? item : undefined;
}

let reRole: RegExp | undefined;
const RE_ROLE = () => (reRole ??= new RegExp(`^(?:cac[ \\t]+)?(?:${(lexicon().agencyWords.get('unit-role') ?? []).map((w) => phrase(w.join(' '))).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`));

/** lead.unit-role-subject: "<unit role> <verb> ..." or "Khoa Dược <verb> ..." at `at`: the role and where its verb starts, given
 *  `verbAt` (whether a verb of work starts the folded text at an offset). */
export function unitRoleSubject(text: string, folded: string, at: number, to: number, verbAt: (o: number) => boolean): { item: AgencyItem; actionFrom: number } | undefined {
  while (at < to && /[ \t]/.test(text[at]!)) at++;
  let end = -1;
  const m = RE_ROLE().exec(folded.slice(at, Math.min(to, at + 60)).toLowerCase());
  if (m) end = at + m[0].length;
  else {
    // "Khoa Dược", "Tổ Toán - Tin", "Khoa Kiểm soát nhiễm khuẩn": up to 6 words, to the first verb.
    const k = /^(?:Các[ \t]+)?(?:Khoa|Tổ)[ \t]+\p{Lu}/u.exec(text.slice(at, at + 12));
    if (!k) return undefined;
    let p = at + k[0].length - 1;
    for (let n = 0; n < 6; n++) {
      const w = /^(?:-[ \t]+)?[\p{L}]+/u.exec(text.slice(p, p + 30));
      if (!w) break;
      if (n > 0 && verbAt(p)) break;
      p += w[0].length;
      end = p;
      const sp = /^[ \t]+/.exec(text.slice(p, p + 4));
      if (!sp) break;
      p += sp[0].length;
    }
    if (end < 0 || !/^[ \t]/.test(text.slice(end, end + 1))) return undefined;
  }
  let v = end;
  while (v < to && /[ \t]/.test(text[v]!)) v++;
  if (v === end || !verbAt(v)) return undefined;
  const raw = text.slice(at, end);
  return { item: { name: upperFirst(clean(raw)), canonical: null, span: { start: at, end } }, actionFrom: v };
}

/** lead.for-unit-role: the folded text [at, to) is a unit role alone ("sinh vien", "cac giang vien huong dan"), at most a colon or
 *  a full stop after it. */
export function unitRoleAlone(folded: string, at: number, to: number): boolean {
  const seg = folded.slice(at, to).toLowerCase();
  const m = RE_ROLE().exec(seg);
  return !!m && /^[ \t]*[:.]?[ \t]*$/.test(seg.slice(m[0].length));
}
