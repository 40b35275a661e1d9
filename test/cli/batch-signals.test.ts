// Kill and resume of the batch command with SIGINT and SIGKILL, in a child process (e2e: ~11 s of CPU).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { N_KILL, run, corpus, records, stamps, summaryOf, allValid, startAndKill } from './batch-helpers.js';

describe('congvan batch (CLI): kill and resume', () => {
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
