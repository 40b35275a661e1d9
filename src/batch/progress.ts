// Progress of a batch on stderr: a live bar (cli-progress) on a terminal,
// plain periodic lines otherwise (logs of an overnight run), nothing with --quiet.
import cliProgress from 'cli-progress';
import type { BatchEvent, BatchSummary } from './run.js';

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** Force the plain-line mode (default: when the stream is not a terminal). */
  plain?: boolean;
  /** How often plain lines are printed, ms. */
  intervalMs?: number;
  /** A line per finished file: status, path, and what was read. */
  list?: boolean;
}

/** The per-file line of --list. */
export function fileLine(e: Extract<BatchEvent, { type: 'file' }>): string {
  const r = e.result;
  const what = r.status === 'failed' ? `FAILED [${r.code}] ${r.reason}` : r.status === 'skipped' ? 'skipped (record up to date)' : r.brief;
  return `${r.status === 'failed' ? '✗' : '✓'} ${r.path}: ${what}\n`;
}

export interface Progress {
  onEvent(e: BatchEvent): void;
  stop(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function createProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet) return { onEvent: () => undefined, stop: () => undefined };
  const t0 = Date.now();
  let total = 0;
  let done = 0;
  let failed = 0;
  let stopped = false;
  const rate = () => done / Math.max((Date.now() - t0) / 1000, 0.001);
  const eta = () => (done ? (total - done) / rate() : Infinity);

  if (!opts.plain && stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'congvan {bar} {value}/{total} | {rate} files/s | ETA {eta_formatted} | failed {failed}{page}',
        etaBuffer: 20,
        fps: 5,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      onEvent(e) {
        if (e.type === 'start') {
          total = e.total;
          bar.start(total, 0, { rate: '0.00', failed: 0, page: '' });
        } else if (e.type === 'page') {
          // Long documents: show the page being read.
          bar.update(done, { page: e.pages > 1 && e.page < e.pages ? ` | page ${e.page}/${e.pages}` : '' });
        } else {
          if (e.result.status === 'failed') failed++;
          done = e.done;
          if (opts.list) {
            // Print above the bar; the update below draws it again.
            stream.clearLine(0);
            stream.cursorTo(0);
            stream.write(fileLine(e));
          }
          bar.update(done, { rate: rate().toFixed(2), failed, page: '' });
        }
      },
      stop() {
        if (stopped) return;
        stopped = true;
        bar.stop();
      },
    };
  }

  let page = '';
  const line = () =>
    stream.write(
      `congvan: ${done}/${total} files (${total ? Math.floor((100 * done) / total) : 100}%), ` +
        `${rate().toFixed(2)} files/s, ETA ${formatDuration(eta())}, ${failed} failed${page}\n`,
    );
  const timer = setInterval(line, opts.intervalMs ?? 10_000);
  timer.unref();
  return {
    onEvent(e) {
      if (e.type === 'start') {
        total = e.total;
        stream.write(`congvan: ${total} inputs\n`);
      } else if (e.type === 'page') {
        page = e.pages > 1 && e.page < e.pages ? `; reading page ${e.page}/${e.pages} of ${e.path}` : '';
      } else {
        done = e.done;
        page = '';
        if (e.result.status === 'failed') failed++;
        if (opts.list) stream.write(fileLine(e));
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      line();
    },
  };
}

/** The summary as printed at the end of a batch. */
export function formatSummary(s: BatchSummary): string {
  const c = s.counts;
  const lines = [
    `congvan batch ${s.interrupted ? 'interrupted' : 'done'} in ${formatDuration(s.seconds)}: ` +
      `${c.processed} processed, ${c.skipped} skipped, ${c.failed} failed` +
      (c.notStarted ? `, ${c.notStarted} not started` : '') +
      `; ${s.pages} pages; records in ${s.outDir}`,
  ];
  if (s.failures.length) {
    lines.push(`failures (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  [${f.code}] ${f.reason}`);
  }
  // Warnings are routine on archives (an incomplete date ...): counts by code, a few files each.
  const byCode = new Map<string, string[]>();
  for (const f of s.files) for (const c of f.warnings ?? []) byCode.set(c, [...(byCode.get(c) ?? []), f.path]);
  if (byCode.size) {
    lines.push('warnings in records:');
    for (const [code, paths] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${code} (${paths.length}): ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', ...' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
