// src/ocr/dates.ts: the figures of written dates as the OCR misreads them, put back (made-up lines).
import { describe, expect, it } from 'vitest';
import { fixDateLine } from '../../src/ocr/dates.js';
import type { OcrWord } from '../../src/ocr/pool.js';

// Words laid out left to right; a "~" joins two words with a narrow gap (the halves of one number).
const words = (s: string): OcrWord[] => {
  const out: OcrWord[] = [];
  let x = 0;
  for (const part of s.split(' ')) {
    for (const [k, text] of part.split('~').entries()) {
      if (k) x -= 40;
      out.push({ text, confidence: 80, bbox: { x0: x, y0: 0, x1: x + 20 + 10 * text.length, y1: 40 } });
      x += 30 + 10 * text.length + 30;
    }
  }
  return out;
};
const fix = (s: string) => {
  const fired: string[] = [];
  const text = fixDateLine(words(s), (id) => fired.push(id)).map((w) => w.text).join(' ');
  return { text, fired };
};

describe('fixDateLine', () => {
  it('ocr.date.one-stroke: a stroke among the figures of a date slot is the digit one', () => {
    expect(fix('Hòa Sơn, ngày 14 tháng 0] năm 202]')).toEqual({ text: 'Hòa Sơn, ngày 14 tháng 01 năm 2021', fired: ['ocr.date.one-stroke', 'ocr.date.one-stroke'] });
    expect(fix('Căn cứ Luật Đê điều ngày l6 tháng 5 năm 2013;').text).toBe('Căn cứ Luật Đê điều ngày 16 tháng 5 năm 2013;');
    expect(fix('Hòa Sơn, ngày 09 tháng 3 năm 20l9.').text).toBe('Hòa Sơn, ngày 09 tháng 3 năm 2019.');
    // The month glued to its label: the year is still put back.
    expect(fix('Hòa Sơn, ngày 0# tháng0? năm 202]').text).toBe('Hòa Sơn, ngày 0# tháng0? năm 2021');
  });
  it('ocr.date.split-figure: two one-figure words close together are one number', () => {
    expect(fix('Căn cứ Luật Thủy lợi ngày 19 tháng 1~1 năm 2017;')).toEqual({ text: 'Căn cứ Luật Thủy lợi ngày 19 tháng 11 năm 2017;', fired: ['ocr.date.split-figure'] });
    expect(fix('Luật Khoáng sản ngày 2~5 tháng Ï~] năm 2010').text).toBe('Luật Khoáng sản ngày 25 tháng 11 năm 2010');
  });
  it('leaves what is no figure, a lone pen stroke, and numbers outside a date', () => {
    for (const s of ['Hòa Sơn, ngày | tháng ] năm 2024', 'Hòa Sơn, ngày 12 tháng 3 năm 1]0', 'tháng 1 3 năm 2024', 'Mục ] và mục 0] của điều 4', 'ngày 3 tháng 1 1 năm 2020']) {
      expect(fix(s).text).toBe(s);
    }
  });
});

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

describe('ocr.date.six-letter (branch scans33)', () => {
  it('reads a marked o in the month slot after a printed day as six', () => {
    expect(fix('Căn cứ Luật Thủy sản ngày 21 tháng ó năm 2017;')).toEqual({ text: 'Căn cứ Luật Thủy sản ngày 21 tháng 6 năm 2017;', fired: ['ocr.date.six-letter'] });
    expect(fix('Nghị định số 12/2023/NĐ-CP ngày 03 tháng Ố năm 2023').text).toBe('Nghị định số 12/2023/NĐ-CP ngày 03 tháng 6 năm 2023');
  });
  it('leaves it in a blank after a handwritten or missing day, and other letters', () => {
    for (const s of ['Hòa Sơn, ngày tháng ó năm 2024', 'Hòa Sơn, ngày #ổ tháng ó năm 2024', 'ngày 21 tháng ở năm 2017']) expect(fix(s).text).toBe(s);
  });
});
