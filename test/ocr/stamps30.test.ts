// scans30: a portal's received stamp whose title the OCR misread or lost, made-up letters
// (word boxes laid out by hand as tesseract returns them; no OCR here).
import { describe, expect, it } from 'vitest';
import { HEADER, H, W, line, paragraph, regions, small } from './page-lines.js';
import type { OcrLine } from '../../src/ocr/pool.js';

/** One word at x with its confidence, 40 px high at y (or `h` high). */
function word(x: number, y: number, text: string, confidence: number, h = 40) {
  return { text, confidence, bbox: { x0: x, y0: y, x1: x + text.length * 22, y1: y + h } };
}
function rowOf(...ws: ReturnType<typeof word>[]): OcrLine {
  return { words: ws, bbox: { x0: Math.min(...ws.map((w) => w.bbox.x0)), y0: Math.min(...ws.map((w) => w.bbox.y0)), x1: Math.max(...ws.map((w) => w.bbox.x1)), y1: Math.max(...ws.map((w) => w.bbox.y1)) }, paragraph: paragraph() };
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

describe('scans30: seal dust in a decision\'s trích yếu', () => {
  const TOP = HEADER.slice(1, 5);
  it('ocr.layout.subject-dust: a dust line between two lines of the trích yếu is cut, and a lone mark under it', () => {
    const page = [
      ...TOP,
      line(680, [900, 'Về việc hỗ trợ giống cây trồng cho tỉnh Hòa Sơn']),
      rowOf(word(1100, 735, 'F4', 30), word(1170, 735, '7', 40), word(1220, 735, 'ˆ', 20)),
      line(760, [1000, 'khắc phục hậu quả mưa lũ']),
      rowOf(word(1600, 830, 'l', 20)),
      line(900, [1060, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']),
      line(1000, [380, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;']),
    ];
    const { text, of } = regions([page]);
    expect(of('subject')[0]).toMatch(/Về việc hỗ trợ giống cây trồng cho tỉnh Hòa Sơn\nkhắc phục hậu quả mưa lũ$/);
    expect(text).not.toMatch(/F4|ˆ|\nl\n/);
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
  });

  it('keeps a short line of words under the trích yếu', () => {
    const page = [...TOP, line(680, [900, 'Về việc hỗ trợ giống cây trồng']), line(900, [1100, 'Tờ trình']), line(1000, [380, 'Căn cứ Luật Tổ chức chính quyền địa phương;'])];
    const { text } = regions([page]);
    expect(text).toContain('Tờ trình');
  });
});

describe('scans30: a received stamp over the body\'s left edge', () => {
  const body = (y: number, text: string) => line(y, [300, text]);
  it('ocr.stamp.den-margin: the large "ĐẾN" left of the margin takes the faint and capital words of its rows', () => {
    const page = [
      ...HEADER.slice(0, 6),
      body(900, 'Thời gian qua, các cấp, các ngành đã có nhiều cố gắng trong lãnh đạo'),
      rowOf(word(0, 960, 'EAoiok', 0), word(384, 966, 'TIN', 62), word(460, 966, 'HỌC', 88), word(560, 960, 'Hòa', 92), word(650, 960, 'Sơn', 92), word(740, 960, 'đã', 92), word(800, 960, 'triển', 92), word(920, 960, 'khai', 92), word(1030, 960, 'nhiều', 92)),
      rowOf(word(7, 1030, 'ĐẾN', 93, 70), word(134, 1040, '|c', 42), word(300, 1030, 'chương', 95), word(450, 1030, 'trình', 95), word(580, 1030, 'cải', 95), word(650, 1030, 'cách', 95), word(760, 1030, 'hành', 95), word(870, 1030, 'chính', 95)),
      body(1100, 'đối với các dự án đầu tư bằng nguồn vốn ngoài ngân sách nhà nước'),
      body(1160, 'chuyển biến tích cực trong việc cải thiện môi trường đầu tư kinh doanh'),
      body(1220, 'lan tỏa mạnh mẽ đến cộng đồng doanh nghiệp trong và ngoài tỉnh'),
    ];
    const { text, of } = regions([page]);
    expect(of('stamp').join(' ')).toMatch(/EAoiok.*TIN.*HỌC.*ĐẾN.*\|c/);
    expect(text).toContain('Hòa Sơn đã triển khai nhiều');
    expect(text).toContain('chương trình cải cách hành chính');
    expect(text).not.toMatch(/ĐẾN|TIN HỌC|EAoiok/);
  });

  it('keeps a heading "ĐẾN NĂM 2030" that starts at the margin', () => {
    const page = [
      ...HEADER.slice(0, 6),
      body(900, 'Thời gian qua, các cấp, các ngành đã có nhiều cố gắng trong lãnh đạo'),
      body(960, 'ĐẾN NĂM 2030 TẦM NHÌN ĐẾN NĂM 2045 của tỉnh Hòa Sơn'),
      body(1020, 'đối với các dự án đầu tư bằng nguồn vốn ngoài ngân sách nhà nước'),
      body(1080, 'chuyển biến tích cực trong việc cải thiện môi trường đầu tư kinh doanh'),
      body(1140, 'lan tỏa mạnh mẽ đến cộng đồng doanh nghiệp trong và ngoài tỉnh'),
    ];
    const { text } = regions([page]);
    expect(text).toContain('ĐẾN NĂM 2030 TẦM NHÌN ĐẾN NĂM 2045');
  });
});

