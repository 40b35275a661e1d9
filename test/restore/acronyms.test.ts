// Acronyms with Đ (abbreviations.txt, acronyms.txt) restored from their plain-D letters.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

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
