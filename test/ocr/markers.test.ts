// src/ocr/markers.ts: item markers the OCR misread at the start of a line, put back (made-up lines).
import { describe, expect, it } from 'vitest';
import { fixMarkerLine, MARKER_RULES } from '../../src/ocr/markers.js';
import type { OcrWord } from '../../src/ocr/pool.js';

const words = (s: string): OcrWord[] => s.split(' ').map((text, i) => ({ text, confidence: 90, bbox: { x0: i * 100, y0: 0, x1: i * 100 + 90, y1: 40 } }));
const fix = (s: string) => fixMarkerLine(words(s)).map((w) => w.text).join(' ');
const rule = (id: string) => MARKER_RULES.find((r) => r.id === id)!;

describe('fixMarkerLine', () => {
  it('ocr.marker.one: a bracket or bar with a point before a capital is "1."', () => {
    expect(rule('ocr.marker.one').apply(words(']. Phòng Tổ chức rà soát'))).toBeDefined();
    expect(fix(']. Phòng Tổ chức rà soát')).toBe('1. Phòng Tổ chức rà soát');
    expect(fix('|. Các đơn vị báo cáo')).toBe('1. Các đơn vị báo cáo');
    expect(fix(']. kèm theo')).toBe(']. kèm theo');
  });
  it('ocr.marker.colon: a number with a colon before a capital is the marker with a point', () => {
    expect(fix('4: Sở Nông nghiệp hướng dẫn')).toBe('4. Sở Nông nghiệp hướng dẫn');
    expect(fix('4: 30 sáng')).toBe('4: 30 sáng');
  });
  it('ocr.marker.brace: a letter with a brace is the marker with a parenthesis', () => {
    expect(fix('c} Ủy ban nhân dân cấp xã')).toBe('c) Ủy ban nhân dân cấp xã');
    expect(fix('2] Trường Tiểu học')).toBe('2) Trường Tiểu học');
  });
  it('ocr.marker.speck: a lone comma or quote before a marker is dropped', () => {
    expect(fix('„ 5. Hội Nông dân tỉnh tuyên truyền')).toBe('5. Hội Nông dân tỉnh tuyên truyền');
    expect(fix(', b) Công an tỉnh')).toBe('b) Công an tỉnh');
    expect(fix('„ và những')).toBe('„ và những');
    expect(fix('i 2. Giám đốc Sở Xây dựng chỉ đạo')).toBe('2. Giám đốc Sở Xây dựng chỉ đạo');
    expect(fix('i 2. kèm theo')).toBe('i 2. kèm theo');
  });
  it('returns the same words when the line opens with a good marker or none', () => {
    const ws = words('1. Sở Y tế chủ trì');
    expect(fixMarkerLine(ws)).toBe(ws);
    const xs = words('I. MỤC ĐÍCH');
    expect(fixMarkerLine(xs)).toBe(xs);
  });
});
