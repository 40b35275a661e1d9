// Lead forms of the tasks7 round (issue 9): a word of mood between a body and its verb ("Tổng công ty X cần rà soát ...",
// "Bộ Y sẽ ...") is not part of the name (lead.modal), and a frame sentence's collective closed by its parent's head
// noun ("các cơ quan, đơn vị trực thuộc Bộ") keeps that noun (agency.parent-head). The texts are made up; no document of
// the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const notice = (body: string) =>
  'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 45/TB-BNNMT\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Bộ trưởng tại hội nghị giao ban quý I\n' +
  body +
  '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nLê Văn Hải\n';

describe('tasks7 forms', () => {
  it('ends a name at a word of mood and reads the body as the subject (lead.modal)', async () => {
    const body =
      'Bộ trưởng kết luận như sau:\n1.\nVề công tác thủy lợi\n- Tổng công ty Thủy lợi Miền Trung cần rà soát toàn bộ hệ thống kênh mương trước mùa mưa.\n- Công ty Thủy nông Sông Chu phải hoàn thành sửa chữa trạm bơm trước ngày 30/4/2026.\n2.\nVề công tác giống cây trồng\n- Trung tâm Giống cây trồng quốc gia cần phải đánh giá lại các bộ giống lúa chịu mặn.';
    const { e } = await run(notice(body));
    expect(e.tasks.map((t) => [t.id, t.lead.map((l) => l.name)])).toEqual([
      ['1.1', ['Tổng công ty Thủy lợi Miền Trung']],
      ['1.2', ['Công ty Thủy nông Sông Chu']],
      ['2.1', ['Trung tâm Giống cây trồng quốc gia']],
    ]);
    expect(e.tasks[0]!.action).toMatch(/^Rà soát toàn bộ/);
    expect(e.tasks[2]!.action).toMatch(/^Đánh giá lại/);
  });

  it('keeps the parent head noun after "trực thuộc" in a frame sentence\'s addressee (agency.parent-head)', async () => {
    const body =
      'Bộ trưởng yêu cầu các cơ quan, đơn vị trực thuộc Bộ thực hiện tốt các nội dung sau:\n1. Rà soát danh mục thủ tục hành chính thuộc phạm vi quản lý, đề xuất cắt giảm trước ngày 15/4/2026.\n2. Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết hồ sơ.';
    const { e } = await run(notice(body));
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Các cơ quan, đơn vị trực thuộc Bộ'], ['Các cơ quan, đơn vị trực thuộc Bộ']]);
  });

  it('does not take a named parent ("trực thuộc Bộ Công an") as the collective\'s end', async () => {
    const body = 'Đề nghị các đơn vị trực thuộc Bộ Công an phối hợp rà soát các điểm nóng về khai thác cát trái phép trước ngày 20/4/2026.';
    const { e } = await run(notice(body));
    expect(e.tasks[0]?.lead.map((l) => l.name).join()).not.toBe('Các đơn vị trực thuộc Bộ');
  });
});

const resolution = (body: string) =>
  'CHÍNH PHỦ\n________\nSố: 77/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 5 năm 2026\nNGHỊ QUYẾT\nVề việc chuyển giao Trung tâm Bảo tồn X về Ủy ban nhân dân tỉnh Ninh Bình quản lý\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n' +
  body +
  '\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n';

describe('tasks7 articles', () => {
  it('reads the article after one that holds clauses ("Điều 1. ... như sau:") as its sibling (structure.article-siblings)', async () => {
    const body =
      'Điều 1. Chuyển giao Trung tâm Bảo tồn X như sau:\n1. Đồng ý chủ trương chuyển giao Trung tâm Bảo tồn X về Ủy ban nhân dân tỉnh Ninh Bình quản lý.\n2. Giao Bộ Nông nghiệp và Môi trường:\na) Chủ trì, phối hợp với Ủy ban nhân dân tỉnh Ninh Bình xây dựng phương án bàn giao, trình Thủ tướng Chính phủ trước ngày 30/6/2026.\nb) Tổ chức bàn giao tài sản, hồ sơ của Trung tâm.\n' +
      'Điều 2. Giao Ủy ban nhân dân tỉnh Ninh Bình:\n1. Tiếp nhận nguyên trạng Trung tâm.\n2. Bố trí kinh phí hoạt động của Trung tâm từ ngân sách tỉnh.\n' +
      'Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\nĐiều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình chịu trách nhiệm thi hành Nghị quyết này./.';
    const { e } = await run(resolution(body));
    const ids = e.tasks.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['1.2.1', '1.2.2', '2.1', '2.2']));
    // the execution formula of a resolution is no task, even when the article runs on into the signature block
    expect(ids).not.toContain('4');
    expect(e.tasks.find((t) => t.id === '1.2.1')!.lead.map((l) => l.name)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(e.tasks.find((t) => t.id === '2.2')!.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân tỉnh Ninh Bình']);
  });
});

describe('tasks7 directive items', () => {
  const directive = (items: string) =>
    'CHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG CÔNG TÁC HỖ TRỢ VIỆC LÀM CHO THANH NIÊN NÔNG THÔN\n' +
    'Để làm tốt công tác hỗ trợ việc làm cho thanh niên nông thôn, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n' +
    items +
    '\n| Nơi nhận: - Như trên; - Lưu: VT. | THỦ TƯỚNG Trần Văn Bình |\n';

  it('names a body narrowed by "ở địa phương" with it (lead.narrowed-place)', async () => {
    const { e } = await run(directive('1. Chỉ đạo các trường nghề mở lớp ngắn hạn cho thanh niên nông thôn.\n\n2. Cơ quan Nội vụ ở địa phương có trách nhiệm lập danh sách thanh niên cần hỗ trợ việc làm.'));
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], ['Cơ quan Nội vụ ở địa phương']]);
  });

  it('does not take who asks in a closing paragraph as the last item\'s subject (lead.requester)', async () => {
    const { e } = await run(
      directive(
        '1. Chỉ đạo các trường nghề mở lớp ngắn hạn cho thanh niên nông thôn.\n\n2. Định kỳ hàng năm báo cáo kết quả về Bộ Nội vụ để tổng hợp.\n\nHỗ trợ việc làm cho thanh niên nông thôn là nhiệm vụ quan trọng. Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện nghiêm túc Chỉ thị này./.',
      ),
    );
    const t2 = e.tasks.find((t) => t.id === '2')!;
    expect(t2.lead.map((l) => l.name)).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(t2.action).toMatch(/^Định kỳ hàng năm báo cáo/);
  });
});

describe('tasks7 deadlines', () => {
  it('does not read "kế hoạch 5 năm và hằng năm" as a recurring deadline (deadline.plan-period)', async () => {
    const { e } = await run(
      'CHỈ THỊ\nVỀ VIỆC PHÁT TRIỂN NGHỀ CÔNG TÁC XÃ HỘI\nThủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n1. Đưa chỉ tiêu phát triển nghề công tác xã hội vào kế hoạch 5 năm và hằng năm của địa phương.\n2. Định kỳ hằng năm báo cáo kết quả về Bộ Nội vụ.\n| Nơi nhận: - Như trên; - Lưu: VT. | THỦ TƯỚNG Trần Văn Bình |\n',
    );
    expect(e.tasks.map((t) => [t.id, t.deadline?.kind ?? null])).toEqual([
      ['1', null],
      ['2', 'recurring'],
    ]);
  });
});

describe('tasks7 lines under lettered topics', () => {
  const conclusion = (body: string) =>
    'VĂN PHÒNG CHÍNH PHỦ\nSố: 55/TB-VPCP\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp về phát triển đội tàu sông\n' +
    'Ngày 5 tháng 3 năm 2026, Phó Thủ tướng chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n' +
    body +
    '\nVăn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn Hòa\n';

  it('skips a short topic before a colon and reads each undashed line that names who acts as a task (task.topic-subject)', async () => {
    const body =
      '1. Về kế hoạch phát triển:\na) Phát triển đội tàu sông: Tổng công ty Đường sông Miền Bắc cần khẩn trương đóng mới 12 sà lan.\nGiao Bộ Tài chính bố trí vốn đối ứng cho dự án trong năm 2026.\n' +
      'b) Phát triển bến thủy nội địa: Bộ Xây dựng chủ trì rà soát quy hoạch bến thủy, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2026.';
    const { e } = await run(conclusion(body));
    expect(e.tasks.map((t) => [t.id, t.lead.map((l) => l.name)])).toEqual([
      ['1.1.1', ['Tổng công ty Đường sông Miền Bắc']],
      ['1.1.2', ['Bộ Tài chính']],
      ['1.2', ['Bộ Xây dựng']],
    ]);
    expect(e.tasks[0]!.action).toMatch(/^Khẩn trương đóng mới/);
  });

  it('keeps a request line under a last item titled with a colon in that item (task.topic-lines)', async () => {
    const body = '1. Rà soát nhu cầu vận tải hàng hóa bằng đường sông trong năm 2026.\n2. Về cơ chế tài chính:\nTổng công ty Đường sông Miền Bắc chủ động đề xuất cơ chế huy động vốn.\nGiao Ngân hàng Nhà nước Việt Nam hướng dẫn các ngân hàng thương mại cho vay ưu đãi.';
    const { e } = await run(conclusion(body));
    expect(e.tasks.map((t) => [t.id, t.rule])).toEqual([
      ['1', 'task.item'],
      ['2.1', 'task.topic-paragraph'],
      ['2.2', 'task.topic-paragraph'],
    ]);
  });
});

describe('tasks7 partners named by each point', () => {
  it('leads each point of "<X> chủ trì, phối hợp:" by X, the body each point names coordinating (lead.chu-tri-partners)', async () => {
    const text =
      'BỘ CÔNG THƯƠNG\nSố: 321/BCT-TTTN\nV/v tăng cường quản lý thị trường phân bón\nHà Nội, ngày 10 tháng 3 năm 2026\nKính gửi: Các đơn vị thuộc Bộ\n' +
      'Bộ trưởng Bộ Công Thương yêu cầu các đơn vị thực hiện các nội dung sau:\n' +
      '1. Cục Xúc tiến thương mại chủ trì, phối hợp:\n- Với Cục Quản lý thị trường kiểm tra hoạt động quảng cáo phân bón;\n- Với Ủy ban nhân dân các tỉnh, thành phố rà soát hệ thống đại lý phân bón, báo cáo trước ngày 30/4/2026.\n' +
      '2. Cục Quản lý thị trường chủ trì, phối hợp với các đơn vị liên quan:\n- Bộ Tài chính: hướng dẫn xử lý vi phạm về giá phân bón;\n- Bộ Công an: điều tra các đường dây phân bón giả.\n' +
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn Bình\n';
    const { e } = await run(text);
    expect(e.tasks.map((t) => [t.id, t.lead.map((l) => l.name), t.coordinate.map((l) => l.name)])).toEqual([
      ['1.1', ['Cục Xúc tiến thương mại'], ['Cục Quản lý thị trường']],
      ['1.2', ['Cục Xúc tiến thương mại'], ['Ủy ban nhân dân các tỉnh, thành phố']],
      ['2.1', ['Cục Quản lý thị trường'], ['Bộ Tài chính']],
      ['2.2', ['Cục Quản lý thị trường'], ['Bộ Công an']],
    ]);
    expect(e.tasks[0]!.action).toMatch(/^Kiểm tra hoạt động quảng cáo/);
  });
});

describe('tasks7 titled paragraphs', () => {
  it('reads a title of up to 9 words over the paragraph that assigns (task.titled-paragraph)', async () => {
    const { e } = await run(
      resolution(
        'Điều 1. Trách nhiệm tổ chức thực hiện\n1. Bộ Y tế chủ trì hướng dẫn thi hành Nghị quyết này.\n2. Trách nhiệm phối hợp trong tổ chức thực hiện\nCác Bộ: Y tế, Công Thương và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm kết nối dữ liệu quản lý an toàn thực phẩm với Cổng dịch vụ công quốc gia.\nĐiều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      ),
    );
    const t = e.tasks.find((x) => x.id === '1.2');
    expect(t?.lead.map((l) => l.name)).toEqual(['Bộ Y tế', 'Bộ Công Thương', 'Ủy ban nhân dân tỉnh, thành phố']);
  });
});
