// Task tables of the tables32 round (issue 9): six made-up documents (invented provinces, bodies, tasks and dates) in
// layouts no dev table shows, printed to PDF by chromium (test/fixtures/tables32/make.py) and read from the text layer
// as `congvan extract` reads them. The expected tasks were written by hand with the tables, not from the extractor.
// Each document fails without the rules named in its title.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';

const DIR = new URL('../fixtures/tables32/', import.meta.url).pathname;
interface Expected { id: string; action: string; lead: string[]; coordinate: string[]; due: string | null }
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});
afterAll(async () => {
  await engine?.close();
});

// The same documents with justified cells (tables34), printed by `make.py --justified`: their expected tasks are these.
const JUSTIFIED = new URL('../fixtures/tables34/', import.meta.url).pathname;

async function tasksOf(name: string, dir = DIR) {
  const doc = await engine.process(`${dir}${name}.pdf`);
  const exp = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected[];
  const got = (doc.record?.tasks ?? []).map((t) => ({
    action: norm(t.action),
    lead: t.lead.map((x) => x.name),
    coordinate: t.coordinate.map((x) => x.name),
    due: t.deadline?.due ?? null,
  }));
  return { exp: exp.map((e) => ({ action: norm(e.action), lead: e.lead, coordinate: e.coordinate, due: e.due })), got };
}

const CASES: [string, string][] = [
  ['t1-appendix', 'table.box-cell-at-column: a full lead cell runs into the partners\' cell on the page'],
  ['t2-single-doer', 'table.box-cell-at-column, table.ends-at-signature: one doers\' column, groups A./B., the signature under the table'],
  ['t3-combined-roles', 'table.box-cell-at-column, table.numbered-group: "1 <heading>" over rows 1.1, 1.2, a column for both roles'],
  ['t4-pages-merged', 'table.header-again, table.merged-lead-centred: the header repeated on page 2, a lead cell merged over three rows'],
  ['t5-deadline-first', 'table.header-not-title: the appendix title above the header, the deadline column before the doers'],
  ['t6-narrow-wrapped', 'table.header-not-title, table.label-wrap-no-column, table.cell-party-level: labels and names wrapped in narrow columns'],
];

describe('tables32: made-up task tables read from a PDF text layer', () => {
  for (const [name, what] of CASES) {
    it(`${name}: ${what}`, async () => {
      const { exp, got } = await tasksOf(name);
      expect(got).toEqual(exp);
    });
  }
});

// A justified line fills its cell, so its word gaps outgrow the padding between two cells: before table.box-justified the
// reader split cells at word gaps and joined neighbouring cells (1 of 35 tasks right).
const JUSTIFIED_CASES: [string, string][] = [
  ['t1-appendix', 'a landscape appendix after a letter'],
  ['t2-single-doer', 'one doers\' column, groups A./B., the signature under the table'],
  ['t3-combined-roles', 'a group\'s title across the columns that only comes near a column\'s start'],
  ['t4-pages-merged', 'a header of labels set closer than a cell gap, repeated on page 2; lines out of order in the text layer; a place name wrapped'],
  ['t5-deadline-first', 'a notes column of too few lines to show its start'],
  ['t6-narrow-wrapped', 'narrow columns whose centred labels touch'],
];

describe('tables34: the same tables with justified cells (table.box-justified)', () => {
  for (const [name, what] of JUSTIFIED_CASES) {
    it(`${name}: ${what}`, async () => {
      const { exp, got } = await tasksOf(name, JUSTIFIED);
      expect(got).toEqual(exp);
    });
  }
});
