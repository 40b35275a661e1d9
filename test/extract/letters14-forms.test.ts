// Letter forms of branch letters14 (issue 9): made-up telegrams and letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';


const HEAD =
  'CÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n' +
  '- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh, Nghệ An;\n- Bộ trưởng các Bộ: Quốc phòng, Công an.\n' +
  'Để khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Văn Cường\n';

describe('letters14 forms', () => {
  it('agency.party-state-pair: "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C" is one lead, its points inherit it', async () => {
    const { e } = await run(
      HEAD +
        '1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh và Nghệ An tiếp tục chỉ đạo các lực lượng tại chỗ, trong đó:\n' +
        'a) Huy động lực lượng dọn dẹp bùn đất tại trường học.\nb) Bố trí chỗ ở tạm cho các hộ mất nhà.\n' +
        '2. Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị quân đội hỗ trợ địa phương.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    const pair = ['Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh và Nghệ An'];
    expect(leads(t['1'])).toEqual(pair);
    expect(t['1']!.action).toMatch(/^Tiếp tục chỉ đạo/);
    expect(leads(t['1.1'])).toEqual(pair);
    expect(leads(t['1.2'])).toEqual(pair);
    expect(leads(t['2'])).toEqual(['Bộ trưởng Bộ Quốc phòng']);
  });

  it('lead.assigned-persons: "Phân công các đồng chí Phó Thủ tướng ...: Phó Thủ tướng A ..., Phó Thủ tướng B ..." each person leads', async () => {
    const { e } = await run(
      HEAD +
        '1. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi, chỉ đạo công tác khắc phục hậu quả, cụ thể: Phó Thủ tướng ' +
        'thường trực Chính phủ Trần Văn An tỉnh Quảng Trị, Phó Thủ tướng Lê Thị\nBình tỉnh Hà Tĩnh và Phó Thủ tướng Đỗ Minh Châu tỉnh Nghệ An.\n' +
        '2. Phân công Sở Tài chính theo dõi việc hỗ trợ: tổng hợp nhu cầu của các tỉnh.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Phó Thủ tướng thường trực Chính phủ Trần Văn An', 'Phó Thủ tướng Lê Thị Bình', 'Phó Thủ tướng Đỗ Minh Châu']);
    expect(t['1']!.leadRule).toBe('lead.assigned-persons');
    expect(t['1']!.action).toMatch(/^Tiếp tục theo dõi/);
    // (A body assigned, no persons after the colon: not this rule.)
    expect(t['2']!.leadRule).not.toBe('lead.assigned-persons');
  });
  it('agency.addressee-longer: a name whose last words read as a verb runs on as the addressee lines print it', async () => {
    const { e } = await run(
      'CÔNG ĐIỆN\nVề việc bảo đảm an toàn công trình\nBỘ XÂY DỰNG điện:\n- Các Cục: Giám định nhà nước về chất lượng công trình, Quản lý hoạt động\nxây dựng;\n' +
        '- Văn phòng Ban chỉ đạo phòng chống thiên tai của Bộ.\n' +
        'Để bảo đảm an toàn công trình, Bộ Xây dựng yêu cầu:\n' +
        '1. Cục Quản lý hoạt động xây dựng chỉ đạo các chủ đầu tư rà soát công trường.\n' +
        '2. Văn phòng Ban chỉ đạo phòng chống thiên tai của Bộ tổng hợp tình hình, báo cáo Bộ trưởng.\n' +
        '3. Cục Giám định nhà nước về chất lượng công trình xây dựng\n- Kiểm tra an toàn các công trình đang thi công.\n' +
        '4. Cục Quản lý hoạt động xây dựng\n- Hướng dẫn các địa phương kiểm tra công trình.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Cục Quản lý hoạt động xây dựng']);
    expect(t['1']!.action).toMatch(/^Chỉ đạo các chủ đầu tư/);
    expect(leads(t['2'])).toEqual(['Văn phòng Ban chỉ đạo phòng chống thiên tai của Bộ']);
    expect(t['2']!.action).toMatch(/^Tổng hợp tình hình/);
    // (A heading line: the whole line is the name the addressees print.)
    expect(leads(t['4.1'])).toEqual(['Cục Quản lý hoạt động xây dựng']);
    // (Words after the name that the addressee lines do not print are not taken.)
    expect(leads(t['3.1'])?.[0]).not.toMatch(/xây dựng$/);
  });
  it('lead.giao-semicolon-list: "yêu cầu các Bộ: A; B; C <verb>" gives every ministry, the third one holding "và"', async () => {
    const { e } = await run(
      'BỘ NỘI VỤ\nSố: 120/BNV-CQĐP\nV/v rà soát thẩm quyền\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n' +
        'Để hoàn thiện thể chế, Bộ Nội vụ đề nghị:\n' +
        '1. Đối với các nhiệm vụ cần điều chỉnh thẩm quyền, yêu cầu các Bộ: Tài chính; Y tế;\nGiáo dục và Đào tạo xây dựng phương án sửa đổi, báo cáo trước ngày 20/12/2026.\n' +
        '2. Các Bộ, cơ quan ngang Bộ rà soát văn bản hướng dẫn.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nTrần Văn Dũng\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bộ Tài chính', 'Bộ Y tế', 'Bộ Giáo dục và Đào tạo']);
    expect(t['1']!.action).toMatch(/^Xây dựng phương án/);
  });

  it('qualifiers: "các cơ quan, đơn vị thuộc thành phố" keeps its qualifier, the chairman after it is a lead of its own', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 88/UBND-VX\nV/v phát động thi đua\nKính gửi: Các sở, ban, ngành thành phố.\n' +
        'Ủy ban nhân dân thành phố đề nghị:\n' +
        '1. Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị thuộc thành phố, Chủ tịch Ủy ban nhân dân các quận, huyện tổ chức phát động thi đua.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Hùng\n',
    );
    expect(leads(e.tasks[0])).toEqual(['Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị thuộc thành phố', 'Chủ tịch Ủy ban nhân dân các quận, huyện']);
  });
  it('action.after-scope: "theo chức năng, nhiệm vụ, thẩm quyền" after the subject is no part of the work; "lãnh đạo các Bộ" is a title over bodies', async () => {
    const { e } = await run(
      HEAD +
        '1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ, ' +
        'thẩm quyền tiếp tục chỉ đạo ứng phó mưa lũ.\n' +
        '2. Các cơ quan, đơn vị căn cứ theo chức năng, nhiệm vụ được giao chủ động hỗ trợ địa phương.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh', 'Lãnh đạo các Bộ, ngành']);
    expect(t['1']!.action).toMatch(/^Tiếp tục chỉ đạo/);
    expect(leads(t['2'])).toEqual(['Các cơ quan, đơn vị']);
    expect(t['2']!.action).toMatch(/^Chủ động hỗ trợ/);
  });
  it('lead.opening-bare-collective and task.name-over-break: a Party notice\'s frame asks bare collectives; a name broken over the item\'s first line', async () => {
    const { e } = await run(
      'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\nSố: 12-TB/VPTW\nTHÔNG BÁO\nKết luận về công tác chăm sóc người cao tuổi\nĐồng chí Thường trực Ban Bí thư kết luận như sau:\n' +
        'Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng, chính\nquyền, đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ sau:\n' +
        '1. Nâng cao chất lượng chăm sóc sức khỏe người cao tuổi tại cộng đồng.\n' +
        '2. Văn phòng\nTrung ương Đảng phối hợp theo dõi, đôn đốc, báo cáo.\n' +
        'Văn phòng Trung ương Đảng\nxin thông báo để các cơ quan có liên quan biết, thực hiện.\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp']);
    expect(leads(t['2'])).toEqual(['Văn phòng Trung ương Đảng']);
    expect(t['2']!.action).toMatch(/^Phối hợp theo dõi/);
  });
  it('lead.unit-of-body: "Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ" alone over points is a unit, its points\' lead', async () => {
    const { e } = await run(
      'BỘ TƯ PHÁP\nSố: 05/CT-BTP\nCHỈ THỊ\nVề việc thi hành Luật\nĐể thi hành Luật, Bộ trưởng Bộ Tư pháp yêu cầu:\n' +
        '1. Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ\na) Tham mưu với Bộ trưởng trong việc tổ chức thi hành Luật.\n' +
        'b) Tổ chức tuyên truyền, phổ biến Luật cho cán bộ, công chức.\n2. Sở Tư pháp\na) Theo dõi việc thi hành Luật tại địa phương.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nLê Văn An\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ']);
    expect(leads(t['1.2'])).toEqual(['Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ và cơ quan thuộc Chính phủ']);
    expect(leads(t['2.1'])).toEqual(['Sở Tư pháp']);
  });
  it('agency.plural-described: "các Cục quản lý chuyên ngành" is one collective; "các Sở hướng dẫn" is a body and its verb', async () => {
    const { e } = await run(
      'BỘ XÂY DỰNG\nSố: 77/BXD-VT\nV/v bảo đảm vận tải dịp Tết\nKính gửi: Các cơ quan, đơn vị trực thuộc Bộ.\nBộ Xây dựng yêu cầu:\n' +
        '1. Các Cục quản lý chuyên ngành, các Sở Xây dựng và các doanh nghiệp cần bố trí đủ phương tiện phục vụ hành khách.\n' +
        '2. Các Sở hướng dẫn, kiểm tra các bến xe trên địa bàn.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nBỘ TRƯỞNG\nLê Văn An\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])?.[0]).toBe('Các Cục quản lý chuyên ngành');
    expect(t['1']!.action).toMatch(/^Bố trí đủ phương tiện/);
    expect(leads(t['2'])?.[0]).not.toMatch(/hướng dẫn/);
  });
});
