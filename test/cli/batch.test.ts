// The batch and export commands in a child process, as a user runs them:
// exit codes, progress on a non-terminal, --quiet (kill and resume: batch-signals.test.ts, in e2e).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerBatch } from '../../src/cli/batch.js';
import { registerExport } from '../../src/cli/export.js';
import { run, corpus, records, summaryOf } from './batch-helpers.js';

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

});
