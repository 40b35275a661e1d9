// Round docs19 (issue 9): "quan tâm" after a body's name is the verb of a polite request ("đề nghị các Chi bộ quan tâm
// phối hợp ..."), so the name ends before it (verbs.tsv, use `after`, read by lead.subject). The text is made up; no document
// of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { leads, run } from './helpers.js';

const letter =
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ TÂN HÒA\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 31/MTTQ-BTT Tân Hòa, ngày 02 tháng 6 năm 2026\nV/v đăng ký công trình chào mừng Đại hội\n' +
  'Kính gửi: Các chi hội đoàn thể; các Ban Công tác Mặt trận thôn.\n' +
  'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã đề nghị các Ban Công tác Mặt trận thôn quan tâm chỉ đạo, đăng ký công trình chào mừng Đại hội và gửi về Ban Thường trực trước ngày 20/6/2026.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLê Thị Hoa\n';

describe('docs19 polite requests', () => {
  it('ends the lead before "quan tâm"', async () => {
    const { e } = await run(letter);
    const all = e.tasks.flatMap((t) => leads(t) ?? []);
    expect(all.some((n) => /quan tâm/.test(n))).toBe(false);
    expect(all).toContain('Các Ban Công tác Mặt trận thôn');
  });
});
