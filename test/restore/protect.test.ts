// The restorer owns the places extraction reads structure from: item markers,
// header keywords and document codes come out as meant, so extraction reads the
// restored layer alone (issue 9). Sentences are invented for these tests.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
// A garbled opening, so the text is read as OCR without a Vietnamese model.
const OCR = 'Cac co quan trién khai két ndi dir liéu va bao céo két qua thyc hién.\n';
const STRIPPED = 'Cac co quan trien khai ket noi du lieu va bao cao ket qua thuc hien.\n';

beforeAll(() => {
  dec = loadDecoder();
});

describe('item markers', () => {
  it('keeps Roman numerals of headings, also spaced from their mark or with I read as 1 or l', () => {
    const out = restored(OCR + 'V - TO CHUC THUC HIEN\nX - KIEN NGHI\n1V- NHIEM VU\nlV. GIAI PHAP\n');
    expect(out).toContain('\nV - TỔ CHỨC');
    expect(out).toContain('\nX - ');
    expect(out).toContain('\nIV- ');
    expect(out).toContain('\nIV. ');
  });

  it('keeps letter markers as written, the OCR forms too', () => {
    const out = restored(OCR + '©) Chu tri thuc hien\n¢) Phoi hop\nb ) Bao cao\n');
    expect(out).toContain('\n©) ');
    expect(out).toContain('\n¢) ');
    expect(out).toContain('\nb ) ');
  });

  it('keeps the numeral of a quarter', () => {
    expect(restored(OCR + 'Hoan thanh trong quy V nam 2026.')).toMatch(/ V năm 2026/);
  });
});

describe('header keywords', () => {
  it('writes V/v, Kính gửi, Số and Nơi nhận as meant from OCR forms', () => {
    const out = restored(OCR + 'Sé: 12/UBND-VX\nViv trién khai ké hoach\nKinh gtr:\n- Cong an tinh;\nNoi nh@n:\n- Nhu trén;\n');
    expect(out).toContain('Số: 12/UBND-VX');
    expect(out).toContain('\nV/v ');
    expect(out).toContain('\nKính gửi:');
    expect(out).toContain('\nNơi nhận:');
  });

  it('reads "Viv" alone on its line, the trích yếu under it, as V/v (restore.slash-as-letter)', () => {
    const out = restored(OCR + 'Sé: 12/UBND-VX\nViv\ntrién khai ké hoach\nKinh gtr:\n- Cong an tinh;\n');
    expect(out).toContain('\nV/v\n');
  });

  it('does the same in text stripped of marks, in capitals too', () => {
    const out = restored(STRIPPED + 'Se: 12/UBND-VX\nKINH GUI:\n- Cong an tinh;\nNoi nhan:\n');
    expect(out).toContain('Số: 12/UBND-VX');
    expect(out).toContain('\nKÍNH GỬI:');
    expect(out).toContain('\nNơi nhận:');
  });

  it('leaves body lines that only start like a keyword', () => {
    const out = restored(STRIPPED + 'Kinh phi: do ngan sach bao dam.\nNoi nhan ho so: Van phong.\n');
    expect(out).toContain('\nKinh phí:');
    expect(out).not.toContain('Nơi nhận:');
  });

  it('leaves "sơ:" before a number inside a sentence', () => {
    const out = restored(OCR + 'Nơi nhận hồ sơ: 126 phố Xốm, phường Phú Lương.\nSo: 12/UBND-VX\n');
    expect(out).toContain('hồ sơ: 126');
    expect(out).toContain('\nSố: 12/UBND-VX');
  });
});

describe('document codes', () => {
  it('keeps the part of a code carried to the next line', () => {
    const out = restored(OCR + 'Theo Van ban s6 12/SKHCN-\nBCVT va s6 15/UBND-\nKGVX.');
    expect(out).toContain('SKHCN-\nBCVT');
    expect(out).toContain('UBND-\nKGVX');
  });
});
