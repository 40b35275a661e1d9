// Session 17: a place the gazetteer knows is written as it spells it (header.place.province), also when the text
// lost a mark there ("Ha Nội", "Đa Nẵng"); an unknown place stays as printed. The letter is made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const letter = (place: string) =>
  `BỘ XÂY DỰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC ĐƯỜNG THỦY\tĐộc lập - Tự do - Hạnh phúc\n` +
  `Số: 712/CĐT-KH\t${place}, ngày 9 tháng 5 năm 2024\nV/v kiểm tra phương tiện\n` +
  'Kính gửi: Các cảng vụ đường thủy nội địa.\n' +
  'Cục yêu cầu các cảng vụ kiểm tra phương tiện trước ngày 30/5/2024.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\nLê Minh Quang\n';

describe('places spelled as the gazetteer spells them', () => {
  it('gives back a mark lost in a known place', async () => {
    expect((await run(letter('Ha Nội'))).e.document.place).toBe('Hà Nội');
    expect((await run(letter('Đa Nẵng'))).e.document.place).toBe('Đà Nẵng');
  });

  it('keeps a known place and an unknown one as printed', async () => {
    expect((await run(letter('Hà Nội'))).e.document.place).toBe('Hà Nội');
    expect((await run(letter('Sa Pa'))).e.document.place).toBe('Sa Pa');
  });
});
