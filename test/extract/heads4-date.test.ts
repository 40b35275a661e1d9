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

describe('header.date.place-line-figures', () => {
  const head = (line: string) =>
    'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
    `Số: 31/UBND-NN\t${line}\nV/v phòng, chống dịch bệnh\nKính gửi: Sở Tài chính.\n` +
    'Hội nghị ngày 02/5/2025 đã thống nhất; Ủy ban nhân dân tỉnh, ngày 03/5/2025 đã có ý kiến. Đề nghị Sở Tài chính bố trí kinh phí./.\n' +
    'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐào Quang Minh\n';

  it('reads "<place>, ngày 14/5/2025" on the place line', async () => {
    const { e } = await run(head('Bắc Ninh, ngày 14/5/2025'));
    expect(e.document.date).toBe('2025-05-14');
    expect(e.document.place).toBe('Bắc Ninh');
    expect(e.document.rules?.date).toBe('header.date.place-line-figures');
  });

  it('a date in figures inside a sentence is no document date', async () => {
    expect((await run(head('Bắc Ninh'))).e.document.date).toBeNull();
  });
});

