// The region rule for an issuing unit named over more than one line (scans21): OCR lines made up, laid out as on a
// letter of a ministry's department; no OCR here. Made-up names.
import { describe, expect, it } from 'vitest';
import { extract, line } from './ocr-letter.js';
import type { OcrLine } from '../../src/ocr/pool.js';

const rest: OcrLine[] = [
  line(560, [300, 'Số: 215/KSKD-P2'], [1200, 'Hà Nội, ngày 14 tháng 5 năm 2026']),
  line(640, [300, 'V/v báo cáo tình hình hàng nhập khẩu']),
  line(760, [700, 'Kính gửi: Sở Công Thương các tỉnh, thành phố.']),
  line(900, [380, 'Cục đề nghị các Sở báo cáo kết quả trước ngày 30/6/2026.']),
];

describe('region.issuer.unit-wrapped', () => {
  it('names the unit with the line its name goes on over', async () => {
    const { d } = await extract([[
      line(300, [380, 'BỘ CÔNG THƯƠNG'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(360, [300, 'CỤC KIỂM SOÁT HOẠT ĐỘNG'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
      line(420, [300, 'KINH DOANH HÀNG NHẬP KHẨU']),
      ...rest,
    ]]);
    expect(d.issuer?.name.toLowerCase()).toBe('cục kiểm soát hoạt động kinh doanh hàng nhập khẩu');
    // (the header rule reads it from the text; without the region rule the block's first line would replace it)
    expect(d.rules?.issuer).toMatch(/unit-wrapped|lower-line-wrapped/);
  });

  it('keeps a one-line unit', async () => {
    const { d } = await extract([[
      line(300, [380, 'BỘ CÔNG THƯƠNG'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(360, [300, 'CỤC XÚC TIẾN THƯƠNG MẠI'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
      ...rest,
    ]]);
    expect(d.issuer?.name.toLowerCase()).toBe('cục xúc tiến thương mại');
  });
});
