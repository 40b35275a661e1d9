// Issuer names read from a head in capitals (made-up heads): the name after a level word or Party organ keeps its
// capitals (header.issuer.proper-tail), and a name the gazetteer reads over a line break does not take in the motto of
// the head's second column (header.issuer.longer-line).
import { describe, expect, it } from 'vitest';
import { properTail } from '../../src/extract/header.js';
import { run } from './helpers.js';

const body = '\nKính gửi: Các ấp, khu phố.\n\nĐề nghị các ấp, khu phố triển khai thực hiện nghiêm túc.\n';

describe('header.issuer.proper-tail', () => {
  it('gives the place or unit after a level word its capitals', () => {
    expect(properTail('Huyện ủy yên phong')).toBe('Huyện ủy Yên Phong');
    expect(properTail('Đảng ủy xã phú hòa đông')).toBe('Đảng ủy xã Phú Hòa Đông');
    expect(properTail('Ủy ban nhân dân xã Tân An')).toBe('Ủy ban nhân dân xã Tân An');
    // a tail that is no name is left alone
    expect(properTail('Ban chỉ đạo phòng chống dịch của xã')).toBe('Ban chỉ đạo phòng chống dịch của xã');
    expect(properTail('Phòng kinh tế và hạ tầng')).toBe('Phòng kinh tế và hạ tầng');
    // "xã hội", "nông thôn" are no level of government
    expect(properTail('Ban chỉ đạo xây dựng xã hội học tập')).toBe('Ban chỉ đạo xây dựng xã hội học tập');
    expect(properTail('Ban chỉ đạo xây dựng nông thôn mới')).toBe('Ban chỉ đạo xây dựng nông thôn mới');
  });

  it('reads a Party committee under its parent with its place in capitals', async () => {
    const { e } = await run('ĐẢNG BỘ TỈNH BẮC NINH\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY YÊN PHONG\tYên Phong, ngày 05 tháng 3 năm 2026\n*\nSố 15-CV/HU\nV/v tăng cường công tác kiểm tra\n' + body);
    expect(e.document.issuer?.name).toBe('Huyện ủy Yên Phong');
  });
});

describe('header.issuer.longer-line', () => {
  it('does not take the motto beside the head into a commune committee the gazetteer reads over the line break', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN MỸ CHÁNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/UBND\tTân Mỹ Chánh, ngày 05 tháng 3 năm 2026\nV/v tăng cường công tác kiểm tra\n' + body);
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân xã Tân Mỹ Chánh');
  });
});

describe('a unit\'s own number ends its name', () => {
  it('keeps the number of a Party cell and of a school', async () => {
    const cell = await run('ĐẢNG BỘ XÃ TÂN AN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP MỸ LỢI 2\tTân An, ngày 05 tháng 3 năm 2026\n*\nSố 01-CV/CB\nV/v tăng cường công tác kiểm tra\n' + body);
    expect(cell.e.document.issuer?.name).toBe('Chi bộ ấp Mỹ Lợi 2');
    const school = await run('UBND HUYỆN AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC AN PHÚ 2\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-THAP2\tAn Phú, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n' + body);
    expect(school.e.document.issuer?.name?.toLowerCase()).toBe('trường tiểu học an phú 2');
  });
});
