// Case of header values read from capitals (made-up letters): the issuer takes the capitals its own body writes it with
// (header.issuer.body-case); a place name with vowel marks in a trích yếu in capitals is no acronym to keep in capitals;
// a title sentence's trích yếu opens with a capital.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = 'BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HẢI QUAN\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 120/CHQ-NV\tHà Nội, ngày 05 tháng 3 năm 2026\n';

describe('header.issuer.body-case', () => {
  it('writes the issuer as the body writes it', async () => {
    const { e } = await run(head + 'V/v rà soát hồ sơ\n\nKính gửi: Chi cục Hải quan khu vực I.\n\nThời gian qua, Cục Hải quan đã hướng dẫn các đơn vị. Đề nghị Chi cục rà soát hồ sơ trước ngày 20/3/2026.\n');
    expect(e.document.issuer?.name).toBe('Cục Hải quan');
  });
  it('leaves the issuer in sentence case when the body never names it', async () => {
    const { e } = await run(head + 'V/v rà soát hồ sơ\n\nKính gửi: Chi cục khu vực I.\n\nĐề nghị Chi cục rà soát hồ sơ trước ngày 20/3/2026.\n');
    expect(e.document.issuer?.name).toBe('Cục hải quan');
  });
});

describe('header.subject.acronyms', () => {
  it('does not keep a marked place name in capitals', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐẮK LẮK\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 45/KH-UBND\tĐắk Lắk, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nHỖ TRỢ NGƯỜI DÂN VÙNG LŨ TỈNH ĐẮK LẮK NĂM 2026\n\nI. MỤC ĐÍCH\nHỗ trợ kịp thời.\n');
    expect(e.document.subject).toBe('Hỗ trợ người dân vùng lũ tỉnh Đắk Lắk năm 2026');
  });
});
