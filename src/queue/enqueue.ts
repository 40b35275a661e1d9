// `congvan enqueue`: expand the inputs as batch does, hash each file, and add a
// job per input, named by its content. Workers on other machines read the same paths, so inputs
// and the output folder must be on a folder they all mount at the same place.
// Inputs that name nothing, or cannot be read, get their error file here, as
// in batch; everything about a file's content is the workers' business.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Queue, type JobsOptions } from 'bullmq';
import pLimit from 'p-limit';
import { expandInputs } from '../batch/inputs.js';
import { problemResult, type FileResult } from '../batch/one.js';
import { hashFile, pathKey } from '../batch/store.js';
import { ioReason } from '../input/read.js';
import { pipelineVersion } from '../version.js';
import { jobId, jobOptions, type JobData, type JobResult, type RetryOptions } from './jobs.js';
import { checkServer, connect, QUEUE_NAME } from './redis.js';

export interface EnqueueSummary {
  outDir: string;
  version: string;
  /** Files found. */
  files: number;
  /** Jobs added now; inputs already queued (or done, or failed) with the same content and version. */
  added: number;
  existing: number;
  /** Arguments or files that could not be queued, with their reasons. */
  failures: FileResult[];
  warnings: string[];
}

export interface EnqueueOptions extends RetryOptions {
  inputs: string[];
  outDir: string;
  redis: string;
}

const CHUNK = 500;
const HASHING = 4;

export async function enqueue(opts: EnqueueOptions): Promise<EnqueueSummary> {
  const outDir = resolve(opts.outDir);
  const client = await connect(opts.redis);
  const queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection: client });
  try {
    const warnings = await checkServer(client, opts.redis);
    try {
      await mkdir(outDir, { recursive: true });
    } catch (err) {
      throw new Error(`${outDir}: cannot create the output folder: ${ioReason(err)}`);
    }
    const { files, problems } = await expandInputs(opts.inputs, { exclude: [outDir] });
    const failures: FileResult[] = [];
    for (const p of problems) failures.push(await problemResult(outDir, p));

    const version = pipelineVersion();
    const retry = jobOptions(opts);
    const limit = pLimit(HASHING);
    let added = 0;
    let existing = 0;
    // In chunks, so that workers start on the first jobs while the rest are being hashed.
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      const hashes = await Promise.all(chunk.map((path) => limit(() => hashFile(path).catch((err: unknown) => err))));
      const inputs: { path: string; sha256: string; id: string; copyId: string }[] = [];
      for (const [k, path] of chunk.entries()) {
        const sha256 = hashes[k];
        if (typeof sha256 === 'string') inputs.push({ path, sha256, id: jobId(sha256, version), copyId: jobId(sha256, version, pathKey(path)) });
        else failures.push(await problemResult(outDir, { path, code: 'unreadable', reason: `cannot be read: ${ioReason(sha256)}` }));
      }
      // Which ids exist, for which path; content already queued under another path takes the copy id.
      const ids = [...new Set(inputs.flatMap((x) => [x.id, x.copyId]))];
      const owner = new Map<string, string>();
      for (const job of await Promise.all(ids.map((id) => queue.getJob(id)))) if (job?.id) owner.set(job.id, job.data.path);
      const fresh: { name: string; data: JobData; opts: JobsOptions }[] = [];
      for (const x of inputs) {
        if (owner.get(x.id) === x.path || owner.has(x.copyId)) {
          existing++;
          continue;
        }
        const id = owner.has(x.id) ? x.copyId : x.id;
        owner.set(id, x.path);
        fresh.push({ name: 'extract', data: { path: x.path, outDir, sha256: x.sha256, version }, opts: { ...retry, jobId: id } });
      }
      await queue.addBulk(fresh);
      added += fresh.length;
    }
    return { outDir, version, files: files.length, added, existing, failures, warnings };
  } finally {
    await queue.close();
    client.disconnect();
  }
}
