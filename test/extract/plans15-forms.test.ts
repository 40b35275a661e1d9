// Plan forms of the plans15 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 45/KH-UBND                Gia Lai, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

`;

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('lead.time-opening', () => {
  it('reads the subject after an opening that says when', async () => {
    const text = `${HEAD}III. CHẾ ĐỘ BÁO CÁO
Định kỳ 6 tháng, hằng năm, Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Xây dựng']]);
    expect(e.tasks[0]!.action).toBe('Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện');
    expect(e.tasks[0]!.leadRule).toBe('lead.time-opening');
    expect(e.tasks[0]!.deadline?.kind).toBe('recurring');
  });
  it('does not take a condition ("Trong quá trình thực hiện, nếu ...") for a time', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
Trong quá trình thực hiện, nếu có vướng mắc, các xã phản ánh về Sở Xây dựng.
`;
    const { e } = await run(text);
    expect(e.tasks.filter((t) => t.leadRule === 'lead.time-opening')).toEqual([]);
  });
});

describe('task.opening-subjects', () => {
  it('splits a paragraph whose later sentence names who acts after an opening of grounds or time', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
Các xã báo cáo kết quả về Sở Xây dựng trước ngày 10 hằng tháng.
Căn cứ nội dung Kế hoạch, các sở, ngành xây dựng kế hoạch chi tiết của đơn vị.
Trước ngày 15/12/2026, Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1', '3.2', '3.3']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Các xã'], ['Các sở, ngành'], ['Sở Xây dựng']]);
    expect(e.tasks[2]!.deadline?.due).toBe('2026-12-15');
  });
});

describe('task.opening-subjects, narrowed', () => {
  it('keeps a later sentence of the same body, and a later sentence of a dash point, in its task', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng hướng dẫn các xã lập quy hoạch điểm du lịch.
Hằng năm, Sở Xây dựng báo cáo kết quả cho Ủy ban nhân dân tỉnh.
2. Các sở, ngành
- Sở Tài chính bố trí kinh phí. Trên cơ sở dự toán được giao, các xã triển khai ngay việc mua sắm.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1', '3.2.1']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Xây dựng'], ['Sở Tài chính']]);
  });
});

describe('lead.for-unit-colon', () => {
  it('reads "Đối với X:" and "Trách nhiệm của X:" before the work as who leads', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Đối với Sở Văn hóa, Thể thao và Du lịch: Hướng dẫn các xã xây dựng sản phẩm du lịch.
2. Đối với đơn vị được kiểm tra: Chuẩn bị hồ sơ, tài liệu theo yêu cầu.
3. Trách nhiệm của Sở Tài chính: Bảo đảm kinh phí thực hiện.
4. Đối với công tác tuyên truyền: Tăng cường đưa tin trên báo chí.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1', '3.2', '3.3']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Đơn vị được kiểm tra'], ['Sở Tài chính']]);
    expect(e.tasks.map((t) => t.action)).toEqual(['Hướng dẫn các xã xây dựng sản phẩm du lịch', 'Chuẩn bị hồ sơ, tài liệu theo yêu cầu', 'Bảo đảm kinh phí thực hiện']);
    expect(e.tasks.every((t) => t.leadRule === 'lead.for-unit-colon')).toBe(true);
  });
});

describe('coordinate.lead-in-points', () => {
  it('gives the partners of "Chủ trì, phối hợp với Y ... sau:" to each point under it', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì, phối hợp với các cơ quan, đơn vị liên quan thực hiện các nhiệm vụ sau:
a) Xây dựng bộ tiêu chí homestay.
b) Tổ chức lớp bồi dưỡng kỹ năng cho người làm du lịch.
2. Sở Nội vụ: Chủ trì, phối hợp với Ủy ban nhân dân các xã:
- Rà soát biên chế.
`;
    const { e } = await run(text);
    const byId = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(names(byId['3.1.1']!.coordinate)).toEqual(['Các cơ quan, đơn vị liên quan']);
    expect(names(byId['3.1.2']!.coordinate)).toEqual(['Các cơ quan, đơn vị liên quan']);
    expect(names(byId['3.2.1']!.coordinate)).toEqual(['Ủy ban nhân dân các xã']);
    expect(names(byId['3.2.1']!.lead)).toEqual(['Sở Nội vụ']);
  });
});
