// `congvan enqueue`: expand the inputs as batch does, hash each file, and add a
// job per content. Workers on other machines read the same paths, so inputs
// and the output folder must be on a folder they all mount at the same place.
// Inputs that name nothing, or cannot be read, get their error file here, as
// in batch; everything about a file's content is the workers' business.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import { expandInputs } from '../batch/inputs.js';
import { problemResult, type FileResult } from '../batch/one.js';
import { cleanStaleTemps, hashFile } from '../batch/store.js';
import { ioReason } from '../input/read.js';
import { pipelineVersion } from '../version.js';
import { jobId, jobOptions, type JobData, type JobResult, type RetryOptions } from './jobs.js';
import { checkServer, connect, QUEUE_NAME } from './redis.js';

export interface EnqueueSummary {
  outDir: string;
  version: string;
  /** Files found. */
  files: number;
  /** Jobs added now; jobs already queued (or done, or failed) for the same content and version. */
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
    await cleanStaleTemps(outDir);
    const { files, problems } = await expandInputs(opts.inputs, { exclude: [outDir] });
    const failures: FileResult[] = [];
    for (const p of problems) failures.push(await problemResult(outDir, p));

    // Same content at several paths: one job, each path gets its record.
    const byHash = new Map<string, string[]>();
    for (const path of files) {
      try {
        const sha = await hashFile(path);
        byHash.set(sha, [...(byHash.get(sha) ?? []), path]);
      } catch (err) {
        failures.push(await problemResult(outDir, { path, code: 'unreadable', reason: `cannot be read: ${ioReason(err)}` }));
      }
    }

    const version = pipelineVersion();
    const retry = jobOptions(opts);
    let added = 0;
    let existing = 0;
    const entries = [...byHash];
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = entries.slice(i, i + CHUNK);
      const known = await Promise.all(chunk.map(([sha]) => queue.getJob(jobId(sha, version))));
      const fresh = chunk.filter((_, k) => !known[k]);
      existing += chunk.length - fresh.length;
      await queue.addBulk(
        fresh.map(([sha256, paths]) => ({ name: 'extract', data: { paths, outDir, sha256, version }, opts: { ...retry, jobId: jobId(sha256, version) } })),
      );
      added += fresh.length;
    }
    return { outDir, version, files: files.length, added, existing, failures, warnings };
  } finally {
    await queue.close();
    client.disconnect();
  }
}
