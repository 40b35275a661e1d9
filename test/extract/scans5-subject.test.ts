// header.subject.stamp-debris (issue 10, scans5): a stamp or seal over the trích yếu leaves specks the OCR reads as
// symbols, on a line of their own or before a wrapped line, or alone between two words; they are no part of the
// trích yếu. The texts are made up.
import { describe, expect, it } from 'vitest';
import { debrisPrefix } from '../../src/extract/header.js';
import { run } from './helpers.js';

const decision = (subject: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 41/QĐ-UBND\tLâm Đồng, ngày 12 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n' +
  subject +
  '\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n' +
  'QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh mục công trình sửa chữa trường học năm 2025.\n' +
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n\nLê Văn Hòa\n';

describe('header.subject.stamp-debris', () => {
  it('skips a line of specks between two lines of the trích yếu', async () => {
    const { e } = await run(decision('Về việc phê duyệt danh mục công trình sửa chữa\nK3 5 ˆ +\ntrường học năm 2025'));
    expect(e.document.subject).toBe('Phê duyệt danh mục công trình sửa chữa trường học năm 2025');
    expect(e.document.rules?.subjectDebris).toBe('header.subject.stamp-debris');
  });

  it('drops specks before a wrapped line and alone between two words', async () => {
    const { e } = await run(decision('Về việc phê duyệt › danh mục công trình sửa chữa\n2 ¬ trường học năm 2025'));
    expect(e.document.subject).toBe('Phê duyệt danh mục công trình sửa chữa trường học năm 2025');
    expect(e.document.rules?.subjectDebris).toBe('header.subject.stamp-debris');
  });

  it('keeps a trích yếu without specks, its dashes and numbers included', async () => {
    const { e } = await run(decision('Về việc phê duyệt danh mục công trình sửa chữa\ntrường học giai đoạn 2025 - 2026'));
    expect(e.document.subject).toBe('Phê duyệt danh mục công trình sửa chữa trường học giai đoạn 2025 - 2026');
    expect(e.document.rules?.subjectDebris).toBeUndefined();
  });

  it('does not run on over a line of specks into a capitalised line', async () => {
    const { e } = await run(decision('Về việc phê duyệt danh mục công trình sửa chữa trường học\nK3 5 ˆ +\nNăm học mới'));
    expect(e.document.subject).toBe('Phê duyệt danh mục công trình sửa chữa trường học');
  });

  it('measures a line of leading debris only when it holds a symbol', () => {
    expect(debrisPrefix('F4 7 ˆ +')).toBe(8);
    expect(debrisPrefix('1 ¬ hỗ trợ')).toBe(4);
    expect(debrisPrefix('5 xã thuộc huyện')).toBe(0);
    expect(debrisPrefix('hỗ trợ các tỉnh')).toBe(0);
    expect(debrisPrefix('- về nội dung')).toBe(0);
  });
});
