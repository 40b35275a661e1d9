// Issuers of cited documents (issue 9, refs25): forms read on made-up text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const issuers = async (text: string) => Object.fromEntries((await run(text)).e.references.map((r) => [r.number, r.issuer]));

describe('reference.issuer-own-city', () => {
  it('a capitalised "Thành phố" or "Tỉnh" is the document\'s own place; in lower case it is kept as printed', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 41/KH-UBND\n\nThực hiện Kế hoạch số 17/KH-UBND ngày 03/02/2025 của UBND Thành phố về chỉnh trang đô thị và Quyết định số 18/QĐ-UBND ngày 04/02/2025 của Ủy ban nhân dân thành phố về giao vốn.\n',
    );
    expect(by['17/KH-UBND']).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(by['18/QĐ-UBND']).toBe('Ủy ban nhân dân thành phố');
  });

  it('a province\'s council cites its committee "Tỉnh"; a department of the province keeps it bare', async () => {
    const council = await issuers('HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 09/NQ-HĐND\n\nXét Tờ trình số 33/TTr-UBND ngày 02/6/2025 của Ủy ban nhân dân Tỉnh về điều chỉnh dự toán.\n');
    expect(council['33/TTr-UBND']).toBe('Ủy ban nhân dân tỉnh An Giang');
    const dept = await issuers('UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\nSố: 77/STC-NS\n\nThực hiện Công văn số 34/UBND-KT ngày 03/6/2025 của Ủy ban nhân dân Tỉnh về dự toán.\n');
    expect(dept['34/UBND-KT']).toBe('Ủy ban nhân dân Tỉnh');
  });
});

describe('reference.issuer-party-committee', () => {
  it('"của Tỉnh ủy", "của Thành ủy Thành phố": the place\'s Party committee, named bare', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 52/KH-UBND\n\nThực hiện Kế hoạch số 140-KH/TU ngày 12/5/2025 của Tỉnh ủy về chuyển đổi số, Chương trình số 21-CTr/TU ngày 30/6/2025 của Thành ủy Thành phố về đô thị thông minh và Kết luận số 5-KL/HU ngày 02/7/2025 của Huyện ủy về giao thông.\n',
    );
    expect(by['140-KH/TU']).toBe('Tỉnh ủy');
    expect(by['21-CTr/TU']).toBe('Thành ủy thành phố Cần Thơ');
    expect(by['5-KL/HU']).toBe('Huyện ủy');
  });
});

describe('reference.issuer-listed-before', () => {
  it('"ý kiến của Bộ A tại văn bản số ..., Bộ B tại văn bản số ... và Sở C tại Tờ trình số ...": each body its own', async () => {
    const by = await issuers(
      'Xét ý kiến của Bộ Xây dựng tại văn bản số 501/BXD-KHTC ngày 02 tháng 3 năm 2024, Bộ Khoa học và Công nghệ tại văn bản số 77/BKHCN-KHTC ngày 04 tháng 3 năm 2024 và Sở Tư pháp tại Tờ trình số 31/TTr-STP ngày 05/3/2024 về việc sắp xếp.\n',
    );
    expect(by['501/BXD-KHTC']).toBe('Bộ Xây dựng');
    expect(by['77/BKHCN-KHTC']).toBe('Bộ Khoa học và Công nghệ');
    expect(by['31/TTr-STP']).toBe('Sở Tư pháp');
  });
});

describe('reference.issuer-listed-topic', () => {
  it('"của X tại Công văn số A ngày ... về việc <topic> và Công văn số B": B is X\'s too; not after a full stop', async () => {
    const by = await issuers(
      'Tổng cục đồng ý với ý kiến của Cục Hải quan tỉnh Kiên Giang tại Công văn số 910/HQ-NV ngày 07/12/2023 về việc miễn, giảm thuế (đợt 2) gửi UBND tỉnh và Công văn số 911/HQ-NV ngày 08/12/2023 trả lời doanh nghiệp. Về việc này đã rõ và Công văn số 912/HQ-NV cũng vậy.\n',
    );
    expect(by['910/HQ-NV']).toBe('Cục Hải quan tỉnh Kiên Giang');
    expect(by['911/HQ-NV']).toBe('Cục Hải quan tỉnh Kiên Giang');
    expect(by['912/HQ-NV']).toBeNull();
  });
});

describe('reference.issuer-joint and reference.issuer-next', () => {
  it('"của Bộ Chính trị, Ban Bí thư" made it together; "Bộ Chính trị, Ban Bí thư đã có Kết luận"; not "Ban Chỉ đạo" after them', async () => {
    const by = await issuers(
      'BỘ TƯ PHÁP\nSố: 12/BTP-TCCB\n\nThực hiện Kết luận số 301-KL/TW, ngày 19/9/2025 của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo tổng kết đề nghị các bộ rà soát. Bộ Chính trị, Ban Bí thư đã có Kết luận số 302-KL/TW ngày 18/11/2025. Theo Công văn số 40/BXD-VP ngày 1/2/2024 của Bộ Xây dựng, Bộ Công an đề nghị.\n',
    );
    expect(by['301-KL/TW']).toBe('Bộ Chính trị, Ban Bí thư');
    expect(by['302-KL/TW']).toBe('Bộ Chính trị, Ban Bí thư');
    expect(by['40/BXD-VP']).toBe('Bộ Xây dựng');
  });

  it('", của X tại <kind> số ..." after a date opens the next document', async () => {
    const by = await issuers('Căn cứ chỉ đạo của Bộ Chính trị tại Thông báo số 91-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 203-KL/TW ngày 22/11/2025, Thủ tướng yêu cầu.\n');
    expect(by['91-TB/TW']).toBe('Bộ Chính trị');
    expect(by['203-KL/TW']).toBe('Ban Bí thư');
  });
});

describe('reference.issuer-trim', () => {
  it('ends the issuer before a quote, a footnote mark, "VỀ" in capitals, and a verb after a known body', async () => {
    const by = await issuers(
      'Căn cứ Quyết định số 812/QĐ-BCT ngày 08 tháng 9 năm 2025 của Bộ trưởng Bộ Công Thương phê duyệt Đề án tiết kiệm điện; Kế hoạch số 61/KH-UBND ngày 17/9/2025 của Ủy ban nhân dân tỉnh Cà Mau Thực hiện Chương trình; Thông tư số 07/2019/TT-BTC ngày 29/3/2019 của Bộ Tài chính “Hướng dẫn về phí”; Báo cáo số 2701/BC-TTCP ngày 17/10/2025 của Thanh tra Chính phủ[4], các bộ rà soát.\n' +
        'THÔNG BÁO KẾT LUẬN VỀ VIỆC THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN NÔNG NGHIỆP\n',
    );
    expect(by['812/QĐ-BCT']).toBe('Bộ trưởng Bộ Công Thương');
    expect(by['61/KH-UBND']).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(by['07/2019/TT-BTC']).toBe('Bộ Tài chính');
    expect(by['2701/BC-TTCP']).toBe('Thanh tra Chính phủ');
    expect(by['19-NQ/TW']).toBe('Bộ Chính trị');
  });
});

describe('reference.issuer-inner-body, reference.issuer-has-when, reference.issuer-group-of-kind', () => {
  it('reads a body named inside a longer name to its end', async () => {
    const by = await issuers('Thực hiện Kết luận số 21-KL/ĐU ngày 09 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố về việc sắp xếp trụ sở.\n');
    expect(by['21-KL/ĐU']).toBe('Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố');
  });

  it('"Sau khi Bộ X ban hành Thông tư số ..." after a line with no mark', async () => {
    const by = await issuers('Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\nSau khi Bộ Y tế ban hành Thông tư số 11/2019/TT-BYT ngày 07/4/2019 hướng dẫn khám sức khỏe, nhiều địa phương đã triển khai.\n');
    expect(by['11/2019/TT-BYT']).toBe('Bộ Y tế');
  });

  it('a list of one issuer\'s documents goes on past "của Nghị định số ..." inside it', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 15/QĐ-UBND\n\nCăn cứ các Nghị định của Chính phủ quy định chi tiết một số điều của Luật Thủy sản (Số 26/2019/NĐ-CP ngày 08/3/2019, số 37/2024/NĐ-CP ngày 04/4/2024 sửa đổi, bổ sung một số điều của Nghị định số 26/2019/NĐ-CP và số 39/2024/NĐ-CP ngày 06/4/2024 sửa đổi Nghị định số 37/2024/NĐ-CP); Căn cứ Nghị định số 38/2024/NĐ-CP ngày 05/4/2024 về xử phạt;\n',
    );
    expect(by['26/2019/NĐ-CP']).toBe('Chính phủ');
    expect(by['37/2024/NĐ-CP']).toBe('Chính phủ');
    expect(by['39/2024/NĐ-CP']).toBe('Chính phủ');
    expect(by['38/2024/NĐ-CP']).toBeNull();
  });
});

describe('reference.issuer-ministries', () => {
  it('"ý kiến của các Bộ: Tài chính (Công văn số ...), ..., Ban X (Công văn số ...)": each ministry by its full name', async () => {
    const by = await issuers(
      'Xét đề nghị của Ủy ban nhân dân tỉnh Cà Mau (Công văn số 420/UBND-KT ngày 02 tháng 3 năm 2024), ý kiến của các Bộ: Xây dựng (Công văn số 910/BXD-KHTC ngày 05 tháng 3 năm 2024), Tài chính (Công văn số 2250/BTC-NSNN ngày 06 tháng 3 năm 2024), Ban Cơ yếu Chính phủ (Công văn số 31/BCY-VP ngày 07 tháng 3 năm 2024) về việc bổ sung kinh phí, Phó Thủ tướng có ý kiến như sau. Công ty X (Công văn số 5/CV-X ngày 08/3/2024) cũng đề nghị.\n',
    );
    expect(by['420/UBND-KT']).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(by['910/BXD-KHTC']).toBe('Bộ Xây dựng');
    expect(by['2250/BTC-NSNN']).toBe('Bộ Tài chính');
    expect(by['31/BCY-VP']).toBe('Ban Cơ yếu Chính phủ');
    expect(by['5/CV-X']).toBeNull();
  });
});
