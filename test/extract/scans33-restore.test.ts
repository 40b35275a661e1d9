// restore.scan.caps-dot (made-up head lines): under a capital the dot below is a speck the OCR drops, so in capitals a
// word read without a tone competes with its dotted reading; words in capitals that are right stay as read.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { SCAN_OPTIONS } from '../../src/restore/options.js';
import { Layer } from '../../src/layer.js';

let scan: Decoder;

/** Every word of `s` read by the OCR at confidence 80. */
function restore(s: string): string {
  const ocr = [...s.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, confidence: 80 }));
  return Layer.derive(s, scan.restore(s, ocr).edits).text;
}

beforeAll(() => {
  scan = loadDecoder(tablesDir(), SCAN_OPTIONS);
});

describe('restore.scan.caps-dot', () => {
  it('puts back the dot below a capital the scan lost', () => {
    expect(restore('CÔNG AN TỈNH HÒA SƠN\nĐỘI ĐIỀU TRA TÔI PHẠM VỀ KINH TẾ')).toBe('CÔNG AN TỈNH HÒA SƠN\nĐỘI ĐIỀU TRA TỘI PHẠM VỀ KINH TẾ');
  });

  it('keeps words in capitals that are right', () => {
    const s = 'ỦY BAN NHÂN DÂN TỈNH HÒA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI';
    expect(restore(s)).toBe(s);
  });
});

describe('restore.scan.dot-speck', () => {
  it('drops a dot below that a speck put under a word', () => {
    const s = 'Đề nghị các đơn vị cập giấy chứng nhận và phân bộ ngân sách, chi tiệt nội dung Vệ việc cạnh tranh, vướng mặc trong thực hiện.';
    expect(restore(s)).toBe('Đề nghị các đơn vị cấp giấy chứng nhận và phân bổ ngân sách, chi tiết nội dung Về việc cạnh tranh, vướng mắc trong thực hiện.');
  });

  it('keeps dotted words that are right', () => {
    const s = 'Đồng chí Nguyễn Thị Hoa, Phó Giám đốc Sở Nội vụ; đề nghị bộ phận một cửa tiếp nhận hồ sơ, mặc dù đã được nhắc nhở, và Bộ trưởng chỉ đạo thực hiện.';
    expect(restore(s)).toBe(s);
  });
});

describe('restore.scan.caps-hat', () => {
  it('puts back the hat a tone crushed over a capital', () => {
    expect(restore('BAN CHỈ ĐẠO PHÒNG, CHÓNG THIÊN TAI VÀ TỎ CÔNG TÁC TỈNH HÒA SƠN')).toBe('BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TỔ CÔNG TÁC TỈNH HÒA SƠN');
  });

  it('keeps capitals whose hat is right or absent', () => {
    const s = 'KẾ HOẠCH TỔ CHỨC HỘI NGHỊ CÓ SỰ THAM GIA CỦA CÁC SỞ\nVỀ VIỆC BỐ TRÍ CÁN BỘ, PHÒNG CHÁY, CHỮA CHÁY';
    expect(restore(s)).toBe(s);
  });
});
