// Letter heads read by an English OCR model and restored (issue 9, `npm run eval -- --garbled`). The texts are made up;
// no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const body = 'Sở Nội vụ đề nghị các đơn vị rà soát biên chế, báo cáo trước ngày 15/12/2025.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n';

describe('garb31 header', () => {
  it('goes on with a cited symbol alone on its line after "số" (header.subject.so-symbol-line)', async () => {
    const { e } = await run('SỞ NỘI VỤ TỈNH AN PHÚ\n' + motto + 'Số: 45/SNV-TCBC V/v: Triển khai Hòa Sơn, ngày 15 tháng 11 năm 2025\nchế độ hỗ trợ cán bộ theo QĐ\nsố 41/2024/QĐ-UBND\nKính gửi: Ủy ban nhân dân các huyện.\n' + body);
    expect(e.document.subject).toBe('Triển khai chế độ hỗ trợ cán bộ theo QĐ số 41/2024/QĐ-UBND');
  });

  it('reads "Số:" after a portal\'s "Nội dung văn bản" as the number (header.number.label-after-kind)', async () => {
    const { e } = await run('Nội dung văn bản Số: 318/MTTQ-BTT của BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA SƠN\n' +
      'Ban Thường trực đề nghị các chi bộ rà soát các mô hình dân vận, báo cáo trước ngày 15/12/2025.\n');
    expect(e.document.number).toBe('318/MTTQ-BTT');
  });

  it('passes over the Official Gazette\'s running head (header.number.gazette-issue)', async () => {
    const { e } = await run('CÔNG BAO/S6 512/Ngay 03-05-2025\n31\nCHÍNH PHỦ\nSố: 21/2025/NQ-CP\n' + motto + 'Hà Nội, ngày 06 tháng 4 năm 2025\nNGHỊ QUYẾT\nTạm ngừng hiệu lực Nghị định số 12/2025/NĐ-CP\n' +
      'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị quyết tạm ngừng hiệu lực Nghị định số 12/2025/NĐ-CP.\n');
    expect(e.document.number).toBe('21/2025/NQ-CP');
  });

  it('joins a name whose hyphen opens a line in a dash list flattened onto lines (header.recipients.inline-dash-wrapped)', async () => {
    const { e } = await run('BỘ NỘI VỤ\n' + motto + 'Số: 45/BNV-TCBC V/v rà soát biên chế Hà Nội, ngày 15 tháng 11 năm 2025\n' +
      'Kính gửi: - Sở Văn hóa - Thể thao và Du lịch tỉnh An Phú; - Sở Văn hóa\n- Thể thao và Du lịch tỉnh Hòa Sơn; - Sở Văn hóa - Thể thao và Du lịch tỉnh Bình Lâm.\n' + body);
    expect(e.document.recipients).toEqual(['Sở Văn hóa - Thể thao và Du lịch tỉnh An Phú', 'Sở Văn hóa - Thể thao và Du lịch tỉnh Hòa Sơn', 'Sở Văn hóa - Thể thao và Du lịch tỉnh Bình Lâm']);
  });

  it('leaves "Thành phố" ending a trích yếu beside the date to the trích yếu (header.place.city-title-wrapped)', async () => {
    const { e } = await run('UBND THÀNH PHỐ CẦN THƠ\nSỞ NỘI VỤ\n' + motto + 'Số: 45/SNV-TCBC\nV/v tăng cường kiểm tra biên chế\ntrên địa bàn Thành phố\nCần Thơ, ngày 03\ntháng 12 năm 2025\n' +
      'Kính gửi: Ủy ban nhân dân các xã, phường.\n' + body);
    expect(e.document.subject).toBe('Tăng cường kiểm tra biên chế trên địa bàn Thành phố');
  });
});
