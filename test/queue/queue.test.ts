// The queue with a real redis-server on a loopback port and real worker
// processes (the compiled CLI, as a user runs it): two workers share a queue,
// bad inputs fail once with their code, a worker killed with SIGKILL mid-job
// loses nothing and writes nothing twice, and the output folder is batch's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startRedis, type LocalRedis } from '../../scripts/redis-server.js';
import { runBatch } from '../../src/batch/run.js';
import { errorName, isErrorFile, isRecordFile, pathKey, recordName } from '../../src/batch/store.js';
import { packagePath } from '../../src/paths.js';
import { jobId, type JobData, type JobResult } from '../../src/queue/jobs.js';
import { QUEUE_NAME } from '../../src/queue/redis.js';
import { enqueue } from '../../src/queue/enqueue.js';
import { queueStatus } from '../../src/queue/status.js';
import { startWorker } from '../../src/queue/worker.js';
import { RecordSchema } from '../../src/schema.js';
import { pipelineVersion } from '../../src/version.js';
import { multiPageTiff } from '../../src/synth/render.js';
import sharp from 'sharp';
import { cachedScan } from '../ocr/fixtures.js';
import { TCVN3_BYTES } from '../batch/fixtures.js';
import { tempDir } from '../batch/tmp.js';

const HAVE_REDIS = hasRedisServer();
if (!HAVE_REDIS && process.env.CI) throw new Error('redis-server is missing under CI; .ci/run installs it (apt-get install redis-server)');
if (!HAVE_REDIS) console.warn('test/queue: redis-server is absent (apt-get install redis-server), the queue tests are skipped');

const CLI = packagePath('dist', 'src', 'cli.js');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const SEEDS = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt')).sort();

interface RunningWorker {
  proc: ChildProcess;
  log: () => string;
  ready: Promise<void>;
}

describe.skipIf(!HAVE_REDIS)('queue workers on Redis', () => {
  let redis: LocalRedis;
  let client: Redis;
  let queue: Queue<JobData, JobResult>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: null });
    queue = new Queue(QUEUE_NAME, { connection: client });
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await client.flushall();
  });
  afterAll(async () => {
    await queue?.close();
    client?.disconnect();
    await redis?.stop();
  });

  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args, '--redis', redis.url], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  function worker(...args: string[]): RunningWorker {
    const proc = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--jobs', '1', '--lock', '2', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    workers.push(proc);
    let text = '';
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (b: Buffer) => {
        text += b.toString();
        if (text.includes('waiting for jobs')) resolve();
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${text}`)));
    });
    return { proc, log: () => text, ready };
  }

  async function until(what: string, test: () => Promise<boolean>, ms = 90_000) {
    const deadline = Date.now() + ms;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const finished = async (n: number) => {
    const c = await queue.getJobCounts('completed', 'failed');
    return c.completed! + c.failed! >= n;
  };
  /** Paths named by the workers' "✓ path: ..." lines. */
  const doneLines = (log: string) => [...log.matchAll(/^✓ (.*?): /gm)].map((m) => m[1]!);

  it('two workers share the queue; bad inputs fail once with their code; re-enqueue is a no-op; records are batch records', async () => {
    const root = tempDir('congvan-queue-');
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    for (const s of SEEDS) copyFileSync(packagePath('seeds', s), join(inDir, s));
    writeFileSync(join(inDir, 'empty.txt'), '');
    writeFileSync(join(inDir, 'legacy.txt'), TCVN3_BYTES);
    // The same content at a second path: its own job (the id with its path key) and record.
    mkdirSync(join(inDir, 'copy'));
    copyFileSync(packagePath('seeds', SEEDS[0]!), join(inDir, 'copy', SEEDS[0]!));
    const good = [...SEEDS.map((f) => join(inDir, f)), join(inDir, 'copy', SEEDS[0]!)];
    const out = join(root, 'out');
    const total = good.length + 2;

    const a = worker();
    const b = worker();
    await Promise.all([a.ready, b.ready]);
    const first = cli('enqueue', inDir, '--out', out);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`${total} files: ${total} jobs queued, 0 already queued or done`);
    expect(await enqueue({ inputs: [inDir], outDir: out, redis: redis.url })).toMatchObject({ files: total, added: 0, existing: total });
    const copy = join(inDir, 'copy', SEEDS[0]!);
    const ids = (await queue.getJobs(['waiting', 'active', 'completed'])).map((j) => j.id);
    expect(ids).toContain(jobId(sha256(copy), pipelineVersion(), pathKey(copy)));
    expect(ids).toContain(jobId(sha256(copy), pipelineVersion()));

    await until('every job to finish', () => finished(total));
    const s = await queueStatus(redis.url);
    expect(s.counts).toEqual({ waiting: 0, active: 0, done: good.length, failed: 2, retrying: 0 });
    const byPath = Object.fromEntries(s.failures.map((f) => [f.path, f]));
    expect(byPath[join(inDir, 'empty.txt')]).toMatchObject({ attempts: 1, reason: `empty-file: ${join(inDir, 'empty.txt')}: is empty (0 bytes)` });
    expect(byPath[join(inDir, 'legacy.txt')]).toMatchObject({ attempts: 1 });
    expect(byPath[join(inDir, 'legacy.txt')]!.reason).toMatch(new RegExp(`^legacy-encoding: ${join(inDir, 'legacy.txt')}: `));
    const text = cli('queue', 'status').out;
    expect(text).toMatch(/^waiting 0\nactive 0\ndone \d+\nfailed 2\n/);
    expect(text).toContain(`✗ empty-file: ${join(inDir, 'empty.txt')}: is empty (0 bytes) (1 attempt)`);

    // One record per good input, an error file per bad one, named as batch names them; no temps.
    const names = readdirSync(out).sort();
    expect(names.filter(isRecordFile).sort()).toEqual(good.map(recordName).sort());
    expect(names.filter(isErrorFile).sort()).toEqual([errorName(join(inDir, 'empty.txt')), errorName(join(inDir, 'legacy.txt'))].sort());
    expect(names.filter((n) => n.endsWith('.congvan-tmp'))).toEqual([]);
    for (const n of names.filter(isRecordFile)) expect(RecordSchema.safeParse(JSON.parse(readFileSync(join(out, n), 'utf8'))).success).toBe(true);

    // Both workers took jobs; each ran them in one sandbox process, reused across its jobs.
    expect(doneLines(a.log()).length).toBeGreaterThan(0);
    expect(doneLines(b.log()).length).toBeGreaterThan(0);
    const pids = new Set((await queue.getCompleted()).map((j) => j.returnvalue.pid));
    expect(pids.size).toBe(2);

    // The folder is a batch folder: batch skips every record and writes the same ones elsewhere.
    const resumed = await runBatch({ inputs: [inDir], outDir: out, jobs: 1 });
    expect(resumed.counts).toMatchObject({ skipped: good.length, processed: 0, failed: 2 });
    const fresh = join(root, 'batch');
    await runBatch({ inputs: [inDir], outDir: fresh, jobs: 1 });
    for (const n of names.filter(isRecordFile)) expect(readFileSync(join(fresh, n), 'utf8')).toBe(readFileSync(join(out, n), 'utf8'));

    // The dead-letter list can be replayed: bad input fails again, once.
    expect(cli('queue', 'retry').out).toBe('2 failed jobs queued again\n');
    await until('the replayed jobs to fail again', async () => {
      const c = await queue.getJobCounts('failed', 'waiting', 'active');
      return c.failed === 2 && c.waiting === 0 && c.active === 0;
    });
    expect((await queueStatus(redis.url)).failures.map((f) => f.reason.split(':')[0]).sort()).toEqual(['empty-file', 'legacy-encoding']);
  });

  it('a worker killed with SIGKILL mid-job: the job finishes on the other worker, nothing lost, nothing written twice', async () => {
    const root = tempDir('congvan-queue-kill-');
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    // Two pages of the OCR tests' cached scan: the first only its header (the rest
    // white), read quickly, so the job is seen in flight; the second the top half of
    // a page, slow enough (~2 s) to be killed mid-way, quick enough to redo.
    const scan = await cachedScan({ seed: 3 });
    const { width, height } = await sharp(scan.png[0]!).metadata();
    const top = async (png: Buffer, h: number) =>
      sharp(png).extract({ left: 0, top: 0, width: width!, height: h }).extend({ bottom: height! - h, background: '#ffffff' }).png().toBuffer();
    const PAGES = 2;
    writeFileSync(join(inDir, 'a-scan.tif'), await multiPageTiff([await top(scan.png[0]!, Math.round(height! / 4)), await top(scan.png[1]!, Math.round(height! / 2))]));
    for (const s of SEEDS.slice(0, 3)) copyFileSync(packagePath('seeds', s), join(inDir, s));
    const inputs = ['a-scan.tif', ...SEEDS.slice(0, 3)].map((f) => join(inDir, f));
    const out = join(root, 'out');

    const [w1, w2] = [worker(), worker()];
    await Promise.all([w1.ready, w2.ready]);
    // The scan is queued first, so one worker takes it first; the other takes the texts.
    expect(cli('enqueue', inputs[0]!, '--out', out).code).toBe(0);
    expect((await enqueue({ inputs: inputs.slice(1), outDir: out, redis: redis.url })).added).toBe(3);
    const [scanJob] = await queue.getJobs(['waiting', 'active']).then((js) => js.filter((j) => j.data.path === inputs[0]));
    await until('the scan to be read past its first page', async () => {
      const p = (await queue.getJob(scanJob!.id!))?.progress as { page?: number } | undefined;
      return (p?.page ?? 0) >= 1;
    });
    // Kill the worker that holds it (its name is host:pid), mid-job.
    const holder = Number((await queue.getJob(scanJob!.id!))!.processedBy!.split(':').pop());
    const [a, b] = holder === w1.proc.pid ? [w1, w2] : [w2, w1];
    expect(a.proc.pid).toBe(holder);
    const sandboxes = spawnSync('pgrep', ['-P', String(a.proc.pid)], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number);
    expect(sandboxes.length).toBe(1);
    expect(await queue.getJobState(scanJob!.id!)).toBe('active');
    a.proc.kill('SIGKILL');
    // Its sandbox stops with it (on the IPC channel closing), and had not written the record: the
    // record found at the end is the other worker's.
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until('the killed worker\'s sandbox to stop', async () => !alive(sandboxes[0]!), 20_000);
    expect(readdirSync(out).filter(isRecordFile)).not.toContain(recordName(inputs[0]!));

    await until('every job to finish', () => finished(inputs.length));
    const c = await queue.getJobCounts('completed', 'failed', 'active', 'waiting');
    expect(c).toMatchObject({ completed: inputs.length, failed: 0, active: 0, waiting: 0 });
    const scanDone = await queue.getJob(scanJob!.id!);
    expect(scanDone!.stalledCounter).toBe(1);
    expect(scanDone!.processedBy).toMatch(new RegExp(`:${b.proc.pid}$`));
    expect(scanDone!.returnvalue.file).toMatchObject({ path: inputs[0], status: 'processed', pages: PAGES });

    // Exactly one record per input, each written once: every input is done once, by worker b.
    expect(readdirSync(out).filter(isRecordFile).sort()).toEqual(inputs.map(recordName).sort());
    expect(readdirSync(out).filter((n) => n.endsWith('.congvan-tmp') || isErrorFile(n))).toEqual([]);
    expect(doneLines(a.log())).toEqual([]);
    expect(doneLines(b.log()).sort()).toEqual([...inputs].sort());
    const rec = JSON.parse(readFileSync(join(out, recordName(inputs[0]!)), 'utf8'));
    expect(RecordSchema.safeParse(rec).success).toBe(true);
    expect(rec.source.pages).toBe(PAGES);
  });

  it('a transient fault (the file gone from the share) is retried with backoff and succeeds once the file is back', async () => {
    const root = tempDir('congvan-queue-retry-');
    const file = join(root, SEEDS[0]!);
    copyFileSync(packagePath('seeds', SEEDS[0]!), file);
    const out = join(root, 'out');
    expect(cli('enqueue', file, '--out', out, '--attempts', '3', '--backoff', '1').code).toBe(0);
    renameSync(file, `${file}.away`);
    const w = worker();
    await w.ready;
    await until('the first try to fail and wait for its retry', async () => (await queue.getJobCounts('delayed')).delayed === 1);
    const retrying = await queueStatus(redis.url);
    expect(retrying.counts).toMatchObject({ waiting: 1, retrying: 1, failed: 0 });
    expect(existsSync(join(out, errorName(file)))).toBe(true);
    renameSync(`${file}.away`, file);
    await until('the retry to succeed', async () => (await queue.getJobCounts('completed')).completed === 1, 30_000);
    expect(w.log()).toContain(`↻ unreadable: ${file}: cannot be read: no such file (attempt 1, will retry)`);
    expect(readdirSync(out).filter((n) => isRecordFile(n) || isErrorFile(n))).toEqual([recordName(file)]);
  });
});

describe('queue commands without a reachable Redis', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
  // Port 1 on loopback: nothing listens there.
  const NOBODY = 'redis://127.0.0.1:1';

  it('say so in one line and exit 1; a missing --redis is a usage error', async () => {
    const dir = tempDir('congvan-queue-noredis-');
    const refused = /^cannot reach Redis at redis:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/;
    await expect(enqueue({ inputs: [dir], outDir: join(dir, 'out'), redis: NOBODY })).rejects.toThrow(refused);
    await expect(startWorker({ redis: NOBODY, jobs: 1 })).rejects.toThrow(refused);
    await expect(queueStatus('localhost:6379')).rejects.toThrow('localhost:6379: not a Redis URL (expected redis://host:port or rediss://host:port)');
    const r = run('queue', 'status', '--redis', NOBODY);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('congvan: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1\n');
    const missing = run('queue', 'status');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("required option '--redis <url>' not specified");
  });
});
