// Issue 9 (plans32): partners after "phối hợp (với)" that open bare and go on, the Front with its scope, units written in
// lower case (made-up sentences of a made-up province, not copied).
import { describe, expect, it } from 'vitest';
import { coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';

describe('plans32 partners', async () => {
  const gaz = await loadGazetteer();
  const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('coordinate.front-scope: "..., Mặt trận các cấp và các hội" after local government: three partners', () => {
    expect(partners('chính quyền xã, Mặt trận các cấp và các hội tổ chức vận động')).toEqual(['Chính quyền xã', 'Mặt trận các cấp', 'Các hội']);
  });

  it('coordinate.bare-goes-on: a bare partner, then "và" and another bare one', () => {
    expect(partners('cơ quan báo chí và lực lượng chức năng kiểm tra các điểm bán hàng')).toEqual(['Cơ quan báo chí', 'Lực lượng chức năng']);
  });

  it('coordinate.bare-branch: state branches named bare, the last with the places it works in', () => {
    expect(partners('Thanh tra, Hải quan và Kiểm lâm tại các xã, phường kiểm tra các cơ sở kinh doanh')).toEqual(['Thanh tra', 'Hải quan', 'Kiểm lâm tại các xã, phường']);
    expect(partners('Công an, lực lượng Kiểm lâm tuần tra khu rừng phòng hộ')).toEqual(['Công an', 'Lực lượng Kiểm lâm']);
  });

  it('coordinate.lower-unit: "phòng X", "bộ phận X" written in lower case before a capitalised name', () => {
    expect(partners('phòng Kế hoạch rà soát danh mục thiết bị')).toEqual(['Phòng Kế hoạch']);
    expect(partners('bộ phận Văn hóa tổ chức tuyên truyền')).toEqual(['Bộ phận Văn hóa']);
    // (work, not a unit: no capitalised name after the head)
    expect(partners('phòng, chống thiên tai trên địa bàn')).toEqual([]);
  });
});

describe('agency.inner-words (việc làm)', async () => {
  const gaz = await loadGazetteer();
  const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);
  it('"Trung tâm Dịch vụ việc làm Thành phố": "việc làm" inside a name runs to its capitalised end, and the list goes on', () => {
    expect(partners('Trung tâm Dịch vụ việc làm Thành phố, Sở Tư pháp và các cơ quan liên quan.')).toEqual(['Trung tâm Dịch vụ việc làm Thành phố', 'Sở Tư pháp', 'Các cơ quan liên quan']);
  });
});

describe('agency.collective-place-name, agency.modifier-quoc-te', async () => {
  const gaz = await loadGazetteer();
  const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);
  it('a collective\'s scope ends with the place\'s name; "tổ chức quốc tế" bare in a list is an item', () => {
    expect(partners('Sở Ngoại vụ, tổ chức quốc tế và các sở, ngành thuộc tỉnh Sông Mây.')).toEqual(['Sở Ngoại vụ', 'Tổ chức quốc tế', 'Các sở, ngành thuộc tỉnh Sông Mây']);
    expect(partners('các hội nghề nghiệp trên địa bàn thành phố Bến Mây tổ chức triển lãm')).toEqual(['Các hội nghề nghiệp trên địa bàn thành phố Bến Mây']);
    // (a list of provinces after "các tỉnh, thành phố" is not a scope's place)
    expect(partners('các tỉnh, thành phố Sông Mây, Bến Mây thực hiện')).toEqual(['Các tỉnh, thành phố']);
  });
});

describe('plan.label-and-text-partners', async () => {
  const { byId, coords, leads, run } = await import('./helpers.js');
  it('a block whose work says "phối hợp với Y" and whose partners\' label names others: both coordinate', async () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Số: 91/KH-UBND                Sông Mây, ngày 12 tháng 5 năm 2027

KẾ HOẠCH
Phát triển dữ liệu số tỉnh Sông Mây năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hình thành kho dữ liệu dùng chung của tỉnh.
II. NHIỆM VỤ
1. Dữ liệu dân cư
a) Nhiệm vụ: Tham mưu Ủy ban nhân dân tỉnh phối hợp với Bộ Công an rà soát kho dữ liệu dân cư của tỉnh.
b) Đơn vị chủ trì: Sở Khoa học và Công nghệ.
c) Đơn vị phối hợp: Các sở, ban, ngành.
d) Thời gian thực hiện: Năm 2027.
`;
    const t = byId((await run(text)).e.tasks);
    expect(leads(t['2.1'])).toEqual(['Sở Khoa học và Công nghệ']);
    expect(coords(t['2.1'])).toEqual(['Các sở, ban, ngành', 'Bộ Công an']);
  });
});
