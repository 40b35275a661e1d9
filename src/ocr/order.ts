// Reading order for two-column parts of an official letter. Tesseract (and a
// PDF text layer) read the ND30 header line by line across both columns:
// "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." then "TỈNH QUẢNG NGÃI Độc lập ...".
// A clerk reads the issuer, then the motto; "Nơi nhận", then the signature.
// Within a run of closely spaced lines with a wide empty strip (gutter) down
// the middle, we emit the left column, then the right one.
import type { BBox } from '../doc.js';
import type { OcrLine, OcrWord } from './pool.js';

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function lineOf(words: OcrWord[], paragraph: number): OcrLine {
  const bbox: BBox = {
    x0: Math.min(...words.map((w) => w.bbox.x0)),
    y0: Math.min(...words.map((w) => w.bbox.y0)),
    x1: Math.max(...words.map((w) => w.bbox.x1)),
    y1: Math.max(...words.map((w) => w.bbox.y1)),
  };
  return { words, bbox, paragraph };
}

/** Widest vertical strip (at least `minGap` wide) that no word crosses, with words on both sides. */
function gutter(run: OcrLine[], minGap: number): [number, number] | undefined {
  const spans = run.flatMap((l) => l.words.map((w) => [w.bbox.x0, w.bbox.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  let best: [number, number] | undefined;
  let reach = spans[0]?.[1] ?? 0;
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= minGap && (!best || x0 - reach > best[1] - best[0])) best = [reach, x0];
    reach = Math.max(reach, x1);
  }
  return best;
}

/** Reorder lines (given in top-to-bottom order) so two-column runs read column by column. */
export function readingOrder(lines: OcrLine[]): OcrLine[] {
  if (lines.length < 2) return lines;
  const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0);
  const h = median(heights) || 1;
  const pitch = median(lines.slice(1).map((l, i) => l.bbox.y1 - lines[i]!.bbox.y1).filter((d) => d > 0)) || h * 1.45;

  // Runs of evenly spaced lines.
  const runs: OcrLine[][] = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const d = prev ? l.bbox.y1 - prev.bbox.y1 : Infinity;
    if (run && d > 0 && d <= pitch * 1.3) run.push(l);
    else runs.push([l]);
  }

  const out: OcrLine[] = [];
  let para = 0;
  // Plain lines keep the paragraphs they came with; a column block starts new ones.
  let lastSource: number | undefined;
  const emitPlain = (run: OcrLine[]) => {
    for (const l of run) {
      if (lastSource !== undefined && l.paragraph !== lastSource) para++;
      lastSource = l.paragraph;
      out.push({ ...l, paragraph: para });
    }
  };
  const minGap = 1.5 * h;
  const columnar = (run: OcrLine[]): void => {
    if (!run.length) return;
    if (run.length < 2) return emitPlain(run);
    const g = gutter(run, minGap);
    if (!g) {
      // Full-width lines (body text) hide the columns around them: split the
      // run at them and look again in the pieces.
      const x0 = Math.min(...run.map((l) => l.bbox.x0));
      const x1 = Math.max(...run.map((l) => l.bbox.x1));
      const isWide = (l: OcrLine) => l.bbox.x1 - l.bbox.x0 > 0.6 * (x1 - x0);
      const wide = run.findIndex(isWide);
      if (wide < 0 || run.every(isWide)) return emitPlain(run);
      columnar(run.slice(0, wide));
      emitPlain([run[wide]!]);
      columnar(run.slice(wide + 1));
      return;
    }
    const [a, b] = g;
    const left: OcrLine[] = [];
    const right: OcrLine[] = [];
    for (const l of run) {
      const lw = l.words.filter((w) => w.bbox.x1 <= a);
      const rw = l.words.filter((w) => w.bbox.x0 >= b);
      if (lw.length) left.push(lineOf(lw, 0));
      if (rw.length) right.push(lineOf(rw, 0));
    }
    // One line on the right ("Quảng Ngãi, ngày ..." beside "Số: ...") is read
    // across, as printed: it is not a column.
    if (right.length < 2) return emitPlain(run);
    if (out.length) para++;
    for (const l of left) out.push({ ...l, paragraph: para });
    if (left.length) para++;
    for (const l of right) out.push({ ...l, paragraph: para });
    lastSource = Number.NaN; // the next plain line starts a paragraph
    para++;
  };
  for (const run of runs) if (run.length) columnar(run);
  return out;
}
