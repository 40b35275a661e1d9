// Issue 9 (docs29): a school's notice to its faculties and offices, as a Word file gives it (item numbers typed with a run
// of spaces after them), a dossier's papers listed under "Hồ sơ ... gồm có:", and students and advisers as the subject of
// a point. Made-up notices of a made-up college, not copied from any document.
import { describe, expect, it } from 'vitest';
import { byId, leads, run } from './helpers.js';

const NOTICE = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 58/TB-CĐSM	Độc lập - Tự do - Hạnh phúc
(V/v tổ chức kiểm tra sổ điểm)	Hòa Lâm, ngày 10 tháng 3 năm 2026

THÔNG BÁO

Kính gởi :       - Các Trưởng khoa.

Ban Giám hiệu đề nghị các khoa lưu ý một số việc sau :
1.      Phòng Khảo thí tổng hợp danh sách lớp trước ngày 20/3/2026.
2.      Phòng Đào tạo kiểm tra sổ điểm của các lớp trong tháng 4 năm 2026.
3.      Hồ sơ thanh toán giờ dạy gồm có :
            Bảng kê giờ dạy theo mẫu GD-01.
            Sổ đầu bài của lớp.
            Giấy xác nhận của trưởng khoa.
4.      Phòng Tài vụ thanh toán giờ dạy trước ngày 30/4/2026.

TL. Hiệu trưởng
Phó Hiệu trưởng
Lê Văn Hòa
`;

const POINTS = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG ĐÀO TẠO	Độc lập - Tự do - Hạnh phúc
Số: 12/TB-ĐT	Hòa Lâm, ngày 02 tháng 4 năm 2026

THÔNG BÁO
Về việc thực tập cuối khóa năm 2026

Phòng Đào tạo thông báo kế hoạch thực tập cuối khóa như sau:
1. Đối với các Khoa
- Khoa Cơ khí lập danh sách học sinh đi thực tập.
- Cố vấn học tập hướng dẫn học sinh viết báo cáo thực tập.
- Sinh viên kiểm tra thông tin cá nhân trên hệ thống trước ngày 15/4/2026.

Nơi nhận:	TRƯỞNG PHÒNG
- Các Khoa;
- Lưu: ĐT.	Phạm Thị Mai
`;

const FOR_ROLE = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG ĐÀO TẠO	Độc lập - Tự do - Hạnh phúc
Số: 15/TB-ĐT	Hòa Lâm, ngày 06 tháng 4 năm 2026

THÔNG BÁO
Về việc học kỳ hè năm 2026

Phòng Đào tạo thông báo việc tổ chức học kỳ hè như sau:
1. Đối với Phòng Tài vụ
- Thu học phí học kỳ hè theo danh sách đăng ký.
2. Đối với sinh viên
- Đăng ký học phần học kỳ hè trên hệ thống trước ngày 20/5/2026.
- Nộp học phí đúng thời hạn.

Nơi nhận:	TRƯỞNG PHÒNG
- Các Khoa;
- Lưu: ĐT.	Phạm Thị Mai
`;

const WHEN_WHERE = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 31/TB-CĐSM	Độc lập - Tự do - Hạnh phúc
	Hòa Lâm, ngày 12 tháng 5 năm 2026

THÔNG BÁO
Về việc nhận chứng chỉ tin học

Kính gửi: Các Khoa.

Trường Cao đẳng Sông Mây thông báo việc nhận chứng chỉ như sau:
1. Địa điểm nhận chứng chỉ: Phòng Khảo thí.
2. Thời gian nhận: Sau khi có quyết định công nhận.
3. Phòng Khảo thí gửi danh sách học viên nhận chứng chỉ về các Khoa trước ngày 20/5/2026.

Nơi nhận:	HIỆU TRƯỞNG
- Lưu: VT.	Đỗ Văn Nam
`;

describe('docs29: a school notice converted from Word', () => {
  it('reads items numbered with a run of typed spaces after "1." (item.number-wide-gap)', async () => {
    const { e } = await run(NOTICE);
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Phòng Khảo thí']);
    expect(leads(t['2'])).toEqual(['Phòng Đào tạo']);
    expect(t['4']?.action).toMatch(/^Phòng Tài vụ thanh toán giờ dạy/);
  });

  it('reads no task in the papers listed under "Hồ sơ ... gồm có :" (task.skip.file-contents)', async () => {
    const { e } = await run(NOTICE);
    expect(e.tasks.map((x) => x.id)).toEqual(['1', '2', '4']);
  });

  it('gives a point that opens with a student or an adviser as its subject that role as lead (agency-words.tsv unit-role)', async () => {
    const { e } = await run(POINTS);
    const t = byId(e.tasks);
    expect(leads(t['1.2'])).toEqual(['Cố vấn học tập']);
    expect(leads(t['1.3'])).toEqual(['Sinh viên']);
  });

  it('gives the points under "2. Đối với sinh viên" that role as lead (lead.for-unit-role)', async () => {
    const { e } = await run(FOR_ROLE);
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Sinh viên']);
    expect(leads(t['2.2'])).toEqual(['Sinh viên']);
  });

  it('reads no task in an item that only says where or when ("Địa điểm ...:", "Thời gian ...:") (task.skip.when-where-label)', async () => {
    const { e } = await run(WHEN_WHERE);
    expect(e.tasks.map((x) => x.id)).toEqual(['3']);
  });
});
