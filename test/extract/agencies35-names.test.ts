// Session 22: names a list of bodies reads whole: a collective of a district, a collective of the central level on a
// province's ground, the 2025 provincial tax and statistics offices named bare (made-up sentences).
import { describe, expect, it } from 'vitest';
import { agencyList, coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';

describe('agencies35 names in lists', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('agency.collective-quan: "các đoàn thể quận" closes with the district level as printed, not "quan tâm"', () => {
    expect(names('Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể quận vận động nhân dân')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Các đoàn thể quận']);
    expect(names('Các phòng, ban quận rà soát hồ sơ')).toEqual(['Các phòng, ban quận']);
    expect(names('Các đơn vị quan tâm chỉ đạo')).toEqual(['Các đơn vị']);
  });

  it('qualifiers "của Trung ương", "đóng trên địa bàn": the central bodies on a province\'s ground are one item, and the list goes on', () => {
    expect(names('Các cơ quan, đơn vị của Trung ương, các sở, ban, ngành và các hộ gia đình trên địa bàn tỉnh thực hiện')).toEqual([
      'Các cơ quan, đơn vị của Trung ương', 'Các sở, ban, ngành', 'Các hộ gia đình trên địa bàn tỉnh',
    ]);
    expect(names('Các cơ quan Trung ương đóng trên địa bàn tỉnh, các sở triển khai')).toEqual(['Các cơ quan Trung ương đóng trên địa bàn tỉnh', 'Các sở']);
  });

  it('the provincial tax and statistics offices of 2025 ("Thuế tỉnh", "Thống kê tỉnh") and their predecessors are bodies', () => {
    expect(names('Sở Tài chính, Kho bạc Nhà nước tỉnh, Thuế tỉnh hướng dẫn')).toEqual(['Sở Tài chính', 'Kho bạc Nhà nước tỉnh', 'Thuế tỉnh']);
    expect(names('Sở Nội vụ, Thống kê tỉnh tổng hợp')).toEqual(['Sở Nội vụ', 'Thống kê tỉnh']);
    expect(names('Cục Thuế tỉnh hướng dẫn')).toEqual(['Cục Thuế tỉnh']);
  });

  it('agency.inner-to-place: a unit named for its work runs in lower case to the place it serves; a department does not', () => {
    expect(names('Trung tâm Bảo tồn di sản văn hóa thành phố Sông Mây bố trí lực lượng')).toEqual(['Trung tâm Bảo tồn di sản văn hóa thành phố Sông Mây']);
    expect(names('Sở Y tế phát động phong trào tỉnh Sông Mây')).toEqual(['Sở Y tế']);
    expect(names('Trung tâm Y tế tổ chức khám sàng lọc xã Tân Hòa')).toEqual(['Trung tâm Y tế']);
  });

  it('agency.village-levels: a body of every village ("các thôn, tổ dân phố") is one name', () => {
    expect(names('Ban Công tác Mặt trận các thôn, tổ dân phố vận động hội viên')).toEqual(['Ban Công tác Mặt trận các thôn, tổ dân phố']);
    expect(names('Ban Công tác Mặt trận các ấp tuyên truyền')).toEqual(['Ban Công tác Mặt trận các ấp']);
  });

  it('agency.committee-topic: a committee named for its topic ("quốc gia về ...", "liên ngành về ..."), also after a short known name', () => {
    expect(names('Ban Chỉ đạo quốc gia về phòng chống thiên tai và Sở Y tế chỉ đạo')).toEqual(['Ban Chỉ đạo quốc gia về phòng chống thiên tai', 'Sở Y tế']);
    expect(names('Hội đồng liên ngành về an toàn thực phẩm, Sở Công Thương kiểm tra')).toEqual(['Hội đồng liên ngành về an toàn thực phẩm', 'Sở Công Thương']);
    expect(names('Ban Chỉ đạo chỉ đạo các địa phương')).toEqual(['Ban Chỉ đạo']);
  });

  it('agency.qualifier-chain: qualifiers one after another close a collective together', () => {
    expect(names('Sở Nội vụ, các sở, ban, ngành cấp tỉnh có liên quan thẩm định')).toEqual(['Sở Nội vụ', 'Các sở, ban, ngành cấp tỉnh có liên quan']);
    expect(names('Các cơ quan, đơn vị, địa phương liên quan khác phối hợp')).toEqual(['Các cơ quan, đơn vị, địa phương liên quan khác']);
  });

  it('agency.of-named-body: "thuộc Bộ" closes a collective, "thuộc Bộ <name>" names the body it belongs to', () => {
    expect(names('Các cơ quan chuyên môn thuộc Bộ Công Thương hướng dẫn')).toEqual(['Các cơ quan chuyên môn thuộc Bộ Công Thương']);
    expect(names('Các đơn vị thuộc Bộ, các địa phương báo cáo')).toEqual(['Các đơn vị thuộc Bộ', 'Các địa phương']);
  });

  it('agency.plural-levels: bodies of one name in every place of the levels after ("các Sở X các tỉnh, thành phố")', () => {
    expect(names('Các Sở Tư pháp các tỉnh, thành phố rà soát')).toEqual(['Các Sở Tư pháp các tỉnh, thành phố']);
  });

  it('"nghiên cứu và phát triển" narrows a collective as "nghiên cứu" does (agency-words.tsv, modifier)', () => {
    expect(names('Các tổ chức nghiên cứu và phát triển, các doanh nghiệp đề xuất')).toEqual(['Các tổ chức nghiên cứu và phát triển', 'Các doanh nghiệp']);
  });

  it('"giúp" ends a name before what the body helps with; "giúp việc" is a body\'s function (agency-words.tsv, stop)', () => {
    const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);
    expect(partners('Sở Nội vụ giúp Ủy ban nhân dân tỉnh theo dõi')).toEqual(['Sở Nội vụ']);
    expect(partners('Cơ quan giúp việc Hội đồng chuẩn bị tài liệu')).toEqual(['Cơ quan giúp việc Hội đồng']);
  });
});
