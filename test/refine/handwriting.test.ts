// The blanks stage with the digit reader on (engine option handwriting), on a
// real scan of the dev split (corpus/scans-dev/dev, a public official
// document): the handwritten day and month of "ngày 04 tháng 02 năm 2025" are read,
// marked as read by hand, and the clerk is asked to check it; turned off, it is not.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';

const scan = join(import.meta.dirname, '../../corpus/scans-dev/dev/QNgai_UBND574_2025.pdf');

describe('handwritten digits in the blanks stage', async () => {
  // On by default (two models read each digit; see README).
  const on = await createEngine({ maxPages: 1 });
  afterAll(() => on.close());

  it('reads the handwritten day, says so, and writes it into the text', async () => {
    const doc = await on.process(scan);
    const d = doc.record!.document;
    expect(d.date).toBe('2025-02-04');
    expect(d.rules?.date).toBe('header.date.handwritten');
    const m = doc.record!.messages.find((x) => x.code === 'date-handwritten');
    expect(m?.severity).toBe('warning');
    expect(m?.text).toMatch(/check it/);
    expect(doc.record!.messages.map((x) => x.code)).not.toContain('date-unclear');
    const s = d.spans.date as { start: number; end: number };
    expect(doc.record!.text.restored.slice(s.start, s.end)).toMatch(/ngày 04 tháng 02 năm 2025/);
  }, 120_000);

  it('leaves the day to the clerk when the reader is turned off', async () => {
    const off = await createEngine({ handwriting: false, maxPages: 1 });
    try {
      const doc = await off.process(scan);
      expect(doc.record!.document.date).toBeNull();
      expect(doc.record!.messages.map((x) => x.code)).not.toContain('date-handwritten');
    } finally {
      await off.close();
    }
  }, 120_000);
});
