// Forms of the precision round (issue 9): an item that opens by explaining why holds its action after the
// consequence word (task.action.after-reason). The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { afterReason, doneReport } from '../../src/extract/tasks.js';
import { run, byId } from './helpers.js';


describe('precision round forms', () => {
  it('cuts the reason before "do đó" / "vì vậy" when the clause opens by explaining', () => {
    expect(afterReason('Do mưa lớn kéo dài nên đường sạt lở nhiều nơi, vì vậy các xã cần rà soát các điểm nguy hiểm')).toBe('các xã cần rà soát các điểm nguy hiểm');
    expect(afterReason('Kiểm tra năm trước cho thấy nhiều kho chưa đạt chuẩn, do đó phải sửa chữa trước mùa mưa')).toBe('phải sửa chữa trước mùa mưa');
  });

  it('keeps an action that does not open by explaining, or whose consequence says too little', () => {
    const plain = 'Tăng cường kiểm tra các kho, vì vậy cần bố trí đủ cán bộ';
    expect(afterReason(plain)).toBe(plain);
    const short = 'Do thiếu vốn, do đó chậm';
    expect(afterReason(short)).toBe(short);
  });

  it('records the action after the reason in a letter', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/UBND-NLN\nLào Cai, ngày 02 tháng 3 năm 2026\nV/v phòng chống rét cho vật nuôi\n' +
        'Kính gửi: Ủy ban nhân dân các xã, phường.\n' +
        'Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các xã, phường thực hiện các nội dung sau:\n' +
        '1. Do rét đậm kéo dài nên nhiều đàn trâu bị suy yếu, vì vậy các xã cần che chắn chuồng trại cho vật nuôi trước ngày 15/3/2026.\n' +
        '2. Hướng dẫn người dân dự trữ thức ăn cho gia súc.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Nam\n',
    );
    const t = byId(e.tasks);
    expect(t['1']?.action).toBe('Các xã cần che chắn chuồng trại cho vật nuôi trước ngày 15/3/2026');
    expect(t['2']?.action).toBe('Hướng dẫn người dân dự trữ thức ăn cho gia súc');
  });

  it('gives no task for a roman section that reports, with paragraphs and no points (task.report-section)', async () => {
    const { e } = await run(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 40/TB-VPCP\nHà Nội, ngày 05 tháng 5 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Điện Biên\n' +
        'Ngày 02 tháng 5 năm 2026, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Điện Biên. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n' +
        'I. ĐÁNH GIÁ CHUNG\nTrong quý I năm 2026, tỉnh đã tổ chức triển khai nhiều giải pháp, tăng trưởng khá, thu ngân sách vượt dự toán.\n' +
        'II. NHIỆM VỤ THỜI GIAN TỚI\n1. Ủy ban nhân dân tỉnh Điện Biên rà soát quy hoạch vùng chè trước ngày 30/6/2026.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Đỗ Minh Tâm\n',
    );
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['2.1']);
    expect(t['2.1']?.action).toMatch(/^Rà soát quy hoạch vùng chè/);
  });

  it('tells an item that reports what was done from one that asks (task.done-report)', () => {
    expect(doneReport('1. Năm qua, tỉnh đã hoàn thành việc cấp giấy chứng nhận cho các hộ.')).toBe(true);
    expect(doneReport('2. Việc sửa chữa các kho đã được triển khai ở ba huyện.')).toBe(true);
    expect(doneReport('3. Duy trì các kết quả đã đạt được trong năm 2025.')).toBe(false);
    expect(doneReport('4. Các huyện đã làm tốt cần tiếp tục nhân rộng mô hình.')).toBe(false);
    expect(doneReport('5. Về đá xây dựng: hỗ trợ các chủ đầu tư tìm nguồn cung.')).toBe(false);
  });

  it('leaves out an item of background under a request, keeps the items that ask', async () => {
    const { e } = await run(
      'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 55/BNNMT-TCTL\nHà Nội, ngày 10 tháng 6 năm 2026\nV/v tuyên truyền về an toàn đập\n' +
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n' +
        'Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm một số nội dung sau:\n' +
        '1. Thời gian qua, Bộ đã ban hành nhiều văn bản hướng dẫn bảo đảm an toàn đập trong mùa mưa.\n' +
        '2. Kiểm tra hiện trạng các hồ chứa trước ngày 30/6/2026.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Bình\n',
    );
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['2']);
    expect(t['2']?.action).toMatch(/^Kiểm tra hiện trạng các hồ chứa/);
  });

  it('keeps the item over points to mind as its task, not the points (task.note-points)', async () => {
    const { e } = await run(
      'BỘ Y TẾ\nSố: 71/BYT-KCB\nHà Nội, ngày 03 tháng 2 năm 2026\nV/v cấp phép hành nghề\n' +
        'Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n' +
        'Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố thực hiện các nội dung sau:\n' +
        '1. Rà soát lại từng hồ sơ xin cấp phép, khi rà soát cần lưu ý:\n' +
        '- Văn bằng chuyên môn phải là bản sao có chứng thực.\n' +
        '- Giấy xác nhận thời gian thực hành do cơ sở khám bệnh cấp.\n' +
        '2. Báo cáo kết quả về Bộ Y tế trước ngày 31/3/2026.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Bình\n',
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '2']);
  });
});
