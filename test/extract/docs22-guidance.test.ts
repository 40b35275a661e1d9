// Round docs22 (issue 9): a guidance letter ("... hướng dẫn ... như sau:") whose own section "TỔ CHỨC THỰC HIỆN" shares
// the guidance out by body: its items are tasks, whether or not the gazetteer knows the bodies (task.guidance-execution);
// the rules it states elsewhere stay no one's tasks (task.guidance). The text is made up; no document of the dev or
// test sets is quoted.
import { describe, expect, it } from 'vitest';
import { byId, leads, run } from './helpers.js';

const letter = (execution: string) =>
  'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 512/BVHTTDL-TV\tHà Nội, ngày 14 tháng 3 năm 2024\nV/v hướng dẫn xây dựng tủ sách cộng đồng\n' +
  'Kính gửi: Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố.\n' +
  'Để thống nhất thực hiện, Bộ Văn hóa, Thể thao và Du lịch hướng dẫn xây dựng tủ sách cộng đồng như sau:\n' +
  'I. YÊU CẦU\n1. Tủ sách đặt ở nơi thuận tiện cho người đọc.\n2. Sách được sắp xếp theo chủ đề.\n' +
  `II. ${execution}\n` +
  '1. Ủy ban nhân dân cấp huyện hướng dẫn nghiệp vụ, bổ sung sách cho tủ sách cộng đồng trên địa bàn.\n' +
  '2. Phòng Văn hóa và Thông tin cấp huyện bố trí chỗ đặt tủ sách và cử người trông coi.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT, TV.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Sơn\n';

describe('docs22 guidance letters', () => {
  it('reads the items of its "TỔ CHỨC THỰC HIỆN" section as tasks, not the rules before it', async () => {
    const { e } = await run(letter('TỔ CHỨC THỰC HIỆN'));
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['2.1', '2.2']);
    expect(leads(t['2.1'])).toEqual(['Ủy ban nhân dân cấp huyện']);
    expect(leads(t['2.2'])).toEqual(['Phòng Văn hóa và Thông tin cấp huyện']);
  });

  it('keeps them out under any other title (task.guidance)', async () => {
    const { e } = await run(letter('NỘI DUNG HƯỚNG DẪN'));
    expect(e.tasks).toHaveLength(0);
  });
});
