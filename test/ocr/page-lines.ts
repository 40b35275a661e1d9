// OCR lines laid out by hand as tesseract returns them for a letter page, for the layout tests (no OCR here).
import { createDoc } from '../../src/doc.js';
import { RawBuilder } from '../../src/ocr/assemble.js';
import type { OcrLine } from '../../src/ocr/pool.js';

let para = 0;
/** The next OCR paragraph number (tesseract numbers each block of lines). */
export function paragraph(): number {
  return para++;
}
/** One OCR line: runs of words, each run starting at x (px), 40 px high at y. */
export function line(y: number, ...runs: [number, string][]): OcrLine {
  const words = runs.flatMap(([x, text]) => {
    let at = x;
    return text.split(' ').map((t) => {
      const w = { text: t, confidence: 92, bbox: { x0: at, y0: y, x1: at + t.length * 22, y1: y + 40 } };
      at = w.bbox.x1 + 14;
      return w;
    });
  });
  const bbox = { x0: words[0]!.bbox.x0, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 40 };
  return { words, bbox, paragraph: para++ };
}

/** A line in small print: 24 px high, 12 px a letter. */
export function small(y: number, x: number, text: string): OcrLine {
  let at = x;
  const words = text.split(' ').map((t) => {
    const w = { text: t, confidence: 90, bbox: { x0: at, y0: y, x1: at + t.length * 12, y1: y + 24 } };
    at = w.bbox.x1 + 8;
    return w;
  });
  return { words, bbox: { x0: x, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 24 }, paragraph: para++ };
}

export const W = 2480;
export const H = 3508;

export function regions(pages: OcrLine[][]) {
  const raw = new RawBuilder();
  pages.forEach((lines, i) => raw.addPage({ width: W, height: H, source: 'ocr', lines }, i === pages.length - 1));
  const doc = createDoc('t.png');
  raw.finish(doc);
  const text = doc.raw!.text;
  return { doc, text, of: (kind: string) => doc.regions!.filter((r) => r.kind === kind).map((r) => r.text ?? text.slice(r.start, r.end)) };
}

export const HEADER = [
  line(40, [1500, 'Ký bởi: Ủy ban nhân dân tỉnh Thời gian ký: 04/02/2025 16:42:36']),
  line(300, [380, 'ỦY BAN NHÂN DÂN'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
  line(360, [380, 'TỈNH QUẢNG NGÃI'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
  line(500, [380, 'Số: 12 /UBND-VX'], [1220, 'Quảng Ngãi, ngày 03 tháng 02 năm 2025']),
  line(620, [1060, 'QUYẾT ĐỊNH']),
  line(680, [700, 'Về việc giao chỉ tiêu năm 2025']),
  line(900, [380, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;']),
];
