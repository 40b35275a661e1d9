// Every kind of bad input in one folder, through one real batch: each gives a
// clear per-file failure (or a flagged record) in the summary, and the batch
// goes on to the good file. Inputs are generated here at run time.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchSummary, type FileResult } from '../../src/batch/run.js';
import { MAX_PIXELS } from '../../src/ocr/preprocess.js';
import { packagePath } from '../../src/paths.js';
import { backtrackLine, ENGLISH_TEXT, hugePng, TCVN3_BYTES, textPdf, VNI_BYTES } from './fixtures.js';
import { tempDir } from './tmp.js';

const root = tempDir('congvan-bad-');
const dir = join(root, 'in');
const out = join(root, 'out');
// A hang guard, not a speed figure: linearity is checked by test/batch/growth.test.ts (e2e, a timing ratio).
const LINE_BUDGET_MS = 60_000;
const SEED = packagePath('seeds', '001_eda59625cfa00c8b.txt');
const goodPdf = textPdf(['UY BAN NHAN DAN TINH QUANG NGAI', 'So: 12/UBND-KGVX']);
let summary: BatchSummary;

const at = (name: string): FileResult => {
  const r = summary.files.find((f) => f.path === join(dir, name));
  if (!r) throw new Error(`${name} is missing from the summary`);
  return r;
};
const failed = (name: string, code: string | RegExp) => {
  const r = at(name);
  expect(r.status).toBe('failed');
  expect(r.code).toMatch(code);
  expect(r.reason!.startsWith(join(dir, name) + ': ')).toBe(true);
  expect(summary.failures.some((f) => f.path === r.path && f.reason === r.reason)).toBe(true);
  return r;
};

beforeAll(async () => {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  copyFileSync(SEED, join(dir, 'good.txt'));
  writeFileSync(join(dir, 'zero.pdf'), '');
  writeFileSync(join(dir, 'truncated.pdf'), goodPdf.subarray(0, goodPdf.length >> 1));
  writeFileSync(join(dir, 'corrupt.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131) % 256))]));
  writeFileSync(join(dir, 'locked.pdf'), textPdf(['Mat khau'], { encrypt: { user: 'secret', owner: 'owner' } }));
  writeFileSync(join(dir, 'huge.png'), hugePng(60_000, 60_000));
  writeFileSync(join(dir, 'data.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  writeFileSync(join(dir, 'tcvn3.txt'), TCVN3_BYTES);
  writeFileSync(join(dir, 'vni.txt'), VNI_BYTES);
  writeFileSync(join(dir, 'english.txt'), ENGLISH_TEXT.repeat(3));
  writeFileSync(join(dir, 'blank.png'), await sharp({ create: { width: 400, height: 560, channels: 3, background: '#ffffff' } }).png().toBuffer());
  symlinkSync(dir, join(dir, 'nested', 'loop'));
  writeFileSync(join(dir, 'nested', 'long-line.txt'), backtrackLine(1 << 18));

  // Restoration is left out here (input handling is the point; it is slow); the
  // timing test below runs the whole pipeline.
  summary = await runBatch({ inputs: [dir], outDir: out, jobs: 2, engine: { noRestore: true } });
  console.log(
    'bad-inputs batch:',
    summary.files.map((f) => `${f.path.slice(dir.length + 1)}: ${f.status}${f.code ? ` [${f.code}]` : ''} ${f.ms} ms`).join('; '),
  );
});

describe('bad inputs in a batch', () => {
  it('the batch goes on: the good file has its record, every input is in the summary', () => {
    expect(at('good.txt').status).toBe('processed');
    expect(summary.counts.total).toBe(summary.files.length);
    expect(summary.counts.failed).toBe(summary.failures.length);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).counts).toEqual(summary.counts);
  });

  it('zero-byte file', () => {
    expect(failed('zero.pdf', 'empty-file').reason).toContain('empty');
  });

  it('truncated and corrupt PDFs', () => {
    for (const name of ['truncated.pdf', 'corrupt.pdf']) {
      const r = failed(name, /./);
      expect(r.code).toMatch(/^pdf-/);
    }
  });

  it('password-protected PDF says so', () => {
    const r = failed('locked.pdf', /./);
    expect(r.reason).toMatch(/password|encrypt/i);
  });

  it(`image with huge dimensions is refused above ${MAX_PIXELS / 1e6} megapixels, without decoding it`, () => {
    const r = failed('huge.png', 'image-too-large');
    expect(r.reason).toContain('60000×60000');
    expect(r.ms).toBeLessThan(5000);
  });

  it('binary file and legacy Vietnamese encodings are named', () => {
    failed('data.bin', 'binary-file');
    expect(failed('tcvn3.txt', 'legacy-encoding').reason).toContain('TCVN3');
    expect(failed('vni.txt', 'legacy-encoding').reason).toContain('VNI');
  });

  it('image with no text', () => {
    expect(failed('blank.png', 'no-text').reason).toMatch(/no text/);
  });

  it('non-Vietnamese document: a record flagged not-vietnamese', () => {
    const r = at('english.txt');
    expect(r.status).toBe('processed');
    expect(r.warnings).toContain('not-vietnamese');
    const rec = JSON.parse(readFileSync(join(out, r.output!), 'utf8'));
    expect(rec.messages.some((m: { code: string }) => m.code === 'not-vietnamese')).toBe(true);
    expect(at('good.txt').warnings ?? []).not.toContain('not-vietnamese');
  });

  it('symlink loop in a folder is reported, not followed', () => {
    failed('nested/loop', 'symlink-loop');
    expect(summary.files.filter((f) => f.path.includes('/loop/'))).toEqual([]);
  });

  it('a 256 KB single line of header and deadline fragments is processed, not hung', () => {
    const r = at('nested/long-line.txt');
    expect(r.status).toBe('processed');
    expect(r.ms).toBeLessThan(LINE_BUDGET_MS);
  });
});

describe('unreadable permissions', () => {
  it('a file and a folder without read permission fail by name', () => {
    const base = tempDir('congvan-perm-');
    chmodSync(base, 0o777);
    const pin = join(base, 'in');
    mkdirSync(join(pin, 'closed'), { recursive: true });
    copyFileSync(SEED, join(pin, 'ok.txt'));
    copyFileSync(SEED, join(pin, 'secret.txt'));
    copyFileSync(SEED, join(pin, 'closed', 'inside.txt'));
    chmodSync(pin, 0o755);
    chmodSync(join(pin, 'ok.txt'), 0o644);
    chmodSync(join(pin, 'secret.txt'), 0o000);
    chmodSync(join(pin, 'closed'), 0o000);
    const pout = join(base, 'out');
    // root reads anything whatever its mode: run the batch as 'nobody' then.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) console.log('running as root, where mode 000 is still readable: the batch runs as uid 65534 (nobody)');
    const r = spawnSync(
      process.execPath,
      [packagePath('dist', 'src', 'cli.js'), 'batch', pin, '--out', pout, '--jobs', '1', '--quiet'],
      { encoding: 'utf8', timeout: 60_000, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const s = JSON.parse(readFileSync(join(pout, 'summary.json'), 'utf8')) as BatchSummary;
    expect(s.counts).toMatchObject({ processed: 1, failed: 2 });
    const reasons = Object.fromEntries(s.failures.map((f) => [f.path, f.reason]));
    expect(reasons[join(pin, 'secret.txt')]).toBe(`${join(pin, 'secret.txt')}: cannot be read: permission denied`);
    expect(reasons[join(pin, 'closed')]).toBe(`${join(pin, 'closed')}: folder cannot be read: permission denied`);
  });
});
