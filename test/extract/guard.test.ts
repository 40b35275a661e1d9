// Text crafted to make regexes backtrack must stay near linear: a 512 KB line
// of each shape the extractors look for. The budget is relative to 512 KB of
// plain prose read on the same machine at the same time (a shared host slows
// both alike); a quadratic regex on 512 KB takes tens of seconds, far past it
// (test/batch/growth.test.ts checks the growth itself, 64 KB to 256 KB).
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const SIZE = 1 << 19;
/** Times the prose's time a shape may take, and the floor of the budget in ms. */
const FACTOR = 6;
const FLOOR = 5000;
let budget = FLOOR;
beforeAll(async () => {
  await run('warm up');
  const t0 = performance.now();
  await run('Các cơ quan báo cáo kết quả thực hiện trong năm. '.repeat(SIZE / 52));
  budget = Math.max(FLOOR, FACTOR * (performance.now() - t0));
});
const shapes: Record<string, string> = {
  'slashes and digits': '1/'.repeat(SIZE / 2),
  'Số: repeated': 'Số: '.repeat(SIZE / 4),
  'unfinished deadlines': 'trước ngày 1'.repeat(SIZE / 12),
  'symbol parts': '05-QĐ/'.repeat(SIZE / 6),
  'agency list': 'Công an tỉnh, '.repeat(SIZE / 14),
  'collective without end': 'các cơ quan, '.repeat(SIZE / 13),
  'spaces then a letter': ' '.repeat(SIZE) + 'x',
  'header words': 'Kính gửi: - Nơi nhận: KT. CHỦ TỊCH '.repeat(SIZE / 34),
  'short names defined': '(gọi tắt là Ban Chỉ đạo) '.repeat(SIZE / 25),
  'persons and titles': 'Đồng chí Nguyễn Văn Long, Thứ trưởng, '.repeat(SIZE / 38),
  'led by': 'do Bộ Công an hoặc '.repeat(SIZE / 19),
  'closing formula': 'trân trọng '.repeat(SIZE / 11),
};

// Items that start the task readers on each new shape.
const items: Record<string, string> = {
  'collective named further': '1. Các cơ quan ' + 'truyền hình, '.repeat(SIZE / 13) + '\n',
  'person lead': '1. Đồng chí Nguyễn Văn Long' + ', Thứ trưởng Bộ Công an'.repeat(SIZE / 24) + '\n',
  'collective of': '1. Các cơ quan thường trực của ' + '4 khối ('.repeat(SIZE / 8) + '\n',
  'topic then subjects': '1. Công tác bảo đảm. ' + 'Các cơ quan. '.repeat(SIZE / 13) + '\n',
};

describe('backtracking guard', () => {
  it.each(Object.entries(shapes))('%s: 512 KB line in a few seconds', async (_, line) => {
    const t0 = performance.now();
    const { e } = await run(line);
    const ms = performance.now() - t0;
    expect(e.document).toBeDefined();
    expect(ms).toBeLessThan(budget);
  });

  it.each(Object.entries(items))('%s: 512 KB item in a few seconds', async (_, item) => {
    const t0 = performance.now();
    const { e } = await run('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 10/UBND-KT\n\nTHÔNG BÁO\nKết luận\n\n' + item + 'Nơi nhận:\n- Như trên;\n');
    expect(e.document).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(budget);
  });

  it('caps a document of many thousand items', async () => {
    const { e, doc } = await run('- Sở Tài chính phối hợp\n'.repeat(20000));
    expect(e.tasks.length).toBeLessThanOrEqual(2000);
    expect(doc.messages.map((m) => m.code)).toContain('too-many-items');
  });
});
