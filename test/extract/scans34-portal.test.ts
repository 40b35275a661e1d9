// ocr.stamp.portal-line (made-up page lines): a portal's received stamp is cut out as a box 4.5 title heights deep,
// which can reach the body's first line under its frame; plain words there that the line goes on from are kept.
import { describe, expect, it } from 'vitest';
import { HEADER, line, regions, small } from '../ocr/page-lines.js';

describe('ocr.stamp.portal-line', () => {
  it('keeps the opening words of a body line that the stamp\'s box reaches', () => {
    const page = [
      ...HEADER.slice(0, 6),
      small(760, 60, 'CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ'),
      line(800, [60, 'ĐẾN'], [150, 'Ngày:04/5/31']),
      line(846, [300, 'Căn cứ'], [460, 'Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;']),
    ];
    const { text, of } = regions([page]);
    expect(text).toContain('Căn cứ Luật Tổ chức Chính phủ');
    expect(of('stamp').join(' ')).toMatch(/THÔNG TIN ĐIỆN TỬ.*ĐẾN.*Ngày:04\/5\/31/);
    expect(text).not.toMatch(/ĐẾN|04\/5\/31/);
  });

  it('still cuts the stamp\'s own words on a row the body goes on from', () => {
    const page = [
      ...HEADER.slice(0, 6),
      small(760, 60, 'CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ'),
      line(800, [60, 'ĐẾN'], [200, 'Giờ:9h30'], [460, 'Kính gửi: Sở Tài chính tỉnh Hòa Sơn']),
    ];
    const { text } = regions([page]);
    expect(text).toContain('Kính gửi: Sở Tài chính');
    expect(text).not.toMatch(/ĐẾN|Giờ|9h30/);
  });
});
