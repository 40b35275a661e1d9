// Issue 9 (plans33): partners of a lead-in beside a point's own, a label's collective after a semicolon (made-up plans of a
// made-up province, not copied).
import { describe, expect, it } from 'vitest';
import { byId, coords, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Số: 44/KH-UBND                Sông Mây, ngày 15 tháng 4 năm 2027

KẾ HOẠCH
Phát triển thương mại năm 2027

`;

describe('coordinate.lead-in-and-own', () => {
  it('points under "X chủ trì, phối hợp với Y ... sau:" that name a partner of their own work with Y too', async () => {
    const { e } = await run(`${HEAD}I. NHIỆM VỤ
1. Phát triển thị trường
a) Sở Công Thương chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường triển khai các công việc sau:
- Với Hiệp hội Doanh nghiệp tỉnh xây dựng chính sách hỗ trợ doanh nghiệp xuất khẩu.
- Rà soát khả năng sản xuất các mặt hàng xuất khẩu chủ lực của tỉnh.
- Phối hợp với Liên minh Hợp tác xã tỉnh tổ chức hội chợ thương mại.
b) Sở Tài chính bố trí kinh phí.
`);
    const t = byId(e.tasks);
    expect(coords(t['1.1.1.1'])).toEqual(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Hiệp hội Doanh nghiệp tỉnh']);
    expect(coords(t['1.1.1.2'])).toEqual(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường']);
    expect(coords(t['1.1.1.3'])).toEqual(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Liên minh Hợp tác xã tỉnh']);
  });

  it('so do points under "Giao X chủ trì, phối hợp với Y thực hiện các nội dung sau:"', async () => {
    const { e } = await run(`${HEAD}I. NHIỆM VỤ
1. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:
- Phối hợp với Hiệp hội Doanh nghiệp tỉnh xây dựng chính sách hỗ trợ doanh nghiệp xuất khẩu.
- Rà soát khả năng sản xuất các mặt hàng xuất khẩu chủ lực của tỉnh.
2. Sở Tài chính bố trí kinh phí.
`);
    const t = byId(e.tasks);
    expect(coords(t['1.1.1'])).toEqual(['Sở Tài chính', 'Hiệp hội Doanh nghiệp tỉnh']);
    expect(coords(t['1.1.2'])).toEqual(['Sở Tài chính']);
  });
});

describe('table.cell-collective-related', () => {
  it('a partners\' list after a semicolon, "các ... và cơ quan tổ chức có liên quan", is one collective', async () => {
    const { e } = await run(`${HEAD}II. TỔ CHỨC THỰC HIỆN
1. Nội dung, biện pháp
- Tổ chức hội chợ hàng nông sản của tỉnh tại các xã vùng cao.
- Xây dựng chuyên mục quảng bá sản phẩm trên cổng thông tin điện tử của tỉnh.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Sở Công Thương.
b) Cơ quan phối hợp
- Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch.
- Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan.
3. Thời gian thực hiện: Năm 2027.
`);
    expect(coords(e.tasks[0])).toEqual(['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Các đơn vị, địa phương', 'Các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan']);
  });
});

describe('lead.colon-bare-kinds', () => {
  it('"2.\\nNgười dân, hộ gia đình, doanh nghiệp: <verb> ...": the bare kinds lead as written', async () => {
    const { e } = await run(`${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì tổ chức hội chợ thương mại.
2.
Người dân, hộ gia đình, doanh nghiệp: Tích cực tham gia, đăng ký gian hàng tại hội chợ thông qua đầu mối Sở Công Thương.
3. Sở Tài chính bố trí kinh phí.
`);
    const t = byId(e.tasks);
    expect(t['3.2']?.lead.map((l) => l.name)).toEqual(['Người dân, hộ gia đình, doanh nghiệp']);
    expect(t['3.2']?.action).toMatch(/^Tích cực tham gia/);
  });
});
