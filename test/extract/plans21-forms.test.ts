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

describe('table.cell-lines', () => {
  it('reads a table whose every cell is a line of its own, cells over lines, the header repeated, a page number between rows', async () => {
    const text = `${HEAD}Phụ lục
NHIỆM VỤ SỐ HÓA NĂM 2027
TT
Nội dung nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
Sản phẩm
I
CHÍNH QUYỀN SỐ
1
Triển khai hệ thống quản lý văn bản
điện tử đến cấp xã, kết nối liên thông
với các bộ, ngành
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh
Quý II/2027
Báo cáo
2
Chuẩn hóa danh mục dữ liệu mở
Sở Nông nghiệp và
Môi trường
Tháng 9 hằng năm
Quyết định của UBND tỉnh
4
TT
Nội dung nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
Sản phẩm
3
Đánh giá mức độ chuyển đổi số của
các xã
Sở Nội vụ; Sở Tài chính
Các sở, ngành
2026-2030
Kế hoạch
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1.1', '1.2', '1.3']);
    expect(t['1.1']!.action).toBe('Triển khai hệ thống quản lý văn bản điện tử đến cấp xã, kết nối liên thông với các bộ, ngành');
    expect(leads(t['1.1'])).toEqual(['Sở Khoa học và Công nghệ']);
    expect(coords(t['1.1'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(t['1.1']!.deadline?.due).toBe('2027-06-30');
    // A lead cell over two lines; no partners' line; the product is no lead.
    expect(leads(t['1.2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t['1.2'])).toEqual([]);
    expect(t['1.2']!.deadline?.kind).toBe('recurring');
    expect(leads(t['1.3'])).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    expect(t['1.3']!.deadline?.due).toBe('2030-12-31');
  });
});

describe('section.solutions-shared', () => {
  it('scores no point of a solutions section, named bodies or not, when the last section shares the work out by unit', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm các nhiệm vụ số hóa được triển khai đồng bộ.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hoàn thiện cơ sở dữ liệu cán bộ, công chức (Sở Nội vụ chủ trì, các sở, ngành phối hợp).
2. Nâng cấp cổng dịch vụ công của tỉnh; giao Văn phòng UBND tỉnh thực hiện.
3. Bồi dưỡng kỹ năng số cho đội ngũ công chức cấp xã.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Cập nhật cơ sở dữ liệu cán bộ, công chức, hoàn thành trong Quý III/2027.
2. Văn phòng UBND tỉnh
- Nâng cấp cổng dịch vụ công, hoàn thành trước ngày 30/10/2027.
3. Ủy ban nhân dân các xã
- Cử công chức tham gia các lớp bồi dưỡng kỹ năng số.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1', '3.2.1', '3.3.1']);
    expect(leads(byId(e.tasks)['3.2.1'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
  });

  it('keeps the points that name who acts in a section of work that is not of solutions', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm các nhiệm vụ số hóa được triển khai đồng bộ.
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức hội thảo về chính quyền số (Sở Khoa học và Công nghệ chủ trì, các sở, ngành phối hợp).
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Cập nhật cơ sở dữ liệu cán bộ, công chức.
2. Ủy ban nhân dân các xã
- Cử công chức tham gia các lớp bồi dưỡng kỹ năng số.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '3.1.1', '3.2.1']);
  });
});

describe('table.cells-by-count', () => {
  it('reads an OCR table whose cells are two spaces apart but not under their labels', async () => {
    const text = `${HEAD}Phụ lục
CÁC NHIỆM VỤ CỤ THỂ
STT  Nhiệm vụ  Đơn vị chủ trì  Đơn vị phối hợp  Thời hạn  Sản phẩm
1   Rà soát quy trình nội bộ giải quyết hồ sơ    Sở Tư pháp    Các sở, ngành    Quý II/2027   Báo cáo
    trực tuyến toàn trình
2  Kết nối phần mềm một cửa với cơ sở dữ liệu dân cư  Công an tỉnh  Sở Khoa học và Công nghệ  Trước 30/9  Kế hoạch
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1', '2']);
    expect(t['1']!.action).toBe('Rà soát quy trình nội bộ giải quyết hồ sơ trực tuyến toàn trình');
    expect(leads(t['1'])).toEqual(['Sở Tư pháp']);
    expect(coords(t['2'])).toEqual(['Sở Khoa học và Công nghệ']);
    expect(t['2']!.deadline?.due).toBe('2027-09-30');
  });
});

describe('table.cells-one-space', () => {
  it('splits OCR rows whose cells are one space apart by the bodies and the time they end with', async () => {
    const text = `${HEAD}Phụ lục
CÁC NHIỆM VỤ CỤ THỂ
STT   Nhiệm vụ              Đơn vị chủ trì     Đơn vị phối hợp    Thời hạn    Sản phẩm
1 Số hóa sổ hộ tịch lưu trữ tại các xã Sở Tư pháp Các sở, ngành Quý IV/2027 Báo cáo
2 Vận hành trung tâm giám sát an toàn thông tin Công an tỉnh; Sở Nội vụ Văn phòng UBND tỉnh Thường xuyên Kế hoạch
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1', '2']);
    expect(t['1']!.action).toBe('Số hóa sổ hộ tịch lưu trữ tại các xã');
    expect(leads(t['1'])).toEqual(['Sở Tư pháp']);
    expect(coords(t['1'])).toEqual(['Các sở, ngành']);
    expect(t['1']!.deadline?.due).toBe('2027-12-31');
    expect(leads(t['2'])).toEqual(['Công an tỉnh', 'Sở Nội vụ']);
    expect(coords(t['2'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(t['2']!.deadline?.kind).toBe('recurring');
  });
});
