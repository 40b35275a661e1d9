// Archives read by an English OCR model (issue 9): acronyms and the header's "SỞ Y TẾ" must come through the
// restorer whole. Texts are invented, written as such a model garbles Vietnamese.
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

describe('restore.onset-acronym', () => {
  it('keeps capitals whose opening consonants open no Vietnamese syllable', () => {
    const out = restored(OCR + 'Quy BHYT chi tra cho nguoi bénh tai cac CSYT va lép hoc STEM cla truong.\n');
    expect(out).toContain('Quỹ BHYT chi trả');
    expect(out).toContain('các CSYT');
    expect(out).toContain('học STEM');
  });

  it('does not count such an acronym as a word of a line in capitals', () => {
    expect(restored(OCR + 'Chi phi KCB BHYT cla cac tram.\n')).toContain('KCB BHYT');
  });

  it('keeps capitals whose closing consonants close no syllable, but not an O read as Q', () => {
    expect(restored(OCR + 'Khoa YDCT cla bénh vién tinh.\n')).toContain('YDCT của');
    expect(restored(OCR + 'CONG HOA XA HOI\nHQI DONG NHAN DAN XA\n')).toContain('HỘI ĐỒNG NHÂN DÂN');
  });
});

describe('restore.ampersand-code', () => {
  it('keeps capitals joined by "&" as a code', () => {
    expect(restored(OCR + 'S¢ KH&CN chu tri, Sé NN&PTNT phéi hop.\n')).toContain('KH&CN chủ trì');
    expect(restored(OCR + 'S¢ KH&CN chu tri, Sé NN&PTNT phéi hop.\n')).toContain('NN&PTNT phối hợp');
  });
});

describe('restore.code-keeps-caps', () => {
  it('writes a known code among small words in capitals, not as a title word', () => {
    expect(restored(OCR + 'Ho tro nha ¢ theo QD\n$0 15/2024/QD-UBND cla tinh.\n')).toContain('theo QĐ\n');
  });
});

describe('restore.caps-digit-word', () => {
  it('writes a digit read for a word in capitals inside a line of capitals', () => {
    expect(restored(OCR + 'V/v HO TRO SUA CHUA NHA 0 CHO CAC HO DAN VUNG LU\n')).toContain('NHÀ Ở CHO');
  });
});

describe('QH is a code', () => {
  it('keeps the National Assembly code of a law, not QĐ', () => {
    expect(restored(OCR + 'Can ctr Luat s6 31/2019/QH14 ngay 14 thang 6 nam 2019.\n')).toContain('31/2019/QH14');
  });
});

describe('restore.caps-y-split', () => {
  it('cuts a Y run into the capital word before it', () => {
    expect(restored(OCR + 'UBND TINH TAY HA\nSOY TE\nS6: 45/SYT-KHTC\n')).toContain('\nSỞ Y TẾ\n');
    expect(restored(OCR + 'BOY TE\nS6: 77/BYT-KCB\n')).toContain('BỘ Y TẾ');
  });

  it('writes the word after the Y cut off in capitals, though the motto follows on its line', () => {
    expect(restored(OCR + 'SOY TE Pac lap - Ty do - Hanh phic\n')).toContain('SỞ Y TẾ Độc lập');
  });

  it('leaves a syllable ending in Y and a Y not followed by a word', () => {
    expect(restored(OCR + 'NGAY HOI DOAN KET\n')).toContain('NGÀY HỘI');
    expect(restored(OCR + 'S6 ky hiéu SOY.\n')).not.toContain('SỞ Y');
  });
});
