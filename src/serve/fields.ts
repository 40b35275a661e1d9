// The fields a clerk may correct, named by path ("document.number",
// "tasks.2.deadline"): how to read each from a record, write it back, and
// where on the page it was read. Only these paths are accepted, so a request
// cannot reach any other part of the record.
import type { CongvanRecord, RecordSpan } from '../schema.js';

export type Value = string | string[] | null;

export interface Correction {
  field: string;
  old: Value;
  new: Value;
  time: string;
  sha256: string;
}

export type Input = 'text' | 'date' | 'list' | 'area';

interface DocField {
  label: string;
  input: Input;
  get(r: CongvanRecord): Value;
  set(r: CongvanRecord, v: Value): void;
  spans(r: CongvanRecord): RecordSpan[];
}

const str = (v: Value): string | null => {
  const s = (Array.isArray(v) ? v.join(' ') : v ?? '').replace(/\s+/g, ' ').trim();
  return s || null;
};
const list = (v: Value): string[] =>
  (Array.isArray(v) ? v : (v ?? '').split('\n')).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
const isoDate = (v: Value): string | null => {
  const s = str(v);
  if (s === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) throw new RangeError(`"${s}" is not a date (YYYY-MM-DD)`);
  return s;
};
const spanList = (s: RecordSpan | RecordSpan[] | undefined | null): RecordSpan[] => (s ? (Array.isArray(s) ? s : [s]) : []);
const docSpans = (key: string) => (r: CongvanRecord) => spanList(r.document.spans[key]);

/** Header fields, in the order of the form. */
export const DOC_FIELDS: Record<string, DocField> = {
  number: { label: 'Số, ký hiệu', input: 'text', get: (r) => r.document.number, set: (r, v) => void (r.document.number = str(v)), spans: docSpans('number') },
  type: { label: 'Tên loại', input: 'text', get: (r) => r.document.type, set: (r, v) => void (r.document.type = str(v)), spans: docSpans('type') },
  issuer: {
    label: 'Cơ quan ban hành',
    input: 'text',
    get: (r) => r.document.issuer?.name ?? null,
    set: (r, v) => {
      const name = str(v);
      r.document.issuer = name ? (r.document.issuer?.name === name ? r.document.issuer : { name }) : null;
    },
    spans: docSpans('issuer'),
  },
  place: { label: 'Địa danh', input: 'text', get: (r) => r.document.place, set: (r, v) => void (r.document.place = str(v)), spans: docSpans('place') },
  date: { label: 'Ngày văn bản', input: 'date', get: (r) => r.document.date, set: (r, v) => void (r.document.date = isoDate(v)), spans: docSpans('date') },
  subject: { label: 'Trích yếu', input: 'area', get: (r) => r.document.subject, set: (r, v) => void (r.document.subject = str(v)), spans: docSpans('subject') },
  recipients: { label: 'Kính gửi', input: 'list', get: (r) => r.document.recipients, set: (r, v) => void (r.document.recipients = list(v)), spans: docSpans('recipients') },
  'signer.name': {
    label: 'Người ký',
    input: 'text',
    get: (r) => r.document.signer?.name ?? null,
    set: (r, v) => void (r.document.signer = { name: str(v), title: r.document.signer?.title ?? null, authority: r.document.signer?.authority ?? null }),
    spans: docSpans('signer'),
  },
  'signer.title': {
    label: 'Chức vụ người ký',
    input: 'text',
    get: (r) => r.document.signer?.title ?? null,
    set: (r, v) => void (r.document.signer = { name: r.document.signer?.name ?? null, title: str(v), authority: r.document.signer?.authority ?? null }),
    spans: docSpans('title'),
  },
};

type Ref = CongvanRecord['references'][number];
type Task = CongvanRecord['tasks'][number];

interface ItemField<T> {
  label: string;
  input: Input;
  get(x: T): Value;
  set(x: T, v: Value): void;
  spans(x: T): RecordSpan[];
}

export const REF_FIELDS: Record<string, ItemField<Ref>> = {
  number: { label: 'Số, ký hiệu', input: 'text', get: (x) => x.number, set: (x, v) => void (x.number = str(v) ?? ''), spans: (x) => [x.span] },
  type: { label: 'Loại', input: 'text', get: (x) => x.type, set: (x, v) => void (x.type = str(v)), spans: (x) => [x.span] },
  date: { label: 'Ngày', input: 'date', get: (x) => x.date, set: (x, v) => void (x.date = isoDate(v)), spans: (x) => [x.span] },
  issuer: { label: 'Cơ quan', input: 'text', get: (x) => x.issuer, set: (x, v) => void (x.issuer = str(v)), spans: (x) => [x.span] },
};

/** Keep what was known (canonical name, span) of names the clerk left as they were. */
function agencies(old: Task['lead'], v: Value): Task['lead'] {
  return list(v).map((name) => old.find((a) => a.name === name || a.canonical === name) ?? { name });
}
const names = (xs: Task['lead']) => xs.map((a) => a.canonical ?? a.name);

export const TASK_FIELDS: Record<string, ItemField<Task>> = {
  lead: { label: 'Chủ trì', input: 'list', get: (t) => names(t.lead), set: (t, v) => void (t.lead = agencies(t.lead, v)), spans: (t) => t.lead.flatMap((a) => spanList(a.span)) },
  coordinate: {
    label: 'Phối hợp',
    input: 'list',
    get: (t) => names(t.coordinate),
    set: (t, v) => void (t.coordinate = agencies(t.coordinate, v)),
    spans: (t) => t.coordinate.flatMap((a) => spanList(a.span)),
  },
  action: { label: 'Nhiệm vụ', input: 'area', get: (t) => t.action, set: (t, v) => void (t.action = str(v) ?? ''), spans: (t) => [t.span] },
  deadline: {
    label: 'Hạn',
    input: 'date',
    get: (t) => t.deadline?.due ?? null,
    set: (t, v) => {
      const due = isoDate(v);
      if (t.deadline) t.deadline = { ...t.deadline, due, kind: due && t.deadline.kind === 'other' ? 'date' : t.deadline.kind };
      else if (due) t.deadline = { kind: 'date', due, text: '', time: null };
    },
    spans: (t) => spanList(t.deadline?.span ?? t.span),
  },
};

type Resolved = { label: string; input: Input; get(): Value; set(v: Value): void; spans(): RecordSpan[] };

/** The field at `path` in `r`, or undefined when the path names no editable field of this record. */
export function resolve(r: CongvanRecord, path: string): Resolved | undefined {
  const m = /^(document|references|tasks)\.(?:(\d{1,4})\.)?([a-z.]+)$/.exec(path);
  if (!m) return undefined;
  const [, group, index, key] = m;
  const own = <T extends object>(table: T, k: string) => (Object.hasOwn(table, k) ? (table as Record<string, unknown>)[k] : undefined);
  if (group === 'document' && index === undefined) {
    const f = own(DOC_FIELDS, key!) as DocField | undefined;
    return f && { label: f.label, input: f.input, get: () => f.get(r), set: (v) => f.set(r, v), spans: () => f.spans(r) };
  }
  if (index === undefined) return undefined;
  if (group === 'references') {
    const f = own(REF_FIELDS, key!) as ItemField<Ref> | undefined;
    const x = r.references[Number(index)];
    return f && x && { label: f.label, input: f.input, get: () => f.get(x), set: (v) => f.set(x, v), spans: () => f.spans(x) };
  }
  const f = own(TASK_FIELDS, key!) as ItemField<Task> | undefined;
  const x = r.tasks[Number(index)];
  return f && x && { label: f.label, input: f.input, get: () => f.get(x), set: (v) => f.set(x, v), spans: () => f.spans(x) };
}

/** Every editable path of a record, in form order. */
export function fieldPaths(r: CongvanRecord): string[] {
  return [
    ...Object.keys(DOC_FIELDS).map((k) => `document.${k}`),
    ...r.references.flatMap((_, i) => Object.keys(REF_FIELDS).map((k) => `references.${i}.${k}`)),
    ...r.tasks.flatMap((_, i) => Object.keys(TASK_FIELDS).map((k) => `tasks.${i}.${k}`)),
  ];
}

/** Set a field; false when the record has no such field (a replayed correction whose task is gone). */
export function applyChange(r: CongvanRecord, path: string, v: Value): boolean {
  const f = resolve(r, path);
  if (!f) return false;
  f.set(v);
  return true;
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
