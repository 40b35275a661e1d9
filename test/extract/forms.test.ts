// Task forms named by issue 9, on short texts written for these tests (no document's
// text): tables (laid out by spaces, by tabs, by bars; rows over several lines, merged
// lead cells, group rows), Kế hoạch blocks, and letters that assign in sentences.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 12/KH-UBND                Lâm Đồng, ngày 3 tháng 2 năm 2026

KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

`;

describe('task.table', () => {
  it('reads a table laid out with spaces: rows over lines, a merged lead cell, group rows', async () => {
    const text = `${HEAD}PHỤ LỤC
DANH MỤC NHIỆM VỤ

STT   Nhiệm vụ                              Cơ quan chủ trì        Cơ quan phối hợp       Thời hạn
I     NHIỆM VỤ CHUNG
1     Xây dựng quy chế quản lý dữ liệu      Sở Khoa học và         Sở Tư pháp             Quý II/2026
      dùng chung của tỉnh                   Công nghệ
2     Rà soát danh mục thủ tục hành chính                          Văn phòng Ủy ban       Tháng 9/2026
                                                                   nhân dân tỉnh
II    NHIỆM VỤ RIÊNG
1     Tổ chức tập huấn kỹ năng số           Sở Nội vụ              Các sở, ban, ngành     Thường xuyên
`;
    const { e } = await run(text);
    const t = e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => x.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(t[0]!.action).toBe('Xây dựng quy chế quản lý dữ liệu dùng chung của tỉnh');
    expect(t[0]!.lead.map((l) => l.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(t[0]!.coordinate.map((l) => l.name)).toEqual(['Sở Tư pháp']);
    expect(t[0]!.deadline?.due).toBe('2026-06-30');
    // The lead cell of row 2 is merged with row 1's.
    expect(t[1]!.lead.map((l) => l.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(t[1]!.leadRule).toBe('lead.table-merged');
    expect(t[1]!.deadline?.due).toBe('2026-09-30');
    expect(t[2]!.deadline?.kind).toBe('recurring');
    expect(t[2]!.coordinate[0]!.name).toMatch(/^Các sở, ban, ngành/);
  });

  it('reads a tab row without a number but with its own task and lead as a row under the one above', async () => {
    const text = `${HEAD}PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n1\tXây dựng quy chế quản lý dữ liệu\tSở Nội vụ\tQuý II/2026\n\tCông bố quy chế trên cổng thông tin\tVăn phòng Ủy ban nhân dân tỉnh\t\n2\tTổ chức tập huấn kỹ năng số\tSở Tư pháp\tThường xuyên\n`;
    const t = (await run(text)).e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => [x.id, x.action, x.lead.map((l) => l.name).join('; '), x.deadline?.due ?? x.deadline?.kind])).toEqual([
      ['1', 'Xây dựng quy chế quản lý dữ liệu', 'Sở Nội vụ', '2026-06-30'],
      ['1.1', 'Công bố quy chế trên cổng thông tin', 'Văn phòng Ủy ban nhân dân tỉnh', '2026-06-30'],
      ['2', 'Tổ chức tập huấn kỹ năng số', 'Sở Tư pháp', 'recurring'],
    ]);
  });

  it('reads tab-separated and bar-separated rows', async () => {
    const tabs = `${HEAD}TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n1\tCập nhật cơ sở dữ liệu đất đai\tSở Nông nghiệp và Môi trường\tỦy ban nhân dân các xã\t31/10/2026\n2\tBáo cáo kết quả thực hiện\tSở Tài chính\t\tNăm 2026\n`;
    const a = (await run(tabs)).e.tasks;
    expect(a.map((x) => [x.id, x.lead[0]?.name, x.deadline?.due])).toEqual([
      ['1', 'Sở Nông nghiệp và Môi trường', '2026-10-31'],
      ['2', 'Sở Tài chính', '2026-12-31'],
    ]);
    const bars = `${HEAD}| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn | Sản phẩm |\n|---|---|---|---|---|\n| 1 | Ban hành kế hoạch tuyên truyền | Sở Văn hóa, Thể thao và Du lịch | Tháng 3/2026 | Kế hoạch |\n`;
    const b = (await run(bars)).e.tasks;
    expect(b).toHaveLength(1);
    expect(b[0]!.lead[0]!.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(b[0]!.deadline?.due).toBe('2026-03-31');
    expect(b[0]!.action).toBe('Ban hành kế hoạch tuyên truyền');
  });
});

describe('task.table, a layout dump with cells one space apart', () => {
  it('splits a task line that runs into the lead column, and a deadline glued after a person', async () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Người phụ trách', 'Thời hạn'],
      ['1', 'Xây dựng kế hoạch quản lý chất thải rắn', 'Sở Xây dựng', 'Đồng chí Nguyễn Văn An', '2026 - 2027'],
      ['2', 'Xây dựng kế hoạch bảo tồn đa dạng sinh học Sở Tài chính', '', 'Đồng chí Lê Văn Bình', '2028'],
      ['3', 'Rà soát quy hoạch tài nguyên nước', 'Sở Nông nghiệp và', 'Đồng chí Trần Thị Hoa 2029 - 2030', ''],
      ['', '', 'Môi trường', '', ''],
      ['4', 'Rà soát văn bản quy phạm pháp luật của tỉnh', '', 'Đồng chí Lê Văn Bình', '2027'],
    ];
    const at = [0, 4, 46, 68, 93];
    const line = (r: string[]) => r.reduce((s, c, i) => (c ? s.padEnd(at[i]!) + c : s), '').trimEnd();
    // Row 4's lead on a line of its own, a little left of its column.
    // Row 5's task runs over the lead and person columns to its deadline, one space apart.
    const five = `5   Tổ chức sơ kết, tổng kết việc thực hiện chương trình hành động của tỉnh trong cả giai đoạn 2029 - 2030\n${' '.repeat(46)}Sở Nội vụ`;
    const text = `${HEAD}PHỤ LỤC\n\n${rows.map(line).join('\n')}\n${' '.repeat(42)}Sở Tư pháp\n${five}\n`;
    const t = (await run(text)).e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => [x.id, x.action, x.lead.map((l) => l.name).join('; '), x.deadline?.due])).toEqual([
      ['1', 'Xây dựng kế hoạch quản lý chất thải rắn', 'Sở Xây dựng', '2027-12-31'],
      ['2', 'Xây dựng kế hoạch bảo tồn đa dạng sinh học', 'Sở Tài chính', '2028-12-31'],
      ['3', 'Rà soát quy hoạch tài nguyên nước', 'Sở Nông nghiệp và Môi trường', '2030-12-31'],
      ['4', 'Rà soát văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp', '2027-12-31'],
      ['5', 'Tổ chức sơ kết, tổng kết việc thực hiện chương trình hành động của tỉnh trong cả giai đoạn', 'Sở Nội vụ', '2030-12-31'],
    ]);
  });
});

describe('task.table, a layout dump with numbers glued to the task', () => {
  it('starts a row at a number glued to its task and keeps a sub-group line out of the rows', async () => {
    const at = [0, 4, 52, 78, 100];
    const line = (r: string[]) => r.reduce((s, c, i) => (c ? s.padEnd(at[i]!) + c : s), '').trimEnd();
    const text = `${HEAD}PHỤ LỤC\n\n${[
      line(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn']),
      line(['1', 'Xây dựng kế hoạch quản lý chất thải rắn', 'Sở Xây dựng', 'Sở Tài chính', '2026 - 2027']),
      line(['2 Rà soát quy hoạch tài nguyên nước của tỉnh', '', 'Sở Nội vụ', 'Sở Tư pháp', '2028']),
      'II.1 Nhiệm vụ về chuyển đổi số và dữ liệu của các sở, ngành',
      line(['3', 'Xây dựng cơ sở dữ liệu môi trường cấp tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', '2029 - 2030']),
    ].join('\n')}\n`;
    const t = (await run(text)).e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => [x.id, x.action, x.lead.map((l) => l.name).join('; '), x.deadline?.due])).toEqual([
      ['1', 'Xây dựng kế hoạch quản lý chất thải rắn', 'Sở Xây dựng', '2027-12-31'],
      ['2', 'Rà soát quy hoạch tài nguyên nước của tỉnh', 'Sở Nội vụ', '2028-12-31'],
      ['3', 'Xây dựng cơ sở dữ liệu môi trường cấp tỉnh', 'Sở Khoa học và Công nghệ', '2030-12-31'],
    ]);
  });
});

describe('task.table, one cell a line', () => {
  it('reads rows whose cells stand on lines of their own under a tab header, lettered under numbered groups', async () => {
    const text = `${HEAD}TT\tNội dung hoạt động\tCơ quan chủ trì\tCơ quan phối hợp\nThời gian thực hiện\n1\nTuyên truyền, phổ biến kế hoạch\na)\nTổ chức hội nghị triển khai kế hoạch\nSở Nội vụ\nCác sở, ban, ngành\nQuý II, III/2026\nb)\nĐăng tải kế hoạch trên cổng thông tin điện tử\nSở Khoa học và Công nghệ\nVăn phòng Ủy ban nhân dân tỉnh\nThường xuyên\n`;
    const t = (await run(text)).e.tasks;
    expect(t.map((x) => [x.id, x.lead[0]?.name, x.coordinate[0]?.name, x.deadline?.due ?? x.deadline?.kind])).toEqual([
      ['1.1', 'Sở Nội vụ', 'Các sở, ban, ngành', '2026-09-30'],
      ['1.2', 'Sở Khoa học và Công nghệ', 'Văn phòng Ủy ban nhân dân tỉnh', 'recurring'],
    ]);
  });

  it('reads lines past the last column of a row as the second paragraphs of its cells', async () => {
    const text = `${HEAD}TT\tNội dung hoạt động\tCơ quan chủ trì\tCơ quan phối hợp\nThời gian thực hiện\n1\nXây dựng cơ sở dữ liệu về đất đai và\nSở Tư pháp, Sở\nVăn phòng Ủy ban nhân dân tỉnh\nQuý IV/2026, 2027\nkết nối với cơ sở dữ liệu quốc gia.\nNội vụ\n2\nTổ chức tập huấn kỹ năng số\nSở Khoa học và Công nghệ\nCác sở, ban, ngành\nThường xuyên\n`;
    const t = (await run(text)).e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => [x.id, x.action, x.lead.map((l) => l.name).join('; '), x.deadline?.due ?? x.deadline?.kind])).toEqual([
      ['1', 'Xây dựng cơ sở dữ liệu về đất đai và kết nối với cơ sở dữ liệu quốc gia', 'Sở Tư pháp; Sở Nội vụ', '2027-12-31'],
      ['2', 'Tổ chức tập huấn kỹ năng số', 'Sở Khoa học và Công nghệ', 'recurring'],
    ]);
  });

  // A web page's tables as a crawler extracts them: each cell between lines holding a bar, a row's end an empty
  // cell (two bars), an empty cell one more, merged cells left out.
  const bars = (rows: string[][]) => rows.map((r) => `|\n${r.join('\n|\n')}\n|\n`).join('');
  it('reads a table converted one cell a line between bar lines, after the signature', async () => {
    const head = bars([['ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'], ['Số: 12/KH-UBND', 'Lâm Đồng, ngày 3 tháng 2 năm 2026']]);
    const sign = bars([['Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An']]);
    const table = bars([
      ['TT', 'Nội dung thực\nhiện', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn\nthành', 'Sản phẩm'],
      ['I.\nNHIỆM VỤ CHUNG'],
      ['1', 'Xây dựng quy chế quản lý dữ liệu\ndùng chung của tỉnh', 'Sở Khoa học và\nCông nghệ', 'Sở Tư pháp', 'Quý II/2026', 'Quyết định'],
      // Coordinators and product merged with the row above's; a row without a number under it, with its own lead.
      ['2', 'Rà soát danh mục thủ tục hành chính', 'Sở Nội vụ', 'Tháng 9/2026'].slice(0, 3),
      ['Công bố danh mục đã rà soát', 'Văn phòng Ủy ban nhân dân tỉnh'],
      ['II', 'NHIỆM VỤ RIÊNG'],
      // An empty coordinators' cell.
      // A lead over two lines that reads as one name.
      ['1', 'Tổ chức tập huấn kỹ năng số', 'Đảng ủy\nUBND tỉnh', '', 'Tháng 12 hằng năm', 'Lớp tập huấn'],
    ]);
    const text = `${head}KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nI. MỤC ĐÍCH\nBảo đảm thực hiện thống nhất.\n${sign}\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n${table}`;
    const t = (await run(text)).e.tasks.filter((x) => x.rule === 'task.table');
    expect(t.map((x) => [x.id, x.action, x.lead.map((l) => l.name).join('; '), x.coordinate.map((l) => l.name).join('; '), x.deadline?.due ?? x.deadline?.kind])).toEqual([
      ['1.1', 'Xây dựng quy chế quản lý dữ liệu dùng chung của tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', '2026-06-30'],
      ['1.2', 'Rà soát danh mục thủ tục hành chính', 'Sở Nội vụ', 'Sở Tư pháp', '2026-06-30'],
      ['1.2.1', 'Công bố danh mục đã rà soát', 'Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tư pháp', '2026-06-30'],
      ['2.1', 'Tổ chức tập huấn kỹ năng số', 'Đảng ủy Ủy ban nhân dân tỉnh', '', 'recurring'],
    ]);
  });
});

describe('task.plan-block', () => {
  it('reads labelled blocks under numbered items, on their own lines and inline', async () => {
    const text = `${HEAD}II. NHIỆM VỤ CỤ THỂ
1. Hoàn thiện hạ tầng mạng cho các cơ quan nhà nước
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Cơ quan phối hợp: Sở Tài chính, Ủy ban nhân dân các xã.
- Thời gian hoàn thành: Quý III năm 2026.
- Sản phẩm: Báo cáo kết quả.
2. Đào tạo cán bộ về an toàn thông tin. Đơn vị thực hiện: Sở Nội vụ; thời gian thực hiện: trong năm 2026.
`;
    const { e } = await run(text);
    const t = e.tasks;
    expect(t.map((x) => [x.id, x.rule])).toEqual([
      ['2.1', 'task.plan-block'],
      ['2.2', 'task.plan-block'],
    ]);
    expect(t[0]!.action).toBe('Hoàn thiện hạ tầng mạng cho các cơ quan nhà nước');
    expect(t[0]!.lead.map((l) => l.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(t[0]!.coordinate.map((l) => l.name)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các xã']);
    expect(t[0]!.deadline?.due).toBe('2026-09-30');
    expect(t[1]!.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(t[1]!.deadline?.due).toBe('2026-12-31');
  });
});

describe('task.plan-group', () => {
  it('gives the labels after a group\'s last item to every item of the group', async () => {
    const text = `${HEAD}III. NHIỆM VỤ
1. Nâng cao chất lượng dịch vụ công trực tuyến
- Rà soát quy trình nội bộ giải quyết thủ tục hành chính.
- Phối hợp với Sở Tư pháp chuẩn hóa biểu mẫu điện tử.
Lãnh đạo phụ trách: Phó Giám đốc phụ trách.
Đơn vị chủ trì: Văn phòng Sở; Đơn vị phối hợp: Thanh tra Sở.
2. Tổ chức tập huấn
- Mở lớp tập huấn cho công chức.
- Đánh giá kết quả tập huấn.
Đơn vị chủ trì: Sở Nội vụ; Thời gian thực hiện: Quý IV/2026.
`;
    const t = (await run(text)).e.tasks;
    expect(t.map((x) => [x.id, x.rule, x.lead.map((l) => l.name).join(), x.coordinate.map((l) => l.name).join()])).toEqual([
      ['3.1.1', 'task.plan-group', 'Văn phòng Sở', 'Thanh tra Sở'],
      ['3.1.2', 'task.plan-group', 'Văn phòng Sở', 'Thanh tra Sở,Sở Tư pháp'],
      ['3.2.1', 'task.plan-group', 'Sở Nội vụ', ''],
      ['3.2.2', 'task.plan-group', 'Sở Nội vụ', ''],
    ]);
    expect(t[3]!.deadline?.due).toBe('2026-12-31');
  });
});

describe('task.sentence', () => {
  it('reads "đề nghị X" and "X có trách nhiệm" sentences of a letter without items', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 40/UBND-KT                Lâm Đồng, ngày 3 tháng 2 năm 2026
V/v báo cáo tình hình giải ngân

Kính gửi: Sở Tài chính.

Ủy ban nhân dân tỉnh nhận được báo cáo về tiến độ giải ngân vốn. Đề nghị Sở Tài chính tổng hợp số liệu, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/02/2026. Sở Xây dựng có trách nhiệm phối hợp với Sở Tài chính kiểm tra các công trình chậm tiến độ.

Nơi nhận:
- Như trên;
- Lưu: VT.
`;
    const { e } = await run(text);
    expect(e.tasks.map((x) => [x.lead[0]?.name, x.leadRule, x.deadline?.due ?? null])).toEqual([
      ['Sở Tài chính', 'lead.giao', '2026-02-20'],
      ['Sở Xây dựng', 'lead.subject', null],
    ]);
    expect(e.tasks[1]!.coordinate.map((l) => l.name)).toEqual(['Sở Tài chính']);
  });
});

describe('tables of a converted document through the whole pipeline', () => {
  it('reads tab-separated cells although normalisation turns tabs into spaces', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createEngine } = await import('../../src/engine.js');
    const dir = mkdtempSync(join(tmpdir(), 'congvan-tabs-'));
    const engine = await createEngine();
    try {
      const text = `${HEAD}Các nhiệm vụ được phân công như sau:\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành\n1\tCập nhật cơ sở dữ liệu đất đai\tSở Nông nghiệp và Môi trường\t31/10/2026\n2\tTổng hợp báo cáo kết quả\tSở Tài chính\tNăm 2026\n`;
      writeFileSync(join(dir, 'plan.txt'), text);
      const doc = await engine.process(join(dir, 'plan.txt'));
      const t = doc.extraction!.tasks;
      expect(t.map((x) => [x.id, x.rule, x.lead[0]?.name, x.deadline?.due])).toEqual([
        ['1', 'task.table', 'Sở Nông nghiệp và Môi trường', '2026-10-31'],
        ['2', 'task.table', 'Sở Tài chính', '2026-12-31'],
      ]);
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('deadline cells of tables', () => {
  it('reads a dash before the year, a later year after quarters, recurring months and plans', async () => {
    const { cellDeadline } = await import('../../src/extract/forms/table.js');
    const cell = (t: string) => cellDeadline({ text: t, year: 2026 }, [{ start: 0, end: t.length }]);
    expect(cell('Quý IV-2025')).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
    expect(cell('Quý III, IV/2026, 2027')).toMatchObject({
      kind: 'year',
      due: '2027-12-31',
      all: [
        { kind: 'quarter', due: '2026-12-31', text: 'Quý III, IV/2026' },
        { kind: 'year', due: '2027-12-31', text: '2027' },
      ],
    });
    expect(cell('Tháng 12 hằng năm')?.kind).toBe('recurring');
    expect(cell('Thường xuyên, định kỳ hằng quý báo cáo')?.kind).toBe('recurring');
    expect(cell('Thực hiện thường xuyên.')?.kind).toBe('recurring');
    expect(cell('Theo kế hoạch công tác hằng năm')?.kind).toBe('other');
    expect(cell('Quý II/2026')).toMatchObject({ kind: 'quarter', due: '2026-06-30' });
  });

  it('gives a span of years its last year', async () => {
    const { cellDeadline } = await import('../../src/extract/forms/table.js');
    const cell = (t: string) => cellDeadline({ text: t, year: 2026 }, [{ start: 0, end: t.length }]);
    expect(cell('Năm 2026 - 2027')).toMatchObject({ kind: 'year', due: '2027-12-31' });
    expect(cell('Giai đoạn 2026-2030')).toMatchObject({ kind: 'year', due: '2030-12-31' });
    expect(cell('Từ năm 2024 đến năm 2026')).toMatchObject({ kind: 'year', due: '2026-12-31' });
    expect(cell('Năm 2026')).toMatchObject({ kind: 'year', due: '2026-12-31' });
  });
});
