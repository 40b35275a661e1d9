// scripts/garble.ts: a text drawn as a page and read by the English model comes back without the letters only a
// Vietnamese model writes, as the archives of seed 000 were read, but with its words still there to restore.
import { afterAll, describe, expect, it } from 'vitest';
import { englishWorker, garbleText } from '../../scripts/garble.js';
import { stripMarks } from '../../scripts/strip.js';

const TEXT = 'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG XUÂN\nSố: 45/UBND-KT\n\nKính gửi: Sở Tài chính tỉnh Đồng Xuân.\n\nỦy ban nhân dân tỉnh đề nghị Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát dự toán ngân sách năm 2026, báo cáo trước ngày 15 tháng 12 năm 2025.\n';

describe('garbleText', () => {
  let worker: Awaited<ReturnType<typeof englishWorker>> | undefined;
  afterAll(() => worker?.terminate());

  it('reads a Vietnamese page with the English model: marks garbled, words kept', async () => {
    worker = await englishWorker();
    const out = await garbleText(worker, TEXT, 3);
    // Letters the English model has not got.
    expect(out).not.toMatch(/[ươđăƯƠĐĂảẩẫậ]/);
    // Most words of the text, marks off, are read (as seed 000 keeps "Tai chinh", "ngan sach").
    const words = stripMarks(TEXT).toLowerCase().match(/[a-z]{3,}/g)!;
    const read = new Set(stripMarks(out).toLowerCase().match(/[a-z]{3,}/g));
    const kept = words.filter((w) => read.has(w)).length / words.length;
    expect(kept).toBeGreaterThan(0.6);
  });
});
