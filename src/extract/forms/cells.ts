// Cells of a text line, for reading tables: from the words' boxes where the text
// came from a page (PDF text layer, OCR), else from the text itself (tabs, bars,
// runs of 2+ spaces as a PDF-to-text tool lays columns out).
import type { Line } from '../text.js';

/** A word of the restored text with its box on the page. */
export interface PlacedWord {
  start: number;
  end: number;
  x0: number;
  x1: number;
  /** Height of the box: the font size, near enough. */
  h: number;
  page: number;
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

export function lineCells(line: Line, words?: PlacedWord[]): LineCells {
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
  const ws = words ? wordsIn(words, line.start, line.end) : [];
  if (ws.length && ws.length >= t.trim().split(/\s+/).length * 0.8) {
    const cells: Cell[] = [];
    let cur: Cell | undefined;
    let prev: PlacedWord | undefined;
    for (const w of ws) {
      // A gap wider than a letter or two is a column border.
      if (cur && prev && prev.page === w.page && w.x0 - prev.x1 < Math.max(prev.h, w.h) * 1.1) {
        cur.end = w.end;
        cur.x1 = w.x1;
      } else {
        if (cur) cells.push(cur);
        cur = { start: w.start, end: w.end, x0: w.x0, x1: w.x1 };
      }
      prev = w;
    }
    if (cur) cells.push(cur);
    return { cells, mode: 'box' };
  }
  const cells: Cell[] = [];
  for (const m of t.matchAll(/\S+(?: \S+)*/g)) {
    cells.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, x0: m.index, x1: m.index + m[0].length });
  }
  return { cells, mode: 'space' };
}
