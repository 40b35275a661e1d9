// Issue 9 (tables33): the made-up task tables of tables32 (test/fixtures/tables32/) as a reader gets them by pasting
// from the PDF (copy-text.mjs): cells on one line joined by a space, the header on one line. Rules: task.table-pasted
// (src/extract/forms/pasted.ts) with table.pasted-body-cut and table.pasted-header-again. All fail on main (0/35).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const DIR = new URL('../fixtures/tables32/', import.meta.url).pathname;
interface Expected { id: string; action: string; lead: string[]; coordinate: string[]; due: string | null }
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

async function tasksOf(name: string) {
  const { e } = await run(readFileSync(`${DIR}${name}.txt`, 'utf8'), `${name}.txt`);
  const got = e.tasks.map((t) => ({ action: norm(t.action), lead: t.lead.map((x) => x.name), coordinate: t.coordinate.map((x) => x.name), due: t.deadline?.due ?? null }));
  const exp = (JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected[]).map((x) => ({ action: norm(x.action), lead: x.lead, coordinate: x.coordinate, due: x.due }));
  return { exp, got, rules: e.tasks.map((t) => t.rule) };
}

describe('tables33: task tables pasted as text', () => {
  for (const [name, what] of [
    ['t1-appendix', 'groups I/II; lead and partners joined on a line ("... Môi trường" / "Ủy ban ... các xã Tháng")'],
    ['t2-single-doer', 'one doers\' column, groups A./B., a body in the work ("về Ủy ban nhân dân tỉnh")'],
    ['t3-combined-roles', '"Đơn vị chủ trì/phối hợp", "(chủ trì);" in the cell, "1" over "1.1"'],
    ['t6-narrow-wrapped', 'wrapped labels; "Ban ... Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh" one name each'],
  ] as const) {
    it(`${name}: ${what}`, async () => {
      const { exp, got, rules } = await tasksOf(name);
      expect(got).toEqual(exp);
      expect(new Set(rules)).toEqual(new Set(['task.table-pasted']));
    });
  }
  it('t4-pages-merged: the header repeated mid-row (table.pasted-header-again); not the merged lead (rows 2-3)', async () => {
    const { exp, got } = await tasksOf('t4-pages-merged');
    expect(got).toHaveLength(exp.length);
    const right = exp.filter((x) => got.some((g) => JSON.stringify(g) === JSON.stringify(x)));
    expect(right.length).toBe(7);
    expect(right.map((x) => exp.indexOf(x) + 1)).toEqual([1, 4, 5, 6, 7, 8, 9]);
  });
  it('t5-deadline-first: the deadline column before the doers', async () => {
    const { exp, got } = await tasksOf('t5-deadline-first');
    expect(got).toHaveLength(exp.length);
    // Row 2's partners run into the note ("Phòng Kinh tế Kinh phí xã hội hóa"): a capitalised note is not cut off.
    expect(exp.filter((x) => got.some((g) => JSON.stringify(g) === JSON.stringify(x))).length).toBe(4);
  });
});

const LETTER = `ỦY BAN NHÂN DÂN
TỈNH ĐÔNG KHÊ
Số: 41/UBND-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Khê, ngày 5 tháng 4 năm 2026
Kính gửi: Các sở, ban, ngành tỉnh.
Ủy ban nhân dân tỉnh đề nghị:
1. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan rà soát văn bản, hoàn thành trước ngày 30/5/2026.
STT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời hạn là các cột của biểu mẫu kèm theo; các cơ quan điền đủ
các cột và gửi về Văn phòng Ủy ban nhân dân tỉnh.
2. Sở Nội vụ tổng hợp danh sách, báo cáo trước ngày 15/6/2026.
STT Họ và tên Chức vụ Đơn vị
1 Trần Văn Khải Phó Giám đốc Sở Tư pháp
2 Lê Thị Mơ Chánh Văn phòng Sở Nội vụ
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Bảy
`;

describe('tables33: prose and lists with column words are no pasted table', () => {
  it('a sentence that opens with the column words, a list of names under "STT Họ và tên ... Đơn vị"', async () => {
    const { e } = await run(LETTER);
    expect(e.tasks.filter((t) => t.rule === 'task.table-pasted')).toEqual([]);
  });
});
