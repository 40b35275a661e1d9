// Deadline forms of branch letters21 (issue 9): made-up sentences, none copied from a document.
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { fold } from '../../src/extract/text.js';

const dues = (s: string, year = 2026, written: string | null = '2026-12-14') => {
  const f = fold(s.toLowerCase());
  return findDeadlines(f, 0, f.length, year, written).map((d) => [d.kind, d.due]);
};

describe('letters21 deadlines', () => {
  it('"chậm nhất là ngày 25/12" and "hạn cuối ngày 28/12/2026" (deadline.limit-la)', () => {
    expect(dues('Sở Tài chính tổng hợp, báo cáo chậm nhất là ngày 25/12.')).toEqual([['date', '2026-12-25']]);
    expect(dues('Hoàn thành việc kiểm tra, hạn cuối ngày 28/12/2026.')).toEqual([['date', '2026-12-28']]);
    expect(dues('Gửi hồ sơ, hạn chót là ngày 20/12/2026.')).toEqual([['date', '2026-12-20']]);
  });

  it('a day of January without its year in a December letter is of the next year (deadline.year-end-rollover)', () => {
    expect(dues('Sở Xây dựng hoàn thành báo cáo trước ngày 05/01 để trình.')).toEqual([['date', '2027-01-05']]);
    // (Not in a letter of the spring, nor a day later in the year.)
    expect(dues('Hoàn thành báo cáo trước ngày 05/01.', 2026, '2026-04-14')).toEqual([['date', '2026-01-05']]);
    expect(dues('Gửi báo cáo trước ngày 20/12 để tổng hợp.')).toEqual([['date', '2026-12-20']]);
  });

  it('"hằng năm ..., chậm nhất là ngày 20 tháng 12" recurs (deadline.periodic-limit-day)', () => {
    expect(dues('Hằng năm, các xã rà soát danh sách hộ nghèo, gửi Sở Y tế chậm nhất là ngày 20 tháng 12.').map((d) => d[0])).toEqual(['recurring']);
  });
});
