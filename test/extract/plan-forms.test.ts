// Plan forms of the fifth batch (issue 9, plans3), on short texts written for these tests (no document's text):
// sections laid out as labelled sub-items, upper-case parts over roman sections, sections of targets and criteria,
// a decision's articles before the plan it issues, grounds before the subject, and one-line signature cells.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 31/KH-UBND                Lâm Đồng, ngày 9 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

`;

describe('task.plan-section', () => {
  const text = `${HEAD}A. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng dịch vụ du lịch.
B. NHIỆM VỤ VÀ GIẢI PHÁP
I. QUẢNG BÁ DU LỊCH
1. Nội dung, biện pháp
a) Xây dựng bộ ấn phẩm giới thiệu các làng nghề;
b) Tổ chức hội chợ du lịch mùa xuân.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Sở Văn hóa, Thể thao và Du lịch.
b) Cơ quan phối hợp
- Sở Công Thương; Hiệp hội Du lịch tỉnh.
3. Thời gian thực hiện: Tháng 6/2026 và thường xuyên.
II. ĐÀO TẠO NHÂN LỰC
1. Nội dung, biện pháp
a) Mở lớp bồi dưỡng hướng dẫn viên tại điểm.
2. Chủ trì thực hiện
- Sở Nội vụ.
3. Thời gian thực hiện: Quý III/2026.
`;

  it('makes each point a task with its section block: lead, coordinators, time', async () => {
    const { e } = await run(text);
    const t = e.tasks.filter((x) => x.rule === 'task.plan-section');
    // Part B is the second part: its sections are 2.1, 2.2.
    expect(t.map((x) => x.id)).toEqual(['2.1.1.1', '2.1.1.2', '2.2.1.1']);
    expect(t[0]!.lead.map((l) => l.name)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(t[0]!.coordinate.map((l) => l.name)).toEqual(['Sở Công Thương', 'Hiệp hội Du lịch tỉnh']);
    expect(t[1]!.action).toBe('Tổ chức hội chợ du lịch mùa xuân');
    expect(t[2]!.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(t[2]!.deadline?.due).toBe('2026-09-30');
  });

  it('reads a time that runs on after its first date as recurring', async () => {
    const { e } = await run(text);
    const t = e.tasks.find((x) => x.id === '2.1.1.1');
    expect(t?.deadline?.kind).toBe('recurring');
    expect(t?.deadline?.due).toBeNull();
  });
});

describe('sections that hold no tasks', () => {
  it('reads no tasks under a title of criteria or targets, and the tasks of the sections after it', async () => {
    const { e } = await run(`${HEAD}I. TIÊU CHÍ THI ĐUA
1. Đối với các sở, ban, ngành
- Hoàn thành vượt mức các chỉ tiêu được giao trong năm 2026.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hướng dẫn, theo dõi việc triển khai thực hiện Kế hoạch này; tổng hợp kết quả trước ngày 15/12/2026.
`);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1']);
    // Following up the plan's implementation is a task, not the execution formula.
    expect(e.tasks[0]!.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
  });
});

describe('a decision that issues a plan', () => {
  it('numbers the plan apart from the articles, and reads no items in the decision\'s copies', async () => {
    const { e } = await run(`ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 45/QĐ-UBND                Lâm Đồng, ngày 9 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.\tCHỦ TỊCH Trần Văn Bình

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026
I. MỤC ĐÍCH
Nâng cao thu nhập của người dân.
II. PHÂN CÔNG NHIỆM VỤ
1. Căn cứ Kế hoạch này, các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố xây dựng kế hoạch của đơn vị trước ngày 30/4/2026.
III. KINH PHÍ
Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn vốn hợp pháp khác; việc lập dự toán,
quản lý, sử dụng và quyết toán kinh phí thực hiện theo quy định của pháp luật về ngân sách nhà nước và các văn bản hướng dẫn.
Kinh phí được bố trí trong dự toán hằng năm để thực hiện các nội dung của Kế hoạch, bảo đảm tiết kiệm, hiệu quả, đúng mục đích,
công khai, minh bạch và phù hợp với khả năng cân đối của ngân sách các cấp theo phân cấp quản lý ngân sách hiện hành.
`);
    expect(e.document.signer).toMatchObject({ name: 'Trần Văn Bình', title: 'Chủ tịch' });
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1']);
    // Grounds before the subject; a collective closed by "trực thuộc UBND tỉnh", then a second body after ";".
    expect(e.tasks[0]!.lead.map((l) => l.name)).toEqual(['Các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân các huyện, thành phố']);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-04-30');
  });
});

describe('plan header', () => {
  it('takes the whole issuer line past a known short name, and the first of two titles on one line', async () => {
    const { e } = await run(`BAN CHỈ ĐẠO XÂY DỰNG ĐÔ THỊ THÔNG MINH -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 7/KH-BCĐ\tLâm Đồng, ngày 9 tháng 3 năm 2026
KẾ HOẠCH
Hoạt động của Ban Chỉ đạo năm 2026
1. Sở Văn hóa, Thể thao và Du lịch tổng hợp kết quả trước ngày 15/12/2026./.
Nơi nhận:
- Lưu: VT.\tTRƯỞNG BAN PHÓ CHỦ TỊCH Lê Văn An
`);
    expect(e.document.issuer?.name).toBe('Ban Chỉ đạo xây dựng đô thị thông minh');
    expect(e.document.rules?.issuer).toBe('header.issuer.longer-line');
    expect(e.document.signer).toMatchObject({ name: 'Lê Văn An', title: 'Trưởng ban' });
  });
});
