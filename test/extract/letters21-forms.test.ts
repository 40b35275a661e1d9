// Letter forms of branch letters21 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads, coords } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1207/UBND-KT\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v kiểm kê tài sản công\n' +
  'Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường.\n';
const ONE =
  'SỞ TÀI CHÍNH\nTỈNH HÀ TĨNH\nSố: 88/STC-QLG\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v góp ý bảng giá đất\n' +
  'Kính gửi: Sở Nông nghiệp và Môi trường.\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng\n';

describe('letters21 forms', () => {
  it('"phối hợp với các cơ quan, đơn vị: A, B và C": each named body a coordinator', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị: Sở Xây dựng, Công an tỉnh và Ủy ban nhân dân các xã tổ chức kiểm kê tài sản công.\n' +
        '2. Sở Y tế phối hợp với các đơn vị sau: Sở Xây dựng, Sở Nội vụ và Ủy ban nhân dân các phường kiểm tra cơ sở khám bệnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (agency.colon-named-mixed; agency.colon-named-after.)
    expect(leads(t['1'])).toEqual(['Sở Tài chính']);
    expect(coords(t['1'])).toEqual(['Sở Xây dựng', 'Công an tỉnh', 'Ủy ban nhân dân các xã']);
    expect(t['1']?.action).toMatch(/^Tổ chức kiểm kê/);
    expect(coords(t['2'])).toEqual(['Sở Xây dựng', 'Sở Nội vụ', 'Ủy ban nhân dân các phường']);
    expect(t['2']?.action).toMatch(/^Kiểm tra cơ sở/);
  });

  it('"Giao các đơn vị sau: Sở A, Sở B chủ trì ...": each named body leads', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Giao các đơn vị sau: Sở Xây dựng, Sở Công Thương chủ trì rà soát các công trình chậm tiến độ, báo cáo trước ngày 30/11/2026.\n' +
        '2. Sở Nội vụ rà soát biên chế của các đơn vị sự nghiệp.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Xây dựng', 'Sở Công Thương']);
    expect(t['1']?.deadline?.due).toBe('2026-11-30');
  });

  it('"đề nghị Quý Sở ..." with one Kính gửi body: that body leads', async () => {
    const { e } = await run(
      ONE +
        'Sở Tài chính nhận được dự thảo bảng giá đất điều chỉnh do Sở Nông nghiệp và Môi trường gửi xin ý kiến.\n' +
        'Sở Tài chính đề nghị Quý Sở rà soát lại giá đất ở tại các tuyến đường mới, gửi kết quả về Sở Tài chính trước ngày 25/11/2026.\n' +
        'Rất mong nhận được sự phối hợp của Quý cơ quan./.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(1);
    expect(leads(e.tasks[0])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-11-25');
  });

  it('a closing "nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở ..." is no task', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Tài chính hướng dẫn các đơn vị kiểm kê tài sản công.\n' +
        '2. Sở Nội vụ rà soát biên chế của các đơn vị sự nghiệp.\n' +
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét./.\n' +
        TAIL,
    );
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
  });

  it('deadlines after the action: "gửi báo cáo về Sở X (qua Phòng Y) trước ngày 20/11 để tổng hợp" takes the letter\'s year', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Các sở, ban, ngành rà soát tài sản công đang quản lý, gửi báo cáo về Sở Tài chính (qua Phòng Quản lý giá) trước ngày 20/11 để tổng hợp.\n' +
        '2. Ủy ban nhân dân các xã, phường hoàn thành kiểm kê chậm nhất ngày 05 tháng 12 năm 2026.\n' +
        '3. Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước 16 giờ 00 ngày 10/12/2026.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(t['1']?.deadline?.due).toBe('2026-11-20');
    expect(t['2']?.deadline?.due).toBe('2026-12-05');
    expect(t['3']?.deadline?.due).toBe('2026-12-10');
  });

  it('a numbered section whose heading is a sentence over dashes: one task per dash with the section\'s lead', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan thực hiện các nội dung sau:\n' +
        '- Rà soát trang thiết bị y tế tại các trạm y tế xã.\n' +
        '- Đề xuất danh mục mua sắm bổ sung năm 2027.\n' +
        '2. Sở Nội vụ rà soát biên chế của các đơn vị sự nghiệp.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1.1', '1.2', '2']);
    expect(leads(t['1.1'])).toEqual(['Sở Y tế']);
    expect(leads(t['1.2'])).toEqual(['Sở Y tế']);
    expect(coords(t['1.2'])).toContain('Sở Tài chính');
  });

  it('a Party letter: "Ban Thường vụ Tỉnh ủy yêu cầu" over items naming cấp ủy and đảng ủy các xã', async () => {
    const { e } = await run(
      'TỈNH ỦY HÀ TĨNH\n*\nSố: 412-CV/TU\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v tổ chức sinh hoạt chính trị\n' +
        'Kính gửi: Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy.\n' +
        'Để chuẩn bị tổng kết năm, Ban Thường vụ Tỉnh ủy yêu cầu:\n' +
        '1. Các cấp ủy, tổ chức đảng tổ chức quán triệt nghị quyết đến cán bộ, đảng viên trước ngày 15/12/2026.\n' +
        '2. Đảng ủy các xã, phường chỉ đạo chi bộ thôn, tổ dân phố sinh hoạt chuyên đề.\n' +
        '3. Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội tỉnh vận động đoàn viên, hội viên tham gia.\n' +
        'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Thị Hoa\n',
    );
    const t = byId(e.tasks);
    // (The subject shortens the Kính gửi addressee: written in full, as the gold conventions do; agency.parent-party-committee.)
    expect(leads(t['1'])).toEqual(['Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy']);
    // (agency.party-committee-levels; "vận động" ends the name as a verb, verbs.tsv.)
    expect(leads(t['2'])).toEqual(['Đảng ủy các xã, phường']);
    expect(leads(t['3'])).toEqual(['Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh', 'Các tổ chức chính trị - xã hội tỉnh']);
  });
  it('"đề nghị các đồng chí nghiên cứu ...": the comrades of the Kính gửi line lead (lead.comrades-recipients)', async () => {
    const { e } = await run(
      'TỈNH ỦY HÀ TĨNH\n*\nSố: 415-CV/TU\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v chuẩn bị hội nghị\n' +
        'Kính gửi: Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh.\n' +
        'Để chuẩn bị Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, Thường trực Tỉnh ủy đề nghị các đồng chí nghiên cứu dự thảo các văn bản gửi kèm, chuẩn bị ý kiến phát biểu tại Hội nghị.\n' +
        'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTrần Thị Hoa\n',
    );
    expect(e.tasks).toHaveLength(1);
    expect(leads(e.tasks[0])).toEqual(['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh']);
    expect(e.tasks[0]?.action).toMatch(/^Nghiên cứu dự thảo/);
  });

  it('a closing formula that says how ("... bảo đảm đúng thời gian quy định") is no task (task.closing-formula-manner)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát tài sản công đang quản lý, gửi báo cáo về Sở Tài chính chậm nhất ngày 05 tháng 12 năm 2026.\n' +
        'Giao Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trong thời hạn 10 ngày làm việc kể từ ngày nhận được báo cáo.\n' +
        'Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện đảm bảo đúng thời gian quy định./.\n' +
        TAIL,
    );
    expect(e.tasks).toHaveLength(2);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-12-05');
    // (A relative deadline: kind relative, no day, as the gold conventions write it.)
    expect(e.tasks[1]?.deadline?.kind).toBe('relative');
    expect(e.tasks[1]?.deadline?.due).toBeNull();
  });
  it('"Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các bộ phận phản ánh ..." is no task (task.skip.difficulties-bare-process)', async () => {
    const { e } = await run(
      'SỞ TÀI CHÍNH\nTỈNH HÀ TĨNH\nSố: 90/STC-QLG\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v báo cáo tình hình giá\n' +
        'Kính gửi: Các phòng, ban thuộc Sở.\n' +
        'Để kịp thời tổng hợp, Giám đốc Sở đề nghị các phòng, ban gửi báo cáo tình hình giá cả tháng 11 về Văn phòng Sở trước ngày 25/11. ' +
        'Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các bộ phận phản ánh kịp thời về Văn phòng Sở để tổng hợp./.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n',
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]?.deadline?.due).toBe('2026-11-25');
  });

  it('"các bộ phận" is one collective noun, not "các bộ" (agency-words.tsv)', async () => {
    const { e } = await run(
      HEAD + 'Ủy ban nhân dân tỉnh yêu cầu:\n1. Các bộ phận một cửa cấp xã niêm yết công khai thủ tục hành chính.\n2. Sở Nội vụ rà soát biên chế.\n' + TAIL,
    );
    expect(leads(byId(e.tasks)['1'])?.[0]).toMatch(/^Các bộ phận/);
  });

  it('"yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ... sau:" leads the items (agency.front-named-bare)', async () => {
    const { e } = await run(
      'TỈNH ỦY HÀ TĨNH\n*\nSố: 416-CV/TU\nHà Tĩnh, ngày 14 tháng 11 năm 2026\nV/v lãnh đạo tổ chức Tết\n' +
        'Kính gửi:\n- Các đảng ủy trực thuộc Tỉnh ủy;\n- Các ban đảng, Văn phòng Tỉnh ủy.\n' +
        'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nội dung sau:\n' +
        '1. Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân.\n2. Bảo đảm an ninh chính trị, trật tự an toàn xã hội.\n' +
        'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Thị Hoa\n',
    );
    expect(leads(byId(e.tasks)['2'])).toEqual(['Các cấp ủy, tổ chức đảng, chính quyền', 'Mặt trận Tổ quốc', 'Các tổ chức chính trị - xã hội']);
  });
  it('"phối hợp với các cơ quan liên quan (Sở A, Công an tỉnh)": the bodies in brackets coordinate (agency.paren-named)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan (Sở Xây dựng, Công an tỉnh) tổ chức kiểm kê tài sản công.\n' +
        '2. Sở Nội vụ rà soát biên chế của các đơn vị sự nghiệp.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(coords(t['1'])).toEqual(['Sở Xây dựng', 'Công an tỉnh']);
    expect(t['1']?.action).toMatch(/^Tổ chức kiểm kê/);
  });
});
