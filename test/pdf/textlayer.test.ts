// When a page's text layer is trusted, and how it becomes lines of words.
import { describe, expect, it } from 'vitest';
import { vietnameseScore } from '../../src/normalize/language.js';
import { trustTextLayer } from '../../src/pdf/textlayer.js';
import { pdfStage } from '../../src/pdf/stage.js';
import { writePdf } from '../../src/synth/pdf.js';
import { layoutPages } from '../../src/synth/layout.js';
import { cachedScan, sharedPool } from '../ocr/fixtures.js';
import { SEED_001, codes, fatal, runStage } from '../ocr/helpers.js';

const SIGNATURE =
  'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC\nKý bởi: Trung tâm Công báo và Tin học tỉnh Quảng Ngãi\nThời gian ký: 26/01/2025 11:12:09';

describe('vietnameseScore / trustTextLayer', () => {
  it('scores Vietnamese prose high and an English or mangled layer low', () => {
    const vi = vietnameseScore(SEED_001);
    expect(vi.valid).toBeGreaterThan(0.9);
    expect(vi.marked).toBeGreaterThan(0.5);
    const en = vietnameseScore('The committee met on Tuesday to review the annual budget and the proposal.');
    expect(en.valid).toBeLessThan(0.5);
    // A poor scanner OCR layer: Vietnamese stripped of its marks and broken.
    const poor = vietnameseScore('Cfing hba xa hgi chu nghia Viet Nam Doc lap Tu do Hanh phuc So UBND Quang Ngai ngay thang');
    expect(trustTextLayer({ chars: 900, score: poor, bigImage: true }).trusted).toBe(false);
  });

  it('trusts a full page of Vietnamese text, not a short overlay on a scan', () => {
    const full = { chars: 2000, score: vietnameseScore(SEED_001), bigImage: false };
    expect(trustTextLayer(full).trusted).toBe(true);
    const overlay = { chars: 150, score: vietnameseScore(SIGNATURE), bigImage: true };
    expect(trustTextLayer(overlay)).toMatchObject({ trusted: false });
    expect(trustTextLayer(overlay).why).toMatch(/scanned image/);
    // The same short text alone on a born-digital page is the page's text.
    expect(trustTextLayer({ ...overlay, bigImage: false }).trusted).toBe(true);
  });
});

describe('pdf stage on a scanned page carrying an e-signature text overlay', () => {
  it('ignores the overlay and OCRs the page image', async () => {
    const scan = await cachedScan({ seed: 3 });
    const overlay = layoutPages(SIGNATURE, { layout: 'plain', dpi: 200, fontSizePx: 22 });
    const bytes = await writePdf([{ kind: 'image', image: scan.jpeg[2]!, overlay: { page: overlay[0]!, dpi: 200 } }]);
    const doc = await runStage(pdfStage(sharedPool()), 'signed.pdf', bytes, 'application/pdf');
    expect(fatal(doc)).toBeUndefined();
    expect(doc.pages[0]!.source).toBe('ocr');
    expect(codes(doc)).toContain('pdf-text-ignored');
    expect(doc.raw!.text).toContain('PHÓ CHỦ TỊCH');
    expect(doc.raw!.text).toContain('Trần Phước Hiền');
  }, 120_000);
});
