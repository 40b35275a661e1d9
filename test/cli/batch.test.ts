// The batch and export commands in a child process, as a user runs them:
// exit codes, progress on a non-terminal, --quiet, and kill-and-resume with
// SIGINT and SIGKILL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerBatch } from '../../src/cli/batch.js';
import { registerExport } from '../../src/cli/export.js';
import type { BatchSummary } from '../../src/batch/run.js';
import { isRecordFile } from '../../src/batch/store.js';
import { packagePath } from '../../src/paths.js';
import { RecordSchema } from '../../src/schema.js';
import { tempDir } from '../batch/tmp.js';

/** The built CLI, as a user runs it (npm test builds first). */
const NODE_ARGS = [packagePath('dist', 'src', 'cli.js')];
/** Inputs of the kill-and-resume runs: enough that a kill lands mid-run. */
const N_KILL = 60;
const SEEDS = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt'));

// Restoration is not what these tests are about and its tables take seconds to load.
const FAST = ['--no-restore'];

function run(args: string[]) {
  const r = spawnSync(process.execPath, [...NODE_ARGS, ...args, ...(args[0] === 'batch' ? FAST : [])], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `n` distinct text inputs (distinct content, so distinct hashes); `chars` keeps them short and quick. */
function corpus(n: number, chars = Infinity) {
  const root = tempDir('congvan-clibatch-');
  const dir = join(root, 'in');
  mkdirSync(dir);
  const texts = SEEDS.map((s) => readFileSync(packagePath('seeds', s), 'utf8'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), `${texts[i % texts.length]!.slice(0, chars)}\nBản sao số ${i}.\n`);
  return { root, dir, out: join(root, 'out') };
}

const records = (out: string) => (existsSync(out) ? readdirSync(out).filter(isRecordFile) : []);
const stamps = (out: string) => Object.fromEntries(records(out).map((f) => [f, `${statSync(join(out, f)).ino}:${statSync(join(out, f)).mtimeMs}`]));
const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

function allValid(out: string) {
  for (const f of records(out)) expect(RecordSchema.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success, f).toBe(true);
}

/** Start a batch, wait until `after` records exist, send `signal`; resolves with the exit code or signal. */
function startAndKill(args: string[], out: string, after: number, signal: NodeJS.Signals) {
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

describe('congvan batch (CLI)', () => {
  it('exit 0 when all succeed, plain progress lines on a non-terminal, summary printed', () => {
    const { dir, out } = corpus(3, 1500);
    const r = run(['batch', dir, '--out', out, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('congvan: 3 inputs\n');
    expect(r.err).toMatch(/congvan: 3\/3 files \(100%\), [\d.]+ files\/s, ETA 0s, 0 failed\n$/);
    expect(r.out).toMatch(/^congvan batch done in \d+s: 3 processed, 0 skipped, 0 failed; 3 pages; records in /);
  });

  it('exit 1 when any input failed, with the failure and its reason printed; --quiet prints nothing', () => {
    const { dir, out } = corpus(2, 1500);
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(['batch', dir, join(dir, 'missing.pdf'), '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toBe('');
    const s = summaryOf(out);
    expect(s.counts).toMatchObject({ processed: 2, failed: 2 });
    const again = run(['batch', dir, join(dir, 'missing.pdf'), '--out', out]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('2 skipped, 2 failed');
    expect(again.out).toContain(`[empty-file] ${join(dir, 'empty.txt')}: is empty (0 bytes)`);
    expect(again.out).toContain(`[not-found] ${join(dir, 'missing.pdf')}: no such file or folder`);
  });

  it('usage errors are commander errors (the CLI exits 2 on them)', async () => {
    const parse = async (args: string[]) => {
      const program = new Command('congvan').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
      registerBatch(program);
      registerExport(program);
      return program.parseAsync(['node', 'congvan', ...args]).then(
        () => 'ok',
        (e: unknown) => (e instanceof CommanderError ? e.code : String(e)),
      );
    };
    expect(await parse(['batch', 'seeds'])).toBe('commander.missingMandatoryOptionValue');
    expect(await parse(['batch', 'seeds', '--out', '/tmp/x', '--jobs', '0'])).toBe('commander.invalidArgument');
    expect(await parse(['batch', 'seeds', '--out', '/tmp/x', '--jobs', '1.5'])).toBe('commander.invalidArgument');
    expect(await parse(['export', 'seeds', '--format', 'xlsx'])).toBe('commander.invalidArgument');
    expect(await parse(['export', 'seeds'])).toBe('commander.missingMandatoryOptionValue');
  });

  it('export exits 1 naming a folder that does not exist', () => {
    const r = run(['export', '/nonexistent/out', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('congvan: /nonexistent/out: not a folder of records\n');
  });

  it('SIGINT: finishes what runs, starts nothing new, writes the summary, exits 130; the re-run redoes nothing finished', async () => {
    const { dir, out } = corpus(N_KILL, 1500);
    const first = await startAndKill(['batch', dir, '--out', out, '--jobs', '1'], out, 5, 'SIGINT');
    expect(first.code).toBe(130);
    const s1 = summaryOf(out);
    expect(s1.interrupted).toBe(true);
    expect(s1.counts.notStarted).toBeGreaterThan(0);
    expect(s1.counts.processed).toBe(records(out).length);
    expect(readdirSync(out).filter((f) => f.endsWith('.congvan-tmp'))).toEqual([]);
    allValid(out);
    const before = stamps(out);

    const second = run(['batch', dir, '--out', out, '--jobs', '2', '--quiet']);
    expect(second.code).toBe(0);
    const s2 = summaryOf(out);
    expect(s2.counts).toMatchObject({ total: N_KILL, skipped: Object.keys(before).length, processed: N_KILL - Object.keys(before).length, failed: 0 });
    for (const [f, st] of Object.entries(before)) expect(stamps(out)[f], f).toBe(st);
    expect(records(out)).toHaveLength(N_KILL);
  });

  it('SIGKILL: no half-written record; temps are cleaned and nothing finished is redone on the re-run', async () => {
    const { dir, out } = corpus(N_KILL, 1500);
    const first = await startAndKill(['batch', dir, '--out', out, '--jobs', '2'], out, 5, 'SIGKILL');
    expect(first.signal).toBe('SIGKILL');
    allValid(out);
    // A write cut short by the kill leaves a temp like this one (the race is too narrow to hit on purpose).
    writeFileSync(join(out, `.doc-999.txt.0123456789ab.json.${first.pid}.0badf00d.congvan-tmp`), '{"schemaVersion": "1.0.0", "pipel');
    const temps = readdirSync(out).filter((f) => f.endsWith('.congvan-tmp')).length;
    const before = stamps(out);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);

    const second = run(['batch', dir, '--out', out, '--jobs', '2', '--quiet']);
    expect(second.code).toBe(0);
    const s2 = summaryOf(out);
    expect(s2.staleTempsRemoved).toBe(temps);
    expect(s2.counts).toMatchObject({ total: N_KILL, skipped: Object.keys(before).length, processed: N_KILL - Object.keys(before).length, failed: 0 });
    for (const [f, st] of Object.entries(before)) expect(stamps(out)[f], f).toBe(st);
    expect(readdirSync(out).filter((f) => f.endsWith('.congvan-tmp'))).toEqual([]);
    expect(records(out)).toHaveLength(N_KILL);
    allValid(out);
  });
});
