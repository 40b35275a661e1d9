// Letter forms of branch letters16 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';


const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 215/UBND-KT\nĐiện Biên, ngày 12 tháng 4 năm 2026\nV/v phòng, chống cháy rừng mùa khô\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nQuàng Văn Tú\n';

describe('letters16 forms', () => {
  it('a title list without "các" over an item: one lead per title, the list as printed', async () => {
    const { e } = await run(
      'THỦ TƯỚNG CHÍNH PHỦ\nSố: 40/CĐ-TTg\nHà Nội, ngày 02 tháng 5 năm 2026\nCÔNG ĐIỆN\nVề việc bảo đảm nguồn nước mùa khô\n' +
        'THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công Thương;\n' +
        '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n' +
        'Để chủ động ứng phó với hạn hán, Thủ tướng Chính phủ yêu cầu:\n' +
        '1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ' +
        'theo chức năng, nhiệm vụ được giao tập trung chỉ đạo bảo đảm nước sinh hoạt cho người dân.\n' +
        '2. Bộ trưởng Bộ Công Thương chỉ đạo vận hành các hồ thủy điện hợp lý.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Văn An\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual([
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    ]);
  });

  it('heading lines "Người đứng đầu ...; Chủ tịch ...:" over points lead each point', async () => {
    const { e } = await run(
      HEAD +
        'Để chủ động phòng, chống cháy rừng, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        'Người đứng đầu các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:\n' +
        '- Tổ chức trực phòng cháy 24/24 giờ trong mùa khô.\n' +
        '- Kiểm tra các điểm có nguy cơ cháy cao, báo cáo Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    for (const k of ['1', '2'])
      expect(leads(t[k])).toEqual(['Người đứng đầu các sở, ban, ngành tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
  });

  it('a title over "các ..., các ...; Chủ tịch ..." heads each part up to the semicolon (agency.title-semicolon)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh; ' +
        'Chủ tịch Ủy ban nhân dân các xã, phường\n' +
        '- Phân công cán bộ trực chỉ huy chữa cháy.\n' +
        '- Báo cáo kết quả về Sở Nông nghiệp và Môi trường.\n' +
        '2. Sở Tài chính bố trí kinh phí chữa cháy.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    for (const k of ['1.1', '1.2'])
      expect(leads(t[k])).toEqual([
        'Người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh',
        'Chủ tịch Ủy ban nhân dân các xã, phường',
      ]);
  });

  it('a title over "các A, B, các C thuộc tỉnh, Chủ tịch ...": the title heads up to the next title; "các cơ quan đơn vị" is one collective', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh chỉ thị Thủ trưởng các sở, ban, ngành, đoàn thể, các cơ quan đơn vị thuộc tỉnh, Chủ tịch Ủy ban nhân dân ' +
        'các xã, phường tổ chức thực hiện những nội dung sau đây:\n' +
        '1. Tổ chức trực phòng cháy 24/24 giờ trong mùa khô.\n' +
        '2. Kiểm tra các điểm có nguy cơ cháy cao, báo cáo Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Thủ trưởng các sở, ban, ngành, đoàn thể, các cơ quan đơn vị thuộc tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
  });

  it('"..., Mặt trận, đoàn thể <verb>" in the opening: the Front and the unions lead too, as printed (agency.front-bare)', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 15/CT-UBND\nĐiện Biên, ngày 12 tháng 4 năm 2026\nCHỈ THỊ\nVề phòng, chống cháy rừng mùa khô\n' +
        'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường, Mặt trận, đoàn thể tăng cường thực hiện các nội dung sau:\n' +
        '1. Tổ chức trực phòng cháy 24/24 giờ trong mùa khô.\n' +
        '2. Kiểm tra các điểm có nguy cơ cháy cao, báo cáo Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])?.map((n) => n.toLowerCase())).toEqual(['các sở, ban, ngành', 'ủy ban nhân dân các xã, phường', 'mặt trận', 'đoàn thể']);
  });

  it('"Giao Sở X - Cơ quan thường trực Ban Y <verb>": X leads, the work starts at the verb (agency.role-after-dash)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh có ý kiến như sau:\n' +
        '1. Giao Sở Nông nghiệp và Môi trường - Cơ quan Thường trực Ban Chỉ huy phòng chống thiên tai tỉnh đôn đốc các xã khẩn trương triển khai thực hiện.\n' +
        '2. Giao Sở Tài chính - cơ quan đầu mối tổng hợp kinh phí, báo cáo Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(t['1']!.action).toMatch(/^Đôn đốc các xã/);
    expect(leads(t['2'])).toEqual(['Sở Tài chính']);
    expect(t['2']!.action).toMatch(/^Tổng hợp kinh phí/);
  });

  it("an item's own subject wins over the opening sentence's addressees", async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các sở, ngành, Ủy ban nhân dân các xã, phường thực hiện các nội dung sau:\n' +
        '1. Tăng cường tuyên truyền cho người dân sống gần rừng.\n' +
        '2. Sở Nông nghiệp và Môi trường khẩn trương rà soát phương án chữa cháy rừng, hoàn thành trước ngày 30/4/2026.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('a lead named by its "(sau đây viết tắt là ...)" short form: the short form, its abbreviation written out (dev gold)', async () => {
    const { e } = await run(
      'BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 88/BHXH-CSYT\nHà Nội, ngày 20 tháng 4 năm 2026\nV/v thanh toán chi phí khám bệnh\n' +
        'Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.\n' +
        'Bảo hiểm xã hội Việt Nam đề nghị Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương (sau đây viết tắt là BHXH các tỉnh) ' +
        'thực hiện một số nội dung sau:\n' +
        '1. Giao BHXH các tỉnh rà soát hồ sơ đề nghị thanh toán chi phí khám bệnh của cơ sở y tế.\n' +
        '2. Tổng hợp kết quả, báo cáo Bảo hiểm xã hội Việt Nam trước ngày 31/5/2026.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\nTrần Văn Bình\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bảo hiểm xã hội các tỉnh']);
  });

  it('a closing instruction after the numbered items is a task of its own', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường kiểm tra phương án chữa cháy của các chủ rừng.\n' +
        '2. Công an tỉnh bố trí lực lượng hỗ trợ khi có cháy lớn.\n' +
        'Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    const l = e.tasks.map((t) => leads(t)?.join());
    expect(l).toContain('Văn phòng Ủy ban nhân dân tỉnh');
  });

  it('"Ủy ban nhân dân các phường: A, B" gives one lead per ward', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh có ý kiến như sau:\n' +
        '1. Ủy ban nhân dân các phường: Tân Thanh, Him Lam kiểm tra, xử lý các điểm đốt nương rẫy trái phép.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Ủy ban nhân dân phường Tân Thanh', 'Ủy ban nhân dân phường Him Lam']);
  });

  it('a THÔNG BÁO under a place line whose day is blank is typed Thông báo, and the place is read (header.type.past-blank-date, header.place.blank-date)', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố:      /TB-UBND\nĐiện Biên, ngày     tháng     năm\n\nTHÔNG BÁO\n\n' +
        'Về việc tạm dừng hoạt động đốt nương\n\n' +
        'Ủy ban nhân dân tỉnh đề nghị các hộ gia đình tạm dừng mọi hoạt động đốt nương rẫy từ ngày 15/4/2026.\n' +
        TAIL,
    );
    expect(e.document.type).toBe('Thông báo');
    expect(e.document.place).toBe('Điện Biên');
  });

  it('a THÔNG BÁO over "Về việc" is typed Thông báo', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 77/TB-UBND\nĐiện Biên, ngày 12 tháng 4 năm 2026\nTHÔNG BÁO\n' +
        'Về việc tạm dừng hoạt động đốt nương\n' +
        'Ủy ban nhân dân tỉnh thông báo tạm dừng mọi hoạt động đốt nương rẫy từ ngày 15/4/2026.\n' +
        TAIL,
    );
    expect(e.document.type).toBe('Thông báo');
  });
});
