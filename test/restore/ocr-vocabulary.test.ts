// Round 2 of the restorer: list markers, the document cache, names and meeting
// vocabulary in OCR-garbled text, ư/ơ read as a letter and an apostrophe.
// Sentences are written for these tests (not taken from the seeds).
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { tokenize } from '../../src/restore/tokens.js';
import { Layer } from '../../src/layer.js';
import { SHARED_DIR, hasShared, packagePath } from '../../src/paths.js';
import { nameSequences, readLines } from '../../dictionaries/restore/build.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');

beforeAll(() => {
  dec = loadDecoder();
});

describe('list markers', () => {
  it('reads the second "d)" of a list as "đ)" and leaves the first', () => {
    const s = 'Dieu 5. Quyen cua cong dan\n\na) hoc tap;\n\nb) lao dong;\n\nc) nghien cuu;\n\nd) sang tao;\n\nd) bao ve To quoc;\n\ne) tham gia.';
    const out = restored(s);
    expect(out).toContain('\nd) sáng tạo;');
    expect(out).toContain('\nđ) bảo vệ Tổ quốc;');
    expect(out).toContain('\ne) tham gia.');
  });

  it('keeps Roman numerals of headings before "-", "." or ")" in OCR-garbled text', () => {
    const s = 'Chu tri, phdi hop véi cac co quan trién khai két ndi dir liéu.\n\nIII- NHIEM VU CHUNG\n\nIV- TO CHUC THUC HIEN\n\nII. KET LUAN';
    const out = restored(s);
    expect(out).toContain('\nIII- ');
    expect(out).toContain('\nIV- ');
    expect(out).toContain('\nII. ');
  });

  it('keeps numbered clauses (ii), (iii), (iv)', () => {
    const s = 'Chu tri, phdi hop véi cac co quan: (i) trién khai két ndi dir liéu; (ii) cap nhat dir liéu; (iii) bao cao két qua; (iv) kiém tra.';
    const out = restored(s);
    for (const c of ['(i) ', '(ii) ', '(iii) ', '(iv) ']) expect(out).toContain(c);
  });

  it('leaves correct text alone', () => {
    const s = 'a) học tập;\n\nb) lao động;\n\nc) nghiên cứu;\n\nd) sáng tạo;\n\nđ) bảo vệ Tổ quốc;\n\ne) tham gia.';
    expect(dec.restore(s).edits).toEqual([]);
  });
});

describe('OCR without a Vietnamese model: names and meeting vocabulary', () => {
  it('restores titles, family names and "cuộc họp"', () => {
    const s = 'Sáng nay, déng chi Tran Van Binh chu tri cudc hop véi lanh dao cac sé, nganh vé xay du’ng hé théng théng tin va két ndi dir liéu.';
    const out = restored(s);
    expect(out).toContain('đồng chí Trần Văn Bình chủ trì cuộc họp với lãnh đạo các sở, ngành');
    expect(out).toContain('xây dựng hệ thống thông tin và kết nối dữ liệu.');
  });

  it('reads Nguyén as Nguyễn in a name and Phé Chu tich as Phó Chủ tịch', () => {
    const s = 'Tham dy cudc hop cé déng chi Nguyén Thi Lan, Phé Chu tich Uy ban nhan dan tinh va déng chi Pham Minh Tuan, Giam déc Sé Ndi vu. Cac co quan trién khai két ndi dir liéu.';
    const out = restored(s);
    expect(out).toContain('Tham dự cuộc họp có đồng chí Nguyễn Thị');
    expect(out).toContain('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(out).toContain('đồng chí Phạm Minh');
    expect(out).toContain('Giám đốc Sở Nội vụ.');
  });

  it('reads digits of a letter’s shape inside words (ph01 hop for phối hợp)', () => {
    const ids = dec.channel!.candidates('ph01').ids.map((i) => dec.vocab.surface[i]);
    expect(ids).toContain('phối');
    const out = restored('Chu tri, ph01 hop véi cac bd, co quan lién quan trién khai két ndi dir liéu.');
    expect(out).toBe('Chủ trì, phối hợp với các bộ, cơ quan liên quan triển khai kết nối dữ liệu.');
  });

  it('keeps u’ and o’ inside a word as one token (ư, ơ read by an English model)', () => {
    const kinds = tokenize('xây du’ng h0\'p phần').map((t) => `${t.text}:${t.kind}`);
    expect(kinds).toEqual(['xây:word', 'du’ng:mixed', "h0'p:mixed", 'phần:word']);
    // Quotes around words stay punctuation.
    expect(tokenize('‘Mạng’').map((t) => t.kind)).toEqual(['punct', 'word', 'punct']);
  });
});

describe('name sequences for the tables', () => {
  it('uses every section of names.txt, common family names most', () => {
    const seqs = nameSequences(readLines(packagePath('dictionaries', 'restore', 'names.txt')));
    expect(seqs.length).toBeGreaterThan(200);
    const first = (f: string) => seqs.filter((s) => s.split(' ').includes(f)).length;
    expect(first('Nguyễn')).toBeGreaterThan(first('Lã'));
    expect(seqs.every((s) => /^(đồng chí|ông|bà) \p{Lu}/u.test(s))).toBe(true);
    expect(() => nameSequences(['[family]', 'Nguyễn'])).toThrow(/sections/);
  });
});

describe.skipIf(!hasShared)('document cache (held-out admin file from ../shared/corpus)', () => {
  if (!hasShared) console.log('skipped: ../shared not found beside the repo');
  it('does not lower accuracy on a held-out text', () => {
    const text = readFileSync(join(SHARED_DIR, 'corpus', 'admin', '60-NQ_TW.txt'), 'utf8').normalize('NFC');
    const truth = tokenize(text).filter((t) => t.kind === 'word');
    const score = (w: number) => {
      const d = w === 1 ? dec : loadDecoder(undefined, { cacheWeight: w });
      const out = tokenize(Layer.derive(strip(text), d.restore(strip(text)).edits).text).filter((t) => t.kind === 'word');
      return out.filter((t, i) => t.text === truth[i]?.text).length;
    };
    const without = score(0);
    const withCache = score(1);
    expect(withCache).toBeGreaterThanOrEqual(without);
    expect(withCache / truth.length).toBeGreaterThan(0.95);
  });
});
