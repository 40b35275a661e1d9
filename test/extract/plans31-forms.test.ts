// Plan forms of the plans31 round (issue 9), on made-up texts: a journal as a plan's unit, a city written "TP." in a body's
// name, and a ministry's departments named after one shared head ("các Vụ: A, B").
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Số: 78/KH-UBND                Sông Mây, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Khuyến khích thói quen đọc sách trong học sinh.
II. TỔ CHỨC THỰC HIỆN
`;

describe('agency.journal-head', () => {
  it('reads a journal as a unit heading that leads its points, and as a partner after "Phối hợp"', async () => {
    const text = `${HEAD}1. Sở Giáo dục và Đào tạo
- Phối hợp Tạp chí Văn nghệ Sông Mây tổ chức giới thiệu sách cho học sinh.
- Chỉ đạo các trường học bố trí thời gian cho học sinh tham dự.
2. Tạp chí Văn nghệ Sông Mây
- Là cơ quan thường trực, đầu mối tổ chức Ngày hội.
- Chủ trì phối hợp Sở Giáo dục và Đào tạo tổ chức các gian trưng bày.
`;
    const t = byId((await run(text)).e.tasks);
    expect(coords(t['2.1.1'])).toEqual(['Tạp chí Văn nghệ Sông Mây']);
    expect(leads(t['2.2.1'])).toEqual(['Tạp chí Văn nghệ Sông Mây']);
    expect(leads(t['2.2.2'])).toEqual(['Tạp chí Văn nghệ Sông Mây']);
    expect(coords(t['2.2.2'])).toEqual(['Sở Giáo dục và Đào tạo']);
  });
});

describe('agency.city-abbrev', () => {
  it('keeps "TP." and the city after it in a body\'s name, written close or spaced', async () => {
    const text = `${HEAD}1. Sở Giáo dục và Đào tạo
- Phối hợp Tạp chí Văn nghệ TP.SM tổ chức giới thiệu sách cho học sinh.
- Phối hợp với Công an TP. Sông Mây bảo đảm an ninh trật tự tại khu vực Ngày hội.
`;
    const t = byId((await run(text)).e.tasks);
    expect(coords(t['2.1.1'])).toEqual(['Tạp chí Văn nghệ TP.SM']);
    expect(coords(t['2.1.2'])).toEqual(['Công an TP. Sông Mây']);
    expect(t['2.1.2']?.action).toMatch(/^Bảo đảm an ninh/);
  });
});

const DIRECTIVE = `BỘ NÔNG NGHIỆP VÀ NÔNG THÔN MỚI
Số: 12/CT-BNN                Hà Nội, ngày 09 tháng 4 năm 2027

CHỈ THỊ
Về đẩy mạnh xuất khẩu nông sản năm 2027

1. Nhiệm vụ trọng tâm
`;

describe('agency.shared-head-written', () => {
  it('names each department of "các Vụ: A, B" with the head, up to a body after "và", over the points of a lead-in', async () => {
    const text = `${DIRECTIVE}a) Vụ Thị trường chủ trì, phối hợp với các Vụ: Kế hoạch, Chăn nuôi, Khoa học và Công nghệ và Cục Thủy sản triển khai các công việc sau:
- Rà soát khả năng xuất khẩu từng mặt hàng trong Quý II năm 2027.
- Đề xuất cơ chế hỗ trợ doanh nghiệp tiếp cận thị trường mới.
`;
    const t = byId((await run(text)).e.tasks);
    const all = ['Vụ Kế hoạch', 'Vụ Chăn nuôi', 'Vụ Khoa học và Công nghệ', 'Cục Thủy sản'];
    expect(leads(t['1.1.1'])).toEqual(['Vụ Thị trường']);
    expect(coords(t['1.1.1'])).toEqual(all);
    expect(coords(t['1.1.2'])).toEqual(all);
  });

  it('ends the last name at a colon over function words, or at the words of the sentence that goes on', async () => {
    const text = `${DIRECTIVE}a) Vụ Kế hoạch chủ trì, phối hợp với các Vụ: Chăn nuôi, Thị trường trong nước: Chỉ đạo các doanh nghiệp rà soát vùng nguyên liệu.
b) Vụ Kế hoạch chủ trì, phối hợp với các Vụ: Chăn nuôi, Trồng trọt làm việc với các tỉnh về vùng nguyên liệu.
`;
    const t = byId((await run(text)).e.tasks);
    expect(coords(t['1.1'])).toEqual(['Vụ Chăn nuôi', 'Vụ Thị trường trong nước']);
    expect(coords(t['1.2'])).toEqual(['Vụ Chăn nuôi', 'Vụ Trồng trọt']);
  });

  it('reads no department in "các vụ:" written in lower case (cases, not departments)', async () => {
    const text = `${DIRECTIVE}a) Công an tỉnh chủ trì, phối hợp với các vụ: Buôn lậu, Gian lận thương mại để tổng hợp báo cáo.
`;
    const t = byId((await run(text)).e.tasks);
    expect(coords(t['1.1'])).toEqual([]);
  });
});

describe('agency.ends-at-verb-plans31', () => {
  it('ends a name before "làm đầu mối", "chuẩn bị", "phân bổ", in a unit heading and after "phối hợp với"', async () => {
    const text = `ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN
Số: 21/KH-UBND                Hòa An, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Khuyến khích thói quen đọc sách trong nhân dân.
II. TỔ CHỨC THỰC HIỆN
1. Bộ phận Văn hóa làm đầu mối, có trách nhiệm:
- Tham mưu UBND Phường tổ chức Ngày hội.
- Tổng hợp kết quả, báo cáo UBND Phường.
2. Các trường học trên địa bàn
- Phối hợp với Ban Tổ chức chuẩn bị hội trường, cờ hoa, nơi đón khách.
3. Bộ phận Tài chính
- Phối hợp với Bộ phận Văn hóa phân bổ kinh phí tổ chức Ngày hội.
`;
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.1.1'])).toEqual(['Bộ phận Văn hóa']);
    expect(coords(t['2.2.1'])).toEqual(['Ban Tổ chức']);
    expect(t['2.2.1']?.action).toMatch(/^Chuẩn bị hội trường/);
    expect(coords(t['2.3.1'])).toEqual(['Bộ phận Văn hóa']);
    expect(t['2.3.1']?.action).toMatch(/^Phân bổ kinh phí/);
  });
});
