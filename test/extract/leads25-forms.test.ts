// Letter lead forms of branch leads25 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Bình\n';

describe('leads25 forms', () => {
  it('abbreviations of ministries\' fields are written in full: "Sở GDĐT", "Phòng NN&PTNT"', async () => {
    const { e } = await run(
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 812/BGDĐT-GDTX\nHà Nội, ngày 04 tháng 11 năm 2026\nV/v ôn tập cuối kỳ\n' +
        'Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng\n' +
        'Bộ Giáo dục và Đào tạo đề nghị:\n' +
        '1. Sở GDĐT chủ trì rà soát kế hoạch ôn tập của các trường.\n' +
        '2. Phòng NN&PTNT bố trí địa điểm cho các lớp học.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(leads(t['2'])).toEqual(['Phòng Nông nghiệp và Phát triển nông thôn']);
  });

  it('lead.quy-lead-in: "... đề nghị Quý Sở:" over dashes: the Kính gửi addressee leads them', async () => {
    const { e } = await run(
      'BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC ĐỔI MỚI SÁNG TẠO\nSố: 415/CĐMST-KHTC\nHà Nội, ngày 10 tháng 10 năm 2026\n' +
        'V/v phối hợp tổ chức ngày hội khởi nghiệp\n' +
        'Kính gửi: Sở Khoa học và Công nghệ tỉnh Tuyên Quang\n' +
        'Để ngày hội khởi nghiệp được tổ chức đúng kế hoạch, Cục Đổi mới sáng tạo đề\nnghị Quý Sở:\n' +
        '- Chủ động liên hệ các trường đại học trên địa bàn để mời sinh viên tham dự.\n' +
        '- Bố trí địa điểm tổ chức gian hàng trưng bày sản phẩm.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Khoa học và Công nghệ tỉnh Tuyên Quang']);
    expect(leads(t['2'])).toEqual(['Sở Khoa học và Công nghệ tỉnh Tuyên Quang']);
  });
  it('agency.title-bare-collective: "yêu cầu Thủ trưởng đơn vị ..." in a letter without items: the title with its body', async () => {
    const { e } = await run(
      'SỞ Y TẾ TỈNH ĐIỆN BIÊN\nSố: 1902/SYT-NVY\nĐiện Biên, ngày 12 tháng 11 năm 2026\nV/v giám sát bệnh sởi\n' +
        'Kính gửi:\n- Trung tâm Kiểm soát bệnh tật;\n- Bệnh viện đa khoa tỉnh.\n' +
        'Giám đốc Sở Y tế yêu cầu Thủ trưởng đơn vị tổ chức giám sát chặt chẽ các trường hợp sốt phát ban trên địa bàn.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLò Văn Sáng\n',
    );
    expect(e.tasks.map((t) => leads(t))).toEqual([['Thủ trưởng đơn vị']]);
  });

  it('agency.health-modifier: "Thủ trưởng các cơ sở y tế rà soát ...": "y tế" narrows the collective', async () => {
    const { e } = await run(
      'SỞ Y TẾ TỈNH ĐIỆN BIÊN\nSố: 1903/SYT-NVY\nĐiện Biên, ngày 12 tháng 11 năm 2026\nV/v quản lý chất thải\n' +
        'Kính gửi: Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh.\n' +
        'Sở Y tế yêu cầu:\n' +
        '1. Thủ trưởng các cơ sở y tế rà soát việc phân loại chất thải tại đơn vị.\n' +
        '2. Trung tâm Kiểm soát bệnh tật kiểm tra việc xử lý nước thải.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLò Văn Sáng\n',
    );
    expect(leads(byId(e.tasks)['1'])).toEqual(['Thủ trưởng các cơ sở y tế']);
  });
  it('task.skip.contact-clause: "yêu cầu Thủ trưởng đơn vị quan tâm thực hiện; nếu cần thông tin chi tiết, xin liên hệ ..." is no task', async () => {
    const { e } = await run(
      'SỞ Y TẾ TỈNH ĐIỆN BIÊN\nSố: 1904/SYT-NVY\nĐiện Biên, ngày 12 tháng 11 năm 2026\nV/v tiêm chủng mở rộng\n' +
        'Kính gửi:\n- Trung tâm Kiểm soát bệnh tật;\n- Bệnh viện đa khoa tỉnh.\n' +
        'Giám đốc Sở Y tế yêu cầu Thủ trưởng đơn vị rà soát số trẻ chưa được tiêm đủ mũi vắc xin trên địa bàn.\n' +
        'Nhận được công văn, yêu cầu Thủ trưởng đơn vị quan tâm thực hiện; nếu cần thông tin chi tiết, xin liên hệ bác sĩ Hoàng Văn An, Phòng Nghiệp vụ Y.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLò Văn Sáng\n',
    );
    expect(e.tasks.length).toBe(1);
    expect(e.tasks[0]!.action).toMatch(/^[Rr]à soát/);
  });
  it('lead.unit-role-title: "2. Bộ phận tiếp nhận hồ sơ xã Tân Lập:" over paragraphs: the office leads each', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 88/UBND-VP\nTân Lập, ngày 05 tháng 11 năm 2026\nV/v cấp bản sao điện tử\n' +
        'Kính gửi:\n- Các trường học trên địa bàn xã;\n- Trưởng các thôn.\n' +
        'Chủ tịch Ủy ban nhân dân xã chỉ đạo như sau:\n' +
        '1. Sở Tư pháp hướng dẫn việc chứng thực điện tử cho cán bộ xã.\n' +
        '2. Bộ phận tiếp nhận hồ sơ xã Tân Lập:\n' +
        'Hướng dẫn người dân nộp hồ sơ trực tuyến khi đến liên hệ.\n' +
        'Lưu trữ bản sao điện tử trên kho dữ liệu của công dân đúng quy định.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nPhạm Văn Hưng\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Bộ phận tiếp nhận hồ sơ xã Tân Lập']);
    expect(leads(t['2.2'])).toEqual(['Bộ phận tiếp nhận hồ sơ xã Tân Lập']);
  });
});
