// Header forms of issue 9 (header12): trích yếu lines between the motto's in a text dump, a body line that opens in
// words of body-openers.tsv or ends in a colon, the motto kept out of the body's marks. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const END = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Sơn\n';

describe('header12: subject', () => {
  it('reads a trích yếu whose lines a dump interleaved with the motto and the date (header.subject.motto-between)', async () => {
    const text = 'SỞ CÔNG THƯƠNG\nTỈNH HÀ NAM\nSố: 77/SCT-QLTM\nV/v kiểm tra cửa hàng xăng dầu\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\ntrên địa bàn các xã\n' +
      'Độc lập - Tự do - Hạnh phúc\n--------------\nvùng ven sông\nHà Nam, ngày 9 tháng 5 năm 2026\nKính gửi: Ủy ban nhân dân các xã.\nSở Công Thương đề nghị các xã kiểm tra./.\n' + END;
    const { e } = await run(text);
    expect(e.document.subject).toBe('Kiểm tra cửa hàng xăng dầu trên địa bàn các xã vùng ven sông');
    expect(e.document.rules?.subjectMotto).toBe('header.subject.motto-between');
  });

  it('ends the trích yếu at a body line that opens with "Trên cơ sở" (header.subject.body-stop)', async () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n${MOTTO}Số: 30/KH-UBND\nPhú Lộc, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\nVệ sinh môi trường nông thôn năm 2026\n` +
      'Trên cơ sở kết quả năm trước, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các thôn ra quân dọn vệ sinh.\n' + END;
    const { e } = await run(text);
    expect(e.document.subject).toBe('Vệ sinh môi trường nông thôn năm 2026');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.body-stop');
  });

  it('ends it at "Thời gian qua," (a comma after the opener\'s words)', async () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n${MOTTO}Số: 31/KH-UBND\nPhú Lộc, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\nVệ sinh môi trường nông thôn năm 2026\n` +
      'Thời gian qua, rác thải tồn đọng ở nhiều thôn.\nI. MỤC ĐÍCH\n1. Các thôn ra quân dọn vệ sinh.\n' + END;
    const { e } = await run(text);
    expect(e.document.subject).toBe('Vệ sinh môi trường nông thôn năm 2026');
  });

  it('ends it at a line that ends in a colon, in capitals or not', async () => {
    const dien = `THỦ TƯỚNG CHÍNH PHỦ\n${MOTTO}Số: 20/CĐ-TTg\nHà Nội, ngày 4 tháng 10 năm 2025\nCÔNG ĐIỆN\nVề việc ứng phó với đợt rét đậm\nvà băng giá ở miền núi\n` +
      'THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh miền núi.\n1. Các tỉnh chủ động che chắn chuồng trại./.\n';
    expect((await run(dien)).e.document.subject).toBe('Ứng phó với đợt rét đậm và băng giá ở miền núi');
    const kh = `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n${MOTTO}Số: 32/KH-UBND\nPhú Lộc, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\nVệ sinh môi trường nông thôn năm 2026\n` +
      'Ủy ban nhân dân xã ban hành Kế hoạch vệ sinh môi trường như sau:\nI. MỤC ĐÍCH\n1. Các thôn ra quân dọn vệ sinh.\n' + END;
    expect((await run(kh)).e.document.subject).toBe('Vệ sinh môi trường nông thôn năm 2026');
  });

  it('ends it at "Trong thời gian qua" and at a long sentence with a full stop', async () => {
    const ct = `THỦ TƯỚNG CHÍNH PHỦ\n${MOTTO}Số: 05/CT-TTg\nHà Nội, ngày 4 tháng 3 năm 2026\nCHỈ THỊ\nVề tăng cường quản lý\nhoạt động nuôi trồng thủy sản\n` +
      'Trong thời gian qua, hoạt động nuôi trồng thủy sản có nhiều chuyển biến.\n1. Các bộ rà soát quy hoạch.\n';
    expect((await run(ct)).e.document.subject).toBe('Tăng cường quản lý hoạt động nuôi trồng thủy sản');
    const tb = `VĂN PHÒNG CHÍNH PHỦ\n${MOTTO}Số: 88/TB-VPCP\nHà Nội, ngày 4 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Phó Thủ tướng Lê Văn Minh\ntại cuộc họp về giá phân bón\n` +
      'Chiều ngày 2 tháng 3, Phó Thủ tướng Lê Văn Minh đã chủ trì cuộc họp với các bộ, ngành liên quan.\n1. Bộ Công Thương theo dõi giá.\n';
    expect((await run(tb)).e.document.subject).toBe('Kết luận của Phó Thủ tướng Lê Văn Minh tại cuộc họp về giá phân bón');
  });

  it('still takes a wrapped line that goes on in lower case', async () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n${MOTTO}Số: 33/KH-UBND\nPhú Lộc, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\nVệ sinh môi trường nông thôn\nthực hiện trong năm 2026\n` +
      'Nhằm giữ gìn cảnh quan, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các thôn ra quân dọn vệ sinh.\n' + END;
    expect((await run(text)).e.document.subject).toBe('Vệ sinh môi trường nông thôn thực hiện trong năm 2026');
  });

  it('does not take the marks of a trích yếu\'s words from the issuer and motto above it (header.subject.body-marks)', async () => {
    const text = `BỘ Y TẾ\n${MOTTO}Số: 88/BYT-KCB\nHà Nội, ngày 5 tháng 6 năm 2025\nV/v thống kê giường bệnh tại các cơ sở y tế công lập\nKính gửi: Sở Y tế các tỉnh, thành phố.\n` +
      'Bộ Y tế đề nghị Sở Y tế các tỉnh thống kê giường bệnh./.\n';
    expect((await run(text)).e.document.subject).toBe('Thống kê giường bệnh tại các cơ sở y tế công lập');
  });
});
