// Plan and table forms of the plans21 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 31/KH-UBND                Bắc Kạn, ngày 09 tháng 2 năm 2027

KẾ HOẠCH
Thực hiện nhiệm vụ số hóa năm 2027

`;

const HOSPITAL = `SỞ Y TẾ TỈNH BẮC KẠN
TRUNG TÂM Y TẾ HUYỆN CHỢ ĐỒN
Số: 08/KH-TTYT                Chợ Đồn, ngày 16 tháng 2 năm 2027

KẾ HOẠCH
Phòng chống nhiễm khuẩn năm 2027

`;

describe('table.group-empty-cells', () => {
  it('reads a tab table\'s group row written with its empty cells as a group, not a task', async () => {
    const text = `${HEAD}PHỤ LỤC
STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\tSản phẩm
I\tHẠ TẦNG SỐ\t\t\t\t
1\tNâng cấp mạng nội bộ các cơ quan\tSở Khoa học và Công nghệ\tCác sở, ngành\tQuý III/2027\tBáo cáo
2\tRà soát thiết bị đầu cuối\tVăn phòng UBND tỉnh\tSở Tài chính\tThường xuyên\tKế hoạch
II\tDỮ LIỆU SỐ\t\t\t\t
1\tLàm sạch dữ liệu hộ tịch\tSở Tư pháp; Sở Nội vụ\tCông an tỉnh\tTrước 30/9\tQuyết định của UBND tỉnh
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1.1', '1.2', '2.1']);
    expect(leads(t['2.1'])).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    expect(coords(t['2.1'])).toEqual(['Công an tỉnh']);
    expect(t['1.2']!.deadline?.kind).toBe('recurring');
    // The product cell is neither the action nor a lead.
    expect(t['2.1']!.action).toBe('Làm sạch dữ liệu hộ tịch');
  });
});

describe('lead.unit-role-subject', () => {
  it('reads a hospital department or a school group opening a sentence as its lead', async () => {
    const text = `${HOSPITAL}II. TỔ CHỨC THỰC HIỆN
1. Khoa Kiểm soát nhiễm khuẩn chủ trì, phối hợp với Phòng Kế hoạch - Nghiệp vụ giám sát vệ sinh tay tại các khoa, hoàn thành trong Quý III/2027.
2. Tổ chuyên môn xây dựng tài liệu tập huấn cho nhân viên y tế.
3. Điều dưỡng trưởng các khoa kiểm tra việc thực hiện quy trình hằng tháng.
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Khoa Kiểm soát nhiễm khuẩn']);
    expect(t['2.1']!.action).toMatch(/^Giám sát vệ sinh tay/);
    expect(leads(t['2.2'])).toEqual(['Tổ chuyên môn']);
    expect(t['2.2']!.action).toMatch(/^Xây dựng tài liệu/);
  });
});
