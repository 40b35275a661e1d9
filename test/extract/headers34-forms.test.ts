// Header forms of the headers34 round (issue 9): a place spelt like a province but a name of its own, a web page's " | "
// between the letter head's columns, a committee over one of its units, a company under its parent with its name
// wrapped, and symbol codes that read as damage but are well formed. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const letter = (head: string, number: string, date: string, sign = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Quốc Duy') =>
  `${head}\n${number}\nV/v sửa chữa cầu dân sinh\n${MOTTO}${date}\nKính gửi: Ban quản lý dự án khu vực.\n` +
  `Đề nghị Ban quản lý dự án khu vực sửa chữa cầu dân sinh, hoàn thành trước ngày 30/4/2026.\nTrân trọng./.\n` +
  `Nơi nhận:\n- Như trên;\n- Lưu: VT.\n${sign}\n`;

describe('headers34: the place', () => {
  it('reads a place written with its marks as written, not as the province one letter off (header.place.written-name)', async () => {
    const { e } = await run(letter('ỦY BAN NHÂN DÂN\nXÃ PHÚ ĐIỀN', 'Số: 77/UBND-KT', 'Gia Lâm, ngày 02 tháng 3 năm 2026'));
    expect(e.document.place).toBe('Gia Lâm');
    expect(e.document.rules?.placeWritten).toBe('header.place.written-name');
  });

  it('reads a place the letter head names alike as written, marks or none (header.place.named-above)', async () => {
    const { e } = await run(letter('UY BAN NHAN DAN\nTINH GIA LAM', 'So: 77/UBND-KT', 'Gia Lam, ngay 02 thang 3 nam 2026'));
    expect(e.document.place).toBe('Gia Lam');
    expect(e.document.rules?.placeWritten).toBe('header.place.named-above');
  });
});

describe('headers34: a web page\'s bars between the columns', () => {
  it('takes the issuer\'s cell before the bar (header.issuer.bar-cell)', async () => {
    const { e } = await run(letter(`ỦY BAN NHÂN DÂN XÃ PHÚ ĐIỀN | ${MOTTO.replace('\n', ' ').trim()}`, 'Số: 77/UBND-KT | Phú Điền, ngày 02 tháng 3 năm 2026', ''));
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân xã Phú Điền');
    expect(e.document.rules?.issuerBar).toBe('header.issuer.bar-cell');
  });

  it('ends the trích yếu before the bar beside the place and date (header.subject.bar-cell)', async () => {
    const text = `ỦY BAN NHÂN DÂN XÃ PHÚ ĐIỀN\n| ${MOTTO}|\nSố: 77/UBND-KT\nV/v sửa chữa cầu dân sinh\nthôn Đông | Phú Điền, ngày 02 tháng 3 năm 2026\n|\n` +
      'Kính gửi: Ban quản lý dự án khu vực.\nĐề nghị Ban quản lý dự án khu vực sửa chữa cầu dân sinh.\nTrân trọng./.\n';
    const { e } = await run(text);
    expect(e.document.subject).toBe('Sửa chữa cầu dân sinh thôn Đông');
    expect(e.document.rules?.subjectNoise).toBe('header.subject.bar-cell');
  });
});

describe('headers34: issuers under a parent', () => {
  it('reads a committee\'s unit under the committee with its place (header.issuer.party-organ-unit)', async () => {
    const { e } = await run(letter('THÀNH ỦY LONG HẢI\nỦY BAN KIỂM TRA\n*', 'Số 19-CV/UBKTTU', 'Long Hải, ngày 02 tháng 3 năm 2026', 'T/M ỦY BAN KIỂM TRA\nPHÓ CHỦ NHIỆM\nLâm Quốc Duy'));
    expect(e.document.issuer?.name.toLowerCase()).toBe('ủy ban kiểm tra thành ủy long hải');
    expect(e.document.rules?.issuer).toBe('header.issuer.party-organ-unit');
  });

  it('reads a company under its parent, its name wrapped, as the issuer (header.issuer.head-word-unit)', async () => {
    const { e } = await run(letter('TẬP ĐOÀN DỆT MAY ĐÔNG PHƯƠNG\nCÔNG TY CỔ PHẦN SỢI\nPHÚ ĐIỀN', 'Số: 31/SPĐ-KD', 'Phú Điền, ngày 02 tháng 3 năm 2026', 'GIÁM ĐỐC\nLâm Quốc Duy'));
    expect(e.document.issuer?.name.toLowerCase()).toBe('công ty cổ phần sợi phú điền');
    expect(e.document.rules?.issuer).toBe('header.issuer.head-word-unit');
  });
});

describe('headers34: symbol codes that are no damage', () => {
  it('keeps an issuer\'s code that a repair would make a type code (symbol.issuer-not-type)', async () => {
    const { e } = await run(letter('ĐẢNG BỘ XÃ PHÚ ĐIỀN\nCHI BỘ THÔN ĐÔNG\n*', 'Số 07-NQ/CB', 'Phú Điền, ngày 02 tháng 3 năm 2026', 'T/M CHI BỘ\nBÍ THƯ\nLâm Quốc Duy'));
    expect(e.document.number).toBe('07-NQ/CB');
    expect(e.document.rules?.numberKept).toBe('symbol.issuer-not-type');
  });

  it('keeps a Party code\'s level, tỉnh ủy not Trung ương (symbol.party-level-kept)', async () => {
    const { e } = await run(letter('TỈNH ỦY LONG HẢI\nBAN DÂN VẬN\n*', 'Số 112-CV/BDVTU', 'Long Hải, ngày 02 tháng 3 năm 2026', 'K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLâm Quốc Duy'));
    expect(e.document.number).toBe('112-CV/BDVTU');
    expect(e.document.rules?.numberKept).toBe('symbol.party-level-kept');
  });
});

describe('headers34: the trích yếu label and the signer\'s surname', () => {
  it('reads the trích yếu after "Về việc:" closed by a colon (header.subject.ve-viec-colon)', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ ĐIỀN\nSố: 77/UBND-KT\nVề việc: sửa chữa cầu dân sinh\nthôn Đông\n' + MOTTO + 'Phú Điền, ngày 02 tháng 3 năm 2026\n' +
      'Kính gửi: Ban quản lý dự án khu vực.\nĐề nghị Ban quản lý dự án khu vực sửa chữa cầu dân sinh.\nTrân trọng./.\n';
    const { e } = await run(text);
    expect(e.document.subject).toBe('Sửa chữa cầu dân sinh thôn Đông');
    expect(e.document.type).toBe('Công văn');
    expect(e.document.rules?.subjectLabel).toBe('header.subject.ve-viec-colon');
  });

  it('reads a signer whose surname is Lưu, not the archive\'s line (header.signer.surname-luu)', async () => {
    const { e } = await run(letter('ỦY BAN NHÂN DÂN\nXÃ PHÚ ĐIỀN', 'Số: 77/UBND-KT', 'Phú Điền, ngày 02 tháng 3 năm 2026', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLưu Thị Hồng Vân'));
    expect(e.document.signer?.name).toBe('Lưu Thị Hồng Vân');
    expect(e.document.rules?.signerSurname).toBe('header.signer.surname-luu');
  });
});
