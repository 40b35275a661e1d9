// The real documents in ../shared/scans (skipped when absent): what a person
// reading the page sees must be in the raw text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfStage } from '../../src/pdf/stage.js';
import { processOnce, sharedPool } from '../ocr/fixtures.js';
import { codes, fatal, hasScans, runStage, scan } from '../ocr/helpers.js';

const T = 240_000;

/** Through the engine, once per test process (the blanks and span tests read the same scans); `maxPages` through the PDF stage alone. */
const read = (prefix: string, maxPages?: number) => {
  const path = scan(prefix);
  return maxPages ? runStage(pdfStage(sharedPool(), { maxPages }), path, readFileSync(path), 'application/pdf') : processOnce(path);
};

describe.skipIf(!hasScans)('real scans', () => {
  it('03: OCRs the colour image scan (its only text is an e-signature overlay)', async () => {
    const doc = await read('03_');
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages.map((p) => p.source)).toEqual(['ocr', 'ocr']);
    const raw = doc.raw!.text;
    // The printed symbol; the number beside it is written by hand, which no shipped model reads reliably (README, Known limits).
    expect(raw).toMatch(/Số:.{0,8}\/TB-UBND/);
    expect(raw).toContain('Quảng Ngãi');
    expect(raw).toContain('THÔNG BÁO');
    expect(raw).toContain('khiếu nại');
    expect(doc.pages[0]!.confidence).toBeGreaterThan(70);
  }, T);

  it('09: a born-digital letter is read from its text layer, header in reading order', async () => {
    const doc = await read('09_');
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages.map((p) => p.source)).toEqual(['pdf-text']);
    const raw = doc.raw!.text;
    expect(raw).toContain('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI');
    // The number and day are stamped into the blanks as signature fields, read into the line (pdf-stamped-digits).
    expect(raw).toMatch(/Số: 507 \/UBND-KGVX Quảng Ngãi, ngày 24 tháng 01 năm 2025/);
    expect(raw).toContain('202/BTTTT-KHTC ngày 21/01/2025');
    // "Nơi nhận" list, then the signature block (two columns side by side).
    expect(raw.indexOf('- Lưu: VT, KGVX(bnt).')).toBeLessThan(raw.indexOf('TL. CHỦ TỊCH'));
  }, T);

  it('10: both pages of a born-digital notice come from the text layer', async () => {
    const doc = await read('10_');
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages.map((p) => p.source)).toEqual(['pdf-text', 'pdf-text']);
    expect(doc.raw!.text).toContain('THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh Võ Phiên');
    expect(doc.raw!.text.split('\n\f\n')).toHaveLength(2);
  }, T);

  it('05: the old archival scan gives its text and says where quality is poor', async () => {
    // Pages 1-3 (of 5) keep the test short: the printed decision and a faded page.
    const doc = await read('05_', 3);
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages).toHaveLength(3);
    expect(codes(doc)).toContain('pages-skipped');
    const raw = doc.raw!.text;
    expect(raw).toMatch(/Số: ?157/);
    expect(raw).toContain('Cao Bằng');
    expect(raw).toContain('QUYẾT');
    const poor = doc.messages.filter((m) => m.code === 'ocr-low-confidence');
    expect(poor.length).toBeGreaterThan(0);
    for (const m of poor) expect(m.page).toBeGreaterThan(0);
  }, T);
});
