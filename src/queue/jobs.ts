// What a queue job is: one input file, named by its content (sha256) and the
// pipeline version, with the output folder. Both sides of the queue read these
// definitions.
import type { JobsOptions } from 'bullmq';
import type { FileResult } from '../batch/one.js';
import { pipelineVersion } from '../version.js';

export interface JobData {
  /** Absolute path, as every worker sees it on the shared folder. */
  path: string;
  outDir: string;
  sha256: string;
  /** pipelineVersion() of the side that queued it. */
  version: string;
}

export interface JobResult {
  /** The sandbox process that ran the job (one engine per sandbox, reused across jobs). */
  pid: number;
  file: FileResult;
}

/**
 * Same content under the same pipeline version: same id, so a re-enqueue is a no-op. A second path
 * with content already queued under another path gets the id with its path key appended, so it
 * gets its own job and record, once.
 */
export function jobId(sha256: string, version = pipelineVersion(), pathKey?: string): string {
  return pathKey ? `${sha256}.${version}.${pathKey}` : `${sha256}.${version}`;
}

/**
 * Failures worth another try, elsewhere or later: the file could not be read
 * (a share mount away), OCR ran out of time (a loaded host), the engine could
 * not start or threw, the record could not be written, or the worker runs
 * another pipeline version. Every other code is about the input's content and
 * fails once.
 */
export const TRANSIENT_CODES = new Set(['unreadable', 'ocr-timeout', 'setup-failed', 'internal-error', 'write-failed', 'version-mismatch']);

export interface RetryOptions {
  /** Tries in all for a transient fault (default 4). */
  attempts?: number;
  /** First wait before a retry, doubled each time (default 10 s). */
  backoffMs?: number;
}

export const jobOptions = (r: RetryOptions = {}): JobsOptions => ({
  attempts: r.attempts ?? 4,
  backoff: { type: 'exponential', delay: r.backoffMs ?? 10_000 },
  // Completed jobs keep the re-enqueue a no-op and feed the done count; failed ones are the dead-letter list.
  removeOnComplete: false,
  removeOnFail: false,
});
