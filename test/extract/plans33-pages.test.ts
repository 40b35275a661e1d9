// Issue 9 (plans33): text-layer damage between pages. Made-up plans of a made-up province (test/fixtures/plans33/make.py,
// printed by chromium with a page number and a running footer) and made-up text; nothing copied from a document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { dropFurniture } from '../../src/pdf/furniture.js';
import type { PageInput } from '../../src/ocr/assemble.js';
import type { OcrLine } from '../../src/ocr/pool.js';
import { byId, run } from './helpers.js';

const DIR = new URL('../fixtures/plans33/', import.meta.url).pathname;

/** A line of words 6 pt apart at height y (12 pt type), starting at x. */
function line(s: string, y: number, x = 80, gap = 3): OcrLine {
  let at = x;
  const words = s.split(' ').map((t) => {
    const w = { text: t, bbox: { x0: at, y0: y, x1: at + t.length * 6, y1: y + 12 }, confidence: 100 };
    at = w.bbox.x1 + gap;
    return w;
  });
  return { words, bbox: { x0: x, y0: y, x1: at - gap, y1: y + 12 }, paragraph: 0 };
}
const page = (lines: OcrLine[]): PageInput => ({ width: 595, height: 842, source: 'pdf-text', lines });
const texts = (p: PageInput) => p.lines.map((l) => l.words.map((w) => w.text).join(' '));

describe('pdf.page-furniture', () => {
  it('drops a page number at the top and a footer both pages print, keeps the body', () => {
    const p1 = page([line('Kế hoạch phòng chống dịch', 80), line('Sở Y tế chủ trì, phối hợp với', 100), line('các sở tổ chức', 120), line('KH 12/KH-UBND Sông Mây', 800)]);
    const p2 = page([line('2', 10, 290), line('tiêm chủng cho trẻ em.', 80), line('Sở Tài chính bố trí kinh phí.', 100), line('KH 12/KH-UBND Sông Mây', 800)]);
    const runs = new Set<string>();
    dropFurniture(undefined, p1, 1, runs);
    dropFurniture(p1, p2, 2, runs);
    expect(texts(p1)).toEqual(['Kế hoạch phòng chống dịch', 'Sở Y tế chủ trì, phối hợp với', 'các sở tổ chức']);
    expect(texts(p2)).toEqual(['tiêm chủng cho trẻ em.', 'Sở Tài chính bố trí kinh phí.']);
    // (a third page: the footer found before goes at once)
    const p3 = page([line('- 3 -', 10, 280), line('Công an tỉnh bảo đảm an ninh.', 80), line('Sở Nội vụ kiểm tra.', 100), line('KH 12/KH-UBND Sông Mây', 800)]);
    dropFurniture(p2, p3, 3, runs);
    expect(texts(p3)).toEqual(['Công an tỉnh bảo đảm an ninh.', 'Sở Nội vụ kiểm tra.']);
    // What was dropped stays with its page, as a region, for a clerk to see.
    expect(p3.asides?.map((a) => [a.kind, a.text])).toEqual([['page-number', '- 3 -'], ['running-head', 'KH 12/KH-UBND Sông Mây']]);
  });

  it('keeps a table\'s header repeated at the top of each page (cells far apart) and a number that is not the page\'s', () => {
    const head = () => line('STT Nhiệm vụ Cơ quan chủ trì Thời hạn', 40, 80, 60);
    const p2 = page([head(), line('4 Rà soát hồ sơ Sở Tư pháp Quý II', 80), line('5 Kiểm tra Sở Nội vụ Quý III', 100)]);
    const p3 = page([line('17', 40, 290), head(), line('6 Tập huấn Sở Y tế Quý IV', 80), line('7 Báo cáo Sở Tài chính Quý IV', 100)]);
    dropFurniture(p2, p3, 3, new Set());
    expect(texts(p2)[0]).toMatch(/^STT/);
    expect(texts(p3).slice(0, 2)).toEqual(['17', 'STT Nhiệm vụ Cơ quan chủ trì Thời hạn']);
  });

  it('keeps a table\'s row number that stands alone at the foot of a page (at the left, on the rows\' pitch)', () => {
    const p3 = page([line('6 Tập huấn Sở Y tế Quý IV', 80), line('cho cán bộ', 100), line('3', 120, 60)]);
    dropFurniture(undefined, p3, 3, new Set());
    expect(texts(p3)).toEqual(['6 Tập huấn Sở Y tế Quý IV', 'cho cán bộ', '3']);
  });
});

describe('plans33: a PDF plan whose paragraphs meet a page break', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('pdf.page-furniture, task.paragraph-signature-end: paragraphs under "1. Sở X" stay apart across the page break', async () => {
    const doc = await engine.process(`${DIR}p2-paragraph-page.pdf`);
    const tasks = doc.record!.tasks;
    expect(tasks.map((t) => t.id)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2']);
    expect(tasks[1]!.action).toMatch(/^Hướng dẫn các cơ quan/);
    expect(tasks[0]!.action).not.toMatch(/Hướng dẫn/);
  });

  it('pdf.page-furniture: a dash item cut by a page keeps its deadline and loses the footer', async () => {
    const doc = await engine.process(`${DIR}p1-page-breaks.pdf`);
    const t = byId(doc.record!.tasks);
    expect(Object.keys(t)).toHaveLength(8);
    expect(t['2.2.1']?.deadline?.due).toBe('2027-05-31');
    expect(doc.record!.text.raw).not.toMatch(/KH 57\/KH-UBND - Lâm Bắc/);
    expect(doc.regions?.some((r) => r.kind === 'running-head' && /KH 57\/KH-UBND - Lâm Bắc/.test(r.text ?? ''))).toBe(true);
  });
});

describe('task.paragraph in text: page numbers, "…", the signature', () => {
  const text = (body: string) => `ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Số: 31/KH-UBND                Sông Mây, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Chăm sóc sức khỏe người cao tuổi năm 2027

I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
${body}
`;
  it('task.paragraph-page-number: a page\'s number alone on a line between two paragraphs ends neither', async () => {
    const { e } = await run(text('Tổ chức khám sức khỏe định kỳ cho người cao tuổi tại các trạm y tế xã.\n\n7\n\nHướng dẫn các xã lập hồ sơ theo dõi sức khỏe người cao tuổi.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.'));
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2', '1.2']);
    expect(e.tasks[1]!.action).toMatch(/^Hướng dẫn các xã/);
  });

  it('task.paragraph-ellipsis: a paragraph that ends in "…" ends there', async () => {
    const { e } = await run(text('Chuẩn bị thuốc, vật tư, trang thiết bị…\nTập huấn cho nhân viên y tế thôn, bản về chăm sóc người cao tuổi.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.'));
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2', '1.2']);
    // (",…" closes a list that may go on: one paragraph)
    const { e: e2 } = await run(text('Chuẩn bị thuốc, vật tư,…\nTrang thiết bị cho các trạm y tế xã.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.'));
    expect(e2.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
  });

  it('task.paragraph-signature-end: the authority line under the last paragraph is no paragraph', async () => {
    const { e } = await run(text('Tổ chức khám sức khỏe định kỳ cho người cao tuổi.\nHướng dẫn các xã lập hồ sơ theo dõi sức khỏe.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình'));
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('item.letter-number', () => {
  it('"a1)", "a2)" under "a)" are its points, a level below it', async () => {
    const { e } = await run(`ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Số: 31/KH-UBND                Sông Mây, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Chăm sóc sức khỏe người cao tuổi năm 2027

I. NHIỆM VỤ
1. Sở Y tế
a) Khám bệnh
a1) Tổ chức khám sức khỏe định kỳ cho người cao tuổi tại trạm y tế xã.
a2) Lập hồ sơ theo dõi sức khỏe người cao tuổi.
b) Tập huấn
b1) Tập huấn cho nhân viên y tế thôn, bản.
2. Sở Tài chính
Bố trí kinh phí thực hiện Kế hoạch.
`);
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1.1.1', '1.1.1.2', '1.1.2.1', '1.2']);
    expect(e.tasks[1]!.action).toMatch(/^Lập hồ sơ/);
  });
});
