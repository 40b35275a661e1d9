// A table of cell lines as an English OCR model reads a drawn page (issue 9, the garbled archives): bars of the grid
// alone on lines, labels wrapped, a group's title past a dash or over two lines, numbers running on across groups.
// The text is made up for this test.
import { describe, expect, it } from 'vitest';
import { byId, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 31/KH-UBND                Bắc Kạn, ngày 09 tháng 2 năm 2027

KẾ HOẠCH
Thực hiện nhiệm vụ số hóa năm 2027

`;

describe('table.cell-lines-ocr', () => {
  it('reads the table through the grid\'s dust, wrapped labels and titles, numbers run on', async () => {
    const text = `${HEAD}Phụ lục
NHIỆM VỤ SỐ HÓA NĂM 2027
TT
|
Nội dung thực
hiện
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn
thành
|
I
-
CHÍNH QUYỀN SỐ VÀ
DỮ LIỆU SỐ
1
Triển khai hệ thống quản lý văn bản
điện tử đến cấp xã
|
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh
Quý II/2027
2
Chuẩn hóa danh mục dữ liệu mở
Sở Nông nghiệp và
Môi trường
|
Các sở, ngành
Tháng 9 hằng năm
II.
KINH TẾ SỐ
3
Đánh giá mức độ chuyển đổi số của
các doanh nghiệp
Sở Công Thương
Các sở, ngành
2026-2030
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1.1', '1.2', '2.3']);
    expect(t['1.1']!.action).toBe('Triển khai hệ thống quản lý văn bản điện tử đến cấp xã');
    expect(leads(t['1.1'])).toEqual(['Sở Khoa học và Công nghệ']);
    expect(leads(t['1.2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(leads(t['2.3'])).toEqual(['Sở Công Thương']);
    expect(t['2.3']!.deadline?.due).toBe('2030-12-31');
  });
});
