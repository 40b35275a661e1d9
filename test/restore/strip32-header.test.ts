// Header fields of text stripped of its marks (issue 9, branch strip32): names the sources write out, words joined by a
// slash, codes whose Đ the letter head spells. Made-up names, bodies and numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import type { PeopleLists } from '../../src/restore/people.js';
import { repairs } from '../../src/restore/repair.js';
import { Layer } from '../../src/layer.js';

let dec: Decoder;
let lists: PeopleLists;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
const BODY = 'Cac co quan, don vi trien khai thuc hien nghiem tuc ke hoach nay, bao cao ket qua truoc ngay 15/12/2025.\n';

beforeAll(() => {
  dec = loadDecoder();
  lists = JSON.parse(readFileSync(join(tablesDir(), 'people.json'), 'utf8')) as PeopleLists;
});

describe('restore.people.seen-name', () => {
  it('writes a name the sources write out as they write it, rare syllables too', () => {
    const text = BODY + 'KT. CHU TICH\nPHO CHU TICH\nHua Kim Thuan\n';
    dec.setPeople({ ...lists, seen: ['Hứa Kim Thuân'] });
    expect(restored(text)).toContain('\nHứa Kim Thuân');
    expect(restored('Giao dong chi Hua Kim Thuan, Pho Giam doc So chu tri.')).toContain('đồng chí Hứa Kim Thuân,');
    // Without the name in the list, the model's commoner reading.
    dec.setPeople({ ...lists, seen: [] });
    expect(restored(text)).not.toContain('\nHứa Kim Thuân');
    dec.setPeople(lists);
  });
});

describe('restore.slash-words', () => {
  it('restores words joined by a slash as a list', () => {
    const out = restored('Kinh gui: UBND cac xa/phuong tren dia ban tinh.\nDe nghi cac co quan/don vi bao cao ket qua ve du lieu/database.\n');
    expect(out).toContain('các xã/phường');
    expect(out).toContain('cơ quan/đơn vị');
    expect(out).toContain('dữ liệu/database');
  });

  it('leaves a unit of measure after a figure and codes in capitals as written', () => {
    const out = restored('Nang suat dat 5 tan/ha, thuc hien theo Ke hoach so 12/KH-UBND va V/v nay.\n');
    expect(out).toContain('5 tan/ha');
    expect(out).toContain('12/KH-UBND');
  });
});

describe('repair.code-initials', () => {
  const head = 'UBND TỈNH HÒA SƠN\nHỘI ĐỒNG THI ĐUA KHEN THƯỞNG\nSố: 45/KH-HDTDKT\n';
  it('gives a code the Đ of the words in capitals it abbreviates', () => {
    const r = repairs(head, true);
    expect(r.map((x) => [head.slice(x.start, x.end), x.text])).toEqual([['HDTDKT', 'HĐTĐKT']]);
    // On a line of its own and after the slash.
    const t = 'ĐOÀN KIỂM TRA LIÊN NGÀNH\nSố: 7/DKTLN\n';
    expect(repairs(t, true).map((x) => x.text)).toEqual(['ĐKTLN']);
  });

  it('leaves codes of a text whose marks were as printed, codes no run of words spells, and plain D words', () => {
    expect(repairs(head, false)).toEqual([]);
    expect(repairs('SỞ NỘI VỤ\nSố: 45/SNV-DVS\n', true)).toEqual([]);
    expect(repairs('BỘ GIÁO DỤC\nSố: 45/BGD-VP\n', true)).toEqual([]);
  });
});

describe('restore.slashed-key, restore.people.after-dc', () => {
  it('writes "D/c" stripped of its mark as "Đ/c", and reads the name after it as a name', () => {
    expect(restored(BODY + 'Kinh gui: D/c Chu tich Uy ban nhan dan tinh.\n')).toContain('Kính gửi: Đ/c Chủ tịch');
    expect(restored(BODY + '- d/c Tran Van Binh, Pho Giam doc So;\n')).toContain('- đ/c Trần Văn Bình,');
  });
});
