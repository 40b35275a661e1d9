// table.cell-lines (issue 9, plans21): a table whose every cell is a line of its own, in column order, as a PDF's text
// layer or a converter gives it without layout: the header's labels one a line ("STT", "Nhiệm vụ", "Cơ quan chủ trì",
// ...), then per row its number alone on a line and its cells, a cell over several lines. Which line is which cell is
// read from what it says: the task runs to the first line that names a body (the lead), a line that says when is the
// deadline, a column whose cell is empty has no line at all.
import type { Span } from '../../layer.js';
import type { Task } from '../../schema.js';
import { agencyList, type AgencyItem } from '../agencies.js';
import { lexicon } from '../lexicon.js';
import { fold } from '../text.js';
import type { VLine } from './cells.js';
import { assignRoles, bothRoles, cellDeadline, fits, RE_STT, roleOf, rowsToTasks, type Column, type Role, type Row, type TableContext } from './table.js';

const trimmed = (l: VLine): Span => ({ start: l.start + (l.text.length - l.text.trimStart().length), end: l.start + l.text.trimEnd().length });
const single = (l: VLine) => l.mode === 'space' && l.cells.length === 1;
/** A line of the grid's dust: bars and dashes only. */
const DUST = /^[|\-–—_.,:;'"`~*]+$/;

/** The header at line `i`: three or more label lines in a row (most naming a column by a strong word). */
function header(ls: VLine[], i: number): { cols: Column[]; last: number } | undefined {
  const labels: string[] = [];
  let k = i;
  while (k < ls.length && (single(ls[k]!) || (labels.length > 0 && DUST.test(ls[k]!.text.trim()))) && labels.length < 9) {
    const t = ls[k]!.text.trim();
    // table.cell-lines-ocr: an OCR of the page leaves a bar of the grid alone on a line, and wraps a label ("Thời gian
    // hoàn" / "thành"): the bar is passed over, a line in small letters goes on with the label before it.
    if (labels.length && DUST.test(t)) {
      k++;
      continue;
    }
    if (labels.length && /^\p{Ll}/u.test(t) && t.split(/\s+/).length <= 3) {
      labels[labels.length - 1] += ` ${t}`;
      k++;
      continue;
    }
    if (t.split(/\s+/).length > 5 || !roleOf(t)) break;
    labels.push(t);
    k++;
  }
  while (k > i && DUST.test(ls[k - 1]!.text.trim())) k--;
  if (labels.length < 3 || labels.filter((t) => roleOf(t, true)).length < 3) return undefined;
  const cols: Column[] = labels.map((label, x) => ({ role: 'other' as Role, x0: x, x1: x, label }));
  if (!assignRoles(cols) || cols[0]!.role !== 'stt' || cols[1]!.role !== 'action') return undefined;
  return { cols, last: k - 1 };
}

/** Tables of cell lines among `ls` (text lines not in another table). */
export function cellLineTables(ctx: TableContext, ls: VLine[]): { tasks: Task[]; regions: Span[] } {
  const tasks: Task[] = [];
  const regions: Span[] = [];
  for (let i = 0; i < ls.length; i++) {
    const h = ls[i]!.text.trim() ? header(ls, i) : undefined;
    if (!h) continue;
    const key = h.cols.map((c) => c.label).join('|');
    const rows: { row: Row; lines: VLine[] }[] = [];
    let cur: { row: Row; lines: VLine[] } | undefined;
    let last = 0;
    let ran = 0;
    let end = h.last;
    for (let k = h.last + 1; k < ls.length; k++) {
      const l = ls[k]!;
      const t = l.text.trim();
      if (!t) continue;
      // The header again on the next page.
      if (t === h.cols[0]!.label && ls.slice(k, k + h.cols.length).map((x) => x.text.trim()).join('|') === key) {
        k += h.cols.length - 1;
        end = k;
        continue;
      }
      // (table.cell-lines-ocr: the grid's dust between cells is no cell.)
      if (DUST.test(t)) continue;
      if (!single(l) || t.length > 90 || /^(?:n[oơ]i\s+nh[aậ]n\s*:|PH[UỤ]\s+L[UỤ]C\b)/iu.test(t)) break;
      const num = /^(\d{1,3})\.?$/.exec(t);
      const group = /^([IVX]{1,5})\.?(?:\s+(\p{Lu}.*))?$/u.exec(t);
      // (Numbers may run on across groups: "I" 1 2 3, "II" 4 5.)
      if (num && (Number(num[1]) === last + 1 || Number(num[1]) === 1 || (last === 0 && Number(num[1]) === ran + 1))) {
        last = ran = Number(num[1]);
        cur = { row: { stt: num[1]!, cells: new Map(), start: l.start, end: l.end }, lines: [] };
        rows.push(cur);
      } else if (group && RE_STT.test(group[1]!)) {
        // A group row: its title on the same line or the next.
        let title = group[2] ? { start: l.start + l.text.indexOf(group[2]), end: l.start + l.text.trimEnd().length } : undefined;
        if (!title && ls[k + 1] && single(ls[k + 1]!) && /^\p{Lu}/u.test(ls[k + 1]!.text.trim())) title = trimmed(ls[++k]!);
        rows.push({ row: { stt: group[1]!, cells: new Map(title ? [['action', [title]]] : []), start: l.start, end: ls[k]!.end }, lines: [] });
        cur = undefined;
        last = 0;
      } else if (num) {
        // A page number between rows.
      } else if (!cur && rows.length && !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t) && !rows[rows.length - 1]!.lines.length && (rows[rows.length - 1]!.row.cells.get('action')?.length ?? 1) === 1) {
        // table.cell-lines-ocr: a group's title on a line of its own past dust, or wrapped onto the next, in capitals too.
        const g = rows[rows.length - 1]!.row;
        const at = g.cells.get('action')?.[0];
        g.cells.set('action', [{ start: at?.start ?? trimmed(l).start, end: trimmed(l).end }]);
        g.end = l.end;
      } else if (cur) cur.lines.push(l);
      else if (rows.length) break;
      end = k;
    }
    if (!rows.some((r) => r.lines.length)) continue;
    for (const { row, lines } of rows) if (lines.length) fill(ctx, h.cols.slice(1), row, lines);
    tasks.push(...rowsToTasks(ctx, rows.map((r) => r.row), tasks.length, bothRoles(h.cols)));
    for (let k = i; k <= end; k++) regions.push({ start: ls[k]!.start, end: ls[k]!.end });
    i = end;
  }
  return { tasks, regions };
}

/** Puts a row's lines in its columns, in order: a line goes on with the cell before it when that one is unfinished
 *  (ends in a comma, "và", a semicolon) or it starts in lower case; else it opens the first later column it fits. */
function fill(ctx: TableContext, cols: Column[], row: Row, lines: VLine[]): void {
  // (A deadline says when as a cell does, "Quý I/2027", "Thường xuyên": not a task's line that holds "quy" or "trong".)
  const fit = (role: Role, l: VLine) => (role === 'deadline' ? cellDeadline(ctx, [trimmed(l)]) !== null : role === 'lead' || role === 'coordinate' ? fits(ctx, role, l.text.trim()) : true);
  let ci = 0;
  let prev = '';
  lines.forEach((l, n) => {
    const t = l.text.trim();
    const goesOn = /(?:[,;(&-]|\svà|\scủa)$/u.test(prev) || /^\p{Ll}/u.test(t);
    // The task's first line is the task's; its later lines until one names a body or says when.
    const opens = n > 0 && !goesOn && (ci > 0 || cols.some((c) => (c.role === 'lead' || c.role === 'coordinate' || c.role === 'deadline') && fit(c.role, l)));
    if (opens) {
      const next = cols.findIndex((c, j) => j > ci && fit(c.role, l));
      if (next > ci) ci = next;
    }
    const role = cols[ci]!.role;
    (row.cells.get(role) ?? row.cells.set(role, []).get(role)!).push(trimmed(l));
    row.end = Math.max(row.end, l.end);
    prev = t;
  });
}

/** table.cells-by-count: an OCR'd or typed table whose cells stand two spaces or more apart but not under their labels:
 *  a row with as many cells as the header has labels (its number first) puts them in order; a line of fewer cells
 *  without a number goes on with the cell of the row above nearest it (a task wrapped under itself). */
export function countedTables(ctx: TableContext, ls: VLine[]): { tasks: Task[]; regions: Span[] } {
  const tasks: Task[] = [];
  const regions: Span[] = [];
  for (let i = 0; i < ls.length; i++) {
    const r = countedAt(ctx, ls, i, tasks.length);
    if (!r) continue;
    tasks.push(...r.tasks);
    for (let k = i; k <= r.end; k++) regions.push({ start: ls[k]!.start, end: ls[k]!.end });
    i = r.end;
  }
  return { tasks, regions };
}

/** The table of counted cells whose header is line `i`, if it is one: its tasks and last line. */
export function countedAt(ctx: TableContext, ls: VLine[], i: number, before: number): { tasks: Task[]; end: number } | undefined {
  const text = (l: VLine, j: number) => ctx.text.slice(l.cells[j]!.start, l.cells[j]!.end).trim();
  const hl = ls[i]!;
  if (hl.mode !== 'space' || hl.cells.length < 4) return undefined;
  const cols: Column[] = hl.cells.map((c, x) => ({ role: 'other' as Role, x0: x, x1: x, label: ctx.text.slice(c.start, c.end) }));
  if (cols.some((c) => c.label.split(/\s+/).length > 5) || cols.filter((c) => roleOf(c.label, true)).length < 3) return undefined;
  if (!assignRoles(cols) || cols[0]!.role !== 'stt' || cols[1]!.role !== 'action') return undefined;
  const rows: Row[] = [];
  let end = i;
  let blanks = 0;
  const add = (row: Row, role: Role, c: VLine['cells'][number]) => (row.cells.get(role) ?? row.cells.set(role, []).get(role)!).push({ start: c.start, end: c.end });
  let spaced: Row | undefined;
  for (let k = i + 1; k < ls.length; k++) {
    const l = ls[k]!;
    if (!l.text.trim()) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (l.mode !== 'space') break;
    const first = text(l, 0);
    const group = /^[IVX]{1,5}\.?$/.test(first) && l.cells.length === 2;
    if ((/^\d{1,3}\.?$/.test(first) && l.cells.length >= cols.length - 1 && l.cells.length <= cols.length) || group) {
      const row: Row = { stt: first.replace(/\.$/, ''), cells: new Map(), start: l.start, end: l.end };
      l.cells.slice(1).forEach((c, j) => add(row, cols[j + 1]!.role, c));
      rows.push(row);
    } else if (/^\d{1,3}\.?[ \t]+\p{Lu}/u.test(first) && l.cells.length < cols.length - 1 && (spaced = oneSpaced(ctx, cols, l))) {
      // table.cells-one-space: a row whose cells OCR put one space apart.
      rows.push(spaced);
    } else if (rows.length && !RE_STT.test(first) && l.cells.length < cols.length - 1 && l.cells[0]!.x0 > 0) {
      // A wrapped line: each of its cells under the nearest cell of the row's first line.
      const row = rows[rows.length - 1]!;
      const top = ls.find((x) => x.start === row.start)!;
      for (const c of l.cells) {
        let best = 1;
        for (let j = 1; j < top.cells.length; j++) if (Math.abs(top.cells[j]!.x0 - c.x0) < Math.abs(top.cells[best]!.x0 - c.x0)) best = j;
        add(row, cols[best]!.role, c);
      }
      row.end = l.end;
    } else break;
    end = k;
  }
  return rows.length ? { tasks: rowsToTasks(ctx, rows, before, bothRoles(cols)), end } : undefined;
}

let reNameStart: RegExp | undefined;
const RE_NAME_START = () =>
  (reNameStart ??= new RegExp(`(?<=[a-z])[ \\t](?=(cac|${(lexicon().agencyWords.get('head') ?? []).map((w) => w.join(' ')).sort((a, b) => b.length - a.length).join('|')})[ \\t]+([a-z]))`, 'g'));

/** The places in `t` where a name starts right after another word: a capitalised "Các ...", or a head noun and a capital. */
function nameStarts(t: string): number[] {
  const at: number[] = [];
  for (const m of fold(t).matchAll(RE_NAME_START())) {
    const head = m.index + 1;
    const next = head + m[1]!.length + (m[0].length - 1) + t.slice(head + m[1]!.length).search(/\S/);
    if (/\p{Lu}/u.test(t[head]!) && (m[1] === 'cac' || /\p{Lu}/u.test(t[next] ?? ''))) at.push(m.index);
  }
  return at;
}

// A time cell as printed, capitalised: "Quý I/2027", "Tháng 6 hằng năm", "2026-2030", "Trước 30/6", "Theo tiến độ", "Thường xuyên".
const RE_TIME_CELL = /(?:Quý[ \t]+[IV]{1,3}(?:[ \t]*[-,][ \t]*[IV]{1,3})?\/20\d\d|Tháng[ \t]+\d{1,2}(?:\/20\d\d|[ \t]+(?:hằng|hàng)[ \t]+năm|[ \t]+năm[ \t]+20\d\d)|(?:Năm[ \t]+|Giai đoạn[ \t]+)?20\d\d(?:[ \t]*[-–][ \t]*20\d\d)?|Trước[ \t]+(?:ngày[ \t]+)?\d{1,2}\/\d{1,2}(?:\/20\d\d)?|Theo[ \t]+tiến[ \t]+độ|Thường[ \t]+xuyên|(?:Hằng|Hàng)[ \t]+(?:năm|quý|tháng))/gu;

/** table.cells-one-space: a numbered line whose cells are one space apart ("1 Xây dựng ... Sở X Các sở, ngành Quý I/2027 Báo
 *  cáo"): the last time cell splits it, the product after it; before it, the bodies that run up to it (the first word from
 *  which the lexicon reads a list of bodies to the time): the lead, those after a list's first break without a mark the
 *  partners; the task before them. */
function oneSpaced(ctx: TableContext, cols: Column[], l: VLine): Row | undefined {
  const start = l.start + (l.text.length - l.text.trimStart().length);
  const t = ctx.text.slice(start, l.start + l.text.trimEnd().length);
  const num = /^(\d{1,3})\.?[ \t]+/.exec(t)!;
  const times = [...t.matchAll(RE_TIME_CELL)].filter((m) => m.index > num[0].length + 10);
  const time = times[times.length - 1];
  if (!time) return undefined;
  // Where one cell's name ends and the next starts with no mark: before a capitalised "Các", or a head noun and a capital ("Sở
  // Nội vụ Văn phòng UBND tỉnh"), after another word; a semicolon there (same length) lets the lexicon read them apart.
  const marks = nameStarts(t);
  const mark = (x: string) => [...x].map((ch, j) => (marks.includes(j) ? ';' : ch)).join('');
  const folded = mark(fold(t));
  const text = mark(t);
  let bodies: { from: number; items: AgencyItem[] } | undefined;
  for (const w of t.slice(0, time.index).matchAll(/(?<=[ \t])\p{Lu}/gu)) {
    if (w.index < num[0].length + 8) continue;
    const list = agencyList(text, folded, w.index, ctx.gaz, time.index - w.index);
    if (list.items.length && list.items[0]!.span && list.items[0]!.span.start === w.index && list.end >= time.index - 2) {
      bodies = { from: w.index, items: list.items };
      break;
    }
  }
  if (!bodies) return undefined;
  // Where the lead's cell ends: between the first two names with no mark between them.
  let cut = time.index;
  for (let j = 1; j < bodies.items.length; j++) {
    const a = bodies.items[j - 1]!.span!.end;
    const b = bodies.items[j]!.span!.start;
    if (!/[;,]/.test(t.slice(a, b))) {
      cut = b;
      break;
    }
  }
  const span = (a: number, b: number): Span => ({ start: start + a, end: start + t.slice(0, b).trimEnd().length });
  const cells = new Map<Role, Span[]>();
  const put = (role: Role | undefined, a: number, b: number) => role && t.slice(a, b).trim() && cells.set(role, [span(a, b)]);
  const has = (r: Role) => cols.some((c) => c.role === r);
  put('action', num[0].length, bodies.from);
  put('lead', bodies.from, cut);
  put(has('coordinate') ? 'coordinate' : undefined, cut, time.index);
  put(has('deadline') ? 'deadline' : undefined, time.index, time.index + time[0].length);
  put(has('product') ? 'product' : undefined, time.index + time[0].length, t.length);
  return { stt: num[1]!, cells, start: l.start, end: l.end };
}
