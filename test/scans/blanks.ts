// The number and day stamped into the printed form after signing are not in
// the text layer of these born-digital letters: they are signature fields drawn
// over the page (read by the pdf stage, pdf-stamped-digits); the blanks stage
// reads what is written by hand on scans. Real documents from ../shared/scans.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, SHARED_DIR } from '../../src/paths.js';
import { processOnce } from '../ocr/fixtures.js';

if (!hasShared) console.warn('test/refine/blanks: ../shared is absent, skipping the real-scan checks');

describe.skipIf(!hasShared)('blanks stage on real letters', async () => {
  const scan = (name: string) => processOnce(join(SHARED_DIR, 'scans', name));

  it('reads the stamped number and day of Công văn 507/UBND-KGVX from its signature fields', async () => {
    const doc = await scan('09_digital_QNgai_CV507-UBND-KGVX_2025.pdf');
    const d = doc.record!.document;
    expect(doc.normalized!.text).toMatch(/Số:\s*507\s*\/UBND-KGVX/);
    expect(d.number).toBe('507/UBND-KGVX');
    expect(d.date).toBe('2025-01-24');
    const m = doc.record!.messages.find((x) => x.code === 'pdf-stamped-digits');
    expect(m?.text).toMatch(/507, 24/);
    expect(doc.record!.messages.map((x) => x.code)).not.toContain('number-from-image');
    // The span reads the value where it was printed.
    const s = d.spans.number as { start: number; end: number };
    expect(doc.record!.text.restored.slice(s.start, s.end).replace(/\s+/g, '')).toBe('507/UBND-KGVX');
    expect(doc.record!.text.restored).toMatch(/ngày 24 tháng 01 năm 2025/);
  });

  it('reads a day stamped in italics from its field, which the page image read too unclearly to take', async () => {
    const doc = await scan('10_digital_QNgai_TB11-UBND_2025.pdf');
    const d = doc.record!.document;
    expect(d.number).toBe('11/TB-UBND');
    expect(d.date).toBe('2025-01-08');
    expect(doc.record!.messages.map((m) => m.code)).toContain('pdf-stamped-digits');
    expect(doc.record!.messages.map((m) => m.code)).not.toContain('date-unclear');
  });

  it('does not keep a handwritten number the page OCR barely believed; the digit reader reads it, asking the clerk to check', async () => {
    // Tờ trình 24/TTr-UBND: the hand-written 24 is OCR'd as "44" with confidence near 0;
    // the digit reader (on by default, two models agreeing) reads 24.
    const doc = await scan('04_scan_QNgai_TTr24-UBND_2025.pdf');
    const d = doc.record!.document;
    expect(d.number).toBe('24/TTr-UBND');
    expect(d.rules?.number).toBe('header.number.handwritten');
    expect(doc.record!.messages.find((m) => m.code === 'number-handwritten')?.severity).toBe('warning');
    const s = d.spans.number as { start: number; end: number };
    expect(doc.record!.text.restored.slice(s.start, s.end)).toBe('24/TTr-UBND');
  });
});
