import { describe, expect, it } from 'vitest';
import { openPdf } from '../../src/pdf/open.js';
import { renderRgba } from '../../src/pdf/render.js';
import { textPdf } from '../batch/fixtures.js';

describe('renderRgba', () => {
  it('renders a page on white, and gives up on a page that takes too long', async () => {
    const opened = await openPdf(textPdf(['Ủy ban nhân dân tỉnh Quảng Ngãi']));
    if (!('doc' in opened)) throw new Error(opened.text);
    const page = await opened.doc.getPage(1);
    const r = await renderRgba(opened.doc, page, 1);
    expect(r.rgba.length).toBe(r.width * r.height * 4);
    expect(r.rgba[0]).toBe(255); // white corner
    await opened.doc.destroy();
    // A page with thousands of lines cannot be drawn at 300 dpi within 1 ms.
    const heavy = await openPdf(textPdf([Array.from({ length: 3000 }, (_, i) => `line ${i} of a long page`).join('\n')]));
    if (!('doc' in heavy)) throw new Error(heavy.text);
    const slow = await heavy.doc.getPage(1);
    const err = await renderRgba(heavy.doc, slow, 300 / 72, 1).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/took longer than/);
    await heavy.doc.destroy();
  });
});
