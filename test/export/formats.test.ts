// Exports over a folder of records: records come from the real engine on a seed,
// with document fields and tasks filled in (extraction lands separately), and
// sit beside what a batch folder also holds: error files, summary.json, temps.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordName } from '../../src/batch/store.js';
import { createEngine } from '../../src/engine.js';
import { exportFolder } from '../../src/export/index.js';
import { REGISTER_COLUMNS, TASK_COLUMNS } from '../../src/export/formats.js';
import { packagePath } from '../../src/paths.js';
import { RecordSchema, type CongvanRecord } from '../../src/schema.js';
import { tempDir } from '../batch/tmp.js';

const dir = tempDir('congvan-export-');
const span = { start: 0, end: 5 };
let recA: CongvanRecord;
let recB: CongvanRecord;

beforeAll(async () => {
  const engine = await createEngine({ noRestore: true });
  const base = (await engine.process(packagePath('seeds', '001_eda59625cfa00c8b.txt'))).record!;
  const other = (await engine.process(packagePath('seeds', '002_2210a935b902ad9c.txt'))).record!;
  await engine.close();
  recA = RecordSchema.parse({
    ...base,
    document: {
      ...base.document,
      number: '2394/UBND-KGVX',
      type: 'Công văn',
      issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Ngãi' },
      date: '2025-11-03',
      subject: 'triển khai Mô hình liên thông số, thống nhất',
      urgency: 'KHẨN',
    },
    tasks: [
      {
        id: '1',
        lead: [{ name: 'Sở Khoa học và Công nghệ', canonical: null }],
        coordinate: [{ name: 'Công an tỉnh' }, { name: 'Các sở, ban, ngành' }],
        action: 'Chủ trì, hướng dẫn "liên thông số"; báo cáo kết quả',
        deadline: { kind: 'date', due: '2025-11-15', text: 'trước ngày 15/11/2025', span },
        span,
      },
      { id: '2', lead: [{ name: 'Các xã, phường, đặc khu' }], coordinate: [], action: 'Thực hiện thường xuyên', deadline: { kind: 'recurring', due: null, text: 'Nhiệm vụ thường xuyên' }, span },
    ],
  });
  recB = RecordSchema.parse({ ...other, document: { ...other.document, number: null, issuer: null, urgency: null, secrecy: null, type: 'Thông báo', subject: 'Kết luận của Chủ tịch', date: '2025-10-01' }, tasks: [] });
  writeFileSync(join(dir, recordName(recA.source.path)), JSON.stringify(recA));
  writeFileSync(join(dir, recordName(recB.source.path)), JSON.stringify(recB));
  writeFileSync(join(dir, 'bad.pdf.0123456789ab.error.json'), JSON.stringify({ path: '/x/bad.pdf', reason: 'corrupt' }));
  writeFileSync(join(dir, 'summary.json'), JSON.stringify({ counts: {} }));
  writeFileSync(join(dir, '.half.txt.0123456789ab.json.999999.deadbeef.congvan-tmp'), '{"schemaVer');
  writeFileSync(join(dir, 'broken.txt.aaaaaaaaaaaa.json'), '{"not": "a record"}');
});

async function exp(format: 'ndjson' | 'register-csv' | 'tasks-csv' | 'ics') {
  const file = join(dir, `out.${format}`);
  const r = await exportFolder(dir, format, file);
  return { ...r, text: readFileSync(file, 'utf8'), bytes: readFileSync(file) };
}

const csvLines = (t: string) => t.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

describe('export', () => {
  it('NDJSON: one valid record per line; error files, summary, temps are not records; a bad record is reported', async () => {
    const r = await exp('ndjson');
    const lines = r.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(RecordSchema.safeParse(JSON.parse(l)).success).toBe(true);
    expect(r.records).toBe(2);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.file).toContain('broken.txt');
  });

  it('register CSV: BOM, the Phụ lục IV columns, rows by document date, clerk columns empty', async () => {
    const r = await exp('register-csv');
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(r.text);
    expect(lines[0]).toBe(REGISTER_COLUMNS.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
    expect(lines).toHaveLength(3);
    // recB (01/10/2025) before recA (03/11/2025).
    expect(lines[1]).toMatch(/^,,,,01\/10\/2025,Thông báo Kết luận của Chủ tịch,,,,/);
    expect(lines[2]).toBe(
      ',,Ủy ban nhân dân tỉnh Quảng Ngãi,2394/UBND-KGVX,03/11/2025,"Công văn V/v triển khai Mô hình liên thông số, thống nhất",,,,KHẨN; tệp 001_eda59625cfa00c8b.txt',
    );
  });

  it('tasks CSV: one row per task with lead, coordinate, due and the deadline as written', async () => {
    const lines = csvLines((await exp('tasks-csv')).text);
    expect(lines[0]).toBe(TASK_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      '2394/UBND-KGVX,1,Sở Khoa học và Công nghệ,"Công an tỉnh; Các sở, ban, ngành","Chủ trì, hướng dẫn ""liên thông số""; báo cáo kết quả",2025-11-15,trước ngày 15/11/2025,001_eda59625cfa00c8b.txt',
      '2394/UBND-KGVX,2,"Các xã, phường, đặc khu",,Thực hiện thường xuyên,,Nhiệm vụ thường xuyên,001_eda59625cfa00c8b.txt',
    ]);
  });

  it('iCalendar: an all-day event per dated task, stable UIDs, CRLF, folded lines', async () => {
    const a = await exp('ics');
    const b = await exp('ics');
    expect(a.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(a.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(a.text).not.toMatch(/[^\r]\n/);
    for (const l of a.text.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    const unfolded = a.text.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1); // the recurring task has no date
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20251115\r\n');
    const uid = (t: string) => /UID:(.*)\r\n/.exec(t.replace(/\r\n /g, ''))![1];
    expect(uid(a.text)).toBe(uid(b.text));
    expect(uid(a.text)).toMatch(/^[0-9a-f]{32}@congvan$/);
  });

  it('fails clearly on a folder that does not exist', async () => {
    await expect(exportFolder(join(dir, 'nope'), 'ndjson', join(dir, 'x'))).rejects.toThrow(/nope: not a folder of records/);
  });
});
