// Issue 9 (docs30): a progress table of a plan whose doers' column is headed by both roles ("Đơn vị chủ trì/phối hợp") and
// whose time cells give a span of two dates. Made-up plan of a made-up college.
import { describe, expect, it } from 'vitest';
import { byId, coords, leads, run } from './helpers.js';

const PLAN = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 88/KH-CĐSM	Hòa Lâm, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội việc làm năm 2026

1. Mục đích
- Kết nối sinh viên với doanh nghiệp.
2. Tiến độ thực hiện
TT	Nội dung công việc	Thời gian thực hiện	Đơn vị chủ trì/phối hợp
1	Lập danh sách doanh nghiệp tham dự	Trước ngày 20/3/2026	Phòng Công tác sinh viên; Phòng Đào tạo
2	Chuẩn bị hội trường và gian hàng	25/3/2026 - 04/4/2026	Phòng Quản trị thiết bị; các khoa; Đoàn Thanh niên
3	Tổng hợp kết quả, báo cáo Ban Giám hiệu	Từ ngày 06/4 đến ngày 10/4/2026	Phòng Công tác sinh viên

Nơi nhận:	HIỆU TRƯỞNG
- Các đơn vị;
- Lưu: VT.	Lê Văn Hòa
`;

const SPLIT = PLAN.replace('\tĐơn vị chủ trì/phối hợp', '\tĐơn vị chủ trì\tĐơn vị phối hợp').replace('\tPhòng Công tác sinh viên; Phòng Đào tạo', '\tPhòng Công tác sinh viên\tPhòng Đào tạo');

describe('docs30: task tables', () => {
  it('table.combined-roles-header: under "Đơn vị chủ trì/phối hợp" the body before the first ";" leads, the others coordinate', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(leads(t['1'])).toEqual(['Phòng Công tác sinh viên']);
    expect(coords(t['1'])).toEqual(['Phòng Đào tạo']);
    expect(leads(t['2'])).toEqual(['Phòng Quản trị thiết bị']);
    expect(coords(t['2'])).toEqual(['Các khoa', 'Đoàn Thanh niên']);
    expect(t['1']?.leadRule).toBe('table.combined-roles-header');
    expect(leads(t['3'])).toEqual(['Phòng Công tác sinh viên']);
  });
  it('keeps separate lead and partner columns as they were', async () => {
    const t = byId((await run(SPLIT)).e.tasks);
    expect(leads(t['1'])).toEqual(['Phòng Công tác sinh viên']);
    expect(coords(t['1'])).toEqual(['Phòng Đào tạo']);
  });
  it('deadline.cell-date-span: a span of two dates in a time cell is due at its end', async () => {
    const t = byId((await run(PLAN)).e.tasks);
    expect(t['2']?.deadline?.due).toBe('2026-04-04');
    expect(t['3']?.deadline?.due).toBe('2026-04-10');
    expect(t['1']?.deadline?.due).toBe('2026-03-20');
  });
});

const STEPS = `TRƯỜNG CAO ĐẲNG SÔNG MÂY	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 91/KH-CĐSM	Hòa Lâm, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Đánh giá giờ giảng năm 2026

1. Mục đích
– Nâng cao chất lượng giảng dạy.
2. Nội dung và quy trình thực hiện
– Bước 1: Phòng Đào tạo cung cấp danh sách giảng viên cho Phòng Khảo thí.
– Bước 2: Phòng Khảo thí thực hiện chọn lớp dự giờ.

Nơi nhận:	HIỆU TRƯỞNG
- Các đơn vị;
- Lưu: VT.	Lê Văn Hòa
`;

describe('docs30: verbs.tsv', () => {
  it('"cung cấp" after a body makes it the subject of a step ("Bước 1: Phòng Đào tạo cung cấp ...")', async () => {
    const t = byId((await run(STEPS)).e.tasks);
    expect(leads(t['2.1'])).toEqual(['Phòng Đào tạo']);
    expect(t['2.1']?.action).toMatch(/^Cung cấp danh sách giảng viên/);
    expect(leads(t['2.2'])).toEqual(['Phòng Khảo thí']);
  });
});
