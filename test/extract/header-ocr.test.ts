// Letter heads as an OCR reads signed scans: the issuing unit under its parent, names glued together, a received
// stamp's debris on the title's line, the place and date merged into the trích yếu's column, "Số:" lost, the day
// unreadable, and the signer's title merged into the copies column. Synthetic texts, written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = (issuer: string) => `${issuer}\n`;

describe('OCR letter heads', () => {
  it('takes the issuing unit under its parent, known or not', async () => {
    let { e } = await run(`${HEAD('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập — Tự do — Hạnh phúc')}Số: 123/TCHQ-GSQL Hà Nội, ngày 12 tháng 5 năm 2021\nV/v hướng dẫn thủ tục\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n\nĐề nghị các đơn vị thực hiện./.\n`);
    expect(e.document.issuer?.canonical).toBe('Tổng cục Hải quan');
    ({ e } = await run(`${HEAD('BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HÓA CHẤT Độc lập - Tự do - Hạnh phúc')}Số: 45/HC-QLHC Hà Nội, ngày 02 tháng 3 năm 2020\nV/v báo cáo tình hình\nKính gửi: Sở Công Thương các tỉnh.\n\nĐề nghị báo cáo./.\n`));
    expect(e.document.issuer?.name.toLowerCase()).toBe('cục hóa chất');
    expect(e.document.rules?.issuer).toBe('header.issuer.lower-line');
    // A line that carries the parent's name on is not a unit.
    ({ e } = await run(`${HEAD('BAN CHỈ ĐẠO TRUNG ƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVỀ PHÒNG, CHỐNG THAM NHŨNG Độc lập - Tự do - Hạnh phúc')}Số: 5/BCĐ Hà Nội, ngày 02 tháng 3 năm 2020\nV/v báo cáo\n\nĐề nghị báo cáo./.\n`));
    expect(e.document.rules?.issuer).not.toBe('header.issuer.lower-line');
  });

  it('reads a known name whose spaces the OCR dropped, and the upper-case words before stamp debris on the motto line', async () => {
    let { e } = await run('BỘ KHOA HỌCVÀCÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 77/BKHCN-VP Hà Nội, ngày 5 tháng 7 năm 2019\nV/v góp ý\n\nĐề nghị góp ý./.\n');
    expect(e.document.issuer?.canonical).toBe('Bộ Khoa học và Công nghệ');
    expect(e.document.rules?.issuer).toBe('header.issuer.gazetteer-joined');
    ({ e } = await run('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ đến: SỐ 12 Độc lập - Tự do - Hạnh phúc\nSố: 77/TCT-CS Hà Nội, ngày 5 tháng 7 năm 2019\nV/v chính sách thuế\n\nTrả lời như sau./.\n'));
    expect(e.document.issuer?.canonical).toBe('Tổng cục Thuế');
  });

  it('cuts the trích yếu where the place and date or "Kính gửi" share its line', async () => {
    let { e } = await run('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/BTC-CST\nV/v góp ý dự thảo Thông tư về\nphí thẩm định dự án Hà Nội, ngày 10 tháng 4 năm 2021\n\nvà lệ phí cấp phép\n\nKính gửi: Các Bộ, cơ quan ngang Bộ\n\nBộ Tài chính đề nghị góp ý./.\n');
    expect(e.document.subject).toBe('Góp ý dự thảo Thông tư về phí thẩm định dự án và lệ phí cấp phép');
    expect(e.document.date).toBe('2021-04-10');
    ({ e } = await run('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/BTC-CST Hà Nội, ngày 10 tháng 4 năm 2021\nV/v chính sách thuế Kính gửi: Cục Thuế thành phố Hà Nội.\n\nBộ Tài chính trả lời như sau./.\n'));
    expect(e.document.subject).toBe('Chính sách thuế');
    expect(e.document.recipients).toEqual(['Cục Thuế thành phố Hà Nội']);
  });

  it('reads "Kính gửi" garbled before "gửi:", and a kind title after a stamp\'s debris, without "Về"', async () => {
    let { e } = await run('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/BTC-CST Hà Nội, ngày 10 tháng 4 năm 2021\nV/v chính sách thuế\n\nXinh gửi: Cục Thuế các tỉnh, thành phố.\n\nBộ Tài chính trả lời như sau./.\n');
    expect(e.document.recipients).toEqual(['Cục Thuế các tỉnh, thành phố']);
    ({ e } = await run('THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/CT-TTg Hà Nội, ngày 05 tháng 3 năm 2021\nĐẾN i: : _ CHỈ THỊ\nQ1/2G21 -| Về tăng cường phòng, chống thiên tai\n\nTrong thời gian qua, thiên tai diễn biến phức tạp, gây thiệt hại lớn về người và tài sản của\nnhân dân ở nhiều địa phương trên cả nước, nhất là các tỉnh miền núi phía Bắc.\n'));
    expect(e.document.type).toBe('Chỉ thị');
    expect(e.document.rules?.type).toBe('header.type.title-tail');
    expect(e.document.subject).toBe('Tăng cường phòng, chống thiên tai');
  });

  it('reads the number beside the date when "Số:" was lost, and not as a reference', async () => {
    const { e } = await run('THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n| CỔNG THÔNG TIN 12 /CT-TTg Hà Nội, ngày 05 tháng 3 năm 2021\nCHỈ THỊ\nVề tăng cường phòng, chống thiên tai\n\nThực hiện Chỉ thị số 10/CT-TTg ngày 01/02/2021 của Thủ tướng Chính phủ./.\n');
    expect(e.document.number).toBe('12/CT-TTg');
    expect(e.document.rules?.number).toBe('header.number.date-line');
    expect(e.document.issuer?.canonical).toBe('Thủ tướng Chính phủ');
    expect(e.references.map((r) => r.number)).toEqual(['10/CT-TTg']);
  });

  it('takes an unreadable day from the issuer\'s digital signature time, only when signer, month and year agree', async () => {
    const letter = (by: string, month: string) => `Ký bởi: ${by}\nThời gian ký: 03.05.2021 10:12\n\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 12/TCT-CS Hà Nội, ngày C3 tháng ${month} năm 2021\nV/v chính sách thuế\n\nTrả lời như sau./.\n`;
    let { e } = await run(letter('Tổng cục Thuế', '5'));
    expect(e.document.date).toBe('2021-05-03');
    expect(e.document.rules?.date).toBe('header.date.signature-time');
    ({ e } = await run(letter('Cổng Thông tin điện tử Chính phủ', '5')));
    expect(e.document.date).toBeNull();
    ({ e } = await run(letter('Tổng cục Thuế', '4')));
    expect(e.document.date).toBeNull();
  });

  it('reads the deputy\'s title merged into the copies column, and infers none under TL.', async () => {
    const body = 'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 12/TCT-CS Hà Nội, ngày 03 tháng 5 năm 2021\nV/v chính sách thuế\nKính gửi: Cục Thuế thành phố Hà Nội.\nTrả lời như sau./.\n';
    let { e } = await run(`${body}Nơi nhận: KT. TỔNG CỤC TRƯỞNG\n- Như trên; . PHÓ TỔNG CỤC TRƯỞNG\n- Lưu: VT, CS.\n\nNguyễn Văn An\n`);
    expect(e.document.signer).toEqual({ name: 'Nguyễn Văn An', title: 'Phó Tổng cục trưởng', authority: 'KT. TỔNG CỤC TRƯỞNG' });
    expect(e.document.copiesTo).toEqual(['Như trên', 'Lưu: VT, CS']);
    ({ e } = await run(`${body}Nơi nhận: TL. TỔNG CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, CS.\n`));
    expect(e.document.signer?.title ?? null).toBeNull();
  });
});

describe('references in OCR text', () => {
  it('does not take items numbered with a slash for symbols, and keeps a short number as a symbol\'s last part', async () => {
    const { e } = await run('Đề nghị các Cục Thuế thực hiện:\n1/ Các Cục Thuế rà soát hồ sơ.\n2/ Tăng cường kiểm tra.\n3/ Đối với doanh nghiệp theo Văn bản số 17/CV-02 ngày 18/6/2021, báo cáo./.\n');
    expect(e.references.map((r) => r.number)).toEqual(['17/CV-02']);
  });

  it('keeps a known code in the capitals it is printed in', async () => {
    const { e } = await run('Thực hiện Kế hoạch số 12-KH/Tu ngày 30/8/2026 của Tỉnh ủy Lào Cai, đề nghị triển khai./.\n');
    expect(e.references[0]?.number).toBe('12-KH/Tu');
  });

  it('gives the issuer said before a list of citations to each, not one said after a citation to the next', async () => {
    let { e } = await run('Thực hiện chỉ đạo của Bộ Tài chính tại Thông tư số 10/2020/TT-BTC ngày 01/02/2020, Thông tư số 11/2020/TT-BTC ngày 03/02/2020 và Thông tư số\n12/2020/TT-BTC ngày 05/02/2020, đề nghị thực hiện./.\n');
    expect(e.references.map((r) => r.issuer)).toEqual(['Bộ Tài chính', 'Bộ Tài chính', 'Bộ Tài chính']);
    ({ e } = await run('Căn cứ Nghị định số 1/2020/NĐ-CP ngày 02/01/2020 của Chính phủ, Quyết định số 2/QĐ-UBND ngày 03/01/2020, đề nghị thực hiện./.\n'));
    expect(e.references.map((r) => r.issuer)).toEqual(['Chính phủ', null]);
  });

  it('reads the issuer of "được X phê duyệt theo Quyết định số ...", and a law cited with its number on the next line', async () => {
    const { e } = await run('Thực hiện kế hoạch năm 2021 đã được Bộ Tài chính phê duyệt theo Quyết định\nsố 5/QĐ-BTC ngày 12/01/2021, và theo khoản 1 Điều 7 Luật Quản lý thuế số\n38/2019/QH14, đề nghị thực hiện./.\n');
    expect(e.references.map((r) => [r.number, r.type, r.issuer])).toEqual([
      ['5/QĐ-BTC', 'Quyết định', 'Bộ Tài chính'],
      ['38/2019/QH14', 'Luật', null],
    ]);
  });
});

describe('references of other forms', () => {
  it('reads standards, numbers by day and month, and bare numbers said with their kind and date', async () => {
    const { e } = await run('Thực hiện theo quy định hiện hành và QCVN\n05:2020/BXD của Bộ Xây dựng; Công ty cổ phần Minh Phát tại Văn bản số 12.3/GĐN ngày 12/3/2026; Hợp tác xã Tân Tiến tại Văn bản số 7 ngày 15/3/2026; khoản 3 Điều 5 của Luật, đề nghị thực hiện./.\n');
    expect(e.references.map((r) => [r.number, r.type, r.date, r.issuer])).toEqual([
      ['QCVN 05:2020/BXD', 'Quy chuẩn kỹ thuật quốc gia', null, 'Bộ Xây dựng'],
      ['12.3/GĐN', 'Văn bản', '2026-03-12', 'Công ty cổ phần Minh Phát'],
      ['7', 'Văn bản', '2026-03-15', 'Hợp tác xã Tân Tiến'],
    ]);
  });
});

describe('laws cited by name', () => {
  it('leaves out a law also cited by number, another name in brackets, and words after the name', async () => {
    const { e } = await run('Căn cứ Luật số 12/2021/QH15 ngày 10/6/2021 về Quản lý, sử dụng tài sản công;\nThực hiện Luật Quản lý, sử dụng tài sản công, Luật Thuế thu nhập cá nhân số 04/2007/QH12 và dự án Luật Đô thị đặc thù mới (Luật Đô thị đặc thù sửa đổi), phổ biến Luật Đầu tư công cũng như các văn bản hướng dẫn, đề nghị thực hiện./.\n');
    expect(e.namedReferences).toEqual(['Luật Đô thị đặc thù mới', 'Luật Đầu tư công']);
  });
});

describe('decisions with their plan attached', () => {
  it('reads an upper-case trích yếu over a symbol with small letters, and the signature under a long Nơi nhận', async () => {
    const copies = Array.from({ length: 14 }, (_, i) => `- Sở số ${i + 1} (để b/c);`).join('\n');
    const { e } = await run(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN GIANG Độc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-UBND An Giang, ngày 02 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ\n06/QĐ-TTg NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n${copies}\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Triển khai kịp thời.\n`);
    expect(e.document.subject).toBe('Ban hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ');
    expect(e.document.signer).toMatchObject({ name: 'Trần Văn Bình', title: 'Phó Chủ tịch' });
  });
});
