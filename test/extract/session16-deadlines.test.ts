// A day said to be of the year after (deadline.next-year): made-up sentences.
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { fold } from '../../src/extract/text.js';

const dues = (s: string, year = 2026, written: string | null = '2026-05-14') => {
  const f = fold(s.toLowerCase());
  return findDeadlines(f, 0, f.length, year, written).map((d) => [d.kind, d.due]);
};

describe('deadline.next-year', () => {
  it('takes the year after the letter\'s for "năm liền kề", "năm sau", "năm tiếp theo"', () => {
    expect(dues('Các trạm y tế gửi báo cáo năm trước ngày 10 tháng 01 của năm liền kề.')).toEqual([['date', '2027-01-10']]);
    expect(dues('Hoàn thành kiểm kê trước ngày 15/02 năm sau.')).toEqual([['date', '2027-02-15']]);
    expect(dues('Nộp hồ sơ trước ngày 31 tháng 3 năm tiếp theo để xét.')).toEqual([['date', '2027-03-31']]);
  });
  it('reads "năm liền kề sau năm <x>" as the year after each year of a cycle: recurring', () => {
    expect(dues('Hội đồng thẩm định hồ sơ trước ngày 15 tháng 01 của năm liền kề sau năm xét chọn.')).toEqual([['recurring', null]]);
  });
  it('leaves a day with its year, or with no such words, as it was', () => {
    expect(dues('Hoàn thành trước ngày 15/02/2027, năm sau tổng kết.')).toEqual([['date', '2027-02-15']]);
    expect(dues('Hoàn thành trước ngày 15/02 để tổng hợp.')).toEqual([['date', '2026-02-15']]);
  });
});
