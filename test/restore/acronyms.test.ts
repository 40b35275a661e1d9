// Acronyms with Đ derived from the sources (dictionaries/restore/acronyms.ts) and restored from their plain-D keys.
import { describe, it, expect, beforeAll } from 'vitest';
import { deriveAcronyms } from '../../dictionaries/restore/acronyms.js';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

describe('deriveAcronyms', () => {
  it('keeps an acronym with Đ seen in two documents, not one seen in one', () => {
    const docs = ['Báo cáo của PGĐ Sở.', 'Ý kiến PGĐ phụ trách; mã XYĐQ.', 'Văn bản XYĐQ số 2.'];
    expect(deriveAcronyms(docs)).toEqual(['PGĐ', 'XYĐQ']);
    expect(deriveAcronyms(docs.slice(0, 2))).toEqual(['PGĐ']);
  });

  it('drops an acronym whose plain-D letters are as common, and words in capitals', () => {
    const docs = ['Dự án DTPT và ĐTPT.', 'ĐTPT năm nay; DTPT khác.', 'PHONG TRÀO THI ĐUA', 'THI ĐUA YÊU NƯỚC'];
    expect(deriveAcronyms(docs)).toEqual([]);
  });
});

describe('acronyms restored', () => {
  let dec: Decoder;
  const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
  beforeAll(() => {
    dec = loadDecoder();
  });

  it('writes the Đ of a listed acronym in stripped text', () => {
    expect(restored('Cap GPHD kham benh va che do nguoi HDKC; DVT: trieu dong.')).toBe('Cấp GPHĐ khám bệnh và chế độ người HĐKC; ĐVT: triệu đồng.');
  });
});

describe('Party codes', () => {
  let dec: Decoder;
  beforeAll(() => {
    dec = loadDecoder();
  });
  it('writes the Đ of a Party committee code in a stripped number, and leaves a word in capitals', () => {
    const out = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
    expect(out('So 31-CV/DU va 7-CV/VPDU')).toBe('Số 31-CV/ĐU và 7-CV/VPĐU');
    expect(out('PHAT TRIEN DU LICH')).toBe('PHÁT TRIỂN DU LỊCH');
  });
});
