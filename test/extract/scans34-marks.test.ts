// ocr.mark-piece (made-up OCR lines): a word's last vowel read again with its mark as a word of its own, inside the
// word's box, is that word's mark; restore.scan.law-title: the first word of a law's name is no person's name.
import { beforeAll, describe, expect, it } from 'vitest';
import { joinMarkPieces } from '../../src/ocr/pieces.js';
import type { OcrWord } from '../../src/ocr/pool.js';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { SCAN_OPTIONS } from '../../src/restore/options.js';
import { Layer } from '../../src/layer.js';

/** Words at [x0, x1] on one line; a piece sits higher (its mark) and starts inside the word before it. */
const line = (ws: [string, number, number, number?][]): OcrWord[] =>
  ws.map(([text, x0, x1, conf]) => ({ text, confidence: conf ?? 92, bbox: { x0, x1, y0: text.length === 1 ? 310 : 322, y1: 365 } }));
const fix = (ws: [string, number, number, number?][]) => joinMarkPieces(line(ws)).map((w) => w.text).join(' ');

describe('ocr.mark-piece', () => {
  it('puts a mark read as a lone vowel or a 6 back on the word it overlaps', () => {
    expect(fix([['Nghị', 100, 190], ['quyết', 205, 300], ['Tô', 320, 372], ['Ổ', 345, 374, 20], ['công', 390, 480]])).toBe('Nghị quyết Tổ công');
    expect(fix([['ban', 100, 170], ['hành', 185, 270], ['Tô', 285, 335], ['6', 309, 336, 35], ['quốc', 350, 440]])).toBe('ban hành Tổ quốc');
    expect(fix([['xã', 100, 150], ['Hoa', 165, 240], ['á', 222, 243, 30], ['Sơn', 260, 330]])).toBe('xã Hoá Sơn');
  });

  it('takes the lower of the two confidences, so the restorer may weigh the tone again', () => {
    const out = joinMarkPieces(line([['Tô', 320, 372, 90], ['ồ', 345, 374, 15]]));
    expect(out).toHaveLength(1);
    expect(out[0]!.confidence).toBe(15);
  });

  it('leaves words apart, a marked word, a vowel not the word\'s last and the word ở', () => {
    const same = (ws: [string, number, number, number?][]) => expect(fix(ws)).toBe(ws.map((w) => w[0]).join(' '));
    same([['Tổ', 100, 150], ['6', 170, 190], ['có', 205, 250]]);
    same([['Tổ', 100, 150], ['ổ', 125, 152], ['chức', 170, 250]]);
    same([['Tô', 100, 150], ['á', 125, 152]]);
    same([['đi', 100, 140], ['ở', 155, 175], ['nhà', 190, 250]]);
  });
});

let scan: Decoder;
beforeAll(() => {
  scan = loadDecoder(tablesDir(), SCAN_OPTIONS);
});

/** Every word read at confidence 90 but those listed, read at 20. */
function restore(s: string, weak: string[]): string {
  const ocr = [...s.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, confidence: weak.includes(m[0]) ? 20 : 90 }));
  return Layer.derive(s, scan.restore(s, ocr).edits).text;
}

describe('restore.scan.law-title', () => {
  it('lets the tones of a law name\'s first word compete', () => {
    expect(restore('Căn cứ Luật Tồ chức chính quyền địa phương ngày 12 tháng 3 năm 2031;', ['Tồ'])).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 12 tháng 3 năm 2031;');
  });

  it('keeps law names that are right, and a person\'s later names as read', () => {
    const s = 'Căn cứ Luật Đất đai, Luật Thanh tra và Luật Đầu tư công;';
    expect(restore(s, ['Đất', 'Thanh', 'Đầu'])).toBe(s);
    expect(restore('Ông Lê Văn Tồ, Phó Giám đốc', ['Tồ'])).toBe('Ông Lê Văn Tồ, Phó Giám đốc');
  });
});
