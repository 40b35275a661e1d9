// Seed 001 (the clean letter) against its gold file, field by field, and the
// rule that every span points at the text it was read from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { key } from '../../src/extract/text.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ExtractionSchema } from '../../src/schema.js';
import { run } from './helpers.js';

const text = readFileSync(join(PACKAGE_ROOT, 'seeds', '001_eda59625cfa00c8b.txt'), 'utf8').normalize('NFC');
const gold = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'corpus', 'gold', '001_eda59625cfa00c8b.gold.json'), 'utf8'));

describe('seed 001', async () => {
  const { e, doc } = await run(text, 'seeds/001_eda59625cfa00c8b.txt');

  it('validates against the schema', () => {
    expect(() => ExtractionSchema.parse(e)).not.toThrow();
  });

  it('reads the header as the gold has it', () => {
    const d = e.document;
    expect(d.number).toBe(gold.document.number);
    expect(d.type).toBe(gold.document.type);
    expect(d.issuer?.canonical).toBe(gold.document.issuer);
    expect(d.place).toBe(gold.document.place);
    expect(d.date).toBe(gold.document.date);
    expect(d.subject).toBe(gold.document.subject);
    expect(d.recipients).toEqual(gold.document.recipients);
    expect(d.signer).toMatchObject(gold.document.signer);
    expect(d.signer?.authority).toBe('KT. CHỦ TỊCH');
    expect(d.copiesTo).toContain('Văn phòng Chính phủ (b/c)');
    // The blank day is said, not guessed.
    expect(doc.messages.map((m) => m.code)).toContain('date-incomplete');
  });

  it('finds every reference once, with type, date and issuer', () => {
    const got = e.references.map((r) => ({ number: r.number, type: r.type, date: r.date, issuer: r.issuer }));
    expect(got).toEqual(gold.references);
    const q = e.references.find((r) => r.number === '05-QĐ/BCĐTW')!;
    expect(q.mentions!.length).toBe(4);
    expect(e.namedReferences).toEqual(gold.namedReferences);
  });

  it('finds every task with its lead, coordinate and deadline', () => {
    expect(e.tasks.map((t) => t.id)).toEqual(gold.tasks.map((t: { id: string }) => t.id));
    for (const g of gold.tasks) {
      const t = e.tasks.find((x) => x.id === g.id)!;
      expect(t.lead.map((l) => l.name), g.id).toEqual(g.lead);
      expect(t.coordinate.map((l) => l.name), g.id).toEqual(g.coordinate);
      expect(t.deadline?.due ?? null, g.id).toBe(g.deadline?.due ?? null);
      expect(t.deadline?.kind ?? null, g.id).toBe(g.deadline?.kind ?? null);
      // Actions are the first clause: the gold's words are there.
      const words = key(g.action).split(/\s+/);
      const mine = new Set(key(t.action).split(/\s+/));
      expect(words.filter((w: string) => mine.has(w)).length / words.length, g.id).toBeGreaterThan(0.6);
    }
  });

  it('gives spans that point at the text they came from', () => {
    for (const r of e.references) expect(key(text.slice(r.span.start, r.span.end)).replace(/\s+/g, '')).toBe(key(r.number));
    for (const t of e.tasks) {
      for (const l of [...t.lead, ...t.coordinate]) expect(key(text.slice(l.span!.start, l.span!.end)).replace(/\s+/g, ' ')).toBe(key(l.name));
      if (t.deadline) expect(text.slice(t.deadline.span!.start, t.deadline.span!.end).replace(/\s+/g, ' ')).toBe(t.deadline.text);
      expect(t.span.end).toBeGreaterThan(t.span.start);
    }
    const s = e.document.spans;
    expect(text.slice((s.place as { start: number }).start, (s.place as { end: number }).end)).toBe('Quảng Ngãi');
    expect(text.slice((s.signer as { start: number }).start, (s.signer as { end: number }).end)).toBe('Trần Phước Hiền');
    for (const a of e.agencies) for (const m of a.mentions) expect(m.end).toBeGreaterThan(m.start);
  });
});
