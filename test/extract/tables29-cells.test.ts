// Table cells of the tables29 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 52/KH-UBND                Điện Biên, ngày 14 tháng 4 năm 2027

KẾ HOẠCH
Nâng cao chỉ số chuyển đổi số năm 2027

PHỤ LỤC
`;

describe('table.lead-cell-roles', () => {
  it('reads a doers\' cell that says who leads and who works with it: the lead and its partners', async () => {
    const text = `${HEAD}TT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\tKết quả/Sản phẩm đầu ra
1\tNâng cấp cổng dịch vụ công của tỉnh\tSở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh\tQuý II/2027\tHệ thống
2\tCập nhật dữ liệu dân cư\tCông an tỉnh (chủ trì); UBND các xã, phường\tTháng 9/2027\tDữ liệu
3\tBồi dưỡng kỹ năng số cho công chức\tSở Nội vụ chủ trì; các sở, ngành phối hợp\tHằng năm\tLớp bồi dưỡng
4\tGiám sát an toàn thông tin mạng\tCông an tỉnh (chủ trì), Sở Khoa học và Công nghệ (phối hợp)\tThường xuyên\tBáo cáo
5\tSố hóa hồ sơ lưu trữ lịch sử\tSở Nội vụ; Sở Tài chính\tNăm 2027\tKho dữ liệu
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Khoa học và Công nghệ']);
    expect(coords(t['1'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(leads(t['2'])).toEqual(['Công an tỉnh']);
    expect(coords(t['2'])).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(leads(t['3'])).toEqual(['Sở Nội vụ']);
    expect(coords(t['3'])).toEqual(['Các sở, ngành']);
    expect(leads(t['4'])).toEqual(['Công an tỉnh']);
    expect(coords(t['4'])).toEqual(['Sở Khoa học và Công nghệ']);
    // A cell that names bodies without roles: all lead, as before.
    expect(leads(t['5'])).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    expect(t['1']!.action).toBe('Nâng cấp cổng dịch vụ công của tỉnh');
  });
});

describe('table.cell-kind-then-collective', () => {
  it('splits a partners\' cell where a kind comes before a collective written without "các"', async () => {
    const text = `${HEAD}STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn
1\tTổ chức diễn đàn doanh nghiệp số\tSở Công Thương\tHợp tác xã, Sở, ban, ngành liên quan\tQuý III/2027
2\tKết nối viện nghiên cứu với địa phương\tSở Khoa học và Công nghệ\tViện, Trường; Sở, ban, ngành có liên quan\t2027
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(coords(t['1'])).toEqual(['Hợp tác xã', 'Sở, ban, ngành liên quan']);
    // A pair of kinds stays one partner.
    expect(coords(t['2'])).toEqual(['Viện, Trường', 'Sở, ban, ngành có liên quan']);
  });
});

describe('table.cell-name-wraps', () => {
  it('joins a body\'s name wrapped in its cell after a line that already reads as a shorter name', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 53/KH-UBND                        Điện Biên, ngày 15 tháng 4 năm 2027

                               KẾ HOẠCH
              Phát triển du lịch cộng đồng năm 2027

                                PHỤ LỤC
 TT        Nhiệm vụ                      Cơ quan chủ trì     Cơ quan phối hợp        Thời gian
 1    Hỗ trợ hộ gia đình làm du lịch     UBND các xã,        Sở Văn hóa, Thể thao    Năm 2027
      cộng đồng                          phường              và Du lịch
 2    Quảng bá sản phẩm du lịch đặc      Trung tâm Xúc tiến  Sở Khoa học và Công     Thường xuyên
      trưng trên nền tảng số             Đầu tư, Thương mại  nghệ; các doanh nghiệp
                                         và Du lịch
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(leads(t['2'])).toEqual(['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch']);
    expect(coords(t['2'])).toEqual(['Sở Khoa học và Công nghệ', 'Các doanh nghiệp']);
    expect(leads(t['1'])).toEqual(['Ủy ban nhân dân các xã, phường']);
  });
});

describe('table.group-line', () => {
  it('reads a group row written as a line of its own, without tabs, between the rows of a tab table', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 54/QĐ-UBND                Điện Biên, ngày 16 tháng 4 năm 2027

QUYẾT ĐỊNH
Ban hành Danh mục nhiệm vụ trọng tâm năm 2027

Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ trọng tâm năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027
STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\tKết quả/Sản phẩm đầu ra
I. Lĩnh vực kinh tế
1\tĐề án phát triển vùng chè\tSở Nông nghiệp và Môi trường\tSở Tài chính; UBND các xã\tQuý III/2027\tĐề án
2\tKế hoạch thu hút đầu tư\tSở Tài chính\tCác sở, ngành liên quan\tTháng 12/2027\tKế hoạch
II. Lĩnh vực xã hội
1\tĐề án đào tạo nghề nông thôn\tSở Nội vụ\tSở Giáo dục và Đào tạo\tQuý IV/2027\tĐề án
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(Object.keys(t)).toEqual(['1.1', '1.2', '2.1']);
    expect(leads(t['2.1'])).toEqual(['Sở Nội vụ']);
    expect(coords(t['1.1'])).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các xã']);
  });
});

describe('table.header-period-words', () => {
  it('reads "Lộ trình thực hiện" and "Giai đoạn thực hiện" as the time column, not the doers\'', async () => {
    const head = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 56/KH-UBND                Điện Biên, ngày 18 tháng 4 năm 2027

KẾ HOẠCH
Thực hiện nhiệm vụ năm 2027

PHỤ LỤC
`;
    for (const label of ['Lộ trình thực hiện', 'Giai đoạn thực hiện']) {
      const text = `${head}TT\tNội dung công việc\tChủ trì\tPhối hợp\t${label}
1\tXây dựng kế hoạch số hóa tài liệu\tSở Nội vụ\tCác sở, ngành\tQuý II/2027
2\tTổ chức hội nghị sơ kết\tVăn phòng UBND tỉnh\tSở Tài chính\t2027 - 2028
`;
      const { e } = await run(text);
      const t = byId(e.tasks);
      expect(t['1']!.deadline?.due, label).toBe('2027-06-30');
      expect(t['2']!.deadline?.due, label).toBe('2028-12-31');
      expect(leads(t['2']), label).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    }
  });
});

describe('table.cell-name-wraps (a known name)', () => {
  it('joins "Sở Công" over "Thương phối hợp" in a doers\' cell with roles', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 58/KH-UBND                        Điện Biên, ngày 20 tháng 4 năm 2027

                               KẾ HOẠCH
              Phát triển nông nghiệp năm 2027

                                PHỤ LỤC
 TT        Nhiệm vụ                      Đơn vị thực hiện                Thời gian
 1    Rà soát quy hoạch vùng sản xuất    Sở Nông nghiệp và Môi trường    Quý II/2027
      hàng hóa tập trung                 chủ trì, phối hợp với UBND các
                                         xã
 2    Xây dựng chuỗi liên kết sản xuất   UBND các xã chủ trì; Sở Công    Năm 2027
                                         Thương phối hợp
`;
    const { e } = await run(text);
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(coords(t['1'])).toEqual(['Ủy ban nhân dân các xã']);
    expect(leads(t['2'])).toEqual(['Ủy ban nhân dân các xã']);
    expect(coords(t['2'])).toEqual(['Sở Công Thương']);
  });
});
