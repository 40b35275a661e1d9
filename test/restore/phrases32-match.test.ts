// restore.phrase-match (issue 9, branch phrases32): a run of words without marks whose keys spell a set phrase of
// phrases.txt is read as the phrase. Made-up sentences; the phrases are the list's general formulas.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

let on: Decoder;
let off: Decoder;
const read = (d: Decoder, s: string) => Layer.derive(s, d.restore(s).edits).text;

beforeAll(() => {
  on = loadDecoder();
  off = loadDecoder(undefined, { phraseBonus: 0 });
});

describe('restore.phrase-match', () => {
  it('reads a listed phrase whose syllable is not among its key\'s commonest forms ("dời" of "doi")', () => {
    const s = 'V/v khan truong di doi cac ho dan khoi khu vuc nguy hiem tai xa Tan Phong';
    expect(read(off, s)).not.toContain('di dời');
    expect(read(on, s)).toContain('khẩn trương di dời các hộ dân');
  });

  it('reads a listed phrase over the model\'s likelier word, across a wrapped line', () => {
    const s = 'Ve viec cap doi the can bo, cong chuc,\nvien chuc cho cac don vi truc thuoc So';
    expect(read(off, s)).toContain('thể cán bộ');
    expect(read(on, s)).toContain('thẻ cán bộ, công chức,\nviên chức');
    const t = 'Ve viec chan chinh ky luat, ky cuong hanh chinh';
    expect(read(off, t)).toContain('chân chỉnh');
    expect(read(on, t)).toContain('Về việc chấn chỉnh kỷ luật');
  });

  it('leaves the context to choose between two listed phrases of the same letters', () => {
    expect(read(on, 'Phat trien kinh te di doi voi bao ve moi truong sinh thai')).toContain('đi đôi với bảo vệ');
  });

  it('gives no bonus to a syllable the model knows about as well as its key\'s commonest form ("đồng" of "đồng bộ")', () => {
    expect(read(on, '3.4 Chu dong bo tri kinh phi tu nguon ngan sach cua don vi')).toContain('Chủ động bố trí');
  });

  it('leaves marked text as written', () => {
    const s = 'Đề nghị các đơn vị tiếp tục di doi các hộ dân ra khỏi vùng sạt lở.';
    expect(read(on, s)).toBe(read(off, s));
  });
});
