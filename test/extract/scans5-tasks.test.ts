// task.skip.entry-into-force (issue 10, scans5): a decision's article that says when it takes effect is not a task, also
// when it follows the numbered items of an article that assigns work (where it reads as one more item) and when the OCR
// garbled "hiệu". The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const decision = (force: string) =>
  'BỘ TRƯỞNG BỘ NỘI VỤ\nSố: 215/QĐ-BNV\tHà Nội, ngày 14 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ rà soát hồ sơ công chức\n' +
  'BỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Luật Cán bộ, công chức;\nQUYẾT ĐỊNH:\n' +
  'Điều 1. Giao Vụ Công chức - Viên chức:\n\n1. Rà soát hồ sơ công chức của các đơn vị trực thuộc Bộ.\n\n' +
  '2. Tổng hợp kết quả rà soát, báo cáo Bộ trưởng trước ngày 30 tháng 9 năm 2025.\n\n' +
  `Điều 2. ${force}\n\n` +
  'Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Công chức - Viên chức chịu trách nhiệm thi hành Quyết định này./.\n' +
  'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nBỘ TRƯỞNG\nTrần Văn Minh\n';

describe('task.skip.entry-into-force', () => {
  for (const force of ['Quyết định này có hiệu lực kể từ ngày ký.', 'Quyết định này có biệu lực từ ngày ký ban hành,', 'Quyết định này có hiệu lực thi hành từ ngày ký.']) {
    it(`"${force}" is no task`, async () => {
      const { e } = await run(decision(force));
      expect(e.tasks.filter((t) => /lực/u.test(t.action))).toEqual([]);
      expect(e.tasks.map((t) => t.action)).toContain('Rà soát hồ sơ công chức của các đơn vị trực thuộc Bộ');
    });
  }

  it('keeps an item that asks a body to see that a text takes effect', async () => {
    const { e } = await run(decision('Vụ Pháp chế theo dõi việc áp dụng các văn bản có hiệu lực từ ngày 01 tháng 9 năm 2025.'));
    expect(e.tasks.some((t) => /^Theo dõi việc áp dụng/u.test(t.action))).toBe(true);
  });
});
