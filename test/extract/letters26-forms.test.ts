// Letter lead forms of branch letters26 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 512/UBND-KT\nLạng Sơn, ngày 02 tháng 11 năm 2026\nV/v kiểm kê tài sản công\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n' +
  'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường thực hiện các nội dung sau:\n';
const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n';

describe('letters26 forms', () => {
  it('lead.intro-after-purpose: "2. Để ..., các sở, ngành (theo chức năng ...) triển khai những nội dung sau:" leads its points', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Tài chính chủ trì hướng dẫn việc kiểm kê tài sản công.\n' +
        '2. Để nâng cao hiệu quả quản lý tài sản công, các sở, ngành, Ủy ban nhân dân cấp xã theo chức năng, nhiệm vụ, ' +
        'thẩm quyền quy định triển khai thực hiện những nội dung sau:\na) Kiểm kê tài sản của đơn vị mình.\nb) Gửi kết quả về Sở Tài chính.\n' +
        '3. Để bảo đảm tiến độ, tăng cường phối hợp, các phòng chuyên môn thuộc Sở Xây dựng thực hiện những việc sau:\na) Rà soát hồ sơ nhà, đất.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['2.1'])).toEqual(['Các sở, ngành', 'Ủy ban nhân dân cấp xã']);
    expect(leads(t['2.2'])).toEqual(['Các sở, ngành', 'Ủy ban nhân dân cấp xã']);
    expect(leads(t['3.1'])).toEqual(['Các phòng chuyên môn thuộc Sở Xây dựng']);
  });

  it('agency.board-and-chief: "Chủ tịch Hội đồng Quản trị, Giám đốc các công ty ..." is one lead, as printed', async () => {
    const { e } = await run(
      HEAD +
        '1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, Chủ tịch Hội đồng Quản trị, Giám đốc các công ty thuộc tỉnh:\n' +
        'a) Kiểm kê tài sản của đơn vị mình.\n' +
        '2. Chủ tịch Hội đồng Thành viên, Tổng Giám đốc các tổng công ty thuộc tỉnh chỉ đạo kiểm kê tài sản chung.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các huyện', 'Chủ tịch Hội đồng Quản trị, Giám đốc các công ty thuộc tỉnh']);
    expect(leads(t['2'])).toEqual(['Chủ tịch Hội đồng Thành viên, Tổng Giám đốc các tổng công ty thuộc tỉnh']);
  });

  it('agency.levels-and-city: "Ủy ban nhân dân các huyện, thị xã và thành phố Đông Hà" is one body with the city\'s name', async () => {
    const { e } = await run(
      HEAD +
        '1. Ủy ban nhân dân các huyện, thị xã và thành phố Đông Hà chỉ đạo kiểm tra các hồ chứa.\n' +
        '2. Ban Chỉ huy Phòng chống thiên tai các huyện, thị xã và thành phố Đông Hà, Sở Xây dựng:\n- Theo dõi chặt chẽ diễn biến mưa lũ.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Ủy ban nhân dân các huyện, thị xã và thành phố Đông Hà']);
    expect(leads(t['2.1'])).toEqual(['Ban Chỉ huy Phòng chống thiên tai các huyện, thị xã và thành phố Đông Hà', 'Sở Xây dựng']);
  });
});
