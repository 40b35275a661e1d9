// Title lines and trích yếu in forms the letter-head rules do not see: a headless text that opens
// with "<Kind> về việc <subject>", a subject that opens with "Thực hiện", an upper-case title.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('title and subject', () => {
  it('reads kind and subject from the opening line of a text without letter head (header.type.title-sentence)', async () => {
    let { e } = await run('Chỉ thị về việc tăng cường quản lý chợ đêm trên địa bàn phường.\nThời gian qua, việc quản lý chợ còn nhiều hạn chế.\n1. Phòng Kinh tế kiểm tra các điểm kinh doanh.\n');
    expect(e.document).toMatchObject({ type: 'Chỉ thị', subject: 'tăng cường quản lý chợ đêm trên địa bàn phường' });
    expect(e.document.rules).toMatchObject({ type: 'header.type.title-sentence', subject: 'header.subject.title-sentence' });
    ({ e } = await run('Thông báo kết luận của chủ tịch tại buổi làm việc với các hợp tác xã\nNgày 05/3/2024, đồng chí Chủ tịch đã làm việc.\n'));
    expect(e.document).toMatchObject({ type: 'Thông báo', subject: 'kết luận của chủ tịch tại buổi làm việc với các hợp tác xã' });
    // A text that opens by citing a numbered document is no title line.
    ({ e } = await run('Quyết định số 12/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh quy định về chợ.\nĐiều 1. Phạm vi.\n'));
    expect(e.document.rules?.subject).not.toBe('header.subject.title-sentence');
  });
});
