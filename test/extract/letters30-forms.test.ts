// Letter task forms of branch letters30 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, coords, leads } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH NAM\nSố: 318/UBND-KT\nHòa Bình Nam, ngày 09 tháng 11 năm 2026\nV/v bảo đảm hàng hóa dịp cuối năm\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\nỦy ban nhân dân tỉnh yêu cầu:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Tâm\n';

describe('letters30 forms', () => {
  it('coordinate.later-clauses: each "...; phối hợp với B ..." clause of a task names more partners', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Công Thương theo dõi nguồn cung hàng hóa; chủ động phối hợp với Sở Tài chính xây dựng phương án bình ổn giá; ' +
        'phối hợp với Sở Xây dựng bảo đảm lưu thông hàng hóa thông suốt.\n' +
        '2. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm. Phối hợp với các cơ quan liên quan xử lý nghiêm vi phạm.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(coords(t['1'])).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    expect(coords(t['2'])).toEqual(['Công an tỉnh', 'Các cơ quan liên quan']);
  });

  it('task.report-particulars: points under "đề nghị X báo cáo ... như sau:" are the report\'s particulars, one task', async () => {
    const HEAD2 =
      'SỞ Y TẾ TỈNH HÒA BÌNH NAM\nSố: 77/SYT-NVY\nHòa Bình Nam, ngày 02 tháng 12 năm 2026\nV/v báo cáo tình hình tiêm chủng\n' +
      'Kính gửi: Các cơ sở khám chữa bệnh trong tỉnh.\n' +
      'Để tổng hợp số liệu năm 2026, Sở Y tế đề nghị các cơ sở khám chữa bệnh báo cáo tình hình tiêm chủng cụ thể như sau:\n';
    const { e } = await run(
      HEAD2 +
        '1. Mẫu báo cáo gửi kèm theo Công văn này.\n' +
        '2. Thời gian báo cáo từ ngày 01/01/2026 đến hết ngày 30/11/2026.\n' +
        '3. Báo cáo gửi về Sở Y tế trước ngày 15/12/2026 qua hộp thư điện tử của Phòng Nghiệp vụ Y.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPhạm Thị Lan\n',
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1']);
    const t = e.tasks[0]!;
    expect(t.rule).toBe('task.report-particulars');
    // agency-words.tsv modifier "khám chữa bệnh": the collective is named whole.
    expect(leads(t)).toEqual(['Các cơ sở khám chữa bệnh']);
    expect(t.deadline?.due).toBe('2026-12-15');
    expect(t.action).toMatch(/^Báo cáo tình hình tiêm chủng cụ thể như sau: Mẫu báo cáo .* Thời gian báo cáo .* Báo cáo gửi về Sở Y tế/);
  });

  it('coordinate.agree-with: whom the work is agreed or planned with ("thống nhất với", "phối hợp cụ thể với", "phối hợp cùng")', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Y tế nghiên cứu quy định hiện hành, trao đổi, thống nhất với Sở Tư pháp và Sở Tài chính để xác định nội dung cần sửa đổi.\n' +
        '2. Sở Văn hóa xây dựng kế hoạch phối hợp cụ thể với các sở, ngành liên quan để tuyên truyền.\n' +
        '3. Sở Nội vụ phối hợp cùng Sở Xây dựng kiểm tra trụ sở các xã.\n' +
        '4. Sở Công Thương hoàn thiện phương án (sau khi có sự thống nhất với các sở, ngành liên quan).\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(coords(t['1'])).toEqual(['Sở Tư pháp', 'Sở Tài chính']);
    expect(coords(t['2'])).toEqual(['Các sở, ngành liên quan']);
    expect(coords(t['3'])).toEqual(['Sở Xây dựng']);
    // ("sự thống nhất với" names a condition, not a partner.)
    expect(coords(t['4'])).toEqual([]);
  });

  it('agency-words.tsv collective "hộ gia đình": "các tổ chức, hộ gia đình, cá nhân" is one collective', async () => {
    const { e } = await run(HEAD + '1. Đề nghị các tổ chức, hộ gia đình, cá nhân phối hợp cung cấp giấy tờ về đất đai cho tổ công tác.\n' + TAIL);
    expect(leads(byId(e.tasks)['1'])).toEqual(['Các tổ chức, hộ gia đình, cá nhân']);
  });

  it('task.closing-formula-object: the closing formula with what it points back to, or passing the work on, is no task', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Tài chính bố trí kinh phí mua hàng dự trữ.\n' +
        '2. Sở Xây dựng:\na) Kiểm tra các công trình nhà ở xã hội.\nb) Chỉ đạo các đơn vị trực thuộc tổ chức thực hiện.\n' +
        '3. Nghiêm túc triển khai thực hiện các nội dung trên, bảo đảm chất lượng và tiến độ.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2.1']);
  });

  it('task.case-points: points that each open "Nếu <case>:" are the cases of their item\'s one task', async () => {
    const { e } = await run(
      HEAD +
        '1. Lập biên bản nhận hàng hỗ trợ, cụ thể:\n' +
        '- Nếu đơn vị nhận là trường học: ghi họ tên hiệu trưởng và kế toán.\n' +
        '- Nếu đơn vị nhận là trạm y tế: ghi họ tên trạm trưởng.\n' +
        '2. Gửi biên bản về Sở Tài chính trước ngày 20/12/2026.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(byId(e.tasks)['1']?.action).toMatch(/^Lập biên bản nhận hàng hỗ trợ, cụ thể: Nếu đơn vị nhận là trường học: .* Nếu đơn vị nhận là trạm y tế/);
  });
});
