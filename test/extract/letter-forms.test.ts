// Task forms of letters and plans (issue 9, second round): numbers written "1/", findings before the request,
// an item's own paragraph over its points, bodies of every place of a level, sentences that each name who acts,
// a notice of a working session, a công điện's addressee lines, names with lower-case words, periods already over.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const TAIL = '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTrần Văn Hòa\n';

const TAX =
  'BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 512/TCT-TTKT Hà Nội, ngày 05 tháng 9 năm 2024\nV/v tăng cường công tác kiểm tra\n' +
  'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n';

describe('letter forms', () => {
  it('reads "1/" items; findings listed after "... cho thấy:" are no one\'s task; a body named short is the addressee', async () => {
    const { e } = await run(
      TAX +
        'Kết quả kiểm tra 6 tháng đầu năm cho thấy:\n\n' +
        '- Một số Cục Thuế có tỷ lệ hoàn thành kế hoạch thấp.\n\n' +
        '- Dữ liệu trên ứng dụng chưa được cập nhật kịp thời.\n\n' +
        'Để hoàn thành nhiệm vụ, Tổng cục Thuế yêu cầu các Cục Thuế thực hiện một số giải pháp sau:\n\n' +
        '1/ Rà soát lại kế hoạch kiểm tra năm 2024 để bổ sung các doanh nghiệp có rủi ro cao.\n\n' +
        '2/ Cập nhật đầy đủ dữ liệu vào ứng dụng trước ngày 30/9/2024.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '2']);
    expect(leads(t['1'])).toEqual(['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']);
    expect(t['2']!.deadline).toMatchObject({ due: '2024-09-30' });
  });

  it('task.lead-in: an item that opens with its own sentence over dashes is a task, and so is each dash', async () => {
    const { e } = await run(
      TAX +
        'Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương thực hiện các nội dung sau:\n\n' +
        '1. Hoàn thành kế hoạch kiểm tra còn dở dang của năm 2023 trước ngày 30/4/2024.\n\n' +
        '- Áp dụng nguyên tắc quản lý rủi ro khi lập kế hoạch kiểm tra.\n\n' +
        '- Chỉ đạo nhập dữ liệu kết quả kiểm tra định kỳ hằng tháng.\n\n' +
        '2. Tăng cường kiểm tra hồ sơ hoàn thuế giá trị gia tăng.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '1.1', '1.2', '2']);
    expect(t['1']!.rule).toBe('task.lead-in');
    expect(t['1']!.deadline).toMatchObject({ due: '2024-04-30' });
    expect(leads(t['1.2'])).toEqual(['Cục Thuế các tỉnh, thành phố trực thuộc Trung ương']);
    expect(t['1.2']!.deadline).toMatchObject({ kind: 'recurring', due: null });
  });

  it('a heading over a paragraph over lettered points: the paragraph is a task; names keep their lower-case words', async () => {
    const { e } = await run(
      'BỘ TƯ PHÁP\nSố: 15/CT-BTP Hà Nội, ngày 10 tháng 3 năm 2024\nCHỈ THỊ\nVề công tác bồi thường nhà nước\n\n' +
        'Bộ trưởng Bộ Tư pháp chỉ thị:\n' +
        '1. Vụ Pháp luật dân sự - kinh tế\n' +
        'Đôn đốc các đơn vị thực hiện tốt kế hoạch của Bộ và có trách nhiệm sau đây:\n' +
        'a) Chủ trì, phối hợp với Vụ Tổ chức cán bộ, Tổng cục Thi hành án dân sự và các đơn vị liên quan đề xuất đầu mối quản lý nhà nước về bồi thường;\n' +
        'b) Xây dựng tài liệu tập huấn về bồi thường nhà nước.\n' +
        '2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền về bồi thường nhà nước.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '1.1', '1.2', '2']);
    expect(leads(t['1'])).toEqual(['Vụ Pháp luật dân sự - kinh tế']);
    expect(t['1.1']!.coordinate.map((c) => c.name)).toEqual(['Vụ Tổ chức cán bộ', 'Tổng cục Thi hành án dân sự', 'Các đơn vị liên quan']);
    expect(leads(t['2'])).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it('task.subjects: an item whose sentences each name who acts gives one task each', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 9/CT-UBND An Giang, ngày 02 tháng 4 năm 2025\nCHỈ THỊ\nVề tháo gỡ khó khăn cho sản xuất\n\n' +
        'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n' +
        '1. Thanh tra tỉnh thực hiện nghiêm kế hoạch thanh tra năm 2025, không thanh tra ngoài kế hoạch.\n' +
        'Đề nghị Kho bạc Nhà nước tỉnh tạo điều kiện thuận lợi cho các doanh nghiệp trong thanh toán vốn.\n' +
        '2. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án chậm giải ngân.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2']);
    expect(t['1.2']!.rule).toBe('task.subjects');
    expect(leads(t['1.1'])).toEqual(['Thanh tra tỉnh']);
    expect(leads(t['1.2'])).toEqual(['Kho bạc Nhà nước tỉnh']);
  });

  it('a notice of a working session: its conclusions fall to the body met; a section that reports and a period already over make no task', async () => {
    const { e } = await run(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 401/TB-VPCP Hà Nội, ngày 20 tháng 7 năm 2025\nTHÔNG BÁO\n' +
        'Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Quảng Ngãi\n' +
        'Ngày 15 tháng 7 năm 2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Quảng Ngãi về tình hình kinh tế - xã hội. Phó Thủ tướng kết luận như sau:\n' +
        'I. ĐÁNH GIÁ CHUNG\n' +
        '1. Trong 6 tháng đầu năm 2025, tỉnh đạt kết quả khá toàn diện trên các lĩnh vực.\n' +
        'II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n' +
        '1. Tập trung giải ngân vốn đầu tư công, hoàn thành trong năm 2025.\n' +
        '2. Rà soát các dự án tồn đọng kéo dài.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['2.1', '2.2']);
    // lead.session-body (coord8): the items that name no one fall to the province's Ủy ban nhân dân
    expect(leads(t['2.2'])).toEqual(['Ủy ban nhân dân tỉnh Quảng Ngãi']);
  });

  it('a công điện: the lines after "... điện:" are its addressees, not tasks', async () => {
    const { e } = await run(
      'THỦ TƯỚNG CHÍNH PHỦ\nSố: 30/CĐ-TTg Hà Nội, ngày 02 tháng 10 năm 2025\nCÔNG ĐIỆN\nVề ứng phó với bão\n' +
        'THỦ TƯỚNG CHÍNH PHỦ điện:\n\n' +
        '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ngãi, Gia Lai;\n\n' +
        '- Các Bộ: Quốc phòng, Công an, Xây dựng;\n\n' +
        'Bão đang di chuyển vào đất liền. Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:\n\n' +
        '1. Bộ Công an chỉ đạo lực lượng sẵn sàng hỗ trợ người dân.\n\n' +
        '2. Bộ Xây dựng bảo đảm an toàn giao thông trên các tuyến quốc lộ.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id).sort()).toEqual(['1', '2']);
    expect(leads(byId(e.tasks)['1'])).toEqual(['Bộ Công an']);
  });

  it('a numbered heading in capitals before section II is section I; the opening\'s defined short name leads it', async () => {
    const { e } = await run(
      'THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg Hà Nội, ngày 04 tháng 3 năm 2025\nCHỈ THỊ\nVề các nhiệm vụ cấp bách\n' +
        'Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương):\n\n' +
        '1. TINH THẦN CHỈ ĐẠO\n\n' +
        '1. Quán triệt sâu sắc chỉ đạo của Chính phủ về phòng chống dịch bệnh.\n\n' +
        '2. Tập trung thực hiện nhiệm vụ kép.\n\n' +
        'II. NHIỆM VỤ CỤ THỂ\n\n' +
        '1. Bộ Tài chính trình Chính phủ gia hạn nộp thuế trong tháng 3 năm 2025.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2.1']);
    expect(leads(t['1.1'])).toEqual(['các bộ, cơ quan trung ương và địa phương']);
  });
});
