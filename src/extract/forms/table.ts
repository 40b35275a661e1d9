// Tasks in tables: "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
// | Sản phẩm". Columns are recognised by the words of the header row (which may
// wrap over two or three lines); rows start at a number in the first column and
// go on over the lines (and pages) below; a lead or deadline cell left empty
// (a merged cell) takes the row above's. Group rows (I, II or A, B with a title)
// prefix the ids of the rows under them.
import type { Span } from '../../layer.js';
import type { Task } from '../../schema.js';
import { agencyList, type AgencyItem } from '../agencies.js';
import { findDeadlines, toDeadline } from '../deadlines.js';
import type { Gazetteer } from '../gazetteer.js';
import { inFull, lexicon } from '../lexicon.js';
import { clean, fold, key, ROMAN, upperFirst } from '../text.js';
import { cellLineTables, countedAt, countedTables } from './cell-lines.js';
import { pastedTables } from './pasted.js';
import { barCells, visualLines, wordsIn, type BarCell, type Cell, type LineCells, type PlacedWord, type VLine } from './cells.js';

export type Role = 'stt' | 'action' | 'lead' | 'coordinate' | 'deadline' | 'product' | 'target' | 'note' | 'other';

export interface TableContext {
  text: string;
  gaz: Gazetteer;
  from: number;
  to: number;
  year: number | null;
  words?: PlacedWord[];
  level?: string;
}

export interface Column {
  role: Role;
  x0: number;
  x1: number;
  label: string;
}

/** table.combined-roles-header: one doers' column headed by both roles ("Đơn vị chủ trì/phối hợp", "Chủ trì, phối hợp") and no
 *  column of partners: its cells name the lead first and the partners after it. */
export function bothRoles(cols: Column[]): boolean {
  if (cols.some((c) => c.role === 'coordinate')) return false;
  const lead = cols.find((c) => c.role === 'lead');
  const k = lead ? fold(lead.label.toLowerCase()) : '';
  return /chu\s*tri/.test(k) && /phoi\s*hop/.test(k);
}

/** A piece of a cell's text: the cell's text runs over several lines. */
export type Pieces = Span[];

export interface Row {
  stt: string;
  cells: Map<Role, Pieces>;
  start: number;
  end: number;
  /** Columns the row has no cell in: merged with the row above (a table converted one cell a line drops them). */
  absent?: Set<Role>;
  /** A row without a number under a numbered one (its number cell merged with the row above's): the number it
   *  continues. */
  under?: string;
}

export interface TableResult {
  tasks: Task[];
  /** Line ranges the tables take: not read again as items. */
  regions: Span[];
}

// Lettered items in Vietnamese order: đ) is the 5th.
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n'];
export const RE_STT = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)]?|[IVX]{1,5}(?:\.\d{1,2})?\.?|[A-ZĐ]\.?|[a-zđ][.)])$/;

/** The role a header label gives its column: the strong header word that comes first in it ("Nhiệm vụ cụ thể ... chủ
 *  trì" is the task; "Thời hạn thực hiện" the deadline), else a weak one ("Cơ quan, tổ chức": who leads). */
export function roleOf(label: string, strongOnly = false): Role | undefined {
  const k = ` ${fold(label.toLowerCase()).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  if (!k.trim()) return undefined;
  let best: { role: Role; at: number } | undefined;
  for (const [role, words] of lexicon().tableHeaders) {
    if (role === 'weak') continue;
    for (const w of words) {
      const at = w.startsWith('^') ? (new RegExp(`^ ${w.slice(1)} $`).test(k) ? 0 : -1) : k.indexOf(` ${w} `);
      if (at >= 0 && (!best || at < best.at)) best = { role: role as Role, at };
    }
  }
  if (best || strongOnly) return best?.role;
  const weak = lexicon().tableHeaders.find(([r]) => r === 'weak')?.[1] ?? [];
  return weak.some((w) => k.includes(` ${w} `)) ? 'lead' : undefined;
}

/** The column a cell sits in: the last one starting at or left of it (index rows: by place). */
function columnOf(cols: Column[], c: Cell, mode: LineCells['mode'], tol: number): number {
  if (mode === 'index') return c.x0 < cols.length ? c.x0 : -1;
  for (let i = cols.length - 1; i > 0; i--) if (c.x0 >= cols[i]!.x0 - tol) return i;
  return 0;
}

/** The column nearest a header fragment (header lines are often laid out off the columns). */
function nearestColumn(cols: Column[], c: Cell): number {
  let best = 0;
  for (let i = 1; i < cols.length; i++) if (Math.abs(cols[i]!.x0 - c.x0) < Math.abs(cols[best]!.x0 - c.x0)) best = i;
  return best;
}

const words = (ctx: TableContext, c: Cell) => ctx.text.slice(c.start, c.end).trim().split(/\s+/).length;
/** A line of one cell that opens with an item marker and a word ("II. NỘI DUNG", "2. Các hoạt động"). */
const isHeading = (ctx: TableContext, l: VLine) => l.cells.length === 1 && /^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s*\p{L}/u.test(ctx.text.slice(l.cells[0]!.start, l.cells[0]!.end));
const isHeaderish = (ctx: TableContext, l: VLine) => l.cells.length > 0 && l.cells.every((c) => words(ctx, c) <= 5) && !RE_STT.test(ctx.text.slice(l.cells[0]!.start, l.cells[0]!.end).trim());

/** Column starts of a table's body: the runs of x its cells cover, between gutters that (almost) no line crosses
 *  (text dumps and page boxes alike; a layout dump indents wrapped cell text unevenly, so cell starts alone mislead). */
function bodyColumns(ctx: TableContext, ls: VLine[], from: number): number[] {
  const spans: [number, number][] = [];
  let n = 0;
  for (let k = from; k < Math.min(ls.length, from + 400); k++) {
    const l = ls[k]!;
    if (/^\s*PH[UỤ]\s+L[UỤ]C\b/u.test(l.text) || /^\s*n[oơ]i\s+nh[aậ]n\s*:/iu.test(l.text)) break;
    if (!l.cells.length) continue;
    n++;
    for (const c of l.cells) spans.push([Math.floor(c.x0), Math.ceil(c.x1)]);
  }
  if (!spans.length) return [];
  const width = Math.min(4000, Math.max(...spans.map((x) => x[1])) + 1);
  const cover = new Array<number>(width + 1).fill(0);
  for (const [a, b] of spans) for (let x = Math.max(0, a); x < Math.min(width, b); x++) cover[x]!++;
  // Gutters: x where few lines have ink, or a clear valley between two runs of ink (text laid out unevenly).
  const sm = cover.map((_, x) => ((cover[x - 1] ?? cover[x]!) + cover[x]! + (cover[x + 1] ?? cover[x]!)) / 3);
  const limit = Math.max(1, n * 0.03);
  const maxIn = (a: number, b: number) => Math.max(0, ...sm.slice(Math.max(0, a), Math.min(sm.length, b)));
  const gutter = (x: number) => {
    if (cover[x]! <= limit) return true;
    const lo = Math.min(...sm.slice(Math.max(0, x - 3), x + 4));
    return sm[x] === lo && sm[x]! <= 0.85 * Math.min(maxIn(x - 12, x), maxIn(x + 1, x + 13));
  };
  const starts: number[] = [];
  let inside = false;
  for (let x = 0; x <= width; x++) {
    const on = !gutter(x);
    if (on && !inside && (!starts.length || x - starts[starts.length - 1]! > 1)) starts.push(x);
    inside = on;
  }
  return starts;
}

interface Header {
  cols: Column[];
  mode: LineCells['mode'];
  /** Lines of the header block. */
  first: number;
  last: number;
  tol: number;
}

/** A header at line `li`: with the short lines around it (labels wrap over lines), column roles for the task and
 *  its lead, coordinators or deadline. */
export function headerAt(ctx: TableContext, ls: VLine[], li: number): Header | undefined {
  const lc = ls[li]!;
  if (lc.cells.length < 2) return undefined;
  // table.header-short-labels: a header label is a few words; a cell of a prose line read from boxes (a justified
  // line splits at its wide spaces) may hold a header word ("hoạt động", "phối hợp") in mid-sentence.
  const labels = lc.mode === 'index' ? lc.cells : lc.cells.filter((c) => words(ctx, c) <= 6);
  const roles = new Set(labels.map((c) => roleOf(ctx.text.slice(c.start, c.end))).filter(Boolean));
  if (roles.size < 2 && !(roles.size === 1 && lc.mode !== 'index')) return undefined;
  // table.ocr-header-capitals: on an OCR'd page a justified prose line's wide gaps split it into short pieces, some
  // with a header's words ("các hoạt động ...", "của từng đơn vị"); a header's labels open with capitals.
  if (lc.ocr && labels.filter((c) => roleOf(ctx.text.slice(c.start, c.end)) && /^\p{Lu}/u.test(ctx.text.slice(c.start, c.end).trim())).length < Math.min(2, roles.size)) return undefined;
  const tol = lc.mode === 'box' ? Math.max(2, lc.h * 0.6) : 2;
  let first = li;
  let last = li;
  let body: number[] = [];
  if (lc.mode !== 'index') {
    while (last + 1 < ls.length && last - li < 3 && ls[last + 1]!.mode === lc.mode && isHeaderish(ctx, ls[last + 1]!) && ls[last + 1]!.page === lc.page) last++;
    body = bodyColumns(ctx, ls, last + 1);
    // table.box-justified: on a page of justified cells the text layer gives the cells' left edges exactly; the ink
    // adds a last column of too few lines to show one (a notes column).
    const exact = lc.columns;
    if (exact?.length) body = [...exact, ...body.filter((x) => x > Math.max(...exact) + tol)];
    // table.header-not-title: a line above whose text runs across a column's start (an appendix's centred title
    // "PHÂN CÔNG NHIỆM VỤ", the last line of the prose before the table) is no wrapped label: a label stays in its cell.
    const across = (l: VLine) => l.cells.some((c) => body.slice(1).some((x) => c.x0 < x - tol && c.x1 > x + tol));
    // table.header-not-heading: a section heading just above ("II. NỘI DUNG, NHIỆM VỤ") is no wrapped label.
    while (first > 0 && li - first < 3 && ls[first - 1]!.mode === lc.mode && isHeaderish(ctx, ls[first - 1]!) && !isHeading(ctx, ls[first - 1]!) && ls[first - 1]!.page === lc.page && !across(ls[first - 1]!)) first--;
  }
  let cols: Column[];
  if (lc.mode === 'index') {
    cols = lc.cells.map((c) => ({ role: 'other' as Role, x0: c.x0, x1: c.x1, label: ctx.text.slice(c.start, c.end) }));
    // table.header-second-line: "STT | Nội dung | Đơn vị | Đơn vị" over "| | chủ trì | phối hợp": labels wrapped to a second
    // row of tabs or bars, its cells short, in lower case, the number cell empty.
    const second = ls[last + 1];
    const texts = second?.mode === 'index' ? second.cells.map((c) => ctx.text.slice(c.start, c.end).trim()) : [];
    if (second && texts.length <= cols.length && !texts[0] && texts.some((t) => t) && texts.every((t) => !t || (/^\p{Ll}/u.test(t) && t.split(/\s+/).length <= 4))) {
      last++;
      texts.forEach((t, i) => { if (t) cols[i]!.label += ' ' + t; });
    }
    // A header cell on a line of its own after the row ("Thời gian thực hiện"): one more column.
    while (last + 1 < ls.length && ls[last + 1]!.mode !== 'index' && ls[last + 1]!.cells.length === 1 && roleOf(ls[last + 1]!.text, true) && words(ctx, ls[last + 1]!.cells[0]!) <= 5) {
      last++;
      cols.push({ role: 'other', x0: cols.length, x1: cols.length, label: ls[last]!.text.trim() });
    }
  }
  else {
    const starts = [...body];
    // A column the body's ink does not show (a narrow one beside a wide, unevenly laid column): where two header
    // lines start a label at the same place.
    const heads = ls.slice(first, last + 1).flatMap((l) => l.cells.map((c) => c.x0));
    for (const x of heads) {
      if (heads.filter((y) => Math.abs(y - x) <= tol).length >= 2 && starts.every((st) => Math.abs(st - x) > tol * 3)) starts.push(x);
    }
    starts.sort((a, b) => a - b);
    if (starts.length < 2) return undefined;
    cols = starts.map((x) => ({ role: 'other' as Role, x0: x, x1: x, label: '' }));
    for (let k = first; k <= last; k++) for (const c of ls[k]!.cells) for (const p of labelPieces(ctx, c, starts, ls[k]!.h)) cols[nearestColumn(cols, p)]!.label += ' ' + ctx.text.slice(p.start, p.end);
    // table.label-wrap-no-column: a column the body's ragged ink made up inside a narrow one, labelled only by the small
    // letters a wrapped label goes on with ("Cơ quan chủ" over "trì"): part of the column to its left.
    for (let i = cols.length - 1; i > 1; i--) {
      if (/^\p{Ll}/u.test(cols[i]!.label.trim()) && cols[i - 1]!.label.trim() && !roleOf(cols[i]!.label, true)) {
        cols[i - 1]!.label += cols[i]!.label;
        cols.splice(i, 1);
      }
    }
  }
  if (!assignRoles(cols)) return undefined;
  return { cols, mode: lc.mode, first, last, tol };
}

/** table.header-labels-glued: two centred labels of neighbouring columns set closer than the gap that parts cells
 *  ("Cơ quan chủ Cơ quan phối" over narrow columns) are read as one cell; cut it where a column of the body starts
 *  inside a gap between its words (page boxes only). */
function labelPieces(ctx: TableContext, c: Cell, starts: number[], h: number): Cell[] {
  const ws = ctx.words ? wordsIn(ctx.words, c.start, c.end) : [];
  const out: Cell[] = [];
  let cur = c;
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1]!;
    const b = ws[i]!;
    if (b.x0 - a.x1 >= h * 0.3 && starts.some((x) => a.x1 < x && x <= b.x0)) {
      out.push({ start: cur.start, end: a.end, x0: cur.x0, x1: a.x1 });
      cur = { start: b.start, end: cur.end, x0: b.x0, x1: cur.x1 };
    }
  }
  out.push(cur);
  return out;
}

/** Roles of a header's columns from their labels (a role goes to the first column naming it); false when the
 *  header does not name a task and its lead, coordinators or deadline. */
export function assignRoles(cols: Column[]): boolean {
  const seen = new Set<Role>();
  for (const col of cols) {
    const r = roleOf(col.label);
    if (r && !seen.has(r)) {
      col.role = r;
      seen.add(r);
    }
  }
  const known = [...seen].filter((r) => r !== 'stt' && r !== 'note' && r !== 'other').length;
  if (known < 2 || !(seen.has('action') && (seen.has('lead') || seen.has('deadline') || seen.has('coordinate')))) return false;
  // A table of targets ("Mục tiêu", "Chỉ tiêu") without deadlines lists results to reach, not tasks.
  if (seen.has('target') && !seen.has('deadline')) return false;
  // Rows are numbered in the first column even when its header is blank.
  if (!seen.has('stt') && cols[0]!.role === 'other' && !cols[0]!.label.trim()) cols[0]!.role = 'stt';
  return true;
}

function piecesText(text: string, p: Pieces | undefined): string {
  return p ? clean(p.map((s) => text.slice(s.start, s.end)).join(' ')) : '';
}

/** The text of a cell's pieces joined, with a map from its offsets back to the document. */
function joined(text: string, p: Pieces, gaz?: Gazetteer): { text: string; back(o: number): number } {
  let s = '';
  let last = '';
  const starts: [number, number][] = [];
  for (const piece of p) {
    // A line of a cell that starts a new name (a capital after a line that does not run on) is a new item, unless
    // the two lines read as one name ("Đảng ủy" over "UBND tỉnh").
    const next = text.slice(piece.start, piece.end);
    const runsOn = () => {
      // table.cell-party-level: a Party body's name wrapped before the committee it belongs to ("Ban Tuyên giáo và Dân
      // vận" over "Tỉnh ủy", "Văn phòng" over "Huyện ủy"): one name.
      if (/^(?:Tỉnh|Thành|Huyện|Thị|Quận)\s+ủy$/u.test(next.trim()) && /^(?:Ban|Văn phòng|Ủy ban Kiểm tra)(?:\s|$)/u.test(s.split(/[;,]/).pop()!.trim())) return true;
      // table.cell-place-wraps: a place's name broken over two lines ("Ủy ban nhân dân xã Tân" over "Hòa"): a line of
      // one or two capitalised words after a level and the first words of a name.
      if (/(?:^|\s)(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\s+\p{Lu}\p{Ll}*)+$/u.test(last) && /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?$/u.test(next.trim()) && !(gaz && agencyList(next, fold(next), 0, gaz, next.length).items.length)) return true;
      if (!gaz) return false;
      const both = `${last} ${next}`;
      const first = agencyList(both, fold(both), 0, gaz, both.length).items[0];
      if (!first?.span || first.span.start !== 0 || first.span.end <= last.length + 1) return false;
      // The line before names no body by itself; or it does (table.cell-name-wraps: "Trung tâm Xúc tiến" over "Đầu tư,
      // Thương mại và Du lịch", "Sở Công" over "Thương phối hợp") but the next line opens no body, and the two read as a
      // name the gazetteer knows or neither line is a run of capitalised words (a person's name).
      if (!agencyList(last, fold(last), 0, gaz, last.length).items.length) return true;
      if (agencyList(next, fold(next), 0, gaz, next.length).items[0]?.span?.start === 0) return false;
      const person = (x: string) => !/,|\s\p{Ll}/u.test(x);
      return !!first.canonical || (!person(last) && !person(next));
    };
    if (s) s += /^\p{Lu}/u.test(next) && !/(?:[,&\-–]|\s(?:và|của|các))\s*$/u.test(s) && !runsOn() ? '; ' : ' ';
    last = next.split(/[;,]/).pop()!.trim();
    starts.push([s.length, piece.start]);
    s += text.slice(piece.start, piece.end);
  }
  return {
    text: s,
    back: (o) => {
      let best = starts[0]!;
      for (const st of starts) if (st[0] <= o) best = st;
      return best[1] + (o - best[0]);
    },
  };
}

/** Bodies named in a cell; a cell the gazetteer reads nothing in gives its own comma-separated names. */
/** A name's span where the text says it: the whole span when its words are the name's, else the longest run of the
 *  name's last words at the span's end (a cell over several lines, an abbreviation written in full), else none. */
function honestSpan(text: string, item: AgencyItem): AgencyItem {
  const ws = (x: string) => key(x).split(/[^a-z0-9]+/).filter(Boolean);
  const name = ws(item.name);
  const at = text.slice(item.span.start, item.span.end);
  if (ws(at).join(' ') === name.join(' ')) return item;
  // Words of the span from its end, as long as they are the name's last words.
  const re = /[\p{L}\p{N}]+/gu;
  const tokens = [...at.matchAll(re)].map((m) => ({ k: key(m[0]), start: item.span.start + m.index, end: item.span.start + m.index + m[0].length }));
  let n = 0;
  while (n < tokens.length && n < name.length && tokens[tokens.length - 1 - n]!.k === name[name.length - 1 - n]) n++;
  if (!n) return { ...item, span: null as unknown as AgencyItem['span'] };
  return { ...item, span: { start: tokens[tokens.length - n]!.start, end: tokens[tokens.length - 1]!.end } };
}

export function bodiesIn(ctx: Pick<TableContext, 'text' | 'gaz'>, p: Pieces | undefined): AgencyItem[] {
  return bodiesOf(ctx, p).map((i) => (i.span ? honestSpan(ctx.text, i) : i));
}

function bodiesOf(ctx: Pick<TableContext, 'text' | 'gaz'>, p: Pieces | undefined): AgencyItem[] {
  if (!p || !p.length) return [];
  const j = joined(ctx.text, p, ctx.gaz);
  const named = (m: { start: number; end: number; text: string }): AgencyItem => {
    const name = inFull(clean(m.text).replace(/[.;,]+$/, ''));
    return { name: upperFirst(name), canonical: ctx.gaz.lookup(name)?.canonical ?? null, span: { start: j.back(m.start), end: j.back(m.end) } };
  };
  // Pieces split by ";" (a cell names one body a line or a list of them); a piece the list reader does not cover
  // whole ("Đảng ủy UBND tỉnh") is one name.
  const items: AgencyItem[] = [];
  for (const m of j.text.matchAll(/[^;]+/g)) {
    const piece = m[0];
    const at = m.index + (piece.length - piece.trimStart().length);
    const text = piece.trim().replace(/[.,]+$/, '');
    if (!text || !/^[\p{L}]/u.test(text)) continue;
    const folded = fold(j.text);
    const l = agencyList(j.text, folded, at, ctx.gaz, text.length);
    // plan.label-scope-tail: "Các ban, ngành và các bộ phận có liên quan trong thực hiện các tiêu chí ...": the bodies up to
    // a phrase of scope ("trong (việc) ...", "theo chức năng ...") are the value; the phrase says what for.
    const tail = fold(j.text.slice(l.end, at + text.length).trim().toLowerCase()).replace(/\s+/g, ' ');
    if (l.items.length && (!tail || /^(?:trong (?:viec |qua trinh )?(?:thuc hien|trien khai|to chuc)|theo chuc nang)(?![a-z])/.test(tail))) {
      for (const i of l.items) items.push({ ...i, name: upperFirst(inFull(i.name)), span: { start: j.back(i.span.start), end: j.back(i.span.end) } });
    } else {
      // A list the reader stops in (a body the gazetteer does not know): split at commas, else at commas and "và",
      // only when each part names a body.
      const split = (re: RegExp) => [...text.matchAll(re)].map((x) => ({ start: at + x.index, end: at + x.index + x[0].length, text: x[0] })).filter((x) => x.text.trim());
      const each = (parts: { start: number; text: string }[]) =>
        parts.length > 1 && parts.every((x) => agencyList(j.text, folded, x.start + (x.text.length - x.text.trimStart().length), ctx.gaz, x.text.trim().length).items.length);
      const commas = split(/[^,]+/g);
      const ands = split(/(?:(?!\svà\s)[^,])+/g).map((x) => ({ ...x, text: x.text.replace(/^\s*và\s/, '') }));
      const words = text.split(/\s+/).length;
      // A part "X và Y" of two bodies gives both.
      const andSplit = (x: { start: number; end: number; text: string }) => {
        const sub = [...x.text.matchAll(/(?:(?!\svà\s).)+/g)].map((y) => ({ start: x.start + y.index, end: x.start + y.index + y[0].length, text: y[0].replace(/^\s*và\s/, '') }));
        const offs = sub.map((y) => ({ ...y, start: y.end - y.text.length }));
        return each(offs) ? offs : [x];
      };
      // table.cell-kind-then-collective: "Doanh nghiệp, Sở, ban, ngành có liên quan": a capital after a comma opens the next
      // partner when a part runs on over lower-case kinds (a collective written without "các"); "Viện, Trường" stays one.
      const caps = split(/(?:[^,]|,(?![ \t]*\p{Lu}))+/gu).map((x) => ({ ...x, text: x.text.trim(), start: x.end - x.text.trimStart().length }));
      const byCaps = caps.length > 1 && caps.some((x) => /,[ \t]*(?!các\s)\p{Ll}/u.test(x.text)) && caps.every((x) => /^\p{Lu}/u.test(x.text));
      if (each(commas)) items.push(...commas.flatMap(andSplit).map(named));
      else if (byCaps && words <= 14) items.push(...caps.map(named));
      else if (words <= 14) items.push(named({ start: at, end: at + text.length, text }));
      // table.cell-collective-related: "các hội nghề nghiệp, câu lạc bộ và cơ sở đào tạo có liên quan": a collective that
      // opens with "các" and closes with "có liên quan" is one name, as written, however long its kinds run.
      else if (words <= 24 && /^các\s/iu.test(text) && /\scó\s+liên\s+quan$/u.test(text)) items.push(named({ start: at, end: at + text.length, text }));
      else if (words <= 40 && each(ands)) items.push(...ands.map(named));
    }
  }
  return items;
}

/** table.lead-cell-roles: a doers' cell ("Đơn vị thực hiện") that says who leads and who works with it: "Sở X chủ trì, phối
 *  hợp với Y", "Sở X chủ trì; Y phối hợp", "Sở X (chủ trì); Y", "X (chủ trì), Y (phối hợp)": X leads, Y coordinates. */
const RE_CELL_CHU_TRI = /[ \t(]{1,3}chu[ \t]+tri(?:[ \t]+thuc[ \t]+hien)?[ \t)]{0,2}(?=[,;.]|[ \t]+phoi[ \t]+hop|$)/;
const RE_CELL_PARTNER_HEAD = /^[ \t,;.]*(?:phoi[ \t]+hop(?:[ \t]+voi)?[ \t]+)?/;
const RE_CELL_PARTNER_MARK = /[ \t]*\(?(?:cung[ \t]+)?phoi[ \t]+hop(?:[ \t]+thuc[ \t]+hien)?\)?(?=[ \t]*(?:[,;.]|$))/g;

export function leadCellRoles(ctx: Pick<TableContext, 'text' | 'gaz'>, p: Pieces | undefined): { lead: AgencyItem[]; coordinate: AgencyItem[] } | undefined {
  if (!p?.length) return undefined;
  const j = joined(ctx.text, p, ctx.gaz);
  const f = fold(j.text).toLowerCase();
  const m = RE_CELL_CHU_TRI.exec(f);
  if (!m || m.index < 3) return undefined;
  const back = (i: AgencyItem): AgencyItem => (i.span ? { ...i, span: { start: j.back(i.span.start), end: j.back(i.span.end) } } : i);
  const lead = bodiesIn({ text: j.text, gaz: ctx.gaz }, [{ start: 0, end: m.index }]).map(back);
  if (!lead.length) return undefined;
  // The partners: what follows, its "phối hợp (với)" head and "(phối hợp)" marks blanked (offsets kept).
  const from = m.index + m[0].length + RE_CELL_PARTNER_HEAD.exec(f.slice(m.index + m[0].length))![0].length;
  let masked = j.text;
  for (const x of f.slice(from).matchAll(RE_CELL_PARTNER_MARK)) {
    const a = from + x.index;
    masked = masked.slice(0, a) + ' '.repeat(x[0].length) + masked.slice(a + x[0].length);
  }
  const coordinate = from < j.text.length ? bodiesIn({ text: masked, gaz: ctx.gaz }, [{ start: from, end: j.text.length }]).map(back) : [];
  return { lead, coordinate };
}

/** table.combined-roles-header: a cell under "chủ trì/phối hợp": the bodies before its first ";" lead (the first body when it has
 *  none), the others work with them ("Phòng A; Trung tâm B; các khoa": Phòng A leads). */
function combinedRoles(ctx: Pick<TableContext, 'text' | 'gaz'>, p: Pieces | undefined): { lead: AgencyItem[]; coordinate: AgencyItem[] } | undefined {
  if (!p?.length) return undefined;
  let cut = -1;
  for (const piece of p) {
    const i = ctx.text.slice(piece.start, piece.end).indexOf(';');
    if (i >= 0) {
      cut = piece.start + i;
      break;
    }
  }
  if (cut < 0) {
    const all = bodiesIn(ctx, p);
    return all.length >= 2 ? { lead: all.slice(0, 1), coordinate: all.slice(1) } : undefined;
  }
  const before = p.filter((x) => x.start < cut).map((x) => ({ start: x.start, end: Math.min(x.end, cut) }));
  const after = p.filter((x) => x.end > cut + 1).map((x) => ({ start: Math.max(x.start, cut + 1), end: x.end }));
  const lead = bodiesIn(ctx, before);
  const coordinate = bodiesIn(ctx, after);
  return lead.length && coordinate.length ? { lead, coordinate } : undefined;
}

/** A deadline cell: "Quý II/2025", "Tháng 6 năm 2025", "31/12/2025", "Năm 2025", "Thường xuyên", "2025-2026". */
export function cellDeadline(ctx: Pick<TableContext, 'text' | 'year'>, p: Pieces | undefined): Task['deadline'] {
  const raw = piecesText(ctx.text, p);
  if (!raw) return null;
  // deadline.cell-note: "Dự kiến tháng 11/2025 (sau khi ... ban hành Hướng dẫn)": the note in brackets after the time and the
  // word "dự kiến" (or "ngày" before "tháng") before it are not part of the time.
  const t = raw.replace(/^(?:dự kiến|ngày(?=[ \t]+tháng))[ \t]+/iu, '').replace(/[ \t]*\([^()]*\)?[ \t.;,]*$/u, '').replace(/[ \t]*[.;,]+$/u, '').trim() || raw;
  const d = readCell(ctx, t);
  if (d?.kind !== 'other') return d;
  // deadline.cell-span-end: "Từ tháng 12/2025 đến quý I/2026": a span of a month and a quarter is due at the end of its last part.
  const span = /^từ[ \t]+\S.*?[ \t]+đến(?:[ \t]+hết)?[ \t]+(\S.*)$/iu.exec(t);
  const last = span ? readCell(ctx, span[1]!) : null;
  return last && last.due ? { ...last, text: t } : d;
}

function readCell(ctx: Pick<TableContext, 'text' | 'year'>, t: string): Task['deadline'] {
  // deadline.cell-quarters: "Quý IV/2025 và Quý I/2026": two times with their years, the later ends it, both are kept.
  const two = /^(.*?\d{4})[ \t]+và[ \t]+(.*?\d{4})$/u.exec(t);
  if (two && !/[,;]/.test(t)) {
    const a = readCell(ctx, two[1]!);
    const b = readCell(ctx, two[2]!);
    if (a?.due && b?.due && b.due > a.due && a.kind !== 'other' && b.kind !== 'other') return { ...b, text: t, all: [{ kind: a.kind, due: a.due, text: two[1]! }, { kind: b.kind, due: b.due, text: two[2]! }] };
  }
  // "Quý III, IV/2026": a list of quarters ends with the last.
  // "Quý IV-2025": the year after a dash, as after a slash (same length: offsets hold).
  const f = fold(t.toLowerCase())
    .replace(/quy[ \t]+((?:iv|iii|ii|i|[1-4])[ \t]*,[ \t]*)+(?=(?:iv|iii|ii|i|[1-4])\b)/g, 'quy ')
    .replace(/(quy[ \t]+(?:iv|iii|ii|i|[1-4])[ \t]*)-(?=[ \t]*\d{4})/g, '$1/')
    // deadline.cell-quarter-run: "Quý I - II/2026", "Quý I - Quý II/2026": a run of quarters ends with the last.
    // (deadline.cell-run-yearless: also without the year, "Quý I - II", "Tháng 3-4": the document's year.)
    .replace(/quy[ \t]+(?:iv|iii|ii|i|[1-4])[ \t]*[-\u2013][ \t]*(?:quy[ \t]+)?(?=(?:iv|iii|ii|i|[1-4])(?:[ \t]*[/-][ \t]*\d{4}|[ \t.]*$))/g, 'quy ')
    // "Tháng 11 - 12/2025", "Tháng 11, 12/2025": a run of months ends with the last (plans6).
    .replace(/thang[ \t]+\d{1,2}[ \t]*(?:-|\u2013|,)[ \t]*(?=\d{1,2}(?:[ \t]*\/[ \t]*\d{4}|[ \t.]*$))/g, 'thang ')
    // deadline.cell-pair-part: "Quý II và Quý III/2026", "Tháng 5 và tháng 6/2026" end with the second; "Đầu tháng 7/2026",
    // "Tuần đầu tháng 5/2026", "Cuối quý III" are due with the month or quarter they name.
    .replace(/(quy|thang)[ \t]+(?:iv|iii|ii|i|\d{1,2})[ \t]+va[ \t]+(?:(?:quy|thang)[ \t]+)?(?=(?:iv|iii|ii|i|\d{1,2})[ \t]*\/[ \t]*\d{4})/g, '$1 ')
    .replace(/^(?:tuan[ \t]+(?:dau|cuoi|thu[ \t]+\d)[ \t]+|(?:dau|giua|cuoi)[ \t]+)(?=(?:thang|quy)[ \t]+[\div])/, '');
  // "Thường xuyên", "Hằng năm", "Tháng 12 hằng năm", "Định kỳ hằng quý", "Năm 2025 và các năm tiếp theo".
  // A time that runs on after its first date ("Tháng 12/2013 và thường xuyên", "Từ năm 2013 đến năm 2020 và tiếp theo",
  // "Từ tháng 11/2013 trở đi", "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm") recurs too.
  const runsOn = /(?:^|[^a-z])va(?:[ \t]+[a-z,]+){0,4}[ \t]+(?:thuong xuyen|tiep theo|dinh ky|hang nam)[ .]*$|(?:^|[^a-z])tro di[ .]*$/.test(f);
  const recurring = runsOn || /^(?:hang nam,?\s*|thuc hien\s+)?thuong xuyen|^hang (?:nam|quy|thang)\.?$/.test(f) || (!/\d{4}/.test(f) && !/^theo\s/.test(f) && /(?:^|[^a-z])(?:hang (?:nam|quy|thang|tuan)|dinh ky)(?![a-z])/.test(f)) || /cac nam tiep theo/.test(f);
  if (recurring) return { kind: 'recurring', due: null, text: t, time: null, rule: 'deadline.table-cell' };
  // deadline.cell-date-span: "02/3/2026 - 20/3/2026", "Từ ngày 4/5 đến ngày 8/5/2026": a span of two dates is due at its end.
  const ds = /^(?:từ[ \t]+(?:ngày[ \t]+)?)?\d{1,2}\/\d{1,2}(?:\/\d{4})?[ \t]*(?:[-\u2013]|đến(?:[ \t]+hết)?(?:[ \t]+ngày)?)[ \t]*(\d{1,2})\/(\d{1,2})\/(\d{4})[ \t.]*$/iu.exec(t);
  if (ds && Number(ds[2]) >= 1 && Number(ds[2]) <= 12 && Number(ds[1]) >= 1 && Number(ds[1]) <= 31) {
    return { kind: 'date', due: `${ds[3]}-${ds[2]!.padStart(2, '0')}-${ds[1]!.padStart(2, '0')}`, text: t, time: null, rule: 'deadline.cell-date-span' };
  }
  // "Năm 2025 - 2026", "Giai đoạn 2025-2030", "Từ năm 2013 đến năm 2015": a span of years is due at its end.
  const span = /^(?:(?:tu|trong)[ \t]+)?(?:(?:giai doan|nam)[ \t]+)?(20\d\d)[ \t]*(?:-|\u2013|den(?:[ \t]+het)?(?:[ \t]+nam)?)[ \t]*(20\d\d)[ \t.]*$/.exec(f);
  if (span && Number(span[2]) > Number(span[1])) return { kind: 'year', due: `${span[2]}-12-31`, text: t, time: null, rule: 'deadline.table-cell' };
  // "Theo kế hoạch (công tác hằng năm)", "Theo tiến độ ...": bound to another plan, no date of its own.
  if (/^theo\s/.test(f) && !/\d/.test(f)) return { kind: 'other', due: null, text: t, time: null, rule: 'deadline.table-cell' };
  // The phrase patterns want a cue word; a bare cell is a limit.
  const cued = /^(?:truoc|trong|den|chậm|cham|hoan thanh|han|vao|nam|quy|thang|ngay)/.test(f) && !/^(?:nam|quy|thang|ngay)/.test(f) ? f : `trong ${f}`;
  const off = cued.length - f.length;
  const found = findDeadlines(cued, 0, cued.length, ctx.year);
  if (!found.length) {
    const years = [...f.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
    if (years.length && f.replace(/[^a-z]/g, '').length < 4) {
      const y = Math.max(...years);
      return { kind: 'year', due: `${y}-12-31`, text: t, time: null, rule: 'deadline.table-cell' };
    }
    return { kind: 'other', due: null, text: t, time: null, rule: 'deadline.table-cell' };
  }
  const pad = ' '.repeat(off) + t;
  const d = toDeadline(found, pad, cued)!;
  // "Quý IV/2026, 2027": the work goes on into a later year, which ends it; both are kept.
  const later = /,[ \t]*(20\d\d)[ \t.]*$/.exec(t);
  if (later && d.due && Number(later[1]) > Number(d.due.slice(0, 4))) {
    const first = t.slice(0, later.index).trim();
    return {
      kind: 'year',
      due: `${later[1]}-12-31`,
      text: t,
      time: null,
      rule: 'deadline.table-cell',
      all: [
        { kind: d.kind, due: d.due, text: first },
        { kind: 'year', due: `${later[1]}-12-31`, text: later[1]! },
      ],
    };
  }
  return { ...d, text: t, span: undefined, rule: 'deadline.table-cell', ...(d.all ? { all: d.all.map((a) => ({ ...a, text: a.text.trim() })) } : {}) };
}

/** Read every task table in [from, to). */
export function findTableTasks(ctx: TableContext): TableResult {
  const bars = barTables(ctx);
  const inBars = (l: VLine) => bars.spans.some((sp) => l.start < sp.end && l.end > sp.start);
  const ls = visualLines(ctx.text, ctx.from, ctx.to, ctx.words);
  const tasks: Task[] = [];
  const regions: Span[] = [...bars.regions];
  // Lines of tables read as no task: the readers below may read them.
  const empty: Span[] = [];
  for (let li = 0; li < ls.length; li++) {
    if (inBars(ls[li]!)) continue;
    const h = headerAt(ctx, ls, li);
    if (!h) continue;
    const { rows, end: last } = readRows(ctx, ls, h);
    let end = last;
    if (!rows.length) {
      li = h.last;
      continue;
    }
    let read = rowsToTasks(ctx, rows, tasks.length, bothRoles(h.cols));
    // table.cells-by-count: cells in order, when the body's columns did not fall under the labels (fewer leads read).
    const counted = h.mode === 'space' ? countedAt(ctx, ls, h.last, tasks.length) : undefined;
    if (counted && counted.tasks.filter((t) => t.lead.length).length > read.filter((t) => t.lead.length).length) {
      read = counted.tasks;
      end = Math.max(end, counted.end);
    }
    tasks.push(...read);
    // The cells the table took (in a table read from boxes, its lines need not be runs of the text).
    for (let k = h.first; k <= end; k++) for (const c of ls[k]!.cells) (read.length ? regions : empty).push({ start: c.start, end: c.end });
    li = end;
  }
  // table.cell-lines: a table whose every cell is a line of its own (a text layer's cells in column order).
  const inTables = (l: VLine) => regions.some((r) => l.start < r.end && l.end > r.start);
  for (const read of [cellLineTables, countedTables, pastedTables]) {
    const more = read(ctx, ls.filter((l) => !inBars(l) && !inTables(l)));
    if (!more.tasks.length) continue;
    tasks.push(...more.tasks);
    regions.push(...more.regions);
    tasks.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  }
  regions.push(...empty);
  if (!bars.tasks.length) return { tasks, regions };
  // Tables of both kinds: in the order of the text.
  const all = [...tasks, ...bars.tasks].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { tasks: all, regions };
}

const barText = (ctx: Pick<TableContext, 'text'>, c: BarCell) => c.lines.map((l) => ctx.text.slice(l.start, l.end)).join(' ');
/** A header label: a short cell. */
const isLabel = (ctx: Pick<TableContext, 'text'>, c: BarCell) => c.lines.length > 0 && c.lines.length <= 4 && barText(ctx, c).split(/\s+/).length <= 9;

/** A header row of a table converted one cell a line, ending at cell `j` (the row's end): its columns, or none. */
function barHeader(ctx: TableContext, bc: BarCell[], j: number): { cols: Column[]; first: number } | undefined {
  let a = j;
  while (a > 0 && isLabel(ctx, bc[a - 1]!)) a--;
  if (j - a < 3) return undefined;
  // The run's first cells may be text before the table (a title, the appendix's heading): labels only, from the
  // number column's label when there is one ("TT", "STT").
  let found: { cols: Column[]; first: number } | undefined;
  for (let first = a; j - first >= 3; first++) {
    const cols: Column[] = bc.slice(first, j).map((c, k) => ({ role: 'other' as Role, x0: k, x1: k, label: barText(ctx, c) }));
    if (!roleOf(cols[0]!.label)) continue;
    // Labels, not a row of short cells: most name a column, three of them by a strong word.
    const strong = cols.filter((c) => roleOf(c.label, true)).length;
    if (strong < 3 || cols.filter((c) => roleOf(c.label)).length < cols.length * 0.6) continue;
    if (!assignRoles(cols)) continue;
    if (cols[0]!.role === 'stt') return { cols, first };
    found ??= { cols, first };
  }
  return found;
}

/** Tables converted one cell a line between bar lines (a web page's table as a crawler extracts it): each cell
 *  between "|" lines, one after another; a row ends with an empty cell (two bars in a row), an empty cell is one
 *  more; merged cells are left out, so a row may have fewer cells than the header. */
function barTables(ctx: TableContext): { tasks: Task[]; regions: Span[]; spans: Span[] } {
  const bc = barCells(ctx.text, ctx.from, ctx.to);
  const tasks: Task[] = [];
  const regions: Span[] = [];
  const spans: Span[] = [];
  for (let j = 0; j < bc.length; j++) {
    if (bc[j]!.lines.length || !j || !bc[j - 1]!.lines.length) continue;
    const h = barHeader(ctx, bc, j);
    if (!h) continue;
    const { rows, end } = barRows(ctx, bc, j, h.cols);
    if (!rows.length) continue;
    tasks.push(...rowsToTasks(ctx, rows, tasks.length, bothRoles(h.cols)));
    const span = { start: bc[h.first]!.start, end: bc[end]!.end };
    spans.push(span);
    for (let k = h.first; k <= end; k++) for (const l of bc[k]!.lines) regions.push(l);
    j = end;
  }
  return { tasks, regions, spans };
}

/** Whether a cell's text may stand in a column: a deadline says when, a lead or coordinators name bodies. */
export function fits(ctx: TableContext, role: Role, t: string): boolean {
  if (role === 'deadline') {
    const f = fold(t.toLowerCase());
    return /\d/.test(f) || /(?:^|[^a-z])(?:sau|khi|theo|truoc|trong|den|tu|giai doan|dinh ky|thuong xuyen|hang|nam|quy|thang|tuan)(?![a-z])/.test(f);
  }
  if (role === 'lead' || role === 'coordinate') {
    const l = agencyList(t, fold(t), 0, ctx.gaz, t.length);
    return l.items.length > 0 && !!l.items[0]!.span && l.items[0]!.span.start <= 4;
  }
  return true;
}

/** The rows of a table converted one cell a line, from its header's end (cell `from`) to the cell it ends at. */
function barRows(ctx: TableContext, bc: BarCell[], from: number, cols: Column[]): { rows: Row[]; end: number } {
  const n = cols.length;
  const sttCol = cols.findIndex((c) => c.role === 'stt');
  const actionCol = Math.max(0, cols.findIndex((c) => c.role === 'action'));
  const rows: Row[] = [];
  let cur: { row: Row; filled: number } | undefined;
  let empties = 0;
  let end = from;
  let numberedRow: string | undefined;
  const close = () => {
    if (cur && cur.filled < n) cur.row.absent = new Set(cols.slice(cur.filled).map((c) => c.role));
    cur = undefined;
  };
  const put = (col: number, pieces: Span[]) => {
    if (!cur || col >= n || !pieces.length) return;
    const role = cols[col]!.role;
    (cur.row.cells.get(role) ?? cur.row.cells.set(role, []).get(role)!).push(...pieces);
    cur.row.start = Math.min(cur.row.start, pieces[0]!.start);
    cur.row.end = Math.max(cur.row.end, pieces[pieces.length - 1]!.end);
    cur.filled = col + 1;
  };
  for (let i = from; i < bc.length; i++) {
    const c = bc[i]!;
    if (!c.lines.length) {
      empties++;
      continue;
    }
    // The text after the last bar ends the row it follows, if that row is not complete.
    if (c.open && !(cur && !empties && cur.filled < n)) break;
    const t = barText(ctx, c);
    const lineText = (k: number) => ctx.text.slice(c.lines[k]!.start, c.lines[k]!.end);
    // The end of the table: the signature's recipients, the next appendix, prose.
    if (c.lines.length > 25 || c.lines.some((_, k) => /^(?:PH[UỤ]\s+L[UỤ]C\b|N[oơ]i\s+nh[aậ]n\s*:|(?:TM|KT|TL|TUQ)\.\s)/u.test(lineText(k)))) break;
    let seg = 0;
    while (i + seg < bc.length && bc[i + seg]!.lines.length) seg++;
    // Another table's header.
    if (empties && seg >= 3 && i + seg < bc.length && barHeader(ctx, bc, i + seg)) break;
    // A rule or a dotted line between two parts of the table (the page left rows out): the row before ends.
    if (!/[\p{L}\p{N}]/u.test(t)) {
      close();
      empties = 0;
      end = i;
      continue;
    }
    const head = lineText(0).trim();
    // A group row's number may share its cell with the title ("I." over "NÂNG CAO ...", "II. HOÀN THIỆN ...").
    const glued = sttCol >= 0 && seg === 1 ? /^(?:[IVX]{1,5}|[A-ZĐ])\.\s+(?=\p{Lu})/u.exec(head) : null;
    const numbered = sttCol >= 0 && (RE_STT.test(head) || !!glued);
    // After empty cells, the segment goes on the row when it fits there (that many cells, each in keeping with its
    // column), else a row starts (the boundary was one of the empty cells).
    const fitsHere = () => {
      for (let k = 0; k < seg; k++) if (!fits(ctx, cols[cur!.filled + empties + k]!.role, barText(ctx, bc[i + k]!))) return false;
      return true;
    };
    const same = cur && !numbered && cur.filled < n && (empties === 0 || (cur.filled + empties + seg <= n && fitsHere()));
    if (same) {
      put(cur!.filled + empties, c.lines);
    } else {
      close();
      if (numbered) {
        const stt = (glued ? glued[0] : head).trim().replace(/[.)]$/, '');
        cur = { row: { stt, cells: new Map(), start: c.lines[0]!.start, end: c.lines[0]!.end }, filled: sttCol + 1 };
        rows.push(cur.row);
        const rest = glued ? [{ start: c.lines[0]!.start + glued[0].length, end: c.lines[0]!.end }, ...c.lines.slice(1)] : c.lines.slice(1);
        put(sttCol + 1, rest);
        if (!/^(?:[IVX]{1,5}|[A-ZĐ])$/.test(stt)) numberedRow = stt;
        else numberedRow = undefined;
      } else {
        // A row without a number: under a numbered row, its number cell is merged with that row's.
        cur = { row: { stt: '', cells: new Map(), start: c.lines[0]!.start, end: c.lines[0]!.end, under: numberedRow }, filled: actionCol };
        rows.push(cur.row);
        put(actionCol, c.lines);
      }
    }
    empties = 0;
    end = i;
  }
  close();
  return { rows, end };
}

type Placed = { c: Cell; col: number }[];
type Entry = { kind: 'start'; k: number; stt: string; glued: number; placed: Placed } | { kind: 'content'; k: number; placed: Placed } | { kind: 'gap' };

/** The number of a roman section heading in capitals ("III. TỔ CHỨC THỰC HIỆN"), else 0. */
function sectionNumber(line: string): number {
  const m = /^\s*([IVX]{1,5})\.\s+\p{Lu}[\p{Lu}\s,]*$/u.exec(line);
  return m ? (ROMAN[m[1]!.toLowerCase()] ?? 0) : 0;
}

/** The section after the one that holds the table: the number of the nearest roman heading above its header, plus one. */
function nextSection(ls: VLine[], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 300); k--) {
    const m = /^\s*([IVX]{1,5})\.\s+\p{Lu}/u.exec(ls[k]!.text);
    if (m) return (ROMAN[m[1]!.toLowerCase()] ?? -1) + 1;
  }
  return 0;
}

function readRows(ctx: TableContext, ls: VLine[], h: Header): { rows: Row[]; end: number } {
  const { cols, mode, tol } = h;
  const sttCol = cols.findIndex((c) => c.role === 'stt');
  const actionCol = cols.findIndex((c) => c.role === 'action');
  const first = sttCol >= 0 ? sttCol : 0;
  const entries: Entry[] = [];
  let end = h.last;
  let blanks = 0;
  // A table converted one cell a line (after a header row of tabs or bars): a line holding only a number starts a
  // row, and the lines after it fill its columns in order.
  const firstLine = ls.slice(h.last + 1).find((l) => l.text.trim());
  if (mode === 'index' && firstLine && firstLine.mode !== 'index' && RE_STT.test(firstLine.text.trim())) return cellPerLine(ctx, ls, h, first);
  const headerKey = fold(cols.map((c) => c.label).join(' ')).replace(/\s+/g, '');
  const squash = (t: string) => fold(t.toLowerCase()).replace(/\s+/g, '');
  const inLabel = (c: Cell) => {
    const t = squash(ctx.text.slice(c.start, c.end));
    return t.length > 0 && squash(cols[nearestColumn(cols, c)]!.label).includes(t);
  };
  // (Labels set closer than a cell gap are cut as the header's were: table.header-labels-glued.)
  const labelsOf = (l: VLine) => l.cells.flatMap((c) => (mode === 'box' ? labelPieces(ctx, c, cols.map((x) => x.x0), l.h) : [c]));
  const next = nextSection(ls, h.first);
  for (let k = h.last + 1; k < ls.length; k++) {
    const l = ls[k]!;
    // table.ends-at-section: the document's next roman section ("III. TỔ CHỨC THỰC HIỆN" after the table of "II. ...").
    if (next && l.cells.length === 1 && sectionNumber(l.text) === next) break;
    if (!l.text.trim() || l.text.trim() === '\f') {
      if (++blanks > 6 && mode === 'index') break;
      entries.push({ kind: 'gap' });
      continue;
    }
    // A header repeated on the next page, a column-number row "(1) (2) (3)", a page number, a rule row.
    const key = fold(l.text).replace(/\s+/g, '');
    if (key.length > 6 && headerKey.includes(key)) continue;
    if (l.cells.length >= 3 && l.cells.every((c) => /^\(?\d{1,2}\)?$/.test(ctx.text.slice(c.start, c.end).trim()))) continue;
    if (mode === 'index' && l.mode !== 'index') {
      // table.group-line: a group row written as a line of its own, its merged cell without tabs ("I. Lĩnh vực kinh tế",
      // "B. NHIỆM VỤ CỤ THỂ"), over a numbered row of tabs: a group, the table goes on.
      const raw = ctx.text.slice(l.start, l.end);
      const g = /^\s*([IVX]{1,5}|[A-ZĐ])[.)]?[ \t]+(?=\p{Lu})/u.exec(raw);
      const nl = ls.slice(k + 1).find((x) => x.text.trim());
      const nc = nl?.cells[0];
      if (!g || raw.trim().length > 160 || nl?.mode !== 'index' || !nc || !RE_STT.test(ctx.text.slice(nc.start, nc.end).trim())) break;
      entries.push({ kind: 'start', k, stt: g[1]!, glued: g[0].length, placed: [{ c: { start: l.start, end: l.start + raw.trimEnd().length, x0: 0, x1: 0 }, col: first }] });
      blanks = 0;
      end = k;
      continue;
    }
    if (/^[-=+:|\s\t]+$/.test(l.text)) continue;
    if (/^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/.test(l.text) && mode !== 'index' && l.cells.length === 1) {
      entries.push({ kind: 'gap' });
      continue;
    }
    if (/^\s*n[oơ]i\s+nh[aậ]n\s*:/iu.test(l.text)) break;
    // table.ends-at-signature: the signature block under a table in the body ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC").
    if (mode !== 'index' && /^\s*(?:TM|KT|TL|TUQ|Q|T\/M)\.?[ \t]+\p{Lu}{2}/u.test(l.text) && !/\p{Ll}/u.test(l.text)) break;
    // The next appendix, or another table's header, ends this one.
    if (/^\s*PH[UỤ]\s+L[UỤ]C\b/u.test(l.text)) break;
    // table.header-again: the header repeated at the top of the next page, its labels wrapped as they were ("Cơ quan
    // chủ" over "trì"): each piece sits in the label of the column nearest it; the rows go on under it.
    if (mode !== 'index' && l.page !== ls[h.first]!.page && l.cells.length >= 2 && labelsOf(l).every(inLabel)) {
      while (k + 1 < ls.length && ls[k + 1]!.page === l.page && ls[k + 1]!.cells.length && labelsOf(ls[k + 1]!).every(inLabel)) k++;
      end = k;
      continue;
    }
    if (isHeaderish(ctx, l) && new Set(l.cells.map((c) => roleOf(ctx.text.slice(c.start, c.end), true)).filter(Boolean)).size >= 2) break;
    const cells = mode === 'space' && l.mode === 'space' ? splitGlued(ctx, cols, l.cells, tol) : mode === 'box' && l.mode === 'box' ? splitAtColumns(ctx, cols, l.cells, tol, !!l.columns) : l.cells;
    const placed = cells.map((c) => ({ c, col: columnOf(cols, c, l.mode === 'index' ? 'index' : mode, tol) }));
    const head = placed[0];
    const headText = head ? ctx.text.slice(head.c.start, head.c.end).trim() : '';
    // A number in a narrow first column may sit a little to the right of it.
    // So may a number glued to the task ("15 kiệt, ô nhiễm ...") or a sub-group's ("II.4 Bảo vệ ..."), left of the
    // task column.
    const gluedHead = /^(?:\d{1,3}|[IVX]{1,5}\.\d{1,2})\.?\s+\S/.test(headText) && head!.c.x0 < cols[first + 1]!.x0;
    const subGroup = /^[IVX]{1,5}\.\d{1,2}\.?\s+\p{Lu}/u.test(headText);
    const nearFirst = head && head.col === first + 1 && sttCol === first && (RE_STT.test(headText) ? head.c.x1 <= cols[first + 1]!.x0 + tol + 2 : gluedHead) && (l.cells.length > 1 || subGroup);
    if (nearFirst) head.col = first;
    const sttText = head && head.col === first ? headText : '';
    // Prose after the table: a long line starting at the left edge, not under the task column.
    if (mode !== 'index' && !RE_STT.test(sttText) && !(subGroup && gluedHead) && placed.length === 1 && head && head.col === first && first !== actionCol && ctx.text.slice(head.c.start, head.c.end).length > 40) break;
    blanks = 0;
    const glued = mode !== 'index' && !RE_STT.test(sttText) ? /^(?:\d{1,3}|[IVX]{1,5}\.\d{1,2})\.?\s+/.exec(sttText) : null;
    const starts = mode === 'index' ? RE_STT.test(sttText) || (sttCol < 0 && l.cells.some((x) => x.end > x.start)) : RE_STT.test(sttText) || !!glued;
    // A row of cells (tabs, bars) without a number but with its own task and lead: a row under the numbered one above.
    const filled = (role: Role) => placed.some(({ c, col }) => col >= 0 && cols[col]!.role === role && c.end > c.start);
    // table.continued-cells: not when its lead or partners' cell goes on in lower case ("và Môi trường"): the lines of the
    // row above, its cells wrapped.
    const lower = (role: Role) => placed.some(({ c, col }) => col >= 0 && cols[col]!.role === role && /^\s*\p{Ll}/u.test(ctx.text.slice(c.start, c.end)));
    const under = !starts && mode === 'index' && l.mode === 'index' && sttCol >= 0 && !sttText && filled('action') && filled('lead') && !lower('lead') && !lower('coordinate') && !lower('action') && entries.some((e) => e.kind === 'start');
    if (under) entries.push({ kind: 'start', k, stt: '', glued: 0, placed });
    else if (starts) entries.push({ kind: 'start', k, stt: (glued ? glued[0] : sttText).trim().replace(/[.)]$/, ''), glued: glued ? glued[0].length : 0, placed });
    else entries.push({ kind: 'content', k, placed });
    end = k;
  }
  const isGroup = (stt: string) => /^(?:[IVX]{1,5}|[A-ZĐ])(?:\.\d{1,2})?$/.test(stt);
  // Rows whose number sits in the middle of their lines (a layout dump of a table with cells centred vertically):
  // lines before the first numbered row belong to it.
  const firstRow = entries.findIndex((e) => e.kind === 'start' && !isGroup(e.stt));
  let lastStart = -1;
  for (let i = 0; i < firstRow; i++) if (entries[i]!.kind === 'start') lastStart = i;
  const centred = mode !== 'index' && firstRow > 0 && entries.slice(lastStart + 1, firstRow).some((e) => e.kind === 'content');
  // Which row each content line goes to.
  const owner = new Map<number, number>();
  const startsAt = entries.map((e, i) => (e.kind === 'start' ? i : -1)).filter((i) => i >= 0);
  let prev = -1;
  for (const si of [...startsAt, entries.length]) {
    const run = entries.slice(prev + 1, si).map((e, j) => ({ e, i: prev + 1 + j }));
    const prevGroup = prev < 0 || isGroup((entries[prev] as { stt: string }).stt);
    let split = run.length;
    if (centred && si < entries.length && !isGroup((entries[si] as { stt: string }).stt)) {
      if (prevGroup) split = 0;
      else {
        // The widest gap between two numbered rows divides their lines; without one, the middle.
        let best = -1;
        let bestLen = 0;
        for (let j = 0; j < run.length; ) {
          if (run[j]!.e.kind !== 'gap') {
            j++;
            continue;
          }
          let n = j;
          while (n < run.length && run[n]!.e.kind === 'gap') n++;
          if (n - j >= bestLen) {
            bestLen = n - j;
            best = n;
          }
          j = n;
        }
        split = best >= 0 ? best : Math.ceil(run.length / 2);
      }
    }
    run.forEach(({ i }, j) => owner.set(i, j < split ? prev : si));
    prev = si;
  }
  const rows: Row[] = [];
  const rowOf = new Map<number, Row>();
  for (const si of startsAt) {
    const e = entries[si] as Extract<Entry, { kind: 'start' }>;
    const l = ls[e.k]!;
    const row: Row = { stt: e.stt, cells: new Map(), start: l.start, end: l.end, ...(e.stt ? {} : { under: '' }) };
    rows.push(row);
    rowOf.set(si, row);
  }
  const add = (row: Row, role: Role, span: Span) => (row.cells.get(role) ?? row.cells.set(role, []).get(role)!).push(span);
  entries.forEach((e, i) => {
    if (e.kind === 'gap') return;
    const row = e.kind === 'start' ? rowOf.get(i) : rowOf.get(owner.get(i) ?? -1);
    if (!row) return;
    const l = ls[e.k]!;
    row.start = Math.min(row.start, l.start);
    row.end = Math.max(row.end, l.end);
    for (const { c, col } of e.placed) {
      if (col < 0) continue;
      if (e.kind === 'start' && c === e.placed[0]!.c) {
        // The number's own cell; or the number glued to the task in a text line ("1 Xây dựng ...").
        if (e.glued) add(row, cols[actionCol]?.role ?? 'action', { start: c.start + e.glued, end: c.end });
        else if (sttCol < 0 && mode === 'index') add(row, cols[col]!.role, { start: c.start, end: c.end });
        continue;
      }
      add(row, cols[col]!.role, { start: c.start, end: c.end });
    }
  });
  // Keep the pieces of each cell in reading order: on a page, top to bottom (table.box-piece-order: a text layer may
  // put a justified cell's lines out of order, "xây" before the next cell's words and "dựng" after them).
  const placed = (sp: Span) => (mode === 'box' && ctx.words ? wordsIn(ctx.words, sp.start, sp.end)[0] : undefined);
  for (const r of rows) {
    for (const p of r.cells.values()) {
      p.sort((a, b) => {
        const wa = placed(a);
        const wb = placed(b);
        if (!wa || !wb) return a.start - b.start;
        if (wa.page !== wb.page || Math.abs(wa.y0 - wb.y0) >= Math.min(wa.h, wb.h) * 0.5) return wa.page - wb.page || wa.y0 - wb.y0;
        return wa.x0 - wb.x0;
      });
    }
  }
  return { rows, end };
}

/** table.box-cell-at-column: two cells of a page's line whose texts stand closer than the gap that parts cells (a
 *  full cell, its padding narrow: "Sở Khoa học và Công" | "Sở Nông nghiệp ..."), read as one: cut where a word starts at
 *  a later column's start, the word before it ending left of that start. */
function splitAtColumns(ctx: TableContext, cols: Column[], cells: Cell[], tol: number, exact = false): Cell[] {
  if (!ctx.words) return cells;
  const out: Cell[] = [];
  for (const c of cells) {
    const ws = wordsIn(ctx.words, c.start, c.end);
    let cur = c;
    let from = 0;
    for (let i = 1; i < cols.length; i++) {
      const s = cols[i]!.x0;
      if (cur.x0 >= s - tol || cur.x1 <= s + tol) continue;
      // On a page of justified cells (table.box-justified) the columns' starts are exact: a word of a line across
      // them (a group's title) that only comes near one starts no cell.
      const at = (x: number) => (exact ? Math.abs(x - s) <= 0.2 : x >= s - 2 && x <= s + tol);
      const k = ws.findIndex((w, j) => j > from && at(w.x0) && ws[j - 1]!.x1 <= s);
      if (k < 0) continue;
      out.push({ start: cur.start, end: ws[k - 1]!.end, x0: cur.x0, x1: ws[k - 1]!.x1 });
      cur = { start: ws[k]!.start, end: cur.end, x0: ws[k]!.x0, x1: cur.x1 };
      from = k;
    }
    out.push(cur);
  }
  return out;
}

// A time at the end of a cell: "2026 - 2030", "Trước ngày 15/10/2026", "Quý IV/2026", "Năm 2027".
const RE_TIME_TAIL = /(?:^|\s)((?:(?:trước|trong|đến|hoàn thành)\s+)?(?:(?:ngày|tháng|năm|quý)\s+)?(?:[IV]{1,3}\/|\d{1,2}\/(?:\d{1,2}\/)?)?20\d\d(?:\s*[-–]\s*20\d\d)?)$/iu;

/** Cells of a layout dump that the tool wrote one space apart: a task's line that runs into the lead column (split
 *  where a body's name starts near it), a deadline after another column's text (split it off). */
function splitGlued(ctx: TableContext, cols: Column[], cells: Cell[], tol: number): Cell[] {
  const leadCol = cols.findIndex((c) => c.role === 'lead');
  const dlCol = cols.findIndex((c) => c.role === 'deadline');
  const cut = (c: Cell, at: number, x0?: number): [Cell, Cell] => [
    { start: c.start, end: c.start + at, x0: c.x0, x1: c.x0 + at },
    { start: c.start + at + 1, end: c.end, x0: Math.max(c.x0 + at + 1, x0 ?? 0), x1: c.x1 },
  ];
  const out: Cell[] = [];
  for (const c of cells) {
    let rest = c;
    const col = columnOf(cols, c, 'space', tol);
    // A body's name a little left of the lead column, on a line of its own there: the lead, laid out of line.
    const actionX = cols.find((k) => k.role === 'action')?.x0 ?? 0;
    if (leadCol > 0 && col < leadCol && ['action', 'other'].includes(cols[col]!.role) && c.x0 >= cols[leadCol]!.x0 - 6 && c.x0 > actionX + 20) {
      const t = ctx.text.slice(c.start, c.end);
      const l = agencyList(t, fold(t), 0, ctx.gaz, t.length);
      if (l.items[0]?.span?.start === 0 && /^\p{Lu}/u.test(t)) {
        out.push({ ...c, x0: cols[leadCol]!.x0 });
        continue;
      }
    }
    if (leadCol > 0 && col < leadCol && cols[col]!.role === 'action' && c.x1 > cols[leadCol]!.x0 + tol) {
      const t = ctx.text.slice(c.start, c.end);
      const x = cols[leadCol]!.x0 - c.x0;
      for (let i = Math.max(1, x - 12); i <= Math.min(t.length - 2, x + 2); i++) {
        if (t[i] !== ' ' || !/^\p{Lu}/u.test(t.slice(i + 1))) continue;
        const r = t.slice(i + 1);
        const l = agencyList(r, fold(r), 0, ctx.gaz, r.length);
        if (l.items[0]?.span && l.items[0].span.start === 0) {
          const [a, b] = cut(c, i, cols[leadCol]!.x0);
          out.push(a);
          rest = b;
          break;
        }
      }
    }
    // The lead's line runs into the next column, a person's ("Đảng ủy HĐND Đồng chí ..."): split before the person.
    const colL = columnOf(cols, rest, 'space', tol);
    const next = cols[colL + 1];
    if (cols[colL]!.role === 'lead' && next && rest.x1 > next.x0 + tol) {
      const t = ctx.text.slice(rest.start, rest.end);
      const x = next.x0 - rest.x0;
      for (let i = Math.max(1, x - 12); i <= Math.min(t.length - 2, x + 6); i++) {
        if (t[i] === ' ' && /^(?:Đồng chí|Ông|Bà)\s/u.test(t.slice(i + 1))) {
          const [a, b] = cut(rest, i, next.x0);
          out.push(a);
          rest = b;
          break;
        }
      }
    }
    const col2 = columnOf(cols, rest, 'space', tol);
    // (A task's text may end in years, "giai đoạn 2026 - 2030"; not when it runs past the lead column's start.)
    const overruns = leadCol > col2 && rest.x1 > cols[leadCol]!.x0 + tol;
    if (dlCol > 0 && col2 < dlCol && (cols[col2]!.role !== 'action' || overruns) && cols[col2]!.role !== 'stt') {
      const t = ctx.text.slice(rest.start, rest.end);
      const m = RE_TIME_TAIL.exec(t);
      // A cell that is a time alone, left of the deadline column: the deadline, laid out of line.
      if (m && m.index === 0 && m[1]!.length === t.length) {
        out.push({ ...rest, x0: Math.max(rest.x0, cols[dlCol]!.x0) });
        continue;
      }
      if (m && m.index > 0) {
        const [a, b] = cut(rest, m.index, cols[dlCol]!.x0);
        out.push(a, b);
        continue;
      }
    }
    out.push(rest);
  }
  return out;
}

function cellPerLine(ctx: TableContext, ls: VLine[], h: Header, first: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let cur: Row | undefined;
  let col = 0;
  let end = h.last;
  for (let k = h.last + 1; k < ls.length; k++) {
    const l = ls[k]!;
    const t = l.text.trim();
    if (!t) continue;
    if (/^\s*n[oơ]i\s+nh[aậ]n\s*:/iu.test(t) || /^PH[UỤ]\s+L[UỤ]C\b/u.test(t) || l.mode === 'index') break;
    if (RE_STT.test(t)) {
      cur = { stt: t.replace(/[.)]$/, ''), cells: new Map(), start: l.start, end: l.end };
      rows.push(cur);
      col = first + 1;
    } else if (cur) {
      // Lines past the last column: the second paragraphs of the row's cells, in their order (a Word table's cell
      // of two paragraphs, converted one cell a line).
      if (col >= h.cols.length) col = first + 1;
      const c = h.cols[col]!;
      (cur.cells.get(c.role) ?? cur.cells.set(c.role, []).get(c.role)!).push({ start: l.start + (l.text.length - l.text.trimStart().length), end: l.start + l.text.trimEnd().length });
      col++;
      cur.end = l.end;
    } else break;
    end = k;
  }
  return { rows, end };
}

export function rowsToTasks(ctx: TableContext, rows: Row[], before: number, both = false): Task[] {
  const tasks: Task[] = [];
  let group = 0;
  let prevLead: AgencyItem[] = [];
  let prevDeadline: Task['deadline'] = null;
  let prevCoordinate: AgencyItem[] = [];
  let lastId = '';
  let sub = 0;
  for (const r of rows) {
    const action = piecesText(ctx.text, r.cells.get('action'));
    // table.group-empty-cells: a merged group row written with its empty cells ("I\tLĨNH VỰC ...\t\t\t") has no lead.
    const noLead = !r.cells.get('lead')?.some((p) => p.end > p.start);
    // "II.1 <heading>": a sub-group heads rows without giving them a level.
    if (/^[IVX]{1,5}\.\d{1,2}$/.test(r.stt) && noLead) continue;
    // A numbered row with no lead over lettered rows ("1 <heading>", "a) ...") heads them.
    const nextStt = rows[rows.indexOf(r) + 1]?.stt ?? '';
    // table.numbered-group: so does a numbered row with no lead over rows numbered under it ("1 <heading>", "1.1 ...").
    const isGroup = (/^(?:[IVX]{1,5}|[A-ZĐ])$/.test(r.stt) || (/^\d+$/.test(r.stt) && (/^[a-zđ]$/.test(nextStt) || nextStt.startsWith(`${r.stt}.`)))) && noLead;
    if (isGroup) {
      group = ROMAN[r.stt.toLowerCase()] ?? (/^\d+$/.test(r.stt) ? Number(r.stt) : group + 1);
      prevLead = [];
      prevDeadline = null;
      prevCoordinate = [];
      lastId = '';
      continue;
    }
    if (!action) continue;
    const own = leadCellRoles(ctx, r.cells.get('lead'));
    const roles = own ?? (both ? combinedRoles(ctx, r.cells.get('lead')) : undefined);
    let lead = roles?.lead ?? bodiesIn(ctx, r.cells.get('lead'));
    let leadRule = own ? 'table.lead-cell-roles' : roles ? 'table.combined-roles-header' : 'lead.table-column';
    // table.merged-lead-centred: a lead cell merged over the first rows of a table or group, its text set in their
    // middle: the first row's cell is empty, the next row holds the name.
    const next = rows[rows.indexOf(r) + 1];
    if (!lead.length && !prevLead.length && !r.cells.get('lead')?.length && next && next.stt && !own && !both) {
      const below = bodiesIn(ctx, next.cells.get('lead'));
      if (below.length && !leadCellRoles(ctx, next.cells.get('lead'))) {
        lead = below;
        leadRule = 'table.merged-lead-centred';
      }
    }
    // A merged lead cell spans the rows under it: the text sits in the first.
    if (!lead.length && prevLead.length) {
      lead = prevLead;
      leadRule = 'lead.table-merged';
    }
    prevLead = lead;
    let deadline = cellDeadline(ctx, r.cells.get('deadline'));
    if (!deadline && prevDeadline) deadline = prevDeadline;
    prevDeadline = deadline;
    let coordinate = bodiesIn(ctx, r.cells.get('coordinate'));
    for (const c of roles?.coordinate ?? []) if (!coordinate.some((o) => key(o.name) === key(c.name))) coordinate.push(c);
    // A coordinators' cell merged with the row above's.
    if (!coordinate.length && r.absent?.has('coordinate')) coordinate = prevCoordinate;
    prevCoordinate = coordinate;
    const letter = LETTERS.indexOf(r.stt);
    const n = /^\d+(?:\.\d+)*$/.test(r.stt) ? r.stt : letter >= 0 ? String(letter + 1) : String(tasks.length + before + 1);
    let id = group && !n.includes('.') ? `${group}.${n}` : n;
    // A row without a number under a numbered one: the next sub-number of that row.
    if (r.under !== undefined && lastId) id = `${lastId}.${++sub}`;
    else {
      lastId = id;
      sub = 0;
    }
    const words = action.split(' ');
    tasks.push({
      id,
      lead: lead.map((a) => ({ name: a.name, canonical: a.canonical, span: a.span })),
      coordinate: coordinate.map((a) => ({ name: a.name, canonical: a.canonical, span: a.span })),
      action: upperFirst((words.length > 60 ? words.slice(0, 60) : words).join(' ').replace(/[.;,:]+$/, '')),
      deadline,
      span: { start: r.start, end: r.end },
      rule: 'task.table',
      leadRule: lead.length ? leadRule : undefined,
    });
  }
  return tasks;
}
