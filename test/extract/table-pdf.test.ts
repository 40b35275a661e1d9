// A task table in a born-digital PDF: the text layer joins a row's cells with single
// spaces, so the columns are read from the words' boxes. The page is drawn here
// (synthetic text written for this test) and read by the real engine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { LaidPage, TextItem } from '../../src/synth/layout.js';
import { writePdf } from '../../src/synth/pdf.js';

const item = (text: string, x: number, y: number, weight: 400 | 700 = 400): TextItem => ({ text, x, y, sizePx: 11, weight, style: 'normal' });

function page(): LaidPage {
  const items: TextItem[] = [];
  let y = 60;
  const line = (text: string, x = 60, weight: 400 | 700 = 400) => {
    items.push(item(text, x, y, weight));
    y += 15;
  };
  line('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 60, 700);
  line('Số: 15/KH-UBND                                    Lâm Đồng, ngày 10 tháng 3 năm 2026', 60);
  y += 10;
  line('KẾ HOẠCH', 260, 700);
  line('Thực hiện chuyển đổi số trong các cơ quan nhà nước năm 2026', 120, 700);
  y += 10;
  line('Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chuyển đổi số năm 2026 với các nhiệm vụ cụ thể');
  line('được phân công tại Phụ lục kèm theo, bảo đảm tiến độ, chất lượng và hiệu quả trong năm 2026.');
  y += 10;
  const cols = [40, 70, 290, 400, 500];
  const row = (cells: string[][], weight: 400 | 700 = 400) => {
    const h = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < h; k++) {
      cells.forEach((c, i) => {
        if (c[k]) items.push(item(c[k]!, cols[i]!, y, weight));
      });
      y += 14;
    }
    y += 6;
  };
  row([['STT'], ['Nhiệm vụ'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời hạn']], 700);
  row([['1'], ['Xây dựng cơ sở dữ liệu cán bộ,', 'công chức, viên chức của tỉnh'], ['Sở Nội vụ'], ['Sở Tài chính'], ['Quý II/2026']]);
  row([['2'], ['Nâng cấp hệ thống thông tin', 'giải quyết thủ tục hành chính'], ['Văn phòng Ủy ban', 'nhân dân tỉnh'], ['Các sở, ngành'], ['Tháng 9/2026']]);
  row([['3'], ['Tập huấn kỹ năng số cho cán bộ', 'cấp xã trên địa bàn tỉnh'], ['Sở Khoa học và', 'Công nghệ'], ['Ủy ban nhân dân', 'các xã, phường'], ['Năm 2026']]);
  row([['4'], ['Bảo đảm an toàn thông tin cho các', 'hệ thống dùng chung của tỉnh'], ['Công an tỉnh'], ['Sở Khoa học và', 'Công nghệ'], ['Thường xuyên']]);
  return { width: 595, height: 842, items, rules: [] };
}

const dir = mkdtempSync(join(tmpdir(), 'congvan-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('task.table from a PDF text layer', () => {
  it('reads the columns from the word boxes', async () => {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, await writePdf([{ kind: 'text', page: page(), dpi: 72 }]));
    const engine = await createEngine();
    try {
      const doc = await engine.process(file);
      expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
      const t = doc.extraction!.tasks.filter((x) => x.rule === 'task.table');
      expect(t.map((x) => [x.id, x.lead.map((l) => l.name), x.deadline?.due ?? x.deadline?.kind])).toEqual([
        ['1', ['Sở Nội vụ'], '2026-06-30'],
        ['2', ['Văn phòng Ủy ban nhân dân tỉnh'], '2026-09-30'],
        ['3', ['Sở Khoa học và Công nghệ'], '2026-12-31'],
        ['4', ['Công an tỉnh'], 'recurring'],
      ]);
      expect(t[0]!.action).toBe('Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh');
      expect(t[2]!.coordinate.map((l) => l.name)).toEqual(['Ủy ban nhân dân các xã, phường']);
    } finally {
      await engine.close();
    }
  }, 60_000);
});
