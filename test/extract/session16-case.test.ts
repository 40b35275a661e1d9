// Case of header values read from capitals (made-up letters): the issuer takes the capitals its own body writes it with
// (header.issuer.body-case); a place name with vowel marks in a trích yếu in capitals is no acronym to keep in capitals;
// a title sentence's trích yếu opens with a capital.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { functionCapital } from '../../src/extract/header.js';

const head = 'BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HẢI QUAN\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 120/CHQ-NV\tHà Nội, ngày 05 tháng 3 năm 2026\n';

describe('header.issuer.body-case', () => {
  it('writes the issuer as the body writes it', async () => {
    const { e } = await run(head + 'V/v rà soát hồ sơ\n\nKính gửi: Chi cục Hải quan khu vực I.\n\nThời gian qua, Cục Hải quan đã hướng dẫn các đơn vị. Đề nghị Chi cục rà soát hồ sơ trước ngày 20/3/2026.\n');
    expect(e.document.issuer?.name).toBe('Cục Hải quan');
  });
  it('writes the field of the body with a capital when the body never names it (Nghị định 30)', async () => {
    const { e } = await run(head + 'V/v rà soát hồ sơ\n\nKính gửi: Chi cục khu vực I.\n\nĐề nghị Chi cục rà soát hồ sơ trước ngày 20/3/2026.\n');
    expect(e.document.issuer?.name).toBe('Cục Hải quan');
  });
});

describe('header.subject.acronyms', () => {
  it('does not keep a marked place name in capitals', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐẮK LẮK\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 45/KH-UBND\tĐắk Lắk, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nHỖ TRỢ NGƯỜI DÂN VÙNG LŨ TỈNH ĐẮK LẮK NĂM 2026\n\nI. MỤC ĐÍCH\nHỗ trợ kịp thời.\n');
    expect(e.document.subject).toBe('Hỗ trợ người dân vùng lũ tỉnh Đắk Lắk năm 2026');
  });
});

describe('header.issuer.unit-number', () => {
  it('keeps the number that names a ward under the committee', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\nPHƯỜNG 7\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/UBND-VP\tPhường 7, ngày 05 tháng 3 năm 2026\nV/v dọn vệ sinh môi trường\n\nKính gửi: Các khu phố.\n\nĐề nghị các khu phố tổ chức dọn vệ sinh trước ngày 20/3/2026.\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân Phường 7');
  });
});

describe('header.issuer.organ-line', () => {
  it('names a city committee by the line under it, not by the province the gazetteer guessed', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ SÔNG MÂY\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 310 /KH-UBND Sông Mây, ngày 10 tháng 4 năm 2026\n\nKẾ HOẠCH\nPhòng chống dịch bệnh năm 2026\n\nCăn cứ Nghị quyết số 12-NQ/TU ngày 02/3/2026 của Ban Chấp hành Đảng bộ tỉnh Đồng Nai;\n\nI. MỤC ĐÍCH\nChủ động phòng chống dịch bệnh.\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân thành phố Sông Mây');
  });
});

describe('signer titles with "Thường trực"', () => {
  it('writes a standing deputy as Nghị định 30 does', async () => {
    const { e } = await run(head + 'V/v rà soát hồ sơ\n\nKính gửi: Chi cục Hải quan khu vực I.\n\nĐề nghị Chi cục rà soát hồ sơ trước ngày 20/3/2026.\n\nNơi nhận:\t\tKT. CỤC TRƯỞNG\n- Như trên;\t\tPHÓ CỤC TRƯỞNG THƯỜNG TRỰC\n- Lưu: VT.\n\n\t\tTrần Minh Khoa\n');
    expect(e.document.signer?.title).toBe('Phó Cục trưởng Thường trực');
  });
});

describe('header.issuer.function-capital', () => {
  it('writes the first word of a body\'s field, and of a second after "và", with a capital', () => {
    expect(functionCapital('Cục quản lý giá', 'CỤC QUẢN LÝ GIÁ')).toBe('Cục Quản lý giá');
    expect(functionCapital('Phòng giáo dục và đào tạo', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Phòng Giáo dục và Đào tạo');
    expect(functionCapital('Trường thpt sông mây', 'TRƯỜNG THPT SÔNG MÂY')).toBe('Trường THPT sông mây');
  });
  it('leaves a level and its place, and a residents\' group, alone', () => {
    expect(functionCapital('Ban tỉnh Bình Sơn', 'BAN TỈNH BÌNH SƠN')).toBe('Ban tỉnh Bình Sơn');
    expect(functionCapital('Tổ dân phố số 5', 'TỔ DÂN PHỐ SỐ 5')).toBe('Tổ dân phố số 5');
  });
});
