// Plan forms of the plans14 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 17/KH-UBND                Kon Tum, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Bảo tồn văn hóa cồng chiêng năm 2026

`;

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('table.header-not-heading', () => {
  it('reads a space-laid table under a section heading, with cells wrapped over lines', async () => {
    const text = `${HEAD}II. NỘI DUNG, NHIỆM VỤ
TT   Nội dung                                Đơn vị chủ trì      Đơn vị phối hợp          Thời gian
1    Kiểm kê các đội cồng chiêng             Sở Văn hóa, Thể     Ủy ban nhân dân các xã   Quý II/2026
     tại các buôn làng                       thao và Du lịch
2    Mở lớp truyền dạy đánh cồng chiêng      Sở Giáo dục và      Sở Tài chính             Tháng 9/2026
     cho học sinh                            Đào tạo
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.action)).toEqual(['Kiểm kê các đội cồng chiêng tại các buôn làng', 'Mở lớp truyền dạy đánh cồng chiêng cho học sinh']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Giáo dục và Đào tạo']]);
    expect(e.tasks.map((t) => names(t.coordinate))).toEqual([['Ủy ban nhân dân các xã'], ['Sở Tài chính']]);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-06-30', '2026-09-30']);
  });
});

describe('lead.bracket-thuc-hien', () => {
  it('takes "(X thực hiện)" after the activity as its lead, also among items whose labels follow them', async () => {
    const text = `${HEAD}II. NHIỆM VỤ
1. Sưu tầm, số hóa các bài chiêng cổ (Sở Văn hóa, Thể thao và Du lịch thực hiện).
2. Tổ chức liên hoan cồng chiêng cấp tỉnh.
Đơn vị thực hiện: Ủy ban nhân dân các xã.
Thời gian: Tháng 11/2026.
3. Giới thiệu cồng chiêng trên các kênh thông tin của tỉnh (Sở Khoa học và Công nghệ thực hiện, thường xuyên).
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '2.2', '2.3']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Ủy ban nhân dân các xã'], ['Sở Khoa học và Công nghệ']]);
    expect(e.tasks[0]!.action).toBe('Sưu tầm, số hóa các bài chiêng cổ');
    expect(e.tasks[0]!.deadline?.due).toBeUndefined();
    expect(e.tasks[0]!.leadRule).toBe('lead.bracket-thuc-hien');
  });
});

describe('lead.remit-phrase', () => {
  it('keeps the body before "trong phạm vi chức năng, nhiệm vụ của mình" as the subject', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp trong phạm vi chức năng, nhiệm vụ của mình hướng dẫn các xã lập hồ sơ di tích.
2. Các sở, ngành trong phạm vi chức năng, nhiệm vụ của mình tổ chức triển khai thực hiện Kế hoạch.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Tư pháp'], ['Các sở, ngành']]);
    expect(e.tasks[0]!.action).toBe('Trong phạm vi chức năng, nhiệm vụ của mình hướng dẫn các xã lập hồ sơ di tích');
  });
});

describe('task.activity-then-giao and plan.next-line-lead', () => {
  it('reads "<activity>." over "Giao X chủ trì ... thực hiện" as one task of the activity', async () => {
    const text = `${HEAD}II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội thảo khoa học về nghệ thuật cồng chiêng.
Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện, hoàn thành trong Quý III/2026.
2. Biên soạn tài liệu giới thiệu các nhạc cụ dân tộc.
Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện. Thời gian: tháng 10/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '2.2']);
    expect(e.tasks.map((t) => t.action)).toEqual(['Tổ chức hội thảo khoa học về nghệ thuật cồng chiêng', 'Biên soạn tài liệu giới thiệu các nhạc cụ dân tộc']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Giáo dục và Đào tạo']]);
    expect(e.tasks.map((t) => names(t.coordinate))).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Văn hóa, Thể thao và Du lịch']]);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-09-30', '2026-10-31']);
    expect(e.tasks.map((t) => t.rule)).toEqual(['task.activity-then-giao', 'task.plan-block']);
  });
});

describe('table.ends-at-section', () => {
  it('ends a space-laid table at the next roman section, whose items are read as items', async () => {
    const text = `${HEAD}II. NỘI DUNG THỰC HIỆN
TT    Nội dung công việc                  Cơ quan chủ trì     Thời gian
1     Kiểm kê các nhạc cụ cổ              Sở Tư pháp          Quý II/2026
2     Phục dựng lễ hội đâm trâu           Sở Nội vụ           Tháng 8/2026

III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính:
- Bố trí kinh phí thực hiện các nội dung của Kế hoạch.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2', '3.1.1']);
    expect(e.tasks.map((t) => t.rule)).toEqual(['task.table', 'task.table', 'task.item']);
    expect(names(e.tasks[2]!.lead)).toEqual(['Sở Tài chính']);
  });
});

describe('task.closing-report and deadline.periodic-day', () => {
  it('reads the reporting asked in the closing paragraph as a task of the bodies asked, recurring', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Bố trí kinh phí thực hiện các nội dung của Kế hoạch.
2. Sở Nội vụ
- Hướng dẫn khen thưởng các tập thể có thành tích.

Trên đây là Kế hoạch bảo tồn văn hóa cồng chiêng năm 2026. Đề nghị các sở, ngành, địa phương nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 25 tháng 11) báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp./.
`;
    const { e } = await run(text);
    const t = e.tasks.find((x) => x.rule === 'task.closing-report');
    expect(t?.id).toBe('3.3');
    expect(names(t!.lead)).toEqual(['Các sở, ngành, địa phương']);
    // (The day is the yearly one, not a date of 2026.)
    expect(t!.deadline).toMatchObject({ kind: 'recurring', due: null });
    expect(t!.deadline?.all?.some((d) => d.due) ?? false).toBe(false);
  });

  it('reads no task from a closing paragraph that only asks to report difficulties', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Bố trí kinh phí thực hiện các nội dung của Kế hoạch.

Trên đây là Kế hoạch bảo tồn văn hóa cồng chiêng năm 2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các sở, ngành phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp./.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1']);
  });
});

describe('lead.standing-role', () => {
  it('reads "<body> là cơ quan thường trực, chủ trì ..." with the body as the subject', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì theo dõi việc thực hiện Kế hoạch.
2. Sở Nội vụ là cơ quan đầu mối, hướng dẫn các xã lập hồ sơ khen thưởng.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Nội vụ']]);
    expect(e.tasks[1]!.action).toBe('Là cơ quan đầu mối, hướng dẫn các xã lập hồ sơ khen thưởng');
  });
});

describe('plan.group-own-labels with a bracketed lead', () => {
  it('keeps the labels under the last item its own when an earlier item names its lead in a bracket', async () => {
    const text = `${HEAD}II. NHIỆM VỤ
1. Tổ chức liên hoan cồng chiêng cấp xã (Ủy ban nhân dân các xã thực hiện).
2. Tổ chức liên hoan cồng chiêng cấp tỉnh.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian: Tháng 9/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Ủy ban nhân dân các xã'], ['Sở Văn hóa, Thể thao và Du lịch']]);
    expect(e.tasks[0]!.deadline?.due ?? null).toBeNull();
  });
});

describe('deadline.cell-quarter-run', () => {
  it('ends "Quý I - II/2026" and "Quý II - Quý III/2026" with the last quarter', async () => {
    const text = `${HEAD}II. NHIỆM VỤ
1. Kiểm kê các nhạc cụ cổ
- Đơn vị thực hiện: Sở Tư pháp.
- Thời gian: Quý I - II/2026.
2. Phục dựng lễ hội truyền thống
- Đơn vị thực hiện: Sở Nội vụ.
- Thời gian: Quý II - Quý III/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-06-30', '2026-09-30']);
  });
});

describe('lead.giao-not-title', () => {
  it('reads no task from a purposes section whose title holds "YÊU CẦU" over one paragraph', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện đúng tiến độ.

II. NHIỆM VỤ
1. Sở Nội vụ hướng dẫn các xã lập hồ sơ khen thưởng.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1']);
  });
});

describe('plan.inline-label-bracket and plan.title-deadline', () => {
  it('reads a bracketed lead after labels on the title line, and a title deadline over a label without time', async () => {
    const text = `${HEAD}II. NHIỆM VỤ
1. Công tác tuyên truyền
1.1. Giới thiệu di sản trên báo chí (Sở Văn hóa, Thể thao và Du lịch chủ trì).
1.2. Tổ chức cuộc thi tìm hiểu về di sản; thời gian: Quý III/2026 (Sở Giáo dục và Đào tạo thực hiện).
1.3. Hỗ trợ nghệ nhân truyền dạy, hoàn thành trước ngày 30/10/2026.
Đơn vị thực hiện: Ủy ban nhân dân các xã.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Giáo dục và Đào tạo'], ['Ủy ban nhân dân các xã']]);
    expect(e.tasks[1]!.action).toBe('Tổ chức cuộc thi tìm hiểu về di sản');
    expect(e.tasks.map((t) => t.deadline?.due ?? null)).toEqual([null, '2026-09-30', '2026-10-30']);
  });
});
