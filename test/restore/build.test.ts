import { describe, expect, it } from 'vitest';
import { agencyNames, documentKinds, yFromI } from '../../dictionaries/restore/build.js';
import { loadDecoder } from '../../src/restore/index.js';
import { Layer } from '../../src/layer.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

describe('restore table build helpers', () => {
  it('writes y for a lone i only where the corpus writes y far more often', () => {
    const corpus: Record<string, number> = { lý: 2000, lí: 0, sĩ: 240, sỹ: 7, kỹ: 500, kĩ: 1 };
    const toY = yFromI((w) => corpus[w] ?? 0);
    expect(toY('quản lí, Lí do, kĩ thuật')).toBe('quản lý, Lý do, kỹ thuật');
    expect(toY('bác sĩ, tinh thần')).toBe('bác sĩ, tinh thần');
  });

  it('takes the names of bodies from the agency gazetteer', () => {
    const names = agencyNames();
    expect(names).toContain('Các sở, ban, ngành, đơn vị thuộc tỉnh');
    expect(names).toContain('Bộ Khoa học và Công nghệ');
    expect(documentKinds()).toEqual(expect.arrayContaining(['Thông báo', 'Kế hoạch', 'Văn bản']));
  });
});

describe('general Vietnamese in the shipped tables', () => {
  const dec = loadDecoder();
  const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;

  it('knows everyday words the statute corpus lacks (lữ hành, thanh niên)', () => {
    expect(restored('Cong ty lu hanh don khach tai san bay.')).toContain('Công ty lữ hành');
    expect(restored('Doan thanh nien tham gia hoat dong tinh nguyen.')).toBe('Đoàn thanh niên tham gia hoạt động tình nguyện.');
  });

  it('keeps administrative readings where the dictionary prefers others', () => {
    expect(restored('Cac so, ban, nganh, don vi thuoc tinh.')).toBe('Các sở, ban, ngành, đơn vị thuộc tỉnh.');
    expect(restored('Tao thuan loi cho nguoi dan, doanh nghiep.')).toBe('Tạo thuận lợi cho người dân, doanh nghiệp.');
    expect(restored('Thuc hien cac nhiem vu duoc giao tai Ke hoach so 02-KH/BCDTW.')).toContain('được giao tại Kế hoạch số 02-KH/BCĐTW.');
  });

  it('says what it was built from, and keeps statute spelling (khóa, not khoá)', () => {
    const stats = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dictionaries', 'restore', 'tables', 'stats.json'), 'utf8'));
    expect(stats.general.source).toMatch(/@vntk\/dictionary/);
    expect(stats.general.share).toBeGreaterThan(0);
    expect(restored('Dai hoi khoa XV.')).toBe('Đại hội khóa XV.');
  });
});
