// A Thông báo kết luận: leads stated in a section's opening sentence or title,
// items that go on with the subject before them, OCR forms of letters, the
// closing formula, and references whose issuer or short name is said once.
import { describe, expect, it } from 'vitest';
import { findDeadlines, toDeadline } from '../../src/extract/deadlines.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const HEAD = 'VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP Hà Nội, ngày 05 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp\n\nPhó Thủ tướng có ý kiến như sau:\n\n';
const TAIL = '\nVăn phòng Chính phủ trân trọng thông báo để các bộ, ngành biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n';

describe('conclusion notices', () => {
  it('takes a section lead from its opening sentence, its title, or the item before', async () => {
    const { e } = await run(
      HEAD +
        'I. KHỐI CƠ QUAN QUỐC HỘI\n1. Đảng ủy Quốc hội chỉ đạo rà soát đề án chuyển đổi số.\n2. Chỉ đạo nâng cấp hạ tầng. Hoàn thành trong tháng 12/2025.\n' +
        'II. KHỐI MẶT TRẬN\nĐảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chỉ đạo triển khai đề án, trong đó lưu ý:\n1. Sớm ban hành quy định về kiến trúc số.\n' +
        'III. NHIỆM VỤ CHUNG CỦA CÁC BỘ, CƠ QUAN TRUNG ƯƠNG VÀ ĐỊA PHƯƠNG\n1. Rà soát nhu cầu kinh phí.\n2. Thời gian rất gấp, đề nghị các bộ, ngành, địa phương tập trung nguồn lực.\n' +
        TAIL,
    );
    // The subject ends at the blank line: "Phó Thủ tướng có ý kiến như sau:" opens the body.
    expect(e.document.subject).toBe('Kết luận của Phó Thủ tướng tại cuộc họp');
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(Object.keys(by)).toEqual(['1.1', '1.2', '2.1', '3.1', '3.2']);
    expect(by['1.2']!.lead.map((l) => l.canonical)).toEqual(['Đảng ủy Quốc hội']);
    expect(by['2.1']!.lead.map((l) => l.canonical)).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương']);
    expect(by['3.1']!.lead.map((l) => l.name.toLowerCase())).toEqual(['các bộ, cơ quan trung ương và địa phương']);
    expect(by['3.2']!.lead.map((l) => l.name)).toEqual(['Các bộ, ngành, địa phương']);
    expect(by['3.2']!.action).toBe('Tập trung nguồn lực');
  });

  it('does not carry a subject over to an item that does not start with a verb', async () => {
    const { e } = await run(HEAD + 'I. TỔ CHỨC THỰC HIỆN\n1. Đảng ủy Quốc hội chỉ đạo rà soát đề án.\n2. Công tác bảo đảm an toàn phải được quan tâm.\n' + TAIL);
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1']);
  });

  it('counts "@)" as the letter after d), reads a damaged heading by the nearest name, and stops at the closing formula', async () => {
    const { e } = await run(
      HEAD +
        '1. Bộ Công an\na) Rà soát dữ liệu.\nb) Kết nối dữ liệu.\nc) Làm sạch dữ liệu.\nd) Báo cáo kết quả.\n@) Chủ trì, phối hợp với Bộ Tư pháp xây dựng kế hoạch. Hoàn thành trước 10/10/2025.\ne) Công bố kế hoạch.\n' +
        '2.BoY tế\na) Hoàn thành 4 cơ sở dữ liệu.\n' +
        '- Văn phòng Chính phủ trân trọng thông báo để các cơ quan biết.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(Object.keys(by)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1']);
    expect(by['1.5']!.coordinate.map((l) => l.canonical)).toEqual(['Bộ Tư pháp']);
    expect(by['1.5']!.deadline).toMatchObject({ kind: 'date', due: '2025-10-10' });
    expect(by['2.1']!.lead.map((l) => l.canonical)).toEqual(['Bộ Y tế']);
  });

  it('reads a lead before its apposition: "Bộ X - Cơ quan Thường trực ... phối hợp với Y"', async () => {
    const { e } = await run(HEAD + '1. Bộ Khoa học và Công nghệ - Cơ quan Thường trực Ban Chỉ đạo của Chính phủ phối hợp với Văn phòng Chính phủ kiểm tra, đôn đốc việc thực hiện.\n' + TAIL);
    expect(e.tasks[0]!.lead.map((l) => l.canonical)).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(e.tasks[0]!.coordinate.map((l) => l.canonical)).toEqual(['Văn phòng Chính phủ']);
  });

  it('reads leads named as "các bộ, cơ quan: Công an, ..." and "Các cơ quan thường trực của 4 khối (...)", and coordinators with notes in brackets', async () => {
    const { e } = await run(
      HEAD +
        '1. Các bộ, cơ quan: Công an, Tư pháp, Văn phòng Chính phủ chủ trì rà soát các hệ thống.\n' +
        '2. Các cơ quan thường trực của 4 khối (Văn phòng Trung ương Đảng, Văn phòng Quốc hội) có trách nhiệm tham mưu, đôn đốc.\n' +
        '3. Bộ Công an chủ trì bảo đảm an ninh; phối hợp với Ban Cơ yếu Chính phủ (bảo đảm mật mã); Bộ Tư pháp (bảo đảm tính pháp lý) và các bộ, cơ quan liên quan phân định trách nhiệm.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(by['1']!.lead.map((l) => l.canonical)).toEqual(['Bộ Công an', 'Bộ Tư pháp', 'Văn phòng Chính phủ']);
    expect(by['2']!.lead.map((l) => l.name)).toEqual(['Các cơ quan thường trực của 4 khối']);
    expect(by['2']!.action).toMatch(/^Tham mưu/);
    expect(by['3']!.coordinate.map((l) => l.name)).toEqual(['Ban Cơ yếu Chính phủ', 'Bộ Tư pháp', 'Các bộ, cơ quan liên quan']);
  });

  it('reads a person who must do it, and who leads a team ("do X hoặc Y làm trưởng đoàn")', async () => {
    const { e } = await run(
      HEAD +
        '1. Đồng chí Nguyễn Văn Long, Thứ trưởng Bộ Công an, Nhóm trưởng Nhóm Công tác số 3, phát huy vai trò cơ quan thường trực.\n' +
        '2. Thành lập các đoàn công tác do Bộ Công an hoặc Bộ Khoa học và Công nghệ làm trưởng đoàn kiểm tra việc thực hiện.\n' +
        '3. Kiểm định các sản phẩm do Ban Cơ yếu Chính phủ cung cấp.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(by['1']!.lead.map((l) => l.name)).toEqual(['Đồng chí Nguyễn Văn Long']);
    expect(by['1']!.action).toBe('Phát huy vai trò cơ quan thường trực');
    expect(by['2']!.lead.map((l) => l.canonical)).toEqual(['Bộ Công an', 'Bộ Khoa học và Công nghệ']);
    expect(by['3']).toBeUndefined();
  });

  it('finds the subject of an item that opens with a topic in a later sentence, and keeps "phối hợp với X trong việc ..." whole', async () => {
    const { e } = await run(
      HEAD +
        'I. NHIỆM VỤ CHUNG CỦA CÁC BỘ, CƠ QUAN TRUNG ƯƠNG VÀ ĐỊA PHƯƠNG\n' +
        '1. Công tác bảo đảm an ninh mạng phải được quan tâm đúng mức. Các bộ, cơ quan, địa phương khẩn trương khắc phục các lỗ hổng.\n' +
        '2. Phối hợp chặt chẽ với Ban Cơ yếu Chính phủ trong việc triển khai giải pháp bảo mật. Hoàn thành trước ngày 30/11/2025.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(by['1.1']!.lead.map((l) => l.name)).toEqual(['Các bộ, cơ quan, địa phương']);
    expect(by['1.1']!.action).toBe('Khẩn trương khắc phục các lỗ hổng');
    expect(by['1.2']!.lead.map((l) => l.name.toLowerCase())).toEqual(['các bộ, cơ quan trung ương và địa phương']);
    expect(by['1.2']!.coordinate.map((l) => l.canonical)).toEqual(['Ban Cơ yếu Chính phủ']);
    expect(by['1.2']!.action).toBe('Phối hợp chặt chẽ với Ban Cơ yếu Chính phủ trong việc triển khai giải pháp bảo mật');
  });

  it('spells province names in a lead\'s brackets as the gazetteer does', async () => {
    const { e } = await run(HEAD + '1. Ủy ban nhân dân 3 tỉnh, thành phố (Cần Thơ, Lãng Sơn, Lai Cai) hoàn thành việc kết nối.\n' + TAIL);
    expect(e.tasks[0]!.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân 3 tỉnh, thành phố (Cần Thơ, Lạng Sơn, Lào Cai)']);
  });

  it('names a bare collective further by the nouns up to its verb, in a lead and among coordinators', async () => {
    const { e } = await run(
      HEAD +
        '1. Về công tác tuyên truyền: Các cơ quan truyền hình, thông tin, báo chí\nđẩy mạnh truyền thông.\n' +
        '2. Ban Cơ yếu Chính phủ phối hợp với các cơ quan chủ quản hệ thống, nền tảng đánh giá an toàn.\n' +
        '3. Bộ Công an chủ trì, phối hợp với các bộ, cơ quan liên quan rà soát, đánh giá việc xây dựng.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(by['1']!.lead.map((l) => l.name)).toEqual(['Các cơ quan truyền hình, thông tin, báo chí']);
    expect(by['1']!.action).toBe('Đẩy mạnh truyền thông');
    expect(by['2']!.coordinate.map((l) => l.name)).toEqual(['Các cơ quan chủ quản hệ thống, nền tảng']);
    expect(by['3']!.coordinate.map((l) => l.name)).toEqual(['Các bộ, cơ quan liên quan']);
  });

  it('leads items under no heading by whom the opening paragraph asks, when there is no Kính gửi', async () => {
    const { e } = await run(
      HEAD.replace('Phó Thủ tướng có ý kiến như sau:', 'Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung thực hiện một số nhiệm vụ sau:') +
        '1. Rà soát dữ liệu dân cư.\n2. Bộ Công an chủ trì kết nối dữ liệu.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([
      ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
      ['Bộ Công an'],
    ]);
  });

  it('gives a reference pair one issuer and writes a defined short name in full', async () => {
    const { e } = await run(
      HEAD +
        'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (gọi tắt là Ban Chỉ đạo) đã họp.\n' +
        '1. Bộ Công an thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo, Nghị quyết số 71/NQ-CP, ngày 01/4/2025 và Nghị quyết số 214/NQ-CP, ngày 23/7/2025 của Chính phủ.\n' +
        TAIL,
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r]));
    expect(by['02-KH/BCĐTW']!.issuer).toBe('Ban Chỉ đạo Trung ương');
    expect(by['71/NQ-CP']!.issuer).toBe('Chính phủ');
    expect(by['214/NQ-CP']!.issuer).toBe('Chính phủ');
  });
});

describe('deadline of a task with a "Hoàn thành" sentence', () => {
  const dl = (s: string) => {
    const f = fold(s);
    return toDeadline(findDeadlines(f, 0, f.length, 2025), s, f);
  };
  it('takes the sentence, not a time inside the body that dates something else', () => {
    const d = dl('Hướng dẫn các bộ thực hiện các buổi diễn tập định kỳ trong Quý IV năm 2025. Hoàn thành trong tháng 9 năm 2025.')!;
    expect(d).toMatchObject({ kind: 'month', due: '2025-09-30' });
    expect(d.all).toBeUndefined();
  });
  it('keeps every time when no sentence states the deadline', () => {
    const d = dl('Ban hành Kế hoạch trong tháng 10 năm 2025 và vận hành khai thác trong Quý I năm 2026.')!;
    expect(d).toMatchObject({ kind: 'quarter', due: '2026-03-31' });
    expect(d.all).toHaveLength(2);
  });
  it('keeps a second limit for the rest of the work ("... trước ngày 31/10/2025 và 8 CSDL còn lại trong năm 2025")', () => {
    const d = dl('hoàn thành 4 CSDL trước ngày 31/10/2025 và 8 CSDL còn lại trong năm 2025.')!;
    expect(d).toMatchObject({ kind: 'year', due: '2025-12-31' });
    expect(d.all).toHaveLength(2);
  });
  it('reads "Hoàn thành theo lộ trình ..." as a deadline without a date', () => {
    expect(dl('Hoàn thành theo lộ trình phát triển hạ tầng.')).toMatchObject({ kind: 'other', due: null });
  });
});
