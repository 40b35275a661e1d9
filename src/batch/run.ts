// Batch mode: many inputs, one engine, N at a time; one record (or one error
// file) per input in the output folder. A bad file is a failure in the summary,
// never the end of the batch. A re-run skips inputs whose record matches the
// file's content hash and the pipeline version; failed inputs are tried again
// (the cause may be gone), and their `.error.json` is removed once they succeed.
// An abort signal (SIGINT) stops new files from starting; the running ones
// finish and are written. Records that do not read as Vietnamese are kept with
// a 'not-vietnamese' warning (an archive's stray English file is still a file).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { createEngine, type Engine, type EngineOptions } from '../engine.js';
import { ioReason } from '../input/read.js';
import { pipelineVersion } from '../version.js';
import { defaultJobs } from './cores.js';
import { expandInputs } from './inputs.js';
import { problemResult, processOne, type FileResult, type FileStatus } from './one.js';
import { cleanStaleTemps, SUMMARY_FILE, syncDir, writeJsonAtomic } from './store.js';

export type { FileResult, FileStatus } from './one.js';
export { briefOf } from './one.js';

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
            finish(await processOne(path, outDir, { force, getEngine, onPage }));
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
