// eval:scans' second CER (toneAsOne): the print's old tone placement and the normalizer's modern one are one word,
// spelt two ways, so neither side is charged for it; every other difference still counts.
import { describe, expect, it } from 'vitest';
import { cer, toneAsOne } from '../../src/ocr/cer.js';

describe('toneAsOne', () => {
  it('makes old and modern tone placement one', () => {
    const ref = 'CỘNG HOÀ XÃ HỘI\nTỉnh uỷ Hòa Sơn chỉ đạo phòng, chống ma tuý và khoẻ mạnh';
    const hyp = 'CỘNG HÒA XÃ HỘI\nTỉnh ủy Hoà Sơn chỉ đạo phòng, chống ma túy và khỏe mạnh';
    expect(cer(ref, hyp)).toBeGreaterThan(0);
    expect(cer(toneAsOne(ref), toneAsOne(hyp))).toBe(0);
  });

  it('still counts a wrong tone or letter', () => {
    expect(cer(toneAsOne('ma tuý'), toneAsOne('ma tùy'))).toBeGreaterThan(0);
    expect(toneAsOne('quý hoá')).toBe('quý hóa');
  });
});
