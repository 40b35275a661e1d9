// Header numbers of real scans (scans18): the own number's digits unreadable in its blank, and a chapter title that cites
// another document of the same symbol. The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const BODY = 'Hà Nội, ngày 12 tháng 3 năm 2026\n\nTHÔNG TƯ\nSửa đổi một số điều về quản lý giống cây trồng\n\n' +
  'Căn cứ Luật Trồng trọt số 31/2018/QH14;\nBộ trưởng ban hành Thông tư sửa đổi một số điều về quản lý giống cây trồng.\n\n' +
  'Chương I\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 17/2021/TT-BNNMT\n\nĐiều 1. Sửa đổi khoản 2 Điều 4 như sau.\n' +
  'Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Tâm\n';

describe('scans18: the number of a circular whose digits are unreadable', () => {
  it('keeps the printed "/2026/TT-BNNMT" of the blank with stray marks (header.number.year-marks)', async () => {
    const { e } = await run(`${HEAD}Số: 4† . /2026/TT-BNNMT\n${BODY}`);
    expect(e.document.number).toBe('/2026/TT-BNNMT');
    expect(e.document.rules?.number).toBe('header.number.year-marks');
    expect(e.document.type).toBe('Thông tư');
  });

  it('does not take "THÔNG TƯ SỐ ..." of a chapter title for the own number (header.number.cited-kind)', async () => {
    const { e } = await run(`${HEAD}Số:   ~~  \n${BODY}`);
    expect(e.document.number).not.toBe('17/2021/TT-BNNMT');
    expect(e.document.type).toBe('Thông tư');
  });

  it('still reads a clear number with its year', async () => {
    const { e } = await run(`${HEAD}Số: 08/2026/TT-BNNMT\n${BODY}`);
    expect(e.document.number).toBe('08/2026/TT-BNNMT');
    expect(e.document.rules?.number).toBe('header.number.so-line-year');
  });
});
