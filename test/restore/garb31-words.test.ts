// Archives read by an English OCR model (issue 9): "số" read "$0", a place's abbreviation "Tp.", a code's Đ read "b".
// Texts are invented, written as such a model garbles Vietnamese.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
const OCR = 'Cac don vi trién khai két ndi dir liéu va bao céo két qua thyc hién vé Bo.\n';

beforeAll(() => {
  dec = loadDecoder();
});

describe('restore.dollar-so', () => {
  it('reads "$0" and "$6" before a symbol as "số"', () => {
    expect(restored(OCR + 'V/v thuc hién Quyét dinh\n$0 41/2024/QD-UBND cua tinh\n')).toContain('số 41/2024/QĐ-UBND');
    expect(restored(OCR + 'Thyc hién Ké hoach $6 12/KH-UBND ngay 05/3/2024.\n')).toContain('số 12/KH-UBND');
  });
});

describe('restore.place-abbrev', () => {
  it('keeps "Tp." and "Tx." before a place name', () => {
    const out = restored(OCR + '- Trung tam y té Tp. Hoa Son, Tx. Binh Lam va huyén Dong Ha.\n');
    expect(out).toContain('Tp. Hòa Sơn');
    expect(out).toContain('Tx. Bình Lâm');
  });
});

describe('restore.code-b-for-d', () => {
  it('reads a small b opening the capitals of a symbol as Đ', () => {
    expect(restored(OCR + 'S6 318 -CV/bU\nvé viéc trién khai\n')).toContain('CV/ĐU');
    expect(restored(OCR + 'Cong van s6 77-TB/bBTU ngay 02/4/2024.\n')).toContain('TB/ĐBTU');
  });
});

describe('restore.code-slash-misread', () => {
  it('reads the slash after a symbol\'s number misread as l, I or 1', () => {
    expect(restored(OCR + 'S6: 318lUBND-KT Hoa Son, ngay 12 thang 3 nam 2025\n')).toContain('318/UBND-KT');
    expect(restored(OCR + 'Thue hién Quyét dinh s6 45I2025IQD-UBND cua tinh.\n')).toContain('45/2025/QĐ-UBND');
    expect(restored(OCR + 'Cong van s6 2071SNV-TCBC ngay 02/4/2024.\n')).toContain('207/SNV-TCBC');
  });
});
