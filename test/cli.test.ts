// The CLI as a user runs it: the built dist/ (npm test builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';
import { RecordSchema } from '../src/schema.js';

const CLI = packagePath('dist', 'src', 'cli.js');
const SEED = packagePath('seeds', '001_eda59625cfa00c8b.txt');

function run(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('congvan CLI', () => {
  it('extract prints a valid record and exits 0', () => {
    const r = run(['extract', SEED]);
    expect(r.code).toBe(0);
    expect(RecordSchema.safeParse(JSON.parse(r.out)).success).toBe(true);
  });

  it("reads standard input with '-'", () => {
    // Without restoration: the stdin path is the point, and loading the tables costs a second.
    const r = run(['extract', '-', '--compact', '--no-restore'], readFileSync(SEED));
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out).source.path).toBe('<stdin>');
  });

  it('exits 1 with one line naming the file when it cannot be processed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-cli-'));
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, '');
    for (const [file, words] of [
      [join(dir, 'missing.txt'), 'no such file'],
      [empty, 'empty'],
      [dir, 'folder'],
    ] as const) {
      const r = run(['extract', file]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toContain(words);
    }
  });

  it('exits 2 on a usage error and 0 on --help', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['extract']).code).toBe(2);
    expect(run(['extract', SEED, '--pipeline', 'fax']).code).toBe(2);
    const help = run(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('extract');
  });

  it('schema prints the JSON Schema; restore prints text', () => {
    const s = run(['schema']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out).properties.tasks.type).toBe('array');
    const r = run(['restore', SEED]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kính gửi');
  });
});
