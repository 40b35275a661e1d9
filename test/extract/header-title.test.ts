// Title lines and trích yếu in forms the letter-head rules do not see: a headless text that opens
// with "<Kind> về việc <subject>", a subject that opens with "Thực hiện", an upper-case title.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('title and subject', () => {
  it('reads kind and subject from the opening line of a text without letter head (header.type.title-sentence)', async () => {
    let { e } = await run('Chỉ thị về việc tăng cường quản lý chợ đêm trên địa bàn phường.\nThời gian qua, việc quản lý chợ còn nhiều hạn chế.\n1. Phòng Kinh tế kiểm tra các điểm kinh doanh.\n');
    expect(e.document).toMatchObject({ type: 'Chỉ thị', subject: 'Tăng cường quản lý chợ đêm trên địa bàn phường' });
    expect(e.document.rules).toMatchObject({ type: 'header.type.title-sentence', subject: 'header.subject.title-sentence' });
    ({ e } = await run('Thông báo kết luận của chủ tịch tại buổi làm việc với các hợp tác xã\nNgày 05/3/2024, đồng chí Chủ tịch đã làm việc.\n'));
    expect(e.document).toMatchObject({ type: 'Thông báo', subject: 'Kết luận của chủ tịch tại buổi làm việc với các hợp tác xã' });
    // A text that opens by citing a numbered document is no title line.
    ({ e } = await run('Quyết định số 12/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh quy định về chợ.\nĐiều 1. Phạm vi.\n'));
    expect(e.document.rules?.subject).not.toBe('header.subject.title-sentence');
  });
});

describe('trích yếu under the title', () => {
  it('keeps a short first line that opens like a body, stops at "(Ban hành kèm theo ...)" and at the issuing authority', async () => {
    const head = 'SỞ XÂY DỰNG\nSố: 15/KH-SXD   Hà Tĩnh, ngày 02 tháng 4 năm 2024\n';
    let { e } = await run(`${head}KẾ HOẠCH\nThực hiện Chương trình số 12 về nhà ở xã hội\ntheo hướng bền vững giai đoạn 2024-2028\n(Ban hành kèm theo Quyết định số 3/QĐ-SXD)\n\nCăn cứ Luật Nhà ở năm 2023, Sở Xây dựng ban hành kế hoạch như sau.\n`);
    expect(e.document.subject).toBe('Thực hiện Chương trình số 12 về nhà ở xã hội theo hướng bền vững giai đoạn 2024-2028');
    ({ e } = await run(`${head}QUYẾT ĐỊNH\nPHÊ DUYỆT DANH MỤC NHÀ Ở XÃ HỘI NĂM 2024\nGIÁM ĐỐC SỞ XÂY DỰNG\nCăn cứ Luật Nhà ở năm 2023;\n`));
    expect(e.document.subject?.toLowerCase()).toBe('phê duyệt danh mục nhà ở xã hội năm 2024');
    ({ e } = await run(`${head}V/v rà soát nhà ở xã hội.\nKính gửi: Ủy ban nhân dân các xã\n`));
    expect(e.document.subject).toBe('Rà soát nhà ở xã hội');
  });
});

describe('an upper-case trích yếu in sentence case', () => {
  it('keeps the printed capitals of symbols and of the kinds that name documents', async () => {
    const { e } = await run('SỞ XÂY DỰNG\nSố: 15/QĐ-SXD   Hà Tĩnh, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN THÔNG TƯ SỐ 05/2024/TT-BXD VỀ NHÀ Ở\nGIÁM ĐỐC SỞ XÂY DỰNG\nCăn cứ Luật Nhà ở năm 2023;\n');
    expect(e.document.subject).toBe('Ban hành Kế hoạch thực hiện Thông tư số 05/2024/TT-BXD về nhà ở');
  });
});
