// Round docs17 (issue 9): a plan that lists who sits on its boards ("- Ông <name>, <title>, Trưởng ban;") before it shares out
// the work: the member lines are no tasks (task.skip.member-list); a team whose members carry duties after a colon still has
// tasks. The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const plan = (boards: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSỞ VĂN HÓA VÀ THỂ THAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 27/KH-SVHTT Nam Sơn, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức Hội thi đọc sách năm 2026\n' +
  'I. MỤC ĐÍCH, YÊU CẦU\nKhuyến khích thói quen đọc sách trong thanh thiếu niên.\nII. TỔ CHỨC THỰC HIỆN\n' +
  boards +
  '3. Phân công thực hiện\n3.1. Thư viện tỉnh\nChủ trì xây dựng thể lệ Hội thi, gửi các đơn vị trước ngày 20/3/2026.\n' +
  '3.2. Ủy ban nhân dân các xã\nThông báo Hội thi đến các trường học trên địa bàn.\n\n' +
  'Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Minh Khoa\n';

const members =
  '1. Ban Chỉ đạo\n- Ông Lê Văn Hòa, Giám đốc Sở Văn hóa và Thể thao, Trưởng ban;\n- Bà Phạm Thị Lan, Phó Giám đốc Sở, Phó Trưởng ban;\n' +
  '- Ông Đỗ Quang Vinh, Giám đốc Thư viện tỉnh, Thành viên;\n- Các Ông/Bà là lãnh đạo các phòng thuộc Sở là thành viên Ban Chỉ đạo.\n' +
  '2. Ban Tổ chức\n- Bà Ngô Thị Hạnh, Phó Giám đốc Thư viện tỉnh, Trưởng ban;\n- Ông Vũ Đình Nam, Trưởng phòng Nghiệp vụ, Phó Trưởng ban;\n' +
  '- Bà Hồ Thu Trang, Chuyên viên, Thư ký.\n';

const duties =
  '1. Tổ giúp việc\n- Ông Lê Văn Hòa: Chịu trách nhiệm chung về nội dung Hội thi.\n- Bà Phạm Thị Lan: Chuẩn bị địa điểm và khách mời.\n' +
  '- Ông Đỗ Quang Vinh: Tổng hợp kết quả chấm thi.\n2. Ban Giám khảo\nChấm bài dự thi theo thể lệ.\n';

describe('docs17 board member lists', () => {
  it('reads no task from the lines that name board members (task.skip.member-list)', async () => {
    const { e } = await run(plan(members));
    expect(e.tasks.some((t) => /Trưởng ban|Thành viên|Thư ký|thành viên Ban Chỉ đạo/.test(t.action))).toBe(false);
    expect(e.tasks).toHaveLength(2);
    expect(e.tasks[0]!.action).toMatch(/xây dựng thể lệ Hội thi/);
    expect(e.tasks[1]!.action).toMatch(/Thông báo Hội thi/);
  });

  it('still reads members whose duties follow a colon as tasks', async () => {
    const { e } = await run(plan(duties));
    expect(e.tasks.filter((t) => /Hội thi|khách mời|kết quả chấm thi/.test(t.action)).length).toBeGreaterThanOrEqual(3);
  });
});
