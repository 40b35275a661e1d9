// table.header-short-labels: a line read from word boxes is a table's header only if the cells that name column
// roles are short, as labels are. A justified prose line splits at its wide spaces into cells that may hold a header
// word ("hoạt động", "phối hợp") in mid-sentence.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/extract/gazetteer.js';
import { visualLines, type PlacedWord } from '../../../src/extract/forms/cells.js';
import { headerAt, type TableContext } from '../../../src/extract/forms/table.js';

/** Lines of cells ([x, text] pairs) laid out as boxes: 18 px a character, lines 60 px apart, 40 px high. */
function layout(rows: [number, string][][]): { text: string; words: PlacedWord[] } {
  let text = '';
  const words: PlacedWord[] = [];
  rows.forEach((cells, r) => {
    if (r) text += '\n';
    cells.forEach(([x, cell], c) => {
      let at = x;
      cell.split(' ').forEach((w, i) => {
        if (c || i) text += ' ';
        words.push({ start: text.length, end: text.length + w.length, x0: at, x1: at + w.length * 18, y0: 100 + r * 60, h: 40, page: 1 });
        text += w;
        at += (w.length + 1) * 18;
      });
    });
  });
  return { text, words };
}

async function header(rows: [number, string][][], li: number) {
  const { text, words } = layout(rows);
  const ctx: TableContext = { text, gaz: await loadGazetteer(), from: 0, to: text.length, year: 2026, words };
  return headerAt(ctx, visualLines(text, 0, text.length, words), li);
}

// Wide justified spaces split each prose line into three cells; the body below keeps those gutters.
const PROSE: [number, string][][] = [
  [[100, 'Phối hợp'], [1500, 'cơ quan,']],
  [[100, 'làm việc với'], [800, 'doanh nghiệp, hộ kinh doanh có hoạt động mua bán hàng hóa'], [1500, 'rõ']],
  [[100, 'các sở ngành và địa phương trong tỉnh'], [800, 'để tháo gỡ kịp thời các vướng mắc phát sinh'], [1500, 'trong quá trình triển khai thực hiện']],
  [[100, 'nhằm bảo đảm đúng quy định của pháp luật'], [800, 'và không làm gián đoạn sản xuất kinh doanh'], [1500, 'của người dân và doanh nghiệp trên địa bàn']],
  [[100, 'đồng thời kịp thời báo cáo cấp có thẩm quyền'], [800, 'những nội dung vượt quá thẩm quyền giải quyết'], [1500, 'theo đúng quy định hiện hành của Nhà nước']],
];

describe('table.header-short-labels', () => {
  it('does not take a prose line whose long cell holds a header word for a header', async () => {
    expect(await header(PROSE, 1)).toBeUndefined();
  });

  it('still takes a header row of short labels read from boxes', async () => {
    const rows: [number, string][][] = [
      [[100, 'STT'], [300, 'Nội dung công việc'], [1200, 'Cơ quan chủ trì'], [1800, 'Thời gian hoàn thành']],
      [[100, '1'], [300, 'Rà soát các thủ tục hành chính'], [1200, 'Sở Tư pháp'], [1800, 'Quý I/2027']],
      [[300, 'thuộc thẩm quyền giải quyết của tỉnh'], [1200, 'và các sở'], [1800, '']],
      [[100, '2'], [300, 'Tổ chức hội nghị tập huấn cho cán bộ'], [1200, 'Sở Nội vụ'], [1800, 'Tháng 6/2027']],
    ];
    const h = await header(rows, 0);
    expect(h?.cols.map((c) => c.role)).toEqual(['stt', 'action', 'lead', 'deadline']);
  });
});
