// The packed gazetteer: contents the issue asks for, OCR-tolerant matching,
// and the build reproducing the committed table (when ../shared is here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build } from '../../dictionaries/agencies/build.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';
import { hasShared, packagePath } from '../../src/paths.js';

describe('gazetteer', async () => {
  const gaz = await loadGazetteer();
  const { entries, provinces } = gaz.table;

  it('holds the 34 provinces, 14 ministries and 3 ministry-level agencies of 2025', () => {
    expect(provinces).toHaveLength(34);
    const now = (e: (typeof entries)[number]) => !e.validTo;
    expect(entries.filter((e) => e.kind === 'ministry' && now(e))).toHaveLength(14);
    expect(entries.filter((e) => e.kind === 'ministry-level' && now(e))).toHaveLength(3);
    expect(gaz.lookup('Bộ Thông tin và Truyền thông')).toMatchObject({ validTo: '2025-02-28', successor: 'Bộ Khoa học và Công nghệ' });
    for (const code of ['TTg', 'VPCP', 'BKHCN', 'BCA', 'BCĐTW', 'TGV', 'UBND']) expect(gaz.byCode(code), code).toBeDefined();
    for (const n of ['Viettel', 'VNPT', 'FPT', 'CMC', 'MobiFone', 'Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'Các bộ, cơ quan ngang bộ']) {
      expect(gaz.lookup(n), n).toBeDefined();
    }
  });

  it('matches through missing marks and OCR noise', () => {
    for (const [s, want] of [
      ['Cong an tinh', 'Công an tỉnh'],
      ['Van phong Trung uong Pang', 'Văn phòng Trung ương Đảng'],
      ['Ban Chi dao Trung wong', 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'],
      ['BỘ KHOA HỌC VÀ CỒNG NGHỆ', 'Bộ Khoa học và Công nghệ'],
      ['Uy ban nhan dan tinh Quang Ngai', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
    ]) {
      const hits = gaz.scan(fold(s!));
      expect(hits.map((h) => h.entry.canonical), s).toEqual([want]);
    }
  });

  it.skipIf(!hasShared)('is what build.ts makes from the source lists', () => {
    const committed = JSON.parse(readFileSync(packagePath('dictionaries', 'agencies', 'agencies.json'), 'utf8'));
    expect(build()).toEqual(committed);
  });
  if (!hasShared) console.log('gazetteer test: ../shared is absent, build check skipped');
});
