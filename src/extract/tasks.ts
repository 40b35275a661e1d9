// Tasks: the body is parsed into its structure (roman sections, numbered items,
// lettered items, dash bullets, and their OCR forms such as "©)" for "c)"),
// and each assignment becomes a task: who leads (the section's addressee, the
// item's own subject, or who "chủ trì"), with whom ("phối hợp với ..."), what
// (the first clause), by when. Footnotes are blanked before reading.
import type { Span } from '../layer.js';
import type { Task } from '../schema.js';
import { agencyList, coordinateList, toItem, type AgencyItem } from './agencies.js';
import { findDeadlines, toDeadline } from './deadlines.js';
import type { Gazetteer } from './gazetteer.js';
import { inFull, lexicon, phrase } from './lexicon.js';
import type { PlacedWord } from './forms/cells.js';
import { noTaskSection, RE_THEME_AND_WORK, readLayout, sectionLead, tidyHeading } from './forms/layout.js';
import { bareCollective, HEADING_LINE_RULES, LETTER_FORMS, romanTitle, TITLE_SUBJECT_RULES } from './forms/letter.js';
import { ASKED_FORMS, askedOrgans, giaoLine, subjectWhen } from './forms/asked.js';
import { laterPartners, PARTNER_FORMS, partnersAcrossSemicolons } from './forms/partners.js';
import { particularsAction, PARTICULARS_FORMS, RE_CASE_POINT, reportParticulars } from './forms/particulars.js';
import { focusClause, FRAME_FORMS, frameCoordinates, frameWords } from './forms/frames.js';
import { addresseeTail, ASSIGNED_PERSONS, OPENING_LEAD_RULES, subjectAfterOpening, subjectAfterTime } from './forms/leads.js';
import { OWN_SUBJECT_RULE, pointOwnSubject } from './forms/own-subject.js';
import { itemLeadIn, LEAD_IN_FORMS } from './forms/lead-in.js';
import { recountsAssignment, RECOUNTED_FORMS } from './forms/recounted.js';
import { memberHeading, MEMBER_FORMS } from './forms/members.js';
import { OFFICE_RULES, officeColon, officeHeading, unitRoleAlone, unitRoleColon, unitRoleSubject, unitRoleTitle } from './forms/offices.js';
import { BRACKET_LEAD, planFields, planTaskParts } from './forms/plan.js';
import { ACTIVITY_LINE_RULE, activityLines, UNIT_LINE_RULE, unitLines } from './forms/units.js';
import { bodiesIn, cellDeadline, findTableTasks } from './forms/table.js';
import { firstRule, type Rule } from './rules.js';
import { aspectHeading, SKIP_RULES, skipTask } from './task-skips.js';
import { clean, fold, key, lines, ROMAN, upperFirst } from './text.js';

type Kind = 'roman' | 'number' | 'letter' | 'dash';
const RANK: Record<Kind, number> = { roman: 0, number: 1, letter: 2, dash: 3 };

interface Node {
  kind: Kind;
  rank: number;
  /** Line start, and where the text after the marker begins. */
  start: number;
  textStart: number;
  /** End of the node with its children; end of its own text. */
  end: number;
  ownEnd: number;
  ordinal: number;
  parent?: Node;
  children: Node[];
  addressee?: AgencyItem[];
  /** Children seen so far, by kind (for ordinals). */
  counts?: Partial<Record<Kind, number>>;
  /** An article ("Điều 2. ...") of a decision or resolution. */
  dieu?: boolean;
}

const RE_ROMAN = /^[ \t]{0,14}((?:X{0,1})(?:IX|IV|V?I{0,3}))[ \t]{0,2}[.\-–)][ \t]{0,4}(?=\S)/;
const RE_PART = /^[ \t]{0,8}([A-H])[ \t]{0,2}\.[ \t]{1,4}(?=\p{Lu})/u;
const RE_DIEU = /^[ \t]{0,14}Điều[ \t]{1,3}(\d{1,3})[ \t]{0,2}[.:][ \t]{0,4}(?=\S)/u;
// item.number-wide-gap (docs29): a Word file's typed tab stop puts up to 8 spaces after "1." ("1.      Căn cứ ...").
const RE_NUMBER = /^[ \t]{0,14}(\d{1,2})[ \t]{0,2}[.)](?!\d)[ \t]{0,8}(?=\S)/;
// "1/ Các Cục Thuế rà soát ...": a number with a slash, then a space and a capital (not a date "1/2025").
const RE_NUMBER_SLASH = /^[ \t]{0,14}(\d{1,2})\/[ \t]{1,4}(?=\p{Lu})/u;
// "2.1 Phòng Y tế:", "3.1. Tăng cường ...": a numbered item under item 2 (3); a capital must follow (not "2.5 triệu").
const RE_DEEP = /^[ \t]{0,14}(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]{1,4}(?=\p{Lu})/u;
const RE_LETTER = /^[ \t]{0,14}([a-zđ©¢€@]|[a-z]{1})[ \t]{0,2}\)[ \t]{0,4}(?=\S)/;
// item.letter-number: "a1) ...", "a2) ..." (or "b1. Tổ chức ..."): points numbered under the letter they share, a level below it.
const RE_LETTER_NUMBER = /^[ \t]{0,14}[a-zđ]([1-9]\d?)[ \t]{0,2}(?:\)[ \t]{0,4}(?=\S)|\.[ \t]{1,4}(?=\p{Lu}))/u;
// item.paren-roman: "(i) Tập đoàn ... (ii) Chủ đầu tư ...": points numbered with small roman numerals in brackets, read as dashes.
const RE_PAREN_ROMAN = /^[ \t]{0,14}\((?:i{1,3}|iv|vi{0,3}|ix|x)\)[ \t]{1,4}(?=\p{Lu})/u;
// item.paren-number: "(1) Huy động ..., (2) Bố trí ...": points numbered in brackets, read as dashes; "(1) Số hộ dân ..."
// (what a report must hold) opens with a report's field (reports.tsv fields) and is not a point.
const RE_PAREN_NUMBER = /^[ \t]{0,14}\(\d{1,2}\)[ \t]{1,4}(?=\p{Lu})/u;
// OCR may put a stray underscore before a dash ("__ - Trình Chính phủ ...").
const RE_DASH = /^[ \t_]{0,14}[-–—•+][ \t]{0,4}(?=\S)/;
export const MAX_ITEMS = 2000;
const RE_CLOSING = /\n[ \t]{0,8}(?:[-–][ \t]{0,3})?[^\n]{0,80}?(?<![a-z])tr[a-z]{1,2}[ \t]{1,3}tr[o]ng[ \t\r\n]{1,3}thong[ \t\r\n]{1,3}bao(?![a-z])/;
const RE_CLOSING_NOTICE = /\n[ \t]{0,8}(?:[-–][ \t]{0,3})?[^\n.;:]{3,100}?(?<![a-z])(?:xin[ \t]{1,3})?thong[ \t]{1,3}bao[ \t]{1,3}de[ \t][^\n]{0,200}?(?<![a-z])(?:biet|thuc[ \t]hien)[ \t]*\.?\/?\.?[ \t]*(?=\n|$)/;
const RE_FOOTNOTE = /^[ \t]{0,8}\d{1,2}(?:[ \t]?\p{Lu}|[a-z][ \t])/u;

export interface TaskContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  bodyStart: number;
  bodyEnd: number;
  year: number | null;
  /** The document's date (ISO), when read: a period that ended before it is no deadline. */
  date?: string | null;
  /** Level of the issuer (province, central ...): settles damaged names. */
  level?: string;
  /** Kính gửi: who a letter's tasks fall to when no section says. */
  recipients: AgencyItem[];
  /** The printed addressee lines (Kính gửi, "... điện:"), as the header read them. */
  recipientSpans?: Span[];
  /** The document's kind in words ("Công văn", "Kế hoạch"), when read. */
  kind?: string | null;
  /** The issuer's name as the gazetteer writes it, when known. */
  issuer?: string | null;
  /** Words with their boxes on the page (PDF text layer, OCR), offsets in the text: table columns are read from them. */
  words?: PlacedWord[];
}

/** structure.roman-ocr: a section numeral as the OCR gives it, over an upper-case heading: rule marks before it ("__ II,
 *  DANH MỤC ..."), a comma for its dot, "l"/"L" for "I" and no dot ("ILL TỔ CHỨC THỰC HIỆN" is III). */
const RE_ROMAN_OCR = /^[ \t]{0,8}_{0,3}[ \t]{0,4}(I[IlL]{0,2}|[lL]I{1,2})(?:[ \t]{0,2}[.,\-–)][ \t]{0,4}|[ \t]{1,4})(?=\p{Lu})/u;
function romanOcr(line: string): { kind: Kind; len: number; value: number } | undefined {
  const m = RE_ROMAN_OCR.exec(line);
  if (!m) return undefined;
  const letters = line.slice(m[0].length).replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters.replace(/[^\p{Lu}]/gu, '').length < letters.length * 0.9) return undefined;
  return { kind: 'roman', len: m[0].length, value: m[1]!.length };
}

function marker(line: string): { kind: Kind; len: number; depth?: number; weak?: boolean; part?: number; value?: number } | undefined {
  // "Điều 3. Nhiệm vụ ..." of a decision counts like a section.
  let m = RE_DIEU.exec(line);
  if (m) return { kind: 'roman', len: m[0].length };
  // "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP ...": an upper-case part over roman sections (A, B, C ...), like an article.
  m = RE_PART.exec(line);
  if (m) {
    const letters = line.slice(m[0].length).replace(/[^\p{L}]/gu, '');
    if (letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.9) return { kind: 'roman', len: m[0].length, part: 'ABCDEFGH'.indexOf(m[1]!) + 1 };
  }
  m = RE_ROMAN.exec(line);
  if (m && m[1]) {
    // "V - Chủ tịch ..." in a list is not section V: roman headings are upper case.
    const letters = line.slice(m[0].length).replace(/[^\p{L}]/gu, '');
    if (letters.length >= 3 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.7) return { kind: 'roman', len: m[0].length };
    // "V. tổ chức thực hiện" (a heading lowercased by a copy): kept only when it follows section IV (see parse).
    if (letters.length >= 3 && m[1].length >= 1 && /^\p{Ll}/u.test(line.slice(m[0].length))) return { kind: 'roman', len: m[0].length, weak: true };
    // "I. Quan điểm phát triển:", a short title in sentence case over its items: kept when the numerals run on (see parse).
    const rest = line.slice(m[0].length).trim();
    if (m[1].length >= 1 && /^\p{Lu}/u.test(rest) && /:$/.test(rest) && rest.split(/\s+/).length <= 8) return { kind: 'roman', len: m[0].length, weak: true };
    // structure.roman-title (forms/letter.ts): "I. Nâng cao nhận thức về ...", a title in sentence case with no end mark.
    if (m[1].length >= 1 && romanTitle(rest)) return { kind: 'roman', len: m[0].length, weak: true };
  }
  const ocr = romanOcr(line);
  if (ocr) return ocr;
  m = RE_DEEP.exec(line);
  if (m) return { kind: 'number', len: m[0].length, depth: m[1]!.split('.').length };
  m = RE_NUMBER.exec(line) ?? RE_NUMBER_SLASH.exec(line);
  if (m) return { kind: 'number', len: m[0].length };
  m = RE_LETTER_NUMBER.exec(line);
  if (m) return { kind: 'letter', len: m[0].length, depth: 2 };
  m = RE_LETTER.exec(line);
  if (m) return { kind: 'letter', len: m[0].length };
  m = RE_DASH.exec(line) ?? RE_PAREN_ROMAN.exec(line);
  if (m) return { kind: 'dash', len: m[0].length };
  m = RE_PAREN_NUMBER.exec(line);
  if (m && !RE_FIELD_START().test(fold(line.slice(m[0].length)))) return { kind: 'dash', len: m[0].length };
  return undefined;
}

/** Copy of the text with footnotes blanked (same length). */
function blankFootnotes(text: string, from: number, to: number): string {
  const parts: string[] = [];
  let at = 0;
  let inNote = false;
  let prevBlank = true;
  for (const l of lines(text.slice(from, to))) {
    const s = from + l.start;
    const e = from + l.end;
    const blank = !l.text.trim();
    if (marker(l.text)) inNote = false;
    if (!inNote && RE_FOOTNOTE.test(l.text) && (prevBlank || /^\s{20,}$/.test(l.text))) inNote = true;
    if (inNote) {
      parts.push(text.slice(at, s), ' '.repeat(e - s));
      at = e;
    }
    prevBlank = blank;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Copy of text[from, to) (same length) where an item number standing alone on its line ("1.", "3.2.", "II.", as a
 * layout dump of a Word file gives it) is joined to the capitalised line after it (the line break, and one empty line,
 * made spaces), so that the item is read like "1. Rà soát ...".
 */
export function joinLoneMarkers(text: string, from: number, to: number): string {
  // (structure.lone-dash: a dash alone on its line, "-\nTrường hợp ...", is read the same way.)
  const seg = text.slice(from, to).replace(/(^|\n)([ \t]{0,14}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}\.|[-–•]))([ \t]*\n(?:[ \t]*\n)?)(?=[ \t]{0,2}\p{Lu})/gu, (_, a: string, mk: string, br: string) => a + mk + ' '.repeat(br.length));
  return text.slice(0, from) + seg + text.slice(to);
}

/**
 * structure.page-number-glued: a page number that a text layer ran into the next page's first heading ("3 2. Sở Tài chính:")
 * is blanked (same length), so the heading reads as item 2. Only after a line that ends a sentence or a heading.
 */
export function blankGluedPageNumbers(text: string, from: number, to: number): string {
  const seg = text.slice(from, to).replace(/([.;:!][ \t]*\n)([ \t]{0,8})([1-9]\d?)([ \t]{1,4})(?=\d{1,2}(?:\.\d{1,2}){0,2}\.[ \t]{1,3}\p{Lu})/gu, (_, a: string, sp: string, n: string, gap: string) => a + sp + ' '.repeat(n.length + gap.length));
  return text.slice(0, from) + seg + text.slice(to);
}

/**
 * structure.page-number-mid-sentence: a page number on a line of its own ("2", "- 2 -", blank lines around it) between a line
 * that ends mid-sentence and one that goes on in lower case is made spaces with the line breaks before it (same length), so the
 * sentence reads on. structure.page-number-dashed: "- 2 -" alone on its line is a page number, never a dash item.
 */
export function joinPageBreaks(text: string, from: number, to: number): string {
  const seg = text
    .slice(from, to)
    .replace(/(?<=[^\s.;:!?])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-–][ \t]*)?[1-9]\d{0,2}(?:[ \t]*[-–])?[ \t]*(?=\n(?:[ \t]*\n)?[ \t]*\p{Ll})/gu, (m: string, at: number, all: string) =>
      // (Not a count wrapped onto its own line: "trong thời hạn\n15\nngày", "tại khoản\n2\nđiều này".)
      /(?:^|\s)(?:số|khoản|điểm|điều|mục|trong|sau|trước|từ|đến|đủ|đạt|là|có|tối đa|tối thiểu|hạn)$/iu.test(all.slice(Math.max(0, at - 12), at)) ||
      /^\n(?:[ \t]*\n)?[ \t]*(?:ngày|tháng|năm|giờ|phút|tuần|quý|người|lần|đồng|triệu|tỷ|nghìn|km|ha|hộ|xã|học|bộ|cái|chiếc|%)(?!\p{L})/iu.test(all.slice(at + m.length, at + m.length + 16))
        ? m
        : ' '.repeat(m.length))
    .replace(/(^|\n)([ \t]*[-–][ \t]*[1-9]\d{0,2}[ \t]*[-–][ \t]*)(?=\n|$)/g, (_, a: string, b: string) => a + ' '.repeat(b.length));
  return text.slice(0, from) + seg + text.slice(to);
}

function markerAt(l: { start: number; text: string }): { kind: Kind; len: number; depth?: number; weak?: boolean; part?: number; value?: number; label: string } | undefined {
  // An empty line (the end of the range) has no marker.
  if (!l.text.trim()) return undefined;
  const mk = marker(l.text);
  return mk ? { ...mk, label: l.text.slice(0, mk.len) } : undefined;
}

/** "1. TINH THẦN CHỈ ĐẠO" where the sections go on "II. ...": a section numeral read as a digit. */
function upperHeading(line: string, len: number): boolean {
  const letters = line.slice(len).replace(/[^\p{L}]/gu, '');
  return /^[ \t]{0,14}1[ \t]{0,2}\./.test(line) && letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.9;
}

function parse(text: string, from: number, to: number, units = new Set<number>()): Node[] {
  const roots: Node[] = [];
  // Sections numbered I, II ... whose first numeral the OCR read as "1.": the upper-case "1." heading is section I.
  const romanTwo = /\n[ \t]{0,14}(?:II|Il|lI|ll)[ \t]{0,2}[.\-–)][ \t]{0,4}\p{Lu}{2}/u.test(text.slice(from, to));
  const rootCounts: { counts?: Partial<Record<Kind, number>> } = {};
  let lastRoman = 0;
  let lastDieu = false;
  let inCopies = false;
  const stack: Node[] = [];
  const all: Node[] = [];
  // The two lines above the current one (item.name-dash-wrap).
  let prevLines: string[] = [];
  for (const l of lines(text.slice(from, to))) {
    // A directive has tens of items, not thousands: past the cap the rest is not read as structure.
    if (all.length >= MAX_ITEMS) break;
    // "Nơi nhận:" over its dash list (a decision's copies, before the plan it issues): addressees of copies, not items
    // ("Nơi nhậ n:", a syllable a PDF's text layer broke, too: header.copies.split-label).
    if (/^[ \t|]*N[ơo]i[ \t]+nh[ậâa][ \t]?n[ \t]*:/u.test(l.text)) {
      inCopies = true;
      continue;
    }
    let mk = markerAt(l);
    // structure.unit-line (forms/units.ts): "Sở X" alone over dashes heads them like "1. Sở X": a number under a section,
    // beside a numbered unit heading (one whose items are all dashes), else a letter under a numbered item.
    if (!mk && units.has(from + l.start)) {
      const top = [...stack].reverse().find((n) => n.kind !== 'dash');
      const kind: Kind | undefined = !top || top.kind === 'roman' ? 'number' : top.kind === 'number' ? (top.children.length && top.children.every((ch) => ch.kind === 'dash') ? 'number' : 'letter') : undefined;
      if (kind) mk = { kind, len: 0, label: '' };
    }
    if (inCopies && (!l.text.trim() || mk?.kind === 'dash')) continue;
    inCopies = false;
    if (!mk) {
      prevLines = [l.text, prevLines[0] ?? ''];
      continue;
    }
    const before = prevLines;
    prevLines = [l.text, prevLines[0] ?? ''];
    if (mk.kind === 'dash' && nameDashWrap(before, l.text.slice(mk.len))) continue;
    if (mk.kind === 'number' && !mk.depth && romanTwo && lastRoman === 0 && upperHeading(l.text, mk.len)) mk = { ...mk, kind: 'roman', label: 'I.' };
    if (mk.weak && ROMAN[(/[IVX]+/.exec(mk.label)?.[0] ?? '').toLowerCase()] !== lastRoman + 1) continue;
    const start = from + l.start;
    // "3.1." ranks under "3." and above letters and dashes.
    // "+" points sit under "-" items.
    // "Điều 1: Phê duyệt ... với các nội dung như sau:" holds the sections (I, II ...) after it.
    // structure.article-siblings: the next article ("Điều 2. Giao ...") after an article that holds items ("Điều 1. ... như sau:")
    // is its sibling, not one of its items.
    const openArticle = /Điều/u.test(mk.label) && stack.some((n) => n.rank === -1 && n.dieu);
    const article = (/Điều/u.test(mk.label) && (/:[ \t]*$/.test(l.text) || openArticle)) || !!mk.part;
    const rank = article ? -1 : RANK[mk.kind] + ((mk.depth ?? 1) - 1) / 10 + (mk.kind === 'dash' && mk.label.trim() === '+' ? 0.5 : 0);
    const node: Node = { kind: mk.kind, rank, start, textStart: start + mk.len, end: to, ownEnd: to, ordinal: 0, children: [], dieu: /Điều/u.test(mk.label) };
    while (stack.length && stack[stack.length - 1]!.rank >= node.rank) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const counts = (parent ?? rootCounts).counts ??= {};
    node.ordinal = counts[node.kind] = (counts[node.kind] ?? 0) + 1;
    if (mk.kind === 'roman') {
      // Sections run I, II, III ...: a numeral that does not go up was misread.
      const dieu = /Điều/u.test(mk.label);
      const n = dieu ? Number(/\d+/.exec(mk.label)![0]) : (mk.value ?? ROMAN[(/[IVX]+/.exec(mk.label)?.[0] ?? '').toLowerCase()]);
      // A decision's articles (Điều 1-3) and the plan it issues (I, II ...) are numbered apart: "I." after "Điều 3." starts again.
      if (!dieu && n === 1 && lastDieu) lastRoman = 0;
      lastDieu = dieu;
      const prev = lastRoman;
      node.ordinal = n && n > prev ? n : prev + 1;
      lastRoman = node.ordinal;
      if (article) {
        node.ordinal = mk.part ?? n ?? node.ordinal;
        lastRoman = 0;
      }
    }
    if (mk.kind === 'number') node.ordinal = Number(/(\d+)[ \t.)/]*$/.exec(mk.label)?.[1] ?? node.ordinal);
    node.parent = parent;
    siblings.push(node);
    stack.push(node);
    all.push(node);
  }
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    n.ownEnd = all[i + 1]?.start ?? to;
    let j = i + 1;
    while (j < all.length && isInside(all[j]!, n)) j++;
    n.end = all[j]?.start ?? to;
  }
  return roots;
}

/** item.name-dash-wrap: "... cao tốc Ninh Bình\n- Hải Phòng, đoạn qua ...": the line above is a wrapped line of a paragraph
 *  (long, no item, no sentence end) ending in a name of two capitalised words, and the dash's text opens with a name of
 *  capitalised words followed by a comma or another capitalised word: a hyphenated name (a route, a place) broken at its
 *  dash, not a dash item. */
function nameDashWrap(before: string[], after: string): boolean {
  const prev = (before[0] ?? '').trimEnd();
  if (prev.trim().length < 50 || marker(prev) || /[.:;!?,)]$/.test(prev)) return false;
  if (!/(?:^|\s)\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*$/u.test(prev)) return false;
  return /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*,|^\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*[\s,]/u.test(after);
}

function isInside(a: Node, b: Node): boolean {
  for (let p = a.parent; p; p = p.parent) if (p === b) return true;
  return false;
}

function id(n: Node): string {
  const parts: number[] = [];
  for (let p: Node | undefined = n; p; p = p.parent) parts.unshift(p.ordinal);
  return parts.join('.');
}

const RE_COORD = /(?<![a-z])ph[a-z0-9]{1,2}[ \t\r\n]{1,3}h[a-z0-9]{1,2}p(?:[ \t\r\n]{1,3}ch[a-z]t[ \t\r\n]{1,3}ch[a-z]{1,2}|[ \t\r\n]{1,3}thuong[ \t\r\n]{1,3}xuyen)?(?:[ \t\r\n]{1,3}v[a-z0-9]{1,2}i)?[ \t\r\n]{1,3}/g;
// Verb lists live in dictionaries/extract/verbs.tsv; the patterns are built once.
const alt = (ws: string[]) => ws.map(phrase).join('|');
let reLeadTail: RegExp | undefined;
/** After a body's name: a colon, or a verb that makes it the subject (a prefix: "hoàn th" covers hoàn thành and hoàn thiện). */
const RE_LEAD_TAIL = () => (reLeadTail ??= new RegExp(`^[ \t\r\n]{0,3}(?::|(?=${alt(lexicon().afterVerbs)}))`));
const S = '[ \\t\\r\\n]{1,3}';
const RE_SCOPE = new RegExp(`^${S}(?:can${S}cu(?:${S}(?:theo|vao))?|theo)${S}chuc${S}nang,?${S}(?:va${S})?nhiem${S}vu(?:,?${S}(?:va${S})?(?:tham${S}quyen|quyen${S}han))?(?:${S}(?:duoc${S}giao|cua${S}minh))?,?${S}(?=[a-z])`);
const PREPOSITIONS = () => lexicon().stopwords;
let reGiao: RegExp | undefined;
// Not a request that a cited document made ("... về việc đề nghị Ban chỉ đạo ...", "Theo đề nghị của ...").
const RE_GIAO = () => (reGiao ??= new RegExp(`(?<![a-z])(?<!ve[ \t\r\n]{1,3}viec[ \t\r\n]{1,3})(?<!(?:theo|xet)[ \t\r\n]{1,3})(?:${alt(lexicon().assignVerbs)})[ \t\r\n]{1,3}`, 'g'));
// deadline.next-sentence: a sentence that says where or by when the asked work is sent or done ("Văn bản góp ý gửi về ...", "Thời gian
// hoàn thành: ...", "Hạn nộp ...").
const RE_SEND_BY = /^[ \t\r\n]*(?:(?:van ban|y kien|bao cao|ket qua|ho so|danh sach|de xuat|thong tin|so lieu)(?:[ \t]+[a-z]+){0,4}[ \t]+(?:gui|nop)[ \t]|thoi (?:gian|han)(?: hoan thanh| thuc hien| gui| nop)?[ \t]*:|han (?:cuoi|nop|gui)[ \t])/;
const RE_CHU_TRI = /^[ \t\r\n,]{0,3}ch[u][ \t\r\n]{1,3}tr[i][ \t\r\n]{0,3},?[ \t\r\n]{0,3}/;

/** lead.modal: the end of a word of mood ("cần", "sẽ", "phải", ...) right after `at` and before a lower-case word, or undefined. */
function modalAt(text: string, at: number, limit: number): number | undefined {
  const seg = text.slice(at, Math.min(limit, at + 24)).normalize('NFC');
  const sp = /^[ \t]{1,3}/.exec(seg);
  if (!sp) return undefined;
  const low = seg.slice(sp[0].length).toLowerCase();
  for (const m of lexicon().modalsWritten) {
    if (!low.startsWith(m)) continue;
    const next = /^[ \t]{1,3}(?=\p{Ll})/u.exec(seg.slice(sp[0].length + m.length));
    if (next) return at + sp[0].length + m.length + next[0].length;
  }
  return undefined;
}

/** Leading agency list that is the subject of the item ("Công an tỉnh: ...", "Bộ Công an chủ trì ..."). */
/** lead.function-body: "Cơ quan thuế khẩn trương ...", "Cơ quan thanh tra các cấp rà soát ...": "Cơ quan" and the function it
 *  serves in lower case (agency-words.tsv `function`), then a verb, is the body that acts, as printed. */
function functionBody(c: TaskContext, text: string, at: number, limit: number): { items: AgencyItem[]; end: number } | undefined {
  // lead.owner: "Chủ đầu tư phối hợp ...", "Nhà thầu thi công khẩn trương ...": an owner or contractor named by its role
  // (agency-words.tsv `owner`), capitalised, then a verb, leads as printed.
  if (/^\p{Lu}/u.test(text.slice(at, at + 1))) {
    const f = c.folded.slice(at, Math.min(limit, at + 60));
    for (const re of RE_OWNERS()) {
      const m = re.exec(f);
      if (m && RE_VERB_START().test(f.slice(m[0].length).trimStart())) return { items: [toItem(text, at, at + m[0].length)], end: at + m[0].length };
    }
  }
  // lead.role-body: "Cơ quan phối hợp có trách nhiệm trả lời ...": a body named by the role it plays (agency-words.tsv `role-body`),
  // capitalised, then a verb, leads as printed.
  const r = roleBody(c, text, at, limit);
  // (Not a plan's label: "Đơn vị chủ trì thực hiện: Sở X.")
  if (r && RE_VERB_START().test(c.folded.slice(r, Math.min(limit, r + 40))) && !/^[^,.;:\n]{0,24}:/.test(text.slice(r, r + 26))) return { items: [toItem(text, at, r)], end: r };
  if (!/^Cơ quan[ \t]/u.test(text.slice(at, at + 8))) return undefined;
  const f = c.folded.slice(at, Math.min(limit, at + 80));
  for (const re of RE_FUNCTIONS()) {
    const m = re.exec(f);
    if (m && RE_VERB_START().test(f.slice(m[0].length))) return { items: [toItem(text, at, at + m[0].length)], end: at + m[0].length };
  }
  return undefined;
}

// The owner and function names of agency-words.tsv as patterns, built once (tried in the list's order).
let reOwners: RegExp[] | undefined;
let reFunctions: RegExp[] | undefined;
const RE_OWNERS = () => (reOwners ??= (lexicon().agencyWords.get('owner') ?? []).map((w) => new RegExp(`^${w.join('[ \\t\\r\\n]{1,3}')}(?![a-z])`)));
const RE_FUNCTIONS = () =>
  (reFunctions ??= (lexicon().agencyWords.get('function') ?? []).map((w) => new RegExp(`^co[ \\t]quan[ \\t]${w.join('[ \\t]')}(?:[ \\t]cac[ \\t]cap)?(?![a-z])`)));

/** lead.role-body: the end of a body named by its role at `at` ("Cơ quan chủ trì", "Đơn vị được giao chủ trì"), capitalised, or 0. */
function roleBody(c: TaskContext, text: string, at: number, limit: number): number {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return 0;
  const f = c.folded.slice(at, Math.min(limit, at + 60));
  const m = RE_ROLE_BODY().exec(f);
  return m ? at + m[0].length : 0;
}

// The role-body names of agency-words.tsv, longest first (so the first alternative that matches is the longest match).
let reRoleBody: RegExp | undefined;
const RE_ROLE_BODY = () =>
  (reRoleBody ??= new RegExp(`^(?:${(lexicon().agencyWords.get('role-body') ?? []).map((w) => w.join('[ \\t\\r\\n]{1,3}')).sort((a, b) => b.length - a.length).join('|') || '(?!)'})(?![a-z])`));

function leadAt(c: TaskContext, text: string, at: number, limit: number): { items: AgencyItem[]; end: number } | undefined {
  let l = agencyList(text, c.folded, at, c.gaz, Math.min(400, limit - at));
  const named = addresseeSubject(c, text, at, limit, l.end);
  if (named) return named;
  // lead.salutation: "Các đồng chí Bộ trưởng, Thủ trưởng ...", "Đồng chí Bí thư tỉnh ủy và Chủ tịch ...": the salutation before a
  // title is not part of who acts (a person named after it is lead.person's).
  const salutation = l.items.length ? undefined : /^(?:cac[ \t\r\n]{1,3})?(?:dong[ \t\r\n]{1,3}chi|d\/c)[ \t\r\n]{1,3}(?=[a-z])/.exec(c.folded.slice(at, Math.min(limit, at + 20)));
  if (salutation) {
    const after = agencyList(text, c.folded, at + salutation[0].length, c.gaz, Math.min(400, limit - at - salutation[0].length));
    if (after.items.length && after.items.every((i) => !/^\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*\s\p{Lu}/u.test(i.name) || !!i.entry)) return leadAt(c, text, at + salutation[0].length, limit);
  }
  // "Căn cứ kế hoạch này, Giám đốc các Sở, ... xây dựng kế hoạch ...": a short clause of grounds before the subject;
  // lead.grounds: "Trên cơ sở Báo cáo số ... và Kết luận ..., Bộ Xây dựng làm việc ..." too, over lines.
  const grounds = l.items.length ? undefined : /^can[ \t\r\n]{1,3}cu[^,.;:\n]{0,80},[ \t\r\n]{0,3}/.exec(c.folded.slice(at, Math.min(limit, at + 100)));
  if (grounds) return leadAt(c, text, at + grounds[0].length, limit);
  // (The clause may hold commas: the first comma after which a body the gazetteer knows acts.)
  const lead = /^[ \t\r\n]*/.exec(c.folded.slice(at, at + 8))![0].length;
  if (!l.items.length && /^tren[ \t\r\n]{1,3}co[ \t\r\n]{1,3}so[ \t\r\n]/.test(c.folded.slice(at + lead, at + lead + 12))) {
    const seg = c.folded.slice(at, Math.min(limit, at + 300));
    const stop = seg.search(/[.;:]/);
    for (const m of seg.slice(0, stop < 0 ? seg.length : stop).matchAll(/,[ \t\r\n]{0,3}/g)) {
      const p = at + m.index + m[0].length;
      const found = leadAt(c, text, p, limit);
      if (found && found.items[0]?.canonical) return found;
    }
  }
  // lead.time-opening: "Định kỳ 6 tháng, hằng năm, Sở X tổng hợp ...": when the work falls due, said before its subject.
  if (!l.items.length) {
    const t = subjectAfterTime({ text, folded: c.folded, gaz: c.gaz, from: at, to: limit });
    return t ? { items: t.items, end: t.actionFrom } : functionBody(c, text, at + lead, limit);
  }
  l = { ...l, items: l.items.map((i) => settleHead(c, i)) };
  l = longerAsAddressed(c, text, l);
  // "Bộ Khoa học và Công nghệ - Cơ quan Thường trực ...": a known name, then its apposition.
  const dash = /[ \t][-–][ \t]/.exec(text.slice(at, l.end));
  if (l.items.length === 1 && !l.items[0]!.canonical && dash) {
    const known = agencyList(text, c.folded, at, c.gaz, dash.index);
    if (known.items.length && known.items.every((i) => i.canonical)) l = known;
  }
  const after = c.folded.slice(l.end, l.end + 40);
  // "Bộ Khoa học và Công nghệ - Cơ quan Thường trực ... phối hợp với ...": the apposition runs to the verb.
  if (/^[ \t]{0,3}[-–][ \t]{0,3}\p{Lu}/u.test(text.slice(l.end, l.end + 8))) {
    const seg = c.folded.slice(l.end, Math.min(limit, l.end + 300));
    const v = /(?<![a-z])(?:chu[ \t\r\n]{1,3}tri|ph[a-z0-9]{1,2}[ \t\r\n]{1,3}hop)(?![a-z])/.exec(seg);
    if (v && !/\.\s/.test(seg.slice(0, v.index))) return { items: l.items, end: l.end + v.index };
  }
  // lead.modal: "<body> cần / sẽ / phải <verb> ...": the word of mood (dictionaries/extract/modals.tsv) goes with the verb, not
  // with the name; the body before it is the subject and the action starts at the verb.
  // ("sẽ" stays in the action: what the issuer itself will do assigns no one, see finish.)
  const mood = modalAt(text, l.end, limit);
  if (mood !== undefined) return { items: l.items, end: /^[ \t]{1,3}sẽ[ \t]/u.test(text.slice(l.end, l.end + 8).normalize('NFC')) ? l.end + /^[ \t]{1,3}/.exec(text.slice(l.end))![0].length : mood };
  // action.after-scope: "<body> (căn cứ) theo chức năng ... (được giao) <verb> ...": the scope of its duties is no part of the
  // work, which starts at the verb.
  // (Not before "<verb>:" that lists the work after it.)
  const scope = RE_SCOPE.exec(c.folded.slice(l.end, l.end + 90));
  if (scope && !/^[a-z]+(?:[ \t][a-z]+)?[ \t]*:/.test(c.folded.slice(l.end + scope[0].length, l.end + scope[0].length + 30))) return { items: l.items, end: l.end + scope[0].length };
  const tail = RE_LEAD_TAIL().exec(after);
  if (tail) return { items: l.items, end: l.end + tail[0].length };
  // "Các cơ quan thường trực của 4 khối (...) có trách nhiệm ...": a collective narrowed by "của ..."; lead.narrowed-place:
  // "Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm ...": by "ở / tại ..." too.
  const of = /^[ \t\r\n]{1,3}(?:cua|o|tai)((?:[ \t\r\n]{1,3}[a-z0-9]+){1,4}?)([ \t\r\n]{0,3}\([^()]{0,300}\))?(?=[ \t\r\n,]{1,3}(?:co[ \t\r\n]{1,3}trach[ \t\r\n]{1,3}nhiem|chu[ \t\r\n]{1,3}tri|phoi[ \t\r\n]{1,3}hop)(?![a-z]))/.exec(c.folded.slice(l.end, Math.min(limit, l.end + 360)));
  const only = l.items.length === 1 ? l.items[0]! : undefined;
  if (of && only && !only.canonical) {
    const nameEnd = l.end + of[0].length - (of[2]?.length ?? 0);
    return { items: [{ ...only, name: clean(text.slice(only.span!.start, nameEnd)), span: { start: only.span!.start, end: nameEnd } }], end: l.end + of[0].length };
  }
  const ext = extendCollective(c, text, l.items, l.end, limit);
  if (ext.end !== l.end) return ext;
  // lead.remit-phrase: "Các sở, ngành trong phạm vi (chức năng, quyền hạn) của mình tổ chức ...": the bounds of the remit
  // between the subject and its verb ("trong" would make the name an object); the action keeps them.
  const remit = /^[ \t\r\n]{1,3}(?=trong[ \t\r\n]{1,3}pham[ \t\r\n]{1,3}vi[ \t\r\n,]{1,3}(?:chuc[ \t\r\n]{1,3}nang|nhiem[ \t\r\n]{1,3}vu|quyen[ \t\r\n]{1,3}han|trach[ \t\r\n]{1,3}nhiem|linh[ \t\r\n]{1,3}vuc|quan[ \t\r\n]{1,3}ly)(?![a-z]))/.exec(after);
  if (remit) return { items: l.items, end: l.end + remit[0].length };
  // lead.standing-role: "Sở X là cơ quan thường trực (đầu mối), chủ trì ...": the role the body holds opens its action.
  // (lead.standing-role-bare: "Cục X là đầu mối theo dõi, đôn đốc ...", the role without "cơ quan".)
  const role = /^[ \t\r\n]{1,3}(?=la[ \t\r\n]{1,3}(?:(?:co[ \t\r\n]{1,3}quan|don[ \t\r\n]{1,3}vi)[ \t\r\n]{1,3}(?:thuong[ \t\r\n]{1,3}truc|dau[ \t\r\n]{1,3}moi|chu[ \t\r\n]{1,3}tri)|dau[ \t\r\n]{1,3}moi)(?![a-z]))/.exec(after);
  if (role) return { items: l.items, end: l.end + role[0].length };
  // lead.role-bracket: "Sở X (cơ quan thường trực Ban Chỉ đạo ...) hướng dẫn ...": a bracket of the body's role or short name
  // between the subject and its verb (in small letters, no preposition); the action starts at the verb.
  const br = /^[ \t\r\n]{0,3}\([^()\n.;:]{1,150}\)[ \t\r\n]{1,3}(?=([a-z]+))/.exec(c.folded.slice(l.end, Math.min(limit, l.end + 170)));
  if (br && !PREPOSITIONS().has(br[1]!) && /^\p{Ll}/u.test(text.slice(l.end + br[0].length, l.end + br[0].length + 1))) return { items: l.items, end: l.end + br[0].length };
  // Any other verb after the subject ("Đảng ủy Quốc hội chỉ đạo ..."), but not a preposition that makes the name an object.
  const verb = /^[ \t\r\n]{1,3}(?=[a-z])/.exec(after);
  const word = /^[ \t\r\n]{1,3}([a-z]+)/.exec(after)?.[1];
  if (verb && word && !PREPOSITIONS().has(word) && /^\p{Ll}/u.test(text.slice(l.end + verb[0].length, l.end + verb[0].length + 1))) {
    return { items: l.items, end: l.end + verb[0].length };
  }
  return undefined;
}

/** lead.addressee-name: the sentence opens with the whole name of one of the letter's addressees as Kính gửi prints it, longer
 *  than the name reader reads there ("Ban Quản lý dự án giao thông tỉnh kiểm tra ...", "Các nhà thầu thi công bố trí ...": a
 *  verb inside the name cut it), and a verb in small letters follows: that addressee is the subject. */
function addresseeSubject(c: TaskContext, text: string, at: number, limit: number, read: number): { items: AgencyItem[]; end: number } | undefined {
  const s = at + /^[ \t\r\n]*/.exec(c.folded.slice(at, at + 8))![0].length;
  // (The Kính gửi lines as printed: a name the reader cannot read is not among the recipients it read.)
  let best = '';
  for (const r of c.recipientSpans ?? []) {
    const name = clean(text.slice(r.start, r.end).replace(/^[ \t]*[-–+•][ \t]*/, '').replace(/[.;,:][ \t]*$/, ''));
    const f = fold(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
    if (name.length < 8 || name.length <= best.length || s + name.length > limit || s + name.length <= read) continue;
    if (c.folded.slice(s, s + name.length).toLowerCase().replace(/[ \t\r\n]+/g, ' ') === f) best = name;
  }
  if (!best) return undefined;
  const end = s + best.length;
  const v = /^[ \t]{1,3}([a-z]+)/.exec(c.folded.slice(end, end + 20));
  if (!v || PREPOSITIONS().has(v[1]!) || !/^[ \t]{1,3}\p{Ll}/u.test(text.slice(end, end + 5))) return undefined;
  return { items: [{ name: text.slice(s, end), canonical: c.gaz.lookup(best)?.canonical ?? null, span: { start: s, end } }], end: end + v[0].length - v[1]!.length };
}

/** End of the first clause: ";" or a sentence end, or a line that ends a paragraph.
 *  (action.quantities: a ";" followed by a quantity, "80 tấn hạt giống lúa; 8,5 tấn hạt giống ngô và ...", goes on listing
 *  what the clause gives: it does not end it.) */
function clauseEnd(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  const m = /;(?![ \t\r\n]{0,3}\d[\d.,]*[ \t]{1,3}\p{L})|\.(?=\s|$)|:\s*\n/u.exec(s);
  return m ? from + m.index : to;
}

/** "Do ... nên ..., vì vậy các tỉnh cần ...", "Thực tế cho thấy ..., do đó chỉ sử dụng ...": a clause that opens by explaining
 *  why holds its action after the last consequence word (dictionaries/extract/explanations.tsv). Named rule: task.action.after-reason. */
export function afterReason(s: string): string {
  const f = fold(s).toLowerCase();
  const ex = lexicon().explanation;
  const head = f.trimStart();
  const opens = ex.openers.some((o) => head.startsWith(o + ' '));
  let at = -1;
  for (const c of ex.consequences) {
    const re = new RegExp(`,[ \\t\\r\\n]{1,3}${phrase(c)}[ \\t\\r\\n]{1,3}`, 'g');
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const before = f.slice(0, m.index);
      if (!opens && !ex.findings.some((w) => new RegExp(`(?<![a-z])${phrase(w)}(?![a-z])`).test(before))) continue;
      if (m.index + m[0].length > at) at = m.index + m[0].length;
    }
  }
  // The action after it must say something (three words at least).
  if (at < 0 || s.slice(at).trim().split(/\s+/).length < 3) return s;
  return s.slice(at);
}

/** "Trong thời gian qua, <subject> đã tiến hành ...", "Việc ... đã được triển khai ở ...": an item whose first sentence opens with
 *  a time or a topic and reports what was done (the past marker in its first twelve words, after no verb) and asks nothing (dictionaries/extract/reports.tsv) is
 *  background, no one's task. Named rule: task.done-report. */
export function doneReport(s: string): boolean {
  const lex = lexicon();
  const written = s.replace(/^\s*(?:[0-9IVX]+(?:\.[0-9]+)*[.)]|[a-zđ]\)|[-+•])?\s*/u, '').normalize('NFC').toLowerCase().split(/[.;:](?=\s|$)/)[0]!.replace(/[ \t\r\n]+/g, ' ');
  const sentence = fold(written);
  const words = sentence.split(' ').filter(Boolean);
  if (!lex.doneReport.openers.some((o) => sentence.startsWith(o + ' ') || sentence.startsWith(o + ','))) return false;
  const at = written.split(' ').filter(Boolean).findIndex((w, i) => i < 12 && lex.doneReport.past.includes(w.replace(/[,()]/g, '')));
  if (at < 1) return false;
  const has = (list: string[], text: string) => list.some((w) => new RegExp(`(?<![a-z])${phrase(w)}(?![a-z])`).test(text));
  if (has(lex.doneReport.asking, sentence)) return false;
  // After no verb: "Duy trì các kết quả đã đạt được" asks to keep them.
  return !has([...lex.startVerbs, ...lex.afterVerbs, ...lex.assignVerbs], words.slice(0, at).join(' '));
}

/** task.action.through-semicolons: an item's action runs through its ";" clauses to the end of its first sentence
 *  ("Rà soát ...; thông tin kịp thời cho ...; chỉ đạo ...") when its first clause is short (under twenty words): a short
 *  clause is one of the item's steps, not all it asks. */
function actionEnd(text: string, from: number, to: number): number {
  let end = clauseEnd(text, from, to);
  const words = (a: number, b: number) => text.slice(a, b).trim().split(/\s+/).filter(Boolean).length;
  while (text[end] === ';' && words(from, end) < 20) {
    const next = clauseEnd(text, end + 1, to);
    if (next <= end + 1) break;
    end = next;
  }
  return end;
}

function actionOf(text: string, from: number, to: number): string {
  const end = actionEnd(text, from, to);
  let words = clean(afterReason(text.slice(from, end)).replace(/\s*\([^)]{0,200}\)/g, '')).replace(/^[,:;\s]+/, '').split(' ');
  if (words.length > 60) {
    // task.action.long-sentence: long first clauses are cut at a comma after 36 words (gold actions are whole first sentences).
    const cut = words.findIndex((w, i) => i >= 36 && /,$/.test(w));
    if (cut > 0) words = words.slice(0, cut + 1);
    if (words.length > 70) words = words.slice(0, 70);
  }
  // "..., cụ thể:", "... như sau:" over the points: the announcing words are not the action's.
  return upperFirst(words.join(' ').replace(/[,;:]+$|\.\/$/, '').replace(/,?[ \t]*(?:cụ thể|như sau)$/u, '').trim());
}

/** task.allocation: "1. Bộ X xuất cấp ... cho các tỉnh, cụ thể:\n- Tỉnh A: 1.000 viên ...;\n- Tỉnh B: 500 viên ...": points that
 *  each give a quantity to a body ("<name>: <number> <unit> ...") share out the item's one task; they are not tasks themselves. */
const RE_ALLOCATION = /^[^:\n]{2,60}:[ \t]{0,3}\d[\d.,]*[ \t]{1,3}\p{L}/u;
function allocationPoints(text: string, n: Node): boolean {
  return n.children.length >= 2 && n.children.every((ch) => ch.kind === 'dash' && !ch.children.length && RE_ALLOCATION.test(text.slice(ch.textStart, ch.end)) && clean(text.slice(ch.textStart, ch.end)).split(' ').length <= 25);
}

function ref(a: AgencyItem): Task['lead'][number] {
  // Abbreviations are written in full: "UBND quận, huyện" -> "Ủy ban nhân dân quận, huyện".
  return { name: inFull(a.name), canonical: a.canonical, span: a.span };
}

/** "Ủy ban nhân dân <n> tỉnh (<province>, ...)": province names in the brackets as the gazetteer spells them. */
function placesInBrackets(gaz: Gazetteer, a: AgencyItem): AgencyItem {
  if (!/(?:tỉnh|thành phố)[^(]{0,20}\(/iu.test(a.name)) return a;
  const name = a.name.replace(/\(([^()]{3,400})\)/u, (_, list: string) =>
    '(' +
    list
      .split(/,\s*/)
      .map((p) => {
        const w = p.trim();
        if (!/^\p{Lu}/u.test(w) || w.split(/\s+/).length > 4) return p;
        const e = gaz.lookup(`Tỉnh ${w}`) ?? gaz.lookup(`Thành phố ${w}`) ?? gaz.nearest(`Tỉnh ${w}`, 'province');
        return e && e.kind === 'province' && !/^thành phố/iu.test(w) ? e.canonical.replace(/^(?:Tỉnh|Thành phố)\s+/u, '') : p;
      })
      .join(', ') +
    ')',
  );
  return name === a.name ? a : { ...a, name };
}

/** Task forms, in the order they read the body: tables first (their rows are not items), then the item structure
 *  (Kế hoạch blocks and items), then, in a letter without items, its sentences. */
export const TASK_FORMS = [
  { id: 'task.table', description: 'rows of a table whose header names the task, its lead, coordinators or deadline (STT | Nhiệm vụ | Cơ quan chủ trì | ...)' },
  { id: 'table.ends-at-section', description: 'a table under a roman section ends at the next one ("III. TỔ CHỨC THỰC HIỆN" in capitals on a line of its own): its items are no rows' },
  { id: 'table.header-short-labels', description: 'a line read from word boxes is a header only by its short cells (six words at most): a justified prose line splits at its wide spaces into cells that may hold a header word in mid-sentence' },
  { id: 'table.header-not-heading', description: 'a section heading of one cell just above a table header ("II. NỘI DUNG, NHIỆM VỤ") is not a wrapped header label (its words would name the first column)' },
  { id: 'task.plan-block', description: 'an item with labelled lead, coordinators, deadline ("Cơ quan chủ trì:", "Đơn vị thực hiện:", "Thời gian thực hiện:", "Sản phẩm:")' },
  { id: 'task.plan-section', description: 'the points of a plan section whose sub-items are labelled ("1. Nội dung, biện pháp", "2. Cơ quan chủ trì, phối hợp", "3. Thời gian thực hiện: ...")' },
  { id: 'task.plan-group', description: 'the items of a group whose labels ("Đơn vị chủ trì: X; Đơn vị phối hợp: Y") follow its last item' },
  { id: 'task.item', description: 'an item of the structure (roman section, number, letter, dash) that assigns' },
  { id: 'task.request-answer', description: 'a conclusion\'s item "Về đề nghị / kiến nghị ...: <answer>": the answer after the colon' },
  { id: 'task.lead-in', description: 'an item whose own text before its points assigns ("- Hướng dẫn ... các hộ:" over "+" points; "1. Hoàn thành ... ." over dashes; a paragraph under its heading or title, whose subject then leads the points): a task, and so is each point' },
  { id: 'task.paragraph', description: 'a paragraph under an item heading that names who acts ("1. Công an tỉnh" over paragraphs)' },
  { id: 'task.topic-paragraph', description: 'a paragraph under an item title ending in ":" ("1. Tăng cường ...:", "2.6 Ủy ban nhân dân phường:"), one task each (n.1, n.2 ...)' },
  { id: 'task.subjects', description: 'an item whose sentences each name who acts ("Bộ X thực hiện ... . Đề nghị Y ..."): one task each (n.1, n.2 ...)' },
  { id: 'task.clause-subjects', description: 'an item that opens with who acts and goes on after a ";" with another body and its verb ("Sở A chủ trì rà soát ...; Sở B hướng dẫn ..."): one task a clause (n.1, n.2 ...), like task.subjects' },
  { id: 'coordinate.partner-after', description: 'a clause "<bodies> phối hợp (thực hiện)" after the work ("Sở A hoàn thiện ...; Sở B phối hợp thực hiện."): the bodies coordinate, the clause is no task and not in the action' },
  { id: 'task.bare-ask-sentences', description: 'in a letter without items, after an opening that ends in the verb that asks and a colon, no one named ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "... đề nghị:", "... chỉ đạo:"): each sentence whose subject is a body (not the issuer) with a verb of work is a task, as after task.opinion-sentences' },
  { id: 'task.opinion-sentences', description: 'in a letter without items, after the opening that conveys a leader\'s opinion: each sentence whose subject is a body (not the issuer) with a verb of work ("Ủy ban nhân dân tỉnh X rà soát ...")' },
  { id: 'item.name-dash-wrap', description: 'a line "- Hải Phòng, ..." that carries on a wrapped line ending in a capitalised name (a hyphenated name broken at its dash, "Ninh Bình\n- Hải Phòng") is no dash item' },
  { id: 'lead.salutation', description: '"Các đồng chí Bộ trưởng, ...", "Đồng chí Bí thư ... và Chủ tịch ...": the salutation before who acts is skipped' },
  { id: 'lead.grounds', description: '"Trên cơ sở Báo cáo số ... , Bộ X làm việc ...": a clause of grounds before the subject is skipped' },
  { id: 'lead.heading-comma-name', description: 'a heading "Cục Xuất bản, In và Phát hành" over points: a name with a comma, the rest of its line capitalised words joined by "và"' },
  { id: 'agency.place-range', description: '"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng": a collective of provinces narrowed by the two ends of a stretch is one name (src/extract/agencies.ts)' },
  { id: 'lead.heading-narrowed', description: 'a heading "Ủy ban nhân dân các tỉnh có dự án đi qua:" over points: the collective narrowed by "có ..." up to the colon leads them, whole' },
  { id: 'item.paren-number', description: 'a line "(1) <capital> ...", "(2) ..." is a point, read as a dash (like "(i)", item.paren-roman)' },
  { id: 'task.frame-only', description: 'an item "Giao / Đề nghị X (its remit) khẩn trương thực hiện ... sau:" over points: X leads each point; the frame (reports.tsv `frame`) is no task' },
  { id: 'task.closing-notice', description: 'a line "<issuer> (xin) thông báo để <addressees> biết, thực hiện./." ends the items (not a later sentence of the last point)' },
  { id: 'task.closing-duty', description: 'after the last numbered item, a line "<body> có trách nhiệm / chủ trì / khẩn trương / chủ động ..." (not the issuer) is a task of its own, like task.closing-request, not more of that item' },
  { id: 'task.closing-issuer-giao', description: 'after the last item, a paragraph "<the issuer> giao <body> ..." ("Bộ X giao Cục Y chủ trì ...") is a request of its own, like task.closing-request, not more of that item' },
  { id: 'task.closing-request', description: 'after the last numbered item, a paragraph that asks a body by name ("Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo ...") is a task of its own (the next number), not more of that item' },
  { id: 'structure.page-number-glued', description: 'a page number run into the next page\'s first heading ("3 2. Sở Tài chính:", after a line that ends a sentence) is blanked: the heading is item 2' },
  { id: 'layout.closing-then-giao', description: 'the closing formula "Trên đây là ..., đề nghị ... thực hiện." is blanked up to its sentence\'s end only when a line "Giao <Body> theo dõi, đôn đốc ..." follows: that line is the closing task (forms/layout.ts)' },
  { id: 'structure.page-number-mid-sentence', description: 'a page number alone on its line ("2", "- 2 -") between a line that ends mid-sentence and a line in lower case is passed over: the sentence reads on, the number is not in the action' },
  { id: 'structure.page-number-dashed', description: '"- 2 -" alone on its line is a page number, not a dash item' },
  { id: 'structure.lone-dash', description: 'a dash alone on its line over a capitalised line ("-\\nTrường hợp ...") is that line\'s dash item' },
  { id: 'task.report-lead-in', description: 'items after "<issuer> (xin) báo cáo <addressees> như sau:" (a reply that reports) are no one\'s tasks' },
  { id: 'lead.for-unit-line', description: '"Đối với <bodies>:" on a line of its own between an item\'s points (no marker) leads the points after it, up to the next such line' },
  { id: 'task.closing-report-letter', description: 'a letter\'s closing "Trên đây là ..., đề nghị X ... và báo cáo kết quả về Y trước ngày ..." (not "Trên đây là Kế hoạch"): X is asked to report back, a task numbered after the last item; a closing that asks no report stays a formula' },
  { id: 'task.closing-formula-manner', description: '"Đề nghị các đơn vị quan tâm thực hiện, bảo đảm đúng thời gian quy định./.": the closing formula with how it is to be done is still no task' },
  { id: 'task.skip.difficulties-bare-process', description: '"Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị ... phản ánh về ...": the difficulties formula opened without "Trong" is no task either' },
  { id: 'lead.giao-salutation', description: '"đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ quan tâm ...": the plural salutation after the asking verb is skipped when a title follows it; the titles lead' },
  { id: 'task.for-unit-sentence', description: 'a letter without items, after an opening that asks and ends in a colon: "Đối với <bodies>: <work>" is a task the bodies lead, and "Đối với <bodies>:" alone on its line leads the paragraphs under it, one task each' },
  { id: 'task.skip.difficulties-subject', description: '"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở X ...": the difficulties clause with who reports inside it is a formula, no task' },
  { id: 'task.colon-subjects', description: 'a letter\'s sentence that asks without naming anyone before its colon ("yêu cầu thực hiện nghiêm: Sở A kiểm tra ...; Sở B ..."): each clause after the colon that opens with its subject is a task' },
  { id: 'deadline.send-after-points', description: 'an item\'s only sub-task that just sends the item\'s report by a time ("X khẩn trương gửi Báo cáo về ... trước 17 giờ ngày ..." after the points the report covers), by a lead the item names: no task of its own, its time is the item\'s deadline' },
  { id: 'deadline.next-sentence', description: 'a letter\'s task sentence without a deadline, then a sentence that only says by when the work is sent or done ("Văn bản góp ý gửi về Sở X trước 16 giờ 00 ngày ...", "Thời gian hoàn thành: ..."): that time is the task\'s deadline' },
  { id: 'deadline.send-by-after-aside', description: 'as deadline.next-sentence, with one sentence that assigns nothing between the request and the sentence that says by when it is sent ("... báo cáo ... theo biểu mẫu. Các đơn vị có thể nêu khó khăn ... . Báo cáo gửi về Sở X chậm nhất ngày ...")' },
  { id: 'deadline.send-by-over-period', description: 'a letter\'s task sentence dated by the period its work covers ("báo cáo hoạt động trong năm 2017"), then a sentence that says by when it is sent, earlier ("Văn bản gửi về Sở trước ngày 20/12/2017"): the sending day is the deadline' },
  { id: 'task.sentence', description: 'a sentence of a letter without items that assigns ("giao X ...", "đề nghị X ...", "X có trách nhiệm ...")' },
  { id: 'structure.article-siblings', description: 'a decision\'s or resolution\'s next article ("Điều 2. Giao ...") after an article that holds items ("Điều 1. ... như sau:") is its sibling, not one of its items' },
  { id: 'lead.requester', description: 'an item\'s later sentence "<body> yêu cầu / đề nghị / giao X ...": who asks is not the item\'s subject (lead.later-subject skips it)' },
  { id: 'lead.narrowed-place', description: '"Cơ quan X ở địa phương có trách nhiệm ...": a body narrowed by "ở / tại ..." before "có trách nhiệm / chủ trì / phối hợp" is named with it' },
  { id: 'deadline.plan-period', description: '"kế hoạch 5 năm và hằng năm": the periods of the plans named, not a recurring deadline (src/extract/deadlines.ts)' },
  { id: 'task.topic-subject', description: '"Phát triển đội tàu: Tổng công ty X cần ...": a short topic before a colon, then a sentence whose subject is a body or that assigns to one: the topic is skipped (and each later sentence naming who acts is a task of its own)' },
  { id: 'task.topic-lines', description: 'a request line under the last item whose title ends in a colon ("2. Về vốn:" over "X cần ...", "Giao Y ...") is that item\'s, not the letter\'s closing request' },
  { id: 'lead.chu-tri-partners', description: '"1. Vụ X chủ trì, phối hợp:" over points that each name the partner ("- Với Cục Y kiểm tra ...", "- Bộ Z: hướng dẫn ..."): X leads every point, the point\'s body coordinates' },
  { id: 'task.skip.contact-clause', description: '"Đề nghị X quan tâm thực hiện; nếu cần thông tin chi tiết, xin liên hệ ...": the closing formula with whom to call is still no task' },
  { id: 'lead.quy-lead-in', description: 'a lead-in that asks "Quý cơ quan / Quý Sở / Quý đơn vị" and ends in a colon ("... đề nghị Quý Sở:"): the Kính gửi addressees lead the points below it' },
  { id: 'lead.opening-names-line', description: 'the line just above the items names only bodies and ends in a colon ("Người đứng đầu các sở, ngành; Chủ tịch Ủy ban nhân dân các xã:"): those bodies lead the items, as an addressee line does' },
  { id: 'lead.heading-named-above', description: '"4. Các Sở Y tế nêu trên" alone over points: the Kính gửi addressee it points back to leads them, after the heading\'s plural ("Các Sở Y tế các tỉnh: A, B")' },
  { id: 'lead.owner', description: '"Chủ đầu tư phối hợp ...", "Nhà thầu thi công khẩn trương ...": an owner or contractor named by its role (agency-words.tsv `owner`), capitalised at the start, then a verb: it leads, as printed' },
  { id: 'lead.function-body', description: '"Cơ quan thuế khẩn trương ...": "Cơ quan" and the function it serves in lower case (agency-words.tsv `function`), then a verb: that body leads, as printed' },
  { id: 'task.direction-points', description: 'an item that opens with its work and ends "..., theo hướng:" over points (a gazette\'s running head may stand between): the points say how the work is aimed; the item is one task, the points none' },
  { id: 'task.purpose-points', description: 'an item that opens with its work and ends "... để:" / "... nhằm:" over points ("đ) Sửa đổi Luật X ... để:" / "- Tháo gỡ ..."): the points say what the work is for; the item is one task, the points none' },
  { id: 'plan.label-scope-tail', description: 'a plan label\'s bodies followed by a phrase of scope ("Bộ phận phối hợp: Các ban, ngành và các bộ phận có liên quan trong thực hiện các tiêu chí ..."): the bodies are the value (forms/table.ts, bodiesIn)' },
  { id: 'plan.label-page-number', description: 'a page number on a line of its own between two labels of a block ends no value: "Cơ quan chủ trì: X.\n\n3\n\n- Bộ phận phối hợp: ..." (forms/plan.ts)' },
  { id: 'plan.ward-section-labels', description: 'a ward\'s plan names its sections: "Bộ phận chủ trì:", "Bộ phận tham mưu (thực hiện):" lead, "Bộ phận phối hợp:" coordinates (plan-labels.tsv)' },
  { id: 'task.skip.issued-content', description: '"Điều 1. Ban hành (kèm theo Quyết định này) <X> ... như sau:" / "... gồm:" over items: the contents of the issued text (a school-year timetable, the parts of a set of criteria), not tasks ("Phê duyệt ... như sau:" still holds the plan)' },
  { id: 'task.paragraph-copies-end', description: 'the paragraphs under a heading that names who end at "Nơi nhận:": the copies list and the signature block ("TM. ỦY BAN NHÂN DÂN") under it are no tasks' },
  { id: 'task.skip.execution-from-signing', description: '"... chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.": the execution formula of a decision with its day, no task' },
  { id: 'agency.collective-written-verb', description: 'a collective "các đơn vị liên quan" runs on over lower-case words only up to a verb read as written: "khó khăn" holds no "khẩn", so "các đơn vị liên quan tháo gỡ khó khăn trong ..." ends at "liên quan"' },
  { id: 'lead.chu-tri-bare-points', description: '"b) Chủ trì, phối hợp(:)" with no subject, under a heading that names X, over points that each open with bodies ("- Sở Y, Sở Z lập dự toán ..."): X leads every point, the point\'s bodies coordinate' },
  { id: 'coordinate.chu-tri-heading', description: '"1. Sở X chủ trì, phối hợp với Y:" over points that name no partner of their own: Y coordinates each point (X leads, lead.chu-tri-partners)' },
  { id: 'task.closing-formula-object', description: 'the closing formula with words that point back and a list of manners ("Tổ chức thực hiện tốt những nội dung nêu trên, bảo đảm hiệu quả, đúng thời hạn"), or passing the work on ("Chỉ đạo các phòng chuyên môn tổ chức thực hiện"): no task' },
  { id: 'task.skip.accountability', description: 'an action that is only "(X) chịu trách nhiệm trước <authority> về <matter> / nếu để xảy ra ..." (reports.tsv accountable; no clause of work after ";" or a comma): to whom X answers, no task' },
  { id: 'task.titled-paragraph', description: 'a title line of up to 9 words ("4. Trách nhiệm phối hợp trong tổ chức thực hiện") over the one paragraph that assigns, its subject leading: the item\'s task' },
  ...LETTER_FORMS,
  ...ASKED_FORMS,
  ...PARTNER_FORMS,
  ...PARTICULARS_FORMS,
  ...LEAD_IN_FORMS,
  ...RECOUNTED_FORMS,
  ...MEMBER_FORMS,
  ...FRAME_FORMS,
  { id: 'plan.label-roles', description: 'a lead label whose value names the lead with "chủ trì" and the partners with "phối hợp" ("Trách nhiệm: Sở X chủ trì, Sở Y phối hợp"): X leads, Y coordinates (forms/plan.ts)' },
  { id: 'plan.bracket-labels', description: 'plan labels inside a bracket after the activity ("... (Đơn vị thực hiện: Sở X; thời gian: năm 2026)"); a value ends at a closing bracket it did not open (forms/plan.ts)' },
  { id: 'plan.other-labels', description: 'labels of fields a task does not hold ("Kinh phí:", "Địa điểm:", "Thành phần:"; plan-labels.tsv, other) end the value before them' },
  UNIT_LINE_RULE,
  ACTIVITY_LINE_RULE,
  { id: 'lead.heading-remaining', description: 'an item heading "Các sở, ngành còn lại(:)" over its work: the bodies the plan has not named lead, "còn lại" kept in the name' },
  { id: 'table.header-second-line', description: 'a tab or bar table whose header labels wrap to a second row ("Đơn vị | Đơn vị" over "chủ trì | phối hợp"; short lower-case cells, the number cell empty): one header (forms/table.ts)' },
  { id: 'table.continued-cells', description: 'a tab or bar row without a number whose lead, partners\' or task cell goes on in lower case ("và Môi trường"): the wrapped lines of the row above, not a row n.1 of its own (forms/table.ts)' },
  { id: 'table.lead-cell-roles', description: 'a doers\' cell of a table that says who leads and who works with it ("Sở X chủ trì, phối hợp với Y", "Sở X chủ trì; Y phối hợp", "X (chủ trì); Y", "X (chủ trì), Y (phối hợp)"): X leads, Y coordinates (forms/table.ts)' },
  { id: 'table.cell-kind-then-collective', description: 'a cell "Doanh nghiệp, Sở, ban, ngành có liên quan": a capital after a comma opens the next body when a part runs on over lower-case kinds (a collective written without "các"); a pair of capitalised kinds ("Viện, Trường") stays one (forms/table.ts, bodiesIn)' },
  { id: 'table.cell-name-wraps', description: 'a body\'s name wrapped in its cell after a line that already reads as a shorter name ("Trung tâm Xúc tiến" over "Đầu tư, Thương mại và Du lịch", "Sở Công" over "Thương phối hợp"): one name, when the next line opens no body and the two read as a name the gazetteer knows, or neither line is a run of capitalised words (a person\'s name) (forms/table.ts, joined)' },
  { id: 'table.group-line', description: 'a group row of a tab table written as a line of its own without tabs ("I. Lĩnh vực kinh tế", "B. NHIỆM VỤ CỤ THỂ") over a numbered row of tabs: a group over the rows under it (ids 1.n), the table goes on (forms/table.ts)' },
  { id: 'table.header-period-words', description: 'a time column headed by the period of the work ("Lộ trình (thực hiện)", "Giai đoạn thực hiện", "Năm thực hiện"): the deadline column, not the doers\' ("thực hiện") (table-headers.tsv)' },
  { id: 'table.box-justified', description: 'a page of justified table cells in a PDF text layer: cells parted at the left and right edges that the words of many lines share exactly (a justified line fills its cell, so its word gaps outgrow the padding between cells); those edges are the header\'s columns, and a word of a line across them must start on one exactly to start a cell (forms/cells.ts, forms/table.ts)' },
  { id: 'table.ocr-line-band', description: 'an OCR\'d page\'s words on one line of a table: a word whose box lies mostly in the band of the line\'s boxes (their median top and bottom), since OCR boxes are the ink\'s and their tops differ by ascenders and marks ("an" under "Tháng") (forms/cells.ts)' },
  { id: 'table.ocr-bar-edge', description: 'a table\'s ruled lines read by the OCR as bars, alone ("|") or glued to a cell\'s first or last word ("|Sở"): a bar parts the cells on either side and is cut out of the cell\'s text (forms/cells.ts)' },
  { id: 'table.ocr-header-capitals', description: 'on an OCR\'d page, a line is a table header only when two of its labels that name a role open with a capital: a justified prose line\'s wide gaps split it into short pieces, some holding a header\'s words ("các hoạt động ...", "của từng đơn vị") (forms/table.ts)' },
  { id: 'table.ocr-sparse-reread', description: 'a page whose OCR shows four or more lines split into three cells or more, two or more of its words runs of eight letters or more (syllables glued; a table read well is not read again): that band is read again as sparse text (tesseract mode 11), where each cell is a line of its own and its word gaps are found again ("Côngantỉnh" -> "Công an tỉnh"); kept when it reads as much text in as many words, as surely; a row\'s number the first reading had stays (src/ocr/table.ts)' },
  { id: 'table.ocr-wrap-dot', description: 'in a table band read again, a dot the OCR put after the last word of a cell\'s line is dropped when the cell goes on below with a word of small letters ("Đào." over "tạo") (src/ocr/table.ts)' },
  { id: 'table.header-labels-glued', description: 'two centred header labels set closer than a cell gap ("Cơ quan chủ Cơ quan phối") cut where a body column starts inside a gap between their words; also for the header repeated on the next page (forms/table.ts)' },
  { id: 'table.box-piece-order', description: 'a cell\'s pieces read from a page in page order (top to bottom, left to right), not the text layer\'s, which may put a justified cell\'s lines among another cell\'s words (forms/table.ts)' },
  { id: 'table.cell-place-wraps', description: 'a place\'s name broken over two lines of a cell ("Ủy ban nhân dân xã Tân" over "Hòa"): one or two capitalised words after a level and a name\'s first words go on the name (forms/table.ts)' },
  { id: 'table.box-cell-at-column', description: 'two cells of a PDF page\'s line whose texts stand closer than the gap that parts cells ("Sở Khoa học và Công" beside "Sở Nông nghiệp ...", "1.1 Rà soát ..."), read as one: cut where a word starts at a later column\'s start (forms/table.ts)' },
  { id: 'table.header-not-title', description: 'a line above a page table\'s header whose text runs across a column\'s start (the appendix title "PHÂN CÔNG NHIỆM VỤ", the prose\'s last line) is no wrapped label (forms/table.ts)' },
  { id: 'table.label-wrap-no-column', description: 'a column of a page table that only the small letters of a wrapped label name ("Cơ quan chủ" over "trì"), made up by the ragged ink of a narrow column: part of the column to its left (forms/table.ts)' },
  { id: 'table.header-again', description: 'a page table\'s header repeated at the top of the next page, its labels wrapped as before: passed over, the rows go on under it (a row broken by the page keeps its lines) (forms/table.ts)' },
  { id: 'table.ends-at-signature', description: 'a signature block under a table in the body ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC") ends the table: no cell of the last row (forms/table.ts)' },
  { id: 'table.numbered-group', description: 'a numbered row with no lead over rows numbered under it ("1 <heading>" over "1.1", "1.2"): a group, no task (forms/table.ts)' },
  { id: 'table.cell-party-level', description: 'a Party body\'s name wrapped in its cell before the committee it belongs to ("Ban Tuyên giáo và Dân vận" over "Tỉnh ủy"): one name (forms/table.ts, joined)' },
  { id: 'table.merged-lead-centred', description: 'a lead cell merged over the first rows of a table or group, its name set in their middle: the first row, its cell empty, takes the name the next row holds (forms/table.ts)' },
  { id: 'table.group-empty-cells', description: 'a group row of a tab or bar table written with its empty cells ("I<tab>LĨNH VỰC ...<tab><tab><tab>"): a group over the rows under it (ids 1.n), not a task of its own (forms/table.ts)' },
  { id: 'table.cell-lines', description: 'a table whose every cell is a line of its own in column order (labels one a line from "STT", a row\'s number alone on a line, a cell over lines; the header repeated on later pages, page numbers between rows): the task runs to the first line naming a body, then lead, partners, a line saying when, the product (forms/cell-lines.ts)' },
  { id: 'table.cells-by-count', description: 'a table as OCR text whose cells stand two spaces or more apart but not under their header labels: a numbered row with as many cells as the labels puts them in order, a wrapped line goes to the nearest cell of its row (forms/cell-lines.ts)' },
  { id: 'table.cells-one-space', description: 'in such a table, a numbered row whose cells OCR put one space apart: the last time cell splits it, the product after it; before it the bodies the lexicon reads up to the time (a capitalised "Các", or a head noun and a capital, after another word starts a name; the lead runs to the first two names with no mark between them, the partners after), the task before them (forms/cell-lines.ts)' },
  { id: 'deadline.cell-pair-part', description: '"Quý II và Quý III/2026", "Tháng 5 và tháng 6/2026" in a cell or label: due at the end of the second; "Đầu tháng 7/2026", "Tuần đầu tháng 5/2026", "Cuối quý III": due with the month or quarter named (forms/table.ts)' },
  { id: 'deadline.cell-run-yearless', description: '"Tháng 3-4", "Quý I - II" in a cell or label without a year: due at the end of the last month or quarter of the document\'s year (forms/table.ts)' },
  { id: 'plan.expected-labels', description: 'labels of planned activities: "Thời gian dự kiến:", "Dự kiến thời gian:" give the deadline; "Địa điểm tổ chức:", "Kinh phí dự kiến:", "Thành phần tham dự:", "Số lượng:", "Quy mô:" end the value before them (plan-labels.tsv)' },
  { id: 'plan.label-footnote-mark', description: 'a footnote star between a plan label and its colon ("Thời gian thực hiện*:") is passed over (forms/plan.ts)' },
  { id: 'plan.group-own-labels', description: 'a group whose earlier items carry lead labels of their own: the last item\'s labels are its own, not the whole group\'s' },
  { id: 'task.plan-run', description: 'plan.label-runs: an item without labels among items that close with labels ("- <task>\\n- <task>\\nĐơn vị thực hiện: X") takes the labels of the next item that has them' },
  { id: 'lead.role-body', description: '"Cơ quan phối hợp có trách nhiệm ...": a body named by the role it plays (agency-words.tsv role-body: "Cơ quan chủ trì", "Đơn vị được giao chủ trì"), capitalised, then a verb, leads as printed (functionBody)' },
  { id: 'lead.role-heading', description: '"3. Cơ quan chủ trì giải quyết thủ tục X" alone on its line over points: a heading that names a body by its role (role-body) leads its points with the whole line, as printed (namedHeading)' },
  { id: 'lead.asked-heading', description: '"1. Đề nghị A, B và các C, ... trên địa bàn X:" over paragraphs (the colon ends a line, no verb after the bodies): the bodies asked lead the paragraphs, each its own task, a paragraph\'s own "Đề nghị Y ..." leading it (headingAt)' },
  { id: 'lead.giao-cho', description: '"Giao cho Giám đốc Trung tâm X chủ trì ...": at the clause\'s start (or after "được"), whom the work is given to follows "cho" (not "đã bàn giao cho ...") (lead.giao)' },
  { id: 'lead.giao-passive', description: '"Việc ... được giao cho Sở X theo dõi ...": the body the work is given to leads, the work follows it (lead.giao)' },
  { id: 'lead.block-title-giao', description: 'an item whose only labels say when, its title asking a body ("3. Đề nghị Ủy ban nhân dân các xã ... .\nThời gian hoàn thành: ..."): that body leads, not the heading\'s addressee, and the action starts after it' },
  { id: 'lead.block-title-subject', description: 'an item whose only labels say when ("1. Sở X tham mưu ... .\\nThời gian hoàn thành: ..."): the subject its title opens with leads, not the heading\'s addressee' },
  { id: 'lead.next-line-chu-tri', description: 'an activity, then a line of its own that opens with who leads ("<body> chủ trì ..."): that body leads, those after "phối hợp (với)" coordinate' },
  { id: 'lead.bracket-chu-tri', description: 'an activity with a bracket "(X chủ trì ...)" after it, partners after "phối hợp (với)": X leads, Y coordinates, the action ends before the bracket (forms/plan.ts)' },
  OFFICE_RULES[0],
  OFFICE_RULES[1],
  OFFICE_RULES[5],
  { id: 'lead.plan-person', description: 'a lead label whose value opens with "Đồng chí" and an office ("Đơn vị chủ trì: Đồng chí Phó Chủ tịch ..., phụ trách ..."): the office as printed is the one lead (forms/plan.ts)' },
  { id: 'deadline.cell-note', description: 'a plan label\'s or cell\'s time with a note in brackets after it or "Dự kiến" before it ("Dự kiến tháng 11/2025 (sau khi ...)"): read without them (forms/table.ts)' },
  { id: 'deadline.cell-span-end', description: '"Từ tháng 12/2025 đến quý I/2026": a span the time patterns do not read is due at the end of its last part (forms/table.ts)' },
  { id: 'deadline.cell-quarters', description: '"Quý IV/2025 và Quý I/2026": two times each with its year, the later in due, both in all (forms/table.ts)' },
  { id: 'plan.group-dash-labels', description: 'a group whose last item holds dash lines that are all labels ("- Thời gian thực hiện: ...", "- Đơn vị chủ trì: ..."), the items before it without points: the labels are the whole group\'s (task.plan-group)' },
  { id: 'deadline.runs-on-years', description: '"năm 2028 và các năm tiếp theo", "giai đoạn 2026-2030 và những năm sau" in a task\'s text: work that goes on from then, recurring (src/extract/deadlines.ts)' },
  { id: 'deadline.standing-clause', description: '"...; thực hiện thường xuyên.", ", thường xuyên)": a clause that only says the work goes on all the time is recurring (not "thường xuyên kiểm tra", an adverb of the verb) (src/extract/deadlines.ts)' },
  { id: 'deadline.periodic-ad-hoc', description: 'reporting "định kỳ và đột xuất" (at set times and when asked) is recurring work (src/extract/deadlines.ts)' },
  { id: 'task.skip.execution-before-force', description: '"... chịu trách nhiệm thi hành Quyết định này" without a full stop, the entry into force on the next line: the execution formula, no task' },
  { id: 'task.skip.self-dissolution', description: '"Tổ ... tự giải thể sau khi ..." (a team set up dissolves itself): no task' },
  { id: 'task.skip.member-list', description: 'an item whose dashes all name board members by honorific ("- Ông <name>, <title>, Phó Trưởng ban;", no duty after a colon, most ending with the seat): who sits on it, no task' },
  ...SKIP_RULES,
  { id: 'lead.heading-asked-verb', description: 'an item heading "Đề nghị / Giao X phối hợp (thực hiện, chủ trì)" alone on its line over points: X leads them' },
  { id: 'section.shared-by-unit', description: 'a plan whose roman section "Tổ chức thực hiện" shares the work out by unit (unit headings over dashes, two units or more): the items of its other roman sections are no tasks, save labelled plan blocks and tables' },
  { id: 'section.solutions-shared', description: 'in such a plan, a roman section of solutions ("NHIỆM VỤ VÀ GIẢI PHÁP", "CÁC GIẢI PHÁP") is no task list even where its points name who acts ("(Sở X chủ trì ...)", "; giao Sở Y thực hiện"): the unit sections assign that work (corpus/gold/dev/README.md)' },
  { id: 'section.content-shared', description: 'in such a plan, a roman section of content ("NỘI DUNG", "NỘI DUNG KẾ HOẠCH") is no task list either: its points specify the measures, places and figures ("- Xã A: Lấy mẫu ...", "Sở X phối hợp ...") that the unit sections share out' },
  { id: 'section.title-wrapped', description: 'a roman section\'s capital title wrapped onto a second capital line ("IV. TỔ CHỨC" / "THỰC HIỆN") is read whole' },
  { id: 'section.unit-paragraphs', description: 'an item of "Tổ chức thực hiện" that opens with the body it assigns ("2. Sở Tài chính: Căn cứ ...") counts as a unit of the sharing, as a unit heading over dashes does' },
  { id: 'section.decision-plan', description: 'a decision that issues a plan ("Điều 1. Phê duyệt Kế hoạch ...", the plan\'s title "KẾ HOẠCH" on a line of its own) shares its plan\'s work out by unit as a plan does' },
  { id: 'section.assignment-title', description: 'a roman section "PHÂN CÔNG NHIỆM VỤ" / "PHÂN CÔNG TRÁCH NHIỆM" by unit shares the work out as "TỔ CHỨC THỰC HIỆN" does; alone it drops only the points of a section of solutions (a "NỘI DUNG CÔNG TÁC" beside it may be the only statement of its work)' },
  { id: 'lead.heading-head-noun', description: 'a heading alone over points that opens with the head noun of a body ("3. Ban Quản lý dự án đầu tư xây dựng huyện và các Chủ đầu tư:", "5. Chủ đầu tư các khu đô thị:"): the line names who leads, whole, split at "và" before another head' },
  { id: 'lead.heading-full-stop', description: 'a unit heading printed with a full stop, alone on its line over points ("2. Trung tâm Y tế huyện." over dashes): the body leads its points' },
  { id: 'plan.label-and-text-partners', description: 'a plan block whose partners\' label names some ("Đơn vị phối hợp: Các sở, ngành") and whose work says "phối hợp (với) Y" ("Nhiệm vụ: Tham mưu ... phối hợp với Bộ X rà soát ..."): Y coordinates too (planBlock)' },
  { id: 'plan.host-and-doer', description: 'a plan block with a host label and a doer label ("Đơn vị chủ trì: Sở X." then "Đơn vị thực hiện: Bảo tàng Y."): who carries the work out leads beside the host (forms/plan.ts)' },
  { id: 'section.theme-and-work', description: 'a section title that joins its theme or targets to the work ("III. CHỦ ĐỀ, NỘI DUNG CÁC HOẠT ĐỘNG", "MỤC TIÊU VÀ NHIỆM VỤ") is no section of targets: its activities are read' },
  { id: 'section.solutions-own-doers', description: 'a section of solutions or content most of whose items name who acts ("1. Sở X chủ trì tổ chức ...", "giao Y ...": at least half its lowest items) is the plan\'s task list, not a description the unit sections share out: its items that name their doer stay' },
  { id: 'section.solutions-asked', description: 'in a section of solutions shared out by unit, an item that opens by asking a body ("Đề nghị Ủy ban Mặt trận ... tổ chức ...", after a topic\'s title line or not) is still a task that body leads' },
  { id: 'task.activity-then-giao', description: 'an item "<activity>." over "Giao X chủ trì, phối hợp với Y thực hiện, hoàn thành ...": one task with the activity as its action, X leads (not a task "Thực hiện ..." of the second sentence)' },
  { id: 'plan.next-line-lead', description: 'a plan block "<activity>." over "<body> chủ trì, phối hợp với Y ..." over its labels ("Thời gian: ..."): the line before the labels says who leads (lead.next-line-chu-tri) when no label does' },
  { id: 'task.closing-report', description: 'a plan\'s closing paragraph "Trên đây là Kế hoạch ... . Đề nghị <bodies> ... . Định kỳ hằng năm (trước ngày ...) báo cáo kết quả ...": the reporting is a task of the bodies asked, after the last section\'s items' },
  { id: 'deadline.limit-la', description: '"chậm nhất là ngày 25/12", "hạn cuối ngày 28/12/2026": a limit word, "là" between, then the day (src/extract/deadlines.ts)' },
  { id: 'deadline.year-end-rollover', description: '"trước ngày 05/01" in a letter written from October on: a day of the first quarter without its year, before the letter\'s date, is of the next year (src/extract/deadlines.ts)' },
  { id: 'deadline.next-year', description: '"trước ngày 10 tháng 01 của năm liền kề", "... năm sau", "... năm tiếp theo": a day without its year said to be of the year after is of the letter\'s year plus one; "... năm liền kề sau năm đánh giá" (after each year of a cycle) recurs (src/extract/deadlines.ts)' },
  { id: 'deadline.periodic-limit-day', description: '"hằng năm ..., chậm nhất là ngày 20 tháng 12": a day without its year after "chậm nhất là" in the clause of a period is when the recurring work falls due (src/extract/deadlines.ts)' },
  { id: 'deadline.year-end', description: '"Kết thúc năm 2026, ...": by the end of that year (src/extract/deadlines.ts)' },
  { id: 'deadline.weekday', description: '"trước thứ Tư ngày 03/12/2025", "trước 17 giờ thứ Sáu, ngày ...": a day of the week between the cue and the date (src/extract/deadlines.ts)' },
  { id: 'deadline.quarter-edge', description: '"vào đầu quý I năm 2010", "chậm nhất là cuối quý I năm 2010": due at the end of the quarter; not "từ đầu quý" (src/extract/deadlines.ts)' },
  { id: 'deadline.day-each-period', description: '"trước ngày 30/11 hằng năm": a day without its year right before a period falls due each time: recurring (src/extract/deadlines.ts)' },
  { id: 'deadline.periodic-clause-day', description: '"định kỳ 6 tháng báo cáo Bộ X trước ngày 15 tháng 6 và trước ngày 01 tháng 12": every day without its year later in the clause of a period is when the recurring work falls due (src/extract/deadlines.ts)' },
  { id: 'deadline.prior-year-day', description: '"trước ngày 01 tháng 12 của năm trước": a day of the year before each year\'s work recurs (src/extract/deadlines.ts)' },
  { id: 'deadline.year-scope', description: '"những nhiệm vụ đã giao trong năm 2027", "mục tiêu đề ra trong năm 2026": the year names which tasks or targets, it is no deadline (src/extract/deadlines.ts)' },
  { id: 'deadline.periodic-day', description: '"Định kỳ hằng năm (trước ngày 30 tháng 11)": a day without its year right after a period is when the recurring work falls due, not a date of this year (src/extract/deadlines.ts)' },
  { id: 'lead.lead-in-semicolons', description: 'a lead-in "Yêu cầu / Đề nghị <bodies>; <bodies> thực hiện ... sau:" whose bodies are parted by ";" (before a capital, where the lead-in reader stops): every body before the verb leads the items, not the Kính gửi addressees' },
  { id: 'lead.addressee-name', description: 'a sentence that opens with the whole name of one of the Kính gửi addressees, longer than the name reader reads there (a verb inside the name: "Ban Quản lý dự án giao thông tỉnh", "Các nhà thầu thi công"), then a verb in small letters: that addressee is the subject' },
  { id: 'lead.role-bracket', description: '"<body> (<its role or short name>) <verb> ...": a bracket between the subject and its verb ("Sở X (cơ quan thường trực Ban Chỉ đạo tỉnh) hướng dẫn ..."): the body is the subject (lead.subject), the action starts at the verb' },
  { id: 'lead.standing-role', description: '"<body> là cơ quan thường trực / đầu mối / chủ trì, ...": the body is the subject (lead.subject) and its action opens with the role' },
  { id: 'plan.label-roles-rest', description: 'as plan.label-roles, without "phối hợp": "Đơn vị thực hiện: X (chủ trì), Y, Z": X leads, the bodies listed after its mark coordinate (forms/plan.ts)' },
  { id: 'lead.standing-role-bare', description: '"Cục X là đầu mối theo dõi, đôn đốc ...": as lead.standing-role, the role "đầu mối" without "cơ quan"' },
  { id: 'deadline.cell-quarter-run', description: '"Quý I - II/2026" in a cell or plan label: a run of quarters is due at the end of the last (forms/table.ts)' },
  { id: 'lead.giao-not-title', description: 'an assigning verb written in capitals ("I. MỤC ĐÍCH, YÊU CẦU" over a paragraph) is a title\'s word: lead.giao reads no one after it' },
  { id: 'plan.inline-label-bracket', description: 'a plan block whose labels stand on the title\'s line with the lead in a bracket after them ("...; thời gian: Quý III/2026 (Sở X thực hiện)."): the bracket leads' },
  { id: 'plan.title-deadline', description: 'a plan block whose labels give no time: a deadline in its title ("<activity>, xong trong Quý III") is its deadline' },
  { id: 'lead.remit-phrase', description: '"<body> trong phạm vi (chức năng, quyền hạn, lĩnh vực) của mình <verb> ...": the remit between a subject and its verb keeps the body the subject (lead.subject); the action keeps the phrase' },
  { id: 'lead.time-opening', description: '"Định kỳ 6 tháng, hằng năm, Sở X tổng hợp ...", "Trước ngày 15/12 hằng năm, các sở báo cáo ...": the subject after an opening that says when leads (forms/leads.ts)' },
  { id: 'task.opening-subjects', description: 'a later sentence of an item whose subject stands after an opening of grounds or time ("Căn cứ ..., các sở xây dựng ...", "Định kỳ ..., Sở X tổng hợp ...") is a task of its own, like task.subjects' },
  { id: 'lead.heading-colon-rest', description: '"1. Đối với các sở, ngành:" over a paragraph on the next line: the colon left on the heading\'s line is no paragraph, so the paragraph is the item\'s task (id 1, not 1.2)' },
  { id: 'lead.for-unit-colon', description: '"1. Đối với Sở X: <work>", "Trách nhiệm của Sở Y: <work>": the bodies before the colon lead, the work follows it (a subject of its own after the colon leads instead)' },
  { id: 'lead.intro-after-purpose', description: '"5. Để ..., các sở, ngành (and the scope of its duties) triển khai những nội dung sau:" over points: the subject after the clause of purpose leads them' },
  { id: 'coordinate.lead-in-points', description: 'an item\'s own text "(X) chủ trì, phối hợp với Y triển khai những việc sau:" over its points: Y coordinates each point (also under a heading that names X, and when the lead-in is no task itself)' },
  { id: 'lead.modal', description: '"<body> cần / sẽ / phải <verb> ...": a word of mood after a name (dictionaries/extract/modals.tsv) ends the name and makes the body the subject; the action starts at the verb' },
  { id: 'task.guidance-execution', description: 'a guidance letter ("... hướng dẫn ... như sau:"): the items of its roman section "TỔ CHỨC (TRIỂN KHAI) THỰC HIỆN" share the guidance out by body ("1. Sở X ban hành văn bản chỉ đạo ..."), tasks though the body is not in the gazetteer (task.guidance keeps only those elsewhere)' },
] as const;

export function findTasks(ctx: TaskContext): Task[] {
  // Tables may sit in an appendix after the signature.
  const tables = findTableTasks({ text: ctx.text, gaz: ctx.gaz, from: ctx.bodyStart, to: ctx.text.length, year: ctx.year, words: ctx.words, level: ctx.level });
  let text = blankFootnotes(ctx.text, ctx.bodyStart, ctx.bodyEnd);
  for (const r of tables.regions) text = text.slice(0, r.start) + text.slice(r.start, r.end).replace(/[^\n]/g, ' ') + text.slice(r.end);
  // After the tables are blanked: a number in a table's cell is not an item.
  text = readLayout(joinLoneMarkers(blankGluedPageNumbers(joinPageBreaks(text, ctx.bodyStart, ctx.bodyEnd), ctx.bodyStart, ctx.bodyEnd), ctx.bodyStart, ctx.bodyEnd), ctx.bodyStart, ctx.bodyEnd);
  const c = text === ctx.text ? ctx : { ...ctx, text, folded: fold(text) };
  // The closing formula ("- Thường trực Tổ Giúp việc trân trọng thông báo ...", "Văn phòng Chính phủ trân trọng thông báo ...") ends the items.
  const close = RE_CLOSING.exec(c.folded.slice(c.bodyStart, c.bodyEnd));
  // task.closing-notice: "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." on a line of its own ends
  // the items too (its subject is no later subject of the last point).
  const notice = RE_CLOSING_NOTICE.exec(c.folded.slice(c.bodyStart, c.bodyEnd));
  const cut = Math.min(close?.index ?? Infinity, notice?.index ?? Infinity);
  const bodyEnd = Number.isFinite(cut) ? c.bodyStart + cut + 1 : c.bodyEnd;
  const marked = (line: string) => !!markerAt({ start: 0, text: line });
  const units = new Set([...unitLines(text, c.folded, c.bodyStart, bodyEnd, c.gaz, marked), ...activityLines(text, c.folded, c.bodyStart, bodyEnd, marked)]);
  let roots = parse(text, c.bodyStart, bodyEnd, units);
  // task.closing-request: "... (the last item's text).\nĐề nghị Ủy ban nhân dân các tỉnh chỉ đạo ... ." after the last numbered
  // item, a paragraph that asks a body by name is the letter's own request, not more of that item: the items end before it.
  // (task.topic-lines: not under a last item whose title ends in a colon, "2. Về vốn:", over lines that each assign:
  // those lines are its own.)
  const lastRoot = roots[roots.length - 1];
  const topicTitle = !!lastRoot && !lastRoot.children.length && /:[ \t]*$/.test(text.slice(lastRoot.textStart, Math.max(lastRoot.textStart, text.indexOf('\n', lastRoot.textStart))));
  // (From the last item in reading order, not the last root's start: a request line between a root's points is theirs.)
  let lastNode = lastRoot;
  while (lastNode?.children.length) lastNode = lastNode.children[lastNode.children.length - 1];
  const closing = roots.length && lastRoot!.kind !== 'dash' && !topicTitle ? closingRequest(c, text, lastNode!.start, bodyEnd) : undefined;
  if (closing) roots = parse(text, c.bodyStart, closing.start, units);
  const tasks: Task[] = [...tables.tasks];
  // Items that frame their points for whom they ask (task.frame-giao): their points ask too.
  const framed: string[] = [];
  const visit = (n: Node, inherited: AgencyItem[]): AgencyItem[] | undefined => {
    // "c) Thanh tra Chính phủ ... thực hiện ... .\nĐề nghị Kiểm toán Nhà nước ... tạo điều kiện ...": sentences that each name who acts are one task each.
    const subjects = (from: number, to: number): { own?: AgencyItem[] } | undefined => {
      const parts = subjectSentences(c, text, from, to, n.kind !== 'dash');
      if (!parts) return undefined;
      const read = parts.map((p, i) => readTask(c, text, p.start, p.end, inherited, `${id(n)}.${i + 1}`, { start: i ? p.start : n.start, end: trimEnd(text, p.start, p.end) }, false, p.semicolon || parts[i + 1]?.semicolon ? 'task.clause-subjects' : 'task.subjects'));
      const giao = activityThenGiao(c, text, n, parts, read.map((r) => r?.task));
      if (giao) {
        tasks.push(giao);
        return { own: read[1]?.own };
      }
      const found = read.filter((r) => r?.task);
      if (found.length === 1) found[0]!.task!.id = id(n);
      for (const f of found) tasks.push(f!.task!);
      return { own: found[found.length - 1]?.own };
    };
    const ownEnd = n.children.length ? n.children[0]!.start : n.ownEnd;
    // "3. Thời gian thực hiện: ...", "4. Sản phẩm: ...": a label of the section above, not a task of its own.
    const label = titleRole(c, text, n);
    if (label && (label.role === 'deadline' || label.role === 'product')) return undefined;
    // "II. MỤC TIÊU", "2. Tiêu chí thi đua": targets, criteria, who takes part: its points are no one's tasks.
    if (n.children.length && (noTaskTitle(c, text, n) || noTaskSection(c.folded, n.textStart, n.end))) return undefined;
    // task.skip.member-list: "1. Ban Chỉ đạo\n- Ông <name>, <title>, Trưởng ban;\n- Bà <name>, ..., Phó Trưởng ban;": who sits on a board.
    if (memberList(text, n)) return undefined;
    if (allocationPoints(text, n)) {
      const r = readTask(c, text, n.textStart, n.end, inherited, id(n), { start: n.start, end: trimEnd(text, n.start, n.end) }, false, 'task.allocation');
      if (r?.task) tasks.push(r.task);
      return r?.own;
    }
    // task.case-points (forms/particulars.ts): "..., cụ thể:\n- Nếu <case>: ...\n- Nếu <case>: ...": one task, the points its action's.
    if (n.children.length >= 2 && n.children.every((ch) => ch.kind === 'dash' && !ch.children.length && RE_CASE_POINT.test(text.slice(ch.textStart, ch.end)))) {
      const r = readTask(c, text, n.textStart, n.end, inherited, id(n), { start: n.start, end: trimEnd(text, n.start, n.end) }, false, 'task.case-points');
      if (r?.task) tasks.push({ ...r.task, action: particularsAction(text, n.textStart, n.end) });
      return r?.own;
    }
    const section = sectionBlock(c, text, n);
    if (section) {
      tasks.push(...section);
      return undefined;
    }
    const block = planBlock(c, text, n, inherited);
    if (block) {
      tasks.push(block);
      return undefined;
    }
    const group = groupLabels(c, text, n);
    if (group) {
      // "1. <group>\n- <task>\n- <task>\nĐơn vị chủ trì: X; Đơn vị phối hợp: Y.": the labels under the last item lead every item of the group.
      n.children.forEach((ch, i) => {
        const end = i === n.children.length - 1 ? group.cut : ch.end;
        const r = readTask(c, text, ch.textStart, end, group.parts.lead, id(ch), { start: ch.start, end: trimEnd(text, ch.start, end) }, false, 'task.plan-group', true);
        const t = r?.task;
        if (!t) return;
        if (t.leadRule === 'lead.heading') t.leadRule = 'lead.plan-label';
        const more = group.parts.coordinate.map((a) => ref(a)).filter((a) => !t.coordinate.some((x) => key(x.name) === key(a.name)));
        t.coordinate = [...more, ...t.coordinate];
        t.deadline ??= group.parts.deadline ?? standing(text, n);
        tasks.push(t);
      });
      return undefined;
    }
    const runs = labelRuns(c, text, n);
    if (runs) {
      // plan.label-runs: "- <task>\n- <task>\nĐơn vị thực hiện: X ...\n- <task>\nĐơn vị chủ trì: Y ...": items without labels take
      // the labels that close their run.
      n.children.forEach((ch, i) => {
        const parts = runs[i];
        if (!parts) return void visit(ch, inherited);
        const r = readTask(c, text, ch.textStart, ch.end, parts.lead, id(ch), { start: ch.start, end: trimEnd(text, ch.start, ch.end) }, false, 'task.plan-run', true);
        const t = r?.task;
        if (!t) return;
        if (t.leadRule === 'lead.heading') t.leadRule = 'lead.plan-label';
        const more = parts.coordinate.map((a) => ref(a)).filter((a) => !t.coordinate.some((x) => key(x.name) === key(a.name)));
        t.coordinate = [...more, ...t.coordinate];
        t.deadline ??= parts.deadline;
        tasks.push(t);
      });
      return undefined;
    }
    if (!n.children.length) {
      // "1. Công an tỉnh ... \n<paragraph>\n<paragraph>": a heading that names who, over paragraphs that are its tasks.
      const head = headingAt(c, text, n.textStart, n.end);
      const paras = head && head.alone && head.end < n.end ? paragraphs(text, head.end, n.end) : [];
      if (head && paras.length) {
        paras.forEach((p, i) => {
          // (Under a request's heading, lead.asked-heading, a paragraph may name its own subject: "Các cơ quan ... khi ... thì ...".)
          const r = readTask(c, text, p.start, p.end, head.items, paras.length > 1 ? `${id(n)}.${i + 1}` : id(n), { start: p.start, end: trimEnd(text, p.start, p.end) }, false, 'task.paragraph', !head.asked);
          if (r?.task) tasks.push(r.task);
        });
        return undefined;
      }
      // "3. Tổ chức thực hiện\n<paragraph>": a short title line over the paragraph that assigns (task.titled-paragraph: up to 9
      // words, "4. Trách nhiệm phối hợp trong tổ chức thực hiện").
      const nl = text.indexOf('\n', n.textStart);
      const title = nl > 0 && nl < n.end ? text.slice(n.textStart, nl).trim() : '';
      if (topicParagraphs(c, text, n, nl, inherited, tasks)) return undefined;
      // (task.name-over-break: not a name broken over the line, "2. Văn phòng\nTrung ương Đảng phối hợp ...": one subject.)
      const broken = title ? agencyList(text, c.folded, n.textStart, c.gaz, Math.min(n.end, nl + 80) - n.textStart).items.some((i) => i.span.start < nl && i.span.end > nl) : false;
      if (title && !broken && title.split(/\s+/).length <= 9 && !/[.;:,]$/.test(title) && /^\s*\p{Lu}/u.test(text.slice(nl + 1, n.end)) && leadAt(c, text, nl + 1 + (text.slice(nl + 1).length - text.slice(nl + 1).trimStart().length), n.end)) {
        const own = subjects(nl + 1, n.end);
        if (own) return own.own;
        const r = readTask(c, text, nl + 1, n.end, inherited, id(n), { start: n.start, end: trimEnd(text, n.start, n.end) });
        if (r?.task) tasks.push(r.task);
        return r?.own;
      }
    }
    if (n.children.length) {
      // A heading: its agency list, or an addressee line under it ("Ủy ban nhân dân các tỉnh, ...:"), leads the items below.
      let addressee = inherited;
      const head = leadOrHeading(c, text, n.textStart, ownEnd);
      if (head) addressee = tidyHeading(head);
      else {
        const lineStart = text.indexOf('\n', n.textStart);
        if (lineStart > 0 && lineStart < ownEnd) {
          const l = agencyList(text, c.folded, lineStart + 1, c.gaz, ownEnd - lineStart);
          if (l.items.length && /^[ \t]{0,3}:/.test(c.folded.slice(l.end, l.end + 4))) addressee = l.items;
          // lead.title-subject-line (forms/letter.ts): "<title>\n<bodies> có trách nhiệm:" / "<bodies> phải ...; cần ... sau:".
          else {
            const t = firstRule(TITLE_SUBJECT_RULES, { text, folded: c.folded, gaz: c.gaz, from: n.textStart, to: ownEnd, subject: (at, limit) => leadAt(c, text, at, limit) });
            if (t) addressee = t.value.items;
          }
        }
      }
      // lead.item-lead-in (forms/lead-in.ts): a title line, then "(Để ..., ) <bodies> có trách nhiệm:" over the points.
      const innerLeadIn = head ? undefined : itemLeadIn({ text, folded: c.folded, gaz: c.gaz, from: n.textStart, to: ownEnd, subject: (at, limit) => leadAt(c, text, at, limit) });
      if (innerLeadIn) addressee = innerLeadIn;
      if (addressee === inherited) addressee = introSubject(c, text, n.textStart, ownEnd) ?? titleBodies(c, text, n.textStart, ownEnd) ?? sectionLead({ text, folded: c.folded, gaz: c.gaz, at: n.textStart, ownEnd }) ?? inherited;
      // The item's own text over its points assigns too: "- Hướng dẫn, kiểm tra ... các hộ:" over "+" points; "1. Hoàn thành ... .\n- ...";
      // "2. Vụ X\nĐôn đốc ... và có trách nhiệm sau đây:\na) ..."; "6. <title>\nBộ X chủ trì, ... các vấn đề sau:\n- ..." (its subject leads the points).
      let leadInCoord: Task['coordinate'] = [];
      let partners = false;
      let bareChuTri = false;
      let partnerCoord: Task['coordinate'] = [];
      let headingLine = false;
      let leadInTask = false;
      if (n.kind !== 'roman') {
        const h = head ? headingAt(c, text, n.textStart, ownEnd) : undefined;
        let ps = h ? h.end : n.textStart;
        let titled = false;
        // lead.heading-line (forms/letter.ts): "1. Bộ X chủ trì" (then "phối hợp" and Y) alone over its points: X leads each, Y coordinates.
        const line = h || addressee !== inherited ? undefined : firstRule(HEADING_LINE_RULES, { text, folded: c.folded, gaz: c.gaz, from: n.textStart, to: ownEnd, subject: (at, limit) => leadAt(c, text, at, limit) });
        if (line) {
          addressee = line.value.items;
          leadInCoord = line.value.coordinate.map((a) => ref(a));
          headingLine = true;
          ps = ownEnd;
        } else if (!h) {
          const nl = text.indexOf('\n', n.textStart);
          const first = nl > 0 && nl < ownEnd ? text.slice(n.textStart, nl).trim() : '';
          const lastWord = first.toLowerCase().split(/\s+/).pop() ?? '';
          if (first && first.split(/\s+/).length <= 14 && !/[.;:,]$/.test(first) && !lexicon().stopwordsWritten.has(lastWord) && /^\s*\p{Lu}/u.test(text.slice(nl + 1, ownEnd))) {
            ps = nl + 1;
            titled = true;
          }
        }
        while (ps < ownEnd && /\s/.test(text[ps]!)) ps++;
        // A page number between the text and its first point is not the text's end.
        const pe = ps + text.slice(ps, trimEnd(text, ps, ownEnd)).replace(/\n\s*\d{1,3}$/, '').trimEnd().length;
        if (pe > ps && (!h || h.alone)) {
          const subj = h ? undefined : leadAt(c, text, ps, pe);
          if (subj && titled) addressee = subj.items;
          const verb = RE_VERB_START().test(c.folded.slice(ps, ps + 40));
          const closed = /[.;:]/.test(text[pe - 1]!);
          // "- Bên cạnh ..., Tổng cục Thuế đề nghị Cục Thuế tăng cường ... như sau:" over "+" points: whom it asks leads them.
          const asked = h || subj ? undefined : firstRule(LEAD_RULES.filter((r) => r.id === 'lead.giao'), { c, text, from: ps, to: pe, inherited: addressee, sentence: false });
          if (asked && closed) addressee = asked.value.items;
          // task.frame-giao (forms/frames.ts): "Giao X chủ trì, phối hợp với Y:" over points: no task itself, Y works on each point.
          const frame = asked && /:$/.test(text.slice(ps, pe)) ? frameCoordinates(text, c.folded, c.gaz, asked.value.actionFrom, pe) : undefined;
          if (frame) leadInCoord = frame.map((a) => ref(a));
          if (frame) framed.push(id(n));
          // lead.chu-tri-partners: "1. Vụ X chủ trì, phối hợp:" / "... phối hợp với các đơn vị liên quan:" over points that each name
          // the partner ("- Với Cục Y kiểm tra ...", "- Bộ Z: hướng dẫn ..."): X leads every point, each point's body coordinates.
          if (subj && !titled && !h && /:$/.test(text.slice(ps, pe)) && /^[ \t\r\n,]{0,3}chu[ \t\r\n]{1,3}tri[ \t\r\n,]{1,4}phoi[ \t\r\n]{1,3}hop(?:[ \t\r\n]{1,3}voi[^:;.]{0,120})?[ \t]*:$/.test(c.folded.slice(subj.end, pe))) {
            addressee = subj.items;
            partners = true;
            // coordinate.chu-tri-heading: "... phối hợp với Y:" over points that name no partner of their own: Y works on each.
            partnerCoord = (frameCoordinates(text, c.folded, c.gaz, subj.end, pe) ?? []).map((a) => ref(a));
          }
          // lead.chu-tri-bare-points: "b) Chủ trì, phối hợp(:)" with no subject, under a heading that names X, over points that
          // each open with bodies ("- Sở Y, Sở Z lập dự toán ..."): X leads every point, the point's bodies coordinate.
          const bare = !subj && !h && !titled && addressee.length > 0 && /^chu[ \t\r\n]{1,3}tri[ \t\r\n,]{1,4}phoi[ \t\r\n]{1,3}hop(?:[ \t\r\n]{1,3}voi)?[ \t]*:?$/.test(c.folded.slice(ps, pe));
          if (bare) partners = bareChuTri = true;
          if (!frame && !bare && !innerLeadIn && ((h && verb) || (subj && (titled ? closed : /[.;]/.test(text[pe - 1]!))) || (asked && closed) || (!h && verb && closed && (titled || ps === n.textStart)))) {
            const r = readTask(c, text, ps, ownEnd, addressee, id(n), { start: n.start, end: trimEnd(text, n.start, ownEnd) }, false, 'task.lead-in');
            // task.frame-only: "Giao X (the words of its remit) khẩn trương thực hiện ... sau:": whom it asks leads the points; the
            // words after them are a frame (reports.tsv `frame`), no work of its own.
            const frameOnly = !!asked && /:$/.test(text.slice(ps, pe)) && frameWords(c.folded.slice(asked.value.actionFrom, pe));
            if (r?.task && !frameOnly) tasks.push(r.task);
            leadInTask = !!r?.task && !frameOnly;
            // "1. Các cơ quan ... xây dựng kế hoạch ... .\n- Giới thiệu ...\n- Báo cáo ...": the item's subject goes on in its points.
            if (r?.task && subj && !titled && !addressee.length) addressee = subj.items;
            // "Bộ X chủ trì, phối hợp với Y ... các vấn đề sau:": Y works on each point with X.
            if (r?.task && subj && /:$/.test(text.slice(ps, pe))) leadInCoord = r.task.coordinate;
          }
        }
        // task.lead-in-focus: "Bộ X <work>; trong đó lưu ý một số nội dung sau:" over points: the work before the focus clause
        // is a task of its own; X leads the points and whom the work is done with coordinates each.
        const focus = leadInTask || headingLine || titled || (h && h.alone) ? undefined : focusClause(c.folded, ps, pe);
        if (focus !== undefined) {
          const r = readTask(c, text, ps, focus, addressee, id(n), { start: n.start, end: trimEnd(text, n.start, focus) }, false, 'task.lead-in-focus');
          if (r?.task) {
            tasks.push(r.task);
            if (r.own?.length && r.task.leadRule !== 'lead.heading') addressee = r.own;
            leadInCoord = r.task.coordinate;
          }
        }
      }
      // coordinate.lead-in-points: "(X) chủ trì, phối hợp với Y triển khai những việc sau:" over points: Y works on each point.
      if (!leadInCoord.length && !partners) leadInCoord = leadInPartners(c, text, n.textStart, ownEnd).map((a) => ref(a));
      // With nobody named above, an item that starts with a verb goes on with the subject of the item before it.
      let previous: AgencyItem[] = [];
      const first = tasks.length;
      // task.note-points: "2.1. Tiến hành xem xét ..., trong khi xem xét cần lưu ý:" over points: what to mind while doing it, not tasks.
      const own = c.folded.slice(n.textStart, ownEnd).replace(/\s+/g, ' ').trimEnd();
      if (lexicon().doneReport.notes.some((w) => new RegExp(`(?<![a-z])${phrase(w)} ?:$`).test(own))) return undefined;
      // task.skip.issued-content: "Điều 1. Ban hành (kèm theo Quyết định này) <X> ... như sau:" / "... gồm:" over items: what the
      // issued text holds (a timetable, the parts of a set of criteria), no one's tasks. ("Phê duyệt ... như sau:" holds the plan.)
      if (n.dieu && /^ban hanh(?![a-z])/.test(own) && /(?:nhu sau|gom|bao gom) ?:$/.test(own)) return undefined;
      // task.purpose-points: "đ) Sửa đổi Luật X ... để:" over points: the points say what for; the item is one task, they none.
      // task.direction-points (letters32): "c) Xây dựng phương án ..., theo hướng:" over points: the points say how the work is
      // aimed (a gazette's running head may stand between, "CÔNG BÁO/Số .../Ngày ..." and a page number); one task too.
      const direction = / theo huong ?:$/.test(own.replace(/ cong bao ?\/ ?so \d+ ?\/ ?ngay [\d-]+(?: \d{1,3})?$/, ''));
      if (n.kind !== 'roman' && !n.dieu && (/ (?:de|nham) ?:$/.test(own) || direction)) {
        if (!leadInTask) {
          const r = readTask(c, text, n.textStart, ownEnd, addressee, id(n), { start: n.start, end: trimEnd(text, n.start, ownEnd) }, false, direction ? 'task.direction-points' : 'task.purpose-points');
          if (r?.task) tasks.push(r.task);
        }
        return undefined;
      }
      // lead.for-unit-line: "Đối với <bodies>:" on a line of its own between the points leads the points after it.
      let unitHead: AgencyItem[] | undefined;
      for (const ch of n.children) {
        const verb = RE_VERB_START().test(c.folded.slice(ch.textStart, ch.textStart + 40));
        const ls = text.lastIndexOf('\n', ch.start - 2) + 1;
        unitHead = (ls >= n.textStart ? forUnitHeading(c, text, ls, ch.start) : undefined) ?? unitHead;
        const own = visit(ch, unitHead ?? (addressee.length ? addressee : verb ? previous : []));
        if (!addressee.length) previous = own ?? [];
      }
      // coordinate.lead-in-and-own: a point that names a partner of its own ("- Với Sở Y ...", "- Phối hợp với Z ...") under a
      // lead-in's partners works with both: the lead-in's first, then its own.
      // (A lead-in's "các đơn vị liên quan" alone is what each point's partner names: not added.)
      if (leadInCoord.length)
        for (const t of tasks.slice(first)) {
          if (t.leadRule !== 'lead.heading' || (t.coordinate.length && vagueOnly(leadInCoord))) continue;
          t.coordinate = [...leadInCoord, ...t.coordinate.filter((a) => !leadInCoord.some((b) => key(b.name) === key(a.name)))];
        }
      if (headingLine) for (const t of tasks.slice(first)) if (t.leadRule === 'lead.heading') t.leadRule = 'lead.heading-line';
      if (innerLeadIn) for (const t of tasks.slice(first)) if (t.leadRule === 'lead.heading') t.leadRule = 'lead.item-lead-in';
      if (head && memberHeading(text, c.folded, c.gaz, n.textStart, ownEnd)) for (const t of tasks.slice(first)) if (t.leadRule === 'lead.heading') t.leadRule = 'lead.heading-members';
      if (partners) for (const t of tasks.slice(first)) partnerPoint(c, t, addressee, bareChuTri ? 'lead.chu-tri-bare-points' : 'lead.chu-tri-partners');
      // (coordinate.lead-in-and-own: a point with partners of its own works with the heading's too, theirs first.)
      if (partnerCoord.length)
        for (const t of tasks.slice(first)) {
          if ((t.leadRule !== 'lead.heading' && t.leadRule !== 'lead.chu-tri-partners') || (t.coordinate.length && vagueOnly(partnerCoord))) continue;
          t.coordinate = [...partnerCoord, ...t.coordinate.filter((a) => !partnerCoord.some((b) => key(b.name) === key(a.name)))];
        }
      return undefined;
    }
    const own = subjects(n.textStart, n.end);
    if (own) return own.own;
    const r = readTask(c, text, n.textStart, n.end, inherited, id(n), { start: n.start, end: trimEnd(text, n.start, n.end) });
    if (r?.task) tasks.push(r.task);
    return r?.own;
  };
  // Kính gửi stands in for a lead only for items not under any heading; without it (a Thông báo kết luận), whom the
  // opening paragraph asks ("<issuer> yêu cầu <addressees> ... sau:").
  let opening = c.recipients.length || !roots.length ? [] : openingAddressees(c, text, c.bodyStart, roots[0]!.start);
  // (Items that name no one are the work of the province's or city's Ủy ban nhân dân, not of the place: lead.session-body.)
  if (!opening.length && !c.recipients.length && roots.length) opening = sessionWith(c, text, c.bodyStart, roots[0]!.start).map((i) => sessionBody(c, i));
  // Each run of top-level items follows its lead-in sentence ("... yêu cầu <X> thực hiện một số giải pháp sau:", "Từ kết quả ... cho thấy:"):
  // findings listed after a lead-in that reports are no one's task; the items after one that asks go to whom it asks.
  let run: { findings: boolean; asked: AgencyItem[]; addressees?: boolean; guidance?: boolean } | undefined;
  let particularsTo = -1;
  roots.forEach((r, k) => {
    if (k <= particularsTo) return;
    // (The first may stand just above the body: a header line the letter head took, "THỦ TƯỚNG CHÍNH PHỦ điện:".)
    const li = leadIn(text, k ? roots[k - 1]!.start : Math.max(0, c.bodyStart - 200), r.start, k ? 0 : c.bodyStart);
    if (li) {
      const asked = inFullOf(openingAddressees(c, text, li.start, li.end), c.recipients);
      // (A letter's: the sections of a plan, a decision or a programme that guide are its work.)
      const guidance = !asked.length && !PROGRAMME_KINDS.test(c.kind ?? '') && guides(c.folded.slice(li.start, li.end));
      run = { findings: reports(c.folded.slice(li.start, li.end)) || guidance, asked, guidance };
      // task.report-particulars (forms/particulars.ts): "đề nghị X báo cáo ... như sau:" over points that are the report's
      // particulars: one task, from the verb to the end of the run's last item.
      const at = reportParticulars(c.folded, li.start, li.end, asked);
      if (at !== undefined) {
        let j = k + 1;
        while (j < roots.length && !leadIn(text, roots[j - 1]!.start, roots[j]!.start, 0)) j++;
        const end = roots[j - 1]!.end;
        const t = readTask(c, text, at, end, asked, String(r.ordinal), { start: at, end: trimEnd(text, at, end) }, false, 'task.report-particulars')?.task;
        if (t) {
          t.action = particularsAction(text, at, end);
          tasks.push(t);
          particularsTo = j - 1;
          return;
        }
      }
    }
    // "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh ...;\n- Các Bộ: ...": a công điện's addressees, not its tasks.
    if (li && /(?<![a-z])dien[ \t]*:$/.test(c.folded.slice(li.start, li.end).trimEnd())) run = { findings: true, asked: [], addressees: true };
    if (run?.addressees && r.kind === 'dash' && !r.children.length) return;
    const base = run?.findings ? [] : run?.asked.length ? run.asked : c.recipients.length ? c.recipients : opening;
    // A numbered item over sub-items in a letter ("1. Hoàn thành ... .\n- ...") is asked of the same addressee; a roman section is not.
    // A roman section goes to whom the lead-in asks by name, not to the Kính gửi line.
    // "I. ĐÁNH GIÁ CHUNG", "I. TÌNH HÌNH ...": a section that reports goes to no one.
    const title = c.folded.slice(r.textStart, Math.max(r.textStart, text.indexOf('\n', r.textStart)));
    // task.report-section: "I. ĐÁNH GIÁ CHUNG" over paragraphs alone (no points): what it reports is no one's task.
    if (r.kind === 'roman' && !r.children.length && reports(title)) return;
    const first = tasks.length;
    visit(r, r.children.length && r.kind === 'roman' ? (run?.findings || reports(title) ? [] : run?.asked.length ? run.asked : opening) : base);
    // task.guidance: after a lead-in that guides, only what an item asks of someone by name ("Bộ X đề nghị Cơ quan Y
    // chỉ đạo ...", and the points under such a request) is a task; rules stated with their own subject ("Quỹ Z thanh
    // toán ...", "Các cơ sở thực hiện ... như sau: + Chọn ...") are not.
    // task.guidance-execution: the guidance's own "TỔ CHỨC THỰC HIỆN" section shares it out by body: its items are tasks.
    if (run?.guidance && !EXECUTION_TITLE.test(title)) {
      // (An item whose subject is a body the gazetteer knows, "Ủy ban nhân dân tỉnh X chủ động ...", asks it too.)
      const asking = (t: Task) => t.leadRule === 'lead.giao' || (t.leadRule === 'lead.subject' && t.lead.length > 0 && t.lead.every((l) => !!l.canonical));
      const asks = [...tasks.slice(first).filter(asking).map((t) => t.id), ...framed];
      const kept = tasks.slice(first).filter((t) => asking(t) || asks.some((a) => t.id.startsWith(a + '.')));
      tasks.splice(first, tasks.length - first, ...kept);
    }
  });
  if (closing) {
    const t = readTask(c, text, closing.start, closing.end, [], String(roots[roots.length - 1]!.ordinal + 1), { start: closing.start, end: trimEnd(text, closing.start, closing.end) }, true, closing.rule ?? 'task.closing-request')?.task;
    if (t && t.leadRule !== 'lead.quy-recipients') tasks.push(t);
  }
  const report = closingReport(ctx, roots) ?? (closing ? undefined : closingReportLetter(ctx, roots));
  if (report) tasks.push(report);
  // A letter without items: each sentence that assigns ("giao X chủ trì ...", "đề nghị X ...", "X có trách nhiệm ...") is one task;
  // in a letter with items, so is such a sentence of the opening that does not lead into them ("Đề nghị Thường trực HĐND tỉnh xem xét, quyết định.").
  const before = roots.length ? roots[0]!.start : c.bodyEnd;
  if (!tables.tasks.length) {
    let k = 0;
    // Sentences, and paragraphs ending in ":" or ";" (a letter converted one paragraph a line).
    const re = /(?:[^.:;]|[.:;](?!\s)|;(?![ \t]*\n)|:(?![ \t]*\n))+(?:[.:;]|$)/g;
    const body = text.slice(c.bodyStart, before);
    const found: Task[] = [];
    // task.opinion-sentences: after the opening that conveys a leader\'s opinion each sentence conveys a directive, so one that
    // names a body and its verb ("Ủy ban nhân dân tỉnh X rà soát ...") assigns, though no "giao" / "đề nghị" says so.
    let directive: false | 'task.opinion-sentences' | 'task.bare-ask-sentences' = false;
    // task.for-unit-sentence: after an opening that asks and ends in a colon, "Đối với <bodies>: <work>" and "Đối với <bodies>:"
    // over paragraphs (a letter without items): the bodies lead (`unit`: the heading's bodies, for the paragraphs under it).
    let asked = false;
    let unit: AgencyItem[] | undefined;
    // Sentences since the last task that assigned nothing (deadline.send-by-after-aside).
    let aside = 0;
    for (const m of body.matchAll(re)) {
      const s = c.bodyStart + m.index;
      const e = s + m[0].length;
      // Before the items, only a sentence that opens by asking ("Đề nghị X ...", "Giao X ..."): others report what cited documents ask.
      if (roots.length && (/:\s*$/.test(m[0]) || !new RegExp(`^\\s*(?:${alt(lexicon().assignVerbs)})[ \\t\\r\\n]`).test(c.folded.slice(s, e)))) continue;
      if (!roots.length && (asked || unit)) {
        const forUnit = forUnitHeading(c, text, s, e);
        if (forUnit) {
          unit = forUnit;
          continue;
        }
        const own = /^\s*doi[ \t]voi[ \t]/.test(c.folded.slice(s, e)) && /:[ \t]+\S/.test(m[0]);
        if (own || unit) {
          const s0 = s + m[0].length - m[0].trimStart().length;
          const t = readTask(c, text, s0, e, own ? [] : unit!, String(++k), { start: s0, end: trimEnd(text, s0, e) }, false, 'task.for-unit-sentence', !own)?.task;
          if (t && (own ? t.leadRule === 'lead.for-unit-colon' : true)) {
            found.push(t);
            continue;
          }
          k--;
          if (own) continue;
        }
      }
      // task.recounted-assignment (forms/recounted.ts): what an earlier document asked, recounted as the letter's background.
      if (!roots.length && recountsAssignment(c.folded.slice(s, e))) {
        aside++;
        continue;
      }
      asked = /:\s*$/.test(m[0]) && new RegExp(`(?<![a-z])(?:${alt(lexicon().assignVerbs)})(?![a-z])`).test(c.folded.slice(s, e));
      const conveys = directive;
      if (!roots.length && RE_DIRECTIVE_LEAD_IN().test(c.folded.slice(s, e))) directive = 'task.opinion-sentences';
      else if (!roots.length && RE_BARE_ASK.test(c.folded.slice(s, e))) directive = 'task.bare-ask-sentences';
      const t = readTask(c, text, s, e, [], String(++k), { start: s, end: trimEnd(text, s, e) }, conveys ? 'directive' : true, conveys || 'task.sentence')?.task;
      if (t) found.push(t);
      else {
        k--;
        if (!roots.length && colonSubjects(c, text, s, e, () => String(++k), found)) continue;
        // deadline.next-sentence: "Đề nghị các đơn vị góp ý dự thảo. Văn bản góp ý gửi về Sở X trước ngày ...": a sentence that
        // only says by when the work is sent or done dates the task just before it.
        const prev = found[found.length - 1];
        // deadline.send-by-after-aside: one sentence that assigns nothing may stand between ("Các đơn vị có thể nêu ... . Báo cáo gửi
        // về Sở X chậm nhất ngày ..."): the sending still dates the request before it.
        const next = prev && prev.span.end <= s && (!text.slice(prev.span.end, s).trim() || aside === 1);
        // deadline.send-by-over-period: "báo cáo hoạt động trong năm 2017. Văn bản gửi về Sở trước ngày 20/12/2017": the period the
        // work covers gives way to the day it is sent by, when that day comes first.
        const period = !!prev?.deadline && ['year', 'half', 'quarter', 'month'].includes(prev.deadline.kind);
        if (prev && prev.rule === 'task.sentence' && (!prev.deadline || period) && next && RE_SEND_BY.test(c.folded.slice(s, e))) {
          const due = findDeadlines(c.folded, s, e, c.year, c.date).filter((f) => f.due && (!c.date || f.due >= c.date));
          const d = due.length ? toDeadline(due, text, c.folded) : undefined;
          const rule = period ? 'deadline.send-by-over-period' : aside === 1 ? 'deadline.send-by-after-aside' : 'deadline.next-sentence';
          if (d && (!period || (!!d.due && !!prev.deadline!.due && d.due < prev.deadline!.due))) prev.deadline = { ...d, rule };
        }
        aside++;
        continue;
      }
      aside = 0;
    }
    if (roots.length) found.forEach((t, i) => (t.id = `0.${i + 1}`));
    tasks.unshift(...found);
  }
  sharedByUnit(c, text, roots, tasks);
  sendAfterPoints(c, tasks);
  // task.quoted: what stands inside a quotation opened after a colon ('... quy định: "1. ... a) ..."', 'có giao: “Bộ X ...”')
  // is the cited text's, not this letter's tasks.
  const quoted: Span[] = [];
  for (const m of text.slice(c.bodyStart, c.bodyEnd).matchAll(/:[ \t\r\n]*([“"])/g)) {
    const at = c.bodyStart + m.index + m[0].length;
    // The quotation's own closing mark, within a few thousand characters; a block of text (over a line), not a phrase.
    const close = text.slice(at, Math.min(c.bodyEnd, at + 4000)).search(m[1] === '“' ? /”/ : /"/);
    if (close > 0 && text.slice(at, at + close).includes('\n')) quoted.push({ start: at - 1, end: at + close });
  }
  return quoted.length ? tasks.filter((t) => !quoted.some((q) => t.span.start >= q.start && t.span.start < q.end)) : tasks;
}

/** deadline.send-after-points: "1. X rà soát, tổng hợp báo cáo về các nội dung sau: (1) ... (3) ...\nX khẩn trương gửi Báo cáo về ...
 *  trước <time>.": the paragraph that only sends the item's report by a time is no task of its own; its time is the item's deadline. */
function sendAfterPoints(c: TaskContext, tasks: Task[]): void {
  const name = (n: string) => fold(n.toLowerCase());
  for (let i = tasks.length - 1; i >= 0; i--) {
    const t = tasks[i]!;
    const m = /^(.+)\.\d+$/.exec(t.id);
    const p = m ? tasks.find((x) => x.id === m[1]) : undefined;
    if (!p || p.deadline || !t.deadline?.due || tasks.some((x) => x !== t && x.id.startsWith(p.id + '.'))) continue;
    if (!/^(?:khan truong |kip thoi )?(?:gui|nop) (?:bao cao|van ban|ket qua|danh sach|so lieu)/.test(name(t.action))) continue;
    if (!t.lead.length || !t.lead.every((l) => p.lead.some((q) => name(q.name).includes(name(l.name))))) continue;
    p.deadline = { ...t.deadline, rule: 'deadline.send-after-points' };
    p.span = { start: p.span.start, end: Math.max(p.span.end, t.span.end) };
    tasks.splice(i, 1);
  }
}

/** task.colon-subjects: "... yêu cầu thực hiện nghiêm: Sở A kiểm tra ...; Sở B rà soát ...": a request that names no one before its
 *  colon; each clause after it that opens with its subject is a task of that subject. */
function colonSubjects(c: TaskContext, text: string, s: number, e: number, nextId: () => string, found: Task[]): boolean {
  const m = new RegExp(`(?<![a-z])(?:${alt(lexicon().assignVerbs)})[ \\t][^:;.\\n]{0,60}:[ \\t]+`).exec(c.folded.slice(s, e));
  if (!m || !/^\p{Lu}/u.test(text.slice(s + m.index + m[0].length, s + m.index + m[0].length + 1))) return false;
  // (Not where to send: "đề nghị gửi bằng văn bản về: Viện X, số 68 ...".)
  if (/(?<![a-z])(?:ve|den|toi|chi)[ \t]*:[ \t]+$/.test(m[0])) return false;
  const got: Task[] = [];
  let ps = s + m.index + m[0].length;
  for (const part of text.slice(ps, e).split(';')) {
    const pe = ps + part.length;
    const t = readTask(c, text, ps, pe, [], String(found.length + got.length + 1), { start: ps, end: trimEnd(text, ps, pe) }, false, 'task.colon-subjects')?.task;
    if (t && t.leadRule === 'lead.subject' && RE_VERB_START().test(fold(t.action.toLowerCase()))) got.push(t);
    ps = pe + 1;
  }
  if (!got.length) return false;
  for (const t of got) t.id = nextId();
  found.push(...got);
  return true;
}

/** section.shared-by-unit: a plan whose roman section "Tổ chức thực hiện" shares the work out by unit ("1. Ban X" over dashes,
 *  two leads or more) describes the work in its other sections (purposes, content, forms of checking): only their items that
 *  name their own lead (a subject, "Đề nghị X", plan labels, tables) assign there; their other items are dropped (corpus/gold/dev/README.md, sections that assign nobody). */
function sharedByUnit(c: TaskContext, text: string, roots: Node[], tasks: Task[]): void {
  const romans = roots.filter((r) => r.kind === 'roman' && !r.dieu);
  // section.title-wrapped: a capital title wrapped onto a second capital line ("IV. TỔ CHỨC\nTHỰC HIỆN") is read whole.
  const title = (r: Node) => {
    const lineEnd = (o: number) => (text.indexOf('\n', o) < 0 ? text.length : text.indexOf('\n', o));
    const caps = (a: number, b: number) => /\p{Lu}/u.test(text.slice(a, b)) && !/\p{Ll}/u.test(text.slice(a, b));
    let end = lineEnd(r.textStart);
    if (end < r.end && caps(r.textStart, end) && caps(end + 1, lineEnd(end + 1)) && !/^[ \t]*(?:[IVXLC]+|\d{1,2})[.)]/.test(text.slice(end + 1, end + 8))) end = lineEnd(end + 1);
    return key(c.folded.slice(r.textStart, Math.max(r.textStart, end)).replace(/\s+/g, ' '));
  };
  // (section.assignment-title: "PHÂN CÔNG NHIỆM VỤ" / "PHÂN CÔNG TRÁCH NHIỆM" shares the work out as "TỔ CHỨC THỰC HIỆN" does.)
  const shares = romans.filter((r) => /^(?:to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem|thuc hien))(?![a-z])/.test(title(r)));
  const tcth = shares[0];
  // (A plan's: a chỉ thị's sections are its instructions, whoever carries them out. section.decision-plan: so is a decision's
  // that issues a plan, "Điều 1. Phê duyệt Kế hoạch ..." with the plan's title "KẾ HOẠCH" on a line of its own.)
  const plan = /^kế hoạch$/iu.test(c.kind ?? '') || (/^quyết định$/iu.test(c.kind ?? '') && /\n[ \t]*KẾ HOẠCH[ \t]*\n/u.test(text.slice(0, tcth?.start ?? 0)));
  if (!tcth || romans.length < 2 || !plan) return;
  const under = (t: Task, r: Node) => t.span.start >= r.start && t.span.start < r.end;
  // (section.unit-paragraphs: an item that opens with the body it assigns, "2. Sở Tài chính: Căn cứ ...", is a unit's item too.)
  const opens = (t: Task, ch: Node) => t.lead.some((l) => l.span && l.span.start >= ch.textStart && l.span.start <= ch.textStart + 3);
  const units = (rs: Node[]) => rs.flatMap((r) => r.children).filter((ch) => tasks.some((t) => under(t, ch) && t.lead.length && ((t.id.split('.').length >= 3 && t.leadRule === 'lead.heading') || opens(t, ch)))).length;
  // (A "phân công" section alone shares out only the work of a section of solutions: a section "NỘI DUNG CÔNG TÁC" beside it
  // may be the only statement of its work.)
  const full = /^to chuc thuc hien/.test(title(tcth)) && units([tcth]) >= 2;
  if (!full && units(shares) < 2) return;
  // (An item that names its own lead, "Sở X chủ trì ...", "Đề nghị Y ...", assigns wherever it stands: only items whose lead
  // comes from a heading or an opening sentence are dropped.)
  // (section.solutions-shared: not in a section of solutions, "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. CÁC GIẢI PHÁP": its points name who
  // acts on the measures that the unit sections then share out, "(Sở X chủ trì)", "; giao Sở Y thực hiện".)
  // (section.content-shared: nor in a section of content, "II. NỘI DUNG (KẾ HOẠCH)": its points specify the measures, places and
  // figures, "- Xã A: Lấy mẫu ...", that the unit sections share out.)
  // (section.solutions-own-doers: only one that names no one, the gold's convention: where most of its items name who acts, "Sở X
  // chủ trì ...", "giao Y ...", it is the plan's task list, and those items stay.)
  const doer = (t: Task) => t.lead.length > 0 && !/^lead\.(?:heading|after-opening|colon-name|colon-long-name)$/.test(t.leadRule ?? '');
  const leaves = (n: Node): number => (n.children.length ? n.children.reduce((a, ch) => a + leaves(ch), 0) : 1);
  const namesDoers = (r: Node) => {
    const n = tasks.filter((t) => under(t, r) && doer(t)).length;
    return n >= 2 && 2 * n >= leaves(r);
  };
  const solutions = romans.filter((r) => !shares.includes(r) && (/(?<![a-z])giai phap(?![a-z])/.test(title(r)) || /^(?:cac )?noi dung(?: ke hoach| chu yeu| cu the| thuc hien)?[ :.]*$/.test(title(r))) && !namesDoers(r));
  // (section.solutions-asked: an item of such a section that opens by asking, "Đề nghị Ủy ban Mặt trận ... tổ chức ...", is a task.)
  // (Its first line may be a topic's title: "1. Công tác tham mưu\n\nĐề nghị ...".)
  const asked = (t: Task) => /^(?:[^\n]{0,90}\n[ \t\n]*)?(?:de nghi|giao)[ \t\n]/.test(c.folded.slice(t.span.start, t.span.start + 120));
  const own = (t: Task) => t.lead.length > 0 && (/^task\.(?:plan|table)/.test(t.rule ?? '') || (!/^lead\.(?:heading|after-opening)$/.test(t.leadRule ?? '') && (!solutions.some((r) => under(t, r)) || asked(t))));
  // (So do the points of a unit heading in another section, "II. NHIỆM VỤ\n1. Sở X\n- ...": the section shares out too.)
  const unitItems = romans.filter((r) => !shares.includes(r)).flatMap((r) => r.children.filter((ch) => ch.children.length && headingAt(c, text, ch.textStart, ch.children[0]!.start)?.alone));
  const kept = tasks.filter((t) => shares.some((r) => under(t, r)) || !romans.some((r) => under(t, r)) || own(t) || unitItems.some((u) => under(t, u)) || (!full && !solutions.some((r) => under(t, r))));
  tasks.splice(0, tasks.length, ...kept);
}

/** Whether a body's name opens [at, to) as the subject of a verb ("Bộ X chủ trì", "Bộ X và các Bộ Y tăng cường") or is assigned
 *  ("Đề nghị X", "Giao X", "Tổng cục Thuế đề nghị X"): 'subject', 'asked', or undefined. */
/** Who an item's sentence at `at` names: the assigning verb before them, if any, and the list. */
function whoList(c: TaskContext, text: string, at: number, to: number): { g: RegExpExecArray | null; l: ReturnType<typeof agencyList> } {
  const assign = new RegExp(`^[ \t\r\n]{0,3}(?:${alt(lexicon().assignVerbs)})[ \t\r\n]{1,3}`);
  let g = assign.exec(c.folded.slice(at, at + 16));
  let p = g ? at + g[0].length : at;
  let l = agencyList(text, c.folded, p, c.gaz, Math.min(400, to - p));
  if (!g && l.items.length) {
    // "<issuer> đề nghị <body> ...": who asks, then whom.
    const g2 = assign.exec(c.folded.slice(l.end, l.end + 16));
    if (g2) {
      g = g2;
      p = l.end + g2[0].length;
      l = agencyList(text, c.folded, p, c.gaz, Math.min(400, to - p));
    }
  }
  return { g, l };
}

function namesWhoActs(c: TaskContext, text: string, at: number, to: number, modal = true): 'subject' | 'asked' | undefined {
  const { g, l } = whoList(c, text, at, to);
  // task.opening-subjects: "Căn cứ ..., các sở ... xây dựng ...", "Định kỳ hằng năm, Sở X tổng hợp ...": a subject after an opening.
  // (Not in a dash point: a later sentence there goes on with the point.)
  if (!l.items.length && modal && subjectAfterOpening({ text, folded: c.folded, gaz: c.gaz, from: at, to })) return 'subject';
  if (!l.items.length || (g && !/\s/.test(l.items[0]!.name))) return undefined;
  if (g) return 'asked';
  const after = c.folded.slice(l.end, l.end + 40);
  // (lead.modal: "<body> cần / phải <verb>" names who acts too.)
  return RE_VERB_START().test(after) || RE_LEAD_TAIL().test(after) || RE_ASSIGN_VERB.test(after) || (modal && modalAt(text, l.end, to) !== undefined) ? 'subject' : undefined;
}

/** task.topic-subject: "Phát triển đội tàu: Tổng công ty X cần ...", "Phát triển cảng biển: Bộ Y chủ trì ...": a short topic (no
 *  body's name) before a colon, then a sentence whose subject is a body or that assigns to one; the topic is skipped.
 *  (Not "Sở Tài chính: chủ trì ...", a body's name before the colon: lead.colon-name.) Returns where the sentence starts. */
function topicSubject(c: TaskContext, text: string, from: number, to: number): number | undefined {
  const m = /^[ \t]{0,3}(\p{Lu}[^:\n.;]{2,70}):[ \t]{1,3}(?=\p{Lu})/u.exec(text.slice(from, Math.min(to, from + 80)));
  if (!m || m[1]!.trim().split(/\s+/).length > 8) return undefined;
  const t0 = from + m[0].indexOf(m[1]!);
  if (agencyList(text, c.folded, t0, c.gaz, m[1]!.length).items.length || c.gaz.nearest(m[1]!, c.level)) return undefined;
  const at = from + m[0].length;
  return namesWhoActs(c, text, at, to) ? at : undefined;
}

const W_ = '[ \\t\\r\\n]{1,3}';
const RE_PARTNER_HEAD = new RegExp(`^${W_}(?:cung${W_})?phoi${W_}hop(?:${W_}voi${W_})?`);
const RE_PARTNER_END = new RegExp(`^(?:[ \\t\\r\\n,]{1,3}(?:thuc${W_}hien|trien${W_}khai|to${W_}chuc${W_}thuc${W_}hien))?[ \\t]*(?:[.;]|$)`);

/** coordinate.partner-after: a clause "<bodies> (cùng) phối hợp (với <bodies>) (thực hiện)" after the work ("Sở A hoàn thiện ...;
 *  Sở B phối hợp thực hiện."): the bodies work with the lead. Their list and where the clause ends, or undefined. */
function partnerClause(c: TaskContext, text: string, at: number, to: number): { items: AgencyItem[]; end: number } | undefined {
  const l = agencyList(text, c.folded, at, c.gaz, Math.min(400, to - at));
  if (!l.items.length || l.items[0]!.span.start > at + 3) return undefined;
  const h = RE_PARTNER_HEAD.exec(c.folded.slice(l.end, to));
  if (!h) return undefined;
  let end = l.end + h[0].length;
  // "... phối hợp với Sở A thực hiện.": whom they work with, then nothing but the end.
  if (/voi[ \t\r\n]*$/.test(h[0])) {
    const w = agencyList(text, c.folded, end, c.gaz, Math.min(400, to - end));
    if (!w.items.length) return undefined;
    end = w.end;
  } else end -= h[0].length - h[0].trimEnd().length;
  const m = RE_PARTNER_END.exec(c.folded.slice(end, to));
  return m ? { items: l.items, end: end + m[0].length } : undefined;
}

/** The sentences of an item when each of two or more names who acts: one task each. An item that opens with its
 *  action may go on in a paragraph that asks someone ("... .\nTổng cục Thuế đề nghị Cục Thuế ... rà soát ..."). */
function subjectSentences(c: TaskContext, text: string, from: number, to: number, modal = true): (Span & { semicolon?: boolean })[] | undefined {
  from = topicSubject(c, text, from, to) ?? from;
  const first = namesWhoActs(c, text, from, to);
  if (!first && !RE_VERB_START().test(c.folded.slice(from, from + 40))) return undefined;
  const parts: (Span & { semicolon?: boolean })[] = [{ start: from, end: to }];
  for (const m of text.slice(from, to).matchAll(/[.;][ \t]*\r?\n?[ \t\r\n]*(?=\p{Lu})/gu)) {
    const at = from + m.index + m[0].length;
    // task.clause-subjects: "Sở A chủ trì rà soát ...; Sở B hướng dẫn ...": after a semicolon, a clause with a subject of its
    // own is another task, when the item opened with one; not a partner's clause ("...; Sở B phối hợp thực hiện").
    // (Not a ";" inside the subject's list: "Thủ trưởng các sở; Chủ tịch Ủy ban nhân dân các huyện có trách nhiệm ...".)
    // (Nor a ";" inside a bracket: "(Giao X chủ trì, phối hợp với Y; Z tham mưu)".)
    const open = (text.slice(from, from + m.index).match(/\(/g) ?? []).length > (text.slice(from, from + m.index).match(/\)/g) ?? []).length;
    if ((m[0][0] === ';' && (open || first === 'asked' || whoList(c, text, parts[parts.length - 1]!.start, to).l.end >= from + m.index || inPartnerList(c, text, parts[parts.length - 1]!.start, from + m.index, to))) || partnerClause(c, text, at, to)) continue;
    // (A line after a dash point that says "<body> cần ..." goes on with the point; only "<body> <verb>" starts another task there.)
    const who = namesWhoActs(c, text, at, to, modal);
    // (task.opening-subjects: "Hàng năm, Sở X báo cáo ..." after a sentence of Sở X goes on with Sở X's work.)
    if (who && sameAfterOpening(c, text, parts[parts.length - 1]!.start, at, to)) continue;
    // (After a ";", a point that opened with its verb, its subject inherited: "- Bố trí kinh phí; Sở Y hướng dẫn ...".)
    if (!who || (!first && (m[0][0] === ';' ? who !== 'subject' : who !== 'asked' || !m[0].includes('\n')))) continue;
    parts[parts.length - 1]!.end = from + m.index + 1;
    parts.push({ start: at, end: to, semicolon: m[0][0] === ';' });
  }
  return parts.length > 1 ? parts : undefined;
}

/** coordinate.semicolon-partners: whether the semicolon at `semi` parts a list of partners after the last "phối hợp (chặt chẽ) với"
 *  of its clause (from `start`): "Phối hợp với Sở A; Sở B; ... tham mưu" is one clause, not a new subject's. */
function inPartnerList(c: TaskContext, text: string, start: number, semi: number, to: number): boolean {
  const seg = c.folded.slice(start, semi);
  RE_COORD.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = RE_COORD.exec(seg); m; m = RE_COORD.exec(seg)) last = m;
  // (A sentence's end between the words and the semicolon closes the list: no partner list crosses it.)
  if (!last || /\.(?=\s)/.test(seg.slice(last.index))) return false;
  const at = start + last.index + last[0].length;
  const l = partnersAcrossSemicolons(text, c.folded, c.gaz, at, { items: [], end: at }, semi, to, start);
  return l.end > semi;
}

/** coordinate.lead-in-points: the partners of an item's own text that ends in a colon over its points, "chủ trì, phối hợp với Y
 *  <work> sau:" (the words "chủ trì," right before "phối hợp"), or none. */
function leadInPartners(c: TaskContext, text: string, from: number, to: number): AgencyItem[] {
  const own = c.folded.slice(from, to).trimEnd();
  if (!own.endsWith(':') || own.length > 400) return [];
  const m = /(?<![a-z])chu[ \t\r\n]{1,3}tri[ \t\r\n]{0,3},?[ \t\r\n]{0,3}phoi[ \t\r\n]{1,3}hop[ \t\r\n]{1,3}voi[ \t\r\n]{1,3}/.exec(own);
  if (!m) return [];
  const at = from + m.index + m[0].length;
  return coordinateList(text, c.folded, at, c.gaz, Math.min(400, from + own.length - at)).items;
}

/** task.opening-subjects: the subject after an opening at `at` is the one the sentence from `prev` opens with. */
function sameAfterOpening(c: TaskContext, text: string, prev: number, at: number, to: number): boolean {
  if (whoList(c, text, at, to).l.items.length) return false;
  const op = subjectAfterOpening({ text, folded: c.folded, gaz: c.gaz, from: at, to });
  const before = whoList(c, text, prev, at).l.items;
  return !!op && before.length > 0 && op.items.every((i) => before.some((b) => key(b.name) === key(i.name)));
}

/** task.closing-report: a plan's closing paragraph ("Trên đây là Kế hoạch ... . Đề nghị các cơ quan, đơn vị ... thực hiện.
 *  Định kỳ hằng năm (trước ngày ...) báo cáo kết quả ...") asks the bodies it names to report: one task after the last
 *  item of the last section (layout.closing-formula blanks the paragraph for the items). */
function closingReport(c: TaskContext, roots: Node[]): Task | undefined {
  const last = roots[roots.length - 1];
  if (!last) return undefined;
  const seg = c.folded.slice(last.start, c.bodyEnd);
  const m = /(?:^|\n)[ \t]{0,8}tren[ \t]+day[ \t]+la[ \t]+ke[ \t]+hoach(?![a-z])/.exec(seg);
  if (!m) return undefined;
  const from = last.start + m.index;
  const blank = /\n[ \t|]*\n|n[oơ]i[ \t]+nh[aậ]n[ \t]*:/.exec(c.folded.slice(from, c.bodyEnd));
  const to = blank ? from + blank.index : c.bodyEnd;
  const para = c.folded.slice(from, to);
  const ask = /(?<![a-z])(?:de[ \t\r\n]+nghi|yeu[ \t\r\n]+cau)[ \t\r\n]+/.exec(para);
  if (!ask) return undefined;
  const l = agencyList(c.text, c.folded, from + ask.index + ask[0].length, c.gaz, Math.min(200, to - from - ask.index - ask[0].length));
  if (!l.items.length) return undefined;
  for (const sm of para.matchAll(/[^.]+(?:\.(?=\s|$|\/)|$)/g)) {
    const sent = sm[0];
    if (!/^\s*(?:dinh[ \t\r\n]+ky|hang[ \t\r\n]+(?:nam|quy|thang))[^.]{0,80}(?<![a-z])bao[ \t\r\n]+cao[ \t\r\n]+ket[ \t\r\n]+qua(?![a-z])/.test(sent)) continue;
    const s = from + sm.index + /^\s*/.exec(sent)![0].length;
    const e = from + sm.index + sent.length;
    const n = last.kind === 'roman' ? `${last.ordinal}.${last.children.filter((ch) => ch.kind === 'number').length + 1}` : String(last.ordinal + 1);
    const t = readTask(c, c.text, s, e, l.items, n, { start: s, end: trimEnd(c.text, s, e) }, false, 'task.closing-report')?.task;
    return t && t.leadRule === 'lead.heading' ? t : undefined;
  }
  return undefined;
}

/** task.closing-report-letter: a letter's closing "Trên đây là ..., <issuer> đề nghị X quan tâm chỉ đạo thực hiện ... và báo cáo
 *  kết quả về Y trước ngày ..." asks X to report back: a task, numbered after the last item (a closing that only asks to carry
 *  the letter out stays a formula, layout.closing-formula). */
function closingReportLetter(c: TaskContext, roots: Node[]): Task | undefined {
  const last = roots[roots.length - 1];
  if (!last || PROGRAMME_KINDS.test(c.kind ?? '')) return undefined;
  const seg = c.folded.slice(last.start, c.bodyEnd);
  const m = /(?:^|\n)[ \t]{0,8}tren[ \t]+day[ \t]+la[ \t]/.exec(seg);
  if (!m || /^[ \t]*ke[ \t]+hoach/.test(seg.slice(m.index + m[0].length))) return undefined;
  const from = last.start + m.index + m[0].length;
  const blank = /\n[ \t|]*\n|n[oơ]i[ \t]+nh[aậ]n[ \t]*:/.exec(c.folded.slice(from, c.bodyEnd));
  const to = blank ? from + blank.index : c.bodyEnd;
  const para = c.folded.slice(from, to);
  const ask = /(?<![a-z])(?:de[ \t\r\n]+nghi|yeu[ \t\r\n]+cau)[ \t\r\n]+/.exec(para);
  if (!ask || !/(?<![a-z])bao[ \t\r\n]+cao[ \t\r\n]+(?:ket[ \t\r\n]+qua|tinh[ \t\r\n]+hinh)(?![a-z])/.test(para.slice(ask.index))) return undefined;
  const s = from + ask.index;
  const t = readTask(c, c.text, s, to, [], String(last.ordinal + 1), { start: s, end: trimEnd(c.text, s, to) }, false, 'task.closing-report-letter')?.task;
  return t && t.lead.length ? t : undefined;
}

/** task.activity-then-giao: "<activity>.\nGiao X chủ trì, phối hợp với Y thực hiện, hoàn thành ...": the second sentence says
 *  only who carries the first out (its own work is "thực hiện"): one task, the activity's, led by X. */
function activityThenGiao(c: TaskContext, text: string, n: Node, parts: Span[], read: (Task | undefined)[]): Task | undefined {
  const [a, b] = read;
  if (parts.length !== 2 || !b || (a && a.leadRule !== 'lead.heading') || b.leadRule !== 'lead.giao') return undefined;
  if (!RE_VERB_START().test(c.folded.slice(parts[0]!.start, parts[0]!.start + 40))) return undefined;
  if (!/^(?:tổ chức |triển khai )*thực hiện(?![\p{L}])/iu.test(b.action.normalize('NFC'))) return undefined;
  const action = actionOf(text, parts[0]!.start, parts[0]!.end);
  if (!action) return undefined;
  return { ...b, id: id(n), action, deadline: b.deadline ?? a?.deadline ?? null, span: { start: n.start, end: b.span!.end }, rule: 'task.activity-then-giao' };
}

/** lead.chu-tri-partners: a point under "<X> chủ trì, phối hợp:" names its partner, not its lead: "Bộ Z: hướng dẫn ..." (its own
 *  subject) or "Với Cục Y kiểm tra ..." coordinate; X leads. */
/** Partners that are all collectives ("các đơn vị liên quan", "các sở, ngành"), no body named. */
const vagueOnly = (xs: { name: string }[]) => xs.every((a) => /^các\s/iu.test(a.name));

function partnerPoint(c: TaskContext, t: Task, lead: AgencyItem[], rule = 'lead.chu-tri-partners'): void {
  if (t.leadRule !== 'lead.heading') {
    const own = t.lead.filter((a) => !lead.some((x) => key(x.name) === key(a.name)));
    t.coordinate = [...own, ...t.coordinate.filter((a) => !own.some((o) => key(o.name) === key(a.name)))];
    t.lead = lead.map((a) => ref(a));
    t.leadRule = rule;
    return;
  }
  const folded = fold(t.action.toLowerCase());
  const w = /^voi[ \t]{1,3}/.exec(folded);
  if (!w) return;
  const l = agencyList(t.action, folded, w[0].length, c.gaz, t.action.length);
  if (!l.items.length) return;
  t.coordinate = [...l.items.map((a) => ref(a)), ...t.coordinate.filter((a) => !l.items.some((o) => key(o.name) === key(a.name)))];
  t.action = upperFirst(t.action.slice(l.end).replace(/^[ \t,:]+/, ''));
  t.leadRule = rule;
}

/** "1. <topic>:" or "2.6 <name>:" on its own line over two or more paragraphs: each paragraph is a task (n.1, n.2 ...),
 *  led by the name of the title, else by its own subject or the heading above. */
function topicParagraphs(c: TaskContext, text: string, n: Node, nl: number, inherited: AgencyItem[], tasks: Task[]): boolean {
  if (nl < 0 || nl >= n.end || !/:[ \t]*$/.test(text.slice(n.textStart, nl))) return false;
  const paras = paragraphs(text, nl + 1, n.end);
  if (paras.length < 2) return false;
  const name = firstRule(LEAD_RULES.filter((r) => r.id === 'lead.subject' || r.id === 'lead.colon-name'), { c, text, from: n.textStart, to: nl + 1, inherited, sentence: false });
  // task.topic-title-sentence: "3. Phòng X, phòng Y hỗ trợ ... qua một số khâu sau:" announces what follows: a sentence, not a
  // title; the lines under it say what that one task covers (another form reads the item). A title names a topic or a body.
  const title = c.folded.slice(n.textStart, nl);
  if (/(?<![a-z])sau[ \t]*:[ \t]*$/.test(title) && title.trim().split(/\s+/).length >= 8) return false;
  const whole = name && !text.slice(name.value.actionFrom, nl).trim() ? name.value.items : undefined;
  const role = whole ? undefined : unitRoleTitle(text, c.folded, n.textStart, nl);
  const named = whole ?? (role ? [role] : undefined);
  paras.forEach((p, i) => {
    const r = readTask(c, text, p.start, p.end, named ?? inherited, `${id(n)}.${i + 1}`, { start: p.start, end: trimEnd(text, p.start, p.end) }, false, 'task.topic-paragraph', !!named);
    if (r?.task) tasks.push(r.task);
  });
  return true;
}

/** An item whose labels give its lead, coordinators and deadline (a Kế hoạch block): one task, its sub-items included. */
/** Labels on their own lines after a group's last item (not on its first line): they belong to the whole group. */
/** A group under a heading of standing work ("3. Nhiệm vụ thường xuyên"): its items recur. */
function standing(text: string, n: Node): Task['deadline'] {
  for (let p = n.parent; p; p = p.parent) {
    const nl = text.indexOf('\n', p.textStart);
    const title = text.slice(p.textStart, nl < 0 || nl > p.ownEnd ? p.ownEnd : nl).trim();
    if (title.split(/\s+/).length <= 6 && /(?:^|\s)thuong xuyen\.?$/.test(fold(title.toLowerCase()))) return { kind: 'recurring', due: null, text: title, time: null };
  }
  return null;
}

function groupLabels(c: TaskContext, text: string, n: Node): { parts: ReturnType<typeof planTaskParts>; cut: number } | undefined {
  const last = n.children[n.children.length - 1];
  // plan.group-dash-labels: the labels may be dash lines under the last item ("3.3. <task>\n- Thời gian thực hiện: ...\n- Đơn vị
  // chủ trì: ..."), every one a label, when the items before it have no points of their own.
  const dashLabels = !!last?.children.length && last.children.every((ch) => ch.kind === 'dash' && /^[^\n:;.]{3,40}:/.test(text.slice(ch.textStart, ch.end))) && n.children.slice(0, -1).every((ch) => !ch.children.length);
  if (n.children.length < 2 || !last || (last.children.length && !dashLabels)) return undefined;
  const nl = text.indexOf('\n', last.textStart);
  if (nl < 0 || nl >= last.end) return undefined;
  const pf = planFields(c.folded, nl, last.end);
  if (!pf || !pf.values.has('lead')) return undefined;
  // plan.group-own-labels: when an earlier item has a lead label of its own, each item is a block with its own labels,
  // and the last item's labels are its own, not the group's.
  // (So when an earlier item names its lead in a bracket after it: "1. <activity> (Sở X thực hiện).")
  const bracketed = (ch: Node) => !!BRACKET_LEAD.apply({ text, folded: c.folded, gaz: c.gaz, year: c.year }, ch.textStart, ch.end);
  if (n.children.slice(0, -1).some((ch) => planFields(c.folded, ch.textStart, ch.end)?.values.has('lead') || bracketed(ch))) return undefined;
  // The group's tail starts at the first labelled line ("Lãnh đạo phụ trách: ...", "Đơn vị chủ trì: ...").
  const tail = /\n[ \t]*[^\n:;.]{3,40}:/.exec(text.slice(nl, last.end));
  const cut = tail ? nl + tail.index : pf.firstLabel;
  return { parts: planTaskParts({ text, gaz: c.gaz, year: c.year }, pf), cut: Math.min(cut, pf.firstLabel) };
}

/** plan.label-runs: leaf items of which some carry lead labels under their first line and some none: each item without labels
 *  gets the label parts of the next item that has them (undefined for labelled items and items after the last run). */
function labelRuns(c: TaskContext, text: string, n: Node): (ReturnType<typeof planTaskParts> | undefined)[] | undefined {
  if (n.children.length < 2 || n.children.some((ch) => ch.children.length)) return undefined;
  const own = n.children.map((ch) => {
    const nl = text.indexOf('\n', ch.textStart);
    if (nl < 0 || nl >= ch.end) return undefined;
    const pf = planFields(c.folded, nl, ch.end);
    return pf?.values.has('lead') && planFields(c.folded, ch.textStart, ch.end)?.firstLabel === pf.firstLabel ? pf : undefined;
  });
  if (!own.some((x) => x) || !own.some((x, i) => !x && own.slice(i + 1).some((y) => y))) return undefined;
  const out: (ReturnType<typeof planTaskParts> | undefined)[] = [];
  for (let i = 0; i < own.length; i++) {
    const k = own.findIndex((x, j) => j > i && x);
    // (An item that goes on in a paragraph of its own, "1. <activity>.\nGiao Sở X chủ trì ...", says who itself.)
    const more = /[.;:][ \t]*\r?\n[ \t]*\p{Lu}/u.test(text.slice(n.children[i]!.textStart, trimEnd(text, n.children[i]!.textStart, n.children[i]!.end)));
    // (Nor one whose bracket names who leads: "... (Sở X thực hiện).")
    const bracket = !own[i] && k >= 0 && BRACKET_LEAD.apply({ text, folded: c.folded, gaz: c.gaz, year: c.year }, n.children[i]!.textStart, n.children[i]!.end);
    out.push(own[i] || k < 0 || more || bracket ? undefined : planTaskParts({ text, gaz: c.gaz, year: c.year }, own[k]!));
  }
  return out;
}

function planBlock(c: TaskContext, text: string, n: Node, inherited: AgencyItem[]): Task | undefined {
  const pf = planFields(c.folded, n.textStart, n.end);
  if (!pf) return undefined;
  const p = pf.firstLabel;
  const first = n.children[0];
  // The labels must be the item's own: in its text, or dash lines right under it (not inside a sub-item's sub-items).
  const direct = n.children.find((ch) => ch.start <= p && p < ch.end);
  if (first && p >= first.start && !(direct && p <= direct.textStart + 2)) return undefined;
  // A numbered sub-item of a section that opens with a label ("II. ĐỐI TƯỢNG ...\n2. Thời gian thực hiện: ...") is the
  // section's own part, not a label line of the section as one task.
  if (direct && direct.kind !== 'dash' && direct.kind !== 'letter' && n.kind === 'roman') return undefined;
  const act = pf.values.get('action');
  const titleEnd = Math.min(p, first && first.start < p ? first.start : p);
  const parts = planTaskParts({ text, gaz: c.gaz, year: c.year }, pf, act ?? { start: n.textStart, end: titleEnd });
  // lead.bracket-chu-tri: "Hỗ trợ ... (Sở X chủ trì; thời gian: ...)": the title's bracket names who leads.
  // (plan.inline-label-bracket: also after labels written on the title's line, "...; thời gian: Quý III/2026 (Sở X thực hiện).")
  const nl = text.indexOf('\n', n.textStart);
  const lineEnd = Math.max(titleEnd, Math.min(nl < 0 ? n.ownEnd : nl, n.ownEnd));
  const bracket = parts.lead.length || act ? undefined : BRACKET_LEAD.apply({ text, folded: c.folded, gaz: c.gaz, year: c.year }, n.textStart, lineEnd);
  // plan.title-deadline: "<activity>, xong trong Quý III" over labels without a time: the title's time is the deadline.
  if (!parts.deadline && !act) {
    const found = findDeadlines(c.folded, n.textStart, titleEnd, c.year);
    if (found.length) parts.deadline = toDeadline(found, text, c.folded);
  }
  if (bracket) {
    parts.lead = bracket.lead;
    if (!pf.values.has('coordinate')) parts.coordinate = bracket.coordinate;
  }
  // plan.next-line-lead: "<activity>.\nSở X chủ trì, phối hợp với Y thực hiện.\nThời gian: ...": the line before the labels says who.
  // (An item with labels is an activity: no verb list gates it.)
  const nextLine = parts.lead.length || act || bracket ? undefined : nextLineChuTri(c, text, n.textStart, titleEnd);
  if (nextLine?.items.length) {
    parts.lead = nextLine.items;
    if (!pf.values.has('coordinate')) parts.coordinate = nextLine.coordinate ?? [];
  }
  // lead.block-title-subject: "1. Sở X tham mưu ... .\nThời gian hoàn thành: ..." (a time label alone): the title's subject leads;
  // lead.block-title-giao: so does whom its title asks, "3. Đề nghị / Giao Sở X ... .\nThời gian hoàn thành: ...".
  // (Both only when lead.subject or lead.giao reads it: the first of them in LEAD_RULES' order.)
  const subject = parts.lead.length || act || bracket || nextLine?.items.length || pf.values.has('coordinate') ? undefined : firstRule(LEAD_RULES.filter((r) => r.id === 'lead.subject' || r.id === 'lead.giao'), { c, text, from: n.textStart, to: titleEnd, inherited, sentence: false });
  if (subject?.value.items.length) parts.lead = subject.value.items;
  let from = subject?.value.items.length ? subject.value.actionFrom : n.textStart;
  // (Its "chủ trì, phối hợp với Y" is no part of the action.)
  RE_COORD.lastIndex = 0;
  const cm = subject?.value.items.length ? RE_COORD.exec(c.folded.slice(from, titleEnd)) : null;
  if (cm && !c.folded.slice(from, from + cm.index).replace(RE_CHU_TRI, '').trim()) {
    const l = coordinateList(text, c.folded, from + cm.index + cm[0].length, c.gaz, titleEnd - from - cm.index - cm[0].length);
    if (l.items.length && RE_VERB_START().test(c.folded.slice(l.end).replace(/^[ \t\r\n]+/, ''))) {
      from = l.end;
      if (!parts.coordinate.length) parts.coordinate = l.items;
    }
  } else if (subject?.value.items.length) from += RE_CHU_TRI.exec(c.folded.slice(from, from + 20))?.[0].length ?? 0;
  const action = act ? actionOf(text, act.start, act.end) : actionOf(text, from, Math.min(bracket?.at ?? nextLine?.actionTo ?? titleEnd, titleEnd));
  if (!action) return undefined;
  // task.skip.aspect-heading: "2.1. Hình thức và thời gian" over "2.1.2. Thời gian: ..." is the activity's specification.
  if (!parts.lead.length && aspectHeading(action)) return undefined;
  const lead = parts.lead.length ? parts.lead : inherited;
  if (!lead.length && !parts.deadline) return undefined;
  // plan.label-and-text-partners: a block whose partners' label names some and whose work says "phối hợp với Y" names Y too:
  // both coordinate ("Nhiệm vụ: Tham mưu ... phối hợp với Bộ X rà soát ..." over "Đơn vị phối hợp: Các sở, ngành").
  if (pf.values.has('coordinate') && parts.coordinate.length) {
    const span = act ?? { start: from, end: titleEnd };
    const re = new RegExp(RE_COORD.source, 'g');
    for (let m = re.exec(c.folded.slice(span.start, span.end)); m; m = re.exec(c.folded.slice(span.start, span.end))) {
      const at = span.start + m.index + m[0].length;
      const l = coordinateList(text, c.folded, at, c.gaz, span.end - at);
      for (const a of l.items) if (!parts.coordinate.some((x) => key(x.name) === key(a.name))) parts.coordinate = [...parts.coordinate, a];
    }
  }
  const named = (a: AgencyItem) => ref(placesInBrackets(c.gaz, a));
  return {
    id: id(n),
    lead: lead.map(named),
    coordinate: parts.coordinate.map(named),
    action,
    deadline: parts.deadline,
    span: { start: n.start, end: trimEnd(text, n.start, n.end) },
    rule: 'task.plan-block',
    leadRule: bracket ? bracket.id : nextLine?.items.length ? 'lead.next-line-chu-tri' : subject?.value.items.length ? (subject.rule === 'lead.giao' ? 'lead.block-title-giao' : 'lead.block-title-subject') : parts.lead.length ? 'lead.plan-label' : 'lead.heading',
  };
}

const MEMBER_HEAD = /^[ \t]*(?:Các[ \t]+)?(?:Ông|Bà|ông|bà)(?:[ \t]*\/[ \t]*(?:Bà|bà))?[ \t]+\S/u;
const MEMBER_ROLE = /(?:Trưởng ban|Trưởng đoàn|Thành viên|Ủy viên|Uỷ viên|Thư ký|Tổ trưởng|Tổ phó)(?:[ \t]+thường[ \t]+trực)?[ \t]*[;.,]?[ \t]*$/iu;

/** Dash items that only name board members ("- Ông <name>, <title>, Phó Trưởng ban;"): no duty after a colon, most end with the seat. */
function memberList(text: string, n: Node): boolean {
  if (n.children.length < 3) return false;
  const lines = n.children.map((ch) => text.slice(ch.textStart, ch.end).replace(/\s+/g, ' ').trim());
  if (!lines.every((l) => MEMBER_HEAD.test(l) && !l.includes(':'))) return false;
  return lines.filter((l) => MEMBER_ROLE.test(l)).length * 2 >= lines.length;
}

/** A section or item titled as targets, criteria, participants or a theme (dictionaries/extract/section-titles.tsv). */
function noTaskTitle(c: TaskContext, text: string, n: Node): boolean {
  const nl = text.indexOf('\n', n.textStart);
  const title = key(c.folded.slice(n.textStart, nl < 0 || nl > n.end ? n.end : nl));
  if (!title || title.split(' ').length > 12) return false;
  // (section.theme-and-work: a title that joins the theme or targets to the work, "CHỦ ĐỀ, NỘI DUNG CÁC HOẠT ĐỘNG", "MỤC TIÊU VÀ
  // NHIỆM VỤ", holds that work.)
  if (RE_THEME_AND_WORK.test(title)) return false;
  return lexicon().noTaskTitles.some((t) => title === t || title.startsWith(t + ' '));
}

let labelRes: [string, RegExp[]][] | undefined;
/** The plan labels of each role, longest first, compiled once. */
const planLabelRes = () =>
  (labelRes ??= lexicon().planLabels.map(([role, labels]) => [role, [...labels].sort((a, b) => b.length - a.length).map((l) => new RegExp(`^${phrase(l)}(?=[ \\t]*(?:$|[,:.]))`))]));

/** The role a sub-item's title gives by its label ("2. Cơ quan chủ trì, phối hợp", "1. Nội dung, biện pháp", "3. Thời gian thực hiện: ..."),
 *  and where the value after the label's colon starts on that line. */
function titleRole(c: TaskContext, text: string, n: Node): { role: string; valueAt: number } | undefined {
  const nl = text.indexOf('\n', n.textStart);
  const lineEnd = nl < 0 || nl > n.end ? n.end : nl;
  const title = c.folded.slice(n.textStart, lineEnd).toLowerCase();
  for (const [role, res] of planLabelRes()) {
    for (const re of res) {
      const m = re.exec(title);
      if (!m) continue;
      const colon = title.indexOf(':', m[0].length);
      // "Cơ quan chủ trì, phối hợp" names two roles; a title that goes on in words after the label is no label.
      if (colon < 0 && !/^[ \t]*(?:,[ \t]*[a-z ,]{0,30})?[.]?[ \t]*$/.test(title.slice(m[0].length))) continue;
      return { role, valueAt: colon < 0 ? lineEnd : n.textStart + colon + 1 };
    }
  }
  return undefined;
}

/** A plan section laid out as labelled sub-items: "1. Nội dung, biện pháp" over its points, "2. Cơ quan chủ trì, phối hợp" (with
 *  "a) Cơ quan chủ trì" / "b) Cơ quan phối hợp" lists, or a list of its own), "3. Thời gian thực hiện: ...". Each point is a task
 *  with the section's lead, coordinators and time; a second lead label in the block ("b) Đơn vị thực hiện: ...") names those who
 *  carry the work out with the lead: coordinators. */
function sectionBlock(c: TaskContext, text: string, n: Node): Task[] | undefined {
  if (n.children.length < 2) return undefined;
  const roles = n.children.map((ch) => ({ ch, r: titleRole(c, text, ch) }));
  const work = roles.find((x) => x.r?.role === 'action' && x.ch.children.length);
  const leadBlock = roles.find((x) => x.r?.role === 'lead');
  if (!work || !leadBlock) return undefined;
  // The values of a labelled item: what follows its colon, and its dash lines.
  const values = (x: Node, valueAt: number): Span[] => {
    const own = x.children.length ? x.children[0]!.start : x.end;
    const out: Span[] = [];
    if (valueAt < own && text.slice(valueAt, own).trim()) out.push({ start: valueAt, end: trimEnd(text, valueAt, own) });
    // A dash's line, up to a bracketed note or a blank line under it ("(Văn phòng Ban Chỉ đạo ... là cơ quan trung tâm ...)").
    for (const d of x.children) {
      if (d.kind !== 'dash' || d.children.length) continue;
      const stop = /\n[ \t]*(?:\n|\()/.exec(text.slice(d.textStart, d.end));
      const end = stop ? d.textStart + stop.index : d.end;
      out.push({ start: d.textStart, end: trimEnd(text, d.textStart, end) });
    }
    return out;
  };
  const lead: Span[] = [];
  const coordinate: Span[] = [];
  const subs = leadBlock.ch.children.map((ch) => ({ ch, r: titleRole(c, text, ch) })).filter((x) => x.r);
  if (subs.length) {
    let leadSeen = false;
    for (const x of subs) {
      const v = values(x.ch, x.r!.valueAt);
      if (x.r!.role === 'lead' && !leadSeen) {
        lead.push(...v);
        leadSeen = true;
      } else if (x.r!.role === 'lead' || x.r!.role === 'coordinate') coordinate.push(...v);
    }
  } else lead.push(...values(leadBlock.ch, leadBlock.r!.valueAt));
  for (const x of roles) if (x.r?.role === 'coordinate' && x !== leadBlock) coordinate.push(...values(x.ch, x.r.valueAt));
  const ctx = { text, gaz: c.gaz };
  const leads = lead.flatMap((s) => bodiesIn(ctx, [s]));
  if (!leads.length) return undefined;
  const coords = coordinate.flatMap((s) => bodiesIn(ctx, [s]));
  const time = roles.find((x) => x.r?.role === 'deadline');
  const tv = time ? values(time.ch, time.r!.valueAt) : [];
  const dl = tv.length ? cellDeadline({ text, year: c.year }, tv.slice(0, 1)) : null;
  const deadline = dl && { ...dl, rule: 'deadline.plan-label' };
  const named = (a: AgencyItem) => ref(placesInBrackets(c.gaz, a));
  const out: Task[] = [];
  for (const p of work.ch.children) {
    const action = actionOf(text, p.textStart, p.end);
    if (!action) continue;
    out.push({
      id: id(p),
      lead: leads.map(named),
      coordinate: coords.map(named),
      action,
      deadline,
      span: { start: p.start, end: trimEnd(text, p.start, p.end) },
      rule: 'task.plan-section',
      leadRule: 'lead.plan-label',
    });
  }
  return out.length ? out : undefined;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** A heading that names who leads: "1. <body>", "1. <collective> theo chức năng nhiệm vụ". */
function leadOrHeading(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  return headingAt(c, text, at, end)?.items;
}

/** A heading that names who acts, and where it ends: "1. Bộ Khoa học và Công nghệ", "2. Giao Sở Xây dựng",
 *  "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan ...:", "6. Trách nhiệm của các tổ chức, doanh nghiệp ...". */
function headingAt(c: TaskContext, text: string, at: number, end: number): { items: AgencyItem[]; end: number; alone: boolean; asked?: boolean } | undefined {
  const lineEnd = (o: number) => {
    const nl = text.indexOf('\n', o);
    return nl < 0 || nl > end ? end : nl;
  };
  // lead.heading-assign-colon: "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh" (a colon after the verb).
  // (lead.unit-role-heading: "Giáo viên chủ nhiệm" folds to the verb "giao" but asks no one.)
  const giao = /^giáo/iu.test(text.slice(at, at + 4)) ? null : new RegExp(`^(?:${lexicon().assignVerbs.map(phrase).join('|')})(?:[ \\t]{0,2}:)?[ \\t\\n]{1,3}`).exec(c.folded.slice(at, at + 14));
  if (giao) at += giao[0].length;
  // lead.heading-members (forms/members.ts): "Các cơ quan X (Sở A, Ban B, Ban C):": the bodies in the brackets.
  const members = memberHeading(text, c.folded, c.gaz, at, end);
  if (members) return { items: members.items, end: members.end, alone: true };
  // lead.asked-heading: "1. Đề nghị A, B và các C,\nkhu phố ... trên địa bàn X:" over paragraphs: the bodies asked, up to the colon
  // that ends a line (over three lines at most, no verb after the bodies), lead the paragraphs that name no one of their own.
  const asked = giao ? /^[^.;:!?]{3,300}?:[ \t]*(?=\n)/.exec(text.slice(at, end)) : null;
  if (asked && asked[0].split('\n').length <= 3 && at + asked[0].length < end) {
    const l = agencyList(text, c.folded, at, c.gaz, asked[0].length);
    const tail = c.folded.slice(l.end, at + asked[0].length);
    const verb = RE_ANY_VERB().test(tail);
    // (Bodies the list reader cannot read, "Đảng ủy, HĐND, UBMTTQ và các đoàn thể ...": the words before the colon, as printed.)
    const own = asked[0].replace(/[\s:]+$/, '');
    const items = l.items.length && l.items[0]!.span.start === at ? l.items : /^\p{Lu}/u.test(own) && !verb ? [toItem(text, at, at + own.length)] : [];
    if (items.length && !verb) return { items, end: at + asked[0].length, alone: true, asked: true };
  }
  // "Trách nhiệm của X", "Đối với X": the rest of the heading names who.
  const of = /^(?:trach[ \t]nhiem[ \t]cua|doi[ \t]voi|nhiem[ \t]vu(?:[ \t]va[ \t]quyen[ \t]han)?[ \t]cua|trach[ \t]nhiem[ \t]va[ \t]quyen[ \t]han[ \t]cua)[ \t]{1,3}(?=\S)/.exec(c.folded.slice(at, at + 40));
  // "Đối với công tác tổng hợp, báo cáo ...": a topic, not a body.
  // (lead.for-unit-role, forms/offices.ts: "Đối với sinh viên", a school's role alone, names who.)
  if (of && /^doi/.test(of[0]) && !agencyList(text, c.folded, at + of[0].length, c.gaz, Math.min(200, end - at - of[0].length)).items.length && !unitRoleAlone(c.folded, at + of[0].length, lineEnd(at))) return undefined;
  if (of) {
    // The heading's own line(s): a next line in lower case carries it on.
    let e = lineEnd(at);
    while (e < end && /^\n[ \t]*\p{Ll}/u.test(text.slice(e, e + 20))) e = lineEnd(e + 1);
    const own = text.slice(at + of[0].length, e).replace(/[\s:.;]+$/, '');
    // The whole heading names who: no clause after a colon ("Đối với <topic>: <task>").
    if (own && own.split(/\s+/).length <= 24 && !/[.;]/.test(own) && !/:\s*\S/.test(own)) {
      const s = at + of[0].length;
      return { items: [{ name: upperFirst(clean(own)), canonical: c.gaz.lookup(own)?.canonical ?? null, span: { start: s, end: s + own.length } }], end: s + own.length, alone: true };
    }
  }
  // lead.heading-named-above: "4. Các Sở Y tế nêu trên" alone over points: the addressees it points back to, as the Kính gửi
  // line prints them, after the heading's plural ("Các Sở Y tế các tỉnh: A, B").
  const back = /^(\p{Lu}.{2,80}?)[ \t]+(?:nêu|nói)[ \t]+trên[ \t:.]*$/u.exec(text.slice(at, lineEnd(at)));
  const named = back && lineEnd(at) < end ? agencyList(text, c.folded, at, c.gaz, back[1]!.length) : undefined;
  if (named?.items.length) {
    const items = inFullOf(named.items, c.recipients);
    // (One addressee named in full: the heading's plural stays before it; several are each their own.)
    if (/^Các\s/u.test(back![1]!) && items.length === 1 && named.items.length === 1 && !/^các\s/iu.test(items[0]!.name)) items[0] = { ...items[0]!, name: `Các ${items[0]!.name}` };
    return { items, end: lineEnd(at), alone: true };
  }
  const l = agencyList(text, c.folded, at, c.gaz, end - at);
  // lead.office-heading (forms/offices.ts): "3. Chuyên viên phụ trách lĩnh vực ..." alone on its line over points.
  const office = () => {
    const o = lineEnd(at) < end ? officeHeading(text, c.folded, at, lineEnd(at)) : undefined;
    return o && { items: [o], end: lineEnd(at), alone: true };
  };
  if (!l.items.length) {
    const o = office() ?? unitOfBody(c, text, at, lineEnd(at)) ?? roleHeading(c, text, at, lineEnd(at), end) ?? headNounHeading(c, text, at, lineEnd(at), end);
    if (o) return o;
    // "7.BoY tế": a short heading line the OCR damaged, settled by the nearest known name.
    const line = text.slice(at, lineEnd(at)).trim();
    const near = line.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(line) ? c.gaz.nearest(line, c.level) : undefined;
    return near ? { items: [{ name: near.canonical, canonical: near.canonical, entry: near, span: { start: at, end: at + line.length } }], end: at + line.length, alone: true } : undefined;
  }
  const rest = c.folded.slice(l.end, Math.min(end, l.end + 80));
  // lead.heading-remaining: "3. Các sở, ngành còn lại:" over its work: the bodies not named above, as printed.
  const remaining = /^[ \t]{1,3}con[ \t]lai(?=[ \t]{0,3}:?[ \t]*(?:\n|$))/.exec(rest);
  if (remaining && lineEnd(l.end) < end) {
    const last = l.items[l.items.length - 1]!;
    const e = l.end + remaining[0].length;
    return { items: [...l.items.slice(0, -1), { ...last, name: clean(`${last.name} ${text.slice(l.end, e).trim()}`), canonical: null, span: { start: last.span.start, end: e } }], end: lineEnd(l.end), alone: true };
  }
  // lead.heading-asked-verb: "2. Đề nghị Ủy ban nhân dân xã phối hợp" alone over points: whom it asks leads them.
  if (giao && /^[ \t]{1,3}(?:phoi[ \t]hop|thuc[ \t]hien|chu[ \t]tri)(?:[ \t]thuc[ \t]hien)?[ \t:]*(?:\n|$)/.test(rest) && lineEnd(l.end) < end) return { items: l.items, end: lineEnd(l.end), alone: true };
  if (/^[ \t]{0,3}(?::|$|\n|theo[ \t]{1,3}ch[u]c|[-–(])/.test(rest) || !rest.trim()) return { items: l.items, end: lineEnd(l.end), alone: /^[ \t:]*$/.test(text.slice(l.end, lineEnd(l.end))) };
  // lead.heading-full-stop: "2. Trung tâm Y tế huyện." printed with a full stop, alone on its line over points ("- ...").
  if (/^\.[ \t]*$/.test(text.slice(l.end, lineEnd(l.end))) && /^\n[ \t]*(?:[-–+•]|[a-zđ]\))/.test(text.slice(lineEnd(l.end), lineEnd(l.end) + 12))) return { items: l.items, end: lineEnd(l.end), alone: true };
  // lead.heading-comma-name: "2. Cục\nXuất bản, In và Phát hành" over its points: a body whose name holds a comma, the rest of the
  // heading line capitalised words joined by "và" ("Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"), is one name.
  const tailLine = text.slice(l.end, lineEnd(l.end));
  const last = l.items[l.items.length - 1]!;
  if (last.span && /^,[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+){0,7}[ \t:]*$/u.test(tailLine) && / và /u.test(tailLine) && lineEnd(l.end) < end) {
    const e = l.end + tailLine.replace(/[ \t:]+$/, '').length;
    const name = clean(text.slice(last.span.start, e));
    return { items: [...l.items.slice(0, -1), { ...last, name, canonical: c.gaz.lookup(name)?.canonical ?? null, span: { start: last.span.start, end: e } }], end: lineEnd(l.end), alone: true };
  }
  // "Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:" over the items below.
  if (/^[ \t]{0,3},/.test(rest) && /:\s*$/.test(text.slice(at, end))) return { items: l.items, end, alone: false };
  // lead.heading-narrowed: "6. Ủy ban nhân dân các tỉnh có dự án đi qua:" over its points: a collective narrowed by "có ..." up to
  // the colon that ends the line names who, whole.
  const narrowed = /^[ \t]+co[ \t]+(?!trach[ \t]+nhiem|nhiem[ \t]+vu)[^,;.:\n]{3,80}:[ \t]*(?=\n|$)/.exec(c.folded.slice(l.end, lineEnd(l.end) + 1));
  if (narrowed && l.items.length === 1 && /^(?:các|ủy ban nhân dân các|ubnd các|chủ tịch ủy ban nhân dân các)\s/iu.test(l.items[0]!.name) && lineEnd(l.end) < end) {
    const e = l.end + narrowed[0].replace(/[ \t:]+$/, '').length;
    const name = upperFirst(clean(text.slice(l.items[0]!.span.start, e)));
    return { items: [{ name, canonical: null, span: { start: l.items[0]!.span.start, end: e } }], end: lineEnd(l.end), alone: true };
  }
  // lead.heading-taking-part: "4.2. Các phòng tham gia đánh giá" alone on its line over points ("- ..."): a collective narrowed by the
  // work it takes part in (or was chosen for) names who, whole.
  const part = /^[ \t]+(?:tham[ \t]+gia|duoc[ \t]+chon)(?:[ \t]+[a-z]+){0,8}[ \t:]*(?=\n)/.exec(c.folded.slice(l.end, lineEnd(l.end) + 1));
  if (part && l.items.length === 1 && /^các\s/iu.test(l.items[0]!.name) && lineEnd(l.end) < end && /^\n[ \t]*[-–+•]/.test(text.slice(lineEnd(l.end), lineEnd(l.end) + 6))) {
    const e = l.end + part[0].replace(/[ \t:]+$/, '').length;
    const name = upperFirst(clean(text.slice(l.items[0]!.span.start, e)));
    return { items: [{ name, canonical: null, span: { start: l.items[0]!.span.start, end: e } }], end: lineEnd(l.end), alone: true };
  }
  // (Not where the list read the opening name and only lower-case words follow it: a name stops where the addressee lines stop it.)
  const runOn = l.items[0]!.span.start <= at + 2 && /^[ \t]+\p{Ll}[\p{Ll} \t]*:?[ \t]*$/u.test(text.slice(l.end, lineEnd(at)));
  return (runOn ? undefined : headNounHeading(c, text, at, lineEnd(at), end)) ?? namedHeading(c, text, at, end);
}

/** lead.heading-head-noun: "3. Ban Quản lý dự án đầu tư xây dựng huyện và các Chủ đầu tư:", "5. Chủ đầu tư các khu đô thị:" alone
 *  on its line over points: a line that opens with the head noun of a body (agency-words.tsv head, owner) names who leads, whole
 *  (its lower-case words read as verbs elsewhere), split at "và" before another head or "các". */
function headNounHeading(c: TaskContext, text: string, at: number, e: number, end: number): { items: AgencyItem[]; end: number; alone: boolean } | undefined {
  if (e >= end || !/^\n[ \t]*(?:[-–+•]|[a-zđ]\))/.test(text.slice(e, e + 12))) return undefined;
  const line = text.slice(at, e).replace(/[ \t]*:?[ \t]*$/, '');
  if (!/^\p{Lu}/u.test(line) || /[.;,()]/.test(line) || line.split(/\s+/).length > 24) return undefined;
  const words = lexicon().agencyWords;
  const heads = [...(words.get('head') ?? []), ...(words.get('owner') ?? [])];
  // (A head of one word needs a name after it, "Hội Nông dân", "Trạm Y tế": "Ban hành quy chế" is work.)
  const opens = (p: string) => {
    const w = p.replace(/^các[ \t]+/u, '').split(/[ \t]+/);
    const f = w.map((x) => key(x));
    return heads.some((h) => h.every((x, i) => f[i] === x) && (h.length >= 2 ? w.length > h.length || /^(?:chu dau tu|nha thau)/.test(h.join(' ')) : /^\p{Lu}/u.test(w[1] ?? '')));
  };
  const parts = line.split(/[ \t]+và[ \t]+(?=các[ \t]+\p{Lu}|\p{Lu})/u);
  if (!parts.every(opens)) return undefined;
  let from = at;
  const items = parts.map((p) => {
    const s0 = text.indexOf(p, from);
    from = s0 + p.length;
    return { name: upperFirst(clean(p)), canonical: c.gaz.lookup(p)?.canonical ?? null, span: { start: s0, end: s0 + p.length } };
  });
  return { items, end: e, alone: true };
}

/** lead.role-heading: "3. Cơ quan chủ trì giải quyết thủ tục X" alone on its line over points: a heading naming a body by its role
 *  (agency-words.tsv `role-body`) is the whole line, as printed, though its words read as verbs. */
function roleHeading(c: TaskContext, text: string, at: number, e: number, end: number): { items: AgencyItem[]; end: number; alone: boolean } | undefined {
  const line = text.slice(at, e);
  const s0 = at + line.length - line.trimStart().length;
  if (e >= end || /[.;,]\s*$/.test(line) || line.trim().split(/\s+/).length > 16 || !roleBody(c, text, s0, e)) return undefined;
  // (Points follow on the next line: a line that wraps a sentence, "Cơ quan phối hợp có trách nhiệm ..., nêu\nrõ ...", is none.)
  if (!/^\s*(?:[a-zđ]\)|[-–+•]|\d+(?:\.\d+)+\.?\s)/u.test(text.slice(e, e + 40))) return undefined;
  return { items: [toItem(text, s0, s0 + line.trim().replace(/[ \t]*:$/, '').length)], end: e, alone: true };
}

/** lead.unit-of-body: "8. Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ" alone on its line over points: a unit (whose name may
 *  read as a verb, "Tổ chức ...") of the bodies named after "thuộc" is one name, the whole line. */
function unitOfBody(c: TaskContext, text: string, at: number, e: number): { items: AgencyItem[]; end: number; alone: boolean } | undefined {
  const line = text.slice(at, e);
  const of = /^[ \t]*(\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){1,4})[ \t]+(?:trực[ \t]+)?thuộc[ \t]+(?=\p{Lu})/u.exec(line);
  if (!of || /[.;:,]\s*$/.test(line)) return undefined;
  const bodies = agencyList(text, c.folded, at + of[0].length, c.gaz, e - at - of[0].length);
  // (Or bare bodies the list reader does not take: "thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ".)
  const known = bodies.items.length && bodies.items[0]!.span.start === at + of[0].length && !text.slice(bodies.end, e).trim();
  if (!known && !/^(?:bo|so|uy[ \t]ban|ban|cuc|tong[ \t]cuc)(?![a-z])/.test(c.folded.slice(at + of[0].length, e))) return undefined;
  const s0 = at + of[0].indexOf(of[1]!);
  return { items: [{ name: clean(line), canonical: null, span: { start: s0, end: s0 + line.trim().length } }], end: e, alone: true };
}

/** "2. Các cơ quan chuyên trách ...; các chi bộ, đảng bộ cơ sở" on its own line(s) over a paragraph: bodies the
 *  gazetteer cannot parse, one per ";"-separated piece. */
function namedHeading(c: TaskContext, text: string, at: number, end: number): { items: AgencyItem[]; end: number; alone: boolean } | undefined {
  // The heading runs over lines that go on in lower case; a line starting with a capital opens the paragraph.
  let e = at;
  for (;;) {
    const nl = text.indexOf('\n', e);
    if (nl < 0 || nl >= end) return undefined;
    e = nl;
    // The items under the heading start on the next line ("4. Vụ Phổ biến, giáo dục pháp luật\na) ...").
    // lead.heading-wrapped-blank: (or an empty line parts the heading from its points: "7. Các doanh nghiệp hoạt động\ntrong
    // lĩnh vực ...\ntrên địa bàn tỉnh\n\n- ...").
    if (nl + 1 >= end || /^[ \t]*\p{Lu}/u.test(text.slice(nl + 1, end)) || (e > at && /^[ \t|]*\n[ \t]*[-–+•]/u.test(text.slice(nl + 1, end)))) break;
    e = nl + 1;
  }
  const head = text.slice(at, e).trim();
  if (!head || /[.:,;&(\-–]$/.test(head) || head.split(/\s+/).length > 24 || /\.\s/.test(head)) return undefined;
  // A line broken inside a sentence ends on a function word ("của", "và", "với").
  if (lexicon().stopwordsWritten.has(head.toLowerCase().split(/\s+/).pop()!)) return undefined;
  const pieces = [...text.slice(at, e).matchAll(/[^;]+/g)].map((m) => ({ start: at + m.index + (m[0].length - m[0].trimStart().length), text: m[0].trim() })).filter((p) => p.text);
  const hf = fold(head.toLowerCase());
  // agency.addressee-longer: a heading line whose last words read as a verb ("Cục X - Quản lý đầu tư xây dựng") is the name as
  // the addressee lines print it.
  const whole = agencyList(text, c.folded, at, c.gaz, e - at);
  const longer = whole.items.length ? longerAsAddressed(c, text, whole) : whole;
  if (longer.end !== whole.end && !text.slice(longer.end, e).trim()) return { items: longer.items, end: e, alone: true };
  // (Words after "lĩnh vực" name a field, not what the body does: "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng".)
  const verb = new RegExp(`(?<![a-z])(?:${alt(lexicon().afterVerbs)})(?![a-z])`).test(hf.replace(/(?<![a-z])linh vuc(?![a-z])[^]*$/, ''));
  if (verb && pieces.length < 2) return undefined;
  // lead.heading-verb: "(ii) Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt\nNam đẩy nhanh ...": a name followed by a verb in lower
  // case is a sentence wrapped over lines, not a heading line.
  // (So is a line whose last name goes on over the break: "Tập đoàn Điện lực Việt\nNam báo cáo ...".)
  if (agencyList(text, c.folded, at, c.gaz, Math.min(end, e + 40) - at).items.some((i) => i.span.start < e && i.span.end > e)) return undefined;
  const first = agencyList(text, c.folded, at, c.gaz, e - at);
  if (pieces.length < 2 && first.items.length && new RegExp(`^[ \t]+(?:${alt([...lexicon().startVerbs, ...lexicon().assignVerbs])})(?![a-z])`).test(c.folded.slice(first.end, e)) && /^[ \t]+\p{Ll}/u.test(text.slice(first.end, e))) return undefined;
  const items: AgencyItem[] = [];
  for (const p of pieces) {
    const l = agencyList(text, c.folded, p.start, c.gaz, p.text.length);
    if (!l.items.length && !/^các\s/iu.test(p.text)) return undefined;
    if (l.items.length && !text.slice(l.end, p.start + p.text.length).trim()) items.push(...l.items);
    else items.push({ name: upperFirst(clean(p.text)), canonical: c.gaz.lookup(p.text)?.canonical ?? null, span: { start: p.start, end: p.start + p.text.length } });
  }
  return items.length ? { items, end: e, alone: true } : undefined;
}

/** Paragraphs of [from, to): a line after one that ends a sentence, starting with a capital, opens a paragraph. */
function paragraphs(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let prev = '';
  for (const l of lines(text.slice(from, to))) {
    const t = l.text.trim();
    // (lead.heading-colon-rest: the colon a heading "1. Đối với các sở, ngành:" leaves on its line is no paragraph.)
    if (!t || /^[:;,.]+$/.test(t)) continue;
    // task.paragraph-page-number: a page's number left on a line of its own between two pages' text ("11", "- 11 -",
    // "Trang 11") is not part of the paragraph and does not end one.
    if (/^(?:Trang[ \t]*)?[-–]?[ \t]*\d{1,3}[ \t]*[-–]?$/u.test(t)) continue;
    // task.paragraph-copies-end: "Nơi nhận:" closes the body; the copies list and the signature under it are no paragraphs.
    if (/^N[ơo]i[ \t]+nh[ậâa][ \t]?n[ \t]*:/u.test(t)) break;
    // task.paragraph-signature-end: so does the signature's authority line ("TM. ỦY BAN NHÂN DÂN") when no copies list precedes it.
    if (/^(?:TM|KT|TL|TUQ|Q)\.[ \t]*\p{Lu}{2}/u.test(t)) break;
    const s = from + l.start;
    // A sentence that only dates the work ("Hoàn thành trước ...") stays with the paragraph before it.
    // ("Đảm bảo hoàn thành trong quý I/2026." too.)
    const dating = /^(?:(?:dam[ \t]bao|bao[ \t]dam)[ \t])?(?:hoan[ \t]thanh|thoi[ \t](?:han|gian))(?![a-z])/.test(fold(t.toLowerCase()));
    // (task.paragraph-ellipsis: a line that ends in "…" ends its sentence too; not ",…", a list's "etc." that may go on.)
    if (!out.length || ((/[.;:!]$/.test(prev) || /[^,]…$/.test(prev)) && /^\p{Lu}/u.test(t) && !dating)) out.push({ start: s, end: from + l.end });
    else out[out.length - 1]!.end = from + l.end;
    prev = t;
  }
  return out;
}

/** "Đảng ủy X chỉ đạo ..., trong đó lưu ý:": the subject of a section's opening sentence that leads into its items. */
function introSubject(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  if (!/:\s*$/.test(text.slice(at, end))) return undefined;
  // Past the title lines (upper case) to the first line of the opening sentence.
  let s = at;
  for (;;) {
    const nl = text.indexOf('\n', s);
    if (nl < 0 || nl >= end) return undefined;
    const line = text.slice(s, nl).replace(/[^\p{L}]/gu, '');
    if (line && line.replace(/[^\p{Lu}]/gu, '').length < line.length * 0.7) break;
    s = nl + 1;
  }
  while (s < end && /\s/.test(text[s]!)) s++;
  if (s >= end) return undefined;
  return leadAt(c, text, s, end)?.items ?? mustSubject(c, text, s, end) ?? purposeSubject(c, text, s, end);
}

/** lead.intro-after-purpose: "5. Để nâng cao ..., tăng cường ..., các sở, ngành (and its scope) triển khai những nội
 *  dung sau:" over points: the subject after the clause of purpose leads them (the clause may hold commas: the first comma
 *  after which bodies act). */
function purposeSubject(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  if (!/^(?:de|nham)[ \t\r\n]/.test(c.folded.slice(at, at + 6))) return undefined;
  const seg = c.folded.slice(at, Math.min(end, at + 400));
  const stop = seg.search(/[.;:](?=\s|$)/);
  for (const m of seg.slice(0, stop < 0 ? seg.length : stop).matchAll(/,[ \t\r\n]{0,3}/g)) {
    const p = at + m.index + m[0].length;
    const found = leadAt(c, text, p, at + (stop < 0 ? seg.length : stop));
    if (found?.items.length && (found.items[0]!.span?.start ?? p) <= p + 4) return found.items;
  }
  return undefined;
}

/** lead.must-subject: "Để ..., <body> cần (phải) <verb> ... sau đây:" - the lead-in of a conclusion's items names who must
 *  act after a clause of purpose; that body leads the items. Only the sentence that ends the section's own text. */
function mustSubject(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  const e = text.slice(at, end).trimEnd().length + at;
  // The last sentence: after the last full stop followed by a capital.
  let s = at;
  for (const m of text.slice(at, e).matchAll(/[.;!?][ \t]*\r?\n?[ \t\r\n]*(?=\p{Lu})/gu)) s = at + m.index + m[0].length;
  const seg = c.folded.slice(s, e);
  for (const m of seg.matchAll(/,[ \t\r\n]{1,3}/g)) {
    const p = s + m.index + m[0].length;
    const l = agencyList(text, c.folded, p, c.gaz, Math.min(200, e - p));
    if (!l.items.length) continue;
    const after = c.folded.slice(l.end, l.end + 40);
    const must = /^[ \t\r\n]{1,3}can(?:[ \t\r\n]{1,3}phai)?[ \t\r\n]{1,3}/.exec(after);
    // "tỉnh X / thành phố X cần ...": a locality acts through its Ủy ban nhân dân.
    const local = (i: AgencyItem): AgencyItem => (/^(?:tỉnh|thành phố)\s+\p{Lu}/iu.test(i.name) ? { ...i, name: `Ủy ban nhân dân ${i.name.replace(/^\p{Lu}/u, (x) => x.toLowerCase())}`, canonical: null } : i);
    if (must && RE_VERB_START().test(after.slice(must[0].length))) return l.items.map(local);
  }
  return undefined;
}

/** A title that names who: "NHIỆM VỤ CỦA <COLLECTIVE>". */
function titleBodies(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  const nl = text.indexOf('\n', at);
  const stop = Math.min(end, nl < 0 ? end : text.indexOf('\n', nl + 1) < 0 ? end : text.indexOf('\n', nl + 1));
  const title = text.slice(at, stop);
  if (title.replace(/[^\p{L}]/gu, '').replace(/[^\p{Lu}]/gu, '').length < title.replace(/[^\p{L}]/gu, '').length * 0.8) return undefined;
  const m = /(?<![a-z])(?:cua|cho)[ \t\r\n]{1,3}(?=cac[ \t])/.exec(c.folded.slice(at, stop));
  if (!m) return undefined;
  const l = agencyList(text, c.folded, at + m.index + m[0].length, c.gaz, stop - at - m.index - m[0].length);
  if (!l.items.length || c.folded.slice(l.end, stop).trim()) return undefined;
  return l.items.map((i) => ({ ...i, name: sentenceCase(i.name) }));
}

function sentenceCase(s: string): string {
  return upperFirst(s.toLowerCase().replace(/trung ương/g, 'Trung ương'));
}

// Words an item without a subject starts with.
let reAnyVerb: RegExp | undefined;
const RE_ANY_VERB = () => (reAnyVerb ??= new RegExp(`(?<![a-z])(?:${alt([...lexicon().afterVerbs, ...lexicon().startVerbs])})(?![a-z])`));
let nameWords: Set<string> | undefined;
/** Words of collectives and their modifiers and qualifiers (agency-words.tsv): "các trạm y tế xã", "... trong tỉnh". */
function nameWordsOnly(folded: string): boolean {
  nameWords ??= new Set(['collective', 'modifier', 'qualifier'].flatMap((k) => (lexicon().agencyWords.get(k) ?? []).flat()));
  const ws = folded.split(/[\s,]+/).filter(Boolean);
  return ws.length > 0 && ws.every((w) => nameWords!.has(w));
}
let reOwnVerb: RegExp | undefined;
/** lead.point-own-subject: a verb that makes the words before it the subject (verbs.tsv after / start / again), "có nhiệm vụ", a word of mood. */
const RE_OWN_VERB = () =>
  (reOwnVerb ??= new RegExp(`^(?:(?=${alt(lexicon().afterVerbs)})|(?:${alt(lexicon().againVerbs)}|co[ \t\r\n]{1,3}nhiem[ \t\r\n]{1,3}vu|phai|can)(?![a-z]))`));
let reCommaWork: RegExp | undefined;
/** task.skip.accountability: a clause of work after a comma (a verb that starts an item, folded). */
const RE_COMMA_WORK = () => (reCommaWork ??= new RegExp(`, (?:(?:chu dong|khan truong|tiep tuc|kip thoi) )?(?:${alt(lexicon().startVerbs)})(?![a-z])`));
let reVerbStart: RegExp | undefined;
const RE_VERB_START = () => (reVerbStart ??= new RegExp(`^[ \t]{0,3}(?:${alt(lexicon().startVerbs)})(?![a-z])`));
let reFieldStart: RegExp | undefined;
/** A report's field at the start ("Số hộ dân ...", "Diện tích ..."; reports.tsv fields). */
const RE_FIELD_START = () => (reFieldStart ??= new RegExp(`^[ \t]{0,3}(?:${alt(lexicon().doneReport.fields)})(?![a-z])`));

/** "Các cơ quan <noun>, <noun> <verb> ...": a bare collective named further by nouns, up to the verb. */
function extendCollective(c: TaskContext, text: string, items: AgencyItem[], end: number, limit: number): { items: AgencyItem[]; end: number } {
  const last = items[items.length - 1];
  if (!last || last.canonical || !/^các\s/iu.test(last.name) || !last.span) return { items, end };
  const seg = c.folded.slice(end, Math.min(limit, end + 120));
  let at = 0;
  let words = 0;
  for (;;) {
    const m = /^[ \t\r\n]{1,3}(,[ \t\r\n]{0,3})?|^,[ \t\r\n]{0,3}/.exec(seg.slice(at));
    if (!m) return { items, end };
    const w = /^[a-z0-9]+/.exec(seg.slice(at + m[0].length))?.[0];
    if (!w) return { items, end };
    const next = seg.slice(at + m[0].length);
    // agency.collective-written-verb: the verb that ends the collective is read as written ("khó khăn" holds no "khẩn").
    const ws = text.slice(end + at + m[0].length, end + at + m[0].length + 40).toLowerCase().normalize('NFC').split(/[\s,;:.]+/);
    const written = /^[ \t\r\n]{0,3}:/.test(next) || [1, 2, 3].some((n) => lexicon().verbsWritten.has(ws.slice(0, n).join(' ')));
    // (A verb after a comma says the words before it were work, not the collective's: "... liên quan khảo sát, đề xuất ...".)
    if ((m[1] || m[0].startsWith(',')) && written && RE_VERB_START().test(next)) return { items, end };
    if (!m[1] && !m[0].startsWith(',') && (RE_VERB_START().test(next) || RE_LEAD_TAIL().test(next)) && written) {
      if (!words) return { items, end };
      break;
    }
    if (PREPOSITIONS().has(w) || ++words > 8) return { items, end };
    at += m[0].length + w.length;
  }
  const e = end + at;
  const name = upperFirst(clean(text.slice(last.span.start, e)));
  return { items: [...items.slice(0, -1), { ...last, name, span: { start: last.span.start, end: e } }], end: e };
}

/** "bộ Tài chính" at an item's start in a provincial letter: a head noun in lower case is the restorer's guess for
 *  a damaged word ("8¢"), so the body of the document's level with the same name is meant (Sở Tài chính). */
/** agency.addressee-longer (forms/leads.ts, addresseeTail): the last name of a list runs on as the addressees print it. */
function longerAsAddressed(c: TaskContext, text: string, l: { items: AgencyItem[]; end: number }): { items: AgencyItem[]; end: number } {
  const last = l.items[l.items.length - 1];
  if (!last?.span || last.span.end !== l.end) return l;
  const end = addresseeTail(c.folded, c.recipientSpans ?? [], last.span);
  if (end === l.end) return l;
  const name = clean(text.slice(last.span.start, end));
  const e = c.gaz.lookup(name);
  return { items: [...l.items.slice(0, -1), { name, canonical: e?.canonical ?? null, entry: e, span: { start: last.span.start, end } }], end };
}

function settleHead(c: TaskContext, item: AgencyItem): AgencyItem {
  const m = /^(bộ|sở)\s+(\p{Lu}[^]*)$/u.exec(item.span ? c.text.slice(item.span.start, item.span.end) : item.name);
  if (!m || !c.level || !item.entry || item.entry.level === c.level) return item;
  const other = c.gaz.lookup(`${m[1] === 'bộ' ? 'Sở' : 'Bộ'} ${m[2]}`);
  return other && other.level === c.level ? { ...item, name: other.canonical, canonical: other.canonical, entry: other } : item;
}

/** The paragraph after the last top-level item that opens by asking a body by name ("Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo
 *  ..."): it follows a line that ends a sentence, and runs to the next line that ends one. */
function closingRequest(c: TaskContext, text: string, from: number, to: number): (Span & { rule?: string }) | undefined {
  const re = /\n[ \t]{0,8}(?=\S)/g;
  const seg = c.folded.slice(from, to);
  for (const m of seg.matchAll(re)) {
    let at = from + m.index + m[0].length;
    if (!/[.;][ \t]*$/.test(text.slice(Math.max(from, at - 200), at).trimEnd() + (text.slice(Math.max(from, at - 200), at).trimEnd() ? '' : '.'))) continue;
    // task.closing-issuer-giao: "<the issuer> giao <body> ..." opens the line (a ministry's letter hands its own unit
    // the follow-up after the points it asks of the addressees): the same request, its subject the issuer.
    const start = at;
    const who = /^\p{Lu}/u.test(text[at] ?? '') ? agencyList(text, c.folded, at, c.gaz, Math.min(120, to - at)) : undefined;
    // (Only "giao": "<the issuer> đề nghị / yêu cầu <the addressees> ... thực hiện./." closes the letter with its formula.)
    if (who?.items.length === 1 && who.items[0]!.span.start === at && c.issuer && (who.items[0]!.canonical ?? who.items[0]!.name) === c.issuer) {
      at = who.end + /^[ \t]*/.exec(c.folded.slice(who.end))![0].length;
      if (!/^giao[ \t]/.test(c.folded.slice(at, at + 6))) continue;
    }
    const g = new RegExp(`^(?:${alt(lexicon().assignVerbs)})[ \\t]{1,3}`).exec(c.folded.slice(at, at + 20));
    // task.closing-duty: "<body> có trách nhiệm / chủ trì / khẩn trương ..." opens the line after the last numbered item: a body
    // given work of its own (who gathers the replies the items ask for), not more of that item.
    if (!g && start === at) {
      const own = /^\p{Lu}/u.test(text[at] ?? '') ? leadAt(c, text, at, Math.min(to, at + 400)) : undefined;
      const first = own?.items[0];
      if (!own || !first || first.span.start > at + 2 || (first.canonical ?? first.name) === c.issuer) continue;
      if (!RE_ASSIGN_VERB.test(c.folded.slice(own.items[own.items.length - 1]!.span.end, own.end + 30)) || RE_ASSIGN_VERB.exec(c.folded.slice(own.items[own.items.length - 1]!.span.end))![0].trim() === ':') continue;
      // (Not "<body> chủ trì(, phối hợp với Y) thực hiện ...": a line that only says who carries the item above out.)
      if (/^[ \t,]*chu[ \t]+tri(?:[ \t]*,?[ \t]*phoi[ \t]+hop(?:[ \t]+voi)?[^.;]*?)?[ \t,]*(?:trien[ \t]+khai[ \t]+)?thuc[ \t]+hien(?![a-z])/.test(c.folded.slice(own.items[own.items.length - 1]!.span.end, to))) continue;
      const stop = /[.;][ \t]*(?:\/\.)?[ \t]*(?:\n|$)/.exec(text.slice(at, to));
      return { start, end: stop ? at + stop.index + stop[0].length : to, rule: 'task.closing-duty' };
    }
    if (!g) continue;
    const l = agencyList(text, c.folded, at + g[0].length, c.gaz, Math.min(300, to - at));
    if (!l.items.length || !/\s/.test(l.items[0]!.name)) continue;
    const stop = /[.;][ \t]*(?:\/\.)?[ \t]*(?:\n|$)/.exec(text.slice(at, to));
    return { start, end: stop ? at + stop.index + stop[0].length : to, ...(start < at ? { rule: 'task.closing-issuer-giao' } : {}) };
  }
  return undefined;
}

let reTitleStart: RegExp | undefined;
/** A title of the agency words (`title`: "Bộ trưởng", "Giám đốc", ...) at the start of a folded text. */
const TITLE_START = () => (reTitleStart ??= new RegExp(`^(?:${(lexicon().agencyWords.get('title') ?? []).map((w) => w.join('[ \\t\\r\\n]{1,3}')).join('|')})(?![a-z])`));

/** task.for-unit-sentence: a sentence that is only "Đối với <bodies>:" at a line's end names who does the paragraphs under it. */
function forUnitHeading(c: TaskContext, text: string, s: number, e: number): AgencyItem[] | undefined {
  const m = /^\s*doi[ \t]voi[ \t]{1,3}([^:.;\n]{3,120}):\s*$/.exec(c.folded.slice(s, e));
  if (!m) return undefined;
  const at = s + m[0].indexOf(m[1]!);
  const l = agencyList(text, c.folded, at, c.gaz, m[1]!.length);
  if (!l.items.length || l.items[0]!.span.start > at + 4 || text.slice(l.end, at + m[1]!.length).trim()) return undefined;
  return l.items;
}

/** The sentence that leads into an item, when it ends in a colon right before it (not an item's own text). */
function leadIn(text: string, from: number, at: number, head = 0): Span | undefined {
  let e = at;
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  if (e <= from || text[e - 1] !== ':') return undefined;
  // Back over the lines of its paragraph, to a blank line or a sentence end; a line that is an item makes it the item's text.
  let s = e;
  for (;;) {
    const nl = text.lastIndexOf('\n', s - 1);
    const ls = Math.max(nl + 1, from);
    const line = text.slice(ls, s);
    // A dash of the letter head's Kính gửi list above the opening paragraph ends the paragraph, no item's.
    if (markerAt({ start: ls, text: line })) return ls < head && s < e && text.slice(s, e).trim() ? { start: s + 1, end: e } : undefined;
    const stop = /[.;!?]\s+(?=\p{Lu})(?![^]*[.;!?]\s+\p{Lu})/u.exec(line);
    if (stop) return { start: ls + stop.index + stop[0].length, end: e };
    if (ls <= from || nl < 0) return { start: ls, end: e };
    if (!text.slice(Math.max(from, nl - 1), nl).trim() || !line.trim()) {
      // A paragraph broken by a page ("... đề nghị Cục Thuế các tỉnh\n\n2\n\ntrực thuộc Trung ương ..."): go on over the page number.
      const raw = text.slice(from, ls);
      const before = raw.replace(/\s*\n[ \t]*\d{1,3}[ \t]*\n\s*$/, '\n');
      const prev = before.trimEnd();
      if (!line.trim() || before === raw || /[.:;!?]$/.test(prev) || !prev) return { start: ls, end: e };
      s = from + prev.length;
      continue;
    }
    s = nl;
  }
}

/** A lead-in that reports ("Từ kết quả ... cho thấy:", "còn một số tồn tại, hạn chế như sau:") and asks nothing. */
function reports(folded: string): boolean {
  const f = folded.replace(/\s+/g, ' ');
  // task.report-lead-in: "Về kiến nghị này, Bộ X xin báo cáo <addressees> như sau:": what a reply reports is no one's task.
  // (Its last sentence: the lead-in may run on from the paragraphs above it.)
  const lastSentence = f.slice(f.lastIndexOf('. ') + 1);
  if (/(?<![a-z])(?:xin|tran trong) bao cao (?!ket qua)[^:.]{0,240}(?:nhu sau|sau day) ?:\s*$/.test(lastSentence) && !/(?<![a-z])(?:yeu cau|de nghi|giao)(?![a-z])/.test(lastSentence)) return true;
  if (!/(?<![a-z])(?:cho thay|ton tai|han che|ket qua dat duoc|tinh hinh|danh gia chung|thuc trang)(?![a-z])/.test(f)) return false;
  if (!/(?<![a-z])(?:yeu cau|de nghi|giao|chi dao|nhiem vu|giai phap|thuc hien|trien khai)(?![a-z])/.test(f)) return true;
  // "... nhận thấy công tác ... theo chỉ đạo tại Công văn số ... còn phát sinh một số tồn tại ..., cụ thể:": the words of
  // asking stand in what is reported; what the sentence ends with, shortcomings found, reports (no one is asked by name).
  return /(?<![a-z])(?:nhan thay|cho thay)(?![a-z])[^:]*(?<![a-z])(?:ton tai|han che)(?![a-z])[^:]{0,80}:\s*$/.test(f) && !/(?<![a-z])(?:yeu cau|de nghi|giao) (?:cac |dong chi )?(?=[a-z])(?!thuc hien|trien khai)/.test(f.replace(/(?<![a-z])theo (?:yeu cau|de nghi)/g, ''));
}

const PROGRAMME_KINDS = /^(?:Kế hoạch|Quyết định|Chương trình|Nghị quyết|Đề án|Phương án)/u;

/** A roman section titled "TỔ CHỨC (TRIỂN KHAI) THỰC HIỆN" (folded): who carries the document out. */
const EXECUTION_TITLE = /^\s*to chuc (?:trien khai )?thuc hien[ \t:.]*$/;

/** A lead-in that guides ("Bộ X hướng dẫn ... một số nội dung ... như sau:") and asks no one: the items
 *  after it state how a rule applies (who pays, how a form is filled in), no one's tasks. Named rule: task.guidance. */
function guides(folded: string): boolean {
  const f = folded.replace(/\s+/g, ' ');
  // "(Trả lời Công văn số ..., ) <issuer> có ý kiến như sau:": a reply gives its opinion, item by item.
  // (Only a reply: "có ý kiến như sau:" in a letter that conveys a leader's opinion leads into directives.)
  return (/(?<![a-z])huong dan(?: cu the| thuc hien| ap dung)?(?: (?:mot so|cac) (?:noi dung|quy dinh|van de|diem))?[^:]{0,160}(?:nhu sau|sau day|sau) ?:\s*$/.test(f) ||
    /(?<![a-z])(?:tra loi|phuc dap)(?![a-z])[^:]{0,300}(?<![a-z])co y kien[^:]{0,40}(?:nhu sau|sau day|sau) ?:\s*$/.test(f)) &&
    // ("giáo dục", "giao thông" fold to the same letters as "giao": no asking.)
    !/(?<![a-z])(?:yeu cau|de nghi|giao(?! (?:duc|thong|dich|luu|trinh|vien)(?![a-z]))|chi dao|nhiem vu)(?![a-z])/.test(f);
}

/** "Kết luận ... tại buổi làm việc với lãnh đạo Thành phố Hồ Chí Minh": a notice of a working session concludes for the body it met,
 *  who does what the conclusions ask unless an item names someone else. */
function sessionWith(c: TaskContext, text: string, from: number, to: number): AgencyItem[] {
  const m = /(?<![a-z])lam[ \t\r\n]{1,3}viec[ \t\r\n]{1,3}voi[ \t\r\n]{1,3}(?:(?:tap[ \t\r\n]{1,3}the[ \t\r\n]{1,3})?lanh[ \t\r\n]{1,3}dao[ \t\r\n]{1,3})?/.exec(c.folded.slice(from, Math.min(to, from + 3000)));
  if (!m) return [];
  const at = from + m.index + m[0].length;
  const l = agencyList(text, c.folded, at, c.gaz, Math.min(200, to - at));
  // Written as the gazetteer names it: a title in capitals ("TỈNH PHÚ THỌ") is no name to record.
  // (A province or city, or its Ủy ban nhân dân: "Cùng dự buổi làm việc với Phó Thủ tướng ..." names the visitor, not whom the session met.)
  const place = (i: AgencyItem) => i.entry?.kind === 'province' || /^(?:Ủy ban nhân dân|Tỉnh|Thành phố|Đảng bộ)\s/u.test(i.canonical ?? '');
  return l.items.length === 1 && l.items[0]!.canonical && place(l.items[0]!) ? [{ ...l.items[0]!, name: l.items[0]!.canonical }] : [];
}

/** lead.session-body: "Tỉnh Phú Yên" that a working session met, as the body that does its items ("Ủy ban nhân dân tỉnh Phú Yên"). */
function sessionBody(c: TaskContext, i: AgencyItem): AgencyItem {
  const m = /^(Tỉnh|Thành phố)\s+(.+)$/u.exec(i.name);
  if (!m || i.entry?.kind !== 'province' || closingBare(c, i.name)) return i;
  const name = `Ủy ban nhân dân ${m[1]!.toLowerCase()} ${m[2]}`;
  const e = c.gaz.lookup(name);
  return { ...i, name: e?.canonical ?? name, canonical: e?.canonical ?? null, entry: e };
}

/** lead.session-closing-bare: the notice's closing "... thông báo để <bodies> biết" names the place bare ("... và Thành phố X
 *  biết"), not its Ủy ban nhân dân: the conclusions are for the place as printed. */
function closingBare(c: TaskContext, name: string): boolean {
  const place = fold(name.toLowerCase()).replace(/\s+/g, ' ');
  for (const m of c.folded.slice(c.bodyStart, c.bodyEnd).matchAll(/(?<![a-z])thong[ \t\r\n]{1,3}bao[ \t\r\n]{1,3}de[ \t\r\n]([^.;:]{0,240}?)(?<![a-z])biet(?![a-z])/g)) {
    const seg = m[1]!.replace(/\s+/g, ' ');
    const at = seg.indexOf(place);
    if (at >= 0 && !/uy ban nhan dan $/.test(seg.slice(0, at))) return true;
  }
  return false;
}

/** The province or city a notice of a working session met ("... làm việc với (lãnh đạo) tỉnh Điện Biên ..."), as its Ủy ban nhân dân. */
function sessionPlace(c: TaskContext, text: string): AgencyItem | undefined {
  // (From the title on: the header may end inside the opening paragraph; a title in capitals is passed over.)
  const from = Math.max(0, c.bodyStart - 1500);
  const re = /(?<![a-z])lam[ \t\r\n]{1,3}viec[ \t\r\n]{1,3}voi[ \t\r\n]{1,3}(?:(?:tap[ \t\r\n]{1,3}the[ \t\r\n]{1,3})?lanh[ \t\r\n]{1,3}dao[ \t\r\n]{1,3})?(tinh|thanh[ \t\r\n]{1,3}pho)[ \t]{1,3}/g;
  for (const m of c.folded.slice(from, Math.min(c.bodyEnd, c.bodyStart + 3000)).matchAll(re)) {
    const at = from + m.index + m[0].length;
    const name = /^\p{Lu}\p{Ll}+(?:[ \t\r\n]\p{Lu}\p{Ll}+){0,3}/u.exec(text.slice(at, at + 40))?.[0];
    if (!name) continue;
    const full = `Ủy ban nhân dân ${m[1]!.startsWith('tinh') ? 'tỉnh' : 'thành phố'} ${clean(name)}`;
    const e = c.gaz.lookup(full);
    return { name: e?.canonical ?? full, canonical: e?.canonical ?? null, entry: e, span: { start: at, end: at + name.length } };
  }
  return undefined;
}

/** Who the sentence before the items asks: "... yêu cầu <list> ... (nhiệm vụ) sau:"; a short name the sentence defines
 *  for them ("(sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương)") names them. */
function openingAddressees(c: TaskContext, text: string, from: number, to: number): AgencyItem[] {
  // lead.lead-in-semicolons: "Yêu cầu Giám đốc các sở, ...; Chủ tịch Ủy ban nhân dân các xã ... thực hiện ... sau:": the lead-in
  // reader stops at a ";" before a capital, which here parts the bodies asked: read from the sentence's start on its line.
  let semis = false;
  for (let k = 0; k < 4; k++) {
    const ls = text.lastIndexOf('\n', from - 1) + 1;
    const before = c.folded.slice(ls, from);
    if (!/;[ \t]*$/.test(before)) break;
    const head = before.replace(/;[ \t]*$/, '');
    const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf(';'));
    from = ls + (stop < 0 ? 0 : stop + 1) + /^[ \t]*/.exec(head.slice(stop < 0 ? 0 : stop + 1))![0].length;
    semis = true;
  }
  const seg = c.folded.slice(from, to);
  if (!/:\s*$/.test(seg)) return [];
  const start = Math.max(seg.lastIndexOf('. '), seg.lastIndexOf('.\n'), 0);
  // (lead.chi-thi-addressees: "<issuer> chỉ thị <bodies> tổ chức ... sau đây:", a directive's own verb, asks like "yêu cầu".)
  for (const m of seg.slice(start).matchAll(/(?<![a-z])(?:yeu[ \t\r\n]{1,3}cau|de[ \t\r\n]{1,3}nghi|giao|chi[ \t\r\n]{1,3}thi(?![ \t\r\n]{1,3}(?:so|nay|cua)(?![a-z])))[ \t\r\n]{1,3}(?:(?:cac[ \t\r\n]{1,3})?(?:dong[ \t\r\n]{1,3}chi|d\/c)[ \t\r\n]{1,3})?/g)) {
    const at = from + start + m.index + m[0].length;
    // lead.quy-lead-in: "... đề nghị Quý Sở:" over the points: the polite name of the Kính gửi addressees.
    if (c.recipients.length && RE_QUY.test(c.folded.slice(at, to))) return c.recipients;
    const short = /\((?:sau[ \t\r\n]{1,3}day[ \t\r\n]{1,3})?goi[ \t\r\n]{1,3}(?:tat|chung)[ \t\r\n]{1,3}la[ \t\r\n]{1,3}([^()]{3,120})\)/.exec(c.folded.slice(at, to));
    if (short) {
      const s = at + short.index + short[0].length - 1 - short[1]!.length;
      const name = clean(text.slice(s, s + short[1]!.trimEnd().length));
      return [{ name, canonical: c.gaz.lookup(name)?.canonical ?? null, span: { start: s, end: s + name.length } }];
    }
    const l = agencyList(text, c.folded, at, c.gaz, to - at);
    // (lead.lead-in-semicolons: the bodies after each ";" are asked too.)
    for (let end = l.end, k = 0; semis && l.items.length && k < 6; k++) {
      const semi = /^[ \t]*;[ \t\r\n]*/.exec(text.slice(end, to));
      if (!semi) break;
      const more = agencyList(text, c.folded, end + semi[0].length, c.gaz, to - end - semi[0].length);
      if (!more.items.length || more.items[0]!.span.start !== end + semi[0].length) break;
      l.items.push(...more.items);
      end = more.end;
    }
    if (l.items.length) return l.items;
    // lead.opening-bare-collective: "yêu cầu cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung thực hiện ... sau:"
    // (a Party notice's frame): the collectives asked, one lead as printed.
    const bare = bareCollective(text, c.folded, at, to);
    if (bare) return [{ ...bare.item, name: upperFirst(bare.item.name) }];
  }
  // "Giám đốc Sở X có trách nhiệm:", "Các bộ, ngành có nhiệm vụ sau:": the sentence's subject owes the items.
  const duty = /(?:^|[.;:] ?)([^.;:]{3,160}?)[ \t\r\n]+(?:co|chiu)[ \t\r\n]+(?:trach[ \t\r\n]+nhiem|nhiem[ \t\r\n]+vu)(?:[ \t\r\n]+(?:nhu[ \t\r\n]+)?sau(?:[ \t\r\n]+day)?)?[ \t\r\n]*:\s*$/.exec(seg.slice(start));
  if (duty) {
    const at = from + start + duty.index + duty[0].indexOf(duty[1]!);
    const l = agencyList(text, c.folded, at, c.gaz, duty[1]!.length + 1);
    if (l.items.length && l.end >= at + duty[1]!.trimEnd().length - 1) return l.items;
  }
  // lead.opening-names-line: a line that only names bodies, ending in the colon ("Người đứng đầu các sở, ngành; Chủ tịch Ủy
  // ban nhân dân các xã:"), heads the items like an addressee line.
  // (The whole line: a lead-in reads from its last sentence, here the part after the last ";".)
  const colon = from + seg.trimEnd().length - 1;
  {
    let at = text.lastIndexOf('\n', colon) + 1;
    while (at < to && /[ \t]/.test(text[at]!)) at++;
    const l = agencyList(text, c.folded, at, c.gaz, to - at);
    if (at < colon && l.items.length && l.items[0]!.span.start === at && /^[ \t]*:\s*$/.test(c.folded.slice(l.end, to))) return l.items;
  }
  return [];
}

/** "<topic> ... phải được quan tâm. <collective> khẩn trương ...":
 *  an item that opens with a topic, not a verb, assigns in a later sentence with its own subject. */
function laterSubject(c: TaskContext, text: string, from: number, to: number): { items: AgencyItem[]; end: number } | undefined {
  if (RE_VERB_START().test(c.folded.slice(from, from + 40))) return undefined;
  // The subject comes in the item's first sentences: a text of thousands of sentences is not searched to its end.
  let n = 0;
  for (const m of text.slice(from, to).matchAll(/[.;][ \t\r\n]{1,4}(?=\p{Lu})/gu)) {
    if (++n > LATER_SENTENCES) break;
    const l = leadAt(c, text, from + m.index + m[0].length, to);
    // lead.requester: "Thủ tướng Chính phủ yêu cầu X ...", "Bộ đề nghị X ...": who asks is not who acts (a closing that
    // restates the request is no subject of the item above it).
    if (l && RE_ASKS().test(c.folded.slice(l.end, l.end + 30))) continue;
    // lead.later-issuer: "Cục X sẽ tổng hợp ...": the issuer saying what it does itself does not lead; "Tổng cục Thuế thông
    // báo để Cục Thuế được biết, ..." names whom it tells, who leads.
    if (l && c.issuer && l.items.every((i) => isIssuer(c, i))) {
      const told = /^[ \t\r\n]{0,3}(?:thong[ \t]+bao|huong[ \t]+dan|tra[ \t]+loi)[ \t\r\n]+de[ \t\r\n]+/.exec(c.folded.slice(l.end, l.end + 40));
      const who = told ? agencyList(text, c.folded, l.end + told[0].length, c.gaz, to - l.end - told[0].length) : undefined;
      const known = who ? /^[ \t]{0,3}(?:duoc[ \t]+)?biet(?![a-z])[ \t,]*/.exec(c.folded.slice(who.end, who.end + 20)) : null;
      if (who?.items.length) return { items: who.items, end: who.end + (known?.[0].length ?? 0) };
      continue;
    }
    if (l) return l;
  }
  return undefined;
}
const LATER_SENTENCES = 40;
/** The document's issuer, named in full or by the head of its name ("Cục X" for "Cục X quốc gia"). */
function isIssuer(c: TaskContext, i: AgencyItem): boolean {
  const k = key(i.canonical ?? i.name);
  return !!c.issuer && (i.canonical === c.issuer || (k.includes(' ') && (key(c.issuer) + ' ').startsWith(k + ' ')));
}
let reAsks: RegExp | undefined;
const RE_ASKS = () => (reAsks ??= new RegExp(`^[ \\t\\r\\n]{0,3}(?:${alt(lexicon().assignVerbs)})(?![a-z])`));

/** "Đồng chí Nguyễn Văn Long, Thứ trưởng Bộ Công an, ..., phát huy vai trò ...": a person who must do it. */
function personLead(text: string, from: number, to: number): { item: AgencyItem; end: number } | undefined {
  const head = /^[ \t]{0,3}(Đồng chí(?:[ \t]{1,2}\p{Lu}\p{Ll}*){2,4})(?=[ \t]*,)/u.exec(text.slice(from, Math.min(to, from + 60)));
  if (!head) return undefined;
  const s = from + head[0].length - head[1]!.length;
  // Past the titles in apposition (each starts with a capital) to the first lower-case word after a comma.
  const rest = /^(?:[ \t\r\n]*,[ \t\r\n]*\p{Lu}[^,.;:]{0,120}){0,4}[ \t\r\n]*,[ \t\r\n]*(?=\p{Ll})/u.exec(text.slice(s + head[1]!.length, Math.min(to, s + 500)));
  if (!rest) return undefined;
  return { item: { name: head[1]!, canonical: null, span: { start: s, end: s + head[1]!.length } }, end: s + head[1]!.length + rest[0].length };
}

/** "Thành lập các đoàn công tác do Bộ Công an hoặc Bộ Khoa học và Công nghệ làm trưởng đoàn": who leads, said with "do". */
function ledBy(c: TaskContext, text: string, from: number, to: number, colon = false): AgencyItem[] | undefined {
  const clause = clauseEnd(text, from, to);
  const seg = c.folded.slice(from, clause);
  // (lead.colon-chu-tri: "Kiểm tra ...: Sở X chủ trì, phối hợp với Y thực hiện trong Quý IV": the work, a colon, who leads it.)
  for (const m of seg.matchAll(colon ? /(?<=[a-z)])[ \t]{0,2}:[ \t]{1,3}/g : /(?<![a-z])do[ \t\r\n]{1,3}/g)) {
    const at = from + m.index + m[0].length;
    const items: AgencyItem[] = [];
    let p = at;
    for (;;) {
      const l = agencyList(text, c.folded, p, c.gaz, clause - p);
      if (!l.items.length) break;
      items.push(...l.items);
      p = l.end;
      const or = /^[ \t\r\n]{1,3}hoac[ \t\r\n]{1,3}/.exec(c.folded.slice(p, p + 12));
      if (!or) break;
      p += or[0].length;
    }
    const role = /^[ \t\r\n]{1,3}(?:lam[ \t\r\n]{1,3}(?:truong[ \t\r\n]{1,3}doan|dau[ \t\r\n]{1,3}moi)|chu[ \t\r\n]{1,3}tri)(?![a-z])/.exec(c.folded.slice(p, p + 24));
    // lead.led-by-closing: "do X chủ trì" leads the task when it closes the clause or goes on with X's partners (then
    // "phối hợp" or "cùng với"); in "văn bản do Bộ X chủ trì soạn thảo", "dự án do Bộ X chủ trì theo ..." it says who leads
    // the things named, not the work asked. (A team "do X làm trưởng đoàn" is the one the task sets up: X leads it.)
    // ("chủ trì thực hiện / triển khai." closes it too: the verb of doing the very work.)
    const closing = /^[ \t]{0,3}(?:(?:thuc[ \t]hien|trien[ \t]khai)[ \t]{0,3}(?:[.;\n]|$)|[.;,:)\n]|$|phoi[ \t\r\n]{1,3}hop|cung[ \t\r\n]{1,3}voi)/.test(c.folded.slice(p + (role?.[0].length ?? 0), p + (role?.[0].length ?? 0) + 16));
    if (items.length && role && (!/chu[ \t\r\n]{1,3}tri$/.test(role[0]) || closing) && (!colon || /chu[ \t\r\n]{1,3}tri$/.test(role[0]))) return items;
  }
  return undefined;
}

interface LeadCtx {
  c: TaskContext;
  text: string;
  from: number;
  to: number;
  inherited: AgencyItem[];
  /** A sentence of a letter without items: only an explicit assignment makes it a task. */
  sentence: boolean;
  /** The sentence follows the opening that conveys a leader's opinion (task.opinion-sentences): a subject with its verb assigns. */
  directive?: boolean;
}

interface LeadFound {
  items: AgencyItem[];
  actionFrom: number;
  /** The item names its own lead (items after it may go on with it). */
  own: boolean;
  /** Coordinators the rule read with the lead, and where the action ends (lead.bracket-chu-tri). */
  coordinate?: AgencyItem[];
  actionTo?: number;
}

/** "Quý cơ quan", "Quý đơn vị", "Quý Bộ", "Quý Ủy ban": the polite name of the letter's addressees. */
const RE_QUY = /^quy[ \t\r\n]{1,3}(?:co[ \t\r\n]{1,3}quan|don[ \t\r\n]{1,3}vi|bo|so|uy[ \t\r\n]{1,3}ban|ban|cuc|vien|truong|cong[ \t\r\n]{1,3}ty|doanh[ \t\r\n]{1,3}nghiep|dia[ \t\r\n]{1,3}phuong|hoi|to[ \t\r\n]{1,3}chuc|tinh|thanh[ \t\r\n]{1,3}pho)(?![a-z])[ \t\r\n,]{0,3}/;

/** The opening of a letter that conveys a leader's directive, ending in a colon (dictionaries/extract/reports.tsv, directive). */
let reDirective: RegExp | undefined;
const RE_DIRECTIVE_LEAD_IN = () => (reDirective ??= new RegExp(`(?<![a-z])(?:${alt(lexicon().doneReport.directives)})[ \\t]*:\\s*$`));

/** task.bare-ask-sentences: the opening ends in the verb that asks, right before its colon ("... yêu cầu:", "đề nghị như sau:"). */
const RE_BARE_ASK = /(?<![a-z])(?:yeu[ \t\r\n]+cau|de[ \t\r\n]+nghi|chi[ \t\r\n]+dao)(?:[ \t\r\n]+(?:nhu[ \t\r\n]+sau|sau[ \t\r\n]+day))?[ \t]*:\s*$/;

// Strong verbs that make "X <verb>" an assignment in a sentence of a letter.
const RE_ASSIGN_VERB = /^[ \t\r\n]{0,3}(?::|chu[ \t\r\n]{1,3}tri|co[ \t\r\n]{1,3}trach[ \t\r\n]{1,3}nhiem|khan[ \t\r\n]{1,3}truong|chu[ \t\r\n]{1,3}dong)(?![a-z])/;

/** Who leads an item or a sentence: ordered rules, the first that finds someone wins. */
export const LEAD_RULES: Rule<LeadCtx, LeadFound>[] = [
  {
    ...OFFICE_RULES[3],
    apply: ({ c, text, from, to, sentence }) => {
      const o = sentence ? undefined : officeColon(text, c.folded, from, to);
      return o && { items: [o.item], actionFrom: o.actionFrom, own: true };
    },
  },
  {
    id: 'lead.after-approval',
    description: '"(Thủ tướng Chính phủ) đồng ý / nhất trí ...; giao X ...": an approval assigns nothing, whom the item then assigns leads',
    apply: ({ c, text, from, to }) => {
      const subj = leadAt(c, text, from, to);
      const at = subj ? subj.items[subj.items.length - 1]!.span.end : from;
      const words = lexicon().doneReport.approval;
      if (!words.length || !new RegExp(`^[ \\t\\r\\n]{0,3}(?:${alt(words)})(?![a-z])`).test(c.folded.slice(at, at + 30))) return undefined;
      // The first "giao / đề nghị X" after a break in the same sentence.
      const end = c.folded.slice(at, to).search(/\.(?=\s|$)/);
      const seg = c.folded.slice(at, end < 0 ? to : at + end);
      for (const g of seg.matchAll(RE_GIAO())) {
        if (!/[,;][ \t\r\n]{0,3}$/.test(seg.slice(0, g.index))) continue;
        const p = at + g.index + g[0].length;
        const l = agencyList(text, c.folded, p, c.gaz, Math.min(400, to - p));
        if (l.items.length) return { items: l.items, actionFrom: l.end, own: true };
      }
      return undefined;
    },
  },
  {
    id: 'lead.time-opening',
    description: 'the subject after an opening that says when ("Định kỳ 6 tháng, hằng năm, Sở X tổng hợp ...", "Trước ngày 15/12 hằng năm, các sở báo cáo ..."): it leads (src/extract/forms/leads.ts)',
    apply: ({ c, text, from, to }) => {
      const t = subjectAfterTime({ text, folded: c.folded, gaz: c.gaz, from, to });
      return t && { items: t.items, actionFrom: t.actionFrom, own: true };
    },
  },
  {
    ...OWN_SUBJECT_RULE,
    apply: ({ c, text, from, to, sentence, inherited }) => {
      // (Only a point that would otherwise take a heading's or an addressee's lead (letters32): where nobody above is
      // asked, a point that names a doer is read by the other rules or, if none reads it, is no task.)
      if (sentence || !inherited.length) return undefined;
      const own = pointOwnSubject(text, c.folded, from, to, (o) => RE_OWN_VERB().test(c.folded.slice(o, o + 40)));
      if (!own) return undefined;
      // (Where the agency reader reads a subject, "Bộ trưởng Bộ Xây dựng chủ trì", it is lead.subject's; unless it stopped
      // inside the phrase, before words of names only: "Lãnh đạo các trạm y tế | xã quán triệt ...".)
      const r = leadAt(c, text, from, to);
      if (r && !(own.end > r.end && r.items[0]?.span?.start === own.items[0]!.span?.start && nameWordsOnly(c.folded.slice(r.end, own.end)))) return undefined;
      return { items: own.items, actionFrom: own.end, own: true };
    },
  },
  {
    id: 'lead.subject',
    description: 'the item opens with who acts: "Sở X: ...", "Bộ X chủ trì ...", "X có trách nhiệm ..."',
    apply: ({ c, text, from, to, sentence, directive }) => {
      const own = leadAt(c, text, from, to);
      if (!own) return undefined;
      const after = c.folded.slice(own.items[own.items.length - 1]!.span.end, own.end + 30);
      // (After the opening that conveys an opinion, a subject other than the issuer with a verb of work: task.opinion-sentences.)
      const conveyed = directive && !own.items.some((i) => (i.canonical ?? i.name) === c.issuer);
      if (sentence && !RE_ASSIGN_VERB.test(after) && !conveyed) return undefined;
      return { items: own.items, actionFrom: own.end, own: true };
    },
  },
  {
    ...ASKED_FORMS[1],
    apply: ({ c, text, from, to, sentence }) => {
      const v = sentence ? undefined : subjectWhen({ text, folded: c.folded, gaz: c.gaz, from, to });
      return v && { ...v, own: true };
    },
  },
  {
    ...OFFICE_RULES[4],
    apply: ({ c, text, from, to }) => {
      const r = unitRoleSubject(text, c.folded, from, to, (o) => RE_VERB_START().test(c.folded.slice(o, o + 40)) || RE_LEAD_TAIL().test(c.folded.slice(o, o + 40)));
      return r && { items: [r.item], actionFrom: r.actionFrom, own: true };
    },
  },
  {
    id: 'lead.session-place',
    description: '"Tỉnh căn cứ ...", "Thành phố tổng hợp ...": in the conclusions of a working session with a province or city, the place said bare as subject is its Ủy ban nhân dân',
    apply: ({ c, text, from, to }) => {
      const m = /^[ \t\r\n]{0,3}(?:Tỉnh|Thành phố)[ \t]{1,3}(?=\p{Ll})/u.exec(text.slice(from, Math.min(to, from + 20)));
      if (!m) return undefined;
      // (The body the notice already names as the one it met, as the gazetteer writes it, when it does.)
      const met = sessionWith(c, text, c.bodyStart, c.bodyEnd)[0];
      const place = met ? sessionBody(c, met) : sessionPlace(c, text);
      return place ? { items: [place], actionFrom: from + m[0].length, own: true } : undefined;
    },
  },
  {
    id: 'lead.quy-recipients',
    description: '"đề nghị Quý cơ quan / Quý đơn vị / Quý Bộ ... <verb>" in the first clause: the addressees of the Kính gửi line',
    apply: ({ c, from, to }) => {
      if (!c.recipients.length) return undefined;
      const clause = clauseEnd(c.text, from, to);
      for (const g of c.folded.slice(from, clause).matchAll(RE_GIAO())) {
        const at = from + g.index + g[0].length;
        const quy = RE_QUY.exec(c.folded.slice(at, clause));
        if (quy) return { items: c.recipients, actionFrom: at + quy[0].length, own: true };
      }
      return undefined;
    },
  },
  {
    id: 'lead.comrades-recipients',
    description: '"đề nghị các đồng chí nghiên cứu ...": the comrades hailed without a title after them lead as the Kính gửi line prints them ("Các đồng chí Ủy viên ...")',
    apply: ({ c, text, from, to }) => {
      // (Persons the gazetteer cannot read: the Kính gửi lines as printed, when each hails comrades.)
      const spans = (c.recipientSpans ?? []).map((s) => ({ s, line: text.slice(s.start, s.end).replace(/[.;,]\s*$/, '') }));
      if (!spans.length || !spans.every((x) => /^(?:các )?đồng chí\s/iu.test(x.line))) return undefined;
      const clause = clauseEnd(text, from, to);
      for (const g of c.folded.slice(from, clause).matchAll(RE_GIAO())) {
        const at = from + g.index + g[0].length;
        const hail = /^cac[ \t\r\n]{1,3}dong[ \t\r\n]{1,3}chi[ \t\r\n]{1,3}(?=[a-z])/.exec(c.folded.slice(at, clause));
        if (hail && !TITLE_START().test(c.folded.slice(at + hail[0].length, at + hail[0].length + 30)) && /^\p{Ll}/u.test(text.slice(at + hail[0].length))) {
          return { items: spans.map((x) => toItem(text, x.s.start, x.s.start + x.line.length)), actionFrom: at + hail[0].length, own: true };
        }
      }
      return undefined;
    },
  },
  {
    id: ASSIGNED_PERSONS.id,
    description: ASSIGNED_PERSONS.description,
    apply: ({ c, text, from, to, sentence }) => {
      const v = sentence ? undefined : ASSIGNED_PERSONS.apply({ text, folded: c.folded, gaz: c.gaz, from, to });
      return v && { ...v, own: true };
    },
  },
  {
    id: 'lead.giao',
    description: '"giao X ...", "đề nghị X ...", "yêu cầu X ..." in the first clause',
    apply: ({ c, text, from, to }) => {
      const clause = clauseEnd(text, from, to);
      const seg = c.folded.slice(from, clause);
      // "Theo đề nghị của Bộ ..., Chủ tịch giao Sở ...": the first "giao" / "đề nghị" followed by who.
      for (const g of seg.matchAll(RE_GIAO())) {
        let at = from + g.index + g[0].length;
        // lead.giao-passive: "Việc ... được giao cho Sở X theo dõi ...": whom the work is given to leads.
        // lead.giao-cho: "Giao cho Giám đốc Trung tâm X chủ trì ...": the active form names whom after "cho" as well.
        // (At the clause's start: "đã bàn giao cho đơn vị ..." reports, it asks no one.)
        const opens = /(?<![a-z])duoc[ \t]{1,3}$/.test(c.folded.slice(Math.max(0, from + g.index - 8), from + g.index)) || !/[a-z0-9]/.test(seg.slice(0, g.index));
        const passive = /^giao/.test(g[0]) && opens ? /^cho[ \t\r\n]{1,3}(?=[a-z])/.exec(c.folded.slice(at, at + 6)) : null;
        if (passive) at += passive[0].length;
        // lead.giao-not-title: a verb in capitals is a title's word ("I. MỤC ĐÍCH, YÊU CẦU" over its paragraph), it asks no one.
        if (!/\p{Ll}/u.test(text.slice(from + g.index, at)) && /\p{Lu}[ \t]*\p{Lu}/u.test(text.slice(from + g.index, at))) continue;
        let l = agencyList(text, c.folded, at, c.gaz, clause - from - g.index);
        // lead.giao-salutation: "đề nghị các đồng chí Bộ trưởng, Thủ trưởng ...": the salutation before the titles is skipped.
        // (The plural only: "đề nghị đồng chí Chủ tịch ... phân công ..." asks one person inside a conclusion's paragraph.)
        const hail = l.items.length ? undefined : /^cac[ \t\r\n]{1,3}dong[ \t\r\n]{1,3}chi[ \t\r\n]{1,3}(?=[a-z])/.exec(c.folded.slice(at, at + 20));
        if (hail) {
          const after = agencyList(text, c.folded, at + hail[0].length, c.gaz, clause - at - hail[0].length);
          if (after.items.length && TITLE_START().test(c.folded.slice(at + hail[0].length, at + hail[0].length + 30))) l = after;
        }
        // lead.giao-semicolon-list: "yêu cầu các Bộ: A; B; C <verb> ...": the semicolons of a shared-head list end no clause.
        if (l.items.length && text[clause] === ';' && !text.slice(l.end, clause).trim()) {
          const wide = agencyList(text, c.folded, at, c.gaz, Math.min(400, to - at));
          if (wide.items.length > l.items.length) l = wide;
        }
        if (l.items.length && !(l.items.length === 1 && !/\s/.test(l.items[0]!.name))) return { items: l.items, actionFrom: l.end, own: true };
        // "Giao Ban xây dựng đảng Đảng ủy chủ trì ...": a name the list reader cannot parse, up to the verb.
        const v = new RegExp(`^([^,;:.()\\n]{3,80}?)[ \\t\\r\\n]{1,3}(?=(?:${alt(lexicon().afterVerbs)})(?![a-z]))`).exec(c.folded.slice(at, clause));
        if (v && /^\p{Lu}/u.test(text[at] ?? '') && v[1]!.split(' ').length <= 10) {
          const name = clean(text.slice(at, at + v[1]!.length));
          return { items: [{ name, canonical: c.gaz.lookup(name)?.canonical ?? null, span: { start: at, end: at + v[1]!.length } }], actionFrom: at + v[0].length, own: true };
        }
        // lead.giao-bare-collective (forms/letter.ts): "đề nghị bộ, ngành, địa phương khẩn trương ...".
        const bare = bareCollective(text, c.folded, at, clause);
        if (bare) return { items: [bare.item], actionFrom: bare.end, own: true };
      }
      return undefined;
    },
  },
  {
    ...ASKED_FORMS[0],
    apply: ({ c, text, from, to }) => {
      const clause = clauseEnd(text, from, to);
      // (Not a verb in capitals, a title's word: "I. MỤC ĐÍCH, YÊU CẦU".)
      const g = [...c.folded.slice(from, clause).matchAll(RE_GIAO())].find((m) => /\p{Ll}/u.test(text.slice(from + m.index, from + m.index + m[0].length)));
      // (The request opens the item: "Đề nghị <organs> <verb> ...".)
      const v = g && !/[a-z0-9]/.test(c.folded.slice(from, from + g.index)) && askedOrgans({ text, folded: c.folded, gaz: c.gaz, from: from + g.index + g[0].length, to: clause });
      return v ? { ...v, own: true } : undefined;
    },
  },
  {
    ...ASKED_FORMS[2],
    apply: ({ c, text, from, to, sentence }) => {
      const v = sentence ? undefined : giaoLine({ text, folded: c.folded, gaz: c.gaz, from, to });
      return v && { ...v, own: true };
    },
  },
  // lead.after-opening (forms/leads.ts): "Căn cứ ..., các sở ... có trách nhiệm ...", "Sở X, trên cơ sở ..., chủ trì ...".
  ...OPENING_LEAD_RULES.map((r) => ({ id: r.id, description: r.description, apply: ({ c, text, from, to }: LeadCtx) => { const v = r.apply({ text, folded: c.folded, gaz: c.gaz, from, to }); return v && { ...v, own: true }; } })),
  {
    id: 'lead.for-unit-colon',
    description: '"1. Đối với Sở X: <work>", "Trách nhiệm của các sở, ngành: <work>": the bodies between those words and the colon lead (a subject of its own after the colon leads instead), the work follows the colon',
    apply: ({ c, text, from, to, sentence }) => {
      if (sentence) return undefined;
      const m = /^[ \t]{0,3}(?:doi[ \t]voi|trach[ \t]nhiem[ \t]cua|nhiem[ \t]vu[ \t]cua)[ \t]{1,3}(?=\S)/.exec(c.folded.slice(from, from + 30));
      if (!m) return undefined;
      const at = from + m[0].length;
      const colon = text.slice(at, Math.min(to, at + 200)).search(/:[ \t\r\n]+\S/);
      if (colon < 0 || /[.;]/.test(text.slice(at, at + colon))) return undefined;
      const l = agencyList(text, c.folded, at, c.gaz, colon);
      // (A topic, "Đối với công tác tuyên truyền: ...", names no body; "đơn vị được kiểm tra", "Ban Quản lý dự án" open with a head noun.)
      const headed = (['head', 'collective', 'office'] as const).some((k) => (lexicon().agencyWords.get(k) ?? []).some((w) => new RegExp(`^(?:cac[ \\t]+)?${phrase(w.join(' '))}(?![a-z])`).test(c.folded.slice(at, at + colon))));
      if (!headed && (!l.items.length || l.items[0]!.span.start > at + 4)) return undefined;
      const after = at + colon + 1;
      const own = leadAt(c, text, after + (text.slice(after).length - text.slice(after).trimStart().length), to);
      if (own && RE_VERB_START().test(c.folded.slice(own.end, own.end + 40).trimStart())) return { items: own.items, actionFrom: own.end, own: true };
      const tail = l.items.length ? text.slice(l.end, at + colon).trim() : 'none';
      if (!tail) return { items: l.items, actionFrom: after, own: true };
      // "Đối với đơn vị được kiểm tra: ...": a body with a clause on it, named as printed.
      const phrase_ = clean(text.slice(at, at + colon));
      if (phrase_.split(/\s+/).length > 10) return undefined;
      return { items: [{ name: upperFirst(phrase_), canonical: null, span: { start: at, end: at + colon } }], actionFrom: after, own: true };
    },
  },
  {
    id: 'lead.person-role',
    description: '"Ông. <name> - Trưởng đoàn: Phụ trách chung ...", "Bà <name> (Thư ký): ...": a team member named with a role before a colon does it (the name alone leads)',
    apply: ({ text, from, to, sentence }) => {
      if (sentence) return undefined;
      const m = /^[ \t]{0,3}(?:Ông|Bà|Đồng[ \t]chí)\.?[ \t]{1,2}(\p{Lu}\p{Ll}*(?:[ \t]{1,2}\p{Lu}\p{Ll}*){1,4})[ \t]*(?:[-–(,][^:\n]{1,50})?:[ \t]*/u.exec(text.slice(from, Math.min(to, from + 120)));
      if (!m) return undefined;
      const s = from + m[0].indexOf(m[1]!);
      return { items: [{ name: m[1]!, canonical: null, span: { start: s, end: s + m[1]!.length } }], actionFrom: from + m[0].length, own: true };
    },
  },
  {
    id: 'lead.colon-name',
    description: '"<name>: Chủ trì ..." with a name the gazetteer does not know (or OCR damaged): the words before the colon',
    apply: ({ c, text, from, to, sentence }) => {
      if (sentence) return undefined;
      const colon = /^([^:;.\n]{3,60}):/.exec(text.slice(from, Math.min(to, from + 64)));
      if (!colon) return undefined;
      const near = c.gaz.nearest(colon[1]!, c.level);
      const named = /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(colon[1]!.trim());
      if (colon[1]!.trim().split(/\s+/).length > 8 || !/^[\p{Lu}0-9]/u.test(colon[1]!.trim()) || !(near || named)) return undefined;
      const s = from + colon[1]!.length - colon[1]!.trimStart().length;
      return { items: [{ name: clean(colon[1]!), canonical: near?.canonical ?? null, span: { start: s, end: from + colon[1]!.trimEnd().length } }], actionFrom: from + colon[0].length, own: true };
    },
  },
  {
    ...OFFICE_RULES[2],
    apply: ({ c, text, from, to, sentence }) => {
      if (sentence) return undefined;
      const r = unitRoleColon(text, c.folded, from, to);
      return r && { items: [r.item], actionFrom: r.actionFrom, own: true };
    },
  },
  {
    id: 'lead.colon-long-name',
    description: '"<a long name>: <verb> ..." (a branch "- Chi nhánh ...", a board of zones): up to 16 words, three or more capitalised, before a colon that an action verb follows',
    apply: ({ c, text, from, to, sentence }) => {
      if (sentence) return undefined;
      const colon = /^[ \t]*(\p{Lu}[^:;,.()\n\d]{2,110}?)[ \t]*:/u.exec(text.slice(from, Math.min(to, from + 120))
        .replace(/[\r\n]/g, ' '));
      if (!colon) return undefined;
      const words = colon[1]!.trim().split(/\s+/);
      if (words.length > 16 || words.filter((w) => /^\p{Lu}/u.test(w)).length < 3) return undefined;
      const after = from + colon[0].length;
      if (!RE_VERB_START().test(c.folded.slice(after, after + 40).replace(/^[ \t\r\n]+/, ' '))) return undefined;
      const s = from + colon[0].indexOf(colon[1]!);
      return { items: [{ name: clean(text.slice(s, s + colon[1]!.length)), canonical: c.gaz.nearest(colon[1]!, c.level)?.canonical ?? null, span: { start: s, end: s + colon[1]!.length } }], actionFrom: after, own: true };
    },
  },
  {
    id: 'lead.colon-bare-kinds',
    description: '"Người dân, hộ gia đình, doanh nghiệp: <verb> ...": bare kinds of actor (agency-words.tsv collective and actor) listed before a colon that the action follows (a capital or a verb) lead as written',
    apply: ({ c, text, from, to, sentence }) => {
      if (sentence) return undefined;
      const m = /^[ \t\r\n]*(\p{Lu}[^:;.()\n\d]{2,80}?)[ \t]*:/u.exec(text.slice(from, Math.min(to, from + 100)));
      if (!m) return undefined;
      const parts = fold(m[1]!.toLowerCase()).split(/\s*,\s*|\s+va\s+/).map((p) => p.trim());
      const kinds = new Set(['collective', 'actor'].flatMap((l) => (lexicon().agencyWords.get(l) ?? []).map((w) => w.join(' '))));
      if (parts.length < 2 || !parts.every((p) => kinds.has(p))) return undefined;
      const after = from + m[0].length;
      // (what they do opens like a sentence, with a capital, or with a verb)
      if (!/^[ \t]*\p{Lu}/u.test(text.slice(after, after + 4)) && !RE_VERB_START().test(c.folded.slice(after, after + 40).replace(/^[ \t\r\n]+/, ' '))) return undefined;
      const s = from + m[0].indexOf(m[1]!);
      return { items: [{ name: clean(m[1]!), canonical: null, span: { start: s, end: s + m[1]!.length } }], actionFrom: after, own: true };
    },
  },
  {
    id: BRACKET_LEAD.id,
    description: BRACKET_LEAD.description,
    apply: ({ c, text, from, to, sentence }) => {
      const b = sentence ? undefined : BRACKET_LEAD.apply({ text, folded: c.folded, gaz: c.gaz, year: c.year }, from, to);
      return b && b.id === BRACKET_LEAD.id ? { items: b.lead, actionFrom: from, own: true, coordinate: b.coordinate, actionTo: b.at } : undefined;
    },
  },
  {
    id: 'lead.bracket-thuc-hien',
    description: 'an activity with a bracket "(X thực hiện)" or "(X thực hiện, thường xuyên)" after it: X leads, the action ends before the bracket (src/extract/forms/plan.ts)',
    apply: ({ c, text, from, to, sentence }) => {
      const b = sentence ? undefined : BRACKET_LEAD.apply({ text, folded: c.folded, gaz: c.gaz, year: c.year }, from, to);
      return b && b.id === 'lead.bracket-thuc-hien' ? { items: b.lead, actionFrom: from, own: true, coordinate: b.coordinate, actionTo: b.at } : undefined;
    },
  },
  {
    id: 'lead.person',
    description: '"Đồng chí <name>, <titles>, ..." : a person who must do it',
    apply: ({ text, from, to, sentence }) => {
      const p = sentence ? undefined : personLead(text, from, to);
      return p ? { items: [p.item], actionFrom: p.end, own: true } : undefined;
    },
  },
  {
    id: 'lead.led-by',
    description: '"... do X chủ trì / làm trưởng đoàn": who leads, said with "do"',
    apply: ({ c, text, from, to, sentence }) => {
      const by = sentence ? undefined : ledBy(c, text, from, to);
      return by ? { items: by, actionFrom: from, own: true } : undefined;
    },
  },
  {
    id: 'lead.colon-chu-tri',
    description: '"<work>: X chủ trì(, phối hợp với Y)( thực hiện)( <time>)": after the work and a colon, X leads (as lead.led-by\'s "do X chủ trì")',
    apply: ({ c, text, from, to, sentence }) => {
      const by = sentence ? undefined : ledBy(c, text, from, to, true);
      return by ? { items: by, actionFrom: from, own: true } : undefined;
    },
  },
  {
    id: 'lead.later-subject',
    description: 'an item that opens with a topic assigns in a later sentence with its own subject',
    apply: ({ c, text, from, to, sentence }) => {
      const l = sentence ? undefined : laterSubject(c, text, from, to);
      return l ? { items: l.items, actionFrom: l.end, own: true } : undefined;
    },
  },
  {
    id: 'lead.next-line-chu-tri',
    description: 'an activity, then a line of its own that opens with who leads ("Kiểm tra ... .\nSở X chủ trì ..."): X leads, bodies after "phối hợp (với)" coordinate, the action is the activity',
    apply: ({ c, text, from, to, sentence }) => (sentence || !RE_VERB_START().test(c.folded.slice(from, from + 40)) ? undefined : nextLineChuTri(c, text, from, to)),
  },
  {
    id: 'lead.heading',
    description: 'the addressee of the enclosing heading, section, opening sentence or "Kính gửi"',
    apply: ({ from, inherited, sentence }) => (sentence ? undefined : { items: inherited, actionFrom: from, own: false }),
  },
];

/** lead.next-line-chu-tri: "<activity>.\n<body> chủ trì, phối hợp với Y ...": the body leads, Y coordinates, the action ends
 *  before the line. */
function nextLineChuTri(c: TaskContext, text: string, from: number, to: number): LeadFound | undefined {
  const seg = text.slice(from, to);
  const br = /[.;:][ \t]*\r?\n[ \t]*(?=\p{Lu})/u.exec(seg);
  if (!br) return undefined;
  const at = from + br.index + br[0].length;
  const l = agencyList(text, c.folded, at, c.gaz, Math.min(300, to - at));
  const ct = l.items.length ? /^[ \t\r\n]{1,3}chu[ \t\r\n]{1,3}tri(?![a-z])[ \t,]*/.exec(c.folded.slice(l.end, l.end + 16)) : undefined;
  if (!ct) return undefined;
  const rest = l.end + ct[0].length;
  const p = /^phoi[ \t\r\n]{1,3}hop(?:[ \t\r\n]{1,3}voi)?[ \t\r\n]{1,3}/.exec(c.folded.slice(rest, rest + 20));
  const coordinate = p ? coordinateList(text, c.folded, rest + p[0].length, c.gaz, clauseEnd(text, rest, to) - rest - p[0].length).items : [];
  return { items: l.items, actionFrom: from, own: true, coordinate, actionTo: from + br.index };
}

/** Bodies named short ("các Cục Thuế") written as the addressee they shorten ("Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"). */
function inFullOf(items: AgencyItem[], addressees: AgencyItem[]): AgencyItem[] {
  // "Đ/c Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương" shortened to "Chủ tịch UBND tỉnh, thành phố": the
  // salutation and the plural "các" say nothing of who; the lead is named without the salutation.
  const bare = (n: string) => ` ${key(inFull(n))}`.replace(/ (?:d\/c|dong chi)(?= )/, '').replace(/ cac(?= )/g, '').trim();
  return items.map((a): AgencyItem[] => {
    const k = bare(a.name);
    // "yêu cầu các địa phương ...", in a letter to one collective addressee (the provinces): that addressee.
    if (k === 'dia phuong' && addressees.length === 1 && addressees[0]!.entry?.kind === 'collective' && addressees[0]!.entry.level === 'province') return [addressees[0]!];
    // ("các tỉnh" shortens "các tỉnh, thành phố trực thuộc Trung ương" too.)
    // lead.addressee-unpunctuated: "Cục Thuế các tỉnh thành phố trực thuộc Trung ương", its comma lost, is the addressee too.
    const flat = (n: string) => n.replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim();
    const fits = (y: AgencyItem) => (bare(y.name).startsWith(k + ' ') || bare(y.name).startsWith(k + ',') || (flat(bare(y.name)).startsWith(flat(k)) && k.includes(' '))) && bare(y.name).length > k.length;
    // lead.listed-places-kept: a name that lists its places after a colon ("... các tỉnh: A, B") is whole as printed; an
    // addressee that lists more places is not it.
    const x = a.name.includes(':') ? undefined : addressees.find(fits);
    if (!x) return [a];
    // lead.plural-addressees: "Chủ tịch Ủy ban nhân dân các tỉnh ..." to addressees "Chủ tịch Ủy ban nhân dân các tỉnh: A, B" (read
    // one body a place): every addressee it shortens, not the first.
    const all = /(?:^|\s)các\s/iu.test(a.name) ? addressees.filter((y, i) => fits(y) && addressees.findIndex((z) => z.name === y.name) === i) : [x];
    return all.map((y) => {
      const name = y.name.replace(/^(?:Đ\/c|Đồng chí)\s+/iu, '');
      return name === y.name ? y : { ...y, name };
    });
  }).flat();
}

function readTask(c: TaskContext, text: string, from: number, to: number, inherited: AgencyItem[], taskId: string, span: Span, sentence: boolean | 'directive' = false, form = 'task.item', underHeading = false): { task?: Task; own?: AgencyItem[] } | undefined {
  // "Về <topic>: <subject> ...": the topic before the colon is not the subject.
  // (A topic wrapped over lines, "Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu\nthương: Tỉnh ...", is a topic too: no sentence end in it.)
  // (A request's "Về đề nghị ...:" is task.request-answer's.)
  const topic = /^[ \t]{0,3}V[ềeÊê][ \t](?:[^:\n]{2,60}|(?!(?:đề nghị|kiến nghị|đề xuất)[ \t])[^:.]{2,200}):[ \t\r\n]{0,3}(?=\p{Lu})/u.exec(text.slice(from, from + 210));
  if (topic) from += topic[0].length;
  else from = topicSubject(c, text, from, to) ?? from;
  // task.request-answer: "Về đề nghị / kiến nghị <a long request, over lines>: <answer>": a conclusion's answer to a request;
  // the request before the colon asks, the answer after it assigns.
  const request = topic ? null : /^[ \t]{0,3}ve[ \t](?:de nghi|kien nghi|de xuat)[ \t][^:]{2,600}?:[ \t\r\n]{0,3}/.exec(c.folded.slice(from, Math.min(to, from + 700)));
  if (request && /^\p{Lu}/u.test(text.slice(from + request[0].length, from + request[0].length + 2)) && !lexicon().doneReport.asides.some((w) => c.folded.startsWith(w, from + request[0].length))) {
    from += request[0].length;
    form = 'task.request-answer';
  }
  // Paragraphs under a heading that names who: the heading leads unless the paragraph assigns ("Giao X ...").
  const rules = underHeading ? LEAD_RULES.filter((r) => r.id === 'lead.giao' || r.id === 'lead.heading') : LEAD_RULES;
  const found = firstRule(rules, { c, text, from, to, inherited, sentence: !!sentence, directive: sentence === 'directive' });
  if (!found) return undefined;
  // "Đề nghị Cục Thuế ..." in a letter to "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương": the addressee, named short.
  const addressees = [...inherited, ...c.recipients];
  // (A body inherited from a heading that named the addressee short, "Đề nghị Cục Thuế:", is the addressee too; a collective
  // the heading printed, "Các sở, ban, ngành", stays as printed.)
  // (lead.asked-organs: bare organs are named as printed; a heading that lists them whole is not their full name.)
  const lead = found.rule === 'lead.asked-organs' ? found.value.items : found.value.own ? inFullOf(found.value.items, addressees) : found.value.items.map((i) => (/^các\s/iu.test(i.name) ? i : inFullOf([i], c.recipients)[0]!));
  let actionFrom = found.value.actionFrom;
  // action.after-duty: "Sở X có trách nhiệm hướng dẫn ...": the duty assigns, the work is what follows it.
  const duty = /^[ \t\r\n]{0,3}co[ \t\r\n]{1,3}(?:trach[ \t\r\n]{1,3}nhiem|nhiem[ \t\r\n]{1,3}vu)[ \t\r\n]{1,3}(?=[a-z])/.exec(c.folded.slice(actionFrom, actionFrom + 30));
  if (duty && /^\p{Ll}/u.test(text.slice(actionFrom + duty[0].length, actionFrom + duty[0].length + 1))) actionFrom += duty[0].length;
  // action.named-above: "Chủ tịch Ủy ban nhân dân các tỉnh nêu trên tiếp tục ...": the words that point back to the addressees
  // belong to the subject, not to the work (agency-words.tsv `back`).
  const back = (lexicon().agencyWords.get('back') ?? []).map((w) => w.join(' ')).find((w) => new RegExp(`^[ \\t\\r\\n]{0,3}${phrase(w)}(?![a-z])`).test(c.folded.slice(actionFrom, actionFrom + 30)));
  if (back) actionFrom += new RegExp(`^[ \\t\\r\\n]{0,3}${phrase(back)}[ \\t\\r\\n,:]{0,3}`).exec(c.folded.slice(actionFrom, actionFrom + 30))![0].length;
  const ownLead = found.value.own;
  const ruled = { form, lead: found.rule };
  if (found.value.coordinate) return { task: finish(c, from, to, lead, found.value.coordinate, actionOf(text, actionFrom, found.value.actionTo ?? to), taskId, span, ruled), own: ownLead ? lead : undefined };
  // "chủ trì, phối hợp với X" at the start of the action: X coordinates, the action follows.
  let coordinate: AgencyItem[] = [];
  let actionTo = to;
  let clause = clauseEnd(text, actionFrom, to);
  RE_COORD.lastIndex = 0;
  const cm = RE_COORD.exec(c.folded.slice(actionFrom, clause));
  if (cm) {
    const at = actionFrom + cm.index + cm[0].length;
    const l0 = partnersAcrossSemicolons(text, c.folded, c.gaz, at, coordinateList(text, c.folded, at, c.gaz, clause - actionFrom), clause, to, from);
    // (coordinate.semicolon-partners: a list read across semicolons moves the clause's end past it.)
    if (l0.end > clause) clause = clauseEnd(text, l0.end, to);
    const l = extendCollective(c, text, l0.items, l0.end, clause);
    coordinate = l.items;
    const before = c.folded.slice(actionFrom, actionFrom + cm.index);
    // Strip the lead-in when nothing but "chủ trì," or a "Theo ..." phrase comes before it.
    const chuTriOnly = RE_CHU_TRI.test(before) && before.replace(RE_CHU_TRI, '').trim() === '';
    // An item under its section's addressee keeps the lead-in ("Chủ trì, phối hợp với" and the list) in its action (as the gold does);
    // an item that names its own lead ("<body>: Chủ trì phối hợp với X <verb> ...") reads from the verb after.
    if (l.items.length && chuTriOnly && !ownLead) {
      /* keep */
    } else if (/^[ \t\r\n,]{0,3}(?:trong|de|ve|nham|tai)[ \t\r\n]/.test(c.folded.slice(l.end, l.end + 8)) && !before.trim()) {
      /* "Phối hợp chặt chẽ với X trong việc triển khai ...": no verb after X, the phrase is the action. */
    } else if (/^[ \t]{0,2},/.test(text.slice(l.end, l.end + 3)) && chuTriOnly && !RE_VERB_START().test(c.folded.slice(l.end + 1).replace(/^[ \t\r\n]+/, ''))) {
      /* "chủ trì, phối hợp với X, căn cứ ..., nghiên cứu ...": a phrase between the list and the verb; the action keeps the lead-in. */
    } else if (l.items.length && (chuTriOnly || /^[ \t\r\n]*theo[ \t]/.test(before) || !before.trim())) actionFrom = l.end;
    else if (l.items.length) {
      // "tiếp thu ..., chủ trì, phối hợp với X rà soát ...": the action is the text around the phrase.
      const cut = /,?[ \t\r\n]{0,3}(?:ch[u][ \t\r\n]{1,3}tr[i][ \t\r\n]{0,3},?[ \t\r\n]{0,3})?$/.exec(before)!;
      const head = text.slice(actionFrom, actionFrom + cut.index);
      const action = actionOf(`${head}, ${text.slice(l.end, clause)}`, 0, head.length + 2 + clause - l.end);
      coordinate = [...coordinate, ...laterPartners(text, c.folded, c.gaz, actionFrom, to, coordinate)];
      return { task: finish(c, from, to, lead, coordinate, action, taskId, span, ruled), own: ownLead ? lead : undefined };
    }
  } else {
    const ct = RE_CHU_TRI.exec(c.folded.slice(actionFrom, actionFrom + 20));
    if (ct) actionFrom += ct[0].length;
    // "Trường hợp ... thì phối hợp với X": said later in the item.
    RE_COORD.lastIndex = 0;
    const later = RE_COORD.exec(c.folded.slice(clause, to));
    if (later) coordinate = coordinateList(text, c.folded, clause + later.index + later[0].length, c.gaz, to - clause).items;
    if (!coordinate.length) {
      // coordinate.partner-after: "...; Sở B phối hợp thực hiện.": a partner named after the work; the action ends before it.
      for (const m of text.slice(clause, to).matchAll(/[.;][ \t]*\r?\n?[ \t\r\n]*(?=\p{Lu})/gu)) {
        const p = partnerClause(c, text, clause + m.index + m[0].length, to);
        if (!p) continue;
        coordinate = p.items;
        actionTo = clause + m.index;
        break;
      }
    }
  }
  // coordinate.later-clauses (forms/partners.ts): "...; phối hợp với B ..." names more partners.
  coordinate = [...coordinate, ...laterPartners(text, c.folded, c.gaz, actionFrom, actionTo, coordinate)];
  return { task: finish(c, from, to, lead, coordinate, actionOf(text, actionFrom, actionTo), taskId, span, ruled), own: ownLead ? lead : undefined };
}

// The closing formula's words (task.closing-formula, -manner, -object in finish): built once.
const W_MANNER = '(?:thoi gian|thoi han|tien do|yeu cau|quy dinh|chat luong|hieu qua)';
const MANNER = `(?:,? (?:dam bao|bao dam|theo) (?:dung |theo )?${W_MANNER}(?:(?:,| va) ${W_MANNER})*(?: (?:de ra|dat ra|quy dinh|yeu cau))?)?`;
const BACK = '(?: (?:cac |nhung )?(?:noi dung|van ban|cong van|yeu cau|chi dao|quy dinh|huong dan)(?: (?:neu|noi dung))? (?:tren|nay|neu tren))?';
const RE_CLOSING_FORMULA = new RegExp(`^(?:(?:\\S+ ){0,2}nghiem tuc |khan truong |to chuc |quan tam(?:,? (?:phoi hop|chi dao))? )?(?:trien khai,? )?(?:thuc hien|trien khai)(?: nghiem tuc)?${BACK}${MANNER}[ ./]*$`);

function finish(c: TaskContext, from: number, to: number, lead: AgencyItem[], coordinate: AgencyItem[], action: string, taskId: string, span: Span, rules: { form: string; lead: string }): Task | undefined {
  const found = findDeadlines(c.folded, from, to, c.year, c.date);
  const deadline = toDeadline(found, c.text, c.folded);
  // Nobody named: only a dated deadline makes it a task ("tăng cường kiểm tra thường xuyên" in a list of measures is not one).
  // A period over before the document was written ("Trong 06 tháng đầu năm 2026" in a July notice) reports, it does not set a deadline.
  if (!action || (!lead.length && (!deadline?.due || (c.date && deadline.due < c.date)))) return undefined;
  // The closing formula ("Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.") asks for nothing new.
  // ("...; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo ...": the difficulties clause is formula too.)
  const fa = fold(action.toLowerCase()).replace(/[;,.]\s*(?:(?:trong )?qua trinh (?:to chuc )?(?:thuc hien|trien khai),?\s*)?neu co (?:kho khan|vuong mac)[^]*$/, '')
    // task.skip.contact-clause: "...; nếu cần thông tin chi tiết, xin (vui lòng) liên hệ ...": whom to call is formula too.
    .replace(/[;,.]\s*(?:neu can (?:them |biet )?(?:thong tin|trao doi)[^;.]{0,40}?,\s*)?(?:xin |vui long |de nghi )*lien he [^]*$/, '');
  // (task.closing-formula: "Đề nghị ... quan tâm thực hiện./." too.)
  // (task.closing-formula-manner: "... thực hiện, bảo đảm đúng thời hạn./.": how, not what.)
  // (task.closing-formula-object: words that point back, "(những) nội dung nêu trên", and manners listed with "," or "và"
  // are formula too; "Chỉ đạo <bodies> tổ chức thực hiện", with nothing to do but carry it out, passes the work on.)
  if (RE_CLOSING_FORMULA.test(fa)) return undefined;
  if (/^chi dao [^.;:,]{0,60}? to chuc (?:trien khai )?thuc hien[ ./]*$/.test(fa) && !/(?<![a-z])phoi hop(?![a-z])/.test(fa)) return undefined;
  // task.skip.accountability (letters32): "(X) chịu trách nhiệm trước <authority> về <matter> / nếu để xảy ra ..." (reports.tsv
  // accountable) as the whole action says to whom X answers, no work; a clause of work after ";" or after a comma ("..., chủ động chỉ đạo ...") keeps it.
  // (What follows "nếu" is the condition: "..., thiếu kiểm tra, giám sát" there lists failings, not work.)
  if (lexicon().doneReport.accountable.some((w) => fa.startsWith(w + ' ')) && !fa.includes(';') && !RE_COMMA_WORK().test(fa.replace(/ neu [^]*$/, ''))) return undefined;
  // "<Issuer> yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.": the same formula with its addressees.
  if (/^(?:yeu cau|de nghi) [^.;:]{0,120}? (?:nghiem tuc|khan truong) (?:to chuc )?(?:trien khai )?(?:thuc hien|trien khai)(?: nghiem tuc)?[ ./]*$/.test(fa)) return undefined;
  // "Bộ X sẽ thành lập các đoàn kiểm tra ...": in a letter, what its issuer itself will do assigns no one.
  if (/^se /.test(fa) && c.issuer && !PROGRAMME_KINDS.test(c.kind ?? '') && lead.length === 1 && (lead[0]!.canonical ?? lead[0]!.name) === c.issuer) return undefined;
  // "(Xin / Trân trọng) thông báo để ... biết, thực hiện", "Trân trọng cảm ơn ...": the letter's closing courtesy assigns nothing.
  if (/^(?:(?:xin|tran trong) )?thong bao (?:de|cho|toi|den) [^.]{0,120}(?:biet|thuc hien)[ ./]*$|^tran trong cam on/.test(fa)) return undefined;
  // task.skip.entry-into-force: "Quyết định này có hiệu lực (thi hành) kể từ ngày ký" sets when the text applies, not a
  // task; the word before "lực" is left open, as the OCR garbles it under a seal ("có biệu lực").
  if (/^(?:\S+ ){1,2}nay (?:se )?co (?:\S+ )?luc(?: thi hanh)?(?: ke)? tu /.test(fa)) return undefined;
  // "... chịu trách nhiệm thi hành Quyết định này": the execution formula of a decision.
  // (Not "Chủ trì, phối hợp với ... tổ chức triển khai thực hiện Kế hoạch này", "Theo dõi, hướng dẫn việc triển khai thực hiện
  // Kế hoạch này": who leads or follows up the plan's implementation.)
  if (!/^(?:chu tri|tham muu)|(?<![a-z])(?:theo doi|don doc|huong dan|tong hop)(?![a-z])/.test(fa) && /(?:thi hanh|thuc hien)(?: nghiem tuc)? (?:quyet dinh|nghi quyet|ke hoach|chi thi|thong bao|cong van|van ban) nay(?: ke tu ngay ky)?[ ./]*$/.test(fa)) return undefined;
  // (task.skip.execution-from-signing: "... chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./." is the same formula.)
  // ... also when the action was cut before it: "Thủ trưởng các đơn vị ..., Giám đốc Sở ... có trách nhiệm thực hiện Chỉ thị này."
  const whole = fold(clean(c.text.slice(from, to)).toLowerCase());
  // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị ... kịp thời phản ánh về ...": the difficulties clause alone.
  if (/^(?:\d{1,2}(?:\.\d{1,2})*[.)] ?)?(?:(?:trong )?qua trinh [^.;]{0,80}?, ?)?neu (?:co|phat sinh) (?:kho khan|vuong mac)/.test(whole) && /^(?:kip thoi |de nghi [^.;]{0,80}?kip thoi )?(?:phan anh|bao cao|gui)/.test(fa)) return undefined;
  // (task.skip.difficulties-bare-process: "Quá trình thực hiện, nếu có ...", without "Trong", opens the clause too.)
  // task.skip.difficulties-subject: the same clause with who reports inside it ("..., nếu có khó khăn, vướng mắc, các đơn vị
  // (kịp thời) báo cáo về Sở X để tổng hợp"): a formula too.
  if (/^(?:\d{1,2}(?:\.\d{1,2})*[.)] ?)?(?:(?:trong )?qua trinh [^.;]{0,80}?, ?)?neu (?:co|phat sinh) (?:kho khan|vuong mac)(?:,? (?:va )?(?:kho khan|vuong mac))?,? (?:[^.;]{0,60}? )?(?:kip thoi |de nghi )?(?:phan anh|bao cao|gui)(?![a-z])/.test(whole)) return undefined;
  // (The item's first sentence alone, when the item runs on into the signature block: "Điều 3. Các Bộ trưởng, ... chịu trách
  // nhiệm thi hành Nghị quyết này./." over "TM. CHÍNH PHỦ ...". Up to 90 words: a decision may list a dozen heads before it.)
  const firstSentence = whole.split(/\.(?:\/\.)?(?=\s|$)/)[0]!;
  // task.skip.execution-before-force: "... chịu trách nhiệm thi hành Quyết định này" with no full stop, the entry into force on
  // the line after it ("Quyết định này có hiệu lực kể từ ngày ký./.").
  const beforeForce = whole.replace(/ (?:quyet dinh|nghi quyet|ke hoach|chi thi) nay (?:se )?co (?:\S+ )?luc[^]*$/, '');
  // task.skip.self-dissolution: "Tổ ... tự giải thể sau khi ..." ends the body set up, it is no work.
  if (/(?<![a-z])tu giai the(?![a-z])/.test(fa)) return undefined;
  if ([whole, firstSentence, beforeForce].some((w) => w.split(' ').length <= 90 && /trach nhiem (?:to chuc )?(?:trien khai )?(?:thi hanh|thuc hien) (?:quyet dinh|nghi quyet|ke hoach|chi thi|thong bao) nay[ ./]*$/.test(w))) return undefined;
  // task.skip.execution-garbled: the same formula with words lost under a seal or a fold ("... và các đơn vị liên trách thi
  // định này./."): "trách" a few words before the closing "định này./." of the last article.
  if (whole.split(' ').length <= 60 && /(?<![a-z])trach(?![a-z])[^.;]{0,40}(?<![a-z])dinh nay ?\.\/\.\s*$/.test(whole)) return undefined;
  if (rules.lead === 'lead.heading' && (rules.form === 'task.item' || rules.form === 'task.paragraph') && doneReport(c.text.slice(from, to))) return undefined;
  // task.skip.*: copies lists, hotlines, powers and working rules (src/extract/task-skips.ts).
  if (skipTask(c.text, from, action, c.kind)) return undefined;
  const named = (a: AgencyItem) => ref(placesInBrackets(c.gaz, a));
  return { id: taskId, lead: lead.map(named), coordinate: coordinate.map(named), action, deadline, span, rule: rules.form, leadRule: rules.lead };
}
