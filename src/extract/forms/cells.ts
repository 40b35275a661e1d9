// Cells of a text line, for reading tables: from the words' boxes where the text
// came from a page (PDF text layer, OCR), else from the text itself (tabs, bars,
// runs of 2+ spaces as a PDF-to-text tool lays columns out).
import { lines, type Line } from '../text.js';

/** A word of the restored text with its box on the page. */
export interface PlacedWord {
  start: number;
  end: number;
  x0: number;
  x1: number;
  /** Top of the box. */
  y0: number;
  /** Height of the box: the font size, near enough. */
  h: number;
  page: number;
  /** From a page's text layer: exact positions (shared edges of cells can be trusted). */
  layer?: boolean;
}

export interface Cell {
  start: number;
  end: number;
  /** Left and right edge: page units from boxes, character columns from text; the cell index for tab and bar rows. */
  x0: number;
  x1: number;
}

export type CellMode = 'box' | 'space' | 'index';

export interface LineCells {
  cells: Cell[];
  mode: CellMode;
}

/** Words inside [from, to), by binary search on a sorted list. */
export function wordsIn(words: PlacedWord[], from: number, to: number): PlacedWord[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: PlacedWord[] = [];
  for (let i = lo; i < words.length && words[i]!.start < to; i++) if (words[i]!.start >= from) out.push(words[i]!);
  return out;
}

/** A line as it sits on the page: its cells, the text they hold, and where they are in the text. */
export interface VLine extends LineCells {
  /** First and last offset of its cells in the text (a line of a table read from boxes need not be one run). */
  start: number;
  end: number;
  /** The cells' texts, two spaces apart. */
  text: string;
  page: number;
  /** Left edges of the cells of the line's page, when they are justified and the page's text layer gives them. */
  columns?: number[];
  /** Read by OCR (boxes of ink, not a text layer's). */
  ocr?: boolean;
  /** Top of the line on its page (boxes), or the line's index (text). */
  y: number;
  h: number;
}

/** Lines of [from, to): from the words' boxes when the text came from pages (columns of a table may have been put
 *  in separate blocks of the text), else the text's own lines. */
export function visualLines(text: string, from: number, to: number, words?: PlacedWord[]): VLine[] {
  const ws = words ? wordsIn(words, from, to) : [];
  if (ws.length < 20) {
    return lines(text)
      .filter((l) => l.end > from && l.start < to)
      .map((l, i) => {
        const lc = lineCells(l);
        return { ...lc, start: l.start, end: l.end, text: l.text, page: 0, y: i, h: 1 };
      });
  }
  const groups = ws.some((w) => !w.layer) ? ocrLines(ws) : layerLines(ws);
  for (const g of groups) g.sort((a, b) => a.x0 - b.x0);
  const edges = justifiedEdges(text, groups);
  return groups.map((g) => {
    const cells = g[0]!.layer ? boxCells(g, edges.get(g[0]!.page)) : boxCells(...ocrBars(text, g));
    return {
      cells,
      mode: 'box' as const,
      start: Math.min(...g.map((w) => w.start)),
      end: Math.max(...g.map((w) => w.end)),
      text: cells.map((c) => text.slice(c.start, c.end)).join('  '),
      page: g[0]!.page,
      columns: edges.get(g[0]!.page)?.loose,
      ...(g[0]!.layer ? {} : { ocr: true }),
      // An OCR line's place and height are its boxes' median (its first box may be a dash or a bar).
      y: g[0]!.layer ? g[0]!.y0 : median(g.map((w) => w.y0)),
      h: g[0]!.layer ? g[0]!.h : median(g.map((w) => w.h)),
    };
  });
}

/** Words of a text layer on the same baseline make a line (tops within half a line height). */
function layerLines(ws: PlacedWord[]): PlacedWord[][] {
  const sorted = [...ws].sort((a, b) => a.page - b.page || a.y0 - b.y0 || a.x0 - b.x0);
  const groups: PlacedWord[][] = [];
  for (const w of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && ref.page === w.page && Math.abs(w.y0 - ref.y0) < Math.min(ref.h, w.h) * 0.5) g.push(w);
    else groups.push([w]);
  }
  return groups;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** table.ocr-line-band: OCR boxes are the ink's, so their tops differ by a word's letters ("an" under "Tháng" starts
 *  lower by its ascender and marks, a dash lower still): a word is on a line when most of its box lies in the band of
 *  the line's boxes (their median top and bottom), taken in order of the boxes' middles. */
function ocrLines(ws: PlacedWord[]): PlacedWord[][] {
  const sorted = [...ws].sort((a, b) => a.page - b.page || a.y0 + a.h / 2 - (b.y0 + b.h / 2) || a.x0 - b.x0);
  const groups: PlacedWord[][] = [];
  let band: [number, number] = [0, 0];
  for (const w of sorted) {
    const g = groups[groups.length - 1];
    const over = g ? Math.min(band[1], w.y0 + w.h) - Math.max(band[0], w.y0) : 0;
    if (g && g[0]!.page === w.page && over >= Math.min(w.h, band[1] - band[0]) * 0.5) g.push(w);
    else groups.push([w]);
    const cur = groups[groups.length - 1]!;
    band = [median(cur.map((x) => x.y0)), median(cur.map((x) => x.y0 + x.h))];
  }
  return groups;
}

/** Cell edges of a page of justified cells. */
interface Edges {
  /** Left edges a cell's lines share (two lines one under the other). */
  starts: number[];
  /** Left edges any lines share (a column of one-line cells). */
  loose: number[];
  /** Right edges: set only by a cell's full lines, often one a row. */
  ends: number[];
}

const EXACT = 0.05;

/** Values that words of three or more lines share to within EXACT, in `texts` or more different words (the same word
 *  set at the same place shares both its edges); with `under`, two of the lines one under the other. Word gaps of
 *  justified lines are spread evenly, so a few words of other lines meet by chance, rarely on lines next to each other. */
function shared(xs: { x: number; line: number; text: string }[], under: boolean, texts = 3): number[] {
  xs.sort((a, b) => a.x - b.x);
  const out: number[] = [];
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1]!.x - xs[i]!.x <= EXACT * 2) j++;
    const run = xs.slice(i, j + 1);
    const lines = new Set(run.map((v) => v.line));
    if (lines.size >= 3 && (!under || [...lines].some((l) => lines.has(l + 1))) && new Set(run.map((v) => v.text)).size >= texts) out.push(xs[i]!.x);
    i = j + 1;
  }
  return out;
}

/** Edges with a gutter outside them: of the page's table lines (a word at two or more of the left edges found) inked
 *  just inside the edge, a fifth at most are inked just outside it. Inside a justified cell most lines are inked on
 *  both sides, so words that meet there by chance are dropped. */
function guttered(gs: PlacedWord[][], found: number[], xs: number[], side: 'left' | 'right'): number[] {
  const table = gs.filter((g) => found.filter((x) => g.some((w) => Math.abs(w.x0 - x) <= EXACT * 2)).length >= 2);
  const inked = (g: PlacedWord[], a: number, b: number) => g.some((w) => w.x0 < b && w.x1 > a);
  return xs.filter((x) => {
    const [out, inside] = side === 'left' ? [[x - 2, x - 0.5], [x + 0.5, x + 2]] : [[x + 0.5, x + 2], [x - 2, x - 0.5]];
    const lines = table.filter((g) => inked(g, inside![0]!, inside![1]!));
    return lines.length >= 3 && lines.filter((g) => inked(g, out![0]!, out![1]!)).length <= lines.length * 0.2;
  });
}

const near = (xs: number[], x: number) => xs.some((v) => x >= v - EXACT && x <= v + EXACT * 3);
const inText = (a: PlacedWord, b: PlacedWord) => b.start >= a.end && b.start - a.end <= 2;

/** table.box-justified: the text layer of a page whose table cells are justified. A justified line fills its cell,
 *  so a cell's words may stand further apart than the padding between two cells; the cells' edges, shared exactly by
 *  the words of many lines, part them instead. A page is taken as such when two or more lines run four words or more
 *  to a shared right edge and go on, closer than a word gap, at a shared left edge. */
function justifiedEdges(text: string, groups: PlacedWord[][]): Map<number, Edges> {
  const pages = new Map<number, PlacedWord[][]>();
  for (const g of groups) {
    if (!g[0]!.layer) continue;
    const list = pages.get(g[0]!.page);
    if (list) list.push(g);
    else pages.set(g[0]!.page, [g]);
  }
  const out = new Map<number, Edges>();
  for (const [page, gs] of pages) {
    const xs = (side: 'x0' | 'x1') => gs.flatMap((g, line) => g.map((w) => ({ x: w[side], line, text: text.slice(w.start, w.end) })));
    const lefts = xs('x0');
    const rights = xs('x1');
    const found = shared(lefts, false);
    const edges = (v: number[], side: 'left' | 'right') => guttered(gs, found, v, side);
    const e: Edges = { starts: edges(shared(lefts, true), 'left'), loose: edges(found, 'left'), ends: edges(shared(rights, false), 'right') };
    const touching = gs.filter((g) =>
      g.some((w, i) => {
        const next = g[i + 1];
        if (!next || i < 3 || !near(e.ends, w.x1) || !near(e.loose, next.x0)) return false;
        const gap = next.x0 - w.x1;
        return gap >= w.h * 0.15 && gap < w.h * 0.6 && inText(g[i - 3]!, g[i - 2]!) && inText(g[i - 2]!, g[i - 1]!) && inText(g[i - 1]!, w);
      }),
    ).length;
    // Once the page is known for one, a right edge of two different words will do (a narrow column's few full lines).
    if (touching >= 2) out.set(page, { ...e, ends: edges(shared(rights, false, 2), 'right') });
  }
  return out;
}

const RE_BARS = /^[|¦]+/;

/** table.ocr-bar-edge: a table's ruled lines read by the OCR as bars, alone ("|") or glued to a cell's first or last
 *  word ("|Sở", "2028|"): a bar alone parts the cells on either side and is no text; a glued one is cut off its word. */
function ocrBars(text: string, ws: PlacedWord[]): [PlacedWord[], undefined, Set<number>] {
  const out: PlacedWord[] = [];
  const parts = new Set<number>();
  for (const w of ws) {
    const t = text.slice(w.start, w.end);
    const lead = RE_BARS.exec(t)?.[0].length ?? 0;
    const tail = /[|¦]+$/.exec(t.slice(lead))?.[0].length ?? 0;
    if (lead + tail >= t.length) {
      parts.add(out.length);
      continue;
    }
    if (lead) parts.add(out.length);
    // The box loses the bar's share of its width.
    const per = (w.x1 - w.x0) / t.length;
    out.push({ ...w, start: w.start + lead, end: w.end - tail, x0: w.x0 + per * lead, x1: w.x1 - per * tail });
    if (tail) parts.add(out.length);
  }
  return [out, undefined, parts];
}

/** Words of one line into cells: a gap wider than a letter or two is a column border (or, read by OCR, a bar before
 *  the word of index `parts`). */
function boxCells(ws: PlacedWord[], edges?: Edges, parts?: Set<number>): Cell[] {
  const atStart = ws.map((w) => !!edges && near(edges.starts, w.x0));
  const atLoose = ws.map((w) => !!edges && near(edges.loose, w.x0));
  const atEnd = ws.map((w) => !!edges && near(edges.ends, w.x1));
  // A justified cell line: from a word at a left edge to the last word at a right edge before the next left edge.
  const full = new Array<boolean>(ws.length).fill(false);
  for (let i = 0; i < ws.length; i++) {
    if (!atLoose[i]) continue;
    let next = i + 1;
    while (next < ws.length && !atLoose[next]) next++;
    let j = next - 1;
    while (j > i && !atEnd[j]) j--;
    for (let k = i + 1; k <= j; k++) full[k] = true;
  }
  const cells: Cell[] = [];
  let cur: Cell | undefined;
  let prev: PlacedWord | undefined;
  for (const [i, w] of ws.entries()) {
    const h = Math.max(prev?.h ?? 0, w.h);
    // Words of a cell also follow each other in the text.
    const follows = !!prev && w.start >= prev.end && w.start - prev.end <= 2;
    const gap = prev ? w.x0 - prev.x1 : 0;
    const edge = i > 0 && gap >= h * 0.15 && (atStart[i] || (atLoose[i] && atEnd[i - 1]));
    if (cur && prev && follows && !parts?.has(i) && (full[i] || (!edge && gap < h * 0.6))) {
      cur.end = w.end;
      cur.x1 = w.x1;
    } else {
      if (cur) cells.push(cur);
      cur = { start: w.start, end: w.end, x0: w.x0, x1: w.x1 };
    }
    prev = w;
  }
  if (cur) cells.push(cur);
  return cells;
}

export function lineCells(line: Line): LineCells {
  const t = line.text;
  if (/\t|\|/.test(t)) {
    // Tab or bar rows keep empty cells: their place is the column.
    const cells: Cell[] = [];
    const sep = t.includes('\t') ? /\t/g : /\|/g;
    let at = 0;
    let index = 0;
    const parts = t.split(sep);
    // A bar row starts and ends with a bar.
    const bars = !t.includes('\t');
    parts.forEach((p, i) => {
      const lead = p.length - p.trimStart().length;
      const skip = bars && ((i === 0 && !p.trim()) || (i === parts.length - 1 && !p.trim()));
      if (!skip) {
        cells.push({ start: line.start + at + lead, end: line.start + at + p.trimEnd().length, x0: index, x1: index });
        index++;
      }
      at += p.length + 1;
    });
    return { cells: cells.map((c) => (c.end < c.start ? { ...c, end: c.start } : c)), mode: 'index' };
  }
  const cells: Cell[] = [];
  for (const m of t.matchAll(/\S+(?: \S+)*/g)) {
    cells.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, x0: m.index, x1: m.index + m[0].length });
  }
  return { cells, mode: 'space' };
}

/** A cell of a table converted one cell a line: the lines between two lines that hold a bar alone ("|"). A table
 *  row is written "| a | b |", one piece a line, so a row boundary is two bars in a row and an empty cell one more. */
export interface BarCell {
  /** The cell's non-blank lines, trimmed; none for an empty cell (or a row boundary). */
  lines: { start: number; end: number }[];
  /** Offsets of the bars around it. */
  start: number;
  end: number;
  /** The text after the last bar, up to a blank line (a page's last cell, whose closing bar the converter dropped). */
  open?: boolean;
}

/** The cells between bar lines in [from, to), in order; empty when the range has fewer than four bar lines. */
export function barCells(text: string, from: number, to: number): BarCell[] {
  const ls = lines(text).filter((l) => l.end > from && l.start < to);
  const bars = ls.map((l, i) => (l.text.trim() === '|' ? i : -1)).filter((i) => i >= 0);
  if (bars.length < 4) return [];
  const out: BarCell[] = [];
  for (let b = 0; b + 1 < bars.length; b++) {
    const cell: BarCell = { lines: [], start: ls[bars[b]!]!.start, end: ls[bars[b + 1]!]!.end };
    for (let k = bars[b]! + 1; k < bars[b + 1]!; k++) {
      const l = ls[k]!;
      const t = l.text.trim();
      if (!t) continue;
      const lead = l.text.length - l.text.trimStart().length;
      cell.lines.push({ start: l.start + lead, end: l.start + lead + t.length });
    }
    out.push(cell);
  }
  const last = bars[bars.length - 1]!;
  const tail: BarCell = { lines: [], start: ls[last]!.start, end: ls[last]!.end, open: true };
  for (let k = last + 1; k < ls.length && ls[k]!.text.trim() && tail.lines.length < 8; k++) {
    const l = ls[k]!;
    const lead = l.text.length - l.text.trimStart().length;
    tail.lines.push({ start: l.start + lead, end: l.start + lead + l.text.trim().length });
    tail.end = l.end;
  }
  if (tail.lines.length) out.push(tail);
  return out;
}
