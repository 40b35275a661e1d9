// A made-up task table scanned (tables35, issue 9): test/fixtures/tables35/n3-grid-groups.pdf (a ruled grid, group
// rows across the table, landscape), rendered at 200 dpi, damaged like a scan and read by the scan path. Before
// table.ocr-line-band, table.ocr-bar-edge and table.ocr-sparse-reread no task of it was found (rows broken into
// lines by their words' ink tops, bars in the cells, cells' words glued: "Côngantỉnh"). The whole set at 300 and 200
// dpi is scored by `npm run bench:tables-ocr`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imagePdf, scanPages } from '../../src/synth/rescan.js';
import { sharedEngine } from './fixtures.js';

const DIR = new URL('../fixtures/tables35/', import.meta.url).pathname;
interface Expected { id: string; action: string; lead: string[]; coordinate: string[]; due: string | null }

describe('tables35: a scanned task table', () => {
  it('reads the leads, partners and deadlines of a ruled table at 200 dpi', async () => {
    const pdf = await imagePdf(await scanPages(readFileSync(`${DIR}n3-grid-groups.pdf`), 200), 200);
    const doc = await (await sharedEngine()).process({ path: 'n3-grid-groups-200.pdf', bytes: pdf });
    const exp = JSON.parse(readFileSync(`${DIR}n3-grid-groups.expected.json`, 'utf8')) as Expected[];
    const got = (doc.record?.tasks ?? []).map((t) => ({ lead: t.lead.map((x) => x.name), coordinate: t.coordinate.map((x) => x.name), due: t.deadline?.due ?? null }));
    expect(got.length).toBe(exp.length);
    // Leads, partners and deadlines all as meant in three rows of four at least (the OCR may still glue a cell's words).
    const right = exp.filter((e, i) => JSON.stringify(got[i]) === JSON.stringify({ lead: e.lead, coordinate: e.coordinate, due: e.due }));
    expect(right.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
