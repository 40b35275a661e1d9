// Issue 9 (coord8): agency names in leads and coordinators, on synthetic lists (made up, not copied).
import { describe, expect, it } from 'vitest';
import { agencyList, coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 77/KH-UBND Bình Thuận, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\n';

describe('coord8 agency names', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('closes a collective with the place level or the word that narrows it (dictionaries/extract/agency-words.tsv)', () => {
    expect(names('Các sở, ban, ngành thành phố triển khai kế hoạch')).toEqual(['Các sở, ban, ngành thành phố']);
    expect(names('các tổ chức chính trị - xã hội trực thuộc tuyên truyền')).toEqual(['Các tổ chức chính trị - xã hội trực thuộc']);
    expect(names('các đơn vị, cơ sở giáo dục trực thuộc tổ chức')).toEqual(['Các đơn vị, cơ sở giáo dục trực thuộc']);
    expect(names('các cơ quan có thẩm quyền xem xét')).toEqual(['Các cơ quan có thẩm quyền']);
    expect(names('các cơ quan chức năng của địa phương kiểm tra')).toEqual(['Các cơ quan chức năng của địa phương']);
    expect(names('các ngân hàng thương mại cung cấp')).toEqual(['Các ngân hàng thương mại']);
  });

  it('agency.inner-words: keeps the lower-case words inside a name up to its last capitalised word', () => {
    expect(names('Quỹ Bảo lãnh phát triển Thị xã chịu trách nhiệm')).toEqual(['Quỹ Bảo lãnh phát triển Thị xã']);
    expect(names('Công ty TNHH một thành viên cấp nước Bình Minh chịu trách nhiệm')).toEqual(['Công ty TNHH một thành viên cấp nước Bình Minh']);
    // (not a verb and its object after a name)
    expect(names('Sở Tài chính phát triển kinh tế')).toEqual(['Sở Tài chính']);
  });

  it('agency.va-new-body: a head or a title after "và" starts the next item', () => {
    expect(names('Sở Giao thông và Ủy ban nhân dân các phường thực hiện')).toEqual(['Sở Giao thông', 'Ủy ban nhân dân các phường']);
    expect(names('Công ty Cổ phần Sông Lam và Thủ trưởng các cơ quan liên quan chịu')).toEqual(['Công ty Cổ phần Sông Lam', 'Thủ trưởng các cơ quan liên quan']);
    expect(names('Bộ Văn hóa, Thể thao và Du lịch tổ chức')).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('agency.every-level and agency.shared-level: "các cấp" after a name, and after two names joined by "và"', () => {
    expect(names('Hội Người cao tuổi các cấp tuyên truyền')).toEqual(['Hội Người cao tuổi các cấp']);
    expect(names('Sở Nội vụ, Hội Nông dân các cấp và Đoàn Thanh niên các cấp thực hiện')).toEqual(['Sở Nội vụ', 'Hội Nông dân các cấp', 'Đoàn Thanh niên các cấp']);
    expect(names('Hội Nông dân Việt Nam và Hội Người cao tuổi các cấp; các tổ chức')).toEqual(['Hội Nông dân Việt Nam và Hội Người cao tuổi các cấp', 'Các tổ chức']);
  });

  it('plan.label-marker: a value ends before the next label and its letter marker; an empty "Cơ quan thực hiện:" gives way', async () => {
    const text = `${HEAD}II. NHIỆM VỤ\n1. Về hạ tầng số\na) Nhiệm vụ: Nâng cấp mạng truyền số liệu chuyên dùng của tỉnh.\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n\n- Đơn vị phối hợp: Sở Tài chính, Sở Nội vụ.\n\nc) Thời gian thực hiện: Hoàn\nthành trong năm 2026.\n`;
    const t = (await run(text)).e.tasks;
    expect(t.map((x) => [x.lead.map((l) => l.name), x.coordinate.map((l) => l.name)])).toEqual([[['Sở Khoa học và Công nghệ'], ['Sở Tài chính', 'Sở Nội vụ']]]);
  });

  it('agency.level-pair and agency.slash-alias: "tỉnh, thành phố trực thuộc Trung ương" after a body; two names of one body over a slash', () => {
    expect(names('Sở Nội vụ tỉnh, thành phố trực thuộc Trung ương báo cáo')).toEqual(['Sở Nội vụ tỉnh, thành phố trực thuộc Trung ương']);
    expect(names('Công an tỉnh, thành phố Hải Phòng phối hợp')).toEqual(['Công an tỉnh', 'Thành phố Hải Phòng']);
    expect(names('Sở Công Thương/Sở Công nghiệp tỉnh, thành phố trực thuộc Trung ương rà soát')).toEqual(['Sở Công Thương/Sở Công nghiệp tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('lead.addressee-unpunctuated: a lead that is the addressee with its comma lost or named short under a heading is the addressee', async () => {
    const text =
      'BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 812/HQ-GSQL Hà Nội, ngày 12 tháng 5 năm 2026\nV/v tăng cường kiểm tra hàng hóa quá cảnh\n' +
      'Kính gửi: Chi cục Hải quan các tỉnh, thành phố trực thuộc Trung ương.\n\n' +
      'Để tăng cường kiểm tra hàng hóa quá cảnh, Cục Hải quan yêu cầu:\n\n' +
      '1. Chi cục Hải quan các tỉnh thành phố trực thuộc Trung ương rà soát các tờ khai quá cảnh trong tháng 6 năm 2026.\n\n' +
      '2. Đề nghị Chi cục Hải quan:\n\n- Lập danh sách doanh nghiệp có rủi ro cao.\n\n- Báo cáo kết quả về Cục Hải quan trước ngày 30/6/2026.\n\n' +
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Nam\n';
    const t = (await run(text)).e.tasks;
    expect(t.length).toBeGreaterThanOrEqual(2);
    for (const x of t) expect(x.lead.map((l) => l.name)).toEqual(['Chi cục Hải quan các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('lead.heading-verb: a line "<body> chỉ đạo <body wrapped over the line>" or a name wrapped over the break is no heading line', async () => {
    const text =
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 520/TB-VPCP Hà Nội, ngày 10 tháng 11 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng về tiến độ dự án cảng biển\n\n' +
      'Phó Thủ tướng kết luận như sau:\n\n' +
      '1. Bộ Xây dựng chỉ đạo Tổng công ty Hàng hải Việt\nNam hoàn thành thủ tục đầu tư trong tháng 12 năm 2026.\n\n' +
      '2. Tổng công ty Đường sắt Việt\nNam báo cáo Thủ tướng Chính phủ về tiến độ dự án trước ngày 15/12/2026.\n\n' +
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Minh\n';
    const t = (await run(text)).e.tasks;
    expect(t.map((x) => x.lead.map((l) => l.name))).toEqual([['Bộ Xây dựng'], ['Tổng công ty Đường sắt Việt Nam']]);
  });

  it('coordinate.bare-collective: after "phối hợp với", a collective without "các" opens the list', async () => {
    const co = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);
    expect(co('lực lượng Công an huyện kiểm tra')).toEqual(['Lực lượng Công an huyện']);
    expect(co('lực lượng Kiểm lâm và các lực lượng liên quan tuần tra')).toEqual(['Lực lượng Kiểm lâm', 'Các lực lượng liên quan']);
    expect(co('cơ quan báo chí tuyên truyền')).toEqual(['Cơ quan báo chí']);
    const text = `${HEAD}II. NHIỆM VỤ\n1. Bộ Chỉ huy Quân sự tỉnh chỉ đạo các đơn vị phối hợp chặt chẽ lực lượng Công an tỉnh tuần tra khu vực biên giới trong năm 2026.\n`;
    const t = (await run(text)).e.tasks;
    expect(t[0]!.coordinate.map((l) => l.name)).toEqual(['Lực lượng Công an tỉnh']);
  });

  it('agency.comma-name, and "lãnh đạo" ends a name (dictionaries/extract/verbs.tsv)', () => {
    expect(names('Đảng ủy Mặt trận Tổ quốc, các đoàn thể xã chủ trì')).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể xã']);
    expect(names('Đảng ủy Hội đồng nhân dân tỉnh, Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo thực hiện')).toEqual(['Đảng ủy Hội đồng nhân dân tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh']);
  });
});
