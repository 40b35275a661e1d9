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
