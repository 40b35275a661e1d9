// One input of a batch or a queue job: skip it when its record is up to date,
// else run it through the engine and write its record (or its error file)
// atomically into the output folder. Batch and queue workers share this, so one
// output folder serves both.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { failureReason, type Doc } from '../doc.js';
import type { Engine } from '../engine.js';
import type { CongvanRecord } from '../schema.js';
import { pipelineVersion } from '../version.js';
import type { InputProblem } from './inputs.js';
import { errorName, hashFile, readStamp, recordName, writeJsonAtomic } from './store.js';

export type FileStatus = 'processed' | 'skipped' | 'failed' | 'not-started';

export interface FileResult {
  /** Absolute path of the input. */
  path: string;
  status: FileStatus;
  /** Record or error file written, relative to the output folder. */
  output?: string;
  pages: number;
  ms: number;
  /** Failure code and one-line reason naming the file. */
  code?: string;
  reason?: string;
  /** Codes of the record's warning messages. */
  warnings?: string[];
  /** One line on what was read: kind, number, issuer, date, tasks. */
  brief?: string;
}

export async function problemResult(outDir: string, p: InputProblem): Promise<FileResult> {
  const r: FileResult = { path: p.path, status: 'failed', pages: 0, ms: 0, code: p.code, reason: `${p.path}: ${p.reason}` };
  // Arguments that name nothing on disk get no error file: there is no file to name it after.
  if (p.code !== 'no-match' && p.code !== 'not-found') {
    r.output = errorName(p.path);
    await writeError(outDir, r.output, { path: p.path, code: p.code, reason: r.reason!, messages: [] });
  }
  return r;
}

async function writeError(outDir: string, name: string, e: { path: string; sha256?: string; code: string; reason: string; messages: unknown[] }) {
  await writeJsonAtomic(outDir, name, {
    path: e.path,
    ...(e.sha256 ? { sha256: e.sha256 } : {}),
    pipeline: { name: 'congvan', version: pipelineVersion() },
    failedAt: new Date().toISOString(),
    code: e.code,
    reason: e.reason,
    messages: e.messages,
  });
}

/** What a clerk sees first: "Công văn 507/UBND-KGVX, Ủy ban nhân dân tỉnh Quảng Ngãi, 2025-01-24; 3 tasks, 2 references". */
export function briefOf(rec: CongvanRecord): string {
  const d = rec.document;
  const head = [[d.type, d.number].filter(Boolean).join(' '), d.issuer?.name, d.date].filter(Boolean).join(', ');
  return `${head || 'no header fields'}; ${rec.tasks.length} tasks, ${rec.references.length} references`;
}

export interface ProcessOneOptions {
  force: boolean;
  getEngine: () => Promise<Engine>;
  onPage?: (done: number, pages: number) => void;
  /** Asked just before the record or error file is written; false leaves the folder untouched (a queue job whose worker is gone). */
  mayWrite?: () => boolean;
}

export async function processOne(path: string, outDir: string, o: ProcessOneOptions): Promise<FileResult> {
  const { force, getEngine, onPage, mayWrite = () => true } = o;
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const recName = recordName(path);
  const errName = errorName(path);
  const recFile = join(outDir, recName);
  const stamp = await readStamp(recFile);
  if (stamp && !force && stamp.version === pipelineVersion()) {
    const sha = await hashFile(path).catch(() => undefined);
    if (sha === stamp.sha256) return { path, status: 'skipped', output: recName, pages: stamp.pages, ms: ms() };
  }

  let doc: Doc;
  try {
    doc = await (await getEngine()).process(path, { onPage });
  } catch (err) {
    if (!mayWrite()) return { path, status: 'not-started', pages: 0, ms: ms() };
    // The engine promises not to throw for bad input; if it does, this file fails, not the batch.
    const reason = `${path}: internal error: ${err instanceof Error ? err.message : String(err)}`;
    await writeError(outDir, errName, { path, code: 'internal-error', reason, messages: [] });
    return { path, status: 'failed', output: errName, pages: 0, ms: ms(), code: 'internal-error', reason };
  }

  if (!mayWrite()) return { path, status: 'not-started', pages: 0, ms: ms() };
  const reason = failureReason(doc);
  if (reason || !doc.record) {
    const fatal = doc.messages.find((m) => m.fatal);
    const code = fatal?.code ?? 'no-record';
    const why = reason ?? `${path}: no record was produced`;
    await writeError(outDir, errName, { path, sha256: doc.sha256, code, reason: why, messages: doc.messages });
    // A record of other content would be mistaken for this file's.
    if (stamp && doc.sha256 && stamp.sha256 !== doc.sha256) await rm(recFile, { force: true });
    return { path, status: 'failed', output: errName, pages: 0, ms: ms(), code, reason: why };
  }

  try {
    await writeJsonAtomic(outDir, recName, doc.record);
  } catch (err) {
    const why = `${path}: record could not be written to ${outDir}: ${err instanceof Error ? err.message : String(err)}`;
    return { path, status: 'failed', pages: 0, ms: ms(), code: 'write-failed', reason: why };
  }
  await rm(join(outDir, errName), { force: true });
  const warnings = [...new Set(doc.record.messages.filter((m) => m.severity === 'warning').map((m) => m.code))];
  return {
    path,
    status: 'processed',
    output: recName,
    pages: doc.record.source.pages,
    ms: ms(),
    ...(warnings.length ? { warnings } : {}),
    brief: briefOf(doc.record),
  };
}
