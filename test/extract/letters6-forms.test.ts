// Letter forms of the sixth letters round (issue 9, letters6): a letter that conveys a leader's opinion ("... có ý kiến
// như sau:") in sentences each naming who acts, "đề nghị Quý cơ quan ..." asking the Kính gửi addressees, a hyphenated
// name wrapped at its dash, and "nghiên cứu" after a collective of ministries read as the verb. The texts are made up;
// no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = (kg: string, body: string) =>
  '|\nVĂN PHÒNG CHÍNH PHỦ\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 4321/VPCP-NN\nV/v xử lý kiến nghị về nguồn nước tưới\n|\nHà Nội, ngày 4 tháng 3 năm 2026\n|\n' +
  kg +
  '\n' +
  body +
  '\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Minh\n|\n';

describe('letters6 forms', () => {
  it('reads each sentence after "... có ý kiến như sau:" that names who acts (task.opinion-sentences)', async () => {
    const body =
      'Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An tại văn bản số 15/UBND-NN ngày 02 tháng 3 năm 2026, Phó Thủ tướng Chính phủ có ý kiến như sau:\n' +
      'Bộ Nông nghiệp và Môi trường rà soát nhu cầu nước tưới vụ Hè Thu của tỉnh, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2026. Ủy ban nhân dân tỉnh Nghệ An phối hợp cung cấp số liệu về diện tích gieo trồng.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.';
    const { e } = await run(head('Kính gửi:\n- Bộ Nông nghiệp và Môi trường;\n- Ủy ban nhân dân tỉnh Nghệ An.', body));
    expect(e.tasks.map((t) => [t.id, t.lead.map((l) => l.name), t.rule])).toEqual([
      ['1', ['Bộ Nông nghiệp và Môi trường'], 'task.opinion-sentences'],
      ['2', ['Ủy ban nhân dân tỉnh Nghệ An'], 'task.opinion-sentences'],
    ]);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-03-20');
  });

  it('does not read such a sentence as a task without the opinion lead-in', async () => {
    const body = 'Bộ Nông nghiệp và Môi trường rà soát nhu cầu nước tưới vụ Hè Thu của các tỉnh trong năm qua. Văn phòng Chính phủ thông báo để các cơ quan biết./.';
    const { e } = await run(head('Kính gửi: Bộ Nông nghiệp và Môi trường.', body));
    expect(e.tasks).toEqual([]);
  });

  it('keeps "nghiên cứu" after "các Bộ, cơ quan thuộc Chính phủ" out of the name', async () => {
    const body = 'Thủ tướng Chính phủ có ý kiến như sau:\nCác Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ nghiên cứu các giải pháp nêu tại báo cáo, kịp thời đề xuất cấp có thẩm quyền.\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.';
    const { e } = await run(head('Kính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ.', body));
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ']]);
    expect(e.tasks[0]!.action).toMatch(/^Nghiên cứu các giải pháp/);
  });

  it('reads "đề nghị Quý cơ quan ..." as a task of the Kính gửi addressees (lead.quy-recipients)', async () => {
    const body = 'Văn phòng Chính phủ đã dự thảo quy chế phối hợp (gửi kèm theo).\nVăn phòng Chính phủ đề nghị Quý cơ quan góp ý cho dự thảo nêu trên, gửi về Văn phòng Chính phủ trước ngày 15/3/2026.\nTrân trọng cảm ơn sự phối hợp của Quý cơ quan./.';
    const { e } = await run(head('Kính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', body));
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.leadRule])).toEqual([[['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ'], 'lead.quy-recipients']]);
    expect(e.tasks[0]!.action).toMatch(/^Góp ý cho dự thảo/);
  });

  it('reads a hyphenated name broken at its dash as part of the line above (item.name-dash-wrap)', async () => {
    const body =
      'Xét báo cáo của Ủy ban nhân dân tỉnh Nghệ An về tình hình cung ứng vật liệu cho dự án đường bộ cao tốc Bắc Nam đoạn Diễn Châu\n' +
      '- Hà Tĩnh, đoạn qua các xã miền núi, Phó Thủ tướng Chính phủ có ý kiến như sau:\n' +
      'Ủy ban nhân dân tỉnh Nghệ An khẩn trương làm việc với các địa phương có liên quan để bảo đảm nguồn cung vật liệu. Ủy ban nhân dân tỉnh Hà Tĩnh đẩy nhanh các thủ tục cấp phép khai thác mỏ.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.';
    const { e } = await run(head('Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh.', body));
    expect(e.tasks.map((t) => [t.id, t.lead.map((l) => l.name)])).toEqual([
      ['1', ['Ủy ban nhân dân tỉnh Nghệ An']],
      ['2', ['Ủy ban nhân dân tỉnh Hà Tĩnh']],
    ]);
  });

  it('still reads a dash under a long line that ends in a name as an item', async () => {
    const body = 'Bộ trưởng có ý kiến chỉ đạo như sau:\nSở Công Thương các tỉnh thực hiện các nội dung chính sau đây trong Quý II Năm Nay\n- Rà soát danh mục dự án.\n- Báo cáo kết quả về Bộ Công Thương.';
    const { e } = await run(head('Kính gửi: Sở Công Thương các tỉnh.', body));
    expect(e.tasks.map((t) => t.id).sort()).toEqual(['1', '2']);
  });

  it('skips the salutation before who acts (lead.salutation)', async () => {
    const body = 'Bộ trưởng có ý kiến chỉ đạo như sau:\n1. Các đồng chí Giám đốc Sở Công Thương các tỉnh theo chức năng, nhiệm vụ trực tiếp chỉ đạo thực hiện các nội dung sau:\n- Rà soát danh mục dự án điện gió.\n- Báo cáo kết quả về Bộ Công Thương.';
    const { e } = await run(head('Kính gửi: Sở Công Thương các tỉnh.', body));
    const leads = e.tasks.filter((t) => t.id.startsWith('1.')).map((t) => t.lead.map((l) => l.name));
    expect(leads.length).toBe(2);
    for (const l of leads) expect(l).toEqual(['Giám đốc Sở Công Thương các tỉnh']);
  });

  it('reads the subject after a clause of grounds "Trên cơ sở ..., X ..." (lead.grounds)', async () => {
    const body =
      'Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An, Phó Thủ tướng Chính phủ có ý kiến như sau:\n' +
      'Trên cơ sở Báo cáo số 12/BC-BXD ngày 02 tháng 3 năm 2026 của\nBộ Xây dựng và ý kiến của các cơ quan, Bộ Tài chính bố trí vốn cho dự án theo quy định, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 3 năm 2026.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.';
    const { e } = await run(head('Kính gửi: Bộ Tài chính.', body));
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.rule])).toEqual([[['Bộ Tài chính'], 'task.opinion-sentences']]);
    expect(e.tasks[0]!.action).toMatch(/^Bố trí vốn/);
  });

  it('reads "Tỉnh ..." after a topic over two lines as the province met, not the visitor (lead.session-place)', async () => {
    const text =
      '|\nVĂN PHÒNG CHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 78/TB-VPCP\n|\nHà Nội, ngày 9 tháng 4 năm 2026\n|\n' +
      'THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH\n' +
      'Cùng dự buổi làm việc với Phó Thủ tướng Chính phủ có lãnh đạo các Bộ: Y tế, Tài chính. Ngày 02 tháng 4 năm 2026, Phó Thủ tướng Chính phủ chủ trì buổi làm việc với lãnh đạo tỉnh Nghệ An về phát triển kinh tế - xã hội. Phó Thủ tướng kết luận như sau:\nI. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n' +
      '1. Về việc hỗ trợ xe chuyên dùng cho các trạm y tế\nxã vùng cao: Tỉnh căn cứ các quy định hiện hành để bố trí xe phục vụ công tác.\n' +
      '2. Về hỗ trợ kinh phí: Giao Bộ Tài chính nghiên cứu, tổng hợp kiến nghị của các địa phương.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n|\nNơi nhận:\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Nam\n|\n';
    const { e } = await run(text);
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(t['1.1']?.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân tỉnh Nghệ An']);
    expect(t['1.1']?.leadRule).toBe('lead.session-place');
    expect(t['1.1']?.action).toMatch(/^Căn cứ các quy định/);
    expect(t['1.2']?.lead.map((l) => l.name)).toEqual(['Bộ Tài chính']);
    // "Về hỗ trợ kinh phí:" is a topic, not an OCR-damaged "Kính gửi:".
    expect(e.document.recipients).toEqual([]);
  });

  it('reads a heading name with a comma, "Cục\\nXuất bản, In và Phát hành" (lead.heading-comma-name)', async () => {
    const body = 'Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n1. Cục\nXuất bản, In và Phát hành\n- Rà soát các thủ tục cấp phép xuất bản.\n- Báo cáo kết quả về Văn phòng Bộ.\n2. Vụ Pháp chế\n- Thẩm định các dự thảo thông tư.';
    const { e } = await run(head('Kính gửi: Các đơn vị thuộc Bộ.', body));
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(t['1.1']?.lead.map((l) => l.name)).toEqual(['Cục Xuất bản, In và Phát hành']);
    expect(t['1.2']?.lead.map((l) => l.name)).toEqual(['Cục Xuất bản, In và Phát hành']);
    expect(t['2.1']?.lead.map((l) => l.name)).toEqual(['Vụ Pháp chế']);
  });

  it('reads a collective of provinces narrowed "từ X đến Y" as one lead (agency.place-range), and "Phát huy ..." as an item\'s verb', async () => {
    const body =
      'Thủ tướng Chính phủ yêu cầu:\n1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi:\n' +
      'a) Rà soát các khu dân cư có nguy cơ sạt lở, hoàn thành trước ngày 15/3/2026.\n' +
      'b) Phát huy tinh thần tự lực của địa phương, bố trí nguồn lực khắc phục hậu quả.\nChủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm về số liệu báo cáo.\n' +
      '2. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương.';
    const { e } = await run(head('Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.', body));
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    const range = ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Thanh Hóa đến Quảng Ngãi'];
    expect(t['1.1']?.lead.map((l) => l.name)).toEqual(range);
    expect(t['1.2']?.lead.map((l) => l.name)).toEqual(range);
    expect(t['1.2']?.action).toMatch(/^Phát huy tinh thần/);
    expect(t['2']?.lead.map((l) => l.name)).toEqual(['Bộ Tài chính']);
  });

  it('reads a request paragraph after the last numbered item as a task of its own (task.closing-request)', async () => {
    const body =
      'Bộ Công Thương đề nghị các địa phương thực hiện như sau:\n1. Rà soát các cửa hàng xăng dầu trên địa bàn.\n2. Kiểm tra việc niêm yết giá bán lẻ.\n' +
      'Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các Sở, ngành có liên quan tăng cường kiểm tra, xử lý vi phạm.\n' +
      'Bộ Công Thương sẽ thành lập các đoàn kiểm tra liên ngành./.';
    const { e } = await run(head('Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', body));
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(t['2']?.action).toMatch(/^Kiểm tra việc niêm yết giá bán lẻ$/);
    expect(t['3']?.rule).toBe('task.closing-request');
    expect(t['3']?.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(t['3']?.action).toMatch(/^Chỉ đạo các Sở, ngành/);
  });

  it('reads a dash alone on its line as the dash of the line under it (structure.lone-dash)', async () => {
    const body =
      'Sở Giáo dục và Đào tạo đề nghị các trường thực hiện một số nội dung sau:\n- Theo dõi chỉ số chất lượng không khí hằng ngày.\n' +
      '-\nTrường hợp chất lượng không khí ở mức nguy hại, các trường chủ động cho học sinh nghỉ học.\nTrân trọng./.';
    const { e } = await run(head('Kính gửi: Các trường trung học phổ thông.', body));
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(e.tasks[1]!.action).toMatch(/nghỉ học|Trường hợp/);
  });

  it('reads no task in the points a reply reports after "xin báo cáo ... như sau:" (task.report-lead-in)', async () => {
    const body =
      'Bộ Công Thương nhận được kiến nghị của cử tri đề nghị sớm ban hành quy định về giá điện.\nVề kiến nghị này, Bộ Công Thương\nxin báo cáo Đoàn đại biểu Quốc hội tỉnh Nghệ An như sau:\n' +
      '- Theo quy định tại Luật Điện lực, giá điện do Thủ tướng Chính phủ quyết định.\n- Hiện cơ chế điều chỉnh giá điện đang được rà soát để trình ban hành.\nTrân trọng./.';
    const { e } = await run(head('Kính gửi: Đoàn đại biểu Quốc hội tỉnh Nghệ An.', body));
    expect(e.tasks).toEqual([]);
  });

  it('keeps "Đảm bảo hoàn thành trong quý I/2026." with the paragraph it dates', async () => {
    const body = 'Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n1. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm\nKhẩn trương hoàn thiện dự thảo Nghị định về hoạt động mỹ thuật.\nĐảm bảo hoàn thành trong quý I/2026.\n2. Vụ Pháp chế\n- Thẩm định các dự thảo thông tư.';
    const { e } = await run(head('Kính gửi: Các đơn vị thuộc Bộ.', body));
    const t = e.tasks.find((x) => x.id === '1');
    expect(t?.deadline?.due).toBe('2026-03-31');
    expect(e.tasks.some((x) => x.id === '1.2')).toBe(false);
  });

  it('reads points numbered "(i)", "(ii)" under a lettered item as its tasks (item.paren-roman)', async () => {
    const body =
      'Phó Thủ tướng Chính phủ kết luận như sau:\n' +
      'a) Dự án cấp nước sạch cho vùng ven biển có ý nghĩa quan trọng.\n' +
      'b) Để hoàn thành dự án đúng hạn, đề nghị:\n' +
      '(i) Bộ Nông nghiệp và Môi trường hướng dẫn thủ tục giao đất cho dự án trong tháng 4 năm 2026.\n' +
      '(ii) Ủy ban nhân dân tỉnh Nghệ An hoàn thành bồi thường, giải phóng mặt bằng.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.';
    const { e } = await run(head('Kính gửi:\n- Bộ Nông nghiệp và Môi trường;\n- Ủy ban nhân dân tỉnh Nghệ An.', body));
    const points = e.tasks.filter((t) => t.id.startsWith('2.'));
    expect(points.map((t) => [t.id, t.lead.map((l) => l.name)])).toEqual([
      ['2.1', ['Bộ Nông nghiệp và Môi trường']],
      ['2.2', ['Ủy ban nhân dân tỉnh Nghệ An']],
    ]);
    expect(points[0]!.action).toMatch(/^Hướng dẫn thủ tục giao đất/);
    expect(points[0]!.deadline?.due).toBe('2026-04-30');
  });
});
