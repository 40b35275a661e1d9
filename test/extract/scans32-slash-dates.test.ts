// Rule ocr.date.slash-split (src/ocr/dates.ts): a numeric date the OCR split inside its day or month (made-up lines).
import { describe, expect, it } from 'vitest';
import { fixDateLine } from '../../src/ocr/dates.js';
import type { OcrWord } from '../../src/ocr/pool.js';

// Words laid out left to right, 40 apart; a "~" joins two words with no gap (the halves of one date).
const words = (s: string): OcrWord[] => {
  const out: OcrWord[] = [];
  let x = 0;
  for (const part of s.split(' ')) {
    for (const [k, text] of part.split('~').entries()) {
      if (k) x -= 40;
      out.push({ text, confidence: 80, bbox: { x0: x, y0: 0, x1: x + 20 + 10 * text.length, y1: 40 } });
      x += 60 + 10 * text.length;
    }
  }
  return out;
};
const fix = (s: string) => {
  const fired: string[] = [];
  const text = fixDateLine(words(s), (id) => fired.push(id)).map((w) => w.text).join(' ');
  return { text, fired };
};

describe('ocr.date.slash-split', () => {
  it('joins the halves of a day or month split by the OCR', () => {
    expect(fix('Căn cứ Luật Quy hoạch ngày 1~9/6/2017;')).toEqual({ text: 'Căn cứ Luật Quy hoạch ngày 19/6/2017;', fired: ['ocr.date.slash-split'] });
    expect(fix('theo Quyết định số 12/QĐ-UBND ngày ]~7/3/2022 của Ủy ban nhân dân tỉnh Hòa Sơn').text).toContain('ngày 17/3/2022 của');
    expect(fix('Kế hoạch ban hành ngày 08/1~1/2023.').text).toBe('Kế hoạch ban hành ngày 08/11/2023.');
  });

  it('leaves words apart at a word space, and joins that are no date', () => {
    expect(fix('mục 1 9/6/2017;').text).toBe('mục 1 9/6/2017;');
    expect(fix('ngày 4~9/6/2017').text).toBe('ngày 4 9/6/2017');
    expect(fix('ngày 12/1~5/2023').text).toBe('ngày 12/1 5/2023');
  });
});
