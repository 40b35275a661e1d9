// Letter forms of branch letters22 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads, coords } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2231/UBND-VX\nQuảng Trị, ngày 02 tháng 12 năm 2026\nV/v phòng chống rét cho vật nuôi\n' +
  'Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường.\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Minh Đức\n';

describe('letters22 forms', () => {
  it('a bare list leads: "Sở A, Sở B, UBND các phường khẩn trương ..."', async () => {
    const { e } = await run(
      HEAD +
        'Để chủ động ứng phó với đợt rét đậm, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường, Sở Y tế, Ủy ban nhân dân các xã khẩn trương kiểm tra chuồng trại, dự trữ thức ăn cho vật nuôi.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (The collective is written as the Kính gửi addressee it shortens, as before.)
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Y tế', 'Ủy ban nhân dân các xã, phường']);
  });

  it('a bare list of Party, State and Front leads: "Cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể ... các xã tập trung ..."', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các xã tập trung lãnh đạo, chỉ đạo công tác phòng chống rét.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (lead.bare-government: one lead as printed, as dev gold writes "Cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp".)
    expect(leads(t['1'])).toEqual(['Cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các xã']);
    expect(t['1']?.action).toMatch(/^Tập trung lãnh đạo/);
  });

  it('"Chính quyền địa phương các cấp chủ động ..." leads as printed', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Chính quyền địa phương các cấp chủ động rà soát các hộ chăn nuôi bị thiệt hại.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    expect(leads(byId(e.tasks)['1'])).toEqual(['Chính quyền địa phương các cấp']);
  });

  it('"Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm ..." leads as printed', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm kiểm tra việc chấp hành giờ làm việc của công chức.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Thủ trưởng các cơ quan, đơn vị']);
  });

  it('a deadline in the next sentence: "Văn bản góp ý gửi về Sở X trước 16 giờ 00 ngày 15/12/2026."', async () => {
    const { e } = await run(
      HEAD +
        'Thực hiện chỉ đạo của Bộ Tư pháp, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành góp ý dự thảo Quy chế phối hợp quản lý đất đai. Văn bản góp ý gửi về Sở Tư pháp trước 16 giờ 00 ngày 15/12/2026.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-12-15');
  });

  it('a deadline on its own line under an item: "Thời gian hoàn thành: trước ngày 20/12/2026."', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra chuồng trại, dự trữ thức ăn cho vật nuôi.\n' +
        'Thời gian hoàn thành: trước ngày 20/12/2026.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (lead.block-title-subject: the time label made it a block; its subject still leads.)
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(t['1']?.action).toMatch(/^Kiểm tra chuồng trại/);
    expect(t['1']?.deadline?.due).toBe('2026-12-20');
    expect(t['2']?.deadline?.due ?? null).toBeNull();
  });

  it('a letter without items: "Thời gian hoàn thành: ..." on the line after the request dates it', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì thẩm định dự thảo Quy chế phối hợp quản lý đất đai.\n' +
        'Thời gian hoàn thành: trước ngày 20/12/2026.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-12-20');
  });

  it('a next sentence with a date that sends nothing dates nothing', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì thẩm định dự thảo Quy chế phối hợp quản lý đất đai.\n' +
        'Ngày 20/12/2026, Ủy ban nhân dân tỉnh sẽ tổ chức hội nghị lấy ý kiến.\n' +
        TAIL,
    );
    expect(e.tasks[0]?.deadline ?? null).toBeNull();
  });

  it('"đề nghị các cơ quan, đơn vị ..." in a letter: a task', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị rà soát số vật nuôi chết do rét, báo cáo về Sở Nông nghiệp và Môi trường trước ngày 25/12/2026.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-12-25');
  });

  it('lower-case partners: "phối hợp với chính quyền địa phương", "phối hợp với các cơ quan liên quan"', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Công an tỉnh phối hợp với chính quyền địa phương kiểm tra các điểm kinh doanh pháo nổ.\n' +
        '2. Sở Xây dựng phối hợp với các cơ quan liên quan rà soát các công trình xuống cấp.\n' +
        '3. Ban Chỉ huy Quân sự tỉnh phối hợp chặt chẽ với cấp ủy, chính quyền cùng cấp bố trí lực lượng ứng trực.\n' +
        '4. Sở Y tế chủ trì, phối hợp với chính quyền các xã, phường tổ chức tiêm phòng cho gia súc.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Công an tỉnh']);
    expect(coords(t['1'])).toEqual(['Chính quyền địa phương']);
    expect(t['1']?.action).toMatch(/^Kiểm tra các điểm/);
    expect(coords(t['2'])).toEqual(['Các cơ quan liên quan']);
    expect(leads(t['3'])).toEqual(['Ban Chỉ huy Quân sự tỉnh']);
    expect(coords(t['3'])).toEqual(['Cấp ủy, chính quyền cùng cấp']);
    expect(t['3']?.action).toMatch(/^Bố trí lực lượng/);
    expect(coords(t['4'])).toEqual(['Chính quyền các xã, phường']);
  });

  it.each(['chuẩn bị', 'lập', 'cung cấp', 'bổ sung', 'thống kê', 'khắc phục', 'phân công', 'thẩm định'])(
    'an item that opens with "%s" is a task of the heading\'s lead',
    async (verb) => {
      const { e } = await run(
        HEAD +
          'Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường thực hiện các nội dung sau:\n' +
          `1. ${verb[0]!.toUpperCase() + verb.slice(1)} hồ sơ về thiệt hại do rét đậm của các hộ chăn nuôi.\n` +
          '2. Kiểm tra chuồng trại, dự trữ thức ăn cho vật nuôi.\n' +
          TAIL,
      );
      const t = byId(e.tasks);
      expect(t['1']).toBeDefined();
      expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    },
  );

  it('a passive task: "Các nội dung trên được giao cho Phòng X theo dõi"', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        '2. Việc tổng hợp kết quả được giao cho Sở Nông nghiệp và Môi trường theo dõi, báo cáo trước ngày 30/12/2026.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('"yêu cầu thực hiện nghiêm: Sở X ..." with the lead after the verb', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu thực hiện nghiêm các nội dung sau: Sở Nội vụ kiểm tra việc chấp hành giờ làm việc của công chức.\n' +
        TAIL,
    );
    // (task.colon-subjects.)
    expect(e.tasks).toHaveLength(1);
    expect(leads(e.tasks[0])).toEqual(['Sở Nội vụ']);
  });

  it('"đề nghị gửi bằng văn bản về: Viện X, số ..." names where to send, no task', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị góp ý dự thảo Quy chế. Ý kiến đề nghị gửi bằng văn bản về: Viện Nghiên cứu phát triển tỉnh, số 12 đường Lê Lợi.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(1);
    expect(leads(e.tasks[0])).toEqual(['Các cơ quan, đơn vị']);
  });

  it('an item over points, then "X khẩn trương gửi báo cáo về ... trước 17 giờ ngày ...": the item\'s deadline, no task of its own', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo rà soát, tổng hợp báo cáo về các nội dung sau:\n' +
        '(1) Số gia súc bị chết do rét đậm.\n' +
        '(2) Nhu cầu kinh phí hỗ trợ các hộ chăn nuôi.\n' +
        'Sở Nông nghiệp và Môi trường khẩn trương gửi báo cáo về Ủy ban nhân dân tỉnh trước 17 giờ ngày 20/12/2026.\n' +
        '2. Sở Tài chính bố trí kinh phí hỗ trợ các hộ bị thiệt hại.\n' +
        TAIL,
    );
    // (deadline.send-after-points.)
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
    expect(byId(e.tasks)['1']?.deadline?.due).toBe('2026-12-20');
  });
});
