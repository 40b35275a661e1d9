// Letter forms of branch letters18 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads, coords } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 318/UBND-NC\nYên Bái, ngày 09 tháng 3 năm 2026\nV/v chuẩn bị diễn tập ứng phó thiên tai\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thị xã.\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Minh Đức\n';

describe('letters18 forms', () => {
  it('"1. Đối với các huyện, thị xã:" over a paragraph on the next line: the group leads', async () => {
    const { e } = await run(
      HEAD +
        'Để chuẩn bị diễn tập, Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Đối với các sở, ban, ngành:\nRà soát phương án ứng phó của ngành, gửi Sở Nông nghiệp và Môi trường trước ngày 20/3/2026.\n' +
        '2. Đối với Ủy ban nhân dân các huyện, thị xã:\nBố trí lực lượng, phương tiện tham gia diễn tập tại địa bàn.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    // (lead.heading-colon-rest: ids 1 and 2, not 1.2 and 2.2.)
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
    expect(leads(t['1'])).toEqual(['Các sở, ban, ngành']);
    expect(t['1']?.action).toMatch(/^Rà soát phương án/);
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân các huyện, thị xã']);
    expect(t['2']?.action).toMatch(/^Bố trí lực lượng/);
  });

  it('"Đối với <bodies>:" lines between an item\'s dashes lead the dashes after them (lead.for-unit-line)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Công tác chuẩn bị diễn tập\nĐối với các sở, ban, ngành:\n- Rà soát phương án ứng phó của ngành.\n- Cử cán bộ tham gia Ban tổ chức diễn tập.\n' +
        'Đối với Ủy ban nhân dân các huyện, thị xã:\n- Bố trí lực lượng tham gia diễn tập.\n' +
        '2. Sở Tài chính bố trí kinh phí diễn tập.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1.1', '1.2', '1.3', '2']);
    expect(leads(t['1.2'])).toEqual(['Các sở, ban, ngành']);
    expect(leads(t['1.3'])).toEqual(['Ủy ban nhân dân các huyện, thị xã']);
  });

  it('a letter without items: "Đối với <bodies>: <work>" lines after an opening that asks (task.for-unit-sentence)', async () => {
    const { e } = await run(
      HEAD +
        'Để chuẩn bị diễn tập, Ủy ban nhân dân tỉnh đề nghị:\n' +
        'Đối với các sở, ban, ngành: rà soát phương án ứng phó của ngành, gửi Sở Nông nghiệp và Môi trường trước ngày 20/3/2026.\n' +
        'Đối với Ủy ban nhân dân các huyện, thị xã: bố trí lực lượng, phương tiện tham gia diễn tập tại địa bàn.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
    expect(t['1']?.action).toMatch(/^Rà soát phương án/);
    expect(t['1']?.deadline?.due).toBe('2026-03-20');
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân các huyện, thị xã']);
  });

  it('a letter without items: "Đối với các huyện, thị xã:" alone over paragraphs leads each; the closing formulas are no tasks', async () => {
    const { e } = await run(
      HEAD +
        'Để chuẩn bị diễn tập, Ủy ban nhân dân tỉnh đề nghị:\n' +
        'Đối với các sở, ban, ngành:\nRà soát phương án ứng phó của ngành.\n' +
        'Đối với các huyện, thị xã:\nBố trí lực lượng, phương tiện tham gia diễn tập tại địa bàn.\nChỉ đạo các xã kiểm tra nhà ở của người dân vùng trũng.\n' +
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp.\n' +
        'Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(leads(t['1'])).toEqual(['Các sở, ban, ngành']);
    expect(leads(t['3'])).toEqual(['Các huyện, thị xã']);
    expect(t['3']?.action).toMatch(/^Chỉ đạo các xã/);
  });

  it('without an opening that asks, "Đối với <topic>: ..." lines stay no tasks', async () => {
    const { e } = await run(
      HEAD +
        'Sở Nông nghiệp và Môi trường báo cáo kết quả năm 2025 như sau.\n' +
        'Đối với các sở, ban, ngành: đã rà soát phương án ứng phó của ngành.\n' +
        TAIL,
    );
    expect(e.tasks).toEqual([]);
  });

  it('"- Đối với <group>: <request>" dashes under an item: the group leads each dash', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n' +
        '1. Công tác chuẩn bị\n' +
        '- Đối với Sở Tài chính: bố trí kinh phí tổ chức diễn tập.\n' +
        '- Đối với Công an tỉnh: xây dựng phương án bảo đảm an ninh, trật tự khu vực diễn tập.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Sở Tài chính']);
    expect(t['1.1']?.action).toMatch(/^Bố trí kinh phí/);
    expect(leads(t['1.2'])).toEqual(['Công an tỉnh']);
  });

  it('closing formulas after the items are no tasks', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        'Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về ..." after the items is no task', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('the difficulties clause with who reports inside it is no task (task.skip.difficulties-subject)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Ủy ban nhân dân các huyện, thị xã:\n- Bố trí lực lượng tham gia diễn tập.\n' +
        '- Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo về Sở Nông nghiệp và Môi trường.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2.1']);
  });

  it('"Trên đây là ..." closing is no task; "Giao Văn phòng ... theo dõi, đôn đốc" after it is one', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        'Trên đây là ý kiến chỉ đạo của Ủy ban nhân dân tỉnh, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.\n' +
        'Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(leads(t['3'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
  });

  it('"Trên đây là ..., đề nghị các đồng chí <titles> quan tâm chỉ đạo ... và báo cáo kết quả về ... trước ngày ..." is a task (task.closing-report-letter)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        'Trên đây là một số nội dung cần thực hiện ngay, Ủy ban nhân dân tỉnh đề nghị các đồng chí Giám đốc các sở, ban, ngành quan tâm chỉ đạo ' +
        'thực hiện và báo cáo kết quả về Sở Nội vụ trước ngày 30/4/2026./.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2', '3']);
    // (agency.level-printed, lead.giao-salutation: "quan tâm" is no district; the salutation is no part of the lead.)
    expect(leads(t['3'])).toEqual(['Giám đốc các sở, ban, ngành']);
    expect(t['3']?.action).toMatch(/^Quan tâm chỉ đạo thực hiện và báo cáo kết quả/);
    expect(t['3']?.deadline?.due).toBe('2026-04-30');
  });

  it('"Trên đây là ..., đề nghị ... quan tâm chỉ đạo thực hiện." without a report asked stays a formula', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        'Trên đây là một số nội dung cần thực hiện ngay, Ủy ban nhân dân tỉnh đề nghị Giám đốc các sở, ban, ngành quan tâm chỉ đạo thực hiện./.\n' +
        TAIL,
    );
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
  });

  it('"Chủ đầu tư phối hợp ...", "Nhà thầu thi công khẩn trương ..." items: the role leads, as printed (lead.owner)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh đề nghị:\n' +
        '1. Sở Xây dựng hướng dẫn hoàn thiện hồ sơ thiết kế.\n' +
        '2. Chủ đầu tư phối hợp chặt chẽ với nhà thầu hoàn thành nghiệm thu công trình trong tháng 6 năm 2026.\n' +
        '3. Nhà thầu thi công khẩn trương bổ sung nhân lực, máy móc.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Chủ đầu tư']);
    expect(t['2']?.deadline?.due).toBe('2026-06-30');
    expect(leads(t['3'])).toEqual(['Nhà thầu thi công']);
  });

  it('a page number alone between the lines of an item keeps the item whole', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát\n2\ncác công trình đê điều xung yếu, báo cáo trước ngày 25/3/2026.\n' +
        '2. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2']);
    expect(t['1']?.action).toMatch(/công trình đê điều xung yếu/);
    expect(t['1']?.deadline?.due).toBe('2026-03-25');
    expect(coords(t['1'])).toEqual(['Sở Xây dựng']);
  });

  it('"- 2 -" and a bare "3" between the lines of a sentence are page numbers (structure.page-number-mid-sentence, -dashed)', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát\n\n- 2 -\n\ncác công trình đê điều xung yếu.\n' +
        '2. Sở Y tế:\n- Chuẩn bị lực lượng cấp cứu;\n- Dự trù kinh phí mua thuốc\n3\ncho các đội cấp cứu lưu động.\n' +
        '3. Sở Tài chính cấp kinh phí trong thời hạn\n10\nngày kể từ ngày nhận dự toán.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2.1', '2.2', '3']);
    expect(t['1']?.action).toBe('Rà soát các công trình đê điều xung yếu');
    expect(coords(t['1'])).toEqual(['Sở Xây dựng']);
    expect(t['2.2']?.action).toBe('Dự trù kinh phí mua thuốc cho các đội cấp cứu lưu động');
    // (A count wrapped onto its own line stays.)
    expect(t['3']?.action).toMatch(/trong thời hạn 10 ngày/);
  });

  it('a page number glued to the next heading ("3 2. Sở Tài chính:") is no part of it', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Nông nghiệp và Môi trường:\n- Xây dựng kịch bản diễn tập.\n- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n' +
        '3 2. Sở Tài chính:\n- Bố trí kinh phí tổ chức diễn tập.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Sở Tài chính']);
    expect(t['1.2']?.action).toMatch(/báo cáo Ủy ban nhân dân tỉnh$/);
  });

  it('a decision\'s articles: "X có trách nhiệm ..." is a task, "... chịu trách nhiệm thi hành Quyết định này" is not', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 512/QĐ-UBND\nYên Bái, ngày 09 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc phê duyệt kịch bản diễn tập ứng phó thiên tai\n' +
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Phòng, chống thiên tai;\nQUYẾT ĐỊNH:\n' +
        'Điều 1. Phê duyệt kịch bản diễn tập ứng phó thiên tai năm 2026 kèm theo Quyết định này.\n' +
        'Điều 2. Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn, kiểm tra việc tổ chức diễn tập theo kịch bản được duyệt.\n' +
        'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n' +
        'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Minh Đức\n',
    );
    expect(e.tasks.map((x) => x.id)).toEqual(['2']);
    expect(leads(byId(e.tasks)['2'])).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('"Ủy ban nhân dân các xã: A, B" over a request: one lead per commune', async () => {
    const { e } = await run(
      HEAD +
        'Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Sở Y tế chuẩn bị lực lượng cấp cứu.\n' +
        '2. Ủy ban nhân dân các xã: Tân Hợp, Lâm Giang chuẩn bị địa điểm sơ tán dân.\n' +
        TAIL,
    );
    expect(leads(byId(e.tasks)['2'])).toEqual(['Ủy ban nhân dân xã Tân Hợp', 'Ủy ban nhân dân xã Lâm Giang']);
  });

  it('a reference with OCR spaces in its number and date ("số 12 /UBND-KT ngày 5/ 3/2025")', async () => {
    const { e } = await run(
      HEAD + 'Thực hiện Công văn số 12 /UBND-KT ngày 5/ 3/2025 của Ủy ban nhân dân tỉnh về diễn tập, Sở Nông nghiệp và Môi trường xây dựng kịch bản.\n' + TAIL,
    );
    expect(e.references.map((r) => r.number)).toContain('12/UBND-KT');
    expect(e.references.find((r) => r.number === '12/UBND-KT')).toMatchObject({ type: 'Công văn', date: '2025-03-05' });
  });

  it('a "Căn cứ" list split over lines keeps each reference\'s date and issuer', async () => {
    const { e } = await run(
      HEAD +
        'Căn cứ Quyết định số 45/QĐ-UBND ngày\n12/01/2026 của Ủy ban nhân dân tỉnh; Kế hoạch số\n30/KH-SNNMT ngày 15 tháng 01\nnăm 2026 của Sở Nông nghiệp và Môi trường,\n' +
        'Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường xây dựng kịch bản diễn tập.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r]));
    expect(by['45/QĐ-UBND']).toMatchObject({ type: 'Quyết định', date: '2026-01-12' });
    expect(by['30/KH-SNNMT']).toMatchObject({ type: 'Kế hoạch', date: '2026-01-15', issuer: 'Sở Nông nghiệp và Môi trường' });
  });
});
