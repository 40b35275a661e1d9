// lead.must-subject with "cụ thể hóa": "<opening>, <bodies> cần cụ thể hóa và tổ chức thực hiện các nhiệm vụ sau đây:"
// names who carries out every point below (a Government action programme's task section). Made-up text.
import { describe, expect, it } from 'vitest';
import { leads, run } from './helpers.js';

const head = 'CHÍNH PHỦ\nSố: 10/NQ-CP\tHà Nội, ngày 05 tháng 3 năm 2026\nNGHỊ QUYẾT\nVề chương trình hành động\n\n';
const body = (verb: string) =>
  `I. MỤC TIÊU\n\n1. Thống nhất nhận thức.\n\nII. NHIỆM VỤ CỤ THỂ\n\nNhằm đạt được mục tiêu đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần ${verb} các nhiệm vụ sau đây:\n\n1. Hoàn thiện thể chế\n\na) Rà soát các quy định về đầu tư công.\n\nb) Xây dựng cơ chế thử nghiệm chính sách mới.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Tài chính chủ trì theo dõi, đôn đốc việc thực hiện.\n`;

describe('verbs that open a must-clause', () => {
  it('reads "cần cụ thể hóa ... các nhiệm vụ sau đây:" as naming who does the points', async () => {
    const { e } = await run(head + body('cụ thể hóa và tổ chức triển khai thực hiện'));
    const t = e.tasks.find((x) => x.id === '2.1.2');
    expect(leads(t)).toEqual(['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});
