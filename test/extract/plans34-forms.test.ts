// Plan forms of the plans34 round (issue 9). Made-up plans of a made-up province and commune; no text from a document.
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC LAM\nSố: 88/KH-UBND\nBắc Lam, ngày 04 tháng 3 năm 2027\nKẾ HOẠCH\nBảo vệ rừng đầu nguồn năm 2027\n';
const COMMUNE = 'ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN\nSố: 12/KH-UBND\nĐông Sơn, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nVệ sinh môi trường năm 2027\n';
const END = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrịnh Văn Lâm\n';

describe('plans34 deadline.standing-clause', () => {
  it('"; thực hiện thường xuyên." and ", thường xuyên." closing a point recur; "thường xuyên kiểm tra" does not', async () => {
    const { e } = await run(
      HEAD +
        'I. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n' +
        '- Tuần tra các khu rừng đầu nguồn; thực hiện thường xuyên.\n' +
        '- Cập nhật bản đồ hiện trạng rừng, thường xuyên.\n' +
        '- Thường xuyên kiểm tra các cơ sở chế biến gỗ.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(t['1.1.1']?.deadline).toMatchObject({ kind: 'recurring', rule: 'deadline.standing-clause' });
    expect(t['1.1.2']?.deadline).toMatchObject({ kind: 'recurring', rule: 'deadline.standing-clause' });
    expect(t['1.1.3']?.deadline).toBeNull();
  });
});

describe('plans34 deadline.runs-on-years', () => {
  it('"thực hiện năm 2028 và các năm tiếp theo" in a point recurs; "năm 2028" with a cue alone does not', async () => {
    const { e } = await run(
      HEAD +
        'I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n' +
        '- Cấp thẻ bảo hiểm y tế cho người tham gia bảo vệ rừng; thực hiện năm 2028 và các năm tiếp theo.\n' +
        '- Tập huấn sơ cứu cho lực lượng bảo vệ rừng, hoàn thành trong năm 2028.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(t['1.1.1']?.deadline).toMatchObject({ kind: 'recurring', rule: 'deadline.runs-on-years' });
    expect(t['1.1.2']?.deadline).toMatchObject({ kind: 'year', due: '2028-12-31' });
  });
});

describe('plans34 agency.places-heading', () => {
  it('a heading "Ủy ban nhân dân các xã: A, B, C" over points: each commune\'s committee leads them', async () => {
    const { e } = await run(
      HEAD +
        'I. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã: Khe Mơ, Bản Lùng, Nà Sài\n' +
        '- Lập danh sách hộ nhận khoán bảo vệ rừng, gửi Sở Nông nghiệp và Môi trường trước ngày 30/4/2027.\n' +
        '- Vận động Nhân dân không đốt nương gần rừng.\n' +
        END,
    );
    const want = ['Ủy ban nhân dân xã Khe Mơ', 'Ủy ban nhân dân xã Bản Lùng', 'Ủy ban nhân dân xã Nà Sài'];
    expect(leads(byId(e.tasks)['1.1.1'])).toEqual(want);
    expect(leads(byId(e.tasks)['1.1.2'])).toEqual(want);
  });
});

describe('plans34 commune bodies of the two-tier government (dictionaries/agencies/commune.tsv)', () => {
  it('"Văn phòng HĐND và UBND xã" is one body (its abbreviations written out); "Công an xã" heads its paragraph', async () => {
    const { e } = await run(
      COMMUNE +
        'II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã\nTham mưu bố trí kinh phí thu gom rác thải tại các thôn.\n' +
        '2. Công an xã\nXử lý các trường hợp đổ rác thải không đúng nơi quy định.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['2.1'])).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã']);
    expect(leads(byId(e.tasks)['2.2'])).toEqual(['Công an xã']);
  });
});

describe('plans34 agency.known-commune-level', () => {
  it('"Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể" over a paragraph: the commune\'s Front and the unions', async () => {
    const { e } = await run(
      COMMUNE +
        'II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể\nVận động hội viên phân loại rác tại nguồn.\n' +
        '2. Trưởng các thôn\nTổ chức tổng vệ sinh vào ngày chủ nhật cuối tháng.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['2.1'])?.map((l) => l.toLowerCase())).toEqual(['ủy ban mặt trận tổ quốc việt nam xã', 'các đoàn thể']);
  });
});

describe('plans34 agency.collective-commune', () => {
  it('"Các ban, ngành, đoàn thể xã ...", "các tổ chức chính trị - xã hội xã ...": the commune\'s level closes the collective', async () => {
    const { e } = await run(
      COMMUNE +
        'II. TỔ CHỨC THỰC HIỆN\n1. Các ban, ngành, đoàn thể xã chủ động phối hợp tổ chức ra quân tổng vệ sinh.\n' +
        '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tuyên truyền phân loại rác.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['2.1'])).toEqual(['Các ban, ngành, đoàn thể xã']);
    expect(leads(byId(e.tasks)['2.2'])?.map((l) => l.toLowerCase())).toEqual(['ủy ban mặt trận tổ quốc việt nam xã', 'các tổ chức chính trị - xã hội xã']);
    expect(byId(e.tasks)['2.2']?.action).toMatch(/^Đề nghị .* tuyên truyền|^Tuyên truyền/);
  });
});

describe('plans34 agency.level-ends-tail', () => {
  it('"Đài Phát thanh và Truyền hình tỉnh mở chuyên mục ...": the name ends at "tỉnh", not at a verb the lexicon lacks', async () => {
    const { e } = await run(
      HEAD +
        'I. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch.\n' +
        '2. Báo Bắc Lam, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về bảo vệ rừng trong năm 2027.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['1.2'])).toEqual(['Báo Bắc Lam', 'Đài Phát thanh và Truyền hình tỉnh']);
  });
});

describe('plans34 agency.domestic-tail and the verb "kiểm soát"', () => {
  it('"phối hợp với Vụ Thị trường trong nước ...", "phối hợp với Phòng X kiểm soát ...": the partners\' whole names', async () => {
    const { e } = await run(
      'BỘ CÔNG THƯƠNG\nSố: 901/KH-BCT\nHà Nội, ngày 02 tháng 4 năm 2027\nKẾ HOẠCH\nBình ổn giá mặt hàng thiết yếu\n' +
        'I. PHÂN CÔNG\n1. Cục Xúc tiến thương mại\n- Phối hợp với Vụ Thị trường trong nước tổ chức phiên chợ hàng Việt tại các xã biên giới.\n' +
        '2. Sở Công Thương các tỉnh\n- Phối hợp với Phòng Quản lý thị trường kiểm soát giá các mặt hàng thiết yếu.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Hữu Tâm\n',
    );
    expect(coords(byId(e.tasks)['1.1.1'])).toEqual(['Vụ Thị trường trong nước']);
    expect(coords(byId(e.tasks)['1.2.1'])).toEqual(['Phòng Quản lý thị trường']);
  });
});

describe('plans34 task.skip.funds-source', () => {
  it('under "KINH PHÍ", "Các cơ quan, đơn vị sử dụng kinh phí ... trong dự toán" says where the money comes from: no task', async () => {
    const { e } = await run(
      HEAD +
        'I. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường\n- Tuần tra các khu rừng đầu nguồn.\n' +
        'II. KINH PHÍ\nCác cơ quan, đơn vị sử dụng kinh phí được giao trong dự toán năm 2027.\n' +
        'III. TỔ CHỨC THỰC HIỆN\nSở Tài chính bố trí kinh phí tuần tra rừng cho các xã.\n' +
        END,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1', '3']);
  });
});

describe('plans34 lead.standing-role-bare', () => {
  it('"Cục X là đầu mối tổng hợp, báo cáo ..." (no "cơ quan"): the body is the subject', async () => {
    const { e } = await run(
      'BỘ Y TẾ\nSố: 77/KH-BYT\nHà Nội, ngày 06 tháng 5 năm 2027\nKẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2027\n' +
        'I. TỔ CHỨC THỰC HIỆN\n1. Cục Phòng bệnh là đầu mối tổng hợp, báo cáo Lãnh đạo Bộ kết quả thực hiện trước ngày 15/12/2027.\n' +
        '2. Vụ Kế hoạch - Tài chính bảo đảm kinh phí theo dự toán được giao.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐoàn Minh Khoa\n',
    );
    expect(leads(byId(e.tasks)['1.1'])).toEqual(['Cục Phòng bệnh']);
    expect(byId(e.tasks)['1.1']?.action).toMatch(/^Là đầu mối tổng hợp/);
  });
});

describe('plans34 agency.collective-modifiers', () => {
  it('"Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã ...": one collective, the subject of its work', async () => {
    const { e } = await run(
      COMMUNE +
        'II. TỔ CHỨC THỰC HIỆN\n1. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã tổ chức cho học sinh nhặt rác quanh trường.\n' +
        '2. Trạm Y tế xã hướng dẫn xử lý rác thải y tế.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['2.1'])).toEqual(['Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã']);
  });
});

describe('plans34 plan.label-roles-rest', () => {
  it('"Đơn vị thực hiện: X (chủ trì), Y, Z": X leads, Y and Z work with it', async () => {
    const { e } = await run(
      HEAD +
        'I. NHIỆM VỤ CỤ THỂ\n1. Trồng rừng phòng hộ đầu nguồn\n- Đơn vị thực hiện: Sở Nông nghiệp và Môi trường (chủ trì), Sở Tư pháp, Ủy ban nhân dân xã Nà Sài.\n- Thời gian thực hiện: Quý III/2027.\n' +
        '2. Tuyên truyền bảo vệ rừng\n- Đơn vị thực hiện: Báo Bắc Lam.\n- Thời gian thực hiện: Thường xuyên.\n' +
        END,
    );
    const t = byId(e.tasks)['1.1'];
    expect(leads(t)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t)).toEqual(['Sở Tư pháp', 'Ủy ban nhân dân xã Nà Sài']);
  });
});

describe('plans34 lead.colon-chu-tri', () => {
  it('"<work>: X chủ trì, phối hợp với Y thực hiện trong Quý IV/2027.": X leads, Y works with it', async () => {
    const { e } = await run(
      HEAD +
        'I. NHIỆM VỤ\n1. Kiểm tra việc chi trả tiền khoán bảo vệ rừng cho các hộ gia đình: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh thực hiện trong Quý IV/2027.\n' +
        '2. Sở Tư pháp tuyên truyền Luật Lâm nghiệp cho người dân vùng rừng.\n' +
        END,
    );
    const t = byId(e.tasks)['1.1'];
    expect(leads(t)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t)).toEqual(['Công an tỉnh']);
    expect(t?.leadRule).toBe('lead.colon-chu-tri');
  });
});

describe('plans34 agency.shared-head-collective', () => {
  it('"Các sở, ngành: Tài chính, Nội vụ, Tư pháp theo chức năng ...": one lead per department, named in full', async () => {
    const { e } = await run(
      HEAD +
        'I. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch.\n' +
        '2. Các sở, ngành: Tài chính, Nội vụ, Tư pháp theo chức năng, nhiệm vụ phối hợp với Sở Nông nghiệp và Môi trường thực hiện Kế hoạch.\n' +
        END,
    );
    expect(leads(byId(e.tasks)['1.2'])).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp']);
  });
});
