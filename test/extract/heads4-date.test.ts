// header.date.signature-month (issue 9, heads4): the date line's day reads but its month does not; the issuer's own
// digital signature, put on when the document is issued, gives the month when the year agrees and the day is the
// signing day or up to a week before it. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const letter = (dateLine: string, signedAt: string) =>
  `Ký bởi: Tổng cục Thuế\nThời gian ký: ${signedAt} 09:15\n` +
  'BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ\tĐộc lập - Tự do - Hạnh phúc\n' +
  `Số: 812/TCT-KK\tHà Nội, ${dateLine}\nV/v hoàn thuế giá trị gia tăng\n` +
  'Kính gửi: Cục Thuế tỉnh Nam Định.\nTổng cục Thuế đề nghị Cục Thuế rà soát hồ sơ hoàn thuế./.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT, KK.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nMai Xuân Thành\n';

describe('header.date.signature-month', () => {
  it('takes the month of the signature for a garbled month', async () => {
    const { e } = await run(letter('ngày 14 tháng 4A năm 2022', '15.10.2022'));
    expect(e.document.date).toBe('2022-10-14');
    expect(e.document.rules?.date).toBe('header.date.signature-month');
  });

  it('not when the signature is more than a week later, or in another year', async () => {
    expect((await run(letter('ngày 02 tháng 4A năm 2022', '15.10.2022'))).e.document.date).toBeNull();
    expect((await run(letter('ngày 14 tháng 4A năm 2021', '15.10.2022'))).e.document.date).toBeNull();
  });

  it('a readable month is kept', async () => {
    expect((await run(letter('ngày 14 tháng 9 năm 2022', '15.10.2022'))).e.document.date).toBe('2022-09-14');
  });
});
