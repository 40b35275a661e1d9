import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTemps, errorName, isErrorFile, isRecordFile, recordName, writeJsonAtomic } from '../../src/batch/store.js';
import { tempDir } from './tmp.js';

const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

describe('batch output store', () => {
  it('names never collide for same-named inputs in different folders, and stay under 255 bytes', () => {
    const a = recordName('/archive/2024/cv.pdf');
    const b = recordName('/archive/2025/cv.pdf');
    expect(a).not.toBe(b);
    expect(a.startsWith('cv.pdf.')).toBe(true);
    expect(isRecordFile(a) && !isErrorFile(a)).toBe(true);
    const e = errorName('/archive/2024/cv.pdf');
    expect(isErrorFile(e) && !isRecordFile(e)).toBe(true);
    expect(e).not.toBe(a);
    const long = '/x/' + 'Công văn về việc triển khai thực hiện nhiệm vụ '.repeat(8) + '.pdf';
    expect(Buffer.byteLength(recordName(long))).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(errorName(long))).toBeLessThanOrEqual(255);
    expect(isRecordFile('summary.json')).toBe(false);
  });

  it('writes atomically: the whole file, no temp left behind', async () => {
    const dir = tempDir('congvan-store-');
    const value = { text: 'Việt Nam '.repeat(10000) };
    await writeJsonAtomic(dir, 'a.json', value);
    await writeJsonAtomic(dir, 'a.json', { ...value, again: true });
    expect(readdirSync(dir)).toEqual(['a.json']);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).again).toBe(true);
  });

  it('cleans temps of dead runs, keeps those of live ones, never touches records', async () => {
    const dir = tempDir('congvan-store-');
    // A pid above the kernel maximum (4194304) cannot be alive.
    const dead = join(dir, '.x.txt.0123456789ab.json.9999999.0badf00d.congvan-tmp');
    const live = join(dir, `.y.txt.0123456789ab.json.${process.ppid}.0badf00d.congvan-tmp`);
    const rec = join(dir, 'x.txt.0123456789ab.json');
    for (const f of [dead, live, rec]) writeFileSync(f, '{');
    expect(await cleanStaleTemps(dir)).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(rec)).toBe(true);
  });

  it('leaves a fresh temp of another machine (a queue worker on a shared folder) alone, until it is a day old', async () => {
    const dir = tempDir('congvan-store-');
    await writeJsonAtomic(dir, 'mine.json', {});
    const other = join(dir, '.z.txt.0123456789ab.json.00000000.9999999.0badf00d.congvan-tmp');
    const old = join(dir, '.w.txt.0123456789ab.json.00000000.9999999.0badf00d.congvan-tmp');
    const ownDead = join(dir, `.v.txt.0123456789ab.json.${HOST_TAG}.9999999.0badf00d.congvan-tmp`);
    for (const f of [other, old, ownDead]) writeFileSync(f, '{');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    expect(await cleanStaleTemps(dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([other.slice(dir.length + 1), 'mine.json'].sort());
  });
});
