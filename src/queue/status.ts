// `congvan queue status`: counts of the queue and its dead-letter list (failed
// jobs, kept with their reasons); `congvan queue retry` puts them back.
import { Queue } from 'bullmq';
import type { JobData, JobResult } from './jobs.js';
import { connect, QUEUE_NAME } from './redis.js';

export interface QueueFailure {
  id: string;
  path: string;
  outDir: string;
  /** `<code>: <path>: <what went wrong>` (or BullMQ's own reason, e.g. a job that stalled too often). */
  reason: string;
  attempts: number;
  failedAt?: string;
}

export interface QueueStatus {
  /** Waiting includes jobs waiting out a retry's backoff (also counted in `retrying`). */
  counts: { waiting: number; active: number; done: number; failed: number; retrying: number };
  failures: QueueFailure[];
}

const PAGE = 500;

export async function queueStatus(redis: string): Promise<QueueStatus> {
  const client = await connect(redis);
  const queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection: client });
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const failures: QueueFailure[] = [];
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getFailed(start, start + PAGE - 1);
      for (const j of jobs) {
        failures.push({
          id: j.id ?? '',
          path: j.data.path,
          outDir: j.data.outDir,
          reason: j.failedReason,
          attempts: j.attemptsMade,
          ...(j.finishedOn ? { failedAt: new Date(j.finishedOn).toISOString() } : {}),
        });
      }
      if (jobs.length < PAGE) break;
    }
    return {
      counts: {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0),
        active: c.active ?? 0,
        done: c.completed ?? 0,
        failed: c.failed ?? 0,
        retrying: c.delayed ?? 0,
      },
      failures,
    };
  } finally {
    await queue.close();
    client.disconnect();
  }
}

/** Put every failed job back in the queue (after a share is mounted again, say). Returns how many. */
export async function retryFailed(redis: string): Promise<number> {
  const client = await connect(redis);
  const queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection: client });
  try {
    const n = await queue.getFailedCount();
    await queue.retryJobs({ state: 'failed' });
    return n;
  } finally {
    await queue.close();
    client.disconnect();
  }
}

export function formatStatus(s: QueueStatus): string {
  const c = s.counts;
  const lines = [`waiting ${c.waiting}${c.retrying ? ` (${c.retrying} retrying after a transient fault)` : ''}`, `active ${c.active}`, `done ${c.done}`, `failed ${c.failed}`];
  for (const f of s.failures) {
    const named = f.reason.includes(f.path) ? f.reason : `${f.path}: ${f.reason}`;
    lines.push(`  ✗ ${named} (${f.attempts} attempt${f.attempts === 1 ? '' : 's'})`);
  }
  return lines.join('\n') + '\n';
}
