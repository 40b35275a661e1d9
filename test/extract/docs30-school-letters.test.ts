// Issue 9 (docs30): a city education department's letter to its schools, as the departments write them: the heads of "units
// and schools" asked as one group, school titles over collectives narrowed by their level ("Hiệu trưởng các trường trung học
// phổ thông", "Giám đốc các trung tâm giáo dục thường xuyên", "Trưởng các điểm thi"). Made-up letter of a made-up province.
import { describe, expect, it } from 'vitest';
import { byId, leads, run } from './helpers.js';

const LETTER = `UBND TỈNH HÀ SƠN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO	Độc lập - Tự do - Hạnh phúc
Số: 715/SGDĐT-KTQLCL	Hà Sơn, ngày 12 tháng 5 năm 2026
V/v tổ chức kỳ thi học sinh giỏi

Kính gửi:
- Phòng giáo dục và đào tạo các huyện;
- Các trường trung học phổ thông.

Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị, trường học thực hiện những nội dung sau:
1. Về công tác chuẩn bị
a) Trưởng các điểm thi có trách nhiệm
- Kiểm tra phòng thi trước ngày 20/5/2026.
- Báo cáo số thí sinh về Sở trước 16 giờ 00 ngày 22/5/2026.
b) Hiệu trưởng các trường trung học phổ thông, giám đốc các trung tâm giáo dục thường xuyên có trách nhiệm rà soát danh sách thí sinh.
c) Thủ trưởng các đơn vị, trường học bố trí cán bộ coi thi.
d) Chủ tịch các hội đồng thi có trách nhiệm niêm phong đề thi.
2. Về báo cáo
Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo kết quả về Sở trước ngày 30/5/2026.

Nơi nhận:	GIÁM ĐỐC
- Như trên;
- Lưu: VT.	Trần Văn Nam
`;

describe('docs30: school words in the agency lists (agency-words.tsv)', () => {
  it('reads "các đơn vị, trường học" whole: "trường học" is a collective noun, not "trường" and a verb "học"', async () => {
    const t = byId((await run(LETTER)).e.tasks);
    expect(leads(t['1.3'])).toEqual(['Thủ trưởng các đơn vị, trường học']);
    expect(t['1.3']?.action).toMatch(/^Bố trí cán bộ coi thi/);
    expect(leads(t['2'])).toEqual(['Thủ trưởng các đơn vị, trường học']);
    expect(t['2']?.action).toMatch(/^Báo cáo kết quả/);
  });
  it('takes a school title over a collective narrowed by its level or kind as the subject', async () => {
    const t = byId((await run(LETTER)).e.tasks);
    expect(leads(t['1.2'])).toEqual(['Hiệu trưởng các trường trung học phổ thông', 'Giám đốc các trung tâm giáo dục thường xuyên']);
    expect(t['1.2']?.action).toMatch(/^Rà soát danh sách thí sinh/);
    expect(leads(t['1.4'])).toEqual(['Chủ tịch các hội đồng thi']);
  });
  it('reads "Trưởng các điểm thi có trách nhiệm" alone as the lead of the points under it', async () => {
    const t = byId((await run(LETTER)).e.tasks);
    expect(leads(t['1.1.1'])).toEqual(['Trưởng các điểm thi']);
    expect(leads(t['1.1.2'])).toEqual(['Trưởng các điểm thi']);
    expect(t['1.1.2']?.deadline?.due).toBe('2026-05-22');
  });
});

const DUTIES = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 93/KH-CĐSM	Hòa Lâm, ngày 06 tháng 3 năm 2026

KẾ HOẠCH
Tuyển sinh năm 2026

1. Mục đích
– Tuyển đủ chỉ tiêu năm 2026.
2. Phân công trách nhiệm
2.1. Phòng Đào tạo và Phòng Công tác sinh viên
– Phối hợp cung cấp danh sách lớp.

Nơi nhận:	HIỆU TRƯỞNG
- Các đơn vị;
- Lưu: VT.	Lê Văn Hòa
`;

describe('docs30: "và" before another office (agency-words.tsv va-head)', () => {
  it('splits a heading "Phòng A và Phòng B" into two leads', async () => {
    const t = byId((await run(DUTIES)).e.tasks);
    expect(leads(t['2.1.1'])).toEqual(['Phòng Đào tạo', 'Phòng Công tác sinh viên']);
  });
});

const TAKING_PART = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 95/KH-CĐSM	Hòa Lâm, ngày 08 tháng 3 năm 2026

KẾ HOẠCH
Đánh giá giờ giảng năm 2026

1. Mục đích
– Nâng cao chất lượng giảng dạy.
2. Phân công trách nhiệm
2.1. Các khoa tham gia đánh giá
– Lập danh sách giảng viên được dự giờ.
– Tổng hợp ý kiến của giảng viên.

Nơi nhận:	HIỆU TRƯỞNG
- Các đơn vị;
- Lưu: VT.	Lê Văn Hòa
`;

describe('docs30: lead.heading-taking-part', () => {
  it('reads "Các khoa tham gia đánh giá" alone over points as who does them, whole', async () => {
    const t = byId((await run(TAKING_PART)).e.tasks);
    expect(leads(t['2.1.1'])).toEqual(['Các khoa tham gia đánh giá']);
    expect(leads(t['2.1.2'])).toEqual(['Các khoa tham gia đánh giá']);
  });
});
