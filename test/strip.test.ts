// The --strip input of `npm run eval` (scripts/strip.ts).
import { describe, expect, it } from 'vitest';
import { stripMarks } from '../scripts/strip.js';

describe('stripMarks', () => {
  it('takes every mark off, Đ included, and keeps everything else', () => {
    expect(stripMarks('Ủy ban nhân dân tỉnh Đắk Lắk\tSố: 12/QĐ-UBND; ngày 3/4/2026.')).toBe('Uy ban nhan dan tinh Dak Lak\tSo: 12/QD-UBND; ngay 3/4/2026.');
    expect(stripMarks('Thủ tướng Chính phủ yêu cầu')).toBe('Thu tuong Chinh phu yeu cau');
  });

  it('takes combining marks off text written decomposed', () => {
    expect(stripMarks('Hà Nội'.normalize('NFD'))).toBe('Ha Noi');
  });
});
