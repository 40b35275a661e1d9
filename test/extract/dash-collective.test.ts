// agency.dash-collective: "các sở - ngành", "Ủy ban nhân dân quận - huyện": a dash between collective nouns lists them.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('agency.dash-collective', () => {
  it('reads collectives joined by a dash as one name, as printed, and leaves a named body with a dash alone', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVề tăng cường quản lý\n\n' +
        '1. Thủ trưởng các sở - ngành, Chủ tịch Ủy ban nhân dân quận - huyện chỉ đạo rà soát hồ sơ đất đai.\n\n' +
        '2. Sở Lao động - Thương binh và Xã hội chỉ đạo rà soát hồ sơ chính sách.\n',
    );
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([
      ['Thủ trưởng các sở - ngành', 'Chủ tịch Ủy ban nhân dân quận - huyện'],
      ['Sở Lao động - Thương binh và Xã hội'],
    ]);
  });
});

describe('lead.relative-subject with a bare head', () => {
  it('"Cơ quan được giao chủ trì soạn thảo ... phải ...": the clause names the lead; the modal is not the work', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVề tăng cường quản lý\n\n1. Cơ quan được giao chủ trì soạn thảo văn bản phải lấy ý kiến của Sở Tư pháp.\n\n2. Cơ quan chủ trì soạn thảo có trách nhiệm gửi dự thảo đúng hạn.\n');
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.action])).toEqual([
      [['Cơ quan được giao chủ trì soạn thảo văn bản'], 'Lấy ý kiến của Sở Tư pháp'],
      [['Cơ quan chủ trì soạn thảo'], 'Gửi dự thảo đúng hạn'],
    ]);
  });
});

describe('agency.title-person', () => {
  it('"Phó Thủ tướng Trần Hồng Hà" is one lead, and "các Phó Thủ tướng" joins it', async () => {
    const { e } = await run('THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CĐ-TTg\n\nCÔNG ĐIỆN\nVề ứng phó bão\n\n1. Bộ Quốc phòng chỉ đạo lực lượng sẵn sàng cứu hộ.\n\n2. Giao Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo công tác ứng phó.\n\n3. Giao Phó Thủ tướng Trần Hồng Hà và các Phó Thủ tướng theo lĩnh vực được phân công chỉ đạo các bộ.\n');
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Bộ Quốc phòng'], ['Phó Thủ tướng Trần Hồng Hà'], ['Phó Thủ tướng Trần Hồng Hà', 'Các Phó Thủ tướng']]);
  });
});

describe('agency.titled-shared-head and agency.place-list', () => {
  it('reads "Bộ trưởng các Bộ: A, B", "các Bộ trưởng: A, B" and "Chủ tịch ... các tỉnh, thành phố: X, Y, Z"', async () => {
    const { e } = await run('THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CĐ-TTg\n\nCÔNG ĐIỆN\nVề ứng phó bão\n\n1. Các Bộ trưởng: Quốc phòng, Công an theo chức năng, nhiệm vụ được giao chỉ đạo lực lượng sẵn sàng cứu hộ.\n\n2. Bộ trưởng các Bộ: Xây dựng, Công Thương và Tài chính chỉ đạo bảo đảm giao thông.\n\n3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế tổ chức sơ tán dân.\n');
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.action.split(' ').slice(0, 3).join(' ')])).toEqual([
      // (action.after-scope, letters14: the scope of their duties after the subject is no part of the work.)
      [['Bộ trưởng Bộ Quốc phòng', 'Bộ trưởng Bộ Công an'], 'Chỉ đạo lực'],
      [['Bộ trưởng Bộ Xây dựng', 'Bộ trưởng Bộ Công Thương', 'Bộ trưởng Bộ Tài chính'], 'Chỉ đạo bảo'],
      [['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế'], 'Tổ chức sơ'],
    ]);
  });
});

describe('shared heads over "các bộ, ngành:" and a place range after a qualifier', () => {
  it('names each ministry, and keeps "ven biển từ X đến Y" in the collective', async () => {
    const { e } = await run('THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CĐ-TTg\n\nCÔNG ĐIỆN\nVề ứng phó bão\n\n1. Các bộ, ngành: Quốc phòng, Công an, Y tế theo chức năng chủ động triển khai lực lượng.\n\n2. Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa chỉ đạo kiểm đếm tàu thuyền.\n');
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([
      ['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Y tế'],
      ['Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa'],
    ]);
  });
});

describe('lead.relative-subject on a collective narrowed by "có ..."', () => {
  it('"Ủy ban nhân dân các tỉnh có dự án đi qua khẩn trương ...": the narrowed collective leads', async () => {
    const { e } = await run('VĂN PHÒNG CHÍNH PHỦ\nSố: 600/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp\n\n1. Về mặt bằng: Ủy ban nhân dân các tỉnh có dự án đi qua khẩn trương hoàn thành bàn giao mặt bằng.\n\n2. Bộ Xây dựng chỉ đạo chủ đầu tư đẩy nhanh tiến độ.\n');
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.action])).toEqual([
      [['Ủy ban nhân dân các tỉnh có dự án đi qua'], 'Khẩn trương hoàn thành bàn giao mặt bằng'],
      [['Bộ Xây dựng'], 'Chỉ đạo chủ đầu tư đẩy nhanh tiến độ'],
    ]);
  });
});

describe('agency.of-parent', () => {
  it('"Ủy ban Kinh tế và Tài chính của Quốc hội xem xét ..." names the committee with its parent', async () => {
    const { e } = await run('BỘ TÀI CHÍNH\nSố: 1700/BTC-VP\nV/v góp ý dự thảo\n\nKính gửi: Các bộ, cơ quan ngang bộ.\n\nBộ Tài chính đề nghị:\n\n1. Ủy ban Kinh tế và Tài chính của Quốc hội xem xét, cho ý kiến đối với dự thảo Luật.\n\n2. Các bộ, cơ quan ngang bộ gửi ý kiến góp ý về Bộ Tài chính.\n');
    expect(e.tasks[0]?.lead.map((l) => l.name)).toEqual(['Ủy ban Kinh tế và Tài chính của Quốc hội']);
    expect(e.tasks[0]?.action).toBe('Xem xét, cho ý kiến đối với dự thảo Luật');
  });
});
