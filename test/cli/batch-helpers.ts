// Helpers of the batch CLI tests (test/cli/batch.test.ts, batch-signals.test.ts): a child process as a user runs it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { BatchSummary } from '../../src/batch/run.js';
import { isRecordFile } from '../../src/batch/store.js';
import { packagePath } from '../../src/paths.js';
import { RecordSchema } from '../../src/schema.js';
import { tempDir } from '../batch/tmp.js';

/** The built CLI, as a user runs it (npm test builds first). */
export const NODE_ARGS = [packagePath('dist', 'src', 'cli.js')];
/** Inputs of the kill-and-resume runs: enough that a kill lands mid-run. */
export const N_KILL = 60;
export const SEEDS = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt'));

// Restoration is not what these tests are about and its tables take seconds to load.
export const FAST = ['--no-restore'];

export function run(args: string[]) {
  const r = spawnSync(process.execPath, [...NODE_ARGS, ...args, ...(args[0] === 'batch' ? FAST : [])], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `n` distinct text inputs (distinct content, so distinct hashes); `chars` keeps them short and quick. */
export function corpus(n: number, chars = Infinity) {
  const root = tempDir('congvan-clibatch-');
  const dir = join(root, 'in');
  mkdirSync(dir);
  const texts = SEEDS.map((s) => readFileSync(packagePath('seeds', s), 'utf8'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), `${texts[i % texts.length]!.slice(0, chars)}\nBản sao số ${i}.\n`);
  return { root, dir, out: join(root, 'out') };
}

export const records = (out: string) => (existsSync(out) ? readdirSync(out).filter(isRecordFile) : []);
export const stamps = (out: string) => Object.fromEntries(records(out).map((f) => [f, `${statSync(join(out, f)).ino}:${statSync(join(out, f)).mtimeMs}`]));
export const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

export function allValid(out: string) {
  for (const f of records(out)) expect(RecordSchema.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success, f).toBe(true);
}

/** Start a batch, wait until `after` records exist, send `signal`; resolves with the exit code or signal. */
export function startAndKill(args: string[], out: string, after: number, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; pid: number; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...args, ...FAST], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', () => undefined);
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && records(out).length >= after) {
        sent = true;
        child.kill(signal);
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      if (!sent) reject(new Error(`batch finished before ${after} records were seen; make it longer`));
      else resolve({ code, signal: sig, pid: child.pid!, err });
    });
  });
}

