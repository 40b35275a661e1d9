// Letter forms of round docs13 (issue 9): points numbered "(1)", "(2)" that open with a verb, a governor of the State Bank
// as a lead, and "chậm nhất ngày ..." as a deadline. The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const letter = (body: string) =>
  '|\nTHỦ TƯỚNG CHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 99/CĐ-TTg\n|\nHà Nội, ngày 10 tháng 3 năm 2026\n|\nCÔNG ĐIỆN\nVỀ VIỆC PHÒNG, CHỐNG HẠN HÁN VỤ XUÂN\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công Thương;\n- Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận.\n|\nĐể chủ động ứng phó với nắng hạn kéo dài, Thủ tướng Chính phủ yêu cầu:\n' +
  body +
  '\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n|\nTHỦ TƯỚNG\nLê Văn Nam\n|\n';

describe('docs13 forms', () => {
  it('reads points numbered "(1)", "(2)" that open with a verb as the tasks of their item (item.paren-number)', async () => {
    const body =
      '1. Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận chỉ đạo các cơ quan chức năng:\n' +
      '(1) Rà soát nguồn nước các hồ chứa, lập phương án cấp nước sinh hoạt cho người dân.\n' +
      '(2) Bố trí kinh phí khoan giếng tại các xã thiếu nước, hoàn thành trước ngày 30/3/2026.\n' +
      '2. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm cung ứng điện cho các trạm bơm.';
    const { e } = await run(letter(body));
    const points = e.tasks.filter((t) => t.id.startsWith('1.'));
    expect(points.map((t) => t.id)).toEqual(['1.1', '1.2']);
    expect(points[0]!.action).toMatch(/^Rà soát nguồn nước/);
    expect(points[1]!.deadline?.due).toBe('2026-03-30');
  });

  it('does not read "(1)", "(2)" that open with a noun as points', async () => {
    const body =
      '1. Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận báo cáo các nội dung sau:\n' +
      '(1) Số hộ dân thiếu nước sinh hoạt.\n' +
      '(2) Diện tích cây trồng bị hạn.\n' +
      '2. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm cung ứng điện cho các trạm bơm.';
    const { e } = await run(letter(body));
    expect(e.tasks.some((t) => t.id.startsWith('1.'))).toBe(false);
  });

  it('reads "Thống đốc Ngân hàng Nhà nước Việt Nam" at the head of an item as its lead (agency title)', async () => {
    const body = '1. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng giãn nợ cho hộ bị thiệt hại do hạn hán.';
    const { e } = await run(letter(body));
    expect(e.tasks.find((t) => t.id === '1')?.lead.map((l) => l.name)).toEqual(['Thống đốc Ngân hàng Nhà nước Việt Nam']);
  });

  it('reads "chậm nhất ngày 25/4/2026" as a date deadline (deadline.date)', async () => {
    const body = '1. Bộ Nông nghiệp và Môi trường ban hành hướng dẫn lịch thời vụ vụ Hè Thu. Thời hạn hoàn thành chậm nhất ngày 25/4/2026.';
    const { e } = await run(letter(body));
    expect(e.tasks.find((t) => t.id === '1')?.deadline).toMatchObject({ kind: 'date', due: '2026-04-25' });
  });
});

describe('docs13 headers', () => {
  const party = (copies: string) =>
    '|\nBAN CHẤP HÀNH\nTRUNG ƯƠNG\nVĂN PHÒNG\n*\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n|\n|\nSố 123-TB/VPTW\n|\nHà Nội, ngày 12 tháng 5 năm 2026\n|\nTHÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ THƯỜNG TRỰC BAN BÍ THƯ VỀ CÔNG TÁC BẢO TỒN DI TÍCH\n-----\n' +
    'Sau khi nghe báo cáo, đồng chí Thường trực Ban Bí thư kết luận như sau:\n' +
    '1. Giao Đảng ủy Bộ Văn hóa, Thể thao và Du lịch chỉ đạo rà soát danh mục di tích cần tu bổ khẩn cấp.\n' +
    '2. Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện.\n' +
    'Văn phòng Trung ương Đảng xin thông báo để các cơ quan có liên quan biết, thực hiện.\n|\n' +
    copies +
    '\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n|\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrần Thị Hoa\n|\n';

  it('names a unit of the Central Committee under "BAN CHẤP HÀNH / TRUNG ƯƠNG" with "Trung ương" (header.issuer.central-party-unit)', async () => {
    const { e } = await run(party('Nơi nhận:'));
    expect(e.document.issuer?.name).toBe('Văn phòng Trung ương Đảng');
  });

  it('ends the body at "__Nơi nhận__:" with emphasis marks left round the label (header.copies.marked-label)', async () => {
    const { e } = await run(party('__Nơi nhận__:'));
    expect(e.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(e.document.signer?.name).toBe('Trần Thị Hoa');
  });
});

describe('docs13 leads', () => {
  it('reads a heading "2. Tiểu ban ..." as the lead of its dashes (agency head "Tiểu ban")', async () => {
    const body =
      '1. Bộ Nông nghiệp và Môi trường\n- Hướng dẫn các địa phương lịch thời vụ vụ Hè Thu.\n' +
      '2. Tiểu ban Truyền thông phòng chống hạn\n- Xây dựng chuyên mục hướng dẫn người dân tiết kiệm nước.\n- Tổng hợp phản ánh của người dân, báo cáo hằng tuần.';
    const { e } = await run(letter(body));
    expect(e.tasks.filter((t) => t.id.startsWith('2.')).map((t) => t.lead.map((l) => l.name))).toEqual([
      ['Tiểu ban Truyền thông phòng chống hạn'],
      ['Tiểu ban Truyền thông phòng chống hạn'],
    ]);
  });
});

describe('docs13 lists', () => {
  it('reads "các Bộ: A; B" parted by a semicolon as one lead per ministry (agency.semicolon-list)', async () => {
    const body = '1. Yêu cầu các Bộ: Nông nghiệp và Môi trường; Công Thương rà soát quy chuẩn về nước sạch, báo cáo trước ngày 15/4/2026.';
    const { e } = await run(letter(body));
    expect(e.tasks.find((t) => t.id === '1')?.lead.map((l) => l.name)).toEqual(['Bộ Nông nghiệp và Môi trường', 'Bộ Công Thương']);
  });
});
