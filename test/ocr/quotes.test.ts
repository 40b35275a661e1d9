// src/ocr/quotes.ts: quote marks the OCR misread, put back on the line's words (made-up lines).
import { describe, expect, it } from 'vitest';
import { fixLine } from '../../src/ocr/quotes.js';
import type { OcrWord } from '../../src/ocr/pool.js';

const words = (s: string): OcrWord[] => s.split(' ').map((text, i) => ({ text, confidence: 90, bbox: { x0: i * 100, y0: 0, x1: i * 100 + 90, y1: 40 } }));
const fix = (s: string) => fixLine(words(s)).map((w) => w.text).join(' ');

describe('fixLine', () => {
  it('reads a question mark glued to a word inside an open quote, with more after it, as the closing quote', () => {
    expect(fix('xét giải thưởng “Sáng tạo trẻ? năm 2025')).toBe('xét giải thưởng “Sáng tạo trẻ” năm 2025');
  });
  it('keeps a real question mark: no quote open, or at the end of the line', () => {
    expect(fix('có thực hiện không? Đề nghị báo cáo')).toBe('có thực hiện không? Đề nghị báo cáo');
    expect(fix('câu hỏi “có nên làm không?')).toBe('câu hỏi “có nên làm không?');
  });
  it('drops a speck read as a backtick before a name, and reads it as an opening quote when a closing one follows', () => {
    expect(fix('`Trần Thị Lan')).toBe('Trần Thị Lan');
    expect(fix('chương trình `Xanh sạch” của')).toBe('chương trình “Xanh sạch” của');
  });
  it('reads doubled single or straight quotes and two commas as curly double quotes', () => {
    expect(fix("phong trào ''Toàn dân đoàn kết'' ở")).toBe('phong trào “Toàn dân đoàn kết” ở');
    expect(fix('mô hình ,,Dân vận khéo’’, trong')).toBe('mô hình “Dân vận khéo”, trong');
  });
  it('returns the same words when nothing is wrong', () => {
    const ws = words('Về việc “Chung sức” năm 2025');
    expect(fixLine(ws)).toBe(ws);
  });
});
