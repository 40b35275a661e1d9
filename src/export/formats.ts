// The export formats, each a generator of text chunks over the records:
// NDJSON (one record a line), the register of incoming documents (Nghị định
// 30/2020/NĐ-CP, Phụ lục IV), a CSV of tasks, an iCalendar of task deadlines.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { PACKAGE_VERSION } from '../paths.js';
import type { CongvanRecord, Task } from '../schema.js';
import { BOM, csvRow } from './csv.js';
import { icsEvent, icsHeader, ICS_FOOTER } from './ics.js';

export const FORMATS = ['ndjson', 'register-csv', 'tasks-csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

type Records = AsyncIterable<{ file: string; record: CongvanRecord }>;

export async function* ndjson(records: Records): AsyncGenerator<string> {
  for await (const { record } of records) yield JSON.stringify(record) + '\n';
}

/** Columns of the "Sổ đăng ký văn bản đến" (Phụ lục IV). */
export const REGISTER_COLUMNS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
] as const;

/** 2025-11-15 -> 15/11/2025, as clerks write dates. */
export function vnDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function typeAndSubject(doc: CongvanRecord['document']): string {
  const { type, subject } = doc;
  if (!type) return subject ?? '';
  if (!subject) return type;
  // A công văn's trích yếu reads "V/v ..." after its kind.
  return type === 'Công văn' ? `${type} V/v ${subject}` : `${type} ${subject}`;
}

export function registerRow(r: CongvanRecord): string[] {
  const d = r.document;
  const notes = [d.urgency, d.secrecy, `tệp ${basename(r.source.path)}`].filter(Boolean) as string[];
  if (r.messages.some((m) => m.code === 'not-vietnamese')) notes.push('không phải tiếng Việt');
  return [
    '', // Ngày đến: the clerk's
    '', // Số đến: the clerk's
    d.issuer?.name ?? '',
    d.number ?? '',
    vnDate(d.date),
    typeAndSubject(d),
    '', // Đơn vị hoặc người nhận: assigned by the office
    '', // Ngày chuyển
    '', // Ký nhận
    notes.join('; '),
  ];
}

export async function* registerCsv(records: Records): AsyncGenerator<string> {
  // Only the short rows are kept, so thousands of records fit in memory.
  const rows: { date: string; path: string; row: string[] }[] = [];
  for await (const { record } of records) {
    rows.push({ date: record.document.date ?? '9999', path: record.source.path, row: registerRow(record) });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  yield BOM + csvRow([...REGISTER_COLUMNS]);
  for (const r of rows) yield csvRow(r.row);
}

export const TASK_COLUMNS = ['Văn bản', 'Mục', 'Chủ trì', 'Phối hợp', 'Nhiệm vụ', 'Hạn', 'Thời hạn ghi trong văn bản', 'Tệp'] as const;

function docLabel(r: CongvanRecord): string {
  return r.document.number ?? basename(r.source.path);
}

const names = (xs: Task['lead']) => xs.map((a) => a.canonical ?? a.name).join('; ');

export async function* tasksCsv(records: Records): AsyncGenerator<string> {
  yield BOM + csvRow([...TASK_COLUMNS]);
  for await (const { record } of records) {
    for (const t of record.tasks) {
      yield csvRow([docLabel(record), t.id, names(t.lead), names(t.coordinate), t.action, t.deadline?.due ?? '', t.deadline?.text ?? '', basename(record.source.path)]);
    }
  }
}

/** Same document content and task place give the same UID, so calendars update instead of duplicating. */
export function taskUid(r: CongvanRecord, t: Task): string {
  return `${createHash('sha256').update(`${r.source.sha256}\n${t.id}`).digest('hex').slice(0, 32)}@congvan`;
}

export async function* ics(records: Records, stamp = new Date()): AsyncGenerator<string> {
  yield icsHeader(PACKAGE_VERSION);
  for await (const { record } of records) {
    for (const t of record.tasks) {
      if (!t.deadline?.due) continue;
      const lead = names(t.lead);
      const summary = `${lead ? lead + ': ' : ''}${t.action}`;
      const description = [
        `Nhiệm vụ: ${t.action}`,
        lead && `Chủ trì: ${lead}`,
        t.coordinate.length ? `Phối hợp: ${names(t.coordinate)}` : '',
        `Thời hạn: ${t.deadline.text}${t.deadline.time ? ` (${t.deadline.time})` : ''}`,
        `Văn bản: ${docLabel(record)}${record.document.date ? ` ngày ${vnDate(record.document.date)}` : ''}, mục ${t.id}`,
        `Tệp: ${record.source.path}`,
      ]
        .filter(Boolean)
        .join('\n');
      yield icsEvent({ uid: taskUid(record, t), date: t.deadline.due, summary: summary.length > 120 ? summary.slice(0, 119) + '…' : summary, description }, stamp);
    }
  }
  yield ICS_FOOTER;
}

export function exporter(format: Format): (records: Records) => AsyncGenerator<string> {
  return { ndjson, 'register-csv': registerCsv, 'tasks-csv': tasksCsv, ics }[format];
}
