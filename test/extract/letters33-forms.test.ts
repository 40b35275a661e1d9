// Letter forms of the letters33 round (issue 9). Made-up letters of a made-up province; no text from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const END = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNgô Thanh Bình\n';

describe('letters33 task.bare-ask-sentences', () => {
  it('"<issuer> yêu cầu:" with no one named, then paragraphs that each name a body and its work: one task each', async () => {
    const { e } = await run(
      'SỞ GIAO THÔNG VẬN TẢI TỈNH KHÁNH ĐÔNG\nSố: 903/SGTVT-QLCL\nKhánh Đông, ngày 02 tháng 3 năm 2027\n' +
        'V/v bảo đảm chất lượng công trình mùa mưa\nKính gửi:\n- Trung tâm Kiểm định chất lượng công trình;\n- Phòng Quản lý chất lượng.\n' +
        'Qua kiểm tra hiện trường tháng 02 năm 2027, một số công trình còn để hở mặt đường thi công dở dang.\n' +
        'Để bảo đảm chất lượng công trình trong mùa mưa, Giám đốc Sở yêu cầu:\n' +
        'Trung tâm Kiểm định chất lượng công trình kiểm tra hệ thống thoát nước tạm tại các công trường, hoàn thành trước ngày 20/3/2027.\n' +
        'Phòng Quản lý chất lượng bố trí đủ máy bơm, bạt che vật liệu tại mỗi mũi thi công.\n' +
        END,
    );
    expect(e.tasks.map((t) => t.rule)).toEqual(['task.bare-ask-sentences', 'task.bare-ask-sentences']);
    expect(leads(e.tasks[0])).toEqual(['Trung tâm Kiểm định chất lượng công trình']);
    expect(e.tasks[0]!.deadline?.due).toBe('2027-03-20');
    expect(leads(e.tasks[1])).toEqual(['Phòng Quản lý chất lượng']);
  });
});

describe('letters33 task.closing-issuer-giao', () => {
  it('after the points it asks of the addressees, "<the issuer> giao <its unit> ..." is a task of that unit, not more of the last point', async () => {
    const { e } = await run(
      'BỘ XÂY DỰNG\nSố: 5120/BXD-KTXD\nHà Nội, ngày 11 tháng 01 năm 2027\nV/v công bố giá vật liệu xây dựng\n' +
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n' +
        'Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo:\n' +
        'a) Công bố giá vật liệu xây dựng hằng tháng trên cổng thông tin điện tử của tỉnh.\n' +
        'b) Rà soát đơn giá nhân công xây dựng trên địa bàn.\n' +
        'Bộ Xây dựng giao Vụ Kế hoạch - Tài chính chủ trì, theo dõi việc công bố giá của các địa phương trong Quý I năm 2027.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐặng Quốc Hưng\n',
    );
    const t = e.tasks.find((x) => x.rule === 'task.closing-issuer-giao');
    expect(leads(t)).toEqual(["Vụ Kế hoạch - Tài chính"]);
    expect(t?.deadline?.due).toBe('2027-03-31');
    expect(e.tasks.filter((x) => x.rule !== 'task.closing-issuer-giao').map((x) => leads(x))).toEqual([
      ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
      ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ]);
  });
});

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH KHÁNH ĐÔNG\nSố: 77/UBND-NC\nKhánh Đông, ngày 05 tháng 02 năm 2027\nV/v phổ biến pháp luật năm 2027\n' +
  'Kính gửi:\n- Sở Tư pháp;\n- Sở Nội vụ;\n- Ủy ban nhân dân các xã.\n';

describe('letters33 lead.role-bracket', () => {
  it('"<body> (<its role>) <verb> ...": the body leads, not the addressees', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh có ý kiến như sau:\n' +
        '1. Sở Tư pháp (cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh) hướng dẫn các xã xây dựng kế hoạch năm 2027.\n' +
        '2. Sở Nội vụ bố trí biên chế công chức tư pháp cho các xã còn thiếu.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['1'])).toEqual(['Sở Tư pháp']);
    expect(byId(e.tasks)['1']!.action).toMatch(/^Hướng dẫn các xã/);
  });
});

describe('letters33 task.skip.approval-thong-nhat', () => {
  it('"Thống nhất chủ trương ..." is the issuer\'s consent, no task; the item that assigns after it is', async () => {
    const { e } = await run(
      HEAD +
        'Xét đề nghị của Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 20/01/2027, Ủy ban nhân dân tỉnh có ý kiến như sau:\n' +
        '1. Thống nhất chủ trương tổ chức Ngày Pháp luật tỉnh năm 2027 theo đề nghị của Sở Tư pháp.\n' +
        '2. Giao Sở Tư pháp xây dựng kế hoạch tổ chức, trình Ủy ban nhân dân tỉnh trước ngày 15/3/2027.\n' +
        END,
    );
    expect(byId(e.tasks)['1']).toBeUndefined();
    expect(leads(byId(e.tasks)['2'])).toEqual(['Sở Tư pháp']);
  });
});

describe('letters33 lead.addressee-name', () => {
  it('a sentence opening with an addressee\'s whole name, which holds a verb ("giao thông", "thi công"), then its verb: that addressee leads', async () => {
    const { e } = await run(
      'SỞ XÂY DỰNG TỈNH KHÁNH ĐÔNG\nSố: 904/SXD-QLCL\nKhánh Đông, ngày 03 tháng 3 năm 2027\nV/v thi công trong mùa mưa\n' +
        'Kính gửi:\n- Ban Quản lý dự án giao thông nông thôn;\n- Các nhà thầu thi công.\n' +
        'Giám đốc Sở yêu cầu:\n' +
        'Ban Quản lý dự án giao thông nông thôn rà soát tiến độ các gói thầu, báo cáo Sở trước ngày 25/3/2027.\n' +
        'Các nhà thầu thi công che chắn vật liệu, bố trí biển cảnh báo tại các đoạn đang thi công.\n' +
        END,
    );
    expect(e.tasks.map((t) => leads(t))).toEqual([['Ban Quản lý dự án giao thông nông thôn'], ['Các nhà thầu thi công']]);
    expect(e.tasks[0]!.action).toMatch(/^Rà soát tiến độ/);
  });
});

describe('letters33 lead.lead-in-semicolons', () => {
  it('"Yêu cầu <bodies>; <bodies> thực hiện các nội dung sau:" over numbered items: all the bodies asked lead, not the Kính gửi list', async () => {
    const { e } = await run(
      HEAD +
        'Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã thực hiện các nội dung sau:\n' +
        '1. Rà soát văn bản quy phạm pháp luật do cơ quan, đơn vị mình ban hành.\n2. Báo cáo kết quả rà soát trước ngày 30/4/2027.\n' +
        END,
    );
    const want = ['Giám đốc các sở', 'Thủ trưởng các ban, ngành tỉnh', 'Chủ tịch Ủy ban nhân dân các xã'];
    expect(leads(byId(e.tasks)['1'])).toEqual(want);
    expect(leads(byId(e.tasks)['2'])).toEqual(want);
  });
});

describe('letters33 lead.block-title-giao', () => {
  it('"3. Đề nghị <body> <work>." over "Thời gian hoàn thành: ...": the body asked leads, not the Kính gửi list', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị:\n' +
        '1. Sở Tư pháp biên soạn tài liệu phổ biến pháp luật cho đồng bào dân tộc thiểu số.\n' +
        '2. Đề nghị Ủy ban nhân dân các xã tổ chức đối thoại chính sách với Nhân dân tại nhà văn hóa thôn.\n' +
        'Thời gian hoàn thành: trong tháng 6 năm 2027.\n' +
        END,
    );
    const t = byId(e.tasks)['2'];
    expect(leads(t)).toEqual(['Ủy ban nhân dân các xã']);
    expect(t?.leadRule).toBe('lead.block-title-giao');
    expect(t?.action).toMatch(/^Tổ chức đối thoại/);
    expect(t?.deadline?.due).toBe('2027-06-30');
  });
});

describe('letters33 task.closing-duty', () => {
  it('after the last numbered item, "<body> có trách nhiệm ..." is that body\'s task; the item keeps its own work', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị:\n' +
        '1. Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết.\n' +
        '2. Gửi danh mục đề xuất cắt giảm về Sở Tư pháp trước ngày 10/4/2027.\n' +
        'Sở Tư pháp có trách nhiệm tổng hợp, trình Ủy ban nhân dân tỉnh trước ngày 25/4/2027.\n' +
        END,
    );
    expect(byId(e.tasks)['2']!.action).toMatch(/^Gửi danh mục/);
    const t = e.tasks.find((x) => x.rule === 'task.closing-duty');
    expect(leads(t)).toEqual(['Sở Tư pháp']);
    expect(t?.deadline?.due).toBe('2027-04-25');
  });
});
