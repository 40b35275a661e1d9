// A "Lưu ý:" block under a notice's requests (docs21, issue 9), on a short text written for this test (no document's text).
import { describe, expect, it } from 'vitest';
import { skipTask } from '../../src/extract/task-skips.js';
import { run } from './helpers.js';

const NOTICE = `ỦY BAN NHÂN DÂN XÃ AN THẠNH
Số: 41/TB-UBND                An Thạnh, ngày 3 tháng 3 năm 2026

THÔNG BÁO
Về việc tiêm phòng dại cho chó, mèo năm 2026

Ủy ban nhân dân xã An Thạnh thông báo về việc tiêm phòng dại cho chó, mèo như sau:
1. Thời gian: từ ngày 10/3/2026 đến ngày 15/3/2026.
2. Đề nghị Trưởng các thôn thực hiện như sau:
- Thông báo lịch tiêm đến các hộ gia đình trong thôn.
- Lập danh sách hộ nuôi chó, mèo gửi Trạm Thú y xã trước ngày 08/3/2026.
* Lưu ý:
- Hộ gia đình không phải nộp phí tiêm phòng.
- Chó dưới 2 tháng tuổi thì hẹn tiêm đợt sau.
3. Trạm Thú y xã: Bố trí cán bộ tiêm phòng tại các thôn theo lịch.
`;

describe('task.skip.notes-block', () => {
  it('keeps the requests and the next section, drops the notes under "Lưu ý:"', async () => {
    const { e } = await run(NOTICE);
    const actions = e.tasks.map((t) => t.action).join(' | ');
    expect(actions).toMatch(/Thông báo lịch tiêm đến các hộ gia đình/);
    expect(actions).toMatch(/Lập danh sách hộ nuôi chó, mèo/);
    expect(actions).toMatch(/Bố trí cán bộ tiêm phòng/);
    expect(actions).not.toMatch(/không phải nộp phí|hẹn tiêm đợt sau/);
  });
  it('names the rule, and a heading or a new lead-in ends the notes', () => {
    const t = 'Lưu ý:\n- Không thu phí.\n';
    expect(skipTask(t, t.indexOf('- '), 'Không thu phí')).toBe('task.skip.notes-block');
    const u = 'Lưu ý:\n- Không thu phí.\n3. Đề nghị các thôn thực hiện:\n- Lập danh sách hộ nuôi chó.\n';
    expect(skipTask(u, u.indexOf('- Lập'), 'Lập danh sách hộ nuôi chó')).toBeUndefined();
    // A note written on its line ("Lưu ý: ...") is not a block heading.
    const v = 'Lưu ý: các thôn gửi danh sách sớm.\n- Lập danh sách hộ nuôi chó.\n';
    expect(skipTask(v, v.indexOf('- Lập'), 'Lập danh sách hộ nuôi chó')).toBeUndefined();
  });
});
