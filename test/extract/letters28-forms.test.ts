// Letter lead forms of branch letters28 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nXÃ HÒA SƠN\nSố: 214/UBND-VP\nHòa Sơn, ngày 12 tháng 10 năm 2026\nV/v đẩy mạnh dịch vụ công trực tuyến\n' +
  'Kính gửi:\n- Các ban, ngành, đoàn thể xã;\n- Trưởng các thôn.\nChủ tịch Ủy ban nhân dân xã chỉ đạo như sau:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n';

describe('letters28 forms', () => {
  it('lead.asked-organs and lead.subject-when: paragraphs under a request heading name their own bodies', async () => {
    const { e } = await run(
      HEAD +
        '1. Đề nghị Đảng ủy, HĐND, UBMTTQVN và các ban, ngành, đoàn thể, thôn và các\ntrường học trên địa bàn xã:\n' +
        'Đề nghị Đảng ủy, HĐND, UBMTTQ và các đoàn thể, cơ quan, trường học, thôn triển khai đến hội viên việc nộp hồ sơ trực tuyến.\n' +
        'Đề nghị MTTQ và các tổ chức thành viên thành lập các tổ hỗ trợ người dân cài đặt ứng dụng.\n' +
        'Các cơ quan, đơn vị, tổ chức khi cần sao y giấy tờ thì phải dùng bản sao điện tử.\n' +
        '2. Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã thường xuyên trao đổi thông tin về đơn thư.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Đảng ủy', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc', 'Các đoàn thể, cơ quan, trường học, thôn']);
    expect(t['1.1']?.action).toMatch(/^Triển khai đến hội viên/);
    expect(leads(t['1.2'])).toEqual(['Mặt trận Tổ quốc', 'Các tổ chức thành viên']);
    expect(leads(t['1.3'])).toEqual(['Các cơ quan, đơn vị, tổ chức']);
    expect(t['1.3']?.action).toMatch(/^Khi cần sao y/);
    // (A verb's word in capitals inside a name, "Ủy ban Kiểm tra", ends no list of organs.)
    expect(t['2']?.leadRule).not.toBe('lead.asked-organs');
  });

  it('lead.giao-line: "Giao <unit>" alone on the item\'s line over a line that opens with its verb', async () => {
    const { e } = await run(
      HEAD +
        '1. Giao công chức Văn phòng - Thống kê phụ trách cải cách hành chính\nChủ trì, hướng dẫn người dân thực hiện thủ tục trực tuyến.\n' +
        '2. Giao bộ phận Văn hóa - Xã hội\nChủ động tuyên truyền trên loa truyền thanh của xã.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Công chức Văn phòng - Thống kê phụ trách cải cách hành chính']);
    expect(leads(t['2'])).toEqual(['Bộ phận Văn hóa - Xã hội']);
    expect(t['2']?.action).toMatch(/^Chủ động tuyên truyền/);
  });
});
