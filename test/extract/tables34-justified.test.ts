// Task tables with justified cells (issue 9, tables34): the six made-up documents of tables32 set in Arial with
// `text-align: justify` in their cells (test/fixtures/tables32/make.py --justified), read from the PDF text layer. A
// justified line fills its cell, so its word gaps outgrow the padding between two cells: before table.box-justified
// the reader split cells at word gaps and joined neighbouring cells (1 of 35 tasks right). The expected tasks are
// tables32's, written by hand with the rows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';

const DIR = new URL('../fixtures/tables34/', import.meta.url).pathname;
const EXP = new URL('../fixtures/tables32/', import.meta.url).pathname;
interface Expected { action: string; lead: string[]; coordinate: string[]; due: string | null }
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});
afterAll(async () => {
  await engine?.close();
});

const CASES: [string, string][] = [
  ['t1-appendix', 'a landscape appendix after a letter'],
  ['t2-single-doer', 'one doers\' column, groups A./B., the signature under the table'],
  ['t3-combined-roles', 'a group\'s title across the columns that only comes near a column\'s start'],
  ['t4-pages-merged', 'a header of labels set closer than a cell gap, repeated on page 2; lines out of order in the text layer; a place name wrapped'],
  ['t5-deadline-first', 'a notes column of too few lines to show its start'],
  ['t6-narrow-wrapped', 'narrow columns whose centred labels touch'],
];

describe('tables34: made-up task tables with justified cells, read from a PDF text layer', () => {
  for (const [name, what] of CASES) {
    it(`${name}: ${what}`, async () => {
      const doc = await engine.process(`${DIR}${name}.pdf`);
      const exp = JSON.parse(readFileSync(`${EXP}${name}.expected.json`, 'utf8')) as Expected[];
      const got = (doc.record?.tasks ?? []).map((t) => ({ action: norm(t.action), lead: t.lead.map((x) => x.name), coordinate: t.coordinate.map((x) => x.name), due: t.deadline?.due ?? null }));
      expect(got).toEqual(exp.map((e) => ({ action: norm(e.action), lead: e.lead, coordinate: e.coordinate, due: e.due })));
    });
  }
});
