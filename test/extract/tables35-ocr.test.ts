// Task tables read by OCR (tables35, issue 9), on made-up pages written for these tests: words with the boxes an OCR
// gives (each box the ink of its letters, so tops differ by ascenders and marks; ruled lines read as bars).
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createDoc, type Word } from '../../src/doc.js';
import { loadExtractor } from '../../src/extract/index.js';
import { Layer } from '../../src/layer.js';
import { ocrPage } from '../../src/ocr/page.js';
import type { OcrLine, OcrPool, OcrWord } from '../../src/ocr/pool.js';
import { glued, tableBand } from '../../src/ocr/table.js';
import { repairs } from '../../src/restore/repair.js';
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

describe('table.ocr-sparse-reread', () => {
  // A page read in mode 4 has a row's cells on one tesseract line, and tesseract takes many of its word gaps for
  // letter gaps; read again as sparse text (mode 11) the words come apart, though a lone row number may be lost.
  const word = (text: string, x0: number, y0: number, w = text.length * 20): OcrWord => ({ text, bbox: { x0, y0, x1: x0 + w, y1: y0 + 40 }, confidence: 90 });
  const line = (words: OcrWord[], paragraph = 0): OcrLine => ({
    words,
    paragraph,
    bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) },
  });
  const rowsAt = (ys: number[], glued: boolean) =>
    ys.map((y, i) => line([
      ...(glued || i === 0 ? [word(String(i + 1), 40, y)] : []),
      ...(glued ? [word('Khaothácgiếng', 120, y)] : [word('Khao', 120, y), word('thác', 220, y), word('giếng', 320, y)]),
      ...(glued ? [word('Côngantỉnh', 700, y)] : [word('Công', 700, y), word('an', 800, y), word('tỉnh', 860, y)]),
      word('2029', 1200, y),
    ]));
  const prose = line([word('Ủy', 40, 100), word('ban', 110, 100), word('nhân', 200, 100), word('dân', 300, 100), word('tỉnh', 380, 100), word('giao', 470, 100), word('nhiệm', 560, 100), word('vụ:', 680, 100)]);
  const ys = [300, 400, 500, 600];

  function fakePool(sparse = () => rowsAt(ys.map((y) => y - 290), false)): OcrPool {
    return {
      tuning: { psm: '4', model: 'best_int', secondPass: false, binarize: 'off', ink: 'red', scale: 1 },
      recognize: async (_png: Buffer, o: { psm?: string } = {}) => {
        // Mode 11 reads a crop of the band: its boxes from the crop's top (the band starts 10 px above the first row).
        const lines = o.psm === '11' ? sparse() : o.psm ? [] : [prose, ...rowsAt(ys, true)];
        return { text: '', lines, confidence: 90, width: 1400, height: 800 };
      },
    } as unknown as OcrPool;
  }

  it('reads a table\'s band again as sparse text and keeps the lone figures only the first reading had', async () => {
    const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 900, height: 40, channels: 3, background: '#000000' } }, left: 100, top: 300 }])
      .png().toBuffer();
    const doc = createDoc('page.png');
    const r = await ocrPage(fakePool(), { png, width: 1400, height: 800 }, doc, 'ocr', 1);
    // Rows by their place on the page (reading order may put a table's columns one after the other).
    const byY = new Map<number, OcrWord[]>();
    for (const w of r.lines.flatMap((l) => l.words)) byY.set(w.bbox.y0, [...(byY.get(w.bbox.y0) ?? []), w]);
    const texts = [...byY].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.bbox.x0 - b.bbox.x0).map((w) => w.text).join(' '));
    expect(texts[0]).toBe('Ủy ban nhân dân tỉnh giao nhiệm vụ:');
    expect(texts.slice(1)).toEqual(['1 Khao thác giếng Công an tỉnh 2029', '2 Khao thác giếng Công an tỉnh 2029', '3 Khao thác giếng Công an tỉnh 2029', '4 Khao thác giếng Công an tỉnh 2029']);
    expect(doc.messages.some((m) => m.code === 'ocr-table-sparse')).toBe(true);
  });

  it('table.ocr-wrap-dot: drops a dot the OCR put at the end of a cell\'s line when the cell goes on in small letters', async () => {
    const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 900, height: 40, channels: 3, background: '#000000' } }, left: 100, top: 300 }])
      .png().toBuffer();
    // Row 1's lead cell "Công an" over "tỉnh", read "Công an." (the row's other lines as before).
    const sparse = () => {
      const rows = rowsAt(ys.map((y) => y - 290), false);
      const first = rows[0]!.words.filter((w) => w.text !== 'tỉnh').map((w) => (w.text === 'an' ? { ...w, text: 'an.' } : w));
      return [line(first), line([word('tỉnh', 700, 60)]), ...rows.slice(1).map((r) => line(r.words.map((w) => ({ ...w, bbox: { ...w.bbox, y0: w.bbox.y0 + 30, y1: w.bbox.y1 + 30 } }))))];
    };
    const r = await ocrPage(fakePool(sparse), { png, width: 1400, height: 800 }, createDoc('page.png'), 'ocr', 1);
    const texts = r.lines.flatMap((l) => l.words).map((w) => w.text);
    expect(texts).toContain('an');
    expect(texts).not.toContain('an.');
  });

  it('reads a table again only when its first reading glued syllables (the second pass costs seconds)', async () => {
    expect(glued(rowsAt(ys, true), [300, 640])).toBe(true);
    expect(glued(rowsAt(ys, false), [300, 640])).toBe(false);
    const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#ffffff' } }).png().toBuffer();
    let sparseCalls = 0;
    const pool = {
      tuning: { psm: '4', model: 'best_int', secondPass: false, binarize: 'off', ink: 'red', scale: 1 },
      recognize: async (_png: Buffer, o: { psm?: string } = {}) => {
        if (o.psm === '11') sparseCalls++;
        return { text: '', lines: o.psm ? [] : [prose, ...rowsAt(ys, false)], confidence: 90, width: 1400, height: 800 };
      },
    } as unknown as OcrPool;
    const doc = createDoc('page.png');
    await ocrPage(pool, { png, width: 1400, height: 800 }, doc, 'ocr', 1);
    expect(sparseCalls).toBe(0);
    expect(doc.messages.some((m) => m.code === 'ocr-table-sparse')).toBe(false);
  });

  it('leaves a page of two-column lines alone (a letter\'s header, a signature block)', () => {
    const twoCols = [100, 160, 220, 280].map((y) => line([word('ỦY', 40, y), word('BAN', 110, y), word('CỘNG', 700, y), word('HÒA', 820, y)]));
    expect(tableBand([prose, ...twoCols])).toBeUndefined();
    expect(tableBand([prose, ...rowsAt(ys, true)])).toEqual([300, 640]);
  });
});

describe('repair.case-by-size', () => {
  // Capitals that differ from their small letters by size only (o with its marks, c, s, v, x, z), misread in a line of
  // mixed heights: "SỞ" before a name in small letters, "cỘng" inside a word.
  it('writes such capitals small inside a word of small letters and after the first letter before a word of small letters', () => {
    const t = 'Sở chủ trì: SỞ Nông nghiệp; phối hợp: SỞ Y tế và cộng đồng dân tỘc ở các xã vùng cao.';
    // Typed text's case is as meant: only a page read by OCR is repaired.
    expect(repairs(t)).toEqual([]);
    const r = repairs(t, false, true);
    expect(r.map((x) => [t.slice(x.start, x.end), x.text, x.rule])).toEqual([
      ['Ở', 'ở', 'repair.case-by-size'],
      ['Ở', 'ở', 'repair.case-by-size'],
      ['Ộ', 'ộ', 'repair.case-by-size'],
    ]);
  });

  it('leaves upper-case titles, acronyms and foreign words', () => {
    expect(repairs('SỞ Y TẾ TỈNH LÂM HÀ; UBND tỉnh; KẾ HOẠCH SỞ Xây; HĐND xã; ứng dụng iOS trên điện thoại; Công văn số 518/UBND-NC ngày 3/5', false, true)).toEqual([]);
  });
});

describe('table.ocr-header-capitals', () => {
  it('reads no table header in a justified prose line whose wide gaps split it into pieces with a header\'s words', async () => {
    // "các hoạt động ..." (an action's label word) and "của từng đơn vị," (a lead's) as pieces of a prose line; the next
    // points run on under it, and the signature block's lines stand where a lead's column would be.
    const e = await extractPage([
      ...TOP,
      [760, [[400, '3. Các sở, ngành chủ động phối hợp kiểm tra, giám sát']]],
      [840, [[400, 'các hoạt động thu mua nông sản'], [1126, 'trên địa bàn năm'], [1680, '2029'], [1822, 'của từng đơn vị,'], [2252, 'địa']]],
      [920, [[400, 'phương phù hợp với tình hình thực tế tại cơ sở.']]],
      [1000, [[548, '4. Các đơn vị báo cáo kết quả thu mua nông sản']]],
      [1080, [[400, 'kỳ 6 tháng (gửi trước ngày 20/6/2029) và kỳ'], [1493, '12 tháng (từ ngày'], [1955, '15/12/2028 đến']]],
      [1160, [[400, 'ngày'], [540, '14/12/2029, gửi trước ngày 20/12/2029) về Sở'], [1818, 'Công'], [1964, 'Thương tỉnh.']]],
      [1400, [[397, 'Nơi nhận:'], [1423, 'KT. GIÁM ĐỐC']]],
      [1460, [[397, '- Như trên;'], [1600, 'PHÓ GIÁM ĐỐC']]],
      [1600, [[397, '- Lưu: VT.'], [1600, 'Trần Văn Khải']]],
    ]);
    expect(e.tasks.filter((t) => t.rule === 'task.table')).toEqual([]);
  });
});
