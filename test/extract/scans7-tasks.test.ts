// task.skip.execution-garbled (issue 10, scans7): a decision's execution clause with words lost under a seal or a fold
// ("... các đơn vị liên trách thi định này./.") is not a task. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const decision = (last: string) =>
  'BỘ TRƯỞNG BỘ NỘI VỤ\nSố: 216/QĐ-BNV\tHà Nội, ngày 14 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ rà soát hồ sơ công chức\n' +
  'BỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Luật Cán bộ, công chức;\nQUYẾT ĐỊNH:\n' +
  'Điều 1. Giao Vụ Công chức - Viên chức rà soát hồ sơ công chức của các đơn vị trực thuộc Bộ.\n\n' +
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n' +
  `Điều 3. ${last}\n` +
  'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nBỘ TRƯỞNG\nTrần Văn Minh\n';

describe('task.skip.execution-garbled', () => {
  it('drops the execution clause whose "chịu trách nhiệm thi hành Quyết" the OCR lost', async () => {
    const { e } = await run(decision('Bộ trưởng các Bộ: Xây dựng, Công Thương và Chủ tịch Ủy ban nhân dân các tỉnh có tên tại Điều 1 và các đơn vị liên trách thi\nđịnh này./.'));
    expect(e.tasks.filter((t) => /định này/u.test(t.action) || /^3/.test(t.id))).toEqual([]);
    expect(e.tasks.some((t) => /^Rà soát hồ sơ công chức/u.test(t.action))).toBe(true);
  });

  it('keeps an article that assigns work and ends otherwise', async () => {
    const { e } = await run(decision('Vụ Tổ chức cán bộ chịu trách nhiệm tổng hợp danh sách, báo cáo Bộ trưởng trước ngày 30/9/2025./.'));
    expect(e.tasks.some((t) => /tổng hợp danh sách/u.test(t.action))).toBe(true);
  });
});
