// A 1000-page PDF (text layer, generated here) through the engine: it must
// finish with a 1000-page record while memory stays bounded (pages are read
// and released one at a time).
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { textPdf } from './fixtures.js';

// Only Latin-1 letters (Helvetica, WinAnsi), yet it reads as Vietnamese with marks.
const LINE = 'Thông báo tình hình thu chi ngân sách tháng này, các phòng ban và xã phải báo cáo kinh phí, chính sách dân sinh, phòng cháy, giao thông nông thôn.';
const PAGES = 1000;
const MAX_GROWTH_MB = 300;

const engine = await createEngine();
afterAll(() => engine.close());

describe('1000-page PDF', () => {
  it(`reads every page with RSS growth under ${MAX_GROWTH_MB} MB`, async () => {
    const pdf = textPdf(Array.from({ length: PAGES }, (_, i) => `Trang ${i + 1}\n${LINE}\n${LINE}\n${LINE}`));
    global.gc?.();
    const base = process.memoryUsage.rss();
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
    const t0 = performance.now();
    const doc = await engine.process({ path: 'thousand.pdf', bytes: pdf });
    clearInterval(timer);
    const growth = (peak - base) / 2 ** 20;
    console.log(`1000-page PDF (${(pdf.length / 2 ** 20).toFixed(1)} MB): ${((performance.now() - t0) / 1000).toFixed(1)} s, RSS ${Math.round(base / 2 ** 20)} -> peak ${Math.round(peak / 2 ** 20)} MB`);
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
    expect(doc.record!.source.pages).toBe(PAGES);
    expect(doc.record!.source.textSource).toBe('pdf-text');
    expect(doc.record!.text.raw).toContain(`Trang ${PAGES}`);
    expect(growth).toBeLessThan(MAX_GROWTH_MB);
  });
});
