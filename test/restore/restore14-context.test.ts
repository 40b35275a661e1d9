// restore14: context the model lacked in administrative text without marks (invented sentences).
import { describe, it, expect } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

const restored = (dec: Decoder, s: string) => Layer.derive(s, dec.restore(s).edits).text;

describe('restore.key-cache', () => {
  const doc = [
    'Uy ban nhan dan tinh ban hanh ke hoach.',
    'Chu tich Uy ban nhan dan tinh chi dao.',
    'Van phong Uy ban nhan dan tinh theo doi.',
    'Dong chi tinh phat bieu.',
  ].join('\n');

  // Since session 17's model (directives fed) "Báo Thanh niên tỉnh" is no longer a close call; the line below is one,
  // and it is tipped by a heavier cache than the default 0.2 (the mechanism, not the default, is what is tested).
  it('a word read confidently elsewhere in the text tips a close call', () => {
    expect(restored(loadDecoder(undefined, { keyCacheWeight: 0.5 }), doc).split('\n')[3]).toBe('Đồng chí tỉnh phát biểu.');
    expect(restored(loadDecoder(undefined, { keyCacheWeight: 0 }), doc).split('\n')[3]).toBe('Đồng chí tình phát biểu.');
  });

  it('does not move a reading the model is sure of', () => {
    const s = `${doc}\nCac don vi tinh toan kinh phi.`;
    expect(restored(loadDecoder(), s).split('\n')[4]).toBe('Các đơn vị tính toán kinh phí.');
  });
});

describe('restore.word-code-unit', () => {
  it('reads a code written as a word as the builder did (<x>), not as a document symbol after "số"', () => {
    const dec = loadDecoder();
    expect(restored(dec, 'Noi nhan:\n- Cong TTDT tinh;\n- Luu: VT.')).toBe('Nơi nhận:\n- Cổng TTĐT tỉnh;\n- Lưu: VT.');
    expect(restored(dec, 'Dang tai tren Cong TTDT tinh.')).toBe('Đăng tải trên Cổng TTĐT tỉnh.');
  });
});

describe('restore.code-list-marks', () => {
  it('a code in a comma list of codes regains its Đ', () => {
    expect(restored(loadDecoder(), 'Thuong truc HDND, UBND tinh;')).toBe('Thường trực HĐND, UBND tỉnh;');
  });
});

describe('phrases.txt: formulas of provincial directives (restore14)', () => {
  it('reads the flood and the explosives of directives, not the season and the pronoun', () => {
    const dec = loadDecoder();
    expect(restored(dec, 'Cac xa khan truong khac phuc hau qua mua lu.')).toBe('Các xã khẩn trương khắc phục hậu quả mưa lũ.');
    expect(restored(dec, 'Tang cuong quan ly vat lieu no cong nghiep.')).toBe('Tăng cường quản lý vật liệu nổ công nghiệp.');
  });
});
