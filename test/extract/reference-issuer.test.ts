// The issuer of a cited document named before it: "<firm> tại Văn bản số ..." in a list of requests,
// where the firm is no body the gazetteer knows; a known body followed by a clause keeps no issuer.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('reference issuers named before "tại"', () => {
  it('takes the full name of a firm, and not a clause after a known body', async () => {
    const { e } = await run(
      'Xét đề nghị của 2 đơn vị gồm: Công ty cổ phần Gạch ngói Bình Minh tại Văn bản số 14/CV-BM ngày 02/3/2024; Hợp tác xã Rau sạch Thôn Đông tại Văn bản số 3/HTX ngày 05/3/2024; Công ty TNHH Khai thác đá Hòa Bình tại Văn bản số 8/CV-KTĐ ngày 06/3/2024.\nThực hiện Kết luận số 12-KL/TU, ngày 01/02/2024 của Ban Thường vụ Tỉnh ủy và các nhiệm vụ tại Kế hoạch số 7-KH/TU, với mục tiêu rõ ràng.\n',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r.issuer]));
    expect(by['14/CV-BM']).toBe('Công ty cổ phần Gạch ngói Bình Minh');
    expect(by['3/HTX']).toBe('Hợp tác xã Rau sạch Thôn Đông');
    // "đá" and "cổ phần" fold like the function words "đã" and "có": the written forms decide.
    expect(by['8/CV-KTĐ']).toBe('Công ty TNHH Khai thác đá Hòa Bình');
    expect(by['7-KH/TU']).toBeNull();
  });

  it('names the Party committee of a body by the body in full', async () => {
    const { e } = await run('Thực hiện Công văn số 31-CV/ĐU ngày 07/9/2024 của Đảng ủy Ủy ban nhân\ndân tỉnh về việc học tập nghị quyết.\n');
    expect(e.references[0]?.issuer).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
  });
});

describe('reference issuers named before a topic and a bracket', () => {
  it('"báo cáo của X về việc ... (Công văn số ...)" is X\'s letter; a topic with a full stop keeps none', async () => {
    const { e } = await run(
      'Căn cứ báo cáo của Sở Tài chính về việc sắp xếp trụ sở làm việc dôi dư (Công văn số 512/STC-QLCS ngày 03/4/2024), Ủy ban nhân dân tỉnh yêu cầu các đơn vị rà soát.\nÝ kiến của Sở Xây dựng về việc này đã rõ. Nay gửi kèm (Công văn số 77/SXD-QLN ngày 05/4/2024) để biết.\n',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r.issuer]));
    expect(by['512/STC-QLCS']).toBe('Sở Tài chính');
    expect(by['77/SXD-QLN']).toBeNull();
  });
});

describe('reference.issuer-group', () => {
  it('gives the issuer said before a list to each document of the list, while the list runs', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 45/QĐ-UBND\n\n' +
        'Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch vùng: Quyết định số 210/QĐ-TTg ngày 02/3/2023 phê duyệt Quy hoạch vùng núi; Quyết định số 311/QĐ-TTg ngày 04/5/2023 phê duyệt Quy hoạch vùng biển;\n' +
        'Căn cứ các Nghị định của Chính phủ quy định chi tiết một số điều của Luật Lâm nghiệp (số 15/2021/NĐ-CP ngày 01/2/2021, số 16/2022/NĐ-CP ngày 03/3/2022); Căn cứ Nghị định số 17/2023/NĐ-CP ngày 05/4/2023 về phí;\n' +
        'Theo đề nghị của Giám đốc Sở Xây dựng tại các văn bản: Số 120/TTr-SXD ngày 06/5/2024, số 121/BC-SXD ngày 07/5/2024.\n',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r.issuer]));
    expect(by['210/QĐ-TTg']).toBe('Thủ tướng Chính phủ');
    expect(by['311/QĐ-TTg']).toBe('Thủ tướng Chính phủ');
    expect(by['15/2021/NĐ-CP']).toBe('Chính phủ');
    expect(by['16/2022/NĐ-CP']).toBe('Chính phủ');
    // After the bracket closed and a new "Căn cứ": not of the list.
    expect(by['17/2023/NĐ-CP']).toBeNull();
    expect(by['120/TTr-SXD']).toBe('Giám đốc Sở Xây dựng');
    expect(by['121/BC-SXD']).toBe('Giám đốc Sở Xây dựng');
  });
});

describe('reference.issuer-has with a bracket, and "do X chuyển đến tại"', () => {
  it('reads the body before "(nay là ...)" and the body that forwarded a document', async () => {
    const { e } = await run(
      'Ngày 12/3/2024, Sở Giao thông vận tải (nay là Sở Xây dựng) đã có Văn bản số 88/SGTVT-QLVT về việc điều chỉnh tuyến.\nKiến nghị do Bộ Tư pháp chuyển đến tại Văn bản số 91/BTP-VP ngày 14/3/2024 được xem xét.\n',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r.issuer]));
    expect(by['88/SGTVT-QLVT']).toBe('Sở Giao thông vận tải');
    expect(by['91/BTP-VP']).toBe('Bộ Tư pháp');
  });
});

describe('reference.date-before', () => {
  it('dates a document by the day said at the head of the sentence that says who made it', async () => {
    const { e } = await run(
      'Ngày 05/4/2024, Sở Tài chính đã có Công văn số 410/STC-QLG về việc điều chỉnh giá. Theo Công văn số 411/STC-QLG, các đơn vị rà soát.\nNgày 6 tháng 5 năm 2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 77/QĐ-UBND về việc giao nhiệm vụ.\n',
    );
    const by = Object.fromEntries(e.references.map((r) => [r.number, r.date]));
    expect(by['410/STC-QLG']).toBe('2024-04-05');
    expect(by['411/STC-QLG']).toBeNull();
    expect(by['77/QĐ-UBND']).toBe('2024-05-06');
  });
});
