// Rules of the tables34 round (issue 9) that text shows as well as a page, on short texts written for these tests.
import { describe, expect, it } from 'vitest';
import { leads, run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ NGUYÊN\nSố: 17/KH-UBND\nHà Nguyên, ngày 3 tháng 2 năm 2027\n\nKẾ HOẠCH\n';

describe('header.subject.gap-colon-paragraph', () => {
  it('ends the trích yếu at a gap before a paragraph that ends in a colon over a short second line', async () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ NGUYÊN\nSố: 17/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' +
      'Hà Nguyên, ngày 3 tháng 2 năm 2027\n\nKẾ HOẠCH\n';
    const text = `${head}Bảo trì, phát triển kết cấu hạ tầng giao thông năm 2027\n\n` +
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo trì, phát triển kết cấu hạ tầng giao\nthông năm 2027 như sau:\n\n' +
      'STT Nhiệm vụ\n\nCơ quan chủ Cơ quan phối Thời hạn\ntrì hợp\n\n1 Khảo sát hiện trạng mặt đường\n';
    const { e } = await run(text);
    expect(e.document.subject).toBe('Bảo trì, phát triển kết cấu hạ tầng giao thông năm 2027');
  });
});

describe('table.cell-place-wraps', () => {
  it('reads a commune\'s name broken over two lines of a lead cell as one name', async () => {
    const text = `${HEAD}Sửa chữa trường học năm 2027\n\nCác nhiệm vụ cụ thể như sau:\n\n` +
      'STT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n' +
      '1\tSửa chữa phòng học của trường tiểu học\tỦy ban nhân dân xã Tân\tTháng 6/2027\n' +
      '\t\tHòa\t\n' +
      '2\tMua sắm bàn ghế cho trường mầm non\tSở Giáo dục và Đào tạo\tTháng 8/2027\n';
    const { e } = await run(text);
    expect(e.tasks.map(leads)).toEqual([['Ủy ban nhân dân xã Tân Hòa'], ['Sở Giáo dục và Đào tạo']]);
  });
});
