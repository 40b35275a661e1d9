// Issuers of cited documents (issue 9, branch refs29), on made-up text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const issuers = async (text: string) => Object.fromEntries((await run(text)).e.references.map((r) => [r.number, r.issuer]));

describe('reference.issuer-known-marks', () => {
  it('writes a known body read with a slipped tone as the gazetteer writes it, and keeps an old tone placement', async () => {
    const by = await issuers(
      'Căn cứ Nghị định số 41/2021/NĐ-CP ngày 07 tháng 3 năm 2021 của Chính phú quy định chi tiết;\n' +
        'Căn cứ Chỉ thị số 17/CT-TTg ngày 02 tháng 4 năm 2022 của Thủ tướng\nChỉnh phủ về việc tăng cường;\n' +
        'Căn cứ Quyết định số 88/QĐ-UBND ngày 03/5/2022 của Uỷ ban nhân dân tỉnh Hà Giang về việc ban hành.\n',
    );
    expect(by['41/2021/NĐ-CP']).toBe('Chính phủ');
    expect(by['17/CT-TTg']).toBe('Thủ tướng Chính phủ');
    expect(by['88/QĐ-UBND']).toBe('Uỷ ban nhân dân tỉnh Hà Giang');
  });
});

describe('reference.issuer-in-name', () => {
  it('takes the body said after "của" between the kind and the number', async () => {
    const by = await issuers(
      'Xét Tờ trình của Sở Xây dựng tại Văn bản số 77/SXD-QLN ngày 05/4/2024; báo cáo thẩm định của Sở Tư pháp số 214/BC-STP ngày 09 tháng 4 năm 2024.\n',
    );
    expect(by['214/BC-STP']).toBe('Sở Tư pháp');
  });
});

describe('reference.issuer-joint-sectors', () => {
  it('takes "liên ngành ..." named between the kind and the number, with or without "của"', async () => {
    const by = await issuers(
      'Triển khai Kết luận liên ngành y tế Trung ương số 12/KL-LNYTTW ngày 03/6/2024 trong phòng dịch; thực hiện theo hướng dẫn của liên sở Giáo dục - Tài chính số 56/HD-LS ngày 10/6/2024.\n',
    );
    expect(by['12/KL-LNYTTW']).toBe('liên ngành y tế Trung ương');
    expect(by['56/HD-LS']).toBe('liên sở Giáo dục - Tài chính');
  });
});

describe('reference.issuer-steering-place', () => {
  it('names a steering committee by its topic and its place', async () => {
    const by = await issuers(
      'Căn cứ Quyết định số 07-QĐ/BCĐ ngày 13/8/2025 của\nBan Chỉ đạo về phòng, chống thiên tai và tìm kiếm cứu nạn\ntỉnh ban hành Quy chế làm việc;\n' +
        'Căn cứ Kế hoạch số 09-KH/BCĐ ngày 15/8/2025 của Ban Chỉ đạo về chuyển đổi số tỉnh Hà Giang về triển khai.\n',
    );
    expect(by['07-QĐ/BCĐ']).toBe('Ban Chỉ đạo về phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh');
    expect(by['09-KH/BCĐ']).toBe('Ban Chỉ đạo về chuyển đổi số tỉnh Hà Giang');
  });
});

describe('reference.issuer-title-pair and reference.issuer-title-fallback', () => {
  it('keeps a title of two offices, and the head of a Ban when "Trưởng Ban" leaves no body', async () => {
    const by = await issuers(
      'Căn cứ Thông tư số 03/2019/TT-VPCP ngày 31/10/2019 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ;\n' +
        'Căn cứ Quyết định số 45/QĐ-BCĐ ngày 20/8/2019 của Trưởng Ban Chỉ đạo Trung ương về việc ban hành quy chế.\n',
    );
    expect(by['03/2019/TT-VPCP']).toBe('Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ');
    expect(by['45/QĐ-BCĐ']).toBe('Trưởng Ban Chỉ đạo Trung ương');
  });
});

describe('reference.issuer-term', () => {
  it('keeps the term after a body as printed', async () => {
    const by = await issuers('Căn cứ Nghị quyết số 55/2014/QH13 ngày 20/11/2014 của Quốc hội khóa XIII\nvà các văn bản hướng dẫn.\n');
    expect(by['55/2014/QH13']).toBe('Quốc hội khóa XIII');
  });
});

describe('reference.issuer-joint-ministers', () => {
  it('gives a submission of two ministers joined by "và" to both', async () => {
    const by = await issuers(
      'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường và Bộ trưởng Bộ Giáo dục và Đào tạo tại Tờ trình số 17/TTr-BNNMT-BGDĐT ngày 02 tháng 3 năm 2025;\n',
    );
    expect(by['17/TTr-BNNMT-BGDĐT']).toBe('Bộ trưởng Bộ Nông nghiệp và Môi trường và Bộ trưởng Bộ Giáo dục và Đào tạo');
  });
});

describe('reference.issuer-group-by and reference.issuer-group-same-body', () => {
  it('gives the body that made a list of documents, said before it, to each', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 15/QĐ-UBND\n\n' +
        'Các thủ tục hành chính được Chủ tịch Ủy ban nhân dân tỉnh công bố tại các Quyết định: Số 301/QĐ-UBND ngày 02/3/2021, số 402/QĐ-UBND ngày 05/6/2020.\n',
    );
    expect(by['301/QĐ-UBND']).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    expect(by['402/QĐ-UBND']).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('keeps the list going over "của" the same body in a topic', async () => {
    const by = await issuers(
      'Căn cứ các Quyết định của Bộ trưởng Bộ Y tế: Số 610/QĐ-BYT ngày 03/8/2019 về việc công bố thủ tục thuộc phạm vi quản lý của Bộ Y tế; số 720/QĐ-BYT ngày 21/5/2020 về việc công bố thủ tục mới.\n',
    );
    expect(by['720/QĐ-BYT']).toBe('Bộ trưởng Bộ Y tế');
  });
});

describe('gazetteer: Hội đồng nhân dân tỉnh', () => {
  it('reads the People\'s Council of the province named by its level alone as a body', async () => {
    const by = await issuers('Căn cứ Nghị quyết số 19/2023/NQ-HĐND của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2024.\n');
    expect(by['19/2023/NQ-HĐND']).toBe('Hội đồng nhân dân tỉnh');
  });
});

describe('reference.issuer-list-comma', () => {
  it('gives the issuer said after the last of a list joined by a comma to the one before', async () => {
    const by = await issuers(
      'Thực hiện Thông tư số 12/2019/TT-BYT ngày 20/6/2019, Quyết định số 34/2018/QĐ-BYT ngày 05/5/2018 của Bộ trưởng Bộ Y tế về việc ban hành quy trình khám bệnh.\n',
    );
    expect(by['12/2019/TT-BYT']).toBe('Bộ trưởng Bộ Y tế');
    expect(by['34/2018/QĐ-BYT']).toBe('Bộ trưởng Bộ Y tế');
  });
});

describe('gazetteer: national committees and a department of Bộ Y tế', () => {
  it('reads their names whole, over a comma and lower-case words', async () => {
    const by = await issuers(
      'Căn cứ Công văn số 77/KCB-NV ngày 04/10/2019 của Cục Quản lý Khám, chữa bệnh về việc góp ý; Thông báo số 51/TB-UBATGT ngày 02/12/2019 của Ủy ban An toàn giao thông Quốc gia về việc bảo đảm trật tự; Công văn số 12/UB-VP ngày 09/4/2020 của Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn về việc trực ban.\n',
    );
    expect(by['77/KCB-NV']).toBe('Cục Quản lý Khám, chữa bệnh');
    expect(by['51/TB-UBATGT']).toBe('Ủy ban An toàn giao thông Quốc gia');
    expect(by['12/UB-VP']).toBe('Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn');
  });
});
