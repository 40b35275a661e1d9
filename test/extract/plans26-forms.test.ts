// Content sections of plans whose work a later section shares out by unit (plans26 round, issue 9), on made-up texts.
import { describe, expect, it } from 'vitest';
import { byId, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 77/KH-UBND                Lạng Sơn, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Quan trắc chất lượng nước các hồ chứa năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Theo dõi kịp thời diễn biến chất lượng nước phục vụ sản xuất.
`;

const CONTENT = `II. NỘI DUNG
1. Quan trắc nước hồ chứa
- Điểm quan trắc: lấy mẫu tại 3 vị trí như sau:
+ Xã Bình Khê: Lấy mẫu 01 vị trí tại hồ Khuổi Pục.
+ Xã Tân Lập: Lấy mẫu 01 vị trí tại hồ Nà Cáy.
- Thông số quan trắc: pH, DO, COD, tổng sắt, quan trắc 02 lần/tháng.
2. Sở Công Thương phối hợp với các xã cảnh báo khi chất lượng nước vượt ngưỡng.
`;

describe('section.content-shared', () => {
  it('scores no point of a "NỘI DUNG" section, places or bodies named, when the last section shares the work out by unit', async () => {
    const text = `${HEAD}${CONTENT}III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổ chức quan trắc, thông báo kết quả cho các xã.
- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2027.
2. Ủy ban nhân dân các xã
- Phối hợp lấy mẫu, thông báo kết quả trên hệ thống truyền thanh.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1', '3.1.2', '3.2.1']);
  });
});

describe('section.title-wrapped', () => {
  it('reads a capital roman title wrapped onto a second line ("IV. TỔ CHỨC" / "THỰC HIỆN") whole', async () => {
    const text = `${HEAD}${CONTENT}III. KINH
PHÍ THỰC HIỆN
Kinh phí bố trí từ nguồn sự nghiệp môi trường.
IV. TỔ CHỨC
THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổ chức quan trắc, thông báo kết quả cho các xã.
2. Ủy ban nhân dân các xã
- Phối hợp lấy mẫu, thông báo kết quả trên hệ thống truyền thanh.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['4.1.1', '4.2.1']);
  });
});

describe('section.unit-paragraphs', () => {
  it('counts an item that opens with the body it assigns ("2. Sở Tài chính: ...") as a unit of the sharing', async () => {
    const text = `${HEAD}${CONTENT}III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi thực hiện các nội dung sau:
- Chủ trì tổ chức quan trắc, thông báo kết quả cho các xã.
- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2027.
2. Sở Tài chính: Thẩm định, trình cấp có thẩm quyền bố trí kinh phí thực hiện Kế hoạch.
3. UBND các xã: Phối hợp lấy mẫu, thông báo kết quả trên hệ thống truyền thanh.
`;
    const { e } = await run(text);
    const ids = e.tasks.map((t) => t.id);
    expect(ids.filter((i) => i.startsWith('2.'))).toEqual([]);
    expect(ids).toContain('3.2');
    expect(leads(byId(e.tasks)['3.2'])).toEqual(['Sở Tài chính']);
  });
});

describe('section.decision-plan', () => {
  it('shares out the plan a decision issues ("Điều 1. Phê duyệt Kế hoạch ...", then "KẾ HOẠCH") as a plan\'s', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 512/QĐ-UBND                Lạng Sơn, ngày 12 tháng 3 năm 2027

QUYẾT ĐỊNH
Phê duyệt Kế hoạch quan trắc chất lượng nước các hồ chứa năm 2027

Điều 1. Phê duyệt Kế hoạch quan trắc chất lượng nước các hồ chứa năm 2027 (kèm theo Quyết định này).
Điều 2. Quyết định này có hiệu lực từ ngày ký.

KẾ HOẠCH
Quan trắc chất lượng nước các hồ chứa năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Theo dõi kịp thời diễn biến chất lượng nước phục vụ sản xuất.
${CONTENT}III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổ chức quan trắc, thông báo kết quả cho các xã.
2. Ủy ban nhân dân các xã
- Phối hợp lấy mẫu, thông báo kết quả trên hệ thống truyền thanh.
`;
    const { e } = await run(text);
    const ids = e.tasks.map((t) => t.id);
    expect(ids.some((i) => /^\d+\.1\.1$/.test(i))).toBe(true);
    expect(e.tasks.filter((t) => /Lấy mẫu 01|cảnh báo khi/.test(t.action))).toEqual([]);
  });
});

const SOLUTIONS = `III. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP
1. Công tác lãnh đạo, chỉ đạo
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tổ chức quán triệt sâu rộng Kế hoạch này.
2. Nâng cao hiệu quả quản lý nhà nước
a) Kiện toàn Ban Chỉ đạo phòng chống thiên tai các cấp phù hợp với điều kiện thực tế.
b) Rà soát, kiến nghị sửa đổi các quy định về phòng chống thiên tai.
`;

const BY_UNIT = `IV. PHÂN CÔNG NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường
a) Tham mưu kiện toàn Ban Chỉ đạo phòng chống thiên tai tỉnh.
b) Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2027.
2. Sở Tư pháp
a) Rà soát các quy định về phòng chống thiên tai.
V. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 10/12/2027.
`;

describe('section.assignment-title', () => {
  it('takes "PHÂN CÔNG NHIỆM VỤ" by unit as the section that shares out a section of solutions', async () => {
    const { e } = await run(`${HEAD}${SOLUTIONS}${BY_UNIT}`);
    const ids = e.tasks.map((t) => t.id);
    expect(ids.filter((i) => i.startsWith('3.2'))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['4.1.1', '4.1.2', '4.2.1']));
  });

  it('keeps the items of a "NỘI DUNG CÔNG TÁC" section beside it, the only statement of their work', async () => {
    const text = `${HEAD}II. NỘI DUNG CÔNG TÁC
Các sở, ngành, địa phương thực hiện các nội dung sau:
1. Tổ chức diễn tập ứng phó thiên tai tại các xã ven sông.
2. Kiểm tra an toàn hồ đập trước mùa mưa lũ.
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường
a) Tham mưu kiện toàn Ban Chỉ đạo phòng chống thiên tai tỉnh.
2. Sở Tư pháp
a) Rà soát các quy định về phòng chống thiên tai.
IV. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 10/12/2027.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(expect.arrayContaining(['2.1', '2.2', '3.1.1', '3.2.1']));
  });
});

describe('section.solutions-asked', () => {
  it('keeps the item of a solutions section that opens by asking a body ("Đề nghị ..."), under a topic title', async () => {
    const { e } = await run(`${HEAD}${SOLUTIONS}${BY_UNIT}`);
    const t = byId(e.tasks);
    expect(t['3.1']).toBeDefined();
    expect(leads(t['3.1'])[0]).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh/);
  });
});

describe('task.skip.aspect-heading', () => {
  it('reads no task from an activity\'s "Hình thức và thời gian" heading over its labelled points', async () => {
    const text = `${HEAD}II. NỘI DUNG HOẠT ĐỘNG
1. Ngày hội tư vấn nghề nghiệp cho học sinh
1.1. Hình thức và thời gian
1.1.1. Hình thức tổ chức: trực tiếp tại sân trường.
1.1.2. Thời gian thực hiện: tháng 11 năm 2027.
1.2. Đơn vị thực hiện: Trường Cao đẳng Kỹ thuật Lạng Sơn chủ trì tổ chức.
`;
    const { e } = await run(text);
    expect(e.tasks.filter((t) => /^Hình thức và thời gian/.test(t.action))).toEqual([]);
  });
});
