import { describe, expect, it } from 'vitest';
import { breakLine, wrapText } from '../../scripts/wrap.js';

describe('wrapText (npm run eval -- --wrap N)', () => {
  it('breaks a long line at spaces, no line over the width', () => {
    const line = 'Đề nghị các phòng chuyên môn khẩn trương rà soát, tổng hợp số liệu và báo cáo kết quả thực hiện về Văn phòng trước ngày 20 tháng 5 năm 2025.';
    const out = wrapText(line, 80).split('\n');
    expect(out.length).toBe(2);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(80);
    expect(out.join(' ')).toBe(line);
  });

  it('joins a paragraph the source wrapped, whose next line opens in lower case', () => {
    const text = 'Ủy ban nhân dân xã yêu cầu các thôn tổ chức tuyên truyền sâu rộng đến từng\nhộ gia đình về kế hoạch dọn vệ sinh môi trường.';
    expect(wrapText(text, 60)).toBe('Ủy ban nhân dân xã yêu cầu các thôn tổ chức tuyên truyền sâu\nrộng đến từng hộ gia đình về kế hoạch dọn vệ sinh môi\ntrường.');
  });

  it('keeps blank lines, short lines, table rows and item lines as they are', () => {
    const text = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'KẾ HOẠCH',
      '',
      '| 1 | Rà soát hồ sơ đất đai của các hộ gia đình trên toàn xã | Phòng Kinh tế |',
      '1     Kiểm tra hồ sơ các hộ ven sông      Phòng Kinh tế      Quý II',
      'Các thôn báo cáo kết quả thực hiện đợt một cho Ủy ban nhân dân xã trước ngày 10.',
      'a) Thôn Đông chuẩn bị địa điểm.',
    ];
    const out = wrapText(text.join('\n'), 40).split('\n');
    expect(out.slice(0, 5)).toEqual(text.slice(0, 5));
    expect(out.at(-1)).toBe(text.at(-1));
    // the 81-character sentence takes three lines of 40
    expect(out.slice(5, 8).join(' ')).toBe(text[5]);
    expect(out.length).toBe(text.length + 2);
  });

  it('joins a line that goes on with a number and small letters, not an item', () => {
    const text = 'Căn cứ Kế hoạch số 12/KH-UBND ngày 3 tháng 2 năm 2026 của Ủy ban nhân dân tỉnh ngày\n15/3/2026 của Sở Nội vụ về việc rà soát;\n2. Sở Tài chính bố trí kinh phí.';
    expect(wrapText(text, 200).split('\n')).toEqual(['Căn cứ Kế hoạch số 12/KH-UBND ngày 3 tháng 2 năm 2026 của Ủy ban nhân dân tỉnh ngày 15/3/2026 của Sở Nội vụ về việc rà soát;', '2. Sở Tài chính bố trí kinh phí.']);
  });

  it('keeps the lines of a table: cells one a line under a tab header, and cells between rows of a layout dump', () => {
    const cells = 'TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\nTổ chức hội nghị phổ biến quy định mới về quản lý đất đai cho cán bộ các xã\nSở Nông nghiệp và Môi trường\nQuý III/2026\n';
    expect(wrapText(cells, 40)).toBe(cells);
    const dump = '1    Tổ chức hội nghị                     Sở Tư pháp       Quý I\n     phổ biến quy định mới về quản lý đất đai cho cán bộ\n     các xã trên địa bàn\n2    Rà soát văn bản                      Sở Nội vụ        Quý II\n';
    expect(wrapText(dump, 40)).toBe(dump);
  });

  it('leaves a word longer than the width on its own line', () => {
    expect(breakLine('xem https://example.invalid/a/very/long/path/of/many/parts tại đây', 20)).toEqual(['xem', 'https://example.invalid/a/very/long/path/of/many/parts', 'tại đây']);
  });
});
