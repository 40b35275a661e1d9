// Reading order for two-column parts of an official letter. Tesseract (and a
// PDF text layer) read the ND30 header line by line across both columns:
// "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." then "TỈNH QUẢNG NGÃI Độc lập ...".
// A clerk reads the issuer, then the motto; "Nơi nhận", then the signature.
// Within a run of evenly spaced lines where at least two lines share a wide
// gutter, we emit the left column, then the right one.
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

/** The widest gap between words of a line, when it is wide enough to be a gutter. */
function gutter(line: OcrLine, minGap: number): [number, number] | undefined {
  const ws = [...line.words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
  let best: [number, number] | undefined;
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1]!.bbox.x1;
    const b = ws[i]!.bbox.x0;
    if (b - a >= minGap && (!best || b - a > best[1] - best[0])) best = [a, b];
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
  const emitPlain = (run: OcrLine[]) => {
    let last: number | undefined;
    for (const l of run) {
      if (last !== undefined && l.paragraph !== last) para++;
      last = l.paragraph;
      out.push({ ...l, paragraph: para });
    }
    para++;
  };
  const minGap = Math.max(2.5 * h, 40);
  const columnar = (run: OcrLine[]): void => {
    const gaps = run.map((l) => gutter(l, minGap));
    const split = gaps.filter((g): g is [number, number] => !!g);
    if (split.length < 2) return emitPlain(run);
    const a = Math.max(...split.map((g) => g[0]));
    const b = Math.min(...split.map((g) => g[1]));
    if (a >= b) return emitPlain(run);
    // A line with a word across the gutter is not part of the columns.
    const cross = run.findIndex((l) => l.words.some((w) => w.bbox.x0 < b && w.bbox.x1 > a));
    if (cross >= 0) {
      columnar(run.slice(0, cross));
      emitPlain([run[cross]!]);
      columnar(run.slice(cross + 1));
      return;
    }
    const left: OcrLine[] = [];
    const right: OcrLine[] = [];
    for (const l of run) {
      const lw = l.words.filter((w) => w.bbox.x1 <= a);
      const rw = l.words.filter((w) => w.bbox.x0 >= b);
      if (lw.length) left.push(lineOf(lw, para));
      if (rw.length) right.push(lineOf(rw, para + 1));
    }
    out.push(...left, ...right);
    para += 2;
  };
  for (const run of runs) if (run.length) columnar(run);
  return out;
}
