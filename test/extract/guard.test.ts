// Text crafted to make regexes backtrack must stay near linear: a 1 MB line
// of each shape the extractors look for.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MB = 1 << 20;
const shapes: Record<string, string> = {
  'slashes and digits': '1/'.repeat(MB / 2),
  'Số: repeated': 'Số: '.repeat(MB / 4),
  'unfinished deadlines': 'trước ngày 1'.repeat(MB / 12),
  'symbol parts': '05-QĐ/'.repeat(MB / 6),
  'agency list': 'Công an tỉnh, '.repeat(MB / 14),
  'collective without end': 'các cơ quan, '.repeat(MB / 13),
  'spaces then a letter': ' '.repeat(MB) + 'x',
  'header words': 'Kính gửi: - Nơi nhận: KT. CHỦ TỊCH '.repeat(MB / 34),
};

describe('backtracking guard', () => {
  it.each(Object.entries(shapes))('%s: 1 MB line in a few seconds', async (_, line) => {
    const t0 = performance.now();
    const { e } = await run(line);
    const ms = performance.now() - t0;
    expect(e.document).toBeDefined();
    expect(ms).toBeLessThan(5000);
  });

  it('caps a document of many thousand items', async () => {
    const { e, doc } = await run('- Sở Tài chính phối hợp\n'.repeat(20000));
    expect(e.tasks.length).toBeLessThanOrEqual(2000);
    expect(doc.messages.map((m) => m.code)).toContain('too-many-items');
  });
});
