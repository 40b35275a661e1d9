// `congvan serve` as a clerk runs it, killed (SIGKILL) while saves are in
// flight: after a restart every acknowledged correction is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { RecordSchema } from '../../src/schema.js';
import { LETTER } from './fixtures.js';
import { tempDir } from './helpers.js';

const CLI = packagePath('dist', 'src', 'cli.js');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Start the server; resolves with its address once it listens. */
function start(data: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data', data], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /is at (http:\/\/\S+)/.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

async function waitDone(url: string): Promise<string> {
  for (;;) {
    const list = (await (await fetch(`${url}/api/docs`)).json()) as { id: string; status: string }[];
    if (list[0]?.status === 'done') return list[0].id;
    if (list[0]?.status === 'failed') throw new Error('the letter failed');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('congvan serve killed during saves', () => {
  it('binds 127.0.0.1 and loses no acknowledged correction', async () => {
    const data = tempDir();
    const first = await start(data);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const form = new FormData();
    form.append('file', new Blob([LETTER]), 'letter.txt');
    expect((await fetch(`${first.url}/api/upload`, { method: 'POST', body: form })).status).toBe(200);
    const id = await waitDone(first.url);

    let acked = -1;
    const save = (i: number) =>
      fetch(`${first.url}/api/doc/${id}/save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ changes: [{ field: 'document.subject', value: `Lần sửa ${i}` }, { field: 'tasks.0.deadline', value: `2026-07-${String((i % 28) + 1).padStart(2, '0')}` }] }),
      });
    for (let i = 0; i < 20; i++) {
      expect((await save(i)).status).toBe(200);
      acked = i;
    }
    // Kill while more saves are in flight.
    const inflight = [20, 21, 22, 23].map((i) => save(i).then((r) => r.ok && (acked = Math.max(acked, i))).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 3));
    first.child.kill('SIGKILL');
    await Promise.all(inflight);

    const second = await start(data);
    const record = RecordSchema.parse(await (await fetch(`${second.url}/api/doc/${id}`)).json());
    const n = Number(/Lần sửa (\d+)/.exec(record.document.subject ?? '')?.[1]);
    // The last acknowledged save, or one the kill cut off after it was written.
    expect(n).toBeGreaterThanOrEqual(acked);
    expect(record.tasks[0]!.deadline!.due).toBe(`2026-07-${String((n % 28) + 1).padStart(2, '0')}`);
    // Files on disk are whole: the record, the register.
    RecordSchema.parse(JSON.parse(readFileSync(join(data, id, 'record.json'), 'utf8')));
    expect(JSON.parse(readFileSync(join(data, 'register.json'), 'utf8')).entries).toEqual([expect.objectContaining({ id, number: 1 })]);
    for (const f of readdirSync(join(data, id)).filter((f) => f.endsWith('.json'))) JSON.parse(readFileSync(join(data, id, f), 'utf8'));
  });
});
