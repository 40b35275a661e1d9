// lead.colon-long-name (issue 10, scans13): an item that opens with a long name of a body the gazetteer does not know (a
// bank's provincial branch, a board of zones, or a name the OCR damaged) before a colon and a verb leads its item; the
// opening's addressees are not its lead. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const directive = (items: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 12/CT-UBND\tKhánh Hòa, ngày 09 tháng 3 năm 2024\nCHỈ THỊ\nVề việc đẩy mạnh thanh toán không dùng tiền mặt\n' +
  'Để đẩy mạnh thanh toán không dùng tiền mặt, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện các nội dung sau:\n\n' +
  '1. Sở Tài chính: Chủ trì hướng dẫn các đơn vị dự toán thanh toán qua tài khoản.\n\n' +
  items +
  '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Hòa\n';

describe('lead.colon-long-name', () => {
  it('takes a long name before the colon when a verb follows it', async () => {
    const { e } = await run(
      directive(
        '2. Kho bạc Nhà nước Khu vực Mười Hai - Phòng Giao dịch số Ba Khánh Hòa: Phối hợp với các ngân hàng thương mại mở rộng\nthanh toán điện tử.\n\n' +
          '3. Ban Quàn lý Khu Công nghệ cao và các Khu chế xuất tỉnh:\nHướng dẫn các doanh nghiệp trong khu sử dụng chứng từ điện tử.\n',
      ),
    );
    const two = e.tasks.find((t) => /thanh toán điện tử/u.test(t.action));
    const three = e.tasks.find((t) => /chứng từ điện tử/u.test(t.action));
    expect(two?.lead.map((l) => l.name)).toEqual(['Kho bạc Nhà nước Khu vực Mười Hai - Phòng Giao dịch số Ba Khánh Hòa']);
    expect(three?.lead.map((l) => l.name)).toEqual(['Ban Quàn lý Khu Công nghệ cao và các Khu chế xuất tỉnh']);
    expect(three?.action).toMatch(/^Hướng dẫn các doanh nghiệp/u);
  });

  it('leaves a topic before a colon that no verb follows to the heading', async () => {
    const { e } = await run(directive('2. Về Thanh Toán Qua Ngân Hàng Và Kho Bạc Nhà Nước: các khoản chi thường xuyên được chuyển khoản.\n'));
    const two = e.tasks.find((t) => /chuyển khoản/u.test(t.action));
    expect(two?.lead.map((l) => l.name) ?? []).not.toContain('Về Thanh Toán Qua Ngân Hàng Và Kho Bạc Nhà Nước');
  });
});

// agency-words.tsv va-head "kho bạc", "ngân hàng": after "và" they open a body of their own, so a heading "Sở X và Kho bạc
// Nhà nước tỉnh" is two bodies and its point "a) Sở X ..." keeps its own subject (not stretched to the heading's name).
describe('va-head: a treasury or a bank after "và"', () => {
  it('gives each lettered point under a two-body heading its own subject', async () => {
    const { e } = await run(
      directive(
        '2. Sở Xây dựng và Kho bạc Nhà nước tỉnh\n\na) Sở Xây dựng hướng dẫn hồ sơ thanh toán vốn cho các chủ đầu tư;\n\n' +
          'b) Kho bạc Nhà nước tỉnh kiểm soát chi và thanh toán kịp thời cho các chủ đầu tư.\n',
      ),
    );
    const a = e.tasks.find((t) => /hồ sơ thanh toán vốn/u.test(t.action));
    expect(a?.lead.map((l) => l.name)).toEqual(['Sở Xây dựng']);
  });
});
