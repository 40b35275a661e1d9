// lead.point-own-subject (branch letters31, issue 9): points under a heading that name their own doer by a head or title
// word the agency reader does not read. Made-up letters of a made-up province, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH NAM\nSố: 412/UBND-VX\nHòa Bình Nam, ngày 14 tháng 11 năm 2026\nV/v phòng chống dịch bệnh mùa đông\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\nỦy ban nhân dân tỉnh đề nghị các sở, ngành, địa phương:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Khải\n';

describe('letters31 lead.point-own-subject', () => {
  it('a point that opens with a head or title and its complements leads itself', async () => {
    const { e } = await run(
      HEAD +
        '1. Ban Thường vụ Huyện ủy, Thị ủy lãnh đạo các cấp ủy đảng triển khai kế hoạch phòng dịch.\n' +
        '2. Lãnh đạo các trạm y tế xã quán triệt cán bộ, nhân viên thực hiện nghiêm quy trình.\n' +
        '3. Hội đồng quản trị các công ty dược phẩm bảo đảm đủ thuốc dự phòng.\n' +
        '4. Ban Thường trực Hội Nông dân tỉnh, Ban Thường trực Hội Cựu chiến binh tỉnh vận động hội viên tiêm phòng.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Ban Thường vụ Huyện ủy, Thị ủy']);
    expect(t['1']!.leadRule).toBe('lead.point-own-subject');
    expect(t['1']!.action).toMatch(/^Lãnh đạo các cấp ủy đảng triển khai/);
    // (The agency reader stopped before "xã", a word of names.)
    expect(leads(t['2'])).toEqual(['Lãnh đạo các trạm y tế xã']);
    expect(t['2']!.action).toMatch(/^Quán triệt cán bộ/);
    expect(leads(t['3'])).toEqual(['Hội đồng quản trị các công ty dược phẩm']);
    // The same head opens again: two doers.
    expect(leads(t['4'])).toEqual(['Ban Thường trực Hội Nông dân tỉnh', 'Ban Thường trực Hội Cựu chiến binh tỉnh']);
  });

  it('a point that opens with a verb, an object or a clause of work keeps the heading\'s lead', async () => {
    const { e } = await run(
      HEAD +
        '1. Lãnh đạo, chỉ đạo các cơ sở y tế chuẩn bị thuốc, vật tư.\n' +
        '2. Lãnh đạo trạm y tế trực tiếp quản lý dịch, kiểm tra việc cách ly.\n' +
        '3. Giáo viên các trường học phải được tập huấn kỹ năng phòng dịch.\n' +
        TAIL,
    );
    for (const t of e.tasks) expect(t.leadRule).not.toBe('lead.point-own-subject');
  });
});
