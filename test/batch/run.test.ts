// runBatch with the real engine on text inputs: records, resume, --force,
// changed content, and a failure that is fixed on the next run.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { errorName, isRecordFile, recordName } from '../../src/batch/store.js';
import { packagePath } from '../../src/paths.js';
import { RecordSchema } from '../../src/schema.js';
import { tempDir } from './tmp.js';

// Restoration is not what these tests are about, and it is the slow part.
const FAST = { engine: { noRestore: true } };
const SEEDS = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt'));

function inputs() {
  const root = tempDir('congvan-run-');
  const inDir = join(root, 'in');
  mkdirSync(join(inDir, 'sub'), { recursive: true });
  for (const s of SEEDS) copyFileSync(packagePath('seeds', s), join(inDir, s));
  // Same name in another folder: must not overwrite the first one's record.
  copyFileSync(packagePath('seeds', SEEDS[1]!), join(inDir, 'sub', SEEDS[0]!));
  writeFileSync(join(inDir, 'empty.txt'), '');
  return { root, inDir, out: join(root, 'out') };
}

const stamp = (f: string) => {
  const s = statSync(f);
  return `${s.ino}:${s.mtimeMs}`;
};

describe('runBatch', () => {
  it('writes one valid record per input, an error file per failure, and summary.json', async () => {
    const { inDir, out } = inputs();
    const events: string[] = [];
    const s = await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 2, onEvent: (e) => events.push(e.type) });
    const total = SEEDS.length + 2;
    expect(s.counts).toEqual({ total, processed: total - 1, skipped: 0, failed: 1, notStarted: 0 });
    expect(events).toEqual(['start', ...Array(total).fill('file')]);
    expect(s.failures).toEqual([{ path: join(inDir, 'empty.txt'), code: 'empty-file', reason: `${join(inDir, 'empty.txt')}: is empty (0 bytes)`, output: errorName(join(inDir, 'empty.txt')) }]);
    const records = readdirSync(out).filter(isRecordFile);
    expect(records).toHaveLength(total - 1);
    for (const r of records) expect(RecordSchema.safeParse(JSON.parse(readFileSync(join(out, r), 'utf8'))).success).toBe(true);
    const twin = JSON.parse(readFileSync(join(out, recordName(join(inDir, 'sub', SEEDS[0]!))), 'utf8'));
    expect(twin.source.path).toBe(join(inDir, 'sub', SEEDS[0]!));
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(s)));
    expect(s.pages).toBe(total - 1);
    expect(JSON.parse(readFileSync(join(out, errorName(join(inDir, 'empty.txt'))), 'utf8'))).toMatchObject({ code: 'empty-file', path: join(inDir, 'empty.txt') });
  });

  it('resumes: skips unchanged inputs without rewriting them, redoes changed ones, --force redoes all', async () => {
    const { inDir, out } = inputs();
    await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 2 });
    const files = readdirSync(out).filter(isRecordFile);
    const before = Object.fromEntries(files.map((f) => [f, stamp(join(out, f))]));

    const changed = join(inDir, SEEDS[2]!);
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nNơi nhận: - Như trên;\n');
    const again = await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 2 });
    expect(again.counts).toMatchObject({ processed: 1, skipped: files.length - 1, failed: 1 });
    expect(again.files.find((f) => f.status === 'processed')!.path).toBe(changed);
    for (const f of files) {
      if (f === recordName(changed)) expect(stamp(join(out, f))).not.toBe(before[f]);
      else expect(stamp(join(out, f))).toBe(before[f]);
    }

    const forced = await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 1, force: true });
    expect(forced.counts).toMatchObject({ processed: files.length, skipped: 0 });
  });

  it('a failed input is retried on the next run; once it succeeds its error file goes', async () => {
    const { inDir, out } = inputs();
    const empty = join(inDir, 'empty.txt');
    await runBatch({ ...FAST, inputs: [empty], outDir: out, jobs: 1 });
    expect(existsSync(join(out, errorName(empty)))).toBe(true);
    copyFileSync(packagePath('seeds', SEEDS[0]!), empty);
    const s = await runBatch({ ...FAST, inputs: [empty], outDir: out, jobs: 1 });
    expect(s.counts).toMatchObject({ processed: 1, failed: 0 });
    expect(existsSync(join(out, errorName(empty)))).toBe(false);
    expect(existsSync(join(out, recordName(empty)))).toBe(true);
  });

  it('an aborted batch starts nothing new and says so', async () => {
    const { inDir, out } = inputs();
    const controller = new AbortController();
    controller.abort();
    const s = await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 1, signal: controller.signal });
    expect(s.interrupted).toBe(true);
    expect(s.counts.notStarted).toBe(SEEDS.length + 2);
    expect(readdirSync(out)).toEqual(['summary.json']);
  });

  it('an output folder that cannot be created is one clear error, before any work', async () => {
    const { root, inDir } = inputs();
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'x');
    await expect(runBatch({ ...FAST, inputs: [inDir], outDir: join(blocker, 'out') })).rejects.toThrow(
      `${join(blocker, 'out')}: cannot create the output folder: ENOTDIR`,
    );
  });

  it('a record or error file that cannot be written fails that file only', async () => {
    const { inDir, out } = inputs();
    // A folder where the file should go makes the rename fail, as a full disk would.
    const good = join(inDir, SEEDS[0]!);
    const empty = join(inDir, 'empty.txt');
    mkdirSync(join(out, recordName(good), 'x'), { recursive: true });
    mkdirSync(join(out, errorName(empty), 'x'), { recursive: true });
    const s = await runBatch({ ...FAST, inputs: [inDir], outDir: out, jobs: 2 });
    expect(s.counts).toMatchObject({ processed: SEEDS.length, failed: 2 });
    expect(s.failures.map((f) => [f.path, f.code])).toEqual([
      [good, 'write-failed'],
      [empty, 'write-failed'],
    ]);
    expect(s.failures[0]!.reason).toContain(`${good}: record could not be written`);
    expect(readdirSync(out).filter((f) => f.endsWith('.congvan-tmp'))).toEqual([]);
  });
});
