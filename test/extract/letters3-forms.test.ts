// Letter forms of the letters round (issue 9, letters3): a letter head flattened onto a few lines (a web page's
// text), a request in prose, a lead-in that guides and asks no one, "X có trách nhiệm:" over dashes, and who
// "có Công văn số ...". The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';


describe('letters round forms', () => {
  it('reads a flattened head: the addressee run into the body, the signature block on one line', async () => {
    const { e } = await run(
      'BỘ XÂY DỰNG -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n' +
        'Số: 918/BXD-KHTC V/v rà soát nhu cầu vốn cho nhà ở xã hội\n' +
        'Hà Nội, ngày 12 tháng 3 năm 2024 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Vừa qua, việc hỗ trợ nhà ở còn chậm. Bộ Xây dựng đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố chỉ đạo thực hiện một số nội dung sau:\n' +
        '1. Rà soát danh sách hộ được hỗ trợ trên địa bàn trước ngày 30/4/2024.\n' +
        '2. Chỉ đạo Sở Tài chính bố trí vốn đối ứng theo quy định.\n' +
        'Trân trọng cảm ơn./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Bình\n',
    );
    expect(e.document.subject).toBe('Rà soát nhu cầu vốn cho nhà ở xã hội');
    expect(e.document.recipients).toEqual(['Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(e.document.signer).toMatchObject({ name: 'Lê Văn Bình', title: 'Thứ trưởng' });
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '2']);
    expect(leads(t['1'])).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(t['1']!.deadline).toMatchObject({ due: '2024-04-30' });
  });

  it('splits a Kính gửi dash list written on one line', async () => {
    const { e } = await run(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 77/VPCP-KTTH\tHà Nội, ngày 02 tháng 4 năm 2024\nV/v bổ sung kinh phí\n' +
        'Kính gửi:\t- Bộ Tài chính; - Ủy ban nhân dân tỉnh Quảng Bình.\n' +
        'Phó Thủ tướng có ý kiến như sau:\n1. Yêu cầu Bộ Tài chính khẩn trương thẩm định, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 4 năm 2024.\n' +
        '2. Ủy ban nhân dân tỉnh Quảng Bình chủ động bố trí ngân sách địa phương.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Đỗ Minh Tâm\n',
    );
    expect(e.document.recipients).toEqual(['Bộ Tài chính', 'Ủy ban nhân dân tỉnh Quảng Bình']);
    expect(e.document.signer).toMatchObject({ name: 'Đỗ Minh Tâm', title: 'Phó Chủ nhiệm' });
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bộ Tài chính']);
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân tỉnh Quảng Bình']);
  });

  it('task.guidance: items after "... hướng dẫn ... như sau:" state rules; only what an item asks of a body is a task', async () => {
    const { e } = await run(
      'BỘ Y TẾ\nSố: 45/BYT-BH\tHà Nội, ngày 10 tháng 01 năm 2023\nV/v hướng dẫn thanh toán chi phí\n' +
        'Kính gửi:\n- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;\n- Các bệnh viện trực thuộc Bộ Y tế.\n' +
        'Để thống nhất thực hiện, Bộ Y tế hướng dẫn một số nội dung như sau:\n' +
        '1. Quỹ bảo hiểm y tế thanh toán chi phí theo giá dịch vụ đã được phê duyệt.\n' +
        '2. Các cơ sở khám bệnh ghi mã số dịch vụ như sau:\n+ Chọn mã số 1 cho dịch vụ khám;\n+ Chọn mã số 2 cho dịch vụ xét nghiệm.\n' +
        '3. Bộ Y tế đề nghị Bảo hiểm xã hội Việt Nam chỉ đạo bảo hiểm xã hội các tỉnh phối hợp thực hiện.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n',
    );
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['3']);
    expect(leads(t['3'])).toEqual(['Bảo hiểm xã hội Việt Nam']);
  });

  it('"<X> có trách nhiệm:" over dashes: X leads each; the closing formula with its difficulties clause is no task', async () => {
    const { e } = await run(
      'BỘ NỘI VỤ\nSố: 301/BNV-CQĐP\tHà Nội, ngày 08 tháng 5 năm 2024\nV/v thí điểm cấp phép trực tuyến\n' +
        'Kính gửi:\n- Sở Nội vụ tỉnh Nam Định;\n- Sở Nội vụ tỉnh Thái Bình.\n' +
        'Bộ trưởng đồng ý thí điểm cấp phép trực tuyến tại hai địa phương.\n\nGiám đốc Sở Nội vụ có trách nhiệm:\n\n' +
        '- Phối hợp với Bưu điện tỉnh hoàn thiện quy trình cấp phép.\n\n- Kiểm tra, hướng dẫn cấp xã thực hiện thí điểm.\n\n' +
        'Yêu cầu các phòng, đơn vị trực thuộc Sở nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo để giải quyết./.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n',
    );
    expect(e.tasks).toHaveLength(2);
    for (const t of e.tasks) expect(leads(t)).toEqual(['Giám đốc Sở Nội vụ']);
  });

  it('reference.issuer-has: the body that "có Công văn số ..." issued it; "của X (Công văn số ...)" too', async () => {
    const { e } = await run(
      'BỘ TÀI CHÍNH\nSố: 88/BTC-NSNN\tHà Nội, ngày 03 tháng 6 năm 2024\nV/v bổ sung dự toán\nKính gửi: Bộ Giáo dục và Đào tạo.\n' +
        'Xét đề nghị của Ủy ban nhân dân tỉnh Hà Giang (Công văn số 1234/UBND-KT ngày 10/5/2024), ngày 20/5/2024 Bộ Giáo dục và Đào tạo đã có Công văn số 567/BGDĐT-KHTC về nhu cầu kinh phí. ' +
        'Đề nghị Bộ Giáo dục và Đào tạo tổng hợp, gửi Bộ Tài chính trước ngày 30/6/2024.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n',
    );
    const r = Object.fromEntries(e.references.map((x) => [x.number, x.issuer]));
    expect(r['1234/UBND-KT']).toBe('Ủy ban nhân dân tỉnh Hà Giang');
    expect(r['567/BGDĐT-KHTC']).toBe('Bộ Giáo dục và Đào tạo');
  });
});
