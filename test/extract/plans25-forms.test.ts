// Plan forms of the plans25 round (issue 9): short made-up plans, no document's text.
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 31/KH-UBND                Bắc Kạn, ngày 09 tháng 2 năm 2027

KẾ HOẠCH
Phòng chống dịch bệnh trên cây trồng năm 2027

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của người dân về phòng chống dịch bệnh.
II. TỔ CHỨC THỰC HIỆN
`;

describe('lead.chu-tri-bare-points', () => {
  for (const mark of ['', ':']) {
    it(`"b) Chủ trì, phối hợp${mark}" under a heading over points that open with bodies: the heading leads, the bodies coordinate`, async () => {
      const { e } = await run(
        HEAD +
          '1. Sở Nông nghiệp và Môi trường\n' +
          'a) Chủ trì, phối hợp với các đơn vị liên quan xây dựng phương án phòng chống dịch bệnh trên cây trồng.\n' +
          `b) Chủ trì, phối hợp${mark}\n` +
          '- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí phòng chống dịch.\n' +
          '- Sở Khoa học và Công nghệ, Sở Y tế tổ chức đánh giá giống cây trồng chống chịu sâu bệnh.\n' +
          'c) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch.\n' +
          '2. Sở Tài chính\nTham mưu bố trí kinh phí thực hiện Kế hoạch.\n',
      );
      const t = byId(e.tasks);
      expect(t['2.1.2']).toBeUndefined();
      expect(leads(t['2.1.2.1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
      expect(coords(t['2.1.2.1'])).toEqual(['Sở Tài chính', 'Các đơn vị có liên quan']);
      expect(leads(t['2.1.2.2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
      expect(coords(t['2.1.2.2'])).toEqual(['Sở Khoa học và Công nghệ', 'Sở Y tế']);
      expect(t['2.1.2.2']?.leadRule).toBe('lead.chu-tri-bare-points');
    });
  }
});

const POINTS = (lines: string[]) => HEAD + '1. Sở Nông nghiệp và Môi trường\n' + lines.map((l) => `- ${l}\n`).join('');

describe('agency.named-after-collective', () => {
  it('a named body after a comma is not one more noun of the collective before it', async () => {
    const { e } = await run(
      POINTS([
        'Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo kiểm kê tài sản.',
        'Phối hợp với Ủy ban nhân dân tỉnh, Sở Công Thương và các cơ quan liên quan tổ chức tiếp nhận hàng cứu trợ.',
        'Phối hợp với Công an tỉnh, chính quyền địa phương, Sở Y tế bảo đảm an ninh trật tự.',
        'Phối hợp với các sở, ban, ngành, đơn vị liên quan, Hiệp hội Du lịch tỉnh tổ chức hội chợ.',
      ]),
    );
    const t = byId(e.tasks);
    expect(coords(t['2.1.1'])).toEqual(['Các cơ quan Trung ương', 'Bộ Tài chính']);
    expect(coords(t['2.1.2'])).toEqual(['Ủy ban nhân dân tỉnh', 'Sở Công Thương', 'Các cơ quan liên quan']);
    expect(coords(t['2.1.3'])).toEqual(['Công an tỉnh', 'Chính quyền địa phương', 'Sở Y tế']);
    expect(coords(t['2.1.4'])).toEqual(['Các sở, ban, ngành, đơn vị liên quan', 'Hiệp hội Du lịch tỉnh']);
  });
});

describe('agency.collective-written-verb', () => {
  it('a collective ends where its work starts, the verb read as written', async () => {
    const { e } = await run(
      POINTS([
        'Phối hợp Sở Khoa học và Công nghệ, các đơn vị liên quan tháo gỡ khó khăn trong triển khai.',
        'Phối hợp với Sở Công Thương và các đơn vị liên quan thẩm định, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí mua sắm nhu yếu phẩm.',
        'Phối hợp với Công an tỉnh và các đơn vị khác có liên quan bảo đảm an ninh trật tự.',
      ]),
    );
    const t = byId(e.tasks);
    expect(coords(t['2.1.1'])).toEqual(['Sở Khoa học và Công nghệ', 'Các đơn vị liên quan']);
    expect(t['2.1.1']?.action).toMatch(/^Tháo gỡ khó khăn/);
    expect(coords(t['2.1.2'])).toEqual(['Sở Công Thương', 'Các đơn vị liên quan']);
    expect(coords(t['2.1.3'])).toEqual(['Công an tỉnh', 'Các đơn vị khác có liên quan']);
  });
});

describe('task.paragraph-copies-end, task.skip.execution-from-signing', () => {
  it('the closing article of a decision and the copies under it give no tasks', async () => {
    const { e } = await run(`ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 77/QĐ-UBND                Bắc Kạn, ngày 09 tháng 2 năm 2027

QUYẾT ĐỊNH
Ban hành Bộ tiêu chí nông thôn sạch năm 2027

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí nông thôn sạch.

Điều 2. Tổ chức thực hiện

1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã áp dụng Bộ tiêu chí.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch Hội Nông dân
tỉnh; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này kể từ
ngày ký./.

Nơi nhận:
- Như điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Minh
`);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1']);
  });
});

describe('task.skip.issued-content', () => {
  const DECISION = (article1: string) => `ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 78/QĐ-UBND                Bắc Kạn, ngày 09 tháng 2 năm 2027

QUYẾT ĐỊNH
Ban hành lịch mùa vụ năm 2027

QUYẾT ĐỊNH:

${article1}
1. Gieo mạ vụ xuân: từ ngày 10/02/2027.

2. Hoàn thành cấy lúa vụ xuân trước ngày 15/3/2027.

3. Thu hoạch vụ xuân xong trước ngày 30/6/2027.

Điều 2. Giao Sở Nông nghiệp và Môi trường hướng dẫn các xã thực hiện lịch mùa vụ.
`;
  it('"Điều 1. Ban hành <X> như sau:" over items: the contents of what is issued, no tasks', async () => {
    const { e } = await run(DECISION('Điều 1. Ban hành lịch mùa vụ năm 2027 trên địa bàn tỉnh như sau:'));
    expect(e.tasks.map((t) => t.id)).toEqual(['2']);
  });
  it('"Điều 1. Phê duyệt <X> như sau:" still holds tasks', async () => {
    const { e } = await run(DECISION('Điều 1. Phê duyệt lịch mùa vụ năm 2027 trên địa bàn tỉnh như sau:'));
    expect(e.tasks.map((t) => t.id)).toContain('1.2');
  });
});

describe('plan labels of a ward\'s sections: "Bộ phận chủ trì / tham mưu / phối hợp", plan.label-scope-tail, plan.label-page-number', () => {
  it('reads the section labels, the bodies before a phrase of scope, and a value over a page number', async () => {
    const { e } = await run(`ỦY BAN NHÂN DÂN
PHƯỜNG AN HÒA
Số: 12/KH-UBND                An Hòa, ngày 09 tháng 2 năm 2027

KẾ HOẠCH
Xây dựng phường đạt chuẩn văn minh đô thị năm 2027

I. NỘI DUNG THỰC HIỆN
1. Rà soát các tiêu chí văn minh đô thị trên địa bàn phường
- Bộ phận tham mưu: bộ phận Văn hóa - Xã hội.
- Bộ phận phối hợp: Các ban, ngành và các bộ phận có liên quan trong thực
hiện các tiêu chí văn minh đô thị.
- Thời gian thực hiện: tháng 4 năm 2027.
2. Tổ chức kiểm tra, đánh giá kết quả thực hiện các tiêu chí
- Bộ phận chủ trì: Tổ công tác văn minh đô thị phường.

4

- Bộ phận phối hợp: Các bộ phận, ngành, đoàn thể có liên quan.
- Thời gian thực hiện: Quý IV năm 2027.
`);
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Bộ phận Văn hóa - Xã hội']);
    expect(coords(t['1.1'])).toEqual(['Các ban, ngành', 'Các bộ phận có liên quan']);
    expect(leads(t['1.2'])).toEqual(['Tổ công tác văn minh đô thị phường']);
    expect(coords(t['1.2'])).toEqual(['Các bộ phận, ngành, đoàn thể có liên quan']);
  });
});

describe('task.purpose-points', () => {
  it('"đ) Sửa đổi <X> ... để:" over dashes: one task, the dashes say what for', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Tư pháp\n' +
        'a) Rà soát các quy định về đăng ký kinh doanh hộ gia đình.\n' +
        'b) Sửa đổi Quy chế phối hợp quản lý hộ kinh doanh trên địa bàn tỉnh để:\n' +
        '- Giảm thời gian giải quyết hồ sơ đăng ký kinh doanh\n' +
        '- Bảo đảm thống nhất dữ liệu giữa các cơ quan quản lý\n' +
        'c) Tổng hợp, báo cáo kết quả thực hiện.\n',
    );
    const ids = e.tasks.map((t) => t.id);
    expect(ids).toContain('2.1.2');
    expect(ids.filter((x) => x.startsWith('2.1.2.'))).toEqual([]);
    expect(byId(e.tasks)['2.1.2']?.action).toMatch(/^Sửa đổi Quy chế/);
  });
});
