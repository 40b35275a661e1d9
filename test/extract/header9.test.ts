// Header forms of issue 9 (header9): a signature with no "Nơi nhận" nor "./." before it, a trích yếu wrapped after a
// spaced dash. The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';

describe('header9: signer', () => {
  it('reads a signature that ends the text without copies list or end mark (header.signer.no-copies)', async () => {
    const text = `BỘ NỘI VỤ\n${MOTTO}Số: 41/QĐ-BNV\nHà Nội, ngày 3 tháng 2 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác rà soát hồ sơ\n` +
      'Điều 1. Thành lập Tổ công tác rà soát hồ sơ cán bộ của Bộ.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n' +
      'Điều 3. Chánh Văn phòng Bộ và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n \n' +
      'KT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n \nĐoàn Minh Khuê \n \n';
    const { e } = await run(text);
    expect(e.document.signer).toMatchObject({ name: 'Đoàn Minh Khuê', title: 'Thứ trưởng' });
    expect(e.document.rules?.signer).toBe('header.signer.no-copies');
  });

  it('takes the collective mark over the head\'s into the authority', async () => {
    const text = `HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\n${MOTTO}Số: 12/NQ-HĐND\nQuảng Ngãi, ngày 9 tháng 3 năm 2026\nNGHỊ QUYẾT\nVề mức chi hỗ trợ học sinh\n` +
      'Điều 1. Quy định mức chi hỗ trợ học sinh vùng khó khăn.\nĐiều 2. Nghị quyết này có hiệu lực kể từ ngày ký.\n\n' +
      'TM. HỘI ĐỒNG NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLương Văn Định\n';
    const { e } = await run(text);
    expect(e.document.signer).toMatchObject({ name: 'Lương Văn Định', title: 'Phó Chủ tịch' });
    expect(e.document.signer?.authority).toMatch(/^TM\. HỘI ĐỒNG NHÂN DÂN/);
  });
});

describe('header9: subject', () => {
  it('joins a line that ends in a spaced dash with a space (header.subject.spaced-dash)', async () => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n${MOTTO}Số: 77/KH-UBND\nQuảng Ngãi, ngày 5 tháng 6 năm 2025\nKẾ HOẠCH\n` +
      'PHÁT TRIỂN MẠNG LƯỚI THƯ VIỆN CÔNG CỘNG GIAI ĐOẠN 2026 -\n2030, TẦM NHÌN ĐẾN NĂM 2040\n\n' +
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n1. Sở Văn hóa chủ trì rà soát mạng lưới thư viện.\n';
    const { e } = await run(text);
    expect(e.document.subject).toMatch(/giai đoạn 2026 - 2030, tầm nhìn đến năm 2040$/i);
  });

  it('still joins a symbol broken after its dash without a space', async () => {
    const text = `BỘ Y TẾ\n${MOTTO}Số: 88/BYT-KCB\nHà Nội, ngày 5 tháng 6 năm 2025\nV/v triển khai Công văn số 1215/TTg-\nKSTT của Thủ tướng\nKính gửi: Sở Y tế các tỉnh.\n` +
      'Bộ Y tế đề nghị Sở Y tế các tỉnh triển khai thực hiện./.\n';
    const { e } = await run(text);
    expect(e.document.subject).toContain('1215/TTg-KSTT');
  });
});

describe('header9: flattened and headless letters', () => {
  it('ends a run-on addressee the gazetteer does not know at a body opener (header.recipients.run-on-opener)', async () => {
    const text = `SỞ TÀI CHÍNH ----------- ${MOTTO.replace(/\n/g, ' ')}\nSố: 512/STC-QLG V/v giá dịch vụ trông giữ xe Đà Nẵng, ngày 4 tháng 6 năm 2025 Kính gửi: Công ty cổ phần Bến xe Hòa Phước (BXHP) Phúc đáp Công văn số 31/BXHP ngày 2 tháng 5 năm 2025 của Công ty, Sở Tài chính có ý kiến như sau:\n1. Công ty rà soát phương án giá.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nVõ Thành Nhân\n`;
    const { e } = await run(text);
    expect(e.document.recipients).toEqual(['Công ty cổ phần Bến xe Hòa Phước (BXHP)']);
    expect(e.document.rules?.recipients).toBe('header.recipients.run-on-opener');
  });

  it('joins a mark alone on its line with the head\'s title under it (header.signer.mark-alone)', async () => {
    const text = `BỘ XÂY DỰNG\n${MOTTO}Số: 77/BXD-VP\nHà Nội, ngày 4 tháng 6 năm 2025\nV/v lịch làm việc của Bộ\nKính gửi: Các Cục thuộc Bộ.\n` +
      'Bộ Xây dựng thông báo lịch làm việc tuần tới để các Cục biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Hoàng Minh Quân\n';
    const { e } = await run(text);
    expect(e.document.signer).toMatchObject({ name: 'Hoàng Minh Quân', title: 'Chánh Văn phòng', authority: 'TL. BỘ TRƯỞNG' });
  });

  it('takes a text opening with "Kính gửi" for a Công văn and its writer from the opening (header.type.kinh-gui-letter, header.issuer.body-requester)', async () => {
    const text = 'Kính gửi:\n- Các Vụ thuộc Bộ;\n- Văn phòng Bộ.\nĐể chuẩn bị tổng kết năm, Bộ Y tế yêu cầu:\n1. Các Vụ gửi báo cáo trước ngày 10/12/2025.\n' +
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLâm Quốc Hưng\n';
    const { e } = await run(text);
    expect(e.document.type).toBe('Công văn');
    expect(e.document.rules?.type).toBe('header.type.kinh-gui-letter');
    expect(e.document.issuer?.name).toBe('Bộ Y tế');
    expect(e.document.rules?.issuer).toBe('header.issuer.body-requester');
  });

  it('takes a body the gazetteer does not list from the clause before "(sau đây ...) đề nghị"', async () => {
    const text = 'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\nThực hiện chỉ đạo của Thủ tướng Chính phủ, Ban Chỉ đạo liên ngành về phòng chống thiên tai miền núi (sau đây gọi là Ban Chỉ đạo) đề nghị Ủy ban nhân dân các tỉnh:\n' +
      '1. Rà soát các điểm có nguy cơ sạt lở trước ngày 15/12/2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG BAN\nVõ Văn Kiệt\n';
    const { e } = await run(text);
    expect(e.document.issuer?.name).toBe('Ban Chỉ đạo liên ngành về phòng chống thiên tai miền núi');
  });
});

describe('header9: a body set up by a decision', () => {
  const head = '   SỞ NỘI VỤ                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    ĐOÀN CÔNG TÁC                          Độc lập - Tự do - Hạnh phúc\n  THEO QUYẾT ĐỊNH\n   SỐ 214/QĐ-SNV                      Cao Bằng, ngày 4 tháng 3 năm 2026\n\n     Số: 230/KH-TCT\n\n                     KẾ HOẠCH\nRà soát hồ sơ viên chức các trường học\n\n' +
    '1. Các thành viên rà soát hồ sơ trước ngày 30/3/2026.\nTrên đây là Kế hoạch của Đoàn công tác./.\n';
  it('reads the own "Số:" and not the deciding document\'s number in the issuer block (header.number.cited-in-issuer)', async () => {
    const { e } = await run(head + 'Nơi nhận:\n- Lưu: VT.\n                TM. ĐOÀN CÔNG TÁC\n                TRƯỞNG ĐOÀN\n\n                Đinh Văn Hậu\n');
    expect(e.document.number).toBe('230/KH-TCT');
  });

  it('names the body with the decision that set it up (header.issuer.set-up-by)', async () => {
    const { e } = await run(head + 'Nơi nhận:\n- Lưu: VT.\n                TM. ĐOÀN CÔNG TÁC\n                TRƯỞNG ĐOÀN\n\n                Đinh Văn Hậu\n');
    expect(e.document.issuer?.name).toBe('Đoàn công tác theo Quyết định số 214/QĐ-SNV');
    expect(e.document.rules?.issuer).toBe('header.issuer.set-up-by');
  });

  it('keeps the title over the name, not the post printed under it (header.signer.post-under-name)', async () => {
    const { e } = await run(head + 'Nơi nhận:                                   TM. ĐOÀN CÔNG TÁC\n- Giám đốc Sở;                                 TRƯỞNG ĐOÀN\n- Lưu: VT.\n\n                                              Đinh Văn Hậu\n                                              PHÓ GIÁM ĐỐC\n                                              SỞ NỘI VỤ CAO BẰNG\n                 PHỤ LỤC\n  Trường Tiểu học Hòa An       Trần Hưng Đạo       02 ngày\n');
    expect(e.document.signer).toMatchObject({ name: 'Đinh Văn Hậu', title: 'Trưởng đoàn' });
  });
});

describe('header9: addressees', () => {
  const letter = (kg: string, sign = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Lộc') =>
    `SỞ XÂY DỰNG\n${MOTTO}Số: 91/SXD-QLN\nV/v hồ sơ cấp phép xây dựng\nBình Định, ngày 3 tháng 12 năm 2025\n${kg}\n` +
    'Sở Xây dựng đề nghị bổ sung hồ sơ trước ngày 20/12/2025./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n' + sign + '\n';

  it('reads "Kính" and "gửi:" broken over two lines (header.recipients.kinh-gui-wrapped)', async () => {
    const { e } = await run(letter('Kính\ngửi:\n|\nCông ty TNHH Gạch men Hòa Lợi.'));
    expect(e.document.recipients).toEqual(['Công ty TNHH Gạch men Hòa Lợi']);
  });

  it('leaves the addressee\'s tax code and address out of the addressees (header.recipients.particulars)', async () => {
    const { e } = await run(letter('Kính gửi: Công ty TNHH Gạch men Hòa Lợi;\nMã số thuế: 4100123456;\nĐịa chỉ: Khu công nghiệp Phú Tài, phường Trần Quang Diệu.'));
    expect(e.document.recipients).toEqual(['Công ty TNHH Gạch men Hòa Lợi']);
    expect(e.document.rules?.recipientsParticulars).toBe('header.recipients.particulars');
  });

  it('names an addressee in copy without "Đồng kính gửi" (header.recipients.dong-kinh-gui)', async () => {
    const { e } = await run(letter('Kính gửi:\n- Ủy ban nhân dân tỉnh Bình Định;\n- Đồng kính gửi Bộ Xây dựng.'));
    expect(e.document.recipients).toEqual(['Ủy ban nhân dân tỉnh Bình Định', 'Bộ Xây dựng']);
  });

  it('knows the titles of the provincial tax office (titles.tsv)', async () => {
    const { e } = await run(letter('Kính gửi: Công ty TNHH Gạch men Hòa Lợi.', 'KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nTrần Văn Lộc'));
    expect(e.document.signer).toMatchObject({ name: 'Trần Văn Lộc', title: 'Phó Trưởng Thuế tỉnh' });
  });
});

describe('header9: trích yếu forms', () => {
  it('takes "Về ..." under the number, before the date, for a letter\'s trích yếu (header.type.ve-letter)', async () => {
    const text = `SỞ Y TẾ\n--------\n${MOTTO}Số: 812/SYT-NVY\nVề hướng dẫn tiêm chủng mở rộng\nnăm 2026\nCần Thơ, ngày 2 tháng 12 năm 2025\nKính gửi: Trung tâm Y tế các khu vực.\n` +
      'Sở Y tế hướng dẫn các Trung tâm tổ chức tiêm chủng trước ngày 30/12/2025./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLý Thị Ngọc\n';
    const { e } = await run(text);
    expect(e.document.type).toBe('Công văn');
    expect(e.document.subject).toBe('Hướng dẫn tiêm chủng mở rộng năm 2026');
    expect(e.document.rules?.typeVe).toBe('header.type.ve-letter');
  });

  it('carries a trích yếu "CỦA X," on over the body named under it (header.subject.issuer-list)', async () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\n${MOTTO}Số 905-KL/TW\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ CÔNG TÁC CÁN BỘ NĂM 2026\n-----\n` +
      'Tại phiên họp ngày 1/12/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:\n1. Các cấp ủy rà soát quy hoạch cán bộ.\nNơi nhận:\n- Lưu VT.\nT/M BỘ CHÍNH TRỊ\nLương Minh Khôi\n';
    const { e } = await run(text);
    expect(e.document.subject).toBe('Của Bộ Chính trị, Ban Bí thư về công tác cán bộ năm 2026');
  });
});
