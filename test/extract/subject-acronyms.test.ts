// header.subject.acronyms: a trích yếu printed in capitals keeps its acronyms and long Roman numerals when put in
// sentence case. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const END = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Sơn\n';

describe('subject in capitals', () => {
  it('keeps UBND, CSDL and XIV as printed', async () => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\n${MOTTO}Số: 12/KH-UBND\nNam Sơn, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\n` +
      'TRIỂN KHAI NGHỊ QUYẾT ĐẠI HỘI XIV CỦA ĐẢNG VÀ CẬP NHẬT CSDL CÁN BỘ CỦA UBND CẤP XÃ\n' +
      'Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n1. Sở Nội vụ chủ trì cập nhật dữ liệu.\n' + END;
    const { e } = await run(text);
    expect(e.document.subject).toMatch(/^Triển khai nghị quyết đại hội XIV của .+ và cập nhật CSDL cán bộ của UBND cấp xã$/);
    // a Roman numeral of two letters may be a syllable in capitals (VI, XI): it takes the sentence's case.
    const vi = text.replace('ĐẠI HỘI XIV', 'VI PHẠM');
    expect((await run(vi)).e.document.subject).toMatch(/^Triển khai nghị quyết vi phạm của /);
  });
});
