// Lines that assign no work (prec16, issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { skipTask } from '../../src/extract/task-skips.js';
import { run } from './helpers.js';

const DECISION = `ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 77/QĐ-UBND                Phú Thọ, ngày 5 tháng 2 năm 2026

QUYẾT ĐỊNH
Thành lập Ban Chỉ đạo phát triển nông nghiệp xanh tỉnh

Điều 1. Thành lập Ban Chỉ đạo phát triển nông nghiệp xanh tỉnh.
Điều 2. Nhiệm vụ của Ban Chỉ đạo:
1. Xây dựng chương trình phát triển nông nghiệp xanh của tỉnh.
2. Đôn đốc các sở, ngành thực hiện chương trình.
Điều 3. Quyền hạn của Ban Chỉ đạo
1. Được mời dự các cuộc họp của các sở, ngành về nông nghiệp.
2. Yêu cầu các sở, ngành cung cấp số liệu phục vụ công tác của Ban.
Điều 4. Ban Chỉ đạo làm việc theo nguyên tắc tập thể, dân chủ.
`;

describe('task.skip.powers-heading, task.skip.permission, task.skip.working-rules', () => {
  it('keeps the duties of a committee and drops its powers and working rules', async () => {
    const { e } = await run(DECISION);
    const actions = e.tasks.map((t) => t.action);
    expect(actions).toContain('Xây dựng chương trình phát triển nông nghiệp xanh của tỉnh');
    expect(actions.some((a) => /Được mời|cung cấp số liệu|nguyên tắc tập thể/.test(a))).toBe(false);
  });
  it('names the rule', () => {
    const t = 'Điều 3. Quyền hạn của Tổ công tác\n1. Yêu cầu các phòng gửi báo cáo.\n';
    expect(skipTask(t, t.indexOf('1.'), 'Yêu cầu các phòng gửi báo cáo')).toBe('task.skip.powers-heading');
    expect(skipTask('', 0, 'Được sử dụng con dấu của Sở để gửi văn bản')).toBe('task.skip.permission');
    expect(skipTask('', 0, 'Tổ công tác làm việc theo chế độ kiêm nhiệm')).toBe('task.skip.working-rules');
  });
  it('keeps duties under "Nhiệm vụ và quyền hạn" and duties given with "được giao"', () => {
    const t = 'Điều 3. Nhiệm vụ và quyền hạn của Tổ công tác\n1. Kiểm tra hồ sơ đất đai.\n';
    expect(skipTask(t, t.indexOf('1.'), 'Kiểm tra hồ sơ đất đai')).toBeUndefined();
    expect(skipTask('', 0, 'Được phân công theo dõi công tác thi đua')).toBeUndefined();
    // A later article ends the powers.
    const u = 'Điều 3. Quyền hạn của Tổ\n1. Mời chuyên gia.\nĐiều 4. Giao Sở Nội vụ hướng dẫn.\n';
    expect(skipTask(u, u.indexOf('Giao'), 'Hướng dẫn')).toBeUndefined();
  });
});

describe('task.skip.copies-line, task.skip.phone-line, task.skip.no-word', () => {
  it('drops the copies list, a hotline and a line without words', () => {
    expect(skipTask('', 0, 'Lưu: VT, KT')).toBe('task.skip.copies-line');
    expect(skipTask('', 0, 'Nơi nhận: như trên')).toBe('task.skip.copies-line');
    expect(skipTask('', 0, 'Đội quản lý đê Ba Vì: 0241.234.5678')).toBe('task.skip.phone-line');
    expect(skipTask('', 0, 'Trực ban: 0912 345 678 – 0987 654 321')).toBe('task.skip.phone-line');
    expect(skipTask('', 0, '--')).toBe('task.skip.no-word');
  });
  it('keeps work that cites a hotline or the filing office', () => {
    expect(skipTask('', 0, 'Công bố số điện thoại đường dây nóng 0241.234.5678 để người dân phản ánh tình trạng ngập úng trên địa bàn')).toBeUndefined();
    expect(skipTask('', 0, 'Lưu trữ hồ sơ bầu cử theo quy định')).toBeUndefined();
  });
});

describe('task.skip.name-only, task.skip.function-article', () => {
  it('drops a member list line and the article that says what a committee is', () => {
    expect(skipTask('', 0, 'Thường trực Hội đồng')).toBe('task.skip.name-only');
    expect(skipTask('', 0, 'Tổ công tác liên ngành tỉnh')).toBe('task.skip.name-only');
    expect(skipTask('', 0, 'Hội đồng thẩm định tỉnh là tổ chức tư vấn, có chức năng giúp Chủ tịch Ủy ban nhân dân tỉnh thẩm định hồ sơ')).toBe('task.skip.function-article');
  });
  it('keeps work that opens with a committee or with "tổ chức"', () => {
    expect(skipTask('', 0, 'Tổ chức kiểm tra')).toBeUndefined();
    expect(skipTask('', 0, 'Hội đồng thẩm định, tổ chức họp xét hồ sơ trong tháng 5')).toBeUndefined();
    expect(skipTask('', 0, 'Là cơ quan đầu mối, chủ trì tổng hợp báo cáo kết quả thực hiện')).toBeUndefined();
  });
});

describe('task.skip.approval, task.skip.timetable', () => {
  it('drops the issuer\'s consent and a timetable line', () => {
    expect(skipTask('', 0, 'Đồng ý về chủ trương Ủy ban nhân dân huyện lập dự án trồng rừng ven biển')).toBe('task.skip.approval');
    expect(skipTask('', 0, 'Chấp thuận đề xuất của Sở Y tế về việc mở rộng bệnh viện tuyến huyện')).toBe('task.skip.approval');
    expect(skipTask('', 0, 'Đợt 1: Bắt đầu từ ngày 10/3/2026, kết thúc trước ngày 30/4/2026')).toBe('task.skip.timetable');
  });
  it('keeps work that reaches agreement or starts on a day', () => {
    expect(skipTask('', 0, 'Thống nhất với Sở Tài chính phương án phân bổ kinh phí')).toBeUndefined();
    expect(skipTask('', 0, 'Tổ chức tập huấn cho cán bộ xã, bắt đầu từ ngày 10/3/2026')).toBeUndefined();
  });
});

describe('task.skip.approval in letters only', () => {
  it('leaves a resolution\'s consent item to the other rules', () => {
    expect(skipTask('', 0, 'Đồng ý chủ trương chuyển giao trường cao đẳng về tỉnh quản lý', 'Công văn')).toBe('task.skip.approval');
    expect(skipTask('', 0, 'Đồng ý chủ trương chuyển giao trường cao đẳng về tỉnh quản lý', 'Nghị quyết')).toBeUndefined();
  });
});
