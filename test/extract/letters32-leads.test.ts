// Leads of points in letters (branch letters32, issue 9). Made-up letters of made-up bodies, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const TAIL = 'Nơi nhận:\n- Các đơn vị thành viên;\n- Lưu: VT.\nTỔNG GIÁM ĐỐC\nTrần Văn Minh\n';

describe('letters32 lead.point-own-subject only under a lead', () => {
  it('a findings notice with nobody asked: a point naming a head and its work is no task', async () => {
    const { e } = await run(
      'TỔNG CÔNG TY CƠ KHÍ BẮC SƠN\nSố: 77/TB-TCT\nBắc Sơn, ngày 03 tháng 12 năm 2026\nTHÔNG BÁO\n' +
        'Về kết quả kiểm tra công tác an toàn lao động năm 2026\n' +
        'Tổng công ty thông báo kết quả kiểm tra công tác an toàn lao động năm 2026 như sau:\n' +
        '1. Đoàn kiểm tra đã làm việc tại 12 đơn vị trong tháng 11 năm 2026.\n' +
        '2. Ban giám đốc các xí nghiệp may mặc tổ chức huấn luyện an toàn cho 1.200 công nhân trong năm.\n' +
        TAIL,
    );
    for (const t of e.tasks) expect(t.leadRule).not.toBe('lead.point-own-subject');
    expect(byId(e.tasks)['2']).toBeUndefined();
  });
});
