// The sandboxed processor of queue jobs: BullMQ forks a process per concurrent
// job slot and loads this file there (from dist/, compiled), so a CPU-heavy page
// never stalls the worker's lock renewal. The process is reused across jobs and
// keeps one engine loaded. It writes records exactly as `congvan batch` does.
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { processOne } from '../batch/one.js';
import { cleanStaleTemps } from '../batch/store.js';
import { createEngine, type Engine } from '../engine.js';
import { pipelineVersion } from '../version.js';
import { TRANSIENT_CODES, type JobData, type JobResult } from './jobs.js';

let engine: Promise<Engine> | undefined;
// The worker's page timeout reaches this sandbox through the environment BullMQ forks it
// with (src/queue/worker.ts sets it): the fork options are the only channel to it. This is
// the one read of process.env in src/; no other setting is taken from the environment.
const cleaned = new Set<string>();
const getEngine = () =>
  (engine ??= createEngine({ ocrWorkers: 1, pageTimeoutMs: Number(process.env.CONGVAN_PAGE_TIMEOUT_MS) || undefined }));

// The worker process is gone (killed): stop too, so its job is not written
// while another worker redoes it after the lock runs out.
process.on('disconnect', () => process.exit(1));

export default async function processJob(job: SandboxedJob<JobData, JobResult>): Promise<JobResult> {
  const { path, outDir, version } = job.data;
  if (version !== pipelineVersion()) {
    throw new Error(`version-mismatch: ${path}: queued for pipeline ${version}, this worker runs ${pipelineVersion()}`);
  }
  if (!cleaned.has(outDir)) {
    // Temps of killed runs on this machine (another machine's are left to it), as batch does at start.
    cleaned.add(outDir);
    await cleanStaleTemps(outDir).catch(() => 0);
  }
  const onPage = (page: number, pages: number) => void job.updateProgress({ page, pages });
  // A sandbox whose worker is gone writes nothing: another worker redoes the job once the lock runs out.
  const file = await processOne(path, outDir, { force: false, getEngine, onPage, mayWrite: () => process.connected !== false });
  if (file.status === 'not-started') process.exit(1);
  if (file.status === 'failed') {
    // The message starts with the code, so the failed list says why without the error file.
    const message = `${file.code}: ${file.reason}`;
    throw TRANSIENT_CODES.has(file.code!) ? new Error(message) : new UnrecoverableError(message);
  }
  return { pid: process.pid, file };
}
