// Issue 9 (docs24): the tax offices named since 2025 ("Thuế tỉnh X", "Thuế cơ sở N tỉnh X") as a heading over dashes.
// A made-up directive of a made-up province, not copied from any document.
import { describe, expect, it } from 'vitest';
import { agencyList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const DIRECTIVE = `ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
Số: 07/CT-UBND                Bình Minh, ngày 2 tháng 3 năm 2026

CHỈ THỊ
Về việc tăng cường quản lý thu ngân sách

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Trách nhiệm cụ thể
a) Sở Tài chính
- Hướng dẫn các xã lập kế hoạch đầu tư công.
b) Thuế tỉnh Bình Minh
- Rà soát các khoản nợ thuế của doanh nghiệp.
- Công khai danh sách người nộp thuế chậm nộp.
c) Thuế cơ sở 2 tỉnh Bình Minh
- Đôn đốc hộ kinh doanh kê khai thuế đúng hạn.
`;

describe('agency.tax-office-head', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('reads "Thuế tỉnh X" and "Thuế cơ sở N tỉnh X" as body names (agency-words.tsv, head)', () => {
    expect(names('Thuế tỉnh Bình Minh chủ trì rà soát nợ thuế')).toEqual(['Thuế tỉnh Bình Minh']);
    expect(names('Thuế thành phố Hòa An và các xã phối hợp thực hiện')[0]).toBe('Thuế thành phố Hòa An');
  });

  it('gives the dashes under "b) Thuế tỉnh X" to the tax office, not to the opening addressees', async () => {
    const { e } = await run(DIRECTIVE);
    const lead = (re: RegExp) => e.tasks.find((t) => re.test(t.action))?.lead.map((l) => l.name);
    expect(lead(/Rà soát các khoản nợ thuế/)).toEqual(['Thuế tỉnh Bình Minh']);
    expect(lead(/Công khai danh sách người nộp thuế/)).toEqual(['Thuế tỉnh Bình Minh']);
    expect(lead(/Đôn đốc hộ kinh doanh/)).toEqual(['Thuế cơ sở 2 tỉnh Bình Minh']);
    expect(lead(/Hướng dẫn các xã lập kế hoạch/)).toEqual(['Sở Tài chính']);
  });
});
