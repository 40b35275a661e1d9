// Task forms of the scantasks round (issue 10): a decision's item that shares out quantities over dash points, and a
// clause that lists quantities between ";". The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';


const head =
  'THỦ TƯỚNG CHÍNH PHỦ\nSố: 123/QĐ-TTg\tHà Nội, ngày 02 tháng 10 năm 2023\nQUYẾT ĐỊNH\nVề việc xuất cấp gạo từ nguồn dự trữ quốc gia\n' +
  'THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Dự trữ quốc gia;\nTheo đề nghị của Bộ Tài chính;\nQUYẾT ĐỊNH:\n';
const tail = 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n';

describe('scantasks round forms', () => {
  it('task.allocation: dash points "<body>: <quantity> ..." share out their item\'s task and are not tasks', async () => {
    const { e } = await run(
      head +
        'Điều 1.\n1. Bộ Công Thương xuất cấp không thu tiền 2.500 tấn gạo từ nguồn dự trữ quốc gia cho các tỉnh: Hà Giang, Yên Bái, Sơn La để cứu đói, cụ thể:\n' +
        '- Tỉnh Hà Giang: 1.200 tấn gạo;\n- Tỉnh Yên Bái: 800 tấn gạo;\n- Tỉnh Sơn La: 500 tấn gạo.\n' +
        '2. Ủy ban nhân dân các tỉnh Hà Giang, Yên Bái, Sơn La tổ chức tiếp nhận, phân phối kịp thời, đúng đối tượng.\n' +
        tail,
    );
    // No task of a province's share; the item's own task, its action without "cụ thể".
    expect(e.tasks.filter((t) => t.lead.some((l) => /^Tỉnh /u.test(l.name)))).toEqual([]);
    const t = e.tasks.find((x) => x.rule === 'task.allocation');
    expect(leads(t)).toEqual(['Bộ Công Thương']);
    expect(t!.action).toBe('Xuất cấp không thu tiền 2.500 tấn gạo từ nguồn dự trữ quốc gia cho các tỉnh: Hà Giang, Yên Bái, Sơn La để cứu đói');
  });

  it('keeps dash points that assign work as tasks of their own', async () => {
    const { e } = await run(
      head +
        'Điều 1.\n1. Giao các bộ thực hiện các nhiệm vụ sau:\n' +
        '- Bộ Tài chính: bố trí kinh phí theo quy định;\n- Bộ Công Thương: hướng dẫn các tỉnh tiếp nhận hàng.\n' +
        tail,
    );
    const t = byId(e.tasks);
    expect(leads(t['1.1'])).toEqual(['Bộ Tài chính']);
    expect(leads(t['1.2'])).toEqual(['Bộ Công Thương']);
    expect(e.tasks.some((x) => x.rule === 'task.allocation')).toBe(false);
  });

  it('action.quantities: a ";" before a quantity does not end the action', async () => {
    const { e } = await run(
      head + 'Điều 1.\n1. Bộ Công Thương xuất cấp 30 tấn hạt giống lúa; 12,5 tấn hạt giống ngô cho tỉnh Hà Giang; báo cáo kết quả về Bộ Tài chính.\n' + tail,
    );
    const t = byId(e.tasks);
    expect(t['1']!.action).toBe('Xuất cấp 30 tấn hạt giống lúa; 12,5 tấn hạt giống ngô cho tỉnh Hà Giang; báo cáo kết quả về Bộ Tài chính');
  });
});
