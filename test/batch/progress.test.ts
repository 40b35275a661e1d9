import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, formatSummary } from '../../src/batch/progress.js';
import type { BatchSummary, FileResult } from '../../src/batch/run.js';

function stream(tty: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  s.isTTY = tty;
  s.columns = 120;
  let text = '';
  s.on('data', (d) => (text += d));
  return { s: s as unknown as NodeJS.WriteStream, text: () => text };
}

const file = (status: FileResult['status']): FileResult => ({ path: '/x', status, pages: 1, ms: 1 });

describe('batch progress', () => {
  it('draws a bar with count, rate, ETA and failures on a terminal', () => {
    const { s, text } = stream(true);
    const p = createProgress({ stream: s });
    p.onEvent({ type: 'start', total: 3 });
    p.onEvent({ type: 'file', result: file('processed'), done: 1, total: 3 });
    p.onEvent({ type: 'file', result: file('failed'), done: 2, total: 3 });
    p.onEvent({ type: 'file', result: file('processed'), done: 3, total: 3 });
    p.stop();
    expect(text()).toMatch(/3\/3 \| [\d.]+ files\/s \| ETA \S+ \| failed 1/);
  });

  it('prints plain lines when not a terminal, and nothing when quiet', () => {
    const { s, text } = stream(false);
    const p = createProgress({ stream: s });
    p.onEvent({ type: 'start', total: 2 });
    p.onEvent({ type: 'file', result: file('failed'), done: 1, total: 2 });
    p.stop();
    p.stop();
    expect(text()).toMatch(/^congvan: 2 inputs\ncongvan: 1\/2 files \(50%\), [\d.]+ files\/s, ETA \S+, 1 failed\n$/);
    const q = stream(false);
    const quiet = createProgress({ stream: q.s, quiet: true });
    quiet.onEvent({ type: 'start', total: 2 });
    quiet.stop();
    expect(q.text()).toBe('');
  });

  it('formats durations and the summary with every failure', () => {
    expect(formatDuration(5)).toBe('5s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3h 07m');
    const s = {
      seconds: 12,
      interrupted: false,
      outDir: '/out',
      pages: 7,
      counts: { total: 4, processed: 2, skipped: 1, failed: 1, notStarted: 0 },
      failures: [{ path: '/in/a.pdf', code: 'pdf-encrypted', reason: '/in/a.pdf: is password-protected' }],
      files: [
        { path: '/in/b.txt', status: 'processed', pages: 1, ms: 1, warnings: ['not-vietnamese', 'date-incomplete'] },
        ...['c', 'd', 'e', 'f'].map((n) => ({ path: `/in/${n}.txt`, status: 'processed', pages: 1, ms: 1, warnings: ['date-incomplete'] })),
      ],
    } as unknown as BatchSummary;
    expect(formatSummary(s)).toBe(
      'congvan batch done in 12s: 2 processed, 1 skipped, 1 failed; 7 pages; records in /out\n' +
        'failures (1):\n  [pdf-encrypted] /in/a.pdf: is password-protected\n' +
        'warnings in records:\n  date-incomplete (5): /in/b.txt, /in/c.txt, /in/d.txt, ...\n  not-vietnamese (1): /in/b.txt\n',
    );
  });
});

describe('page progress and --list', () => {
  it('shows the page being read of a long document, and a line per file with --list', () => {
    const { s, text } = stream(false);
    const p = createProgress({ stream: s, list: true, intervalMs: 60_000 });
    p.onEvent({ type: 'start', total: 2 });
    p.onEvent({ type: 'page', path: '/in/big.pdf', page: 412, pages: 1000 });
    p.stop();
    expect(text()).toContain('reading page 412/1000 of /in/big.pdf');
    const { s: s2, text: t2 } = stream(false);
    const q = createProgress({ stream: s2, list: true });
    q.onEvent({ type: 'start', total: 2 });
    q.onEvent({ type: 'file', result: { ...file('processed'), brief: 'Công văn 507/UBND-KGVX; 3 tasks, 2 references' }, done: 1, total: 2 });
    q.onEvent({ type: 'file', result: { ...file('failed'), code: 'pdf-encrypted', reason: '/x: is password-protected' }, done: 2, total: 2 });
    q.stop();
    expect(t2()).toContain('✓ /x: Công văn 507/UBND-KGVX; 3 tasks, 2 references\n');
    expect(t2()).toContain('✗ /x: FAILED [pdf-encrypted] /x: is password-protected\n');
  });
});
