// Issue 9 (docs34): provinces' plans that share work out by unit, as they write them: partners listed after "phối hợp với" and
// parted by semicolons ("Phối hợp với Sở A; Công an tỉnh; các sở, ban, ngành tỉnh; ... tham mưu ..."). Made-up plan of a
// made-up province.
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const PLAN = `ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HOA MAI	Độc lập - Tự do - Hạnh phúc
Số: 212/KH-UBND	Hoa Mai, ngày 04 tháng 3 năm 2031
KẾ HOẠCH
Số hóa hồ sơ lưu trữ của các cơ quan trên địa bàn tỉnh năm 2031
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm hồ sơ lưu trữ được số hóa đầy đủ, an toàn.
II. PHÂN CÔNG NHIỆM VỤ
1. Văn phòng Ủy ban nhân dân tỉnh
Phối hợp với Sở Tài chính; Công an tỉnh; các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố; các cơ quan, đơn vị liên quan tham mưu bảo đảm kinh phí số hóa.
Tổ chức tập huấn cho văn thư các cơ quan.
2. Sở Tài chính:  Phối hợp với Văn phòng Ủy ban nhân dân tỉnh; Công an tỉnh; các sở, ban, ngành tỉnh hướng dẫn việc lập dự toán.
3. Sở Nội vụ phối hợp với Sở Tài chính rà soát danh mục hồ sơ; Sở Khoa học và Công nghệ hướng dẫn chuẩn dữ liệu.
4. Xây dựng quy chế lưu trữ hồ sơ điện tử (Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh; Sở Tư pháp và các cơ quan có liên quan tham mưu).

Nơi nhận:	TM. ỦY BAN NHÂN DÂN
- Như trên;	CHỦ TỊCH
- Lưu: VT.	Lê Văn Hòa
`;

describe('docs34: partners parted by semicolons (coordinate.semicolon-partners)', () => {
  it('reads every partner of a list parted by semicolons, up to the verb after the last one', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(leads(t['2.1.1'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(coords(t['2.1.1'])).toEqual(['Sở Tài chính', 'Công an tỉnh', 'Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố', 'Các cơ quan, đơn vị liên quan']);
    expect(t['2.1.1']?.action).toMatch(/tham mưu bảo đảm kinh phí số hóa$/i);
  });
  it('does not take the partners after a semicolon for a new clause with subjects of its own', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(leads(t['2.2'])).toEqual(['Sở Tài chính']);
    expect(coords(t['2.2'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'Công an tỉnh', 'Các sở, ban, ngành tỉnh']);
    expect(t['2.2.1']).toBeUndefined();
  });
  it('still parts a clause whose own subject follows a semicolon after the work', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(leads(t['2.3.1'])).toEqual(['Sở Nội vụ']);
    expect(coords(t['2.3.1'])).toEqual(['Sở Tài chính']);
    expect(leads(t['2.3.2'])).toEqual(['Sở Khoa học và Công nghệ']);
  });
  it('leaves a bracket that gives the work to a body as it was: its semicolon parts clauses of its own', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(leads(t['2.4'])).toEqual(['Sở Nội vụ']);
    expect(coords(t['2.4'])).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tư pháp']);
    expect(t['2.4.1']).toBeUndefined();
  });
});
