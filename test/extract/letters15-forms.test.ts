// Letter forms of branch letters15 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads, coords } from './helpers.js';


const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 120/UBND-VX\nLai Châu, ngày 10 tháng 3 năm 2026\nV/v tăng cường quản lý chợ dân sinh\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Minh\n';

describe('letters15 forms', () => {
  it('"1. X chủ trì, phối hợp với Y:" over points that name no partner: X leads each point, Y coordinates each', async () => {
    const { e } = await run(
      HEAD +
        'Để bảo đảm trật tự tại các chợ, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan và Ủy ban nhân dân các xã, phường:\n' +
        'a) Rà soát hiện trạng các chợ dân sinh trên địa bàn tỉnh.\n' +
        'b) Đề xuất phương án cải tạo các chợ xuống cấp, báo cáo Ủy ban nhân dân tỉnh.\n' +
        '2. Công an tỉnh chỉ đạo lực lượng bảo đảm an ninh tại các chợ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    for (const k of ['1.1', '1.2']) {
      expect(leads(t[k])).toEqual(['Sở Công Thương']);
      expect(coords(t[k])).toEqual(['Các sở, ngành liên quan', 'Ủy ban nhân dân các xã, phường']);
    }
    expect(t['1']).toBeUndefined();
  });

  it('"1. Đối với Sở X:" over dashes: X leads each dash', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n' +
        '1. Đối với Sở Y tế:\n- Kiểm tra an toàn thực phẩm tại các chợ.\n- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n' +
        '2. Đối với Ủy ban nhân dân các xã, phường:\n- Bố trí lực lượng quản lý chợ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Sở Y tế']);
    expect(leads(t['1.2'])).toEqual(['Sở Y tế']);
    expect(leads(t['2.1'])).toEqual(['Ủy ban nhân dân các xã, phường']);
  });

  it('"Giao X chủ trì, phối hợp với Y, Z và các cơ quan liên quan <long work>": X leads, Y, Z and the rest coordinate', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh có ý kiến như sau:\n' +
        '1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp và các cơ quan liên quan rà soát, tham mưu sắp xếp ' +
        'các ban quản lý chợ, bảo đảm tinh gọn, hiệu quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\n' +
        '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động tiểu thương chấp hành quy định.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Nội vụ']);
    expect(coords(t['1'])).toEqual(['Sở Tài chính', 'Sở Tư pháp', 'Các cơ quan liên quan']);
    expect(t['1']!.deadline?.due).toBe('2026-06-30');
    expect(leads(t['2'])).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
  });

  it('a lead stated once in the opening sentence is inherited by the items', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan thực hiện các nội dung sau:\n' +
        '1. Rà soát quy hoạch mạng lưới chợ trên địa bàn tỉnh.\n2. Hướng dẫn các xã, phường xây dựng nội quy chợ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Công Thương']);
    expect(leads(t['2'])).toEqual(['Sở Công Thương']);
  });

  it('"Các sở, ban, ngành, Ủy ban nhân dân các xã, phường <verb>": both collectives lead', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tổ chức quán triệt nội dung Công văn này.\n' +
        '2. Giám đốc Sở Tài chính chỉ đạo bố trí kinh phí cải tạo chợ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (The collective runs on as the Kính gửi line prints it, agency.addressee-longer.)
    expect(leads(t['1'])).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường']);
    expect(leads(t['2'])).toEqual(['Giám đốc Sở Tài chính']);
  });
});

describe('letters15 working-session notices', () => {
  const notice = (closing: string) =>
    'VĂN PHÒNG CHÍNH PHỦ\nSố: 412/TB-VPCP\nHà Nội, ngày 20 tháng 5 năm 2026\nTHÔNG BÁO\n' +
    'Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Lai Châu\n' +
    'Ngày 12 tháng 5 năm 2026, Phó Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh Lai Châu về phát triển du lịch. ' +
    'Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n' +
    '1. Khẩn trương hoàn thiện quy hoạch các khu du lịch trọng điểm, hoàn thành trong tháng 9 năm 2026.\n' +
    '2. Tỉnh chủ động bố trí ngân sách địa phương để nâng cấp đường vào các bản du lịch.\n' +
    '3. Giao Bộ Xây dựng hướng dẫn Tỉnh thực hiện các thủ tục đầu tư.\n' +
    closing +
    '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Sơn\n';
  it('lead.session-closing-bare: a closing that names the place bare keeps the place as printed', async () => {
    const { e } = await run(notice('Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan và Tỉnh Lai Châu biết, thực hiện./.'));
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Tỉnh Lai Châu']);
    expect(leads(t['2'])).toEqual(['Tỉnh Lai Châu']);
    expect(leads(t['3'])).toEqual(['Bộ Xây dựng']);
  });
  it('lead.session-body still: a closing that names its Ủy ban nhân dân gives the Ủy ban nhân dân', async () => {
    const { e } = await run(notice('Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Lai Châu và các Bộ, cơ quan liên quan biết, thực hiện./.'));
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Ủy ban nhân dân tỉnh Lai Châu']);
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân tỉnh Lai Châu']);
  });
});

describe('letters15 headings that point back', () => {
  it('lead.heading-named-above: "2. Các Sở Y tế nêu trên" over dashes is the Kính gửi addressee it points back to', async () => {
    const { e } = await run(
      'BỘ Y TẾ\nSố: 55/CĐ-BYT\nHà Nội, ngày 10 tháng 3 năm 2026\nCÔNG ĐIỆN\nVề việc phòng chống dịch sốt xuất huyết\nBỘ TRƯỞNG BỘ Y TẾ điện:\n' +
        '- Cục Phòng bệnh;\n- Sở Y tế các tỉnh, thành phố: Lai Châu, Điện Biên, Hải Phòng.\n' +
        'Để chủ động phòng chống dịch, Bộ Y tế yêu cầu các cơ quan, đơn vị:\n' +
        '1. Cục Phòng bệnh\n- Theo dõi sát tình hình dịch bệnh.\n- Hướng dẫn các địa phương giám sát ổ dịch.\n' +
        '2. Các Sở Y tế nêu trên\n- Chỉ đạo các cơ sở y tế sẵn sàng thu dung người bệnh.\n- Tổ chức phun hóa chất diệt muỗi tại các ổ dịch.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nĐào Hồng Lan\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Cục Phòng bệnh']);
    expect(leads(t['2.1'])).toEqual(['Các Sở Y tế các tỉnh, thành phố: Lai Châu, Điện Biên, Hải Phòng']);
    expect(leads(t['2.2'])).toEqual(['Các Sở Y tế các tỉnh, thành phố: Lai Châu, Điện Biên, Hải Phòng']);
  });
});

describe('letters15 bodies named by their function', () => {
  it('lead.function-body: "Cơ quan thuế khẩn trương ..." leads, as printed', async () => {
    const { e } = await run(
      HEAD +
        'Để bảo đảm trật tự tại các chợ, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Cơ quan thuế khẩn trương hoàn thành việc kiểm tra các hộ kinh doanh tại chợ trước ngày 26/11/2026.\n' +
        '2. Cơ quan bảo hiểm xã hội hướng dẫn tiểu thương tham gia bảo hiểm.\n' +
        '3. Cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả trước ngày 15/12/2026.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Cơ quan thuế']);
    expect(t['1']!.action).toMatch(/^Khẩn trương hoàn thành/);
    expect(leads(t['2'])).toEqual(['Cơ quan bảo hiểm xã hội']);
    // ("Cơ quan, đơn vị ..." is no function: not this rule.)
    expect(t['3']?.leadRule).not.toBe('lead.function-body');
  });
});

describe('letters15 bare partners', () => {
  it('coordinate.bare-local: "phối hợp với địa phương" names the local authorities as partners', async () => {
    const { e } = await run(
      HEAD +
        'Để bảo đảm trật tự tại các chợ, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Công an tỉnh chủ động phối hợp với địa phương chỉ đạo lực lượng bảo đảm an ninh tại các chợ.\n' +
        '2. Sở Công Thương phối hợp với các địa phương rà soát mạng lưới chợ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Công an tỉnh']);
    expect(coords(t['1'])).toEqual(['Địa phương']);
    expect(coords(t['2'])).toEqual(['Các địa phương']);
  });
});
