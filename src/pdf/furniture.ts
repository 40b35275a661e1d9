// pdf.page-furniture: a PDF's text layer holds what a word processor prints on every page, a page number and a
// running head or footer (the plan's symbol, its title), as lines of the page. Read as text they cut a paragraph that
// runs over the page break ("... mưa\n\f\n11\nlớn, ..."), so a task's paragraph merges with the next. The OCR path keeps
// them out of the text (src/ocr/layout.ts); this does so for text-layer pages: the first or last line of a page that is
// the page's number, or that repeats (digits aside) the first or last line of the page before, set apart from the body.
import { key } from '../fold.js';
import type { PageInput } from '../ocr/assemble.js';
import type { OcrLine } from '../ocr/pool.js';

const text = (l: OcrLine) => l.words.map((w) => w.text).join(' ');
/** "11", "- 11 -", "Trang 11", "11/20": the number it gives. */
function pageNumber(l: OcrLine): number | undefined {
  const m = /^(?:trang\s*)?[-–]?\s*(\d{1,3})\s*[-–]?(?:\s*\/\s*\d{1,3})?$/.exec(key(text(l)));
  return m ? Number(m[1]) : undefined;
}
const runKey = (l: OcrLine) => key(text(l)).replace(/\d+/g, '#');

/** A short line in one run of words (no cells of a table's row), apart from the line beside it by more than a line. */
function apart(l: OcrLine, next: OcrLine | undefined, pitch: number): boolean {
  if (l.words.length > 16) return false;
  const size = l.bbox.y1 - l.bbox.y0;
  if (l.words.some((w, i) => i > 0 && w.bbox.x0 - l.words[i - 1]!.bbox.x1 > 3 * size)) return false;
  if (!next) return true;
  const gap = Math.max(next.bbox.y0 - l.bbox.y1, l.bbox.y0 - next.bbox.y1);
  return gap > 0.8 * pitch;
}

function pitchOf(lines: OcrLine[]): number {
  const d = lines.slice(1).map((l, i) => l.bbox.y0 - lines[i]!.bbox.y0).filter((x) => x > 0).sort((a, b) => a - b);
  return d[d.length >> 1] ?? 0;
}

/**
 * Drops page furniture from `cur` (page `n`, 1-based) and, for a running line both share, from `prev` (page n-1, not
 * yet added to the text). `runs` keeps the running lines found so far. Only text-layer pages; returns the lines dropped.
 */
export function dropFurniture(prev: PageInput | undefined, cur: PageInput, n: number, runs: Set<string>): string[] {
  if (cur.source !== 'pdf-text' || cur.lines.length < 3) return [];
  const dropped: string[] = [];
  // Kept as the page's regions, as the OCR path keeps them: a clerk can still see what was left out, and where.
  const drop = (p: PageInput, l: OcrLine) => {
    p.lines = p.lines.filter((x) => x !== l);
    (p.asides ??= []).push({ kind: pageNumber(l) === undefined ? 'running-head' : 'page-number', bbox: l.bbox, text: text(l) });
    dropped.push(text(l));
  };
  const ends = (p: PageInput) => [p.lines[0]!, p.lines[p.lines.length - 1]!];
  // The page's number, narrow, at its top or bottom (Word numbers from the first or the second page), centred or at the
  // right and apart from the body: a table's row number at a page's edge sits at the left, on the rows' pitch.
  const pitch0 = pitchOf(cur.lines);
  for (const [l, next] of [[cur.lines[0]!, cur.lines[1]], [cur.lines[cur.lines.length - 1]!, cur.lines[cur.lines.length - 2]]] as const) {
    const k = pageNumber(l);
    if (k === undefined || !(k === n || (n > 1 && Math.abs(k - n) === 1)) || l.bbox.x1 - l.bbox.x0 >= cur.width * 0.2) continue;
    if ((l.bbox.x0 + l.bbox.x1) / 2 < cur.width * 0.35 || !apart(l, next, pitch0)) continue;
    drop(cur, l);
  }
  const cp = pitchOf(cur.lines);
  // A running line already found on earlier pages.
  for (const [l, next] of [[cur.lines[0]!, cur.lines[1]], [cur.lines[cur.lines.length - 1]!, cur.lines[cur.lines.length - 2]]] as const) {
    if (cur.lines.length >= 3 && runs.has(runKey(l)) && apart(l, next, cp)) drop(cur, l);
  }
  if (!prev || prev.source !== 'pdf-text' || prev.lines.length < 3 || cur.lines.length < 3) return dropped;
  const [pf, pl] = ends(prev);
  const [cf, cl] = ends(cur);
  const pp = pitchOf(prev.lines);
  // A running head (first lines) or footer (last lines) the two pages print alike.
  if (runKey(pf!) === runKey(cf!) && apart(pf!, prev.lines[1], pp) && apart(cf!, cur.lines[1], cp)) {
    runs.add(runKey(pf!));
    drop(prev, pf!);
    drop(cur, cf!);
  }
  if (runKey(pl!) === runKey(cl!) && apart(pl!, prev.lines[prev.lines.length - 2], pp) && apart(cl!, cur.lines[cur.lines.length - 2], cp)) {
    runs.add(runKey(pl!));
    drop(prev, pl!);
    drop(cur, cl!);
  }
  return dropped;
}
