// Trích yếu lines wrapped at the margin, as a PDF text layer without layout gives them (npm run eval -- --wrap 80).
// The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('header.subject.title-wrapped', () => {
  it('reads a headless title sentence over the lines it wrapped onto', async () => {
    const { e } = await run(
      'Chỉ thị về việc tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong\ntrường học và khu công nghiệp năm 2027\nThời gian qua, nhiều vụ ngộ độc thực phẩm đã xảy ra.\n1. Sở Y tế chủ trì kiểm tra các bếp ăn tập thể.\n',
    );
    expect(e.document.type).toBe('Chỉ thị');
    expect(e.document.subject).toBe('Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong trường học và khu công nghiệp năm 2027');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.title-wrapped');
  });

  it('goes on after a function word into a name, and stops at a capitalised sentence', async () => {
    const { e } = await run(
      'Thông báo kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với\nBan Quản lý dự án đầu tư xây dựng tỉnh\nNgày 5 tháng 3 năm 2027, Phó Chủ tịch đã làm việc với Ban Quản lý.\n',
    );
    expect(e.document.subject).toBe('Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Ban Quản lý dự án đầu tư xây dựng tỉnh');
  });

  it('does not read on into a lower-cased body line that ends in a mark', async () => {
    const { e } = await run('Quyết định về việc phê duyệt kế hoạch phát triển hợp tác xã nông nghiệp giai đoạn 2027 - 2030\nủy ban nhân dân tỉnh đã họp và thống nhất các nội dung sau.\n');
    expect(e.document.subject).toBe('Phê duyệt kế hoạch phát triển hợp tác xã nông nghiệp giai đoạn 2027 - 2030');
  });

  it('keeps a one-line title as it was when the body opens with a capital', async () => {
    const { e } = await run('Kế hoạch về việc tổ chức ngày hội đọc sách của thư viện huyện trong tháng tư\nTrong năm qua, thư viện đã phục vụ nhiều bạn đọc.\n');
    expect(e.document.subject).toBe('Tổ chức ngày hội đọc sách của thư viện huyện trong tháng tư');
  });
});

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÌNH\nSố: 31/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nYên Bình, ngày 4 tháng 5 năm 2027\n\n';

describe('header.subject.lead-wrapped and a wrapped year span', () => {
  it('reads a trích yếu that opens like a body, its first line ending in a comma over small letters', async () => {
    const { e } = await run(HEAD + 'KẾ HOẠCH\nThực hiện Chương trình số 05 về phát triển du lịch cộng đồng của tỉnh theo hướng bền vững,\nhiệu quả giai đoạn 2027-2030\n\nCăn cứ Luật Du lịch năm 2017;\n');
    expect(e.document.subject).toBe('Thực hiện Chương trình số 05 về phát triển du lịch cộng đồng của tỉnh theo hướng bền vững, hiệu quả giai đoạn 2027-2030');
  });

  it('keeps a year span left alone on the last line', async () => {
    const { e } = await run(HEAD + 'KẾ HOẠCH\nTuyên truyền, phổ biến giáo dục pháp luật cho đồng bào dân tộc thiểu số nhiệm kỳ\n2027 – 2032\nCăn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;\n');
    expect(e.document.subject).toBe('Tuyên truyền, phổ biến giáo dục pháp luật cho đồng bào dân tộc thiểu số nhiệm kỳ 2027 – 2032');
  });
});

describe('header.subject.authority-broken', () => {
  it('stops an upper-case trích yếu before the authority line broken after its first word', async () => {
    const { e } = await run(
      'THỦ TƯỚNG CHÍNH PHỦ\nSố: 9/CĐ-TTg\nHà Nội, ngày 2 tháng 10 năm 2027\n\nCÔNG ĐIỆN\nVỀ VIỆC CHỦ ĐỘNG PHÒNG, CHỐNG BÃO SỐ 7\nTHỦ\nTƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển.\n',
    );
    expect(e.document.subject).toBe('Chủ động phòng, chống bão số 7');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.authority-broken');
  });
});
