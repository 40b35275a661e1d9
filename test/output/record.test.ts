import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { createEngine } from '../../src/engine.js';
import { Layer } from '../../src/layer.js';
import { trace } from '../../src/output/trace.js';
import { packagePath } from '../../src/paths.js';
import { RecordSchema, recordJsonSchema } from '../../src/schema.js';

describe('record output', () => {
  it('writes a record that passes the schema for a seed', async () => {
    const engine = await createEngine();
    try {
      const doc = await engine.process(packagePath('seeds', '001_eda59625cfa00c8b.txt'));
      expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
      expect(RecordSchema.safeParse(doc.record).success).toBe(true);
      expect(doc.record!.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(doc.record!.text.raw).toBe(readFileSync(packagePath('seeds', '001_eda59625cfa00c8b.txt'), 'utf8'));
    } finally {
      await engine.close();
    }
  });

  it('traces a restored span through the layers to its OCR words', () => {
    const raw = 'Cong an  tinh\nSo Noi vu';
    const doc = createDoc('x.png');
    doc.raw = Layer.base(raw);
    doc.words = [
      { text: 'Cong', start: 0, end: 4, page: 1, bbox: { x0: 10, y0: 10, x1: 50, y1: 30 }, confidence: 90 },
      { text: 'an', start: 5, end: 7, page: 1, bbox: { x0: 55, y0: 12, x1: 70, y1: 30 }, confidence: 90 },
      { text: 'tinh', start: 9, end: 13, page: 1, bbox: { x0: 80, y0: 10, x1: 120, y1: 31 }, confidence: 90 },
      { text: 'So', start: 14, end: 16, page: 2, bbox: { x0: 10, y0: 40, x1: 30, y1: 60 }, confidence: 90 },
    ];
    doc.normalized = Layer.derive(raw, [{ start: 7, end: 9, text: ' ' }]);
    doc.restored = Layer.derive(doc.normalized.text, [
      { start: 0, end: 4, text: 'Công' },
      { start: 8, end: 12, text: 'tỉnh' },
    ]);
    const at = doc.restored.text.indexOf('an tỉnh');
    const t = trace(doc, { start: at, end: at + 'an tỉnh'.length });
    expect(raw.slice(t.raw.start, t.raw.end)).toBe('an  tinh');
    expect(t.page).toBe(1);
    expect(t.bbox).toEqual({ x0: 55, y0: 10, x1: 120, y1: 31 });
    const so = doc.restored.text.indexOf('So');
    expect(trace(doc, { start: so, end: so + 2 }).page).toBe(2);
  });

  it('keeps the committed JSON Schema in step with the zod schema', () => {
    const committed = JSON.parse(readFileSync(packagePath('schema', 'record.schema.json'), 'utf8'));
    expect(committed).toEqual(recordJsonSchema());
  });
});
