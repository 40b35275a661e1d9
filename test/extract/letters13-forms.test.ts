// Letter forms of branch letters13 (issue 9): made-up provincial letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';
import { run, byId, leads, coords } from './helpers.js';


const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 1234/UBND-KT Thanh Hóa, ngày 10 tháng 11 năm 2026\nV/v tăng cường quản lý chất thải rắn sinh hoạt\n' +
  'Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường.\n' +
  'Để quản lý chất thải rắn sinh hoạt, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n';

describe('letters13 forms', () => {
  it('task.clause-subjects: each ";" clause with a subject of its own is a task (n.1, n.2 ...)', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Xây dựng chủ trì rà soát quy hoạch các khu xử lý chất thải; Sở Tài chính hướng dẫn cơ chế hỗ trợ đầu tư; ' +
        'Ủy ban nhân dân các xã, phường tổ chức thu gom chất thải đúng quy định.\n' +
        '2. Sở Y tế kiểm tra chất thải y tế; hướng dẫn các bệnh viện phân loại chất thải.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '1.3', '2']);
    expect(t['1.1']!.rule).toBe('task.clause-subjects');
    expect(leads(t['1.2'])).toEqual(['Sở Tài chính']);
    expect(t['1.2']!.action).toMatch(/^Hướng dẫn cơ chế/);
    expect(leads(t['1.3'])).toEqual(['Ủy ban nhân dân các xã, phường']);
    // (A clause without a subject of its own is more of the same task.)
    expect(leads(t['2'])).toEqual(['Sở Y tế']);
  });

  it('task.clause-subjects: a point that opens with its verb (its subject inherited) and a ";" clause with a subject of its own', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Tài chính:\n- Bố trí kinh phí thực hiện; Sở Xây dựng hướng dẫn kỹ thuật xây dựng bãi chôn lấp.\n' +
        '- Thẩm định dự toán (Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng; Sở Tư pháp tham mưu).\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1.1', '1.1.2', '1.2']);
    expect(leads(t['1.1.1'])).toEqual(['Sở Tài chính']);
    expect(leads(t['1.1.2'])).toEqual(['Sở Xây dựng']);
  });

  it('task.clause-subjects: a ";" inside the subject\'s list splits nothing', async () => {
    const { e } = await run(
      HEAD + '1. Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm tuyên truyền việc phân loại rác.\n' + TAIL,
    );
    expect(e.tasks.map((x) => x.id)).toEqual(['1']);
    expect(leads(e.tasks[0])).toEqual(['Thủ trưởng các sở, ban, ngành cấp tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
  });

  it('coordinate.partner-after: "...; Sở B phối hợp thực hiện." coordinates and is no task', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Nông nghiệp và Môi trường khẩn trương hoàn thiện dự thảo quy định về quản lý chất thải rắn, trình Ủy ban nhân dân tỉnh ' +
        'trong tháng 12 năm 2026; Sở Tư pháp phối hợp thực hiện.\n' +
        '2. Sở Xây dựng rà soát các bãi chôn lấp. Công an tỉnh và Sở Tài chính cùng phối hợp.\n' +
        '3. Sở Y tế chủ trì kiểm tra an toàn thực phẩm; Sở Công Thương phối hợp với Sở Y tế kiểm tra các chợ đầu mối.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (A partner with work of its own after "phối hợp với ..." leads a task of its own.)
    expect(Object.keys(t).sort()).toEqual(['1', '2', '3.1', '3.2']);
    expect(leads(t['3.2'])).toEqual(['Sở Công Thương']);
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t['1'])).toEqual(['Sở Tư pháp']);
    expect(t['1']!.action).not.toMatch(/Tư pháp/);
    expect(coords(t['2'])).toEqual(['Công an tỉnh', 'Sở Tài chính']);
  });

  it('agency.titled-colon-named: a title over a colon list of known bodies is each body\'s head', async () => {
    const { e } = await run(
      HEAD +
        '1. Thủ trưởng các cơ quan: Công an tỉnh, Sở Y tế tổ chức trực ban trong dịp Tết.\n' +
        '2. Người đứng đầu các cơ quan, đơn vị: Sở Tài chính, Thanh tra tỉnh, Kho bạc khu vực kiểm tra việc sử dụng kinh phí.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Thủ trưởng Công an tỉnh', 'Thủ trưởng Sở Y tế']);
    expect(t['1']!.action).toMatch(/^Tổ chức trực ban/);
    // (Not when a name of the list is unknown: the title and its collective lead, as printed.)
    expect(leads(t['2'])).toEqual(['Người đứng đầu các cơ quan, đơn vị']);
  });

  it('agency.lower-places: "các huyện: A, B" is each place\'s body; "các xã, phường: A, B" one lead as printed', async () => {
    const { e } = await run(
      HEAD +
        '1. Chủ tịch Ủy ban nhân dân các huyện: Như Thanh, Thường Xuân và Lang Chánh báo cáo thiệt hại trước ngày 20/11/2026.\n' +
        '2. Chủ tịch Ủy ban nhân dân các xã, phường: Quảng Phú, Hoằng Hóa, Nga Sơn khẩn trương di dời bãi rác tạm.\n' +
        '3. Ủy ban nhân dân các xã: Hợp Lý, Hợp Thắng và các đơn vị liên quan tổ chức thu gom.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Chủ tịch Ủy ban nhân dân huyện Như Thanh', 'Chủ tịch Ủy ban nhân dân huyện Thường Xuân', 'Chủ tịch Ủy ban nhân dân huyện Lang Chánh']);
    expect(t['1']!.action).toMatch(/^Báo cáo thiệt hại/);
    expect(leads(t['2'])).toEqual(['Chủ tịch Ủy ban nhân dân các xã, phường: Quảng Phú, Hoằng Hóa, Nga Sơn']);
    expect(t['2']!.action).toMatch(/^Khẩn trương di dời/);
    expect(leads(t['3'])?.[0]).toBe('Ủy ban nhân dân xã Hợp Lý');
  });

  it('agency.back-in-list: "các tỉnh nêu trên và Bộ trưởng các Bộ" asks both', async () => {
    const { e } = await run(
      'CÔNG ĐIỆN\nVề việc ứng phó mưa lớn\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n' +
        '- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Gia Lai.\n' +
        'Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh nêu trên và Bộ trưởng các Bộ ' +
        'tập trung chỉ đạo các công việc sau:\n1. Rà soát, sẵn sàng sơ tán người dân ở vùng trũng thấp.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nPhạm Minh Chính\n',
    );
    const names = leads(e.tasks[0]) ?? [];
    expect(names.some((n) => n.startsWith('Chủ tịch Ủy ban nhân dân tỉnh'))).toBe(true);
    expect(names.some((n) => n.startsWith('Bộ trưởng'))).toBe(true);
  });

  it('task.closing-notice: "<issuer> thông báo để ... biết, thực hiện./." ends the last point; "cân đối" is a verb of work', async () => {
    const { e } = await run(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 777/TB-VPCP Hà Nội, ngày 20 tháng 11 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ về dự án đường sắt\n' +
        'Sau khi nghe báo cáo của Bộ Xây dựng, Phó Thủ tướng Chính phủ kết luận như sau:\n' +
        '1. Bộ Tài chính cân đối, bố trí vốn cho dự án trước ngày 31 tháng 12 năm 2026. Bộ Xây dựng hướng dẫn các địa phương lập kế hoạch.\n' +
        '2. Ủy ban nhân dân các tỉnh:\na) Tập trung giải phóng mặt bằng.\nb) Báo cáo tiến độ hằng tuần về Bộ Xây dựng.\n' +
        'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\nNơi nhận:\n- Lưu: VT, CN.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Sơn\n',
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(leads(t['1.2'])).toEqual(['Bộ Xây dựng']);
    expect(leads(t['2.2'])).toEqual(['Ủy ban nhân dân các tỉnh']);
    expect(t['2.2']!.action).toMatch(/^Báo cáo tiến độ/);
  });

  it('lead.heading-narrowed and item.paren-number: "các tỉnh có dự án đi qua:" over "(1)", "(2)" points', async () => {
    const { e } = await run(
      HEAD +
        '1. Ủy ban nhân dân các xã có tuyến đê đi qua:\n(1) Kiểm tra các điểm xung yếu.\n(2) Báo cáo tình hình hằng tuần về Sở Nông nghiệp và Môi trường.\n' +
        '2. Sở Tài chính bố trí kinh phí.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2']);
    expect(leads(t['1.1'])).toEqual(['Ủy ban nhân dân các xã có tuyến đê đi qua']);
    expect(t['1.2']!.action).toMatch(/^Báo cáo tình hình/);
  });

  it('task.frame-only: "Giao X theo chức năng, nhiệm vụ được giao khẩn trương thực hiện các nhiệm vụ sau:" is no task; X leads the points', async () => {
    const { e } = await run(
      HEAD +
        '1. Giao các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao khẩn trương thực hiện các nhiệm vụ sau:\n' +
        'a) Hoàn thành thu gom rác tồn đọng trong tháng 12 năm 2026.\nb) Bố trí đủ kinh phí cho việc xử lý.\n' +
        '2. Giao Sở Xây dựng chủ trì hoàn thiện quy hoạch các khu xử lý, trình Ủy ban nhân dân tỉnh trong quý I năm 2027; cụ thể như sau:\n' +
        '- Lấy ý kiến các địa phương.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2', '2.1']);
    expect(leads(t['1.2'])).toEqual(['Các sở, ngành, địa phương']);
  });

  it('agency.level-pair after a known name, and collectives of the press and of neighbouring places', async () => {
    const gaz = await loadGazetteer();
    const names = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);
    expect(names('Bảo hiểm xã hội tỉnh, thành phố và các cơ quan liên quan bảo đảm')).toEqual(['Bảo hiểm xã hội tỉnh, thành phố', 'Các cơ quan liên quan']);
    expect(names('Công an tỉnh, thành phố trực thuộc Trung ương kiểm tra')).toEqual(['Công an tỉnh, thành phố trực thuộc Trung ương']);
    expect(names('Công an tỉnh, thành phố Cần Thơ kiểm tra')).toEqual(['Công an tỉnh', 'Thành phố Cần Thơ']);
    expect(names('các cơ quan thông tấn, báo chí đưa tin')).toEqual(['Các cơ quan thông tấn, báo chí']);
    expect(names('Ủy ban nhân dân các tỉnh, thành phố lân cận kiểm tra')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố lân cận']);
    // (agency.va-new-body: "UBND" after "và" opens a body of its own too.)
    expect(names('Bộ Công an và UBND các tỉnh, thành phố tổ chức')).toEqual(['Bộ Công an', 'UBND các tỉnh, thành phố']);
  });

  it('reference.number-list and reference.issuer-before-kind', async () => {
    const { e } = await run(
      HEAD.replace('Để quản lý', 'Căn cứ các Công văn số 5, 6 và 7/SYT-KHTC ngày 12/3/2026 của Sở Y tế; Quyết định số 15/QĐ-UBND ngày 02/02/2026 ' +
        'của Văn phòng Chính phủ và Công điện số 45/CĐ-TTg ngày 06/3/2026 của Thủ tướng Chính phủ. Để quản lý') +
        '1. Sở Y tế báo cáo kết quả.\n' +
        TAIL,
    );
    const r = Object.fromEntries(e.references.map((x) => [x.number, x]));
    expect(Object.keys(r)).toEqual(['5/SYT-KHTC', '6/SYT-KHTC', '7/SYT-KHTC', '15/QĐ-UBND', '45/CĐ-TTg']);
    expect(r['5/SYT-KHTC']).toMatchObject({ type: 'Công văn', date: '2026-03-12', issuer: 'Sở Y tế', rule: 'reference.number-list' });
    expect(r['6/SYT-KHTC']).toMatchObject({ type: 'Công văn', date: '2026-03-12', issuer: 'Sở Y tế' });
    expect(r['15/QĐ-UBND']!.issuer).toBe('Văn phòng Chính phủ');
    expect(r['45/CĐ-TTg']!.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('references: OCR spaces inside a number and a lost Đ are read as the symbol', async () => {
    const { e } = await run(
      HEAD.replace('Để quản lý', 'Thực hiện Quyết định số 15/QD-UBND ngày 02/02/2026, Công văn số 220 /UBND- VX ngày 03/02/2026 và Kết luận số 12 - KL/TW ' +
        'ngày 05/3/2026 của Ban Bí thư. Để quản lý') + '1. Sở Y tế báo cáo kết quả.\n' + TAIL,
    );
    expect(e.references.map((x) => x.number)).toEqual(['15/QĐ-UBND', '220/UBND-VX', '12-KL/TW']);
  });
});
