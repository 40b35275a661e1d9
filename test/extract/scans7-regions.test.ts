// Named rules of src/extract/regions.ts (issue 10, scans7): the number read from the printed
// number region, handwritten digits read with low confidence left blank, the signer's name
// found among a seal's specks or completed from the copies list. OCR lines are made up, laid
// out as on a letter (no OCR here); each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { formulaMarks, nameLine } from '../../src/extract/regions.js';
import { extract, line } from './ocr-letter.js';
import type { OcrLine } from '../../src/ocr/pool.js';

const head = (numberLine: [number, string, number?][], dateRuns: [number, string, number?][]): OcrLine[] => [
  line(300, [380, 'ỦY BAN NHÂN DÂN'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
  line(360, [380, 'TỈNH TÂY NINH'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
  line(500, ...numberLine, ...dateRuns),
  line(620, [1060, 'QUYẾT ĐỊNH']),
  line(680, [700, 'Về việc thành lập Tổ kiểm tra liên ngành']),
  line(900, [380, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;']),
  line(960, [380, 'Điều 1. Thành lập Tổ kiểm tra liên ngành của tỉnh.']),
];
const DATE: [number, string, number?][] = [[1220, 'Tây Ninh, ngày 03 tháng 02 năm 2025']];

describe('region.number.printed', () => {
  it('reads the number from the printed number region when marks after it defeat the text rule', async () => {
    const { d } = await extract([head([[380, 'Số:'], [470, '217/QĐ-UBND', 70], [820, '&', 30]], DATE)]);
    expect(d.number).toBe('217/QĐ-UBND');
    expect(d.rules?.number).toBe('region.number.printed');
  });

  it('does not take digits of their own read with low confidence', async () => {
    const { d } = await extract([head([[380, 'Số:'], [470, '217', 55], [560, '/QĐ-UBND'], [820, '&', 30]], DATE)]);
    expect(d.number ?? '').not.toMatch(/^217/);
  });
});

describe('region.number.unsure-hand and region.date.unsure-hand', () => {
  it('leaves out handwritten digits of the number read with confidence under 80, with a message', async () => {
    const { doc, d } = await extract([head([[380, 'Số:'], [470, '52', 61], [540, '/QĐ-UBND']], DATE)]);
    expect(d.number).toBe('/QĐ-UBND');
    expect(d.rules?.number).toBe('region.number.unsure-hand');
    expect(doc.messages.some((m) => m.code === 'number-unsure')).toBe(true);
    // The span holds what is kept: the printed symbol.
    const sp = d.spans.number as { start: number; end: number };
    expect(doc.restored!.text.slice(sp.start, sp.end)).toBe('/QĐ-UBND');
  });

  it('leaves digits read under 50 to the blanks stage, which reads them again', async () => {
    const { d } = await extract([head([[380, 'Số:'], [470, '52', 20], [540, '/QĐ-UBND']], DATE)]);
    expect(d.rules?.number).not.toBe('region.number.unsure-hand');
  });

  it('keeps a number read surely', async () => {
    const { d } = await extract([head([[380, 'Số:'], [470, '52', 91], [540, '/QĐ-UBND']], DATE)]);
    expect(d.number).toBe('52/QĐ-UBND');
  });

  it('leaves the date blank when its handwritten day was read with confidence under 80', async () => {
    const { doc, d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], [[1220, 'Tây Ninh, ngày'], [1540, '23', 48], [1600, 'tháng 02 năm 2025']])]);
    expect(d.date).toBeNull();
    expect(d.rules?.date).toBe('region.date.unsure-hand');
    expect(doc.messages.some((m) => m.code === 'date-unsure')).toBe(true);
  });

  it('keeps a date whose handwritten month alone was read weakly (one of twelve)', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], [[1220, 'Tây Ninh, ngày 03 tháng'], [1700, '9', 40], [1760, 'năm 2025']])]);
    expect(d.date).toBe('2025-09-03');
  });

  it('keeps digits read in one word with the printed symbol, whatever its confidence', async () => {
    const { d } = await extract([head([[380, 'Số:'], [470, '52/QĐ-UBND', 40]], DATE)]);
    expect(d.number).toBe('52/QĐ-UBND');
  });

  it('keeps a printed date', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE)]);
    expect(d.date).toBe('2025-02-03');
  });
});

const tail = (...sig: OcrLine[]): OcrLine[] => [
  line(300, [380, 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.']),
  line(500, [380, 'Nơi nhận:'], [1600, 'CHỦ TỊCH']),
  line(560, [380, '- Như Điều 2;']),
  line(620, [380, '- CT, PCT Trần Minh Tâm;']),
  line(680, [380, '- Lưu: VT.']),
  ...sig,
];

describe('region.signer.name-elsewhere', () => {
  it('finds the name among the specks of the seal and the signature', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), tail(line(760, [1500, '; Ấ', 40]), line(900, [1550, 'Lê Thị Hồng Vân ~ - -.']))]);
    expect(d.signer).toMatchObject({ name: 'Lê Thị Hồng Vân', title: 'Chủ tịch' });
    expect(d.rules?.signerRegion).toBe('region.signer.name-elsewhere');
  });

  it('reads a name line only when its first word is a surname', () => {
    expect(nameLine('`Phạm Văn Bình ~')).toBe('Phạm Văn Bình');
    expect(nameLine('Thành Phố Mới')).toBeUndefined();
    expect(nameLine('- Lưu: VT.')).toBeUndefined();
  });
});

describe('region.signer.name-in-text', () => {
  it('completes the given names read under the seal from the copies list, and its deputy title makes the signer the deputy', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), tail(line(900, [1550, 'Minh Tám']))]);
    expect(d.signer).toMatchObject({ name: 'Trần Minh Tâm', title: 'Phó Chủ tịch' });
    expect(d.rules?.signerRegion).toBe('region.signer.name-in-text');
  });

  it('makes a signer read whole with the head\'s title the deputy when the copies list names him as one', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), tail(line(900, [1550, 'Trần Minh Tâm']))]);
    expect(d.signer).toMatchObject({ name: 'Trần Minh Tâm', title: 'Phó Chủ tịch' });
  });

  it('leaves the head\'s title when the copies list names another deputy', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), tail(line(900, [1550, 'Lê Văn Hùng']))]);
    expect(d.signer).toMatchObject({ name: 'Lê Văn Hùng', title: 'Chủ tịch' });
  });
});

describe('region.type.decides', () => {
  it('makes a page whose title line was lost a decision by its "QUYẾT ĐỊNH:" and "Điều 1."', async () => {
    // The number's digits and symbol unreadable too (no type code to go by).
    const page = head([[380, 'Số: . xí,']], DATE).filter((l) => !l.words.some((w) => w.text === 'QUYẾT'));
    page.push(line(1020, [1000, 'QUYẾT ĐỊNH:']), line(1080, [380, 'Điều 1. Giao Sở Y tế chủ trì.']));
    const { d } = await extract([page.filter((l) => !l.words.some((w) => w.text === 'Điều' && w.bbox.y0 === 960))]);
    expect(d.type).toBe('Quyết định');
    expect(d.rules?.type).toBe('region.type.decides');
  });
});

describe('region.formula-marks', () => {
  it('writes a formula whose marks the OCR misread as the formula, keeping a capital and the punctuation after it', () => {
    expect(formulaMarks('Tăng cường quản lý đất đai trên địa bản tỉnh Gia Lai')).toBe('Tăng cường quản lý đất đai trên địa bàn tỉnh Gia Lai');
    expect(formulaMarks('Trên địa bản xã')).toBe('Trên địa bàn xã');
    expect(formulaMarks('Chủ tịch Ủy ban nhân dân các tỉnh, thành phó.')).toBe('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.');
    expect(formulaMarks('Báo cáo HĐND tính về kết quả')).toBe('Báo cáo HĐND tỉnh về kết quả');
    expect(formulaMarks('Tính toán chi phí năm 2025')).toBe('Tính toán chi phí năm 2025');
  });

  it('repairs the subject read from a scan', async () => {
    const page = head([[380, 'Số: 52/QĐ-UBND']], DATE).map((l) => (l.words.some((w) => w.text === 'Tổ') && l.bbox.y0 === 680 ? line(680, [700, 'Về việc kiểm tra an toàn thực phẩm trên địa bản tỉnh']) : l));
    const { d } = await extract([page]);
    expect(d.subject).toBe('Kiểm tra an toàn thực phẩm trên địa bàn tỉnh');
    expect(d.rules?.formulaMarks).toBe('region.formula-marks');
  });
});


// scantasks2: the unit's code in the signer's title completed from the filing line of the copies.
describe('region.signer.unit-from-copies', () => {
  const school = (title: string, filing: string): OcrLine[] => [
    line(300, [380, 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.']),
    line(500, [380, 'Nơi nhận:'], [1500, 'KT. HIỆU TRƯỞNG']),
    line(560, [380, '- Như Điều 2;'], [1500, title]),
    line(620, [380, `- Lưu: ${filing}.`]),
    line(900, [1550, 'Đỗ Thị Hạnh']),
  ];
  it('completes a code that lost a letter from the one code of the filing line that extends it', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), school('TRƯỞNG PHÒNG QLK', 'VT, QLKH')]);
    expect(d.signer?.title).toBe('Trưởng phòng QLKH');
    expect(d.rules?.signerRegion).toBe('region.signer.unit-from-copies');
  });
  it('leaves the title when no code or two codes of the filing line extend it', async () => {
    const { d } = await extract([head([[380, 'Số: 52/QĐ-UBND']], DATE), school('TRƯỞNG PHÒNG QLK', 'VT, QLKH, QLKT')]);
    expect(d.signer?.title ?? '').not.toBe('Trưởng phòng QLKH');
  });
});
