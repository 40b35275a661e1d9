// Leads of points in letters (branch letters32, issue 9). Made-up letters of made-up bodies, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const TAIL = 'Nơi nhận:\n- Các đơn vị thành viên;\n- Lưu: VT.\nTỔNG GIÁM ĐỐC\nTrần Văn Minh\n';

describe('letters32 lead.point-own-subject only under a lead', () => {
  it('a findings notice with nobody asked: a point naming a head and its work is no task', async () => {
    const { e } = await run(
      'TỔNG CÔNG TY CƠ KHÍ BẮC SƠN\nSố: 77/TB-TCT\nBắc Sơn, ngày 03 tháng 12 năm 2026\nTHÔNG BÁO\n' +
        'Về kết quả kiểm tra công tác an toàn lao động năm 2026\n' +
        'Tổng công ty thông báo kết quả kiểm tra công tác an toàn lao động năm 2026 như sau:\n' +
        '1. Đoàn kiểm tra đã làm việc tại 12 đơn vị trong tháng 11 năm 2026.\n' +
        '2. Ban giám đốc các xí nghiệp may mặc tổ chức huấn luyện an toàn cho 1.200 công nhân trong năm.\n' +
        TAIL,
    );
    for (const t of e.tasks) expect(t.leadRule).not.toBe('lead.point-own-subject');
    expect(byId(e.tasks)['2']).toBeUndefined();
  });
});

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH NAM\nSố: 412/UBND-VX\nHòa Bình Nam, ngày 14 tháng 11 năm 2026\nV/v phòng chống dịch bệnh mùa đông\n' +
  'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n' +
  'Ủy ban nhân dân tỉnh đề nghị các sở, ngành, địa phương thực hiện các nội dung sau:\n';
const END = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Khải\n';

describe('letters32 lead.item-lead-in', () => {
  it('a title line, then "(Để ..., ) <bodies> có trách nhiệm / có nhiệm vụ:" over points: the bodies lead them, the title is no task', async () => {
    const { e } = await run(
      HEAD +
        '1. Tăng cường công tác truyền thông phòng dịch:\n' +
        'Để nâng cao hiệu quả truyền thông, Thủ trưởng các sở, ban, ngành có trách nhiệm:\n' +
        'a) Phổ biến kiến thức phòng dịch cho cán bộ, công chức.\nb) Treo khẩu hiệu tại trụ sở cơ quan.\n' +
        '2. Công tác kiểm tra\nChủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm thực hiện các nội dung sau:\n' +
        'a) Lập danh sách hộ gia đình có nguy cơ.\nb) Tổ chức phun thuốc khử trùng.\n' +
        '3. Về kinh phí:\nSở Tài chính có nhiệm vụ:\n' +
        'a) Thẩm định dự toán kinh phí phòng dịch của các đơn vị.\nb) Cấp bổ sung kinh phí trước ngày 30/12/2026.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Thủ trưởng các sở, ban, ngành']);
    expect(leads(t['1.2'])).toEqual(['Thủ trưởng các sở, ban, ngành']);
    expect(t['1.1']!.leadRule).toBe('lead.item-lead-in');
    expect(leads(t['2.2'])).toEqual(['Chủ tịch Ủy ban nhân dân các xã, phường']);
    expect(leads(t['3.1'])).toEqual(['Sở Tài chính']);
    expect(t['1']).toBeUndefined();
    expect(t['2']).toBeUndefined();
    expect(t['3']).toBeUndefined();
  });

  it('a first line that does the work itself is no title: the item keeps its task', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Y tế tổ chức tập huấn phòng dịch.\nCác trạm y tế xã có trách nhiệm:\n' +
        'a) Cử cán bộ tham gia tập huấn.\nb) Báo cáo kết quả về Sở Y tế.\n' +
        END,
    );
    for (const t of e.tasks) expect(t.leadRule).not.toBe('lead.item-lead-in');
  });
});

describe('letters32 task.recounted-assignment', () => {
  const LETTER = (body: string) =>
    'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH NAM\nSố: 530/UBND-XD\nHòa Bình Nam, ngày 01 tháng 12 năm 2026\nV/v báo cáo rà soát nhà chung cư cũ\n' +
    'Kính gửi: Sở Xây dựng.\n' + body + END;

  it('an opening that recounts what an earlier letter asked is no task; the request after it is', async () => {
    const { e } = await run(
      LETTER(
        'Tại Công văn số 215/UBND-XD ngày 02 tháng 10 năm 2026 của Ủy ban nhân dân tỉnh, Phó Chủ tịch Ủy ban nhân dân tỉnh đã giao Sở Xây dựng ' +
          'rà soát các nhà chung cư cũ trên địa bàn, báo cáo trước ngày 30 tháng 10 năm 2026.\n' +
          'Đến nay, Ủy ban nhân dân tỉnh chưa nhận được báo cáo của Sở Xây dựng.\n' +
          'Ủy ban nhân dân tỉnh đề nghị Sở Xây dựng khẩn trương báo cáo kết quả rà soát trước ngày 15 tháng 12 năm 2026.\n',
      ),
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]!.action).toMatch(/^Khẩn trương báo cáo kết quả rà soát/);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-12-15');
  });

  it('an opening that recounts with a request after ";" still asks', async () => {
    const { e } = await run(
      LETTER(
        'Tại Công văn số 88/BXD-QLN, Bộ Xây dựng đã đề nghị các tỉnh rà soát nhà chung cư cũ; Ủy ban nhân dân tỉnh giao Sở Xây dựng ' +
          'chủ trì triển khai, báo cáo trước ngày 20 tháng 12 năm 2026.\n',
      ),
    );
    expect(e.tasks).toHaveLength(1);
  });
});

describe('letters32 lead.heading-members', () => {
  it('"<kind of body> (<A>, <B>, <C>):" over points: the bodies in the brackets lead them', async () => {
    const { e } = await run(
      HEAD +
        '1. Các cơ quan cấp phép xây dựng (Sở Xây dựng, Ban quản lý Khu kinh tế Cửa Nam, Ban quản lý\nKhu công nghiệp Đông Sơn):\n' +
        'a) Tiếp nhận hồ sơ đề nghị cấp phép.\nb) Kiểm tra công trình sau cấp phép.\n' +
        '2. Các đơn vị sự nghiệp (sau đây gọi chung là đơn vị):\na) Rà soát hồ sơ viên chức.\nb) Báo cáo Sở Nội vụ.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Sở Xây dựng', 'Ban quản lý Khu kinh tế Cửa Nam', 'Ban quản lý Khu công nghiệp Đông Sơn']);
    expect(t['1.2']!.leadRule).toBe('lead.heading-members');
    // A bracket that names no bodies ("sau đây gọi chung là ...") is no list of members.
    expect(t['2.1']?.leadRule).not.toBe('lead.heading-members');
  });
});

describe('letters32 task.skip.accountability', () => {
  it('"chịu trách nhiệm trước <authority> về ..." alone is no task; with a clause of work after a comma it is', async () => {
    const { e } = await run(
      HEAD +
        '1. Thủ trưởng các sở, ban, ngành:\n' +
        'a) Chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh về tiến độ, chất lượng công tác phòng dịch.\n' +
        'b) Chịu trách nhiệm trước Ủy ban nhân dân tỉnh về công tác phòng dịch tại đơn vị, chủ động bố trí kinh phí mua vật tư.\n' +
        'c) Người đứng đầu các đơn vị chịu trách nhiệm trước Ủy ban nhân dân tỉnh nếu để dịch lây lan do thiếu kiểm tra, giám sát.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(t['1.1']).toBeUndefined();
    expect(t['1.2']?.action).toMatch(/chủ động bố trí kinh phí/);
    expect(t['1.3']).toBeUndefined();
  });
});

describe('letters32 task.direction-points', () => {
  it('"<work>, theo hướng:" over points (a gazette head between) is one task, the points none', async () => {
    const { e } = await run(
      HEAD +
        '1. Xây dựng phương án bố trí cán bộ, công chức cấp xã trước ngày 30/12/2026, theo hướng:\n' +
        'CÔNG BÁO/Số 415/Ngày 09-12-2026\n57\n' +
        '- Ưu tiên người có năng lực, kinh nghiệm công tác ở cơ sở.\n- Bảo đảm đủ số lượng theo vị trí việc làm.\n' +
        '2. Tổ chức tập huấn nghiệp vụ cho công chức cấp xã.\n' +
        END,
    );
    const t = byId(e.tasks);
    expect(t['1']?.rule).toBe('task.direction-points');
    expect(t['1']?.deadline?.due).toBe('2026-12-30');
    expect(t['1.1']).toBeUndefined();
    expect(t['1.2']).toBeUndefined();
    expect(t['2']).toBeDefined();
  });
});
