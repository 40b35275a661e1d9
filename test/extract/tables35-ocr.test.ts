// Task tables read by OCR (tables35, issue 9), on made-up pages written for these tests: words with the boxes an OCR
// gives (each box the ink of its letters, so tops differ by ascenders and marks; ruled lines read as bars).
import { describe, expect, it } from 'vitest';
import { createDoc, type Word } from '../../src/doc.js';
import { loadExtractor } from '../../src/extract/index.js';
import { Layer } from '../../src/layer.js';
import { byId, coords, leads } from './helpers.js';

/** A cell's text at x on a line; the line's words follow each other in the text, as tesseract writes a line. */
type Piece = [x: number, text: string];

/** Ink box of a word at 300 dpi, 13 pt: capitals and tall letters from the cap line, marks above it, a word of small
 *  letters from the x-height (so its top is lower), descenders below the baseline. */
function inkBox(w: string, x: number, base: number): Word['bbox'] {
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  const tall = /[A-ZĐbdhklt0-9|đ]/.test(plain);
  const marks = w.normalize('NFD') !== plain && /[\u0300-\u0303\u0309\u0302\u0306]/.test(w.normalize('NFD'));
  const top = base - (marks ? 46 : tall ? 38 : 26);
  const bottom = base + (/[gpqy|]/.test(plain) ? 11 : 0);
  return { x0: x, y0: top, x1: x + w.length * 22, y1: bottom };
}

/** An OCR'd page of these lines (each a baseline and its pieces), through the real extractor. */
async function extractPage(lines: [number, Piece[]][]) {
  let text = '';
  const words: Word[] = [];
  for (const [base, pieces] of lines) {
    const line: string[] = [];
    for (const [x, t] of pieces) {
      let at = x;
      for (const w of t.split(' ')) {
        const start = text.length + line.join(' ').length + (line.length ? 1 : 0);
        words.push({ text: w, start, end: start + w.length, page: 1, bbox: inkBox(w, at, base), confidence: 90 });
        line.push(w);
        at += w.length * 22 + 14;
      }
    }
    text += line.join(' ') + '\n';
  }
  const doc = createDoc('page.png');
  doc.raw = doc.normalized = doc.restored = Layer.base(text);
  doc.pages = [{ number: 1, width: 3508, height: 2480, source: 'ocr' }];
  doc.words = words;
  return (await loadExtractor()).extract(doc);
}

const TOP: [number, Piece[]][] = [
  [200, [[600, 'ỦY BAN NHÂN DÂN'], [1830, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]],
  [260, [[600, 'TỈNH HẠ GIANG'], [2040, 'Độc lập - Tự do - Hạnh phúc']]],
  [330, [[620, 'Số: 71/KH-UBND'], [1980, 'Hạ Giang, ngày 6 tháng 5 năm 2029']]],
  [450, [[1620, 'KẾ HOẠCH']]],
  [520, [[1130, 'Nâng cấp hạ tầng thủy lợi năm 2029']]],
  [620, [[220, 'Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:']]],
];
const COLS = [230, 360, 1580, 1950, 2540];

describe('table.ocr-line-band', () => {
  it('keeps a row on one line when its words\' ink tops differ (a word of small letters, a mark)', async () => {
    // Row lines: the lead "Công an tỉnh" starts with a capital, "an" (small letters) tops 12 px lower; "nuôi" on the
    // action's line and "xã" below it start lower still. Before, a lower top than half a box's height from the line's
    // first word opened a line of its own, and the row broke into pieces.
    const e = await extractPage([
      ...TOP,
      [780, [[COLS[0]!, 'STT'], [COLS[1]!, 'Nhiệm vụ'], [COLS[2]!, 'Cơ quan chủ trì'], [COLS[3]!, 'Cơ quan phối hợp'], [COLS[4]!, 'Thời hạn']]],
      [900, [[COLS[0]!, '1'], [COLS[1]!, 'nạo vét kênh mương nội đồng'], [COLS[2]!, 'Sở Nông nghiệp'], [COLS[3]!, 'Ủy ban nhân dân'], [COLS[4]!, 'Tháng 8/2029']]],
      [960, [[COLS[3]!, 'các xã']]],
      [1060, [[COLS[0]!, '2'], [COLS[1]!, 'xây mới cống ngăn mặn'], [COLS[2]!, 'Sở Xây dựng'], [COLS[3]!, 'Công an tỉnh'], [COLS[4]!, 'Quý IV/2029']]],
    ]);
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp']);
    expect(coords(t['1'])).toEqual(['Ủy ban nhân dân các xã']);
    expect(t['1']?.deadline?.due).toBe('2029-08-31');
    expect(leads(t['2'])).toEqual(['Sở Xây dựng']);
    expect(coords(t['2'])).toEqual(['Công an tỉnh']);
    expect(t['2']?.action).toBe('Xây mới cống ngăn mặn');
  });
});

describe('table.ocr-bar-edge', () => {
  it('parts cells at the ruled lines read as bars and keeps the bars out of the cells', async () => {
    // A ruled grid: bars alone between cells and glued to a cell's first word; the lead cell and the partners' cell
    // stand closer than a cell gap, so only the bar parts them.
    const e = await extractPage([
      ...TOP,
      [780, [[COLS[0]!, 'STT |'], [COLS[1]!, 'Nhiệm vụ |'], [COLS[2]!, 'Cơ quan chủ trì |'], [COLS[3]!, 'Cơ quan phối hợp |'], [COLS[4]!, 'Thời hạn']]],
      [900, [[COLS[0]!, '1'], [COLS[1]!, '|Gia cố đê bao vùng trũng'], [COLS[2]!, '|Sở Xây dựng |'], [COLS[2]! + 322, 'Sở Tài chính'], [COLS[4]!, '|Tháng 9/2029']]],
      [1000, [[COLS[0]!, '2'], [COLS[1]!, '|Lắp đặt trạm đo mưa tự động'], [COLS[2]!, '|Sở Y tế |'], [COLS[4]!, '|30/11/2029']]],
    ]);
    const t = byId(e.tasks);
    expect(t['1']?.action).toBe('Gia cố đê bao vùng trũng');
    expect(leads(t['1'])).toEqual(['Sở Xây dựng']);
    expect(coords(t['1'])).toEqual(['Sở Tài chính']);
    expect(t['1']?.deadline?.due).toBe('2029-09-30');
    expect(leads(t['2'])).toEqual(['Sở Y tế']);
    expect(t['2']?.deadline?.due).toBe('2029-11-30');
  });
});
