// References: OCR-damaged symbols normalised and merged, kinds from the words
// before or the symbol's type code, issuers before or after.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('references', () => {
  it('normalises OCR-damaged symbols and merges their mentions', async () => {
    const { e } = await run(
      'Thực hiện Quy định số 05- -Qb/BCDTW ngày 27/8/2025 của Ban Chỉ đạo Trung ương; Quy định số 05-QD/BCDTW; kinh phí theo Quy định số 05-QBD/BCHTW ngày 27/8/2025 và Nghị định số 179/2025/ND-CP ngày 01/7/2025 của Chính phủ.',
    );
    expect(e.references.map((r) => r.number)).toEqual(['05-QĐ/BCĐTW', '179/2025/NĐ-CP']);
    expect(e.references[0]).toMatchObject({ type: 'Quy định', date: '2025-08-27', issuer: 'Ban Chỉ đạo Trung ương' });
    expect(e.references[0]!.mentions).toHaveLength(3);
    expect(e.references[1]).toMatchObject({ type: 'Nghị định', date: '2025-07-01', issuer: 'Chính phủ' });
  });

  it('takes the kind from the symbol when no word says it, and the issuer said before', async () => {
    const { e } = await run(
      'Căn cứ 195-KL/TW ngày 26/9/2025; xét đề nghị của Sở Khoa học và Công nghệ tại Văn bản số 2394/SKHCN-BCVT&CĐS ngày 27/10/2025; Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Tờ trình số382/TTr-CP ngày 09 tháng 5 năm 2025.',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r]));
    expect(by['195-KL/TW']).toMatchObject({ type: 'Kết luận', date: '2025-09-26', issuer: null });
    expect(by['2394/SKHCN-BCVT&CĐS']).toMatchObject({ type: 'Văn bản', issuer: 'Sở Khoa học và Công nghệ' });
    expect(by['72/2025/QH15']).toMatchObject({ type: 'Luật' });
    expect(by['382/TTr-CP']).toMatchObject({ type: 'Tờ trình', date: '2025-05-09' });
  });

  it('takes the issuer of a body that made the document ("Sau khi Bộ X ban hành Thông tư số ...")', async () => {
    const { e } = await run('Sau khi Bộ Tài chính ban hành Thông tư số 12/2024/TT-BTC ngày 05/3/2024, Ủy ban nhân dân tỉnh đã có Công văn số 77/UBND-KT.');
    const by = Object.fromEntries(e.references.map((r) => [r.number, r]));
    expect(by['12/2024/TT-BTC']).toMatchObject({ type: 'Thông tư', date: '2024-03-05', issuer: 'Bộ Tài chính' });
  });

  it('lists laws cited by name only', async () => {
    const { e } = await run('theo quy định của Luật\nĐầu tư công, Luật Ngân sách nhà nước và các quy định hiện hành; Luật Tổ chức Chính phủ số 63/2025/QH15.');
    expect(e.namedReferences).toEqual(['Luật Đầu tư công', 'Luật Ngân sách nhà nước']);
  });

  it('ends a known law where its name ends, in the case the text prints it', async () => {
    const { e } = await run('Thực hiện Luật Việc làm trên địa bàn tỉnh, bảo đảm đúng quy định của Luật khám bệnh, chữa bệnh và Bộ Luật hình sự.');
    expect(e.namedReferences).toEqual(['Luật Việc làm', 'Luật khám bệnh, chữa bệnh', 'Bộ Luật hình sự']);
  });

  it('names an amending law by the law it amends, and each law of a list', async () => {
    const { e } = await run('Triển khai Luật sửa đổi, bổ sung Luật Phòng, chống ma túy; Luật Quy hoạch, Luật Đầu tư theo phương thức đối tác công tư.');
    expect(e.namedReferences).toEqual(['Luật sửa đổi, bổ sung Luật Phòng, chống ma túy', 'Luật Phòng, chống ma túy', 'Luật Quy hoạch', 'Luật Đầu tư theo phương thức đối tác công tư']);
  });

  it('ends an abbreviated name at the abbreviation and drops it beside the full name or a short name', async () => {
    const a = await run('Căn cứ Luật Tổ chức HĐND và UBND, Luật Bảo vệ bí mật nhà nước; chấp hành Luật Bảo vệ BMNN trên địa bàn.');
    expect(a.e.namedReferences).toEqual(['Luật Tổ chức HĐND và UBND', 'Luật Bảo vệ bí mật nhà nước']);
    const b = await run('Theo Luật Thủy sản số 18/2017/QH14 (sau đây gọi là Luật TS), các cơ sở thực hiện Điều 5 Luật TS đối với tàu cá.');
    expect(b.e.namedReferences).toEqual([]);
  });
});
