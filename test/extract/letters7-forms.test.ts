// Letter forms of the seventh letters round (issue 9, letters7): an item whose own text is one line naming who leads
// over its points, a roman section titled in sentence case (and its numeral alone on its line), and a line
// "<bodies> có trách nhiệm:" under a section's title. The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = (body: string) =>
  '|\nỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 12/CT-UBND\n|\nAn Giang, ngày 4 tháng 3 năm 2026\n|\nCHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy\n|\n' +
  body +
  '\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Minh\n|\n';

const rows = (e: Awaited<ReturnType<typeof run>>['e']) => e.tasks.map((t) => [t.id, t.lead.map((l) => l.name), t.coordinate.map((l) => l.name)]);

describe('letters7 forms', () => {
  it('reads "1. <body> chủ trì, phối hợp ... <bodies>" alone over points as their lead and coordinators (lead.heading-line)', async () => {
    const body =
      'Để bảo đảm an toàn trong mùa khô, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n' +
      '1. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh\n' +
      'a) Rà soát các công trình nhà cao tầng trên địa bàn.\n' +
      'b) Hướng dẫn chủ đầu tư lắp đặt hệ thống báo cháy.\n' +
      '2. Sở Công Thương\n' +
      'a) Kiểm tra các cửa hàng xăng dầu.';
    const { e } = await run(head(body));
    expect(rows(e)).toEqual([
      ['1.1', ['Sở Xây dựng'], ['Công an tỉnh']],
      ['1.2', ['Sở Xây dựng'], ['Công an tỉnh']],
      ['2.1', ['Sở Công Thương'], []],
    ]);
    expect(e.tasks[0]!.leadRule).toBe('lead.heading-line');
  });

  it('does not take a title line without a body as the lead of its points', async () => {
    const body =
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng:\n' +
      '1. Công tác kiểm tra an toàn\n' +
      'a) Rà soát các công trình nhà cao tầng trên địa bàn.\n';
    const { e } = await run(head(body));
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Sở Xây dựng']]);
  });

  it('reads roman sections titled in sentence case, the numeral alone on its line (structure.roman-title), and "<bodies> có trách nhiệm:" under the title (lead.title-subject-line)', async () => {
    const body =
      'Để bảo đảm an toàn, Ủy ban nhân dân tỉnh yêu cầu các ngành, các cấp thực hiện tốt một số nhiệm vụ sau đây:\n' +
      'I. \nNâng cao nhận thức về công tác phòng cháy\n' +
      'Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân huyện - thị xã có trách nhiệm:\n' +
      '1.\nQuán triệt các quy định về phòng cháy tại cơ quan, đơn vị.\n' +
      '2.\nTổ chức diễn tập phòng cháy tại các khu dân cư.\n' +
      'II. tổ chức thực hiện\n' +
      '1.\nSở Tư pháp chủ trì, phối hợp với Công an tỉnh kiểm tra các công trình cao tầng trên địa bàn tỉnh.\n';
    const { e } = await run(head(body));
    expect(rows(e)).toEqual([
      ['1.1', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân huyện - thị xã'], []],
      ['1.2', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân huyện - thị xã'], []],
      ['2.1', ['Sở Tư pháp'], ['Công an tỉnh']],
    ]);
  });

  it('reads a heading line of bodies narrowed by "thuộc ..." as the lead of its points, one body per ", các ..." (lead.heading-line)', async () => {
    const body =
      'Để bảo đảm an toàn giao thông, Giám đốc Sở yêu cầu:\n' +
      '1. Các Tổng công ty, Công ty thuộc phạm vi quản lý của Sở, các doanh nghiệp phối hợp kinh doanh vận tải hành khách\n' +
      'a) Rà soát phương tiện vận tải hành khách.\n' +
      'b) Báo cáo kết quả kiểm tra về Sở trước ngày 30 tháng 6 năm 2026.\n';
    const { e } = await run(head(body));
    const lead = ['Các Tổng công ty, Công ty thuộc phạm vi quản lý của Sở', 'các doanh nghiệp phối hợp kinh doanh vận tải hành khách'];
    expect(rows(e)).toEqual([
      ['1.1', lead, []],
      ['1.2', lead, []],
    ]);
  });

  it('reads "<issuer> chỉ thị <bodies> thực hiện ... sau đây:" as whom the items are asked of (lead.chi-thi-addressees)', async () => {
    const body =
      'Để phòng, chống dịch bệnh gia súc, Ủy ban nhân dân tỉnh chỉ thị Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các huyện thực hiện tốt những nội dung sau đây:\n' +
      '1. Rà soát tổng đàn gia súc trên địa bàn.\n' +
      '2. Tổ chức tiêm phòng vắc xin cho đàn gia súc.\n';
    const { e } = await run(head(body));
    const lead = ['Giám đốc Sở Nông nghiệp và Môi trường', 'Chủ tịch Ủy ban nhân dân các huyện'];
    expect(rows(e)).toEqual([
      ['1', lead, []],
      ['2', lead, []],
    ]);
  });

  it('reads no tasks in a section of principles ("I. NGUYÊN TẮC, YÊU CẦU ...", dictionaries/extract/section-titles.tsv)', async () => {
    const body =
      'Để bảo đảm việc sắp xếp thôn, tổ dân phố, Thủ tướng Chính phủ yêu cầu:\n' +
      'I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP\n' +
      '1. Việc sắp xếp phải bảo đảm phù hợp với tiêu chí của địa phương trước ngày 30 tháng 6 năm 2026.\n' +
      '2. Bảo đảm ổn định tình hình trong năm 2026.\n' +
      'II. TỔ CHỨC THỰC HIỆN\n' +
      '1. Bộ Nội vụ hướng dẫn các địa phương thực hiện việc sắp xếp.\n';
    const { e } = await run(head(body));
    expect(rows(e)).toEqual([['2.1', ['Bộ Nội vụ'], []]]);
  });

  it('reads no tasks in points after a lead-in that guides, though it speaks of "giáo dục" (task.guidance)', async () => {
    const text =
      '|\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 321/LĐTBXH-NCC\nV/v chế độ hỗ trợ học phí\n|\nHà Nội, ngày 4 tháng 3 năm 2026\n|\n' +
      'Kính gửi: Sở Nội vụ các tỉnh, thành phố trực thuộc trung ương\n' +
      'Bộ Lao động - Thương binh và Xã hội hướng dẫn việc thực hiện chế độ hỗ trợ học phí trong giáo dục phổ thông đối với học sinh vùng khó khăn như sau:\n' +
      '- Về mức hỗ trợ học phí, hồ sơ và phương thức chi trả được thực hiện theo quy định tại Thông tư số 12/2025/TT-BGDĐT.\n' +
      '- Các nội dung khác vẫn được thực hiện theo quy định hiện hành.\n' +
      '|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Minh\n|\n';
    const { e } = await run(text);
    expect(e.tasks).toEqual([]);
  });

  it('reads "đề nghị bộ, ngành, địa phương khẩn trương ..." as asking the bare collective (lead.giao-bare-collective), and "... quan tâm thực hiện./." as no task', async () => {
    const body =
      'Để việc rà soát được thống nhất, trên cơ sở hướng dẫn nêu trên, đề nghị sở, ngành, địa phương khẩn trương rà soát số liệu theo biểu mẫu gửi kèm và gửi về Ủy ban nhân dân tỉnh trước ngày 20/4/2026.\n' +
      'Đề nghị sở, ngành, địa phương quan tâm thực hiện./.';
    const { e } = await run(head(body));
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.leadRule, t.action])).toEqual([
      [['sở, ngành, địa phương'], 'lead.giao', 'Khẩn trương rà soát số liệu theo biểu mẫu gửi kèm và gửi về Ủy ban nhân dân tỉnh trước ngày 20/4/2026'],
    ]);
  });
});
