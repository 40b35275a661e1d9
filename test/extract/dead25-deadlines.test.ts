// Deadline forms of session 16, issue 9 (branch dead25): made-up sentences.
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { fold } from '../../src/extract/text.js';

const dues = (s: string, year = 2026, written: string | null = '2026-05-14') => {
  const f = fold(s.toLowerCase());
  return findDeadlines(f, 0, f.length, year, written).map((d) => [d.kind, d.due]);
};

describe('deadline.weekday', () => {
  it('reads a date with the day of the week before it', () => {
    expect(dues('Sở Xây dựng gửi báo cáo về Ban Chỉ đạo trước Thứ Năm ngày 11/6/2026 để tổng hợp.')).toEqual([['date', '2026-06-11']]);
    expect(dues('Gửi ý kiến trước 15 giờ thứ Hai, ngày 08/6/2026.')).toEqual([['date', '2026-06-08']]);
  });
});

describe('deadline.quarter-edge', () => {
  it('gives the end of the quarter for "đầu quý", "cuối quý"', () => {
    expect(dues('Trình đề án vào đầu quý III năm 2026.')).toEqual([['quarter', '2026-09-30']]);
    expect(dues('Chậm nhất là cuối quý II năm 2026 phải hoàn thành.')).toEqual([['quarter', '2026-06-30']]);
  });
  it('leaves a start "từ đầu quý" alone', () => {
    expect(dues('Triển khai từ đầu quý III năm 2026.')).toEqual([]);
  });
});

describe('deadline.day-each-period', () => {
  it('reads a yearless day before "hằng năm" as recurring', () => {
    expect(dues('Ủy ban nhân dân các xã báo cáo kết quả trước ngày 25/10 hằng năm.')).toEqual([['recurring', null]]);
    expect(dues('Các trường gửi số liệu trước ngày 05 tháng 9 hàng năm.')).toEqual([['recurring', null]]);
  });
  it('keeps a day with its year as a date', () => {
    expect(dues('Báo cáo trước ngày 25/10/2026; hằng năm, tổ chức sơ kết.')).toEqual([['date', '2026-10-25'], ['recurring', null]]);
  });
});

describe('deadline.periodic-clause-day', () => {
  it('takes every yearless day later in the clause of a period', () => {
    expect(dues('Định kỳ 6 tháng báo cáo kết quả về Sở Văn hóa trước ngày 10 tháng 6 và trước ngày 05 tháng 12 để tổng hợp.')).toEqual([['recurring', null]]);
    expect(dues('Định kỳ báo cáo kết quả thực hiện trước ngày 18/11.')).toEqual([['recurring', null]]);
  });
  it('leaves a day in the next clause as a date', () => {
    expect(dues('Định kỳ báo cáo kết quả thực hiện; gửi kế hoạch trước ngày 18/11.')).toEqual([['recurring', null], ['date', '2026-11-18']]);
  });
});

describe('deadline.prior-year-day', () => {
  it('reads "trước ngày ... của năm trước" as recurring', () => {
    expect(dues('Đề xuất danh mục phải gửi về Sở Tư pháp trước ngày 15 tháng 11 của năm trước.')).toEqual([['recurring', null]]);
  });
});

describe('deadline.year-scope', () => {
  it('does not read the year of "các nhiệm vụ được giao trong năm" as a deadline', () => {
    expect(dues('Đối với các nhiệm vụ được giao trong năm 2026, các sở chủ động bố trí kinh phí.')).toEqual([]);
    expect(dues('Quyết tâm đạt các mục tiêu đề ra trong năm 2026.')).toEqual([]);
  });
  it('keeps "hoàn thành trong năm" as a deadline', () => {
    expect(dues('Xây dựng cơ sở dữ liệu, hoàn thành trong năm 2026.')).toEqual([['year', '2026-12-31']]);
  });
});

describe('deadline.year-end', () => {
  it('reads "Kết thúc năm Y" as the end of the year', () => {
    expect(dues('Kết thúc năm 2026, tổ chức tổng kết công tác kiểm tra.')).toEqual([['year', '2026-12-31']]);
  });
});
