// Lines wrapped at the margin, as a PDF text layer without layout gives them: names and titles go on over the break.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 21/UBND-NN\nV/v kiểm tra công trình thủy lợi\n\nKính gửi: Các sở, ngành tỉnh.\n\n';

describe('agency.wrapped-name', () => {
  it('joins a place name broken at the end of a long line, in a lead and in a coordinator', async () => {
    const { e } = await run(
      head +
        '1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân huyện Hoài\nNhơn kiểm tra hồ đập trước mùa mưa bão.\n' +
        '2. Để bảo đảm an toàn hồ chứa trong mùa mưa năm nay, giao Ủy ban nhân dân xã Phước\nThắng chủ trì nạo vét kênh.\n',
    );
    expect(e.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinate.map((c) => c.name)])).toEqual([
      [['Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân huyện Hoài Nhơn']],
      [['Ủy ban nhân dân xã Phước Thắng'], []],
    ]);
  });

  it('does not join the next row of a list of short lines', async () => {
    const { e } = await run(head + 'Giao các đơn vị sau kiểm tra hồ đập:\n- Ủy ban nhân dân huyện Hoài\nNhơn Phong kiểm tra.\n');
    expect(e.agencies.map((a) => a.name)).not.toContain('Ủy ban nhân dân huyện Hoài Nhơn Phong');
  });
});

describe('header.subject: an upper-case title wrapped over lines', () => {
  it('goes on past a line whose cited symbol has small letters ("QĐ-TTg")', async () => {
    const { e } = await run(
      'BỘ NỘI VỤ\nSố: 08/KH-BNV\n\nKẾ HOẠCH\n\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 45/QĐ-TTg NGÀY 10 THÁNG 1 NĂM 2024 CỦA THỦ\nTƯỚNG CHÍNH PHỦ VỀ CẢI CÁCH HÀNH CHÍNH\n\nCăn cứ Luật Tổ chức Chính phủ năm 2015;\n',
    );
    expect(e.document.subject).toBe('Thực hiện Quyết định số 45/QĐ-TTg ngày 10 tháng 1 năm 2024 của Thủ tướng Chính phủ về cải cách hành chính');
  });
});

describe('header.issuer.left-cell', () => {
  it('reads the issuer from the left cells of a tabbed letter head, without the motto or the place and date', async () => {
    const { e } = await run(
      'BAN VẬN ĐỘNG QUỸ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKHU DÂN CƯ SỐ BA\tĐộc lập - Tự do - Hạnh phúc\nTỔ CÔNG TÁC\tHòa An, ngày 3 tháng 2 năm 2026\nSố: 04/KH-TCT\n\nKẾ HOẠCH\nTuyên truyền phòng chống dịch bệnh\n\nI. MỤC ĐÍCH\n',
    );
    expect(e.document.place).toBe('Hòa An');
    expect(e.document.issuer?.name).not.toMatch(/cộng hòa/i);
    // head13: the last line names the issuing unit under its parent, and it issues alone (header.issuer.unit-line)
    expect(e.document.issuer?.name).toBe('Tổ Công tác');
  });
});

describe('agency.title-pair only over a collective', () => {
  it('a list of persons by title ("Bộ trưởng, Thủ trưởng cơ quan X, Bí thư") is no lead named "Bộ trưởng, Thủ trưởng"', async () => {
    const { e } = await run(
      'BAN CHỈ ĐẠO\nSố: 7-TB/BCĐ\n\nTHÔNG BÁO\nKết luận của Trưởng Ban\n\nDự họp có các đồng chí Bộ trưởng, Thủ trưởng cơ quan Trung ương, Bí thư Tỉnh ủy.\n1. Bộ Tài chính bố trí kinh phí cho các đề án.\n2. Bộ trưởng, Thủ trưởng các bộ, cơ quan ngang bộ chỉ đạo rà soát thủ tục.\n',
    );
    expect(e.tasks.flatMap((t) => t.lead.map((l) => l.name))).not.toContain('Bộ trưởng, Thủ trưởng');
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toContainEqual(['Bộ trưởng, Thủ trưởng các bộ, cơ quan ngang bộ']);
  });
});
