// Letter forms of branch letters12 (issue 9): made-up notices and công điện lines, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads, coords } from './helpers.js';


const HEAD =
  'VĂN PHÒNG CHÍNH PHỦ\nSố: 812/TB-VPCP Hà Nội, ngày 12 tháng 10 năm 2026\nTHÔNG BÁO\n' +
  'Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về phát triển vật liệu xây dựng\n' +
  'Ngày 08 tháng 10 năm 2026, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp về phát triển vật liệu xây dựng. ' +
  'Sau khi nghe báo cáo của Bộ Xây dựng, Phó Thủ tướng Chính phủ kết luận như sau:\n';
const TAIL =
  'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\nNơi nhận:\n- Thủ tướng Chính phủ;\n- Lưu: VT, CN.\n' +
  'KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Sơn\n';

describe('letters12 forms', () => {
  it('task.lead-in-focus: "Bộ X <work>; trong đó lưu ý ... sau:" is a task, and X with its partners does each point', async () => {
    const { e } = await run(
      HEAD +
        '1. Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính, Bộ Công Thương tổ chức tổng kết việc thực hiện Chiến lược phát triển vật liệu; ' +
        'trong đó lưu ý một số nội dung sau:\n' +
        '- Đánh giá kết quả đạt được và hạn chế;\n' +
        '- Đề xuất định hướng cho giai đoạn tới.\n' +
        '2. Bộ Tài chính bố trí kinh phí cho việc tổng kết.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1', '1.1', '1.2', '2']);
    expect(t['1']!.rule).toBe('task.lead-in-focus');
    expect(t['1']!.action).toMatch(/^Tổ chức tổng kết/);
    expect(t['1']!.action).not.toMatch(/trong đó/);
    expect(leads(t['1.2'])).toEqual(['Bộ Xây dựng']);
    expect(coords(t['1.1'])).toEqual(['Bộ Tài chính', 'Bộ Công Thương']);
  });

  it('task.lead-in-focus: a salutation and a collective of heads before the work; without "trong đó" the text is no task', async () => {
    const { e } = await run(
      HEAD +
        '1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chỉ đạo quyết liệt việc thực hiện Chiến lược. Trong đó chú ý các nội dung sau:\n' +
        '- Rà soát các dự án chậm tiến độ;\n' +
        '- Báo cáo kết quả thực hiện hằng quý.\n' +
        '2. Bộ Xây dựng chủ trì, phối hợp với các cơ quan liên quan thực hiện các việc sau:\n' +
        '- Hoàn thiện quy chuẩn kỹ thuật về vật liệu;\n' +
        '- Hướng dẫn các địa phương kiểm tra chất lượng.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(t['1']?.rule).toBe('task.lead-in-focus');
    expect(leads(t['1'])).toEqual(['Bộ trưởng, Thủ trưởng cơ quan ngang Bộ']);
    expect(leads(t['1.1'])).toEqual(['Bộ trưởng, Thủ trưởng cơ quan ngang Bộ']);
    expect(t['2']).toBeUndefined();
    expect(leads(t['2.2'])).toEqual(['Bộ Xây dựng']);
  });

  it('lead.after-approval: "X đồng ý / nhất trí ...; giao Y ..." is Y\'s task, its action after Y', async () => {
    const { e } = await run(
      HEAD +
        '1. Thủ tướng Chính phủ đồng ý chủ trương xây dựng Đề án phát triển vật liệu xanh, giao Bộ Xây dựng chủ trì xây dựng Đề án, ' +
        'báo cáo Thủ tướng Chính phủ trong quý I năm 2027.\n' +
        '2. Nhất trí với đề xuất của Ủy ban nhân dân tỉnh Lâm Đồng về điều chỉnh quy hoạch mỏ đá; giao Ủy ban nhân dân tỉnh Lâm Đồng ' +
        'chịu trách nhiệm toàn diện về số liệu báo cáo.\n' +
        '3. Bộ Tài chính đồng thời hướng dẫn cơ chế ưu đãi thuế.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bộ Xây dựng']);
    expect(t['1']!.leadRule).toBe('lead.after-approval');
    expect(t['1']!.action).toMatch(/^Xây dựng Đề án/);
    expect(t['1']!.deadline).toMatchObject({ due: '2027-03-31' });
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân tỉnh Lâm Đồng']);
    // "đồng thời" is no approval: the subject still leads.
    expect(leads(t['3'])).toEqual(['Bộ Tài chính']);
    expect(t['3']!.leadRule).toBe('lead.subject');
  });

  const DIEN =
    'THỦ TƯỚNG CHÍNH PHỦ\nSố: 45/CĐ-TTg Hà Nội, ngày 02 tháng 11 năm 2026\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n' +
    'THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Quảng Ngãi;\n- Các Bộ: Quốc phòng, Công an.\n' +
    'Mưa lũ vừa qua đã gây thiệt hại lớn. Để khắc phục nhanh hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:\n';
  const DIEN_TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, NN.\nTHỦ TƯỚNG\nNguyễn Văn An\n';

  it('lead.plural-addressees and action.named-above: "Chủ tịch ... các tỉnh nêu trên <verb>" is every addressee it shortens', async () => {
    const { e } = await run(
      DIEN +
        '1. Chủ tịch Ủy ban nhân dân các tỉnh nêu trên tiếp tục chỉ đạo tìm kiếm người mất tích, hỗ trợ lương thực cho người dân.\n' +
        '2. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ địa phương khắc phục hậu quả.\n' +
        DIEN_TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị', 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi']);
    expect(t['1']!.action).toMatch(/^Tiếp tục chỉ đạo/);
    expect(leads(t['2'])).toEqual(['Bộ trưởng Bộ Quốc phòng']);
  });

  it('task.frame-giao: "Giao X chủ trì, phối hợp với Y, Z thực hiện các nhiệm vụ sau:" is no task; X leads and Y, Z coordinate each point', async () => {
    const { e } = await run(
      HEAD +
        '1. Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính, Bộ Công Thương thực hiện các nhiệm vụ sau:\n' +
        'a) Rà soát quy hoạch phát triển vật liệu xây dựng;\n' +
        'b) Hoàn thiện cơ chế quản lý vật liệu xây dựng.\n' +
        '2. Giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng xây dựng Đề án về tín dụng xanh, gồm các nội dung sau:\n' +
        'a) Đánh giá nhu cầu vốn;\n' +
        'b) Đề xuất cơ chế cho vay.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(t['1']).toBeUndefined();
    expect(leads(t['1.2'])).toEqual(['Bộ Xây dựng']);
    expect(coords(t['1.1'])).toEqual(['Bộ Tài chính', 'Bộ Công Thương']);
    // Work of its own before the colon ("xây dựng Đề án ...") is a task, as before.
    expect(leads(t['2'])).toEqual(['Bộ Tài chính']);
  });

  it('agency.title-pair: "Bộ trưởng, Thủ trưởng các Bộ, cơ quan ngang Bộ ..." leads as printed (it gave no task before)', async () => {
    const { e } = await run(
      HEAD +
        '1. Bộ trưởng, Thủ trưởng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo kiểm tra, xử lý vi phạm về chất lượng vật liệu.\n' +
        '2. Giám đốc, Thủ trưởng các sở, ban, ngành rà soát các dự án chậm tiến độ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bộ trưởng, Thủ trưởng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ']);
    expect(t['1']!.action).toMatch(/^Chỉ đạo kiểm tra/);
    expect(leads(t['2'])).toEqual(['Giám đốc, Thủ trưởng các sở, ban, ngành']);
  });

  it('agency.colon-named: "Các cơ quan: <known bodies> <verb>" leads with each body, not with "Các cơ quan"', async () => {
    const { e } = await run(
      HEAD +
        '1. Các cơ quan: Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam kịp thời đưa tin về chủ trương phát triển vật liệu xanh.\n' +
        '2. Các tỉnh: Lâm Đồng, Gia Lai rà soát các mỏ đá trên địa bàn.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam']);
    expect(t['1']!.action).toMatch(/^Kịp thời đưa tin/);
    // (Places after the colon are not bodies: that list is read as before.)
    expect(leads(t['2'])).not.toContain('Ủy ban nhân dân tỉnh Lâm Đồng');
  });
});
