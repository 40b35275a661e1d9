// Plan forms of the plans7 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 45/KH-UBND                Hòa Bình, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống hạn hán năm 2026

`;

describe('task.action.through-semicolons', () => {
  it('reads a short first clause on through its ";" clauses to the sentence end', async () => {
    const text = `${HEAD}II. TỔ CHỨC THỰC HIỆN

1. Sở Xây dựng:

- Kiểm tra các hồ chứa nhỏ; lập danh sách hồ xuống cấp; đề xuất phương án sửa chữa trước mùa khô.

- Hướng dẫn các xã bố trí giếng khoan dự phòng cho các khu dân cư thiếu nước sinh hoạt trong mùa khô; tổng hợp nhu cầu.
`;
    const { e } = await run(text);
    const t1 = e.tasks.find((x) => x.action.startsWith('Kiểm tra các hồ chứa'));
    expect(t1?.action).toBe('Kiểm tra các hồ chứa nhỏ; lập danh sách hồ xuống cấp; đề xuất phương án sửa chữa trước mùa khô');
    // A first clause of twenty words or more is the action alone.
    const t2 = e.tasks.find((x) => x.action.startsWith('Hướng dẫn các xã'));
    expect(t2?.action).toBe('Hướng dẫn các xã bố trí giếng khoan dự phòng cho các khu dân cư thiếu nước sinh hoạt trong mùa khô');
  });
});

describe('lead.heading-wrapped-blank', () => {
  it('reads a unit heading wrapped over lower-case lines, an empty line before its points, whose field words hold a verb', async () => {
    const text = `${HEAD}II. TỔ CHỨC THỰC HIỆN

1. Sở Xây dựng

- Kiểm tra các hồ chứa nhỏ.

2. Các doanh nghiệp hoạt động
trong lĩnh vực xây dựng, thủy lợi và cấp nước
trên địa bàn tỉnh

- Chủ động phối hợp kiểm tra kênh mương nội đồng.

- Tham gia cung cấp dữ liệu về nguồn nước.
`;
    const { e } = await run(text);
    const t = e.tasks.filter((x) => x.id.startsWith('2.2.'));
    expect(t.map((x) => x.action)).toEqual(['Chủ động phối hợp kiểm tra kênh mương nội đồng', 'Tham gia cung cấp dữ liệu về nguồn nước']);
    expect(t[0]!.lead.map((l) => l.name)).toEqual(['Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, thủy lợi và cấp nước trên địa bàn tỉnh']);
  });
});

describe('structure.roman-ocr', () => {
  it('reads "ILL TỔ CHỨC THỰC HIỆN" and "__ II, DANH MỤC" as sections III and II', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU

- Bảo đảm đủ nước cho sản xuất.

__ II, DANH MỤC CÁC CÔNG TRÌNH CẦN SỬA CHỮA

- Hồ chứa nước xã A.

ILL TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra các hồ chứa trước ngày 30/4/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1']);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-04-30');
  });
});

describe('agency.ampersand', () => {
  it('reads "Sở Kế hoạch & Đầu tư và Sở Tài chính:" over a paragraph as two leads', async () => {
    const text = `${HEAD}I. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng:
- Kiểm tra các hồ chứa nhỏ.
2. Sở Kế hoạch & Đầu tư và Sở Tài chính:
Bố trí kinh phí sửa chữa hồ chứa trình UBND tỉnh phê duyệt.
`;
    const { e } = await run(text);
    const t = e.tasks.find((x) => x.id === '1.2');
    expect(t?.lead.map((l) => l.name)).toEqual(['Sở Kế hoạch & Đầu tư', 'Sở Tài chính']);
  });
});

describe('lead.heading-assign-colon', () => {
  it('reads "6. Đề nghị: Hiệp hội ..., Hội ..." over lettered points as their leads', async () => {
    const text = `${HEAD}I. TỔ CHỨC THỰC HIỆN

5. Sở Xây dựng

Kiểm tra các hồ chứa nhỏ.

6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh

a) Tuyên truyền, vận động hội
viên tích cực tham gia tiết kiệm nước.

b) Phối hợp với Sở Xây dựng kiểm tra kênh mương.
`;
    const { e } = await run(text);
    const t = e.tasks.filter((x) => x.id.startsWith('1.6.'));
    expect(t).toHaveLength(2);
    expect(t[0]!.lead.map((l) => l.name)).toEqual(['Hiệp hội Doanh nghiệp tỉnh', 'Hội Nông dân tỉnh']);
  });
});

describe('lead.person-role', () => {
  it('reads "Ông. <name> - Trưởng đoàn: ..." as a task the member leads, by name alone', async () => {
    const text = `${HEAD}I. PHÂN CÔNG NHIỆM VỤ
1. Ông. Trần Văn Bình - Trưởng đoàn: Phụ trách chung; điều hành các buổi làm việc của Đoàn.
2. Bà Lê Thị Hoa (Thư ký): Ghi biên bản các buổi kiểm tra.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Trần Văn Bình'], ['Lê Thị Hoa']]);
    expect(e.tasks[0]!.action).toBe('Phụ trách chung; điều hành các buổi làm việc của Đoàn');
  });
});

describe('task.action.long-sentence', () => {
  it('keeps a first sentence of under sixty words whole, commas and all', async () => {
    const sentence =
      'Rà soát hiện trạng các hồ chứa nhỏ, kênh mương nội đồng, trạm bơm và giếng khoan trên địa bàn các xã vùng cao, tổng hợp nhu cầu sửa chữa, nạo vét, bổ sung thiết bị, đề xuất nguồn kinh phí phù hợp';
    const text = `${HEAD}II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường:

- ${sentence}.
`;
    const { e } = await run(text);
    expect(e.tasks[0]?.action).toBe(sentence);
  });
});
