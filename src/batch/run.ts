// Batch mode: many inputs, one engine, N at a time; one record (or one error
// file) per input in the output folder. A bad file is a failure in the summary,
// never the end of the batch. A re-run skips inputs whose record matches the
// file's content hash and the pipeline version; failed inputs are tried again
// (the cause may be gone), and their `.error.json` is removed once they succeed.
// An abort signal (SIGINT) stops new files from starting; the running ones
// finish and are written. Records that do not read as Vietnamese are kept with
// a 'not-vietnamese' warning (an archive's stray English file is still a file).
import { availableParallelism } from 'node:os';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { failureReason, type Doc } from '../doc.js';
import { createEngine, type Engine, type EngineOptions } from '../engine.js';
import { ioReason } from '../input/read.js';
import { pipelineVersion } from '../version.js';
import type { CongvanRecord } from '../schema.js';
import { expandInputs, type InputProblem } from './inputs.js';
import {
  cleanStaleTemps,
  errorName,
  hashFile,
  readStamp,
  recordName,
  SUMMARY_FILE,
  syncDir,
  writeJsonAtomic,
} from './store.js';

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

export interface BatchSummary {
  pipeline: { name: 'congvan'; version: string };
  outDir: string;
  inputs: string[];
  jobs: number;
  force: boolean;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** Stopped by a signal (inputs not yet started are counted in notStarted). */
  interrupted: boolean;
  counts: { total: number; processed: number; skipped: number; failed: number; notStarted: number };
  /** Pages read in this run (skipped inputs not counted). */
  pages: number;
  staleTempsRemoved: number;
  failures: { path: string; code: string; reason: string; output?: string }[];
  files: FileResult[];
}

export type BatchEvent =
  | { type: 'start'; total: number }
  | { type: 'file'; result: FileResult; done: number; total: number }
  | { type: 'page'; path: string; page: number; pages: number };

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  /** Files processed at once, and OCR workers (default: the number of cores). */
  jobs?: number;
  force?: boolean;
  engine?: Omit<EngineOptions, 'ocrWorkers'>;
  signal?: AbortSignal;
  onEvent?: (e: BatchEvent) => void;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const t0 = Date.now();
  const startedAt = new Date(t0).toISOString();
  const outDir = resolve(opts.outDir);
  const jobs = opts.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`jobs must be a whole number of at least 1, not ${jobs}`);
  const force = opts.force ?? false;
  const emit = opts.onEvent ?? (() => undefined);

  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw new Error(`${outDir}: cannot create the output folder: ${ioReason(err)}`);
  }
  const staleTempsRemoved = await cleanStaleTemps(outDir);
  const { files, problems } = await expandInputs(opts.inputs, { exclude: [outDir] });
  const total = files.length + problems.length;
  const results: FileResult[] = [];
  let done = 0;
  const finish = (r: FileResult) => {
    results.push(r);
    if (r.status !== 'not-started') done++;
    emit({ type: 'file', result: r, done, total });
  };
  emit({ type: 'start', total });

  for (const p of problems) {
    try {
      finish(await problemResult(outDir, p));
    } catch {
      // The error file could not be written: the summary still has the failure.
      finish({ path: p.path, status: 'failed', pages: 0, ms: 0, code: p.code, reason: `${p.path}: ${p.reason}` });
    }
  }

  // One engine for the batch, made on first use; the promise is shared so that
  // jobs starting together do not each make one.
  let engine: Promise<Engine> | undefined;
  const getEngine = () => (engine ??= createEngine({ ...opts.engine, ocrWorkers: jobs }));
  const limit = pLimit(jobs);
  try {
    await Promise.all(
      files.map((path) =>
        limit(async () => {
          if (opts.signal?.aborted) return finish({ path, status: 'not-started', pages: 0, ms: 0 });
          const t0 = performance.now();
          try {
            const onPage = (page: number, pages: number) => emit({ type: 'page', path, page, pages });
            finish(await processOne(path, outDir, force, getEngine, onPage));
          } catch (err) {
            // Writing the error file itself failed (disk full, folder removed): still one file's failure.
            const reason = `${path}: ${err instanceof Error ? err.message : String(err)}`;
            finish({ path, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), code: 'write-failed', reason });
          }
        }),
      ),
    );
  } finally {
    if (engine) await (await engine.catch(() => undefined))?.close();
  }

  const order = new Map([...problems.map((p) => p.path), ...files].map((p, i) => [p, i]));
  results.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const count = (s: FileStatus) => results.filter((r) => r.status === s).length;
  const failures = results
    .filter((r) => r.status === 'failed')
    .map((r) => ({ path: r.path, code: r.code!, reason: r.reason!, ...(r.output ? { output: r.output } : {}) }));
  const finishedAt = Date.now();
  const summary: BatchSummary = {
    pipeline: { name: 'congvan', version: pipelineVersion() },
    outDir,
    inputs: opts.inputs,
    jobs,
    force,
    startedAt,
    finishedAt: new Date(finishedAt).toISOString(),
    seconds: Math.round((finishedAt - t0) / 10) / 100,
    interrupted: opts.signal?.aborted ?? false,
    counts: { total, processed: count('processed'), skipped: count('skipped'), failed: count('failed'), notStarted: count('not-started') },
    pages: results.reduce((n, r) => n + (r.status === 'processed' ? r.pages : 0), 0),
    staleTempsRemoved,
    failures,
    files: results,
  };
  await writeJsonAtomic(outDir, SUMMARY_FILE, summary);
  await syncDir(outDir);
  return summary;
}

async function problemResult(outDir: string, p: InputProblem): Promise<FileResult> {
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

async function processOne(
  path: string,
  outDir: string,
  force: boolean,
  getEngine: () => Promise<Engine>,
  onPage?: (done: number, pages: number) => void,
): Promise<FileResult> {
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
    // The engine promises not to throw for bad input; if it does, this file fails, not the batch.
    const reason = `${path}: internal error: ${err instanceof Error ? err.message : String(err)}`;
    await writeError(outDir, errName, { path, code: 'internal-error', reason, messages: [] });
    return { path, status: 'failed', output: errName, pages: 0, ms: ms(), code: 'internal-error', reason };
  }

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
