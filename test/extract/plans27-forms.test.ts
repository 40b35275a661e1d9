// Plan forms of the plans27 round (issue 9), on made-up texts: content sections that name their doers, commune bodies
// and local collectives as leads, and doer labels of plan blocks.
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 41/KH-UBND                Cao Bằng, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người sản xuất, kinh doanh về an toàn thực phẩm.
`;

const BY_UNIT = `III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Là cơ quan thường trực, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.
- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/5/2027.
2. Ủy ban nhân dân các xã, phường
- Bố trí kinh phí, nhân lực tổ chức các hoạt động trên địa bàn.
`;

describe('section.solutions-own-doers', () => {
  it('keeps the items of a "NỘI DUNG" section that each name who acts, though the last section shares out by unit', async () => {
    const text = `${HEAD}II. NỘI DUNG
1. Sở Y tế chủ trì tổ chức lễ phát động Tháng hành động trong tháng 4/2027.
2. Sở Công Thương chủ trì kiểm tra các chợ đầu mối, cơ sở bán buôn thực phẩm.
3. Công an tỉnh chủ trì điều tra, xử lý các vụ buôn bán thực phẩm giả.
${BY_UNIT}`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Sở Y tế']);
    expect(leads(t['2.3'])).toEqual(['Công an tỉnh']);
    expect(e.tasks.map((x) => x.id)).toEqual(expect.arrayContaining(['2.2', '3.1.2', '3.2.1']));
  });

  it('still drops the points of a content section that mostly names no one', async () => {
    const text = `${HEAD}II. NỘI DUNG
1. Tuyên truyền trên báo, đài, mạng xã hội về an toàn thực phẩm trong tháng 4/2027.
2. Treo băng rôn, khẩu hiệu tại các chợ, trường học trong tháng 4/2027.
3. Kiểm tra liên ngành các cơ sở kinh doanh thực phẩm trong tháng 5/2027.
4. Sở Y tế chủ trì tổng hợp kết quả kiểm tra.
${BY_UNIT}`;
    const { e } = await run(text);
    expect(e.tasks.map((x) => x.id).filter((i) => i.startsWith('2.'))).toEqual([]);
  });
});

const FESTIVAL = `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 52/KH-UBND                Cao Bằng, ngày 15 tháng 5 năm 2027

KẾ HOẠCH
Tổ chức Lễ hội mùa thu vùng cao năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Quảng bá hình ảnh, con người địa phương.
II. CHỦ ĐỀ, NỘI DUNG CÁC HOẠT ĐỘNG
1. Chủ đề Lễ hội
“Sắc thu vùng cao”
2. Các hoạt động chính
2.1. Chương trình nghệ thuật khai mạc Lễ hội
- Thời gian dự kiến: ngày 11/9/2027 (thứ Bảy).
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Đơn vị thực hiện: Nhà hát Ca múa nhạc tỉnh.
- Đơn vị phối hợp: Công an tỉnh.
- Hình thức thực hiện: biểu diễn ngoài trời, truyền hình trực tiếp.
- Kinh phí: Ngân sách tỉnh.
2.2. Hội chợ nông sản vùng cao
- Thời gian dự kiến: từ ngày 12/9/2027 đến ngày 15/9/2027.
- Đơn vị chủ trì: Sở Công Thương.
- Đơn vị phối hợp: Sở Nông nghiệp và Môi trường.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 30/9/2027.
`;

describe('section.theme-and-work', () => {
  it('reads the activities of a section titled "CHỦ ĐỀ, NỘI DUNG CÁC HOẠT ĐỘNG", not a section of themes', async () => {
    const { e } = await run(FESTIVAL);
    const t = byId(e.tasks);
    expect(t['2.2.1']?.deadline?.due).toBe('2027-09-11');
    expect(leads(t['2.2.2'])).toEqual(['Sở Công Thương']);
  });
});

describe('plan.host-and-doer', () => {
  it('gives a block with "Đơn vị chủ trì: X" and "Đơn vị thực hiện: Y" both as leads', async () => {
    const { e } = await run(FESTIVAL);
    expect(leads(byId(e.tasks)['2.2.1'])).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Nhà hát Ca múa nhạc tỉnh']);
  });
});

describe('plan labels: "Hình thức thực hiện"', () => {
  it('ends the partners\' value before a "Hình thức thực hiện:" line', async () => {
    const { e } = await run(FESTIVAL);
    expect(coords(byId(e.tasks)['2.2.1'])).toEqual(['Công an tỉnh']);
  });
});

describe('agency words: commune units and residential groups (agency-words.tsv)', () => {
  it('reads "Trạm ... các xã" and "Các thôn, tổ dân phố" headings as the leads of their dashes', async () => {
    const text = `ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM
Số: 41/KH-UBND                Bảo Lâm, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Chăn nuôi và Thú y các xã
- Hướng dẫn người chăn nuôi phòng bệnh.
2. Các thôn, tổ dân phố
- Vận động nhân dân vệ sinh chuồng trại.
3. Ủy ban nhân dân các xã
- Tổ chức tiêm phòng trong tháng 5/2027.
`;
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.1.1'])).toEqual(['Trạm Chăn nuôi và Thú y các xã']);
    expect(leads(t['2.2.1'])).toEqual(['Các thôn, tổ dân phố']);
  });
});

describe('lead.heading-full-stop', () => {
  it('reads a unit heading printed with a full stop ("2. Trung tâm Y tế huyện.") as the lead of its dashes', async () => {
    const text = `ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM
Số: 44/KH-UBND                Bảo Lâm, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Tổ chức Ngày hội văn hóa các dân tộc năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Giữ gìn bản sắc văn hóa các dân tộc.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Thông tin
- Xây dựng kịch bản chương trình trong tháng 5/2027.
2. Trung tâm Y tế huyện.
- Bố trí lực lượng y tế trực tại Ngày hội.
- Kiểm tra an toàn thực phẩm tại các gian hàng.
`;
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.2.1'])).toEqual(['Trung tâm Y tế huyện']);
    expect(leads(t['2.2.2'])).toEqual(['Trung tâm Y tế huyện']);
  });
});

describe('lead.heading-head-noun', () => {
  const text = `ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM
Số: 45/KH-UBND                Bảo Lâm, ngày 09 tháng 4 năm 2027

KẾ HOẠCH
Bảo đảm thoát nước mùa mưa năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó với mưa lớn.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế - Hạ tầng
- Theo dõi, tổng hợp tình hình úng ngập, báo cáo UBND huyện.
2. Ban Quản lý dự án đầu tư xây dựng huyện và các Chủ đầu tư:
- Chỉ đạo các nhà thầu thanh thải dòng chảy tại các công trình đang thi công.
3. Chủ đầu tư các khu dân cư mới:
- Vận hành hệ thống thoát nước trong khu dân cư chưa bàn giao.
4. Ban hành quy chế phối hợp:
- Quy chế vận hành trạm bơm trong tháng 5/2027.
`;
  it('reads a heading that opens with the head noun of a body as who leads its points, split at "và"', async () => {
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.2.1'])).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện', 'Các Chủ đầu tư']);
    expect(leads(t['2.3.1'])).toEqual(['Chủ đầu tư các khu dân cư mới']);
  });
  it('does not read a heading of work that opens with such a word ("Ban hành ...") as a body', async () => {
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.4.1'])?.some((l) => /^Ban hành/.test(l))).toBe(false);
  });
});
