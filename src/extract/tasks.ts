// Tasks: the body is parsed into its structure (roman sections, numbered items,
// lettered items, dash bullets, and their OCR forms such as "©)" for "c)"),
// and each assignment becomes a task: who leads (the section's addressee, the
// item's own subject, or who "chủ trì"), with whom ("phối hợp với ..."), what
// (the first clause), by when. Footnotes are blanked before reading.
import type { Span } from '../layer.js';
import type { Task } from '../schema.js';
import { agencyList, type AgencyItem } from './agencies.js';
import { findDeadlines, toDeadline } from './deadlines.js';
import type { Gazetteer } from './gazetteer.js';
import { clean, fold, lines, ROMAN, upperFirst } from './text.js';

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
}

const RE_ROMAN = /^[ \t]{0,8}((?:X{0,1})(?:IX|IV|V?I{0,3}))[ \t]{0,2}[.\-–)][ \t]{0,4}(?=\S)/;
const RE_NUMBER = /^[ \t]{0,8}(\d{1,2})[ \t]{0,2}[.)](?!\d)[ \t]{0,4}(?=\S)/;
const RE_LETTER = /^[ \t]{0,8}([a-zđ©¢€]|[a-z]{1})[ \t]{0,2}\)[ \t]{0,4}(?=\S)/;
const RE_DASH = /^[ \t]{0,8}[-–—•+][ \t]{0,4}(?=\S)/;
export const MAX_ITEMS = 2000;
const RE_FOOTNOTE = /^[ \t]{0,8}\d{1,2}(?:[ \t]?\p{Lu}|[a-z][ \t])/u;

export interface TaskContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  bodyStart: number;
  bodyEnd: number;
  year: number | null;
  /** Level of the issuer (province, central ...): settles damaged names. */
  level?: string;
  below?: Below;
  /** Kính gửi: who a letter's tasks fall to when no section says. */
  recipients: AgencyItem[];
}

function marker(line: string): { kind: Kind; len: number } | undefined {
  let m = RE_ROMAN.exec(line);
  if (m && m[1]) {
    // "V - Chủ tịch ..." in a list is not section V: roman headings are upper case.
    const letters = line.slice(m[0].length).replace(/[^\p{L}]/gu, '');
    if (letters.length >= 3 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.7) return { kind: 'roman', len: m[0].length };
  }
  m = RE_NUMBER.exec(line);
  if (m) return { kind: 'number', len: m[0].length };
  m = RE_LETTER.exec(line);
  if (m) return { kind: 'letter', len: m[0].length };
  m = RE_DASH.exec(line);
  if (m) return { kind: 'dash', len: m[0].length };
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

/** The layer under the restored text: item markers the restorer took for words ("IV-" -> "I-", "V-" -> "A-") read there. */
export interface Below {
  text: string;
  folded: string;
  /** Restored offset -> offset below. */
  down(offset: number): number;
  /** Offset below -> restored offset. */
  up(offset: number): number;
}

function markerAt(l: { start: number; text: string }, from: number, below?: Below): { kind: Kind; len: number; label: string } | undefined {
  const mk = marker(l.text);
  if (below) {
    const b0 = below.down(from + l.start);
    const nl = below.text.indexOf('\n', b0);
    const bl = below.text.slice(b0, nl < 0 ? below.text.length : nl);
    const bm = marker(bl);
    if (bm && (!mk || (bm.kind !== mk.kind && bm.kind !== 'dash') || (bm.kind === 'roman' && mk.kind === 'roman'))) {
      const len = Math.max(0, below.up(b0 + bm.len) - (from + l.start));
      return { kind: bm.kind, len: len || bm.len, label: bl.slice(0, bm.len) };
    }
  }
  return mk ? { ...mk, label: l.text.slice(0, mk.len) } : undefined;
}

function parse(text: string, from: number, to: number, below?: Below): Node[] {
  const roots: Node[] = [];
  const rootCounts: { counts?: Partial<Record<Kind, number>> } = {};
  let lastRoman = 0;
  const stack: Node[] = [];
  const all: Node[] = [];
  for (const l of lines(text.slice(from, to))) {
    // A directive has tens of items, not thousands: past the cap the rest is not read as structure.
    if (all.length >= MAX_ITEMS) break;
    const mk = markerAt(l, from, below);
    if (!mk) continue;
    const start = from + l.start;
    const node: Node = { kind: mk.kind, rank: RANK[mk.kind], start, textStart: start + mk.len, end: to, ownEnd: to, ordinal: 0, children: [] };
    while (stack.length && stack[stack.length - 1]!.rank >= node.rank) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const counts = (parent ?? rootCounts).counts ??= {};
    node.ordinal = counts[node.kind] = (counts[node.kind] ?? 0) + 1;
    if (mk.kind === 'roman') {
      // Sections run I, II, III ...: a numeral that does not go up was misread.
      const n = ROMAN[(/[IVX]+/.exec(mk.label)?.[0] ?? '').toLowerCase()];
      const prev = lastRoman;
      node.ordinal = n && n > prev ? n : prev + 1;
      lastRoman = node.ordinal;
    }
    if (mk.kind === 'number') node.ordinal = Number(/\d+/.exec(mk.label)?.[0] ?? node.ordinal);
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

function isInside(a: Node, b: Node): boolean {
  for (let p = a.parent; p; p = p.parent) if (p === b) return true;
  return false;
}

function id(n: Node): string {
  const parts: number[] = [];
  for (let p: Node | undefined = n; p; p = p.parent) parts.unshift(p.ordinal);
  return parts.join('.');
}

const RE_COORD = /(?<![a-z])ph[a-z0-9]{1,2}[ \t\r\n]{1,3}h[a-z0-9]{1,2}p(?:[ \t\r\n]{1,3}ch[a-z]t[ \t\r\n]{1,3}ch[a-z]{1,2})?(?:[ \t\r\n]{1,3}v[a-z0-9]{1,2}i)?[ \t\r\n]{1,3}/g;
const RE_LEAD_TAIL = /^[ \t\r\n]{0,3}(?::|(?=ch[u][ \t\r\n]{1,3}tr[i]|ph[o0]i[ \t\r\n]{1,3}h[o0]p|kh[a-z]n[ \t\r\n]{1,3}tr[u]|co[ \t\r\n]{1,3}tr[a-z]ch[ \t\r\n]{1,3}nhi|ti[e]p[ \t\r\n]{1,3}t[u]c|th[u]c[ \t\r\n]{1,3}hi[e]n|ti[e]p[ \t\r\n]{1,3}thu|ch[u][ \t\r\n]{1,3}d[o]ng|tham[ \t\r\n]{1,3}m[u]u|tr[i]nh|ban[ \t\r\n]{1,3}h[a]nh|xay[ \t\r\n]{1,3}d[u]ng|hoan[ \t\r\n]{1,3}th|kh[a]n|r[a][ \t\r\n]{1,3}so[a]t|b[a]o[ \t\r\n]{1,3}c[a]o|theo[ \t\r\n]{1,3}ch[u]c|trien[ \t\r\n]{1,3}khai|d[a]m[ \t\r\n]{1,3}b[a]o|huong[ \t\r\n]{1,3}d[a]n))/;
const PREPOSITIONS = new Set(['cua', 've', 'tai', 'trong', 'voi', 'theo', 'va', 'thuoc', 'o', 'de', 'duoc', 'da', 'la', 'cho', 'tu', 'den', 'nhu', 'nam', 'ngay', 'so', 'co', 'khi', 'tren', 'hoac']);
const RE_GIAO = /(?<![a-z])giao[ \t\r\n]{1,3}/g;
const RE_CHU_TRI = /^[ \t\r\n,]{0,3}ch[u][ \t\r\n]{1,3}tr[i][ \t\r\n]{0,3},?[ \t\r\n]{0,3}/;

/** Leading agency list that is the subject of the item ("Công an tỉnh: ...", "Bộ Công an chủ trì ..."). */
function leadAt(c: TaskContext, text: string, at: number, limit: number): { items: AgencyItem[]; end: number } | undefined {
  const l = agencyList(text, c.folded, at, c.gaz, Math.min(400, limit - at));
  if (!l.items.length) return undefined;
  const after = c.folded.slice(l.end, l.end + 40);
  const tail = RE_LEAD_TAIL.exec(after);
  if (tail) return { items: l.items, end: l.end + tail[0].length };
  // Any other verb after the subject ("Đảng ủy Quốc hội chỉ đạo ..."), but not a preposition that makes the name an object.
  const verb = /^[ \t\r\n]{1,3}(?=[a-z])/.exec(after);
  const word = /^[ \t\r\n]{1,3}([a-z]+)/.exec(after)?.[1];
  if (verb && word && !PREPOSITIONS.has(word) && /^\p{Ll}/u.test(text.slice(l.end + verb[0].length, l.end + verb[0].length + 1))) {
    return { items: l.items, end: l.end + verb[0].length };
  }
  return undefined;
}

/** End of the first clause: ";" or a sentence end, or a line that ends a paragraph. */
function clauseEnd(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  const m = /;|\.(?=\s|$)|:\s*\n/.exec(s);
  return m ? from + m.index : to;
}

function actionOf(text: string, from: number, to: number): string {
  const end = clauseEnd(text, from, to);
  let words = clean(text.slice(from, end).replace(/\s*\([^)]{0,200}\)/g, '')).replace(/^[,:;\s]+/, '').split(' ');
  if (words.length > 28) {
    // Long first clauses: cut at a comma after 16 words.
    const cut = words.findIndex((w, i) => i >= 16 && /,$/.test(w));
    if (cut > 0) words = words.slice(0, cut + 1);
    if (words.length > 40) words = words.slice(0, 40);
  }
  return upperFirst(words.join(' ').replace(/[,;:]+$/, '').trim());
}

function ref(a: AgencyItem): Task['lead'][number] {
  return { name: a.name, canonical: a.canonical, span: a.span };
}

export function findTasks(ctx: TaskContext): Task[] {
  const text = blankFootnotes(ctx.text, ctx.bodyStart, ctx.bodyEnd);
  const c = text === ctx.text ? ctx : { ...ctx, text, folded: fold(text) };
  const roots = parse(text, c.bodyStart, c.bodyEnd, c.below);
  const tasks: Task[] = [];
  const visit = (n: Node, inherited: AgencyItem[]) => {
    const ownEnd = n.children.length ? n.children[0]!.start : n.ownEnd;
    if (n.children.length) {
      // A heading: its agency list, or an addressee line under it ("Ủy ban nhân dân các tỉnh, ...:"), leads the items below.
      let addressee = inherited;
      const head = leadOrHeading(c, text, n.textStart, ownEnd);
      if (head) addressee = head;
      else {
        const lineStart = text.indexOf('\n', n.textStart);
        if (lineStart > 0 && lineStart < ownEnd) {
          const l = agencyList(text, c.folded, lineStart + 1, c.gaz, ownEnd - lineStart);
          if (l.items.length && /^[ \t]{0,3}:/.test(c.folded.slice(l.end, l.end + 4))) addressee = l.items;
        }
      }
      for (const ch of n.children) visit(ch, addressee);
      return;
    }
    const task = readTask(c, text, n.textStart, n.end, inherited, id(n), { start: n.start, end: trimEnd(text, n.start, n.end) });
    if (task) tasks.push(task);
  };
  // Kính gửi stands in for a lead only for items not under any heading.
  for (const r of roots) visit(r, r.children.length ? [] : c.recipients);
  if (!roots.length) {
    // A letter without items: each sentence that assigns ("giao X chủ trì ...") is one task.
    let k = 0;
    const re = /[^.]+(?:\.(?!\s)[^.]*)*(?:\.|$)/g;
    const body = text.slice(c.bodyStart, c.bodyEnd);
    for (const m of body.matchAll(re)) {
      const s = c.bodyStart + m.index;
      const e = s + m[0].length;
      if (!/(?<![a-z])giao[ \t\r\n]/.test(c.folded.slice(s, e))) continue;
      const t = readTask(c, text, s, e, [], String(++k), { start: s, end: trimEnd(text, s, e) }, true);
      if (t) tasks.push(t);
      else k--;
    }
  }
  return tasks;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** A heading that names who leads: "1. Bộ Khoa học và Công nghệ", "1. Các sở, ban, ngành, ... theo chức năng nhiệm vụ". */
function leadOrHeading(c: TaskContext, text: string, at: number, end: number): AgencyItem[] | undefined {
  const l = agencyList(text, c.folded, at, c.gaz, end - at);
  if (!l.items.length) return undefined;
  const rest = c.folded.slice(l.end, Math.min(end, l.end + 80));
  if (/^[ \t]{0,3}(?::|$|\n|theo[ \t]{1,3}ch[u]c|[-–(])/.test(rest) || !rest.trim()) return l.items;
  return undefined;
}

function readTask(c: TaskContext, text: string, from: number, to: number, inherited: AgencyItem[], taskId: string, span: Span, needGiao = false): Task | undefined {
  let lead: AgencyItem[] = [];
  let actionFrom = from;
  let ownLead = true;
  const own = leadAt(c, text, from, to);
  if (own && !needGiao) {
    lead = own.items;
    actionFrom = own.end;
  } else {
    RE_GIAO.lastIndex = 0;
    const clause = clauseEnd(text, from, to);
    const seg = c.folded.slice(from, clause);
    const g = RE_GIAO.exec(seg);
    if (g) {
      const l = agencyList(text, c.folded, from + g.index + g[0].length, c.gaz, clause - from - g.index);
      if (l.items.length) {
        lead = l.items;
        actionFrom = l.end;
      }
    }
  }
  if (!lead.length) {
    if (needGiao) return undefined;
    // "Sở Nội vụ: Chủ trì ..." with a name the gazetteer does not know (or OCR damaged): the words before the colon.
    const colon = /^([^:;.\n]{3,60}):/.exec(text.slice(from, Math.min(to, from + 64)));
    const near = colon ? c.gaz.nearest(colon[1]!, c.level) : undefined;
    const named = colon && /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(colon[1]!.trim());
    if (colon && colon[1]!.trim().split(/\s+/).length <= 8 && /^[\p{Lu}0-9]/u.test(colon[1]!.trim()) && (near || named)) {
      const s = from + colon[1]!.length - colon[1]!.trimStart().length;
      lead = [{ name: clean(colon[1]!), canonical: near?.canonical ?? null, span: { start: s, end: from + colon[1]!.trimEnd().length } }];
      actionFrom = from + colon[0].length;
    } else {
      lead = inherited;
      ownLead = false;
    }
  }
  // "chủ trì, phối hợp với X" at the start of the action: X coordinates, the action follows.
  let coordinate: AgencyItem[] = [];
  const clause = clauseEnd(text, actionFrom, to);
  RE_COORD.lastIndex = 0;
  const cm = RE_COORD.exec(c.folded.slice(actionFrom, clause));
  if (cm) {
    const l = agencyList(text, c.folded, actionFrom + cm.index + cm[0].length, c.gaz, clause - actionFrom);
    coordinate = l.items;
    const before = c.folded.slice(actionFrom, actionFrom + cm.index);
    // Strip the lead-in when nothing but "chủ trì," or a "Theo ..." phrase comes before it.
    const chuTriOnly = RE_CHU_TRI.test(before) && before.replace(RE_CHU_TRI, '').trim() === '';
    // An item under its section's addressee keeps "Chủ trì, phối hợp với ..." in its action (as the gold does);
    // an item that names its own lead ("Công an tỉnh: Chủ trì phối hợp với X xây dựng ...") reads from the verb after.
    if (l.items.length && chuTriOnly && !ownLead) {
      /* keep */
    } else if (l.items.length && (chuTriOnly || /^[ \t\r\n]*theo[ \t]/.test(before) || !before.trim())) actionFrom = l.end;
    else if (l.items.length) {
      // "tiếp thu ..., chủ trì, phối hợp với X rà soát ...": the action is the text around the phrase.
      const cut = /,?[ \t\r\n]{0,3}(?:ch[u][ \t\r\n]{1,3}tr[i][ \t\r\n]{0,3},?[ \t\r\n]{0,3})?$/.exec(before)!;
      const head = text.slice(actionFrom, actionFrom + cut.index);
      const action = actionOf(`${head}, ${text.slice(l.end, clause)}`, 0, head.length + 2 + clause - l.end);
      return finish(c, from, to, lead, coordinate, action, taskId, span);
    }
  } else {
    const ct = RE_CHU_TRI.exec(c.folded.slice(actionFrom, actionFrom + 20));
    if (ct) actionFrom += ct[0].length;
    // "Trường hợp ... thì phối hợp với X": said later in the item.
    RE_COORD.lastIndex = 0;
    const later = RE_COORD.exec(c.folded.slice(clause, to));
    if (later) coordinate = agencyList(text, c.folded, clause + later.index + later[0].length, c.gaz, to - clause).items;
  }
  return finish(c, from, to, lead, coordinate, actionOf(text, actionFrom, to), taskId, span);
}

function finish(c: TaskContext, from: number, to: number, lead: AgencyItem[], coordinate: AgencyItem[], action: string, taskId: string, span: Span): Task | undefined {
  const found = findDeadlines(c.folded, from, to, c.year);
  if (c.below) {
    // Roman quarters are read where the OCR put them: the restorer may take "IV" for a word.
    for (const f of found) {
      if (f.kind !== 'quarter') continue;
      const b0 = c.below.down(f.start);
      const b1 = c.below.down(f.end);
      const b = findDeadlines(c.below.folded, b0, Math.min(c.below.folded.length, b1 + 4), c.year).find((x) => x.kind === 'quarter');
      if (b && b.due !== f.due) f.due = b.due;
    }
  }
  const deadline = toDeadline(found, c.text, c.folded);
  if (!action || (!lead.length && !deadline)) return undefined;
  return { id: taskId, lead: lead.map(ref), coordinate: coordinate.map(ref), action, deadline, span };
}
