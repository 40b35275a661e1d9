// The dev and test sets of real directives (corpus/gold/dev, corpus/gold/test):
// every gold file is well formed, its source is beside it, and each document sits in
// the split its recorded rule gives (corpus/gold/dev/README.md), so no file moves
// between dev and test unnoticed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

const SPLITS = ['dev', 'test'] as const;
const FORMS = ['letter', 'plan', 'table'];
const KINDS = ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'relative', 'other'];
/** Added after the first 19 documents; they went to test form by form until it had 3. */
const LATER = ['laocai-kh-ubnd-ct11-2026', 'laocai-nq34-nq-tu-2025', 'laocai-kh-sct-dean08-2026', 'laocai-cv-ubnd-kt-damhong-2026', 'laocai-ctr104-ctr-tu-2026', 'laocai-kh134-kh-ubnd-2026'];

interface Deadline { kind: string; due: string | null; text: string; all?: Deadline[] }
interface Gold {
  source: string;
  form: string;
  origin: { repo: string; path: string; commit: string };
  document: Record<string, unknown>;
  references: { number: string; date: string | null }[];
  tasks: { id: string; lead: string[]; coordinate: string[]; action: string; deadline: Deadline | null }[];
}

const docs = SPLITS.flatMap((split) => {
  const dir = packagePath('corpus', 'gold', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => ({ split, id: f.slice(0, -'.gold.json'.length), file: join(dir, f), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold }));
});
const sha = (id: string) => createHash('sha1').update(id).digest('hex');
const isoOrNull = (d: unknown) => d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));

describe('dev and test sets', () => {
  it('holds at least 15 dev and 10 test documents, 3 of each form in test', () => {
    const count = (split: string, form?: string) => docs.filter((d) => d.split === split && (!form || d.gold.form === form)).length;
    expect(count('dev')).toBeGreaterThanOrEqual(15);
    expect(count('test')).toBeGreaterThanOrEqual(10);
    for (const form of FORMS) expect(count('test', form), form).toBeGreaterThanOrEqual(3);
  });

  it.each(docs.map((d) => [d.id, d] as const))('%s is well formed and beside its source', (_, d) => {
    const g = d.gold;
    expect(FORMS).toContain(g.form);
    expect(g.origin.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(g.origin.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(dirname(packagePath(g.source))).toBe(dirname(d.file));
    expect(g.source).toMatch(new RegExp(`/${d.id}\\.(txt|pdf)$`));
    expect(existsSync(packagePath(g.source))).toBe(true);
    for (const k of ['number', 'type', 'issuer', 'place', 'date', 'subject', 'recipients', 'signer']) expect(g.document).toHaveProperty(k);
    expect(isoOrNull(g.document.date)).toBe(true);
    for (const r of g.references) expect(isoOrNull(r.date), r.number).toBe(true);
    const ids = g.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of g.tasks) {
      expect(t.id).toMatch(/^\d+(\.\d+)*$/);
      expect(t.action.length).toBeGreaterThan(0);
      for (const dl of t.deadline ? [t.deadline, ...(t.deadline.all ?? [])] : []) {
        expect(KINDS, t.id).toContain(dl.kind);
        expect(isoOrNull(dl.due), t.id).toBe(true);
      }
    }
  });

  it('puts each document in the split its rule gives', () => {
    const first = docs.filter((d) => !LATER.includes(d.id));
    for (const d of first) expect(d.split, d.id).toBe(Number.parseInt(sha(d.id).slice(0, 8), 16) % 5 < 2 ? 'test' : 'dev');
    const inTest = (form: string) => first.filter((d) => d.split === 'test' && d.gold.form === form).length;
    const taken: Record<string, number> = {};
    for (const d of docs.filter((x) => LATER.includes(x.id)).sort((a, b) => sha(a.id).localeCompare(sha(b.id)))) {
      const n = inTest(d.gold.form) + (taken[d.gold.form] ?? 0);
      const want = n < 3 ? 'test' : 'dev';
      if (want === 'test') taken[d.gold.form] = (taken[d.gold.form] ?? 0) + 1;
      expect(d.split, d.id).toBe(want);
    }
    expect(docs.filter((d) => LATER.includes(d.id))).toHaveLength(LATER.length);
  });
});
