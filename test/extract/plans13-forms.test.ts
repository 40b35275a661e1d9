// Plan forms of the plans13 round (issue 9): commune plans that share work out by unit and by office. Short texts written
// for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 12/KH-UBND                An Phú, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức ngày hội đọc sách năm 2026

`;

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('section.shared-by-unit', () => {
  const body = `I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao ý thức đọc sách của nhân dân trên địa bàn xã.
II. HÌNH THỨC TỔ CHỨC
Căn cứ điều kiện thực tế, Ủy ban nhân dân xã An Phú tổ chức các hoạt động sau:
1. Trưng bày sách tại nhà văn hóa các thôn.
- Tổ chức giới thiệu sách mới cho thiếu nhi.
- Tổ chức thi kể chuyện theo sách cho học sinh.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân xã
- Chuẩn bị địa điểm, trang trí khu trưng bày sách.
- Tổng hợp, báo cáo kết quả ngày hội trước ngày 30/4/2026.
2. Trường Trung học cơ sở An Phú
- Vận động học sinh tham gia cuộc thi kể chuyện theo sách.
`;
  it('keeps only the tasks of "Tổ chức thực hiện" when it shares the work out by unit', async () => {
    const { e } = await run(HEAD + body);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1', '3.1.2', '3.2.1']);
    expect(names(e.tasks[0]!.lead)).toEqual(['Văn phòng Ủy ban nhân dân xã']);
  });

  it('does not apply to a chỉ thị', async () => {
    const { e } = await run(HEAD.replace('KẾ HOẠCH', 'CHỈ THỊ') + body);
    expect(e.tasks.some((t) => t.id.startsWith('2.'))).toBe(true);
  });
});

describe('lead.plan-person, lead.office-heading, lead.office-colon, lead.heading-asked-verb', () => {
  it('reads a person by office in a lead label, commas kept and "Đồng chí" dropped', async () => {
    const text = `${HEAD}II. NỘI DUNG
1. Chuẩn bị địa điểm tổ chức ngày hội
- Thời gian hoàn thành: Tháng 4/2026.
- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Ủy ban nhân dân xã, phụ trách lĩnh vực văn hóa - xã hội
- Kết quả: Địa điểm được trang trí.
`;
    const { e } = await run(text);
    expect(names(e.tasks[0]!.lead)).toEqual(['Phó Chủ tịch Ủy ban nhân dân xã, phụ trách lĩnh vực văn hóa - xã hội']);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-04-30');
  });

  it('lets an office heading lead its dashes', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Công chức phụ trách lĩnh vực văn hóa - thông tin
- Tham mưu xây dựng chương trình ngày hội.
- Thực hiện các nhiệm vụ khác do lãnh đạo giao.
2. Các Phó Chủ tịch phụ trách khối kinh tế và khối nội chính
- Chỉ đạo các bộ phận liên quan phối hợp thực hiện.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1', '3.1.2', '3.2.1']);
    expect(names(e.tasks[0]!.lead)).toEqual(['Công chức phụ trách lĩnh vực văn hóa - thông tin']);
    expect(names(e.tasks[2]!.lead)).toEqual(['Các Phó Chủ tịch phụ trách khối kinh tế và khối nội chính']);
  });

  it('reads "Đồng chí <office>: <work>" items', async () => {
    const text = `${HEAD}III. PHÂN CÔNG NHIỆM VỤ
1. Đồng chí Chủ tịch Hội Khuyến học xã - Trưởng Ban tổ chức: Chỉ đạo chung việc tổ chức ngày hội.
2. Đồng chí Phó Giám đốc Thư viện huyện - Ủy viên: Phụ trách khu trưng bày sách.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Chủ tịch Hội Khuyến học xã - Trưởng Ban tổ chức'], ['Phó Giám đốc Thư viện huyện - Ủy viên']]);
    expect(e.tasks[1]!.action).toMatch(/^Phụ trách khu trưng bày sách/);
  });

  it('lets "Đề nghị X phối hợp" alone on its line lead the points under it', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân xã
- Chuẩn bị địa điểm, trang trí khu trưng bày sách.
2. Đề nghị Công an xã An Phú phối hợp
- Bảo đảm an ninh, trật tự tại khu vực tổ chức ngày hội.
- Hướng dẫn phương tiện giao thông ra vào khu vực ngày hội.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1.1', '3.2.1', '3.2.2']);
    expect(names(e.tasks[1]!.lead)).toEqual(['Công an xã An Phú']);
  });
});

describe('section-titles.tsv: slogans', () => {
  it('reads no task in a section of slogans', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã chủ trì trưng bày sách tại nhà văn hóa xã.
IV. KHẨU HIỆU TUYÊN TRUYỀN
1. Sở Văn hóa luôn đồng hành cùng bạn đọc!
2. Đọc sách mỗi ngày, mở rộng tri thức!
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['3.1']);
  });
});

describe('deadline.cell-note, deadline.cell-span-end, deadline.cell-quarters', () => {
  const block = (time: string) => `${HEAD}II. NỘI DUNG
1. Chuẩn bị địa điểm tổ chức ngày hội
- Thời gian hoàn thành: ${time}
- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã.
`;
  it('drops a note in brackets and "Dự kiến" before the time', async () => {
    const { e } = await run(block('Dự kiến tháng 5/2026 (sau khi huyện ban hành hướng dẫn).'));
    expect(e.tasks[0]!.deadline).toMatchObject({ kind: 'month', due: '2026-05-31' });
  });
  it('reads a span from a month to a quarter at its end', async () => {
    const { e } = await run(block('Từ tháng 4/2026 đến quý III/2026.'));
    expect(e.tasks[0]!.deadline).toMatchObject({ kind: 'quarter', due: '2026-09-30' });
  });
  it('keeps two quarters of two years, the later in due', async () => {
    const { e } = await run(block('Quý IV/2026 và Quý I/2027;'));
    expect(e.tasks[0]!.deadline?.due).toBe('2027-03-31');
    expect(e.tasks[0]!.deadline?.all?.map((a) => a.due)).toEqual(['2026-12-31', '2027-03-31']);
  });
});

describe('plan.group-dash-labels, deadline.periodic-ad-hoc', () => {
  it('gives the dash labels under a group\'s last item to every item of the group', async () => {
    const text = `${HEAD}II. NỘI DUNG
1. Theo dõi, đôn đốc việc tổ chức ngày hội
1.1. Kiểm tra công tác chuẩn bị tại các thôn.
1.2. Tổng hợp khó khăn, vướng mắc trong quá trình chuẩn bị.
1.3. Báo cáo kết quả với Ủy ban nhân dân huyện.
- Thời gian thực hiện: Tháng 5/2026.
- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã
- Đơn vị phối hợp: Công an xã.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    expect(e.tasks.every((t) => names(t.lead)[0] === 'Văn phòng Ủy ban nhân dân xã' && t.deadline?.due === '2026-05-31')).toBe(true);
  });

  it('reads "định kỳ và đột xuất" reporting as recurring', async () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân xã
- Thực hiện chế độ báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Văn hóa) định kỳ và đột xuất.
2. Công an xã
- Bảo đảm an ninh, trật tự tại khu vực tổ chức ngày hội.
`;
    const { e } = await run(text);
    expect(e.tasks[0]!.deadline?.kind).toBe('recurring');
  });
});

describe('task.skip.self-dissolution, task.skip.execution-before-force', () => {
  it('reads no task in a team\'s self-dissolution nor in an execution formula without a full stop', async () => {
    const text = `ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 15/QĐ-UBND                An Phú, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác ngày hội đọc sách

Điều 1. Thành lập Tổ công tác ngày hội đọc sách xã An Phú.
Điều 2. Nhiệm vụ của Tổ công tác ngày hội đọc sách:
- Chuẩn bị địa điểm và chương trình ngày hội.
- Tổng hợp, báo cáo kết quả ngày hội với Ủy ban nhân dân xã.
- Tổ công tác tự giải thể sau khi ngày hội kết thúc.
Điều 3. Văn phòng Ủy ban nhân dân xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này
Quyết định này có hiệu lực kể từ ngày ký./.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '2.2']);
  });
});

describe('section.shared-by-unit keeps the points of unit headings in other sections', () => {
  it('keeps "II. NHIỆM VỤ / 1. <body>" over points though "Tổ chức thực hiện" shares out by unit too', async () => {
    const text = `${HEAD}I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao ý thức đọc sách của nhân dân trên địa bàn xã.
II. NHIỆM VỤ CỤ THỂ
1. Trường Tiểu học An Phú
- Tổ chức cho học sinh đọc sách tại thư viện trường.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân xã
- Chuẩn bị địa điểm, trang trí khu trưng bày sách.
2. Ủy ban Mặt trận Tổ quốc Việt Nam xã
- Bảo đảm an ninh, trật tự tại khu vực tổ chức ngày hội.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1.1', '3.1.1', '3.2.1']);
  });
});
