// `congvan worker`: take jobs from the queue, N at a time, each in a sandboxed
// process (dist/src/queue/processor.js) that keeps one engine loaded. A worker
// that dies leaves its job locked until the lock runs out; another worker's
// stall check then puts it back, so it finishes elsewhere.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import { packagePath } from '../paths.js';
import type { JobData, JobResult } from './jobs.js';
import { checkServer, connect, QUEUE_NAME, workerConnection } from './redis.js';

export interface WorkerOptions {
  redis: string;
  /** Jobs at once, each in its own sandbox process with one OCR worker. */
  jobs: number;
  pageTimeoutMs?: number;
  /** How long a job's lock lasts without renewal: how soon a dead worker's job is taken over. */
  lockMs?: number;
  /** One line per finished or failed job, and warnings. */
  log?: (line: string) => void;
}

export const PROCESSOR_FILE = packagePath('dist', 'src', 'queue', 'processor.js');

export interface RunningWorker {
  /** Finish the jobs in progress, take no more, stop the sandboxes. */
  close(): Promise<void>;
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  if (!existsSync(PROCESSOR_FILE)) throw new Error(`${PROCESSOR_FILE}: the compiled job processor is missing; run npm run build`);
  const log = o.log ?? (() => undefined);
  const probe = await connect(o.redis);
  try {
    for (const w of await checkServer(probe, o.redis)) log(`warning: ${w}`);
  } finally {
    probe.disconnect();
  }
  const lockMs = o.lockMs ?? 30_000;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (o.pageTimeoutMs) env.CONGVAN_PAGE_TIMEOUT_MS = String(o.pageTimeoutMs);
  const connection = workerConnection(o.redis);
  const worker = new Worker<JobData, JobResult>(QUEUE_NAME, PROCESSOR_FILE, {
    connection,
    // Kept on each job it takes (processedBy): which machine and process read it.
    name: `${hostname()}:${process.pid}`,
    concurrency: o.jobs,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job whose worker dies twice is retried once more; a third death fails it (a page that kills workers).
    maxStalledCount: 2,
    workerForkOptions: { env },
  });
  let lastError = '';
  worker.on('error', (err) => {
    // Connection losses repeat while Redis is away: say each new one once.
    if (err.message !== lastError) log(`warning: ${err.message}`);
    lastError = err.message;
  });
  worker.on('completed', (job, result) => {
    const f = result.file;
    log(`✓ ${f.path}: ${f.status === 'skipped' ? 'skipped (record up to date)' : f.brief ?? f.status}`);
  });
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = Boolean(job.finishedOn); // set only when the job goes to the failed list
    log(`${final ? '✗' : '↻'} ${err.message}${final ? '' : ` (attempt ${job.attemptsMade}, will retry)`}`);
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      // A connection passed in is not closed by BullMQ.
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
