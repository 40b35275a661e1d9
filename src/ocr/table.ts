// table.ocr-sparse-reread: a table read as a page (page segmentation 4) has the cells of a row on one tesseract line,
// their wide gaps among its word gaps, and tesseract then takes many word gaps for letter gaps ("Côngantỉnh",
// "Thểthao"). Read as sparse text (mode 11), each cell's text is a line of its own and its spaces come back. The
// table's band of the page is read again so and its lines replace the first reading's there.
import sharp from 'sharp';
import type { OcrLine, OcrPool, OcrWord } from './pool.js';
import type { Prepared } from './preprocess.js';

const height = (l: OcrLine) => l.bbox.y1 - l.bbox.y0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Gaps in a line wider than a letter's height: the gutters between a table row's cells (a bar alone counts as one). */
export function cellGaps(l: OcrLine): number {
  const h = median(l.words.map((w) => w.bbox.y1 - w.bbox.y0)) || height(l);
  let n = 0;
  for (let i = 1; i < l.words.length; i++) {
    const a = l.words[i - 1]!;
    const b = l.words[i]!;
    if (/^[|¦]+$/.test(b.text) || b.bbox.x0 - a.bbox.x1 > h) n++;
  }
  return n;
}

/** The band of a page (top, bottom) that holds a table: from the first to the last of four or more lines split into
 *  three cells or more (a letter's two-column header and a signature block split into two). */
export function tableBand(lines: OcrLine[]): [number, number] | undefined {
  const rows = lines.filter((l) => l.words.length >= 3 && cellGaps(l) >= 2);
  if (rows.length < 4) return undefined;
  const top = Math.min(...rows.map((l) => l.bbox.y0));
  const bottom = Math.max(...rows.map((l) => l.bbox.y1));
  // The lines under the last split row that sit between its columns (a row's wrapped cells) belong to the table: up to
  // the first line that starts left of every row's second cell and runs past the middle of the page (prose again).
  let end = bottom;
  const inBand = lines.filter((l) => l.bbox.y0 >= bottom).sort((a, b) => a.bbox.y0 - b.bbox.y0);
  const h = median(rows.map(height));
  for (const l of inBand) {
    if (l.bbox.y0 - end > h * 3) break;
    if (cellGaps(l) === 0 && l.words.length >= 8) break;
    end = Math.max(end, l.bbox.y1);
  }
  return [top, end];
}

/** Words into lines: a word joins the line whose band (median top and bottom of its words) holds most of its box. */
export function wordLines(words: OcrWord[], paragraph: number): OcrLine[] {
  const sorted = [...words].sort((a, b) => a.bbox.y0 + a.bbox.y1 - (b.bbox.y0 + b.bbox.y1) || a.bbox.x0 - b.bbox.x0);
  const groups: OcrWord[][] = [];
  let band: [number, number] = [0, 0];
  for (const w of sorted) {
    const g = groups[groups.length - 1];
    const over = g ? Math.min(band[1], w.bbox.y1) - Math.max(band[0], w.bbox.y0) : 0;
    if (g && over >= Math.min(w.bbox.y1 - w.bbox.y0, band[1] - band[0]) * 0.5) g.push(w);
    else groups.push([w]);
    const cur = groups[groups.length - 1]!;
    band = [median(cur.map((x) => x.bbox.y0)), median(cur.map((x) => x.bbox.y1))];
  }
  return groups.map((g) => {
    g.sort((a, b) => a.bbox.x0 - b.bbox.x0);
    const bbox = { x0: Math.min(...g.map((w) => w.bbox.x0)), y0: Math.min(...g.map((w) => w.bbox.y0)), x1: Math.max(...g.map((w) => w.bbox.x1)), y1: Math.max(...g.map((w) => w.bbox.y1)) };
    return { words: g, bbox, paragraph };
  });
}

/** table.ocr-wrap-dot: the OCR ends a cell's line with a dot that is not there ("Sở Giáo dục và Đào." over "tạo"): a dot
 *  after a word of letters that ends its cell's line, when the cell goes on below with a word of small letters. */
export function wrapDots(lines: OcrLine[]): OcrLine[] {
  return lines.map((l, i) => {
    const below = lines[i + 1];
    if (!below) return l;
    const h = median(l.words.map((w) => w.bbox.y1 - w.bbox.y0)) || height(l);
    if (below.bbox.y0 - l.bbox.y1 > h * 1.5) return l;
    let cellStart = 0;
    const words = l.words.map((w, k) => {
      if (k > 0 && w.bbox.x0 - l.words[k - 1]!.bbox.x1 > h * 1.2) cellStart = k;
      const next = l.words[k + 1];
      if (!/^\p{L}{2,}\.$/u.test(w.text) || (next && next.bbox.x0 - w.bbox.x1 <= h * 1.2)) return w;
      const x = l.words[cellStart]!.bbox.x0;
      const on = below.words.find((b) => Math.abs(b.bbox.x0 - x) <= h * 1.5);
      if (!on || !/^\p{Ll}/u.test(on.text)) return w;
      const per = (w.bbox.x1 - w.bbox.x0) / w.text.length;
      return { ...w, text: w.text.slice(0, -1), bbox: { ...w.bbox, x1: w.bbox.x1 - per } };
    });
    return words.some((w, k) => w !== l.words[k]) ? { ...l, words } : l;
  });
}

/** The lines of `lines` whose middle lies in [top, bottom) replaced by `again` (placed where the first of them was). */
export function spliceBand(lines: OcrLine[], [top, bottom]: [number, number], again: OcrLine[]): OcrLine[] {
  const inside = (l: OcrLine) => (l.bbox.y0 + l.bbox.y1) / 2 >= top && (l.bbox.y0 + l.bbox.y1) / 2 < bottom;
  const at = lines.findIndex(inside);
  if (at < 0) return lines;
  return [...lines.slice(0, at).filter((l) => !inside(l)), ...again, ...lines.slice(at).filter((l) => !inside(l))];
}

/** Whether the first reading glued syllables in the band: two words or more with a run of eight letters or more (no
 *  Vietnamese syllable is so long: "Côngantỉnh"). A table read well is not read again (the second pass costs seconds). */
export function glued(lines: OcrLine[], [top, bottom]: [number, number]): boolean {
  let n = 0;
  for (const l of lines) {
    if ((l.bbox.y0 + l.bbox.y1) / 2 < top || (l.bbox.y0 + l.bbox.y1) / 2 > bottom) continue;
    for (const w of l.words) if (/\p{L}{8,}/u.test(w.text) && ++n >= 2) return true;
  }
  return false;
}

const PAD = 10;

export async function sparseReread(pool: OcrPool, page: Prepared, lines: OcrLine[], dpi?: number): Promise<{ lines: OcrLine[]; band?: [number, number] }> {
  const band = tableBand(lines);
  if (!band || !glued(lines, band)) return { lines };
  const top = Math.max(0, Math.floor(band[0]) - PAD);
  const bottom = Math.min(page.height, Math.ceil(band[1]) + PAD);
  const png = await sharp(page.png).extract({ left: 0, top, width: page.width, height: bottom - top }).png({ compressionLevel: 1 }).toBuffer();
  const r = await pool.recognize(png, { dpi, psm: '11' });
  const words = r.lines.flatMap((l) => l.words).filter((w) => w.text.trim()).map((w) => ({ ...w, bbox: { ...w.bbox, y0: w.bbox.y0 + top, y1: w.bbox.y1 + top } }));
  const old = lines.filter((l) => (l.bbox.y0 + l.bbox.y1) / 2 >= top && (l.bbox.y0 + l.bbox.y1) / 2 < bottom);
  const oldWords = old.flatMap((l) => l.words);
  // Kept when it read as much text, in as many words or more (spaces found again), no less surely.
  const len = (ws: OcrWord[]) => ws.reduce((n, w) => n + w.text.length, 0);
  const conf = (ws: OcrWord[]) => ws.reduce((n, w) => n + w.confidence, 0) / (ws.length || 1);
  if (!words.length || len(words) < len(oldWords) * 0.9 || words.length < oldWords.length || conf(words) < conf(oldWords) - 3) return { lines };
  // Sparse reading drops a lone figure (a row's number): words of the first reading that no new box overlaps stay.
  const overlaps = (a: OcrWord, b: OcrWord) => Math.min(a.bbox.x1, b.bbox.x1) > Math.max(a.bbox.x0, b.bbox.x0) && Math.min(a.bbox.y1, b.bbox.y1) > Math.max(a.bbox.y0, b.bbox.y0);
  // and so does a row's number the sparse reading misread alone ("3" as "G¡"), its box over the figure's.
  const figure = (w: OcrWord) => /^(?:\d{1,3}|[IVX]{1,4})[.)]?$/.test(w.text);
  const renumbered = new Set<OcrWord>();
  for (const o of oldWords) {
    const over = words.filter((w) => overlaps(o, w));
    if (figure(o) && over.length === 1 && !figure(over[0]!) && over[0]!.text.length <= 3) renumbered.add(over[0]!);
  }
  const kept = oldWords.filter((o) => !words.some((w) => overlaps(o, w) && !renumbered.has(w)));
  const again = wrapDots(wordLines([...words.filter((w) => !renumbered.has(w)), ...kept], old[0]?.paragraph ?? 0));
  return { lines: spliceBand(lines, [top, bottom], again), band: [top, bottom] };
}
