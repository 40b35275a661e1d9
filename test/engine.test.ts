import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { textPdf } from './batch/fixtures.js';

describe('engine', async () => {
  const engine = await createEngine({ noRestore: true });
  afterAll(() => engine.close());

  it('reports each page of a PDF as it is read', async () => {
    const pages = ['Công văn thứ nhất', 'Trang hai của công văn', 'Trang ba, Nơi nhận'].map((t) => `${t}. ${'Ủy ban nhân dân tỉnh Quảng Ngãi thông báo. '.repeat(30)}`);
    const seen: [number, number][] = [];
    const doc = await engine.process({ path: 'three.pdf', bytes: textPdf(pages) }, { onPage: (d, n) => seen.push([d, n]) });
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('chooses the preset by content, not by name', async () => {
    const doc = await engine.process({ path: 'misnamed.pdf', bytes: Buffer.from('Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi. '.repeat(10)) });
    expect(doc.record?.pipeline.name).toBe('text');
  });
});
