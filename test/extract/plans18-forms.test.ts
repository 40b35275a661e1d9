// Plan forms of the plans18 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 77/KH-UBND                Quảng Trị, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Hưởng ứng Ngày Nước thế giới năm 2026

`;

const SCHOOL = `SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG
TRƯỜNG THPT LONG XUYÊN
Số: 12/KH-THPTLX                An Giang, ngày 10 tháng 9 năm 2026

KẾ HOẠCH
Tổ chức Tuần lễ học tập suốt đời năm học 2026-2027

`;

describe('plan.expected-labels', () => {
  it('reads "Thời gian dự kiến:" as the deadline, dashed or not, and ends the lead and partners before it', async () => {
    const text = `${HEAD}II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức lễ mít tinh hưởng ứng Ngày Nước thế giới
- Thời gian dự kiến: Tháng 3/2026.
- Địa điểm dự kiến: Quảng trường trung tâm tỉnh.
- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn.
- Kinh phí dự kiến: Ngân sách tỉnh.
2. Hội thảo chuyên đề về an ninh nguồn nước
Đơn vị chủ trì: Sở Khoa học và Công nghệ
Đơn vị phối hợp: Sở Tư pháp
Thời gian dự kiến: Quý III/2026
Thành phần tham dự: Đại diện các sở, ngành
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['2.1', '2.2']);
    expect(t['2.1']!.deadline?.due).toBe('2026-03-31');
    expect(leads(t['2.1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t['2.1'])).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Tỉnh đoàn']);
    expect(t['2.2']!.action).toBe('Hội thảo chuyên đề về an ninh nguồn nước');
    expect(t['2.2']!.deadline?.due).toBe('2026-09-30');
    expect(coords(t['2.2'])).toEqual(['Sở Tư pháp']);
  });
});

describe('lead.unit-role-heading', () => {
  it('reads a school\'s groups and roles alone on a heading as who leads the points under them', async () => {
    const text = `${SCHOOL}II. TỔ CHỨC THỰC HIỆN
1. Tổ chuyên môn
- Xây dựng kế hoạch hoạt động của tổ, hoàn thành trước ngày 20/9/2026.
2. Giáo viên chủ nhiệm
- Tuyên truyền đến học sinh và phụ huynh về ý nghĩa của Tuần lễ.
3. Đoàn thanh niên
- Tổ chức cuộc thi đọc sách cho đoàn viên.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1.1', '2.2.1', '2.3.1']);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Tổ chuyên môn'], ['Giáo viên chủ nhiệm'], ['Đoàn thanh niên']]);
  });
  it('reads a subject group ("Tổ Toán - Tin") alone on a heading as who leads', async () => {
    const text = `${SCHOOL}II. TỔ CHỨC THỰC HIỆN
1. Tổ Toán - Tin
- Xây dựng đề kiểm tra chung của khối.
2. Tổ chức thực hiện
- Nhà trường tổ chức tuyên truyền.
`;
    const { e } = await run(text);
    expect(leads(e.tasks[0])).toEqual(['Tổ Toán - Tin']);
    expect(e.tasks.map((t) => leads(t)).flat()).not.toContain('Tổ chức thực hiện');
  });
  it('keeps a heading that opens with the verb "Giao" an assignment', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Giao Sở Tài chính
- Bố trí kinh phí thực hiện Kế hoạch.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Sở Tài chính']]);
  });
});

describe('lead.unit-role-colon', () => {
  it('reads "<role>: <work>" as the role leading its work', async () => {
    const text = `${SCHOOL}II. TỔ CHỨC THỰC HIỆN
1. Giáo viên bộ môn: Lồng ghép nội dung đọc sách vào bài giảng.
2. Điều dưỡng trưởng các khoa: Giám sát việc thực hiện quy trình vô khuẩn.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Giáo viên bộ môn'], ['Điều dưỡng trưởng các khoa']]);
    expect(e.tasks[0]!.action).toBe('Lồng ghép nội dung đọc sách vào bài giảng');
    expect(e.tasks[0]!.leadRule).toBe('lead.unit-role-colon');
  });
});

describe('structure.unit-line', () => {
  it('reads lines that only name a body, over dashes and without a number, as unit headings', async () => {
    const text = `${HEAD}IV. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường
- Chủ trì tổ chức lễ mít tinh.
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
Sở Văn hóa, Thể thao và Du lịch:
- Hướng dẫn trang trí, tuyên truyền cổ động trực quan.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['4.1.1', '4.1.2', '4.2.1']);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Nông nghiệp và Môi trường'], ['Sở Văn hóa, Thể thao và Du lịch']]);
  });
  it('keeps a wrapped line of a point that ends in a name part of that point', async () => {
    const text = `${HEAD}IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tổ chức lễ mít tinh, phối hợp với
Sở Văn hóa, Thể thao và Du lịch
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['4.1.1', '4.1.2']);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Nông nghiệp và Môi trường']]);
  });
});

const TABLE = (header: string, rows: string) => `${HEAD}II. NHIỆM VỤ CỤ THỂ\n${header}\n${rows}`;

describe('table.header-second-line and table.continued-cells', () => {
  it('reads a tab header wrapped to a second row and a row whose cells wrap to a second line', async () => {
    const text = TABLE(
      'STT\tNội dung công việc\tĐơn vị\tĐơn vị\tThời gian\tGhi chú\n\t\tchủ trì\tphối hợp\tthực hiện\t',
      '1\tTổ chức lễ mít tinh hưởng ứng\tSở Nông nghiệp\tSở Văn hóa, Thể\tTháng 3-4\t\n\tNgày Nước thế giới\tvà Môi trường\tthao và Du lịch\t\t\n2\tTuyên truyền trên báo chí\tBáo Quảng Trị\tSở Nông nghiệp và Môi trường\tThường xuyên\t\n',
    );
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(e.tasks[0]!.action).toBe('Tổ chức lễ mít tinh hưởng ứng Ngày Nước thế giới');
    expect(leads(e.tasks[0])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(e.tasks[0])).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(e.tasks[1]!.deadline?.kind).toBe('recurring');
  });
});

describe('deadline.cell-run-yearless', () => {
  it('reads "Tháng 3-4" and "Quý I - II" without a year as the end of the last of the document\'s year', async () => {
    const text = TABLE(
      'STT | Nội dung | Đơn vị chủ trì | Thời gian',
      '1 | Tổ chức lễ mít tinh | Sở Nông nghiệp và Môi trường | Tháng 3-4 |\n2 | Tổ chức hội thảo | Sở Khoa học và Công nghệ | Quý I - II |\n',
    );
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-04-30', '2026-06-30']);
  });
});

describe('lead.heading-remaining', () => {
  it('reads "Các sở, ngành còn lại:" over its work as who leads it, "còn lại" kept', async () => {
    const text = `${HEAD}III. PHÂN CÔNG THỰC HIỆN
1. Sở Giáo dục và Đào tạo:
- Chỉ đạo các trường học lồng ghép nội dung giáo dục về tài nguyên nước.
2. Các sở, ban, ngành còn lại:
Theo chức năng, nhiệm vụ phối hợp thực hiện các nội dung của Kế hoạch.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Sở Giáo dục và Đào tạo'], ['Các sở, ban, ngành còn lại']]);
    expect(e.tasks[1]!.action).toBe('Theo chức năng, nhiệm vụ phối hợp thực hiện các nội dung của Kế hoạch');
  });
});

describe('gazetteer: Tỉnh đoàn', () => {
  it('knows the province\'s Youth Union by its short name, in a heading list', async () => {
    const text = `${HEAD}III. PHÂN CÔNG THỰC HIỆN
1. Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn:
- Vận động hội viên, đoàn viên tham gia các hoạt động hưởng ứng.
2. Tỉnh đoàn, Hội Nông dân tỉnh
- Tổ chức ra quân làm sạch kênh mương.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn'], ['Tỉnh đoàn', 'Hội Nông dân tỉnh']]);
  });
});

describe('deadline.cell-pair-part', () => {
  it('reads "Quý II và Quý III/2026" as due with the second, "Đầu tháng 7/2026" with its month', async () => {
    const text = `${HEAD}II. NỘI DUNG
1. Tổ chức tập huấn
- Đơn vị thực hiện: Sở Tư pháp.
- Thời gian thực hiện: Quý II và Quý III/2026.
2. Tổ chức tuyên truyền
- Đơn vị thực hiện: Sở Tư pháp.
- Thời gian thực hiện: Đầu tháng 7/2026.
3. Tổ chức hội thi
- Đơn vị chủ trì: Sở Tư pháp.
- Thời gian dự kiến: Tuần đầu tháng 5/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-09-30', '2026-07-31', '2026-05-31']);
  });
});

describe('structure.activity-line', () => {
  it('reads activity titles without a number over their labels as items, one task each', async () => {
    const text = `${HEAD}II. CÁC HOẠT ĐỘNG
Tổ chức lễ mít tinh hưởng ứng Ngày Nước thế giới
- Thời gian dự kiến: Tháng 3/2026.
- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp: Tỉnh đoàn.
Tổ chức cuộc thi tìm hiểu pháp luật về tài nguyên nước
- Đơn vị chủ trì: Sở Tư pháp.
- Thời gian dự kiến: Quý II/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.action)).toEqual(['Tổ chức lễ mít tinh hưởng ứng Ngày Nước thế giới', 'Tổ chức cuộc thi tìm hiểu pháp luật về tài nguyên nước']);
    expect(e.tasks.map((t) => leads(t))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Tư pháp']]);
    expect(coords(e.tasks[0])).toEqual(['Tỉnh đoàn']);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-03-31', '2026-06-30']);
  });
});
