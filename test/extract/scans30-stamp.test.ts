// scans30: a portal's received stamp whose title the OCR misread or lost, made-up letters
// (word boxes laid out by hand as tesseract returns them; no OCR here).
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { RawBuilder } from '../../src/ocr/assemble.js';
import type { OcrLine } from '../../src/ocr/pool.js';

let para = 0;
/** One OCR line: runs of words, each run starting at x (px), 40 px high at y. */
function line(y: number, ...runs: [number, string][]): OcrLine {
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
function small(y: number, x: number, text: string): OcrLine {
  let at = x;
  const words = text.split(' ').map((t) => {
    const w = { text: t, confidence: 90, bbox: { x0: at, y0: y, x1: at + t.length * 12, y1: y + 24 } };
    at = w.bbox.x1 + 8;
    return w;
  });
  return { words, bbox: { x0: x, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 24 }, paragraph: para++ };
}

const W = 2480;
const H = 3508;

function regions(pages: OcrLine[][]) {
  const raw = new RawBuilder();
  pages.forEach((lines, i) => raw.addPage({ width: W, height: H, source: 'ocr', lines }, i === pages.length - 1));
  const doc = createDoc('t.png');
  raw.finish(doc);
  const text = doc.raw!.text;
  return { doc, text, of: (kind: string) => doc.regions!.filter((r) => r.kind === kind).map((r) => r.text ?? text.slice(r.start, r.end)) };
}

const HEADER = [
  line(40, [1500, 'Ký bởi: Ủy ban nhân dân tỉnh Thời gian ký: 04/02/2025 16:42:36']),
  line(300, [380, 'ỦY BAN NHÂN DÂN'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
  line(360, [380, 'TỈNH QUẢNG NGÃI'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
  line(500, [380, 'Số: 12 /UBND-VX'], [1220, 'Quảng Ngãi, ngày 03 tháng 02 năm 2025']),
  line(620, [1060, 'QUYẾT ĐỊNH']),
  line(680, [700, 'Về việc giao chỉ tiêu năm 2025']),
  line(900, [380, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;']),
];


/** One word at x with its confidence, 40 px high at y (or `h` high). */
function word(x: number, y: number, text: string, confidence: number, h = 40) {
  return { text, confidence, bbox: { x0: x, y0: y, x1: x + text.length * 22, y1: y + h } };
}
function rowOf(...ws: ReturnType<typeof word>[]): OcrLine {
  return { words: ws, bbox: { x0: Math.min(...ws.map((w) => w.bbox.x0)), y0: Math.min(...ws.map((w) => w.bbox.y0)), x1: Math.max(...ws.map((w) => w.bbox.x1)), y1: Math.max(...ws.map((w) => w.bbox.y1)) }, paragraph: para++ };
}

describe('scans30: received stamps of a portal', () => {
  it('ocr.stamp.portal-title-misread: "TIM" for "TIN" and the last words run together still make the title', () => {
    const page = [
      ...HEADER.slice(0, 6),
      line(760, [60, 'CỔNG THÔNG TIM ĐIỆN TỨCHÍNHPHU']),
      line(800, [60, 'ĐẾN'], [150, 'Gờ:'], [700, 'Kính gửi: Sở Nội vụ tỉnh Hòa Sơn']),
      line(840, [130, 'Ngày:11/3/26'], [700, 'Căn cứ Luật Tổ chức chính quyền địa phương;']),
      line(1000, [60, 'Thời gian qua, các cấp, các ngành đã có nhiều cố gắng']),
    ];
    const { text, of } = regions([page]);
    expect(of('stamp').join(' ')).toMatch(/TIM ĐIỆN/);
    expect(text).toContain('Kính gửi: Sở Nội vụ tỉnh Hòa Sơn');
    expect(text).toContain('Thời gian qua, các cấp');
    expect(text).not.toMatch(/TIM ĐIỆN|ĐẾN|11\/3\/26|Gờ:/);
  });

  it('keeps "THÔNG TIN" that goes on with another word (no "ĐIỆN TỬ")', () => {
    const page = [...HEADER.slice(0, 6), line(760, [60, 'TRUNG TÂM THÔNG TIN ĐIỀU HÀNH']), line(1000, [60, 'Thời gian qua, các cấp'])];
    const { text } = regions([page]);
    expect(text).toContain('TRUNG TÂM THÔNG TIN ĐIỀU HÀNH');
  });

  it('ocr.stamp.portal-den and portal-debris: a garbled title is found by the large "ĐẾN" and its "Ngày" label; faint marks beside it go too', () => {
    const page = [
      ...HEADER.slice(0, 4),
      rowOf(word(220, 560, 'CỔNGTBÔNGTNĐEATƯOfNN', 0), word(880, 565, 'in', 10)),
      rowOf(word(212, 650, 'ĐẾN', 93, 68), word(344, 646, '®--C', 25), word(955, 640, '^N', 37), word(1170, 650, 'QUYẾT', 40), word(1390, 650, 'ĐỊNH', 88)),
      rowOf(word(340, 712, 'Ngày.', 91), word(440, 702, '1703.', 91), word(600, 700, 'lông.', 1)),
      line(840, [440, 'Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2026']),
      line(1000, [380, 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;']),
    ];
    const { text, of } = regions([page]);
    expect(of('stamp').join(' ')).toMatch(/ĐẾN.*Ngày\..*1703/);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2026');
    expect(text).toContain('Căn cứ Luật Tổ chức Chính phủ');
    expect(text).not.toMatch(/ĐẾN|1703|lông|CỔNGTB|\^N|®/);
  });

  it('keeps an upper-case "ĐẾN" of a title with no "Ngày"/"Giờ" under it', () => {
    const page = [...HEADER.slice(0, 4), line(650, [300, 'TỪ NĂM 2026 ĐẾN NĂM 2030']), line(1000, [380, 'Căn cứ Luật Tổ chức Chính phủ'])];
    const { text } = regions([page]);
    expect(text).toContain('TỪ NĂM 2026 ĐẾN NĂM 2030');
  });
});
