// Letter forms of the fourth letters round (issue 9, letters4): "V/v" alone on its line, a cited symbol alone on a
// wrapped trích yếu's line, an addressee without a dash whose lines run into the body ("Xét ...", "Triển khai ..."),
// and the closing "khẩn trương triển khai, thực hiện". The texts are made up; no document of the dev or test sets is
// quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = (vv: string, kg: string, body: string) =>
  '|\nBỘ CÔNG THƯƠNG\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 321/BCT-KH\n' +
  vv +
  '\n|\nHà Nội, ngày 4 tháng 3 năm 2026\n|\n' +
  kg +
  '\n' +
  body +
  '\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, KH.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Minh\n|\n';

describe('letters4 forms', () => {
  it('reads the trích yếu under a "V/v" alone on its line (header.subject.vv-own-line)', async () => {
    const { e } = await run(head('V/v\ngóp ý dự thảo quy chế phối hợp', 'Kính gửi: Sở Công Thương các tỉnh.', 'Bộ Công Thương đề nghị Sở Công Thương các tỉnh góp ý dự thảo trước ngày 20/3/2026./.'));
    expect(e.document.type).toBe('Công văn');
    expect(e.document.subject?.toLowerCase()).toBe('góp ý dự thảo quy chế phối hợp');
    expect(e.document.rules?.subject).toBe('header.subject.vv-own-line');
  });

  it('keeps "V/v text" on one line under the older rule', async () => {
    const { e } = await run(head('V/v góp ý dự thảo quy chế phối hợp', 'Kính gửi: Sở Công Thương các tỉnh.', 'Bộ Công Thương đề nghị Sở Công Thương các tỉnh góp ý dự thảo./.'));
    expect(e.document.rules?.subject).toBe('header.subject.after-vv');
  });

  it('keeps a cited symbol alone on a wrapped line of the trích yếu', async () => {
    const { e } = await run(head('V/v hướng dẫn thực hiện Thông tư\n15/2025/TT-BCT', 'Kính gửi: Sở Công Thương các tỉnh.', 'Bộ Công Thương đề nghị Sở Công Thương các tỉnh báo cáo tình hình thực hiện./.'));
    expect(e.document.subject?.toLowerCase()).toBe('hướng dẫn thực hiện thông tư 15/2025/tt-bct');
  });

  it('ends an undashed addressee where the body opens (header.recipients.body-opener)', async () => {
    const body = 'Xét đề nghị của Sở Công Thương tại Tờ trình số 12/TTr-SCT ngày 01/3/2026, Thứ trưởng có ý kiến như sau:\nSở Công Thương các tỉnh rà soát danh mục dự án và báo cáo trước ngày 30/3/2026./.';
    const { e } = await run(head('V/v rà soát danh mục dự án', 'Kính gửi: Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc\nTrung ương', body));
    expect(e.document.recipients).toEqual(['Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương']);
    expect(e.document.rules?.recipients).toBe('header.recipients.body-opener');
  });

  it('still reads an undashed addressee wrapped over two lines without a body opener', async () => {
    const { e } = await run(head('V/v rà soát danh mục dự án', 'Kính gửi: Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc\nTrung ương', '\n|\nBộ Công Thương đề nghị các Sở rà soát danh mục dự án./.'));
    expect(e.document.recipients).toEqual(['Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương']);
    expect(e.document.rules?.recipients).toBe('header.recipients.kinh-gui');
  });

  it('drops the closing "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện" after the last dash', async () => {
    const body =
      'Bộ trưởng có ý kiến chỉ đạo như sau:\n1. Giao Sở Công Thương các tỉnh\n- Rà soát danh mục dự án trước ngày 30/3/2026.\n- Báo cáo kết quả về Bộ Công Thương.\n' +
      '2. Giao Văn phòng Bộ\n- Theo dõi, đôn đốc việc rà soát.\n- Tham mưu Bộ trưởng xử lý các đơn vị chậm báo cáo.\n' +
      'Đề nghị các cơ quan, đơn vị khẩn\ntrương triển khai, thực hiện./.\n ';
    const { e } = await run(head('V/v rà soát danh mục dự án', 'Kính gửi: Sở Công Thương các tỉnh.', body));
    expect(e.tasks.map((t) => t.id).sort()).toEqual(['1.1', '1.2', '2.1', '2.2']);
  });

  it('reads the answer, not the request, of "Về đề nghị ...: <answer>" in a conclusion (task.request-answer)', async () => {
    const text =
      '|\nVĂN PHÒNG CHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 77/TB-VPCP\n|\nHà Nội, ngày 9 tháng 4 năm 2026\n|\n' +
      'THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI TỈNH MẪU\n' +
      'Phó Thủ tướng kết luận như sau:\nI. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n' +
      '1. Về đề nghị Bộ Tài chính sớm bố trí vốn cho các dự án giao thông\nliên vùng của tỉnh: Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Bộ Tài chính xem xét, tổng hợp trong kế hoạch đầu tư công trung hạn.\n' +
      '2. Về kiến nghị các bộ, ngành hướng dẫn việc sắp xếp trụ sở\ndôi dư: Bộ Tài chính hướng dẫn tỉnh theo quy định.\n' +
      'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n|\nNơi nhận:\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Nam\n|\n';
    const { e } = await run(text);
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(t['1.1']?.lead.map((l) => l.name)).toEqual(['Bộ Kế hoạch và Đầu tư']);
    expect(t['1.1']?.rule).toBe('task.request-answer');
    expect(t['1.2']?.lead.map((l) => l.name)).toEqual(['Bộ Tài chính']);
    expect(t['1.2']?.action.startsWith('Hướng dẫn')).toBe(true);
  });

  it('lets the lead-in "Để ..., <body> cần <verb> ... sau đây:" of a conclusion\'s section lead its items (lead.must-subject)', async () => {
    const text =
      '|\nVĂN PHÒNG CHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 78/TB-VPCP\n|\nHà Nội, ngày 9 tháng 4 năm 2026\n|\n' +
      'THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI BỘ MẪU\n' +
      'Phó Thủ tướng kết luận như sau:\nI. ĐÁNH GIÁ CHUNG\nTrong năm qua, công tác quản lý đã có nhiều chuyển biến tích cực.\n' +
      'Để hoàn thành các mục tiêu năm 2026, Bộ Công Thương cần tập trung thực hiện tốt các nhiệm vụ sau đây:\n' +
      '1. Rà soát, hoàn thiện các quy định về quản lý thị trường.\n2. Đẩy nhanh tiến độ các dự án năng lượng trọng điểm.\n' +
      'Văn phòng Chính phủ xin trân trọng thông báo./.\n|\nNơi nhận:\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Nam\n|\n';
    const { e } = await run(text);
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2']);
    expect(t['1.2']?.lead.map((l) => l.name)).toEqual(['Bộ Công Thương']);
  });

  it('reads "tỉnh X cần ..." in such a lead-in as the province\'s Ủy ban nhân dân', async () => {
    const text =
      '|\nVĂN PHÒNG CHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 79/TB-VPCP\n|\nHà Nội, ngày 9 tháng 4 năm 2026\n|\n' +
      'THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI TỈNH LẠNG SƠN\n' +
      'Phó Thủ tướng kết luận như sau:\nI. ĐÁNH GIÁ CHUNG\nTrong năm qua, kinh tế của tỉnh tăng trưởng khá.\n' +
      'Để phát triển nhanh và bền vững, tỉnh Lạng Sơn cần tập trung thực hiện tốt các nhiệm vụ sau đây:\n' +
      '1. Rà soát quy hoạch các khu kinh tế cửa khẩu.\n2. Đẩy mạnh cải cách thủ tục hành chính.\n' +
      'Văn phòng Chính phủ xin trân trọng thông báo./.\n|\nNơi nhận:\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Nam\n|\n';
    const { e } = await run(text);
    const t = Object.fromEntries(e.tasks.map((x) => [x.id, x]));
    expect(t['1.1']?.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân tỉnh Lạng Sơn']);
  });

  it('gives numbers listed bare ("các Công điện số A, B và C ngày ...") the date said after the last', async () => {
    const body = 'Tiếp theo các Công điện số 31/CĐ-BCT, 32/CĐ-BCT và 35/CĐ-BCT ngày 02/3/2026, Bộ trưởng yêu cầu:\n1. Sở Công Thương các tỉnh theo dõi sát tình hình cung ứng xăng dầu./.';
    const { e } = await run(head('V/v bảo đảm cung ứng xăng dầu', 'Kính gửi: Sở Công Thương các tỉnh.', body));
    const dates = Object.fromEntries(e.references.map((r) => [r.number, r.date]));
    expect(dates).toMatchObject({ '31/CĐ-BCT': '2026-03-02', '32/CĐ-BCT': '2026-03-02', '35/CĐ-BCT': '2026-03-02' });
  });

  it('does not lend a date across a number cited with its own kind', async () => {
    const body = 'Căn cứ Thông tư số 15/2025/TT-BCT, Quyết định số 40/QĐ-BCT ngày 02/3/2026 của Bộ Công Thương, Bộ trưởng yêu cầu:\n1. Sở Công Thương các tỉnh rà soát các cửa hàng xăng dầu./.';
    const { e } = await run(head('V/v rà soát cửa hàng xăng dầu', 'Kính gửi: Sở Công Thương các tỉnh.', body));
    const dates = Object.fromEntries(e.references.map((r) => [r.number, r.date]));
    expect(dates['40/QĐ-BCT']).toBe('2026-03-02');
    expect(dates['15/2025/TT-BCT']).toBeNull();
  });
});
