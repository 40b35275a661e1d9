// Reading order of two-column parts, and the in-order page window. No OCR.
import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/ocr/order.js';
import { ordered } from '../../src/ocr/window.js';
import type { OcrLine } from '../../src/ocr/pool.js';

/** A line from [text, x0] runs at baseline y (each word 12 px a letter, 30 px high). */
function line(y: number, ...runs: [string, number][]): OcrLine {
  const words = runs.flatMap(([text, x]) => {
    let at = x;
    return text.split(' ').map((t) => {
      const w = { text: t, bbox: { x0: at, y0: y - 30, x1: at + 12 * t.length, y1: y }, confidence: 90 };
      at += 12 * t.length + 12;
      return w;
    });
  });
  const bbox = { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: y - 30, x1: Math.max(...words.map((w) => w.bbox.x1)), y1: y };
  return { words, bbox, paragraph: 0 };
}
const text = (lines: OcrLine[]) => lines.map((l) => l.words.map((w) => w.text).join(' '));

describe('readingOrder', () => {
  it('reads the ND30 header column by column, and keeps the number line whole', () => {
    const lines = [
      line(100, ['ỦY BAN NHÂN DÂN', 100], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 800]),
      line(145, ['TỈNH QUẢNG NGÃI', 110], ['Độc lập - Tự do - Hạnh phúc', 850]),
      line(230, ['Số: /UBND-KGVX', 100], ['Quảng Ngãi, ngày 24 tháng 01 năm 2025', 800]),
      line(275, ['V/v triển khai Mô hình', 100]),
      // Body lines set the usual line pitch (45): the header rows are one run, the number row another.
      ...[360, 405, 450, 495].map((y) => line(y, ['Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 1215/TTg-KSTT ngày 24/9/2025 về việc triển khai', 100])),
    ];
    expect(text(readingOrder(lines))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: /UBND-KGVX Quảng Ngãi, ngày 24 tháng 01 năm 2025',
      'V/v triển khai Mô hình',
      ...Array(4).fill('Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 1215/TTg-KSTT ngày 24/9/2025 về việc triển khai'),
    ]);
  });

  it('reads "Nơi nhận" before the signature even when their lines interleave', () => {
    const lines = [
      line(1000, ['Yêu cầu các đơn vị, địa phương triển khai thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh./.', 100]),
      line(1080, ['Nơi nhận:', 100]),
      line(1090, ['KT. CHỦ TỊCH', 900]),
      line(1120, ['- Như trên;', 100]),
      line(1135, ['PHÓ CHỦ TỊCH', 900]),
      line(1160, ['- Lưu: VT.', 100]),
      line(1300, ['Trần Phước Hiền', 900]),
    ];
    const out = readingOrder(lines);
    expect(text(out)).toEqual(['Yêu cầu các đơn vị, địa phương triển khai thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Phước Hiền']);
    // The columns are separate paragraphs.
    expect(new Set(out.map((l) => l.paragraph)).size).toBeGreaterThanOrEqual(3);
  });

  it('leaves ordinary body text alone', () => {
    const lines = [100, 145, 190].map((y) => line(y, ['Phổ biến, quán triệt và triển khai thực hiện kịp thời, có hiệu quả Quy định số 05', 100]));
    expect(readingOrder(lines)).toEqual(lines);
  });
});

describe('ordered', () => {
  it('yields results in order with at most `width` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const got: number[] = [];
    for await (const v of ordered(6, 2, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (6 - i) * 3));
      inFlight--;
      return i * 10;
    })) got.push(v);
    expect(got).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBe(2);
  });
});
