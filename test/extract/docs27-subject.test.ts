// Issue 9 (docs27): where a trích yếu ends in a letter head: an urgency mark on its own line ("KHẨN", one word) under it, and a wrapped line read
// beside the national motto. Made-up letters of made-up bodies, not copied from any document.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MARKED = `UBND TỈNH BÌNH MINH	CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP	Độc lập – Tự do – Hạnh phúc
Số: 15/SNN-TTBVTV	Bình Minh, ngày 04 tháng 3 năm 2026
V/v báo cáo tình hình sâu bệnh
trên lúa vụ Đông Xuân.
KHẨN
Kính gửi: Ủy ban nhân dân các huyện.

Sở Nông nghiệp đề nghị Ủy ban nhân dân các huyện báo cáo diện tích lúa nhiễm sâu bệnh trước ngày 10/3/2026.

Nơi nhận:	GIÁM ĐỐC
- Như trên;
- Lưu: VT.
	Lê Văn Sơn
`;

const BESIDE = `LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH MINH
          CÔNG ĐOÀN NGÀNH XÂY DỰNG
Số: 31/CĐN-TG
V/v tổ chức hội thi an toàn lao động
Tháng Công nhân năm 2026	CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 Độc lập - Tự  do - Hạnh phúc

           Bình Minh, ngày 6 tháng 4 năm 2026
Kính gửi: Công đoàn cơ sở các doanh nghiệp xây dựng.

Ban Thường vụ Công đoàn ngành đề nghị các công đoàn cơ sở cử đội dự thi trước ngày 20/4/2026.

Nơi nhận:	TM. BAN THƯỜNG VỤ
- Như trên;	CHỦ TỊCH
- Lưu VT.
	Phạm Thị Hoa
`;

describe('header.subject.mark-line', () => {
  it('ends the trích yếu at an urgency mark on its own line ("KHẨN", one word)', async () => {
    const { e } = await run(MARKED);
    expect(e.document.subject).toBe('Báo cáo tình hình sâu bệnh trên lúa vụ Đông Xuân');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.mark-line');
  });
});

describe('header.subject.left-of-motto', () => {
  it('carries the trích yếu on in the cell beside the national motto, whatever its case', async () => {
    const { e } = await run(BESIDE);
    expect(e.document.subject).toBe('Tổ chức hội thi an toàn lao động Tháng Công nhân năm 2026');
    expect(e.document.rules?.subjectCell).toBe('header.subject.left-of-motto');
  });
});
