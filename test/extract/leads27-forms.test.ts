// Letter lead forms of branch leads27 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const HEAD =
  'UBND TỈNH CAO BẰNG\nSỞ NÔNG NGHIỆP\nSố: 731/SNN-KH\nCao Bằng, ngày 09 tháng 11 năm 2026\nV/v phòng chống rét cho đàn vật nuôi\n' +
  'Kính gửi:\n- Chi cục chăn nuôi và thú y;\n- Phòng kinh tế huyện, thị xã, thành phố.\n' +
  'Để chủ động phòng, chống rét cho đàn vật nuôi, Sở Nông nghiệp đề nghị Quý cơ quan thực hiện các nội dung sau:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Lục\n';

describe('leads27 forms', () => {
  it('agency.lower-name: a head that names its body in lower-case words ("Trung tâm khuyến nông và giống cây trồng") is read whole', async () => {
    const { e } = await run(
      HEAD +
        '1. Trung tâm khuyến nông và giống cây trồng sớm hướng dẫn người chăn nuôi che chắn chuồng trại.\n' +
        '2. Chi cục chăn nuôi và thú y chủ trì kiểm tra việc tiêm phòng cho đàn trâu, bò.\n' +
        '3. Phòng chống dịch bệnh cho đàn gia cầm trong mùa rét.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Trung tâm khuyến nông và giống cây trồng']);
    expect(leads(t['2'])).toEqual(['Chi cục chăn nuôi và thú y']);
    // "Phòng chống" is a verb, not a body named "Phòng ...": the item keeps the letter's addressees.
    expect(leads(t['3'])).not.toContain('Phòng chống dịch bệnh cho đàn gia cầm trong mùa rét');
  });

  it('agency.bare-levels: "Phòng kinh tế huyện, thị xã, thành phố" is one body of every place of those levels', async () => {
    const { e } = await run(HEAD + '1. Rà soát số lượng trâu, bò trên địa bàn.\n' + TAIL);
    expect(leads(byId(e.tasks)['1'])).toEqual(['Chi cục chăn nuôi và thú y', 'Phòng kinh tế huyện, thị xã, thành phố']);
  });

  it('agency.stop-as-printed: "đô" of "đô thị" is no "do": "Công ty Cổ phần Dịch vụ đô thị Bảo Lạc" is one name', async () => {
    const { e } = await run(HEAD + '1. Công ty Cổ phần Dịch vụ đô thị Bảo Lạc bảo đảm nước sạch cho các trại chăn nuôi.\n' + TAIL);
    expect(leads(byId(e.tasks)['1'])).toEqual(['Công ty Cổ phần Dịch vụ đô thị Bảo Lạc']);
  });

  it('lead.giao-cho: "- Giao cho Giám đốc Trung tâm X chủ trì ..." leads the dash', async () => {
    const { e } = await run(
      HEAD +
        '- Kiểm tra chuồng trại trước mùa rét;\n' +
        '- Giao cho Giám đốc Trung tâm khuyến nông chủ trì tập huấn cho người chăn nuôi.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Giám đốc Trung tâm khuyến nông']);
  });

  it('lead.role-heading and lead.role-body: bodies named by the role they play lead, as printed', async () => {
    const { e } = await run(
      HEAD +
        '1. Cơ quan chủ trì thẩm định hồ sơ cấp phép chăn nuôi\n' +
        'a) Tiếp nhận hồ sơ và trả kết quả đúng hạn.\nb) Công khai quy trình cấp phép.\n' +
        '2. Cơ quan phối hợp có trách nhiệm gửi ý kiến bằng văn bản trong 05 ngày làm việc.\n' +
        '3. Đơn vị chủ trì thực hiện: Chi cục chăn nuôi và thú y.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Cơ quan chủ trì thẩm định hồ sơ cấp phép chăn nuôi']);
    expect(leads(t['1.2'])).toEqual(['Cơ quan chủ trì thẩm định hồ sơ cấp phép chăn nuôi']);
    expect(leads(t['2'])).toEqual(['Cơ quan phối hợp']);
    // A plan's label names who, it is no subject that acts.
    expect(leads(t['3'])).not.toEqual(['Đơn vị chủ trì']);
  });

  it('lead.asked-heading: "1. Đề nghị A, B và các C,\\n... trên địa bàn X:" over "Đề nghị ..." paragraphs: one task per paragraph', async () => {
    const { e } = await run(
      HEAD +
        '1. Đề nghị Hội Nông dân, Hội Cựu chiến binh và các đoàn thể, cơ quan,\ntrường học trên địa bàn huyện:\n' +
        'Đề nghị các đoàn thể, cơ quan tuyên truyền đến hội viên cách che chắn chuồng trại.\n' +
        'Đề nghị Hội Nông dân tỉnh thành lập tổ hỗ trợ người chăn nuôi trong mùa rét.\n' +
        '2. Chi cục chăn nuôi và thú y kiểm tra việc tiêm phòng.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2', '2']);
    expect(leads(t['1.1'])?.[0]).toMatch(/^Các đoàn thể, cơ quan/);
    expect(leads(t['1.2'])).toEqual(['Hội Nông dân tỉnh']);
  });

  it('agency-words head "tong lien doan": "Đề nghị Tổng Liên đoàn lao động X ..." names its body', async () => {
    const { e } = await run(HEAD + '1. Đề nghị Tổng Liên đoàn lao động Lam Sơn chỉ đạo công đoàn các trại chăn nuôi che chắn chuồng trại.\n' + TAIL);
    expect(leads(byId(e.tasks)['1'])).toEqual(['Tổng Liên đoàn lao động Lam Sơn']);
  });
});
