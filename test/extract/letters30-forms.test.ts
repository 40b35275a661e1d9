// Letter task forms of branch letters30 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, coords } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH NAM\nSố: 318/UBND-KT\nHòa Bình Nam, ngày 09 tháng 11 năm 2026\nV/v bảo đảm hàng hóa dịp cuối năm\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\nỦy ban nhân dân tỉnh yêu cầu:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Tâm\n';

describe('letters30 forms', () => {
  it('coordinate.later-clauses: each "...; phối hợp với B ..." clause of a task names more partners', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Công Thương theo dõi nguồn cung hàng hóa; chủ động phối hợp với Sở Tài chính xây dựng phương án bình ổn giá; ' +
        'phối hợp với Sở Xây dựng bảo đảm lưu thông hàng hóa thông suốt.\n' +
        '2. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm. Phối hợp với các cơ quan liên quan xử lý nghiêm vi phạm.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(coords(t['1'])).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    expect(coords(t['2'])).toEqual(['Công an tỉnh', 'Các cơ quan liên quan']);
  });
});
