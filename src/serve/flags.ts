// Which fields a clerk should look at first: those the engine doubted (a
// message or a low-confidence restored word inside the field's span) and
// those it could not fill.
import { LOW_CONFIDENCE } from '../restore/index.js';
import type { CongvanRecord, RecordSpan } from '../schema.js';
import { fieldPaths, resolve } from './fields.js';
import type { TokenNote } from './store.js';

const REQUIRED = new Set(['document.number', 'document.type', 'document.issuer', 'document.date', 'document.subject']);

/** Messages without a span that are still about one header field. */
const CODE_FIELD: [RegExp, string][] = [
  [/number/, 'document.number'],
  [/date|day/, 'document.date'],
  [/signer/, 'document.signer.name'],
];

const overlaps = (a: { start: number; end: number }, b: RecordSpan) => a.start < b.end && b.start < a.end;

/** Reasons to check each field, by path; fields with no reason are absent. */
export function flags(r: CongvanRecord, tokens: TokenNote[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (path: string, why: string) => {
    const list = out.get(path) ?? [];
    if (!list.includes(why)) list.push(why);
    out.set(path, list);
  };
  const low = tokens.filter((t) => t.confidence < LOW_CONFIDENCE);
  for (const path of fieldPaths(r)) {
    const f = resolve(r, path)!;
    const v = f.get();
    const empty = v === null || v === '' || (Array.isArray(v) && v.length === 0);
    if (REQUIRED.has(path) && empty) add(path, 'chưa đọc được');
    if (path === 'document.number' && typeof v === 'string' && !/^\d/.test(v)) add(path, 'thiếu số');
    const spans = f.spans();
    for (const m of r.messages) {
      if (m.fatal || !m.span || m.code === 'restore-low-confidence') continue;
      if (spans.some((s) => overlaps(m.span!, s))) add(path, m.text);
    }
    for (const t of low) {
      if (spans.some((s) => overlaps(t, s))) add(path, `từ "${r.text.restored.slice(t.start, t.end)}" khôi phục chưa chắc (${Math.round(t.confidence * 100)}%)`);
    }
  }
  for (const m of r.messages) {
    if (m.span || m.fatal) continue;
    const hit = CODE_FIELD.find(([re]) => re.test(m.code));
    if (hit) add(hit[1], m.text);
  }
  return out;
}
