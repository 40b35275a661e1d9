// The queue commands: `congvan enqueue INPUT... --redis URL --out DIR`,
// `congvan worker --redis URL [--jobs N]`, `congvan queue status --redis URL`.
// Exit codes as batch: 0 done, 1 a problem (named on stderr), 2 usage error.
import { Command, InvalidArgumentError, Option } from 'commander';
import { defaultJobs } from '../batch/cores.js';
import { positiveInt } from './batch.js';

// The queue modules (BullMQ, ioredis) load when a queue command runs, not at every start of the CLI.
const queueStatusModule = () => import('../queue/status.js');

function positiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number above 0');
  return n;
}

const redisOption = () =>
  new Option('--redis <url>', 'Redis URL, e.g. redis://host:6379 (Redis 6.2+, maxmemory-policy noeviction)').env('CONGVAN_REDIS').makeOptionMandatory();

export function registerQueue(program: Command): void {
  program
    .command('enqueue')
    .description('queue one job per input (files, folders, globs) for `congvan worker`; a re-enqueue is a no-op')
    .argument('<inputs...>', 'files, folders or quoted globs, on a folder every worker sees at the same path')
    .addOption(redisOption())
    .requiredOption('--out <dir>', 'output folder for the records (shared, like the inputs)')
    .option('--attempts <n>', 'tries in all for a transient fault (unreadable file, OCR timeout, crash)', positiveInt, 4)
    .option('--backoff <seconds>', 'wait before the first retry, doubled each time', positiveNumber, 10)
    .option('--quiet', 'print nothing but problems')
    .action(async (inputs: string[], o: { redis: string; out: string; attempts: number; backoff: number; quiet?: boolean }) => {
      const { enqueue } = await import('../queue/enqueue.js');
      const s = await enqueue({ inputs, outDir: o.out, redis: o.redis, attempts: o.attempts, backoffMs: Math.round(o.backoff * 1000) });
      for (const w of s.warnings) process.stderr.write(`congvan: warning: ${w}\n`);
      for (const f of s.failures) process.stderr.write(`congvan: [${f.code}] ${f.reason}\n`);
      if (!o.quiet) {
        process.stdout.write(`${s.files} files: ${s.added} jobs queued, ${s.existing} already queued or done (pipeline ${s.version}); records go to ${s.outDir}\n`);
      }
      process.exitCode = s.failures.length ? 1 : 0;
    });

  program
    .command('worker')
    .description('process queued jobs until stopped (SIGINT/SIGTERM finish the jobs in progress)')
    .addOption(redisOption())
    .option('--jobs <n>', `jobs at once, each in its own process with one OCR worker (default: ${defaultJobs()}, the cores)`, positiveInt)
    .option('--timeout <seconds>', 'OCR time limit per page', '120')
    .option('--lock <seconds>', 'job lock; a dead worker\'s job is taken over after about this long', positiveInt, 30)
    .option('--quiet', 'no line per job')
    .action(async (o: { redis: string; jobs?: number; timeout: string; lock: number; quiet?: boolean }) => {
      const log = (line: string) => {
        if (!o.quiet || line.startsWith('warning')) process.stderr.write(`${line}\n`);
      };
      const jobs = o.jobs ?? defaultJobs();
      const { startWorker } = await import('../queue/worker.js');
      const worker = await startWorker({ redis: o.redis, jobs, pageTimeoutMs: Number(o.timeout) * 1000, lockMs: o.lock * 1000, log });
      log(`worker ${process.pid}: ${jobs} job${jobs === 1 ? '' : 's'} at once; waiting for jobs`);
      await new Promise<void>((done) => {
        let stopping = false;
        const onSignal = (sig: NodeJS.Signals) => {
          if (stopping) {
            // Second signal: leave now; the jobs in progress go back to the queue when their locks run out.
            process.stderr.write('congvan: stopped\n');
            process.exit(sig === 'SIGTERM' ? 143 : 130);
          }
          stopping = true;
          log(`${sig}: finishing the jobs in progress, taking no more (again to stop now)`);
          void worker.close().then(done, done);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      });
    });

  const queue = program.command('queue').description('the queue: `congvan queue status`, `congvan queue retry`');
  queue
    .command('status')
    .description('waiting, active, done and failed jobs, and every failure with its reason')
    .addOption(redisOption())
    .option('--json', 'the same as JSON')
    .action(async (o: { redis: string; json?: boolean }) => {
      const { formatStatus, queueStatus } = await queueStatusModule();
      const s = await queueStatus(o.redis);
      process.stdout.write(o.json ? JSON.stringify(s, null, 2) + '\n' : formatStatus(s));
    });
  queue
    .command('retry')
    .description('put every failed job back in the queue (bad input fails again, once)')
    .addOption(redisOption())
    .action(async (o: { redis: string }) => {
      const { retryFailed } = await queueStatusModule();
      process.stdout.write(`${await retryFailed(o.redis)} failed jobs queued again\n`);
    });
}
