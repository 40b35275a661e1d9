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
import { lexicon } from '../lexicon.js';
import { clean, fold, ROMAN, upperFirst } from '../text.js';
import { visualLines, type Cell, type LineCells, type PlacedWord, type VLine } from './cells.js';

export type Role = 'stt' | 'action' | 'lead' | 'coordinate' | 'deadline' | 'product' | 'note' | 'other';

export interface TableContext {
  text: string;
  gaz: Gazetteer;
  from: number;
  to: number;
  year: number | null;
  words?: PlacedWord[];
  level?: string;
}

interface Column {
  role: Role;
  x0: number;
  x1: number;
  label: string;
}

/** A piece of a cell's text: the cell's text runs over several lines. */
type Pieces = Span[];

interface Row {
  stt: string;
  cells: Map<Role, Pieces>;
  start: number;
  end: number;
}

export interface TableResult {
  tasks: Task[];
  /** Line ranges the tables take: not read again as items. */
  regions: Span[];
}

const RE_STT = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,5}\.?|[A-ZĐ]\.?|[a-zđ][.)])$/;

/** The role of a header cell, from the lexicon's header words. */
function roleOf(label: string): Role | undefined {
  const k = fold(label.toLowerCase()).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!k) return undefined;
  for (const [role, words] of lexicon().tableHeaders) {
    if (words.some((w) => (w.startsWith('^') ? new RegExp(`${w}$`).test(k) : ` ${k} `.includes(` ${w} `)))) return role as Role;
  }
  return undefined;
}

/** Assign a cell to the column it sits under. */
function columnOf(cols: Column[], c: Cell, mode: LineCells['mode']): number {
  if (mode === 'index') return c.x0 < cols.length ? c.x0 : -1;
  // Borders halfway between the header cells; a cell belongs where its left edge falls.
  for (let i = cols.length - 1; i > 0; i--) {
    const border = (cols[i - 1]!.x1 + cols[i]!.x0) / 2;
    if (c.x0 >= border - (mode === 'space' ? 1 : 2)) return i;
  }
  return 0;
}

/** Header row at line `li`: at least three cells, two of them with known roles, one of them the task or its lead. */
function headerAt(ctx: TableContext, ls: VLine[], li: number): { cols: Column[]; mode: LineCells['mode']; last: number } | undefined {
  const lc = ls[li]!;
  if (lc.cells.length < 3) return undefined;
  const cols: Column[] = lc.cells.map((c) => ({ role: 'other' as Role, x0: c.x0, x1: c.x1, label: ctx.text.slice(c.start, c.end) }));
  // Header cells wrap: "Cơ quan" / "chủ trì" on the next line joins the column above.
  let last = li;
  if (lc.mode !== 'index') {
    for (let k = li + 1; k < Math.min(ls.length, li + 4); k++) {
      const next = ls[k]!;
      if (next.mode !== lc.mode || !next.cells.length || RE_STT.test(ctx.text.slice(next.cells[0]!.start, next.cells[0]!.end).trim())) break;
      if (next.cells.some((c) => ctx.text.slice(c.start, c.end).split(/\s+/).length > 4)) break;
      for (const c of next.cells) {
        const col = cols[columnOf(cols, c, lc.mode)]!;
        col.label += ' ' + ctx.text.slice(c.start, c.end);
      }
      last = k;
    }
  }
  const seen = new Set<Role>();
  for (const col of cols) {
    const r = roleOf(col.label);
    if (r && !seen.has(r)) {
      col.role = r;
      seen.add(r);
    }
  }
  const known = [...seen].filter((r) => r !== 'stt' && r !== 'note' && r !== 'other').length;
  if (known < 2 || !(seen.has('action') && (seen.has('lead') || seen.has('deadline') || seen.has('coordinate')))) return undefined;
  return { cols, mode: lc.mode, last };
}

function piecesText(text: string, p: Pieces | undefined): string {
  return p ? clean(p.map((s) => text.slice(s.start, s.end)).join(' ')) : '';
}

/** The text of a cell's pieces joined, with a map from its offsets back to the document. */
function joined(text: string, p: Pieces): { text: string; back(o: number): number } {
  let s = '';
  const starts: [number, number][] = [];
  for (const piece of p) {
    if (s) s += ' ';
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
export function bodiesIn(ctx: Pick<TableContext, 'text' | 'gaz'>, p: Pieces | undefined): AgencyItem[] {
  if (!p || !p.length) return [];
  const j = joined(ctx.text, p);
  const folded = fold(j.text);
  const items: AgencyItem[] = [];
  let at = 0;
  // Names run on over ",", ";", "và" and line breaks; a stray word between them is skipped.
  while (at < j.text.length) {
    while (at < j.text.length && /[\s,;.\-–+•]/.test(j.text[at]!)) at++;
    if (at >= j.text.length) break;
    const l = agencyList(j.text, folded, at, ctx.gaz, j.text.length - at);
    if (l.items.length) {
      items.push(...l.items);
      at = Math.max(l.end, at + 1);
      continue;
    }
    const next = j.text.slice(at).search(/[,;]/);
    at = next < 0 ? j.text.length : at + next + 1;
  }
  if (!items.length) {
    for (const m of j.text.matchAll(/[^,;\n]+/g)) {
      const name = clean(m[0]).replace(/[.]+$/, '');
      if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 12) items.push({ name, canonical: ctx.gaz.lookup(name)?.canonical ?? null, span: { start: j.back(m.index), end: j.back(m.index + m[0].length) } });
    }
    return items;
  }
  return items.map((i) => ({ ...i, name: upperFirst(i.name), span: { start: j.back(i.span.start), end: j.back(i.span.end) } }));
}

/** A deadline cell: "Quý II/2025", "Tháng 6 năm 2025", "31/12/2025", "Năm 2025", "Thường xuyên", "2025-2026". */
export function cellDeadline(ctx: Pick<TableContext, 'text' | 'year'>, p: Pieces | undefined): Task['deadline'] {
  const t = piecesText(ctx.text, p);
  if (!t) return null;
  const f = fold(t.toLowerCase());
  if (/^(?:hang nam,?\s*)?thuong xuyen|^hang (?:nam|quy|thang)$/.test(f)) return { kind: 'recurring', due: null, text: t, time: null, rule: 'deadline.table-cell' };
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
  return { ...d, text: t, span: undefined, rule: 'deadline.table-cell', ...(d.all ? { all: d.all.map((a) => ({ ...a, text: a.text.trim() })) } : {}) };
}

/** Read every task table in [from, to). */
export function findTableTasks(ctx: TableContext): TableResult {
  const ls = visualLines(ctx.text, ctx.from, ctx.to, ctx.words);
  const tasks: Task[] = [];
  const regions: Span[] = [];
  for (let li = 0; li < ls.length; li++) {
    const h = headerAt(ctx, ls, li);
    if (!h) continue;
    const { rows, end } = readRows(ctx, ls, h);
    if (!rows.length) continue;
    tasks.push(...rowsToTasks(ctx, rows, tasks.length));
    // The cells the table took (in a table read from boxes, its lines need not be runs of the text).
    for (let k = li; k <= end; k++) for (const c of ls[k]!.cells) regions.push({ start: c.start, end: c.end });
    li = end;
  }
  return { tasks, regions };
}

function readRows(ctx: TableContext, ls: VLine[], h: { cols: Column[]; mode: LineCells['mode']; last: number }): { rows: Row[]; end: number } {
  const { cols, mode } = h;
  const sttCol = cols.findIndex((c) => c.role === 'stt');
  const actionCol = cols.findIndex((c) => c.role === 'action');
  const first = sttCol >= 0 ? sttCol : 0;
  const rows: Row[] = [];
  let cur: Row | undefined;
  let end = h.last;
  let blanks = 0;
  const headerKey = fold(cols.map((c) => c.label).join(' ')).replace(/\s+/g, '');
  for (let k = h.last + 1; k < ls.length; k++) {
    const l = ls[k]!;
    if (!l.text.trim() || l.text.trim() === '\f') {
      if (++blanks > 3 && mode !== 'box') break;
      continue;
    }
    const lc = l;
    // A header repeated on the next page, a column-number row "(1) (2) (3)", a page number.
    const key = fold(l.text).replace(/\s+/g, '');
    if (key.length > 6 && headerKey.includes(key)) continue;
    if (lc.cells.length >= 3 && lc.cells.every((c) => /^\(?\d{1,2}\)?$/.test(ctx.text.slice(c.start, c.end).trim()))) continue;
    if (mode === 'index' && lc.mode !== 'index') break;
    // A rule row of a text table ("|---|---|", "+----+").
    if (/^[-=+:|\s\t]+$/.test(l.text)) continue;
    if (/^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/.test(l.text) && mode !== 'index') continue;
    const placed = lc.cells.map((c) => ({ c, col: lc.mode === mode || lc.mode !== 'index' ? columnOf(cols, c, lc.mode === 'index' ? 'index' : mode) : -1 }));
    const head = placed[0];
    const sttText = head && head.col === first ? ctx.text.slice(head.c.start, head.c.end).trim() : '';
    // Prose after the table: a long line starting at the left edge, not under the task column.
    if (mode !== 'index' && !RE_STT.test(sttText) && placed.length === 1 && head && head.col === first && first !== actionCol && ctx.text.slice(head.c.start, head.c.end).length > 40) break;
    if (mode === 'space' && blanks > 1 && !RE_STT.test(sttText)) break;
    blanks = 0;
    const glued = mode !== 'index' && !RE_STT.test(sttText) ? /^\d{1,3}\.?\s+/.exec(sttText) : null;
    const starts = mode === 'index' ? RE_STT.test(sttText) || (sttCol < 0 && !!lc.cells.some((x) => x.end > x.start)) : RE_STT.test(sttText) || !!glued;
    if (starts) {
      cur = { stt: sttText.replace(/[.)]$/, ''), cells: new Map(), start: l.start, end: l.end };
      rows.push(cur);
    }
    if (!cur) continue;
    for (const { c, col } of placed) {
      if (col < 0) continue;
      let s = c.start;
      // An STT glued to the task in a text line ("1 Xây dựng ..."): the number is its own cell.
      if (glued && c === head?.c) {
        cur.stt = glued[0].trim().replace(/\.$/, '');
        s += glued[0].length;
        const role = cols[actionCol]?.role ?? 'action';
        (cur.cells.get(role) ?? cur.cells.set(role, []).get(role)!).push({ start: s, end: c.end });
        continue;
      }
      if (col === first && starts && c === head?.c && sttCol >= 0) continue;
      const role = cols[col]!.role;
      (cur.cells.get(role) ?? cur.cells.set(role, []).get(role)!).push({ start: s, end: c.end });
    }
    cur.end = l.end;
    end = k;
  }
  return { rows, end };
}

function rowsToTasks(ctx: TableContext, rows: Row[], before: number): Task[] {
  const tasks: Task[] = [];
  let group = 0;
  let prevLead: AgencyItem[] = [];
  let prevDeadline: Task['deadline'] = null;
  for (const r of rows) {
    const action = piecesText(ctx.text, r.cells.get('action'));
    const isGroup = /^(?:[IVX]{1,5}|[A-ZĐ])$/.test(r.stt) && !r.cells.get('lead')?.length;
    if (isGroup) {
      group = ROMAN[r.stt.toLowerCase()] ?? group + 1;
      prevLead = [];
      prevDeadline = null;
      continue;
    }
    if (!action) continue;
    let lead = bodiesIn(ctx, r.cells.get('lead'));
    let leadRule = 'lead.table-column';
    // A merged lead cell spans the rows under it: the text sits in the first.
    if (!lead.length && prevLead.length) {
      lead = prevLead;
      leadRule = 'lead.table-merged';
    }
    prevLead = lead;
    let deadline = cellDeadline(ctx, r.cells.get('deadline'));
    if (!deadline && prevDeadline) deadline = prevDeadline;
    prevDeadline = deadline;
    const coordinate = bodiesIn(ctx, r.cells.get('coordinate'));
    const n = /^\d+(?:\.\d+)*$/.test(r.stt) ? r.stt : String(tasks.length + before + 1);
    const id = group && !n.includes('.') ? `${group}.${n}` : n;
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
