// Plan forms of the plans6 round (issue 9), on short texts written for these tests (no document's text): a dash alone
// on its line, a no-task section title broken after a comma, and the closing "Trên đây là Kế hoạch ..." paragraph.
import { describe, expect, it } from 'vitest';
import { LAYOUT_RULES, noTaskSection, readLayout } from '../../src/extract/forms/layout.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 31/KH-UBND                Hòa Bình, ngày 9 tháng 3 năm 2026

KẾ HOẠCH
Kiểm kê kho lưu trữ năm 2026

`;

const rule = (id: string) => LAYOUT_RULES.find((r) => r.id === id)!;

describe('layout.lone-dash', () => {
  it('joins a dash alone on its line to the line under it, keeping offsets', () => {
    const t = 'a) Sở Nội vụ\n-\nLập danh mục hồ sơ.\n- Báo cáo kết quả.\n';
    const j = rule('layout.lone-dash').apply({ text: t, from: 0, to: t.length })!;
    expect(j).toHaveLength(t.length);
    expect(j).toContain('- Lập danh mục hồ sơ.');
  });

  it('leaves a dash before an empty line or a number alone', () => {
    const t = 'Hòa Bình\n-\n\n-\n2026\n';
    expect(rule('layout.lone-dash').apply({ text: t, from: 0, to: t.length })).toBeUndefined();
  });

  it('reads each dash under a unit heading as a task of that unit, with the time line under it', async () => {
    const text = `${HEAD}I. NHIỆM VỤ CỤ THỂ

1.
Sở Nội vụ

-
Lập danh mục hồ sơ cần số hóa của các cơ quan.

Thời gian hoàn thành: Trước ngày 30/4/2026.

-
Hướng dẫn các cơ quan chỉnh lý tài liệu tồn đọng.

Thời gian hoàn thành: Tháng 6/2026.
`;
    const { e } = await run(text);
    const t1 = e.tasks.find((x) => x.id === '1.1.1');
    const t2 = e.tasks.find((x) => x.id === '1.1.2');
    expect(t1?.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(t1?.action).toMatch(/^Lập danh mục hồ sơ/);
    expect(t1?.deadline?.due).toBe('2026-04-30');
    expect(t2?.action).toMatch(/^Hướng dẫn các cơ quan/);
    expect(t2?.deadline?.due).toBe('2026-06-30');
  });
});

describe('section.no-tasks-comma', () => {
  it('knows a no-task title that goes on after a comma, on its line or the next', () => {
    for (const t of ['I. MỤC ĐÍCH,\nYÊU CẦU\n', 'III. ĐỐI TƯỢNG, TIÊU CHUẨN KHEN THƯỞNG\n', 'IV. SỐ LƯỢNG,\nCƠ CẤU\n', 'V. THỦ TỤC,\nHỒ SƠ\n']) {
      const f = fold(t);
      expect(noTaskSection(f, f.indexOf(' ') + 1, f.length), t).toBe(true);
    }
  });

  it('does not take a task section for one', () => {
    for (const t of ['II. NHIỆM VỤ, GIẢI PHÁP\n', 'III. TỔ CHỨC THỰC HIỆN\n', 'I. MỤC ĐÍCH YÊU CẦU\n']) {
      const f = fold(t);
      expect(noTaskSection(f, f.indexOf(' ') + 1, f.length), t).toBe(false);
    }
  });

  it('reads no tasks in the criteria and award numbers of an emulation plan', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH,
YÊU CẦU

1. Các cơ quan, đơn vị phát huy tinh thần thi đua trong công tác lưu trữ.

II. ĐỐI TƯỢNG,
TIÊU CHUẨN KHEN THƯỞNG

a) Tập thể
- Các cơ quan hoàn thành kiểm kê trước thời hạn.
- Các cơ quan có sáng kiến trong số hóa tài liệu.

III. SỐ LƯỢNG KHEN THƯỞNG

- Sở Nội vụ: không quá 03 tập thể.
- Ủy ban nhân dân các xã: mỗi xã 01 cá nhân.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: Hướng dẫn, theo dõi việc thực hiện Kế hoạch.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['4.1']);
    expect(e.tasks[0]?.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
  });
});

describe('layout.closing-formula', () => {
  it('blanks the closing paragraph after the items, keeping offsets', () => {
    const t = 'I. NỘI DUNG\n1. Sở Nội vụ hướng dẫn.\n2. Sở Tài chính bố trí kinh phí.\n\nTrên đây là Kế hoạch kiểm kê; đề nghị các cơ quan\nthực hiện./.\n';
    const j = readLayout(t, 0, t.length);
    expect(j).toHaveLength(t.length);
    expect(j).not.toContain('Trên đây');
    expect(j).toContain('2. Sở Tài chính bố trí kinh phí.');
  });

  it('keeps the last item free of the closing paragraph', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao chất lượng công tác lưu trữ.

II. TRÁCH NHIỆM THỰC HIỆN

1. Thời gian thực hiện

Kiểm kê được thực hiện trong năm 2026.

2. Trách nhiệm thực hiện

- Sở Tài chính bố trí kinh phí kiểm kê.

- Sở Nội vụ hướng dẫn việc kiểm kê; phối
hợp với các cơ quan liên quan đôn đốc việc thực hiện.

Trên đây là Kế hoạch kiểm kê kho lưu trữ năm 2026. Ủy ban nhân dân tỉnh đề nghị các
cơ quan, đơn vị triển khai và thực hiện có hiệu quả các nội dung nêu trên. Trong quá trình triển khai
thực hiện, nếu có vướng mắc, đề nghị gửi phản ánh về Sở Nội vụ để tổng hợp./.
`;
    const { e } = await run(text);
    expect(e.tasks.some((t) => /Trên đây|nội dung nêu trên/.test(t.action))).toBe(false);
    const t = e.tasks.find((x) => x.id === '2.2.2');
    expect(t?.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(t?.coordinate.map((l) => l.name)).toEqual(['Các cơ quan liên quan']);
  });
});

describe('lead.section-giao', () => {
  const text = `SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH
Số: 31/KH-SCT                Hòa Bình, ngày 9 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra an toàn năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Kiểm tra an toàn cho các cơ sở.
II. TỔ CHỨC THỰC HIỆN
Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:
1. Tổ chức kiểm tra kỹ thuật an toàn cho các cơ sở sản xuất.
2. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra.
`;

  it('gives the items of a roman section to whom its own sentence assigns them, a unit written in lower case too', async () => {
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '2.2']);
    for (const t of e.tasks) expect(t.lead.map((l) => l.name)).toEqual(['Phòng Quản lý Công nghiệp']);
  });

  it('does not take a sentence that assigns nothing for a lead-in', async () => {
    const { e } = await run(text.replace('Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:', 'Các công việc cụ thể như sau:'));
    expect(e.tasks.some((t) => t.lead.some((l) => /Phòng/.test(l.name)))).toBe(false);
  });
});

describe('a run of months in a time label', () => {
  it('dates "Tháng 11 - 12/2025" and "Tháng 11, 12/2025" by the last month', async () => {
    const { cellDeadline } = await import('../../src/extract/forms/table.js');
    for (const t of ['Tháng 11 - 12/2025.', 'Tháng 11, 12/2025']) expect(cellDeadline({ text: t, year: 2025 }, [{ start: 0, end: t.length }])?.due, t).toBe('2025-12-31');
    const one = 'Tháng 12/2025';
    expect(cellDeadline({ text: one, year: 2025 }, [{ start: 0, end: one.length }])?.due).toBe('2025-12-31');
  });
});

describe('lead.heading-apposition', () => {
  const text = `${HEAD}I. NHIỆM VỤ CỤ THỂ

1. Sở Nội vụ - Cơ quan thường trực Ban Chỉ đạo

- Lập danh mục hồ sơ cần số hóa.

Thời gian hoàn thành: Tháng 5 - 6/2026.

2. Các cơ quan quản lý cấp trên (bao gồm cả các đơn vị sự nghiệp trực thuộc)

- Đôn đốc các đơn vị cấp dưới kiểm kê tài liệu.
`;

  it('leads with the unit\'s name alone, without its role after a dash or what it takes in', async () => {
    const { e } = await run(text);
    expect(e.tasks.find((t) => t.id === '1.1.1')?.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(e.tasks.find((t) => t.id === '1.1.1')?.deadline?.due).toBe('2026-06-30');
    expect(e.tasks.find((t) => t.id === '1.2.1')?.lead.map((l) => l.name)).toEqual(['Các cơ quan quản lý cấp trên']);
  });
});

describe('lead.heading-members', () => {
  it('gives the items of a group heading to the members it lists in brackets', async () => {
    const text = `${HEAD}I. NHIỆM VỤ CỤ THỂ

1. Các cơ quan quản lý chuyên ngành (gồm các Sở: Xây dựng, Công Thương, Y tế)

- Hướng dẫn các cơ sở kiểm kê tài liệu chuyên ngành.

- Cử công chức tham gia đoàn kiểm tra.
`;
    const { e } = await run(text);
    for (const id of ['1.1.1', '1.1.2']) expect(e.tasks.find((t) => t.id === id)?.lead.map((l) => l.name), id).toEqual(['Sở Xây dựng', 'Sở Công Thương', 'Sở Y tế']);
  });
});

describe('lead.after-opening', () => {
  const text = `${HEAD}III. KINH PHÍ

1. Kinh phí thực hiện Kế hoạch này được bố trí từ ngân sách hằng năm.

2. Sở Tài chính, trên
cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp trình cấp có thẩm quyền bố trí kinh phí.

3. Căn cứ nội dung Kế hoạch, các sở, ngành và Ủy ban nhân dân các xã được
phân công nhiệm vụ có trách nhiệm xây dựng kế hoạch chi tiết.

4. Đối với các nhiệm vụ năm 2026, Sở Nội vụ chủ động bố trí kinh phí đã được giao.
`;

  it('finds the subject after an opening clause, or before a clause and its verb', async () => {
    const { e } = await run(text);
    const lead = (id: string) => e.tasks.find((t) => t.id === id)?.lead.map((l) => l.name);
    expect(lead('3.2')).toEqual(['Sở Tài chính']);
    expect(lead('3.3')).toEqual(['Các sở, ngành', 'Ủy ban nhân dân các xã']);
    expect(lead('3.4')).toEqual(['Sở Nội vụ']);
    expect(e.tasks.find((t) => t.id === '3.1')).toBeUndefined();
  });
});

describe('layout.wrapped-heading', () => {
  it('reads a unit heading broken over two lines as one, and its lettered points as its tasks', async () => {
    const text = `${HEAD}I. TỔ CHỨC THỰC HIỆN

1. Các cơ quan trực thuộc Bộ
Văn hóa, Thể thao và Du lịch

a) Lập danh mục hồ sơ cần số hóa.

b) Tổ chức chỉnh lý tài liệu tồn đọng.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2']);
    for (const t of e.tasks) expect(t.lead.map((l) => l.name)).toEqual(['Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('leaves a title over its first sentence alone', () => {
    const t = '1. Mục đích\nKiểm tra an toàn cho các cơ sở.\n\n';
    expect(LAYOUT_RULES.find((r) => r.id === 'layout.wrapped-heading')!.apply({ text: t, from: 0, to: t.length })).toBeUndefined();
  });
});

describe('lead.relative-subject', () => {
  it('keeps the clause on the subject as part of the lead', async () => {
    const text = `${HEAD}III. KINH PHÍ

1. Kinh phí thực hiện Kế hoạch này được bố trí từ ngân sách hằng năm.

2. Các đơn vị được giao
chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm lập dự toán và quyết toán kinh phí theo quy định.
`;
    const { e } = await run(text);
    const t = e.tasks.find((x) => x.id === '3.2');
    expect(t?.lead.map((l) => l.name)).toEqual(['Các đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này']);
    expect(t?.action).toMatch(/lập dự toán/i);
  });
});

describe('coordinate.plan-title', () => {
  it('takes the bodies after "phối hợp với" in a block\'s title as its coordinators when no label names them', async () => {
    const text = `${HEAD}I. NHIỆM VỤ CỤ THỂ

1. Sở Nội vụ

- Phối hợp với Sở Tư pháp rà soát danh mục hồ sơ cần số hóa.

Thời gian hoàn thành: Trước ngày 30/4/2026.
`;
    const { e } = await run(text);
    const t = e.tasks.find((x) => x.id === '1.1.1');
    expect(t?.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(t?.coordinate.map((l) => l.name)).toEqual(['Sở Tư pháp']);
    expect(t?.deadline?.due).toBe('2026-04-30');
  });
});

describe('layout.copies-wrap', () => {
  it('joins a wrapped line of the copies list to its dash line, so the list runs on to its last dash', () => {
    const t = 'Điều 3. Bộ trưởng chịu trách nhiệm thi hành.\n\n|\nNơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- VPCP: BTCN, các PCN, Trợ lý TTg,\ncác Vụ, Cục, Công báo;\n- Lưu: VT, TCCV (2b).\n';
    const j = rule('layout.copies-wrap').apply({ text: t, from: 0, to: t.length })!;
    expect(j).toHaveLength(t.length);
    expect(j).toContain('Trợ lý TTg, các Vụ, Cục, Công báo;\n- Lưu: VT');
  });

  it('leaves text outside the list alone', () => {
    const t = 'Điều 3. Các bộ,\nngành chịu trách nhiệm thi hành.\n';
    expect(rule('layout.copies-wrap').apply({ text: t, from: 0, to: t.length })).toBeUndefined();
  });
});
