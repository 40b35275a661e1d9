// header.subject.body-marks (issue 9, heads4): a trích yếu whose marks the OCR garbled takes the marks its body gives
// the same words, run by run of three words; a run the body writes as the subject does, or rarely otherwise, stays.
// The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const letter = (vv: string, body: string) =>
  'BỘ TÀI CHÍNH\nCỤC HẢI QUAN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
  `Số: 77/CHQ-GSQL\tHà Nội, ngày 03 tháng 9 năm 2025\nV/v ${vv}\n` +
  'Kính gửi: Chi cục Hải quan khu vực I.\n' + body + '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nĐinh Văn Toàn\n';

describe('header.subject.body-marks', () => {
  it('gives garbled marks back from the body, keeping capitals', async () => {
    const { e } = await run(
      letter(
        'tăng cường kiêm tra sau thông quan\nđối với hàng hóa TMDT',
        'Thời gian qua, công tác kiểm tra sau thông quan đã có chuyển biến. Để nâng cao hiệu quả kiểm tra sau thông quan đối với hàng hóa TMĐT, Cục Hải quan đề nghị Chi cục Hải quan khu vực I rà soát hàng hóa TMĐT nhập khẩu./.',
      ),
    );
    expect(e.document.subject).toBe('Tăng cường kiểm tra sau thông quan đối với hàng hóa TMĐT');
    expect(e.document.rules?.subjectMarks).toBe('header.subject.body-marks');
  });

  it('keeps a subject the body writes the same way, or whose other form is rarer', async () => {
    const { e } = await run(
      letter(
        'kiểm tra sau thông quan',
        'Cục Hải quan đề nghị Chi cục Hải quan khu vực I tổ chức kiểm tra sau thông quan; kết quả kiêm tra sau thông quan báo cáo trước ngày 30/9/2025./.',
      ),
    );
    expect(e.document.subject).toBe('Kiểm tra sau thông quan');
    expect(e.document.rules?.subjectMarks).toBeUndefined();
  });

  it('does not match runs of two words ("thi hành kể từ" is no "ban hành kế hoạch")', async () => {
    const { e } = await run(
      letter('ban hành kế hoạch kiểm tra', 'Quyết định có hiệu lực thi hành kể từ ngày ký. Văn bản này thi hành kể từ ngày 01/10/2025./.'),
    );
    expect(e.document.subject).toBe('Ban hành kế hoạch kiểm tra');
  });
});

const plan = (title: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
  `Số: 88/KH-UBND\tBắc Ninh, ngày 14 tháng 5 năm 2025\n\n${title}\n\n` +
  'I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thống nhất.\nII. NHIỆM VỤ\n1. Sở Tư pháp chủ trì tổ chức hội nghị trong quý III năm 2025.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐào Quang Minh\n';

describe('a plan\'s title and its trích yếu', () => {
  it('header.type.title-head: the kind in capitals with the trích yếu on its line', async () => {
    const { e } = await run(plan('KẾ HOẠCH Tổ chức tháng hành động vì an toàn thực phẩm năm 2025'));
    expect(e.document.type).toBe('Kế hoạch');
    expect(e.document.subject).toBe('Tổ chức tháng hành động vì an toàn thực phẩm năm 2025');
    expect(e.document.rules?.type).toBe('header.type.title-head');
  });

  it('"KẾ HOẠCH HÀNH ĐỘNG" is the kind; the trích yếu is the line under it', async () => {
    const { e } = await run(plan('KẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chiến lược quốc gia về phòng, chống thiên tai'));
    expect(e.document.type).toBe('Kế hoạch hành động');
    expect(e.document.subject).toBe('Thực hiện Chiến lược quốc gia về phòng, chống thiên tai');
  });

  it('a time line in capitals under a mixed-case trích yếu ends it; a section heading does not go on', async () => {
    const { e } = await run(plan('KẾ HOẠCH\nTổ chức tháng hành động vì an toàn thực phẩm\nGIAI ĐOẠN 2025 - 2030'));
    expect(e.document.subject).toBe('Tổ chức tháng hành động vì an toàn thực phẩm giai đoạn 2025 - 2030');
  });
});

describe('the "V/v" mark', () => {
  it('"V.v" opening its line (an OCR\'s reading of "V/v") opens the trích yếu', async () => {
    const { e } = await run(letter('x', 'Cục Hải quan đề nghị Chi cục rà soát./.').replace('V/v x\n', 'V.v tăng cường kiểm tra sau thông quan\n'));
    expect(e.document.subject).toBe('Tăng cường kiểm tra sau thông quan');
  });
});

