// The register of incoming documents (sổ đăng ký văn bản đến, Nghị định
// 30/2020, Phụ lục IV) kept by the clerk's page: Số đến is given in order of
// registration, starting at 1 each year; Ngày đến is the day of registration.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeJsonAtomic } from '../batch/store.js';
import { BOM, csvRow } from '../export/csv.js';
import { REGISTER_COLUMNS, registerRow, vnDate } from '../export/formats.js';
import type { CongvanRecord } from '../schema.js';

export interface Entry {
  id: string;
  /** Số đến, per year. */
  number: number;
  /** Ngày đến, ISO. */
  date: string;
}

const FILE = 'register.json';

/** Local calendar day, ISO (the clerk's day, not UTC's). */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export class Register {
  private entries: Entry[] | undefined;
  /** Registrations run one at a time so two saves never take the same number. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {}

  async list(): Promise<Entry[]> {
    if (!this.entries) {
      try {
        this.entries = (JSON.parse(await readFile(join(this.dir, FILE), 'utf8')) as { entries: Entry[] }).entries;
      } catch {
        this.entries = [];
      }
    }
    return this.entries;
  }

  async find(id: string): Promise<Entry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  /** The document's entry, adding it with the next Số đến of this year when it has none. */
  add(id: string, now = new Date()): Promise<Entry> {
    const run = this.chain.then(async () => {
      const entries = await this.list();
      const had = entries.find((e) => e.id === id);
      if (had) return had;
      const date = today(now);
      const year = date.slice(0, 4);
      const last = entries.filter((e) => e.date.startsWith(year)).reduce((n, e) => Math.max(n, e.number), 0);
      const entry = { id, number: last + 1, date };
      await writeJsonAtomic(this.dir, FILE, { entries: [...entries, entry] });
      this.entries = [...entries, entry];
      return entry;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}

export interface Row {
  entry: Entry;
  record: CongvanRecord;
}

/** A register row: the export's row with the clerk's Ngày đến and Số đến filled. */
export function rowCells(row: Row): string[] {
  const cells = registerRow(row.record);
  cells[0] = vnDate(row.entry.date);
  cells[1] = String(row.entry.number);
  return cells;
}

export function registerCsv(rows: Row[]): string {
  return BOM + csvRow([...REGISTER_COLUMNS]) + rows.map((r) => csvRow(rowCells(r))).join('');
}

export async function registerXlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'congvan';
  const ws = wb.addWorksheet('Sổ văn bản đến');
  ws.addRow([...REGISTER_COLUMNS]).font = { bold: true };
  for (const r of rows) {
    const cells: (string | number)[] = rowCells(r);
    cells[1] = r.entry.number;
    ws.addRow(cells);
  }
  ws.columns.forEach((c, i) => (c.width = [12, 8, 30, 18, 12, 60, 24, 12, 12, 30][i]));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
