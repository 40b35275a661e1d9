// task.table-pasted: a task table copied out of a PDF and pasted as text. The cells lose their borders: the header
// stands on one line ("STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn", its wrapped words on the lines below)
// and cells on one baseline are joined by a space ("Ủy ban nhân dân các xã Tháng" / "6/2026"). The header is read by
// its column words; each row (a line starting with the next number) is read in the header's column order: the work
// runs to where the bodies begin, the agency reader says where a body's name ends, the date readers read the deadline.
import type { Span } from '../../layer.js';
import type { Task } from '../../schema.js';
import { agencyList } from '../agencies.js';
import { lexicon } from '../lexicon.js';
import { fold } from '../text.js';
import type { VLine } from './cells.js';
import { assignRoles, roleOf, rowsToTasks, bothRoles, type Column, type Role, type Row, type TableContext } from './table.js';

interface Tok { s: number; e: number; f: string; lineStart: boolean }

const folded = (t: string) => fold(t.toLowerCase());
// Words that begin a column's label; a role word after a bare head ("Cơ quan" + "chủ trì") goes on the same label.
const STARTS = new Set(['nhiem vu', 'noi dung', 'cong viec', 'co quan', 'don vi', 'thoi han', 'thoi gian', 'tien do', 'san pham', 'ket qua', 'ghi chu', 'chu tri', 'phoi hop', 'thuc hien']);
const JOINS: Record<string, string[]> = {
  'co quan': ['chu tri', 'phoi hop', 'thuc hien'],
  'don vi': ['chu tri', 'phoi hop', 'thuc hien'],
  'thoi gian': ['thuc hien'],
  'thoi han': ['thuc hien'],
  'noi dung': ['cong viec', 'thuc hien'],
  'nhiem vu': ['cong viec'],
};
// A line or word of the work ending in one of these goes on: a cell does not end there.
const RUNS_ON = /^(?:về|của|cho|với|và|các|tại|trên|đối|để|theo|trong|đến|từ|bằng|những|ở|vào|nhằm|giữa|là)$/u;
const SIGNATURE = /^(?:TM|KT|TL|TUQ|Q|T\/M)\.\s|^Nơi nhận/u;
const ROW = /^(\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5}|[A-ZĐ])\.?\s+(\S.*)$/u;
const DEADLINE = /^(?:(?:trước|trong|đến|hoàn thành)\s+)?(?:(?:ngày|tháng|quý|năm)\s+)?(?:\d{1,2}\/\d{1,2}\/20\d\d|\d{1,2}\/20\d\d|[IV]{1,3}\/20\d\d|20\d\d)(?=\s|$)|^(?:thường xuyên|định kỳ|hằng (?:ngày|tuần|tháng|quý|năm)|hàng (?:ngày|tuần|tháng|quý|năm))(?=\s|$)/iu;

// Words a label is made of: those of the header words (dictionaries/extract/table-headers.tsv) and a few that join them.
let vocab: Set<string> | undefined;
function labelWords(): Set<string> {
  vocab ??= new Set([...lexicon().tableHeaders.flatMap(([, ws]) => ws.flatMap((w) => w.replace('^', '').split(' '))), 'va', 'dau', 'ra', 'cu', 'the', 'du', 'kien', 'chinh', 'chu', 'tri', 'phoi', 'hop', 'lien', 'quan']);
  return vocab;
}

/** The header's words cut into column labels, or none when a word is no label's. */
function labels(words: string[]): string[] | undefined {
  const segs: { words: string[]; head: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = folded(words[i]!);
    if (!segs.length) {
      if (!/^(?:s?tt|so)$/.test(w)) return undefined;
      if (w === 'so' && folded(words[i + 1] ?? '') !== 'tt') return undefined;
      segs.push({ words: w === 'so' ? [words[i]!, words[++i]!] : [words[i]!], head: 'stt' });
      continue;
    }
    const two = `${w} ${folded(words[i + 1] ?? '').split('/')[0]}`;
    const cur = segs[segs.length - 1]!;
    if (STARTS.has(two) && !(cur.words.length === 2 && JOINS[cur.head]?.includes(two))) {
      segs.push({ words: [words[i]!, words[++i]!], head: two });
      continue;
    }
    if (cur.head === 'stt' || cur.words.length >= 6 || !w.split('/').every((x) => labelWords().has(x))) return undefined;
    cur.words.push(words[i]!);
  }
  return segs.map((s) => s.words.join(' '));
}

/** A header at line `li`: its columns and its last line. */
function headerAt(ctx: TableContext, ls: VLine[], li: number): { cols: Column[]; last: number } | undefined {
  const first = ctx.text.slice(ls[li]!.start, ls[li]!.end).trim();
  // Pasted text has its words one space apart: a line laid out by spaces or tabs is another reader's.
  if (!/^(?:S?TT|Số TT) /u.test(first) || /\S(?: {2,}|\t)\S/.test(first)) return undefined;
  let words = first.split(/\s+/);
  let best: { cols: Column[]; last: number } | undefined;
  for (let k = li; k < ls.length && k <= li + 8; k++) {
    if (k > li) {
      const t = ctx.text.slice(ls[k]!.start, ls[k]!.end).trim();
      if (!t || /\d/.test(t) || ROW.test(t) || t.split(/\s+/).length > 12 || /\S(?: {2,}|\t)\S/.test(t)) break;
      words = [...words, ...t.split(/\s+/)];
    }
    const ls2 = labels(words);
    if (!ls2) continue;
    const cols: Column[] = ls2.map((label, x) => ({ role: (roleOf(label) ?? 'other') as Role, x0: x, x1: x, label }));
    if (cols[0]!.role !== 'stt' || cols.some((c) => c.role === 'other')) continue;
    if (cols.filter((c) => roleOf(c.label, true)).length < 3 || !assignRoles(cols)) continue;
    if (!cols.some((c) => c.role === 'action') || !cols.some((c) => c.role === 'lead')) continue;
    best = { cols, last: k };
  }
  return best;
}

function tokens(ctx: TableContext, lines: VLine[]): Tok[] {
  const out: Tok[] = [];
  for (const l of lines) {
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    let first = true;
    const t = ctx.text.slice(l.start, l.end);
    while ((m = re.exec(t))) {
      out.push({ s: l.start + m.index, e: l.start + m.index + m[0].length, f: folded(m[0]), lineStart: first });
      first = false;
    }
  }
  return out;
}

/** Tokens [a, b) as pieces of the text: one a line. */
function pieces(ts: Tok[], a: number, b: number): Span[] {
  const out: Span[] = [];
  for (let i = a; i < b; i++) {
    if (ts[i]!.lineStart || !out.length) out.push({ start: ts[i]!.s, end: ts[i]!.e });
    else out[out.length - 1]!.end = ts[i]!.e;
  }
  return out;
}

/** The text of tokens from `a` on, one space apart, and where each token starts in it. */
function restText(ctx: TableContext, ts: Tok[], a: number): { t: string; at: number[] } {
  const at: number[] = [];
  let t = '';
  for (let i = a; i < ts.length; i++) {
    if (t) t += ' ';
    at.push(t.length);
    t += ctx.text.slice(ts[i]!.s, ts[i]!.e);
  }
  return { t, at };
}

// table.pasted-body-cut: in cells joined by a space, a capitalised head word of a body ("Sở", "Ủy ban", "Các") starts
// the next cell, unless it follows a bare head ("Văn phòng" + "Ủy ban ...", "Đảng ủy" + "Ủy ban ...") or a mark that
// goes on with a list (",", ";"); a level's committee after a Ban, Ủy ban or Văn phòng is part of its name ("Ban Tổ
// chức Tỉnh ủy"); a deadline starts a cell of its own.
let headList: string[][] | undefined;
function headAt(ts: Tok[], x: number): number {
  headList ??= [...(lexicon().agencyWords.get('head') ?? []), ['cac']].sort((a, b) => b.length - a.length);
  for (const h of headList) if (h.every((w, j) => ts[x + j]?.f === w)) return h.length;
  return 0;
}
const LEVEL = /^(?:tinh|thanh|huyen|quan|thi) uy$/;
const isCap = (ctx: TableContext, t: Tok) => /^\p{Lu}/u.test(ctx.text.slice(t.s, t.e));

function cellEnd(ctx: TableContext, ts: Tok[], p: number): number {
  let from = p;
  for (let x = p + 1; x < ts.length; x++) {
    if (/[,;]$/.test(ts[x - 1]!.f)) {
      from = x;
      continue;
    }
    if (deadlineAt(ctx, ts, x) > x) return x;
    const n = isCap(ctx, ts[x]!) ? headAt(ts, x) : 0;
    if (!n) continue;
    const bare = headAt(ts, from);
    if (bare && bare === x - from) continue;
    const pair = `${ts[x]!.f} ${ts[x + 1]?.f ?? ''}`;
    if (LEVEL.test(pair) && /^(?:ban|uy|van|cac)$/.test(ts[from]!.f)) continue;
    return x;
  }
  return ts.length;
}

/** Bodies from token `p`: the tokens they take, to where the next cell starts (table.pasted-body-cut). */
function bodiesAt(ctx: TableContext, ts: Tok[], p: number): number {
  if (p >= ts.length) return p;
  const lim = cellEnd(ctx, ts, p);
  const { t, at } = restText(ctx, ts.slice(0, lim), p);
  const items = agencyList(t, fold(t), 0, ctx.gaz, t.length).items.filter((x) => x.span);
  // A name the reader does not know, opened by a body's head word ("Ban Quản lý các chợ"): the cell to the cut.
  if ((!items.length || items[0]!.span!.start > 0) && isCap(ctx, ts[p]!) && headAt(ts, p) && lim - p > 1) return lim;
  if (!items.length || items[0]!.span!.start > 0) return p;
  let end = items[0]!.span!.end;
  for (let k = 1; k < items.length; k++) {
    const gap = t.slice(end, items[k]!.span!.start);
    if (!/^\s*(?:\((?:chủ trì|phối hợp)\))?\s*[,;]\s*$/u.test(gap)) break;
    end = items[k]!.span!.end;
  }
  // Small words the reader left ("Các huyện" + "ủy, thị ủy", "Các ban đảng Tỉnh" + "ủy") go with the name, to the cut.
  const left = t.slice(end);
  if (/^(?:[\s,;]*(?:\p{Ll}+|(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy))+$/u.test(left) && left.split(/\s+/).length <= 5) end = t.length;
  // A role mark after the last body is the cell's too.
  const mark = /^\s*\((?:chủ trì|phối hợp)\)/u.exec(t.slice(end));
  if (mark) end += mark[0].length;
  let q = 0;
  while (q < at.length && at[q]! < end) q++;
  return p + q;
}

function deadlineAt(ctx: TableContext, ts: Tok[], p: number): number {
  if (p >= ts.length) return p;
  const { t, at } = restText(ctx, ts, p);
  const m = DEADLINE.exec(t);
  if (!m) return p;
  let q = 0;
  while (q < at.length && at[q]! < m[0].length) q++;
  return p + q;
}

/** A row's tokens (after its number) read in the columns' order, the work ending at token `q`. */
function readAt(ctx: TableContext, ts: Tok[], roles: Role[], q: number): { cells: Map<Role, Span[]>; score: number } {
  const cells = new Map<Role, Span[]>([['action', pieces(ts, 0, q)]]);
  let p = q;
  let score = 0;
  const typed = (r: Role) => r === 'lead' || r === 'coordinate' || r === 'deadline';
  for (let k = 1; k < roles.length; k++) {
    const r = roles[k]!;
    let e = p;
    if (r === 'lead' || r === 'coordinate') e = bodiesAt(ctx, ts, p);
    else if (r === 'deadline') e = deadlineAt(ctx, ts, p);
    else {
      // Products and notes: up to where a later column's reader reads, or to the row's end.
      const later = roles.slice(k + 1).filter(typed);
      e = ts.length;
      if (later.length) for (let x = p; x < ts.length; x++) if (later.some((l) => (l === 'deadline' ? deadlineAt(ctx, ts, x) : bodiesAt(ctx, ts, x)) > x)) { e = x; break; }
    }
    if (e > p) {
      cells.set(r, pieces(ts, p, e));
      if (typed(r)) score++;
    }
    p = e;
  }
  if (p < ts.length) score -= 1;
  return { cells, score };
}

/** A row's cells: the end of the work chosen where the most typed cells are read (the earliest such end). */
function readRow(ctx: TableContext, ts: Tok[], roles: Role[]): Map<Role, Span[]> {
  let best: { cells: Map<Role, Span[]>; score: number } | undefined;
  for (let q = 1; q <= ts.length; q++) {
    if (q < ts.length && RUNS_ON.test(ctx.text.slice(ts[q - 1]!.s, ts[q - 1]!.e).toLowerCase())) continue;
    const r = readAt(ctx, ts, roles, q);
    if (!best || r.score > best.score) best = r;
  }
  return best!.cells;
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** task.table-pasted: tables of pasted text (see the head of this file). */
export function pastedTables(ctx: TableContext, ls: VLine[]): { tasks: Task[]; regions: Span[] } {
  const tasks: Task[] = [];
  const regions: Span[] = [];
  const lineText = (l: VLine) => ctx.text.slice(l.start, l.end).trim();
  for (let li = 0; li < ls.length; li++) {
    const h = headerAt(ctx, ls, li);
    if (!h) continue;
    const roles = h.cols.slice(1).map((c) => c.role);
    const rows: { stt: string; lines: VLine[]; group: boolean; tail: VLine[] }[] = [];
    let again = false;
    let top = 0;
    let sub = 0;
    let roman = 0;
    let letter = -1;
    let end = h.last;
    for (let k = h.last + 1; k < ls.length; k++) {
      const t = lineText(ls[k]!);
      if (!t) continue;
      if (SIGNATURE.test(t)) break;
      const repeat = headerAt(ctx, ls, k);
      if (repeat && repeat.cols.length === h.cols.length) {
        k = end = repeat.last;
        again = true;
        continue;
      }
      const m = ROW.exec(t);
      let stt: string | undefined;
      let group = false;
      if (m) {
        const [n, rest] = [m[1]!, m[2]!];
        const upper = rest === rest.toUpperCase() && /\p{Lu}{3}/u.test(rest);
        if (/^\d+$/.test(n) && (Number(n) === top + 1 || (Number(n) === 1 && !rows.some((r) => !r.group)))) {
          stt = n;
          top = Number(n);
          sub = 0;
        } else if (/^\d+\.\d+$/.test(n) && Number(n.split('.')[0]) === top && Number(n.split('.')[1]) === sub + 1) {
          stt = n;
          sub++;
        } else if (upper && n === ROMANS[roman]) {
          stt = n;
          roman++;
          group = true;
        } else if (upper && /^[A-ZĐ]$/.test(n) && n.charCodeAt(0) === 'A'.charCodeAt(0) + letter + 1 && m[0].includes(`${n}.`)) {
          stt = n;
          letter++;
          group = true;
        }
      }
      const cur = rows[rows.length - 1];
      if (stt) {
        rows.push({ stt, lines: [ls[k]!], group, tail: [] });
        again = false;
      } else if (cur) {
        if (cur.lines.length + cur.tail.length >= 25) break;
        // table.pasted-header-again: a row broken by the header repeated on the next page goes on there with its work
        // (the longest cell; the others ended on the page before).
        (again ? cur.tail : cur.lines).push(ls[k]!);
      } else break;
      end = k;
    }
    const read: Row[] = [];
    for (const r of rows) {
      const ts = tokens(ctx, r.lines).slice(1);
      if (!ts.length) continue;
      const cells = r.group ? new Map<Role, Span[]>([['action', pieces(ts, 0, ts.length)]]) : readRow(ctx, ts, roles);
      const tail = tokens(ctx, r.tail);
      if (tail.length) cells.set('action', [...(cells.get('action') ?? []), ...pieces(tail, 0, tail.length)]);
      read.push({ stt: r.stt, cells, start: r.lines[0]!.start, end: (r.tail.length ? r.tail : r.lines)[(r.tail.length ? r.tail : r.lines).length - 1]!.end });
    }
    const got = rowsToTasks(ctx, read, tasks.length, bothRoles(h.cols)).map((t) => ({ ...t, rule: 'task.table-pasted' }));
    if (got.length < 2) continue;
    tasks.push(...got);
    for (let k = li; k <= end; k++) regions.push({ start: ls[k]!.start, end: ls[k]!.end });
    li = end;
  }
  return { tasks, regions };
}
