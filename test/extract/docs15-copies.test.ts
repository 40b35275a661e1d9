// Round docs15 (issue 9): a text layer that breaks the last syllable of the label "Nơi nhận:" ("Nơi nhậ n:", as a PDF's
// kerning leaves it) still ends the body there (header.copies.split-label). The texts are made up; no document of the dev
// or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const decision = (label: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 41/QĐ-UBND Nam Sơn, ngày 12 tháng 3 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch phòng, chống hạn hán năm 2026\n' +
  'ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch phòng, chống hạn hán năm 2026, kèm theo Quyết định này.\n' +
  'Điều 2. Quyết định này có hiệu lực từ ngày ký.\n' +
  'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.\n\n' +
  `${label}\n- Chủ tịch UBND tỉnh;\n- Các Sở, ban, ngành tỉnh; (để b/c)\n- UBND các xã;\n- Lưu: VT.\n\n` +
  'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Bình\n\n' +
  'KẾ HOẠCH\nPhòng, chống hạn hán năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n' +
  '- Theo dõi mực nước các hồ chứa, báo cáo Ủy ban nhân dân tỉnh hằng tuần.\n' +
  '2. Ủy ban nhân dân các xã\n- Vận động người dân tiết kiệm nước sinh hoạt.\n';

describe('docs15 copies label', () => {
  it('reads the plan a decision issues after "Nơi nhậ n:", and no task from its copies (header.copies.split-label)', async () => {
    const { e } = await run(decision('Nơi nhậ n:'));
    expect(e.tasks.some((t) => /Lưu: VT|Chủ tịch UBND tỉnh|UBND các xã/.test(t.action))).toBe(false);
    expect(e.tasks.map((t) => t.action)).toEqual(['Theo dõi mực nước các hồ chứa, báo cáo Ủy ban nhân dân tỉnh hằng tuần', 'Vận động người dân tiết kiệm nước sinh hoạt']);
    expect(e.document.signer?.name).toBe('Nguyễn Văn Bình');
  });

  it('reads the same text with the label whole the same way', async () => {
    const split = await run(decision('Nơi nhậ n:'));
    const whole = await run(decision('Nơi nhận:'));
    expect(split.e.tasks.map((t) => t.action)).toEqual(whole.e.tasks.map((t) => t.action));
  });
});
