// Each deadline form of the gold README, in a crafted sentence.
import { describe, expect, it } from 'vitest';
import { findDeadlines, toDeadline } from '../../src/extract/deadlines.js';
import { fold } from '../../src/extract/text.js';

function dl(s: string, year: number | null = 2025) {
  const f = fold(s);
  return toDeadline(findDeadlines(f, 0, f.length, year), s, f);
}

describe('deadlines', () => {
  it.each([
    ['Hoàn thành trước ngày 15/11/2025.', 'date', '2025-11-15', 'Hoàn thành trước ngày 15/11/2025'],
    ['báo cáo trước 15/11/2025', 'date', '2025-11-15', 'trước 15/11/2025'],
    ['Hoàn thành trong tháng 11 năm 2025.', 'month', '2025-11-30', 'Hoàn thành trong tháng 11 năm 2025'],
    ['hoàn thành trong tháng 11/2025', 'month', '2025-11-30', 'hoàn thành trong tháng 11/2025'],
    ['trình Chính phủ trong Quý IV năm 2025', 'quarter', '2025-12-31', 'trong Quý IV năm 2025'],
    ['triển khai trong năm 2025', 'year', '2025-12-31', 'trong năm 2025'],
    ['hoàn thành trước tháng 01 năm 2026', 'month', '2025-12-31', 'hoàn thành trước tháng 01 năm 2026'],
    ['chậm nhất trong ngày 05/10/2025', 'date', '2025-10-05', 'chậm nhất trong ngày 05/10/2025'],
    ['trước ngày 30 tháng 6 năm 2026', 'date', '2026-06-30', 'trước ngày 30 tháng 6 năm 2026'],
    ['trong 6 tháng đầu năm 2026', 'half', '2026-06-30', 'trong 6 tháng đầu năm 2026'],
    ['Nhiệm vụ thường xuyên.', 'recurring', null, 'Nhiệm vụ thường xuyên'],
  ])('%s', (s, kind, due, text) => {
    const d = dl(s)!;
    expect(d).toMatchObject({ kind, due, text });
    expect(s.slice(d.span!.start, d.span!.end)).toBe(text);
  });

  it('keeps the time of day', () => {
    expect(dl('gửi báo cáo trước 10 giờ, ngày 03/10/2025')).toMatchObject({ kind: 'date', due: '2025-10-03', time: '10:00' });
  });

  it('takes a missing year from the document', () => {
    expect(dl('hoàn thành trước ngày 15/11', 2025)!.due).toBe('2025-11-15');
    expect(dl('hoàn thành trước ngày 15/11', 2026)!.due).toBe('2026-11-15');
    expect(dl('hoàn thành trước ngày 15/11', null)!.due).toBeNull();
  });

  it('keeps both deadlines of a task, the last in due', () => {
    const d = dl('hoàn thành nâng cấp trong tháng 12 năm 2025 và hoàn thành tái cấu trúc trước ngày 30 tháng 6 năm 2026.')!;
    expect(d.due).toBe('2026-06-30');
    expect(d.all!.map((a) => a.due)).toEqual(['2025-12-31', '2026-06-30']);
  });

  it('reads OCR-damaged marks', () => {
    expect(dl('hoan thanh cham nhat truéc ngay 10 thang 7 nim 2025')!.due).toBe('2025-07-10');
    expect(dl('Hoan thanh trong thang 11 ndm 2025')!.due).toBe('2025-11-30');
  });

  it('is not fooled by plain dates or impossible ones', () => {
    expect(dl('Quyết định số 1479/QĐ-TTg ngày 29/11/2022 của Thủ tướng')).toBeNull();
    expect(dl('từ ngày 01/7/2025')).toBeNull();
    expect(dl('trước ngày 31/02/2025')).toBeNull();
    // A plan "trong năm 2025" beside a firm limit is not the limit.
    expect(dl('đề xuất kế hoạch cổ phần hóa trong năm 2025. Hoàn thành trước ngày 08/02/2025.')!.all).toBeUndefined();
  });
});

// deadline.periodic-adverb: a period is a time only as an adverb; after a noun it names a kind of thing.
describe('periods as adverbs', () => {
  it.each([
    ['Hằng năm, tổ chức hội nghị tổng kết công tác.', 'Hằng năm'],
    ['Theo dõi việc thực hiện; định kỳ báo cáo Ủy ban nhân dân tỉnh.', 'định kỳ'],
    ['Phòng Tài chính hằng năm bố trí kinh phí cho hoạt động.', 'hằng năm'],
    ['Định kỳ 6 tháng, hằng năm (kèm số liệu) gửi kết quả về Sở.', 'Định kỳ'],
    ['Nhập kết quả kiểm tra vào phần mềm định kỳ hằng tháng.', 'định kỳ'],
    ['Cập nhật số liệu trước ngày 15 hằng tháng.', 'hằng tháng'],
    ['Báo cáo Bộ trưởng định kỳ hằng quý về tiến độ.', 'định kỳ'],
  ])('%s', (s, text) => {
    expect(dl(s)).toMatchObject({ kind: 'recurring', text });
  });

  it.each([
    'Bố trí kinh phí trong dự toán ngân sách hằng năm của đơn vị.',
    'Tăng cường kiểm tra định kỳ, đột xuất các cơ sở kinh doanh.',
    'Thực hiện nghiêm chế độ báo cáo định kỳ theo quy định.',
    'Lồng ghép vào kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương.',
  ])('%s', (s) => {
    expect(dl(s)).toBeNull();
  });
});

it('does not read "trưởng", "trường" as "trước"', () => {
  expect(dl('Tổng kết công tác của Hiệu trưởng năm 2025.')).toBeNull();
  expect(dl('Bình ổn giá cả thị trường Quý III.')).toBeNull();
  expect(dl('báo cáo truéc ngày 15/11/2025')).toMatchObject({ kind: 'date', due: '2025-11-15' });
});
