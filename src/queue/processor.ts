// The sandboxed processor of queue jobs: BullMQ forks a process per concurrent
// job slot and loads this file there (from dist/, compiled), so a CPU-heavy page
// never stalls the worker's lock renewal. The process is reused across jobs and
// keeps one engine loaded. It writes records exactly as `congvan batch` does.
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { processOne } from '../batch/one.js';
import { createEngine, type Engine } from '../engine.js';
import { pipelineVersion } from '../version.js';
import { TRANSIENT_CODES, type JobData, type JobResult } from './jobs.js';

let engine: Promise<Engine> | undefined;
const getEngine = () =>
  (engine ??= createEngine({ ocrWorkers: 1, pageTimeoutMs: Number(process.env.CONGVAN_PAGE_TIMEOUT_MS) || undefined }));

// The worker process is gone (killed): stop too, so its job is not written
// while another worker redoes it after the lock runs out.
process.on('disconnect', () => process.exit(1));

export default async function processJob(job: SandboxedJob<JobData, JobResult>): Promise<JobResult> {
  const { paths, outDir, version } = job.data;
  if (version !== pipelineVersion()) {
    throw new Error(`version-mismatch: ${paths[0]}: queued for pipeline ${version}, this worker runs ${pipelineVersion()}`);
  }
  const files = [];
  for (const path of paths) {
    const onPage = (page: number, pages: number) => void job.updateProgress({ path, page, pages });
    const r = await processOne(path, outDir, false, getEngine, onPage);
    files.push(r);
    if (r.status === 'failed') {
      // The message starts with the code, so the failed list says why without the error file.
      const message = `${r.code}: ${r.reason}`;
      throw TRANSIENT_CODES.has(r.code!) ? new Error(message) : new UnrecoverableError(message);
    }
  }
  return { pid: process.pid, files };
}
