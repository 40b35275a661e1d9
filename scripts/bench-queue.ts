// Queue throughput and overhead, with a throwaway redis-server on loopback:
// 1. pages per minute on synthetic scans with 1 and with 2 worker processes
//    (`congvan worker --jobs 1` each), after a warm-up page per worker (steady
//    state: engines loaded), runs alternated, medians and their ratio,
//    and the cores the workers kept busy (CPU time / wall time: the ratio needs two free cores);
// 2. overhead per job against the local batch: the same short text inputs
//    through `congvan batch --jobs 1` and through enqueue + one worker, wall
//    time from start to the last record (both load one engine), and the time
//    outside the documents per job (wall minus the files' own times); medians.
//   node dist/scripts/bench-queue.js [--pages 8] [--dpi 200] [--texts 60] [--repeat 3]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Command } from 'commander';
import type { BatchSummary } from '../src/batch/run.js';
import { packagePath } from '../src/paths.js';
import { enqueue } from '../src/queue/enqueue.js';
import type { JobData, JobResult } from '../src/queue/jobs.js';
import { QUEUE_NAME } from '../src/queue/redis.js';
import { makeScans } from './bench-scans.js';
import { hasRedisServer, startRedis } from './redis-server.js';

const o = new Command('bench-queue')
  .option('--pages <n>', 'scanned pages per throughput run', '8')
  .option('--dpi <n>', 'resolution of the synthetic scans', '200')
  .option('--texts <n>', 'short text inputs for the overhead runs', '60')
  .option('--repeat <n>', 'runs of each kind (alternated); medians are quoted', '3')
  .option('--same-session', 'run the workers in this process\'s session (they then share one autogroup\'s CPU)')
  .parse()
  .opts<{ pages: string; dpi: string; texts: string; repeat: string; sameSession?: boolean }>();

const CLI = packagePath('dist', 'src', 'cli.js');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Children to stop if the benchmark itself is stopped.
const children = new Set<ChildProcess>();
let stopRedis: (() => Promise<void>) | undefined;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    for (const c of children) c.kill('SIGTERM');
    void (stopRedis?.() ?? Promise.resolve()).finally(() => process.exit(1));
  });
}

function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: n }, () => {
      // Each worker in its own session, as on its own machine: Linux's autogroup scheduler shares
      // the CPU between sessions, so workers of one session never get more than one session's share
      // on a host busy with other sessions' work.
      const p = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'], detached: !o.sameSession });
      children.add(p);
      p.once('exit', () => children.delete(p));
      return new Promise<ChildProcess>((resolve, reject) => {
        let text = '';
        p.stderr!.on('data', (b: Buffer) => {
          text += b.toString();
          if (text.includes('waiting for jobs')) resolve(p);
        });
        p.once('exit', (code) => reject(new Error(`worker exited (${code}): ${text}`)));
      });
    }),
  );
}

/** CPU seconds used so far by the workers and their sandboxes (Linux /proc; 0 elsewhere). */
function cpuSeconds(ws: ChildProcess[]): number {
  const pids = ws.flatMap((w) => [w.pid!, ...spawnSync('pgrep', ['-P', String(w.pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number)]);
  let ticks = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {
      // gone already
    }
  }
  return ticks / 100;
}

async function stopWorkers(ws: ChildProcess[]): Promise<void> {
  await Promise.all(ws.map((w) => new Promise((r) => (w.once('exit', r), w.kill('SIGTERM')))));
}

/** Seconds from enqueue to the last job finished, with `workers` worker processes already waiting. */
interface Run {
  seconds: number;
  /** Seconds spent inside the documents (the sum of each file's own time). */
  work: number;
  failed: number;
  cores: number;
}

async function until(queue: Queue, n: number): Promise<number> {
  for (;;) {
    const c = await queue.getJobCounts('completed', 'failed');
    if (c.completed! + c.failed! >= n) return c.failed!;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Seconds from enqueue to the last job finished, with `workers` worker processes already waiting.
 * With `warm` (a scan per worker, done first and not timed), each sandbox has its engine loaded:
 * the steady state of a long run, where that start-up is spread over thousands of pages.
 */
async function queueRun(url: string, queue: Queue, client: Redis, inputs: string[], out: string, workers: number, warm: string[] = []): Promise<Run> {
  await client.flushall();
  const ws = await startWorkers(url, workers);
  const warmed = warm.length ? (await enqueue({ inputs: warm, outDir: `${out}-warm`, redis: url })).added : 0;
  await until(queue, warmed);
  const cpu0 = cpuSeconds(ws);
  const t0 = performance.now();
  const s = await enqueue({ inputs, outDir: out, redis: url });
  const failed = await until(queue, warmed + s.added);
  const seconds = (performance.now() - t0) / 1000;
  const cores = (cpuSeconds(ws) - cpu0) / seconds;
  await stopWorkers(ws);
  const mine = (await queue.getCompleted()).filter((j) => (j.data as JobData).outDir === resolve(out));
  const work = mine.reduce((t, j) => t + (j.returnvalue as JobResult).file.ms, 0) / 1000;
  return { seconds, work, failed, cores };
}

/** `congvan batch --jobs 1` (in its own session, as the workers), timed by its own summary (from its start to the last record). */
async function batchRun(inputs: string[], out: string): Promise<Run> {
  const p = spawn(process.execPath, [CLI, 'batch', ...inputs, '--out', out, '--jobs', '1', '--quiet'], { stdio: 'ignore', detached: !o.sameSession });
  children.add(p);
  const code = await new Promise<number | null>((r) => p.once('exit', r));
  children.delete(p);
  if (code !== 0) throw new Error(`batch failed (exit ${code})`);
  const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
  return { seconds: s.seconds, work: s.files.reduce((t, f) => t + f.ms, 0) / 1000, failed: s.counts.failed, cores: 0 };
}

async function main(): Promise<void> {
  if (!hasRedisServer()) throw new Error('redis-server is not installed (Debian: apt-get install redis-server)');
  const repeat = Math.max(1, Number(o.repeat) || 1);
  const root = mkdtempSync(join(tmpdir(), 'congvan-bench-queue-'));
  const redis = await startRedis();
  stopRedis = redis.stop;
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection: client });
  try {
    const scans = join(root, 'scans');
    await makeScans(scans, Number(o.pages), Number(o.dpi));
    const pages = readdirSync(scans).length;
    // One warm-up page per worker, at another resolution so its content (and job) differs.
    const warmDir = join(root, 'warm');
    await makeScans(warmDir, 2, Number(o.dpi) - 10);
    const warm = readdirSync(warmDir).map((f) => join(warmDir, f));
    console.log(`${pages} synthetic scans at ${o.dpi} dpi; ${availableParallelism()} cores; load ${loadavg()[0]!.toFixed(2)} before the runs`);

    const rates: Record<number, number[]> = { 1: [], 2: [] };
    for (let rep = 0; rep < repeat; rep++) {
      for (const n of [1, 2]) {
        const r = await queueRun(redis.url, queue, client, [scans], join(root, `out-${n}-${rep}`), n, warm.slice(0, n));
        const rate = (pages / r.seconds) * 60;
        rates[n]!.push(rate);
        console.log(`${n} worker${n > 1 ? 's' : ''}: ${pages} pages in ${r.seconds.toFixed(1)} s = ${rate.toFixed(1)} pages/min; ${r.cores.toFixed(2)} cores busy (${r.failed} failed; load ${loadavg()[0]!.toFixed(2)})`);
      }
    }
    const m1 = median(rates[1]!);
    const m2 = median(rates[2]!);
    console.log(`median pages/min: 1 worker ${m1.toFixed(1)}, 2 workers ${m2.toFixed(1)}: ${(m2 / m1).toFixed(2)}x`);

    // Short distinct texts, so the per-job cost of the queue shows against the work itself.
    const texts = join(root, 'texts');
    mkdirSync(texts);
    const seeds = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(packagePath('seeds', f), 'utf8'));
    const n = Number(o.texts);
    for (let i = 0; i < n; i++) writeFileSync(join(texts, `t-${i}.txt`), `${seeds[i % seeds.length]!.slice(0, 1500)}\nBản sao số ${i}.\n`);
    // Wall time, and the time outside the documents (wall minus the files' own time) per job: the
    // second is what the queue adds (enqueue, hand-over, locks, Redis) and is less blurred by load.
    const tb: Run[] = [];
    const tq: Run[] = [];
    const gap = (r: Run) => ((r.seconds - r.work) / n) * 1000;
    for (let rep = 0; rep < repeat; rep++) {
      tb.push(await batchRun([texts], join(root, `tb-${rep}`)));
      tq.push(await queueRun(redis.url, queue, client, [texts], join(root, `tq-${rep}`), 1));
      const [b, q] = [tb.at(-1)!, tq.at(-1)!];
      console.log(
        `${n} texts: batch --jobs 1 ${b.seconds.toFixed(2)} s (${gap(b).toFixed(1)} ms/doc outside the documents); ` +
          `enqueue + 1 worker ${q.seconds.toFixed(2)} s (${gap(q).toFixed(1)} ms/doc)`,
      );
    }
    const mb = median(tb.map((r) => r.seconds));
    const mq = median(tq.map((r) => r.seconds));
    const gb = median(tb.map(gap));
    const gq = median(tq.map(gap));
    console.log(`median wall: batch ${mb.toFixed(2)} s, queue ${mq.toFixed(2)} s: ${(((mq - mb) / n) * 1000).toFixed(0)} ms per job`);
    console.log(`median time outside the documents: batch ${gb.toFixed(1)} ms/doc, queue ${gq.toFixed(1)} ms/job: overhead ${(gq - gb).toFixed(1)} ms per job`);
  } finally {
    await queue.close();
    client.disconnect();
    await redis.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
