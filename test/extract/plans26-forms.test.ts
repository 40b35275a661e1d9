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
