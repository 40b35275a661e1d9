// `congvan batch INPUT... --out DIR`: process files, folders and globs into one
// record per input. Exit 0 when every input has a record, 1 when any failed,
// 130 when stopped by SIGINT (143 by SIGTERM), 2 for usage errors.
import { Command, InvalidArgumentError } from 'commander';
import { defaultJobs } from '../batch/cores.js';

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

interface BatchCliOptions {
  out: string;
  jobs?: number;
  force?: boolean;
  quiet?: boolean;
  list?: boolean;
  restore?: boolean;
  timeout?: string;
}

export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('read many documents (files, folders, globs) into one JSON record each, resumable')
    .argument('<inputs...>', 'files, folders (walked recursively) or quoted glob patterns')
    .requiredOption('--out <dir>', 'output folder for the records, error files and summary.json')
    .option('--jobs <n>', `documents processed at once, and OCR workers (default: ${defaultJobs()}, the cores)`, positiveInt)
    .option('--force', 'redo inputs that already have an up-to-date record')
    .option('--quiet', 'no progress and no printed summary (summary.json is still written)')
    .option('--list', 'print a line per file: what was read, or why it failed')
    .option('--no-restore', 'skip diacritic restoration')
    .option('--timeout <seconds>', 'OCR time limit per page', '120')
    .action(async (inputs: string[], o: BatchCliOptions) => {
      const controller = new AbortController();
      let signalCode = 0;
      const onSignal = (sig: NodeJS.Signals) => {
        if (controller.signal.aborted) {
          // Second signal: leave now. Temps left behind are cleaned by the next run.
          process.stderr.write('congvan: stopped\n');
          process.exit(signalCode);
        }
        signalCode = sig === 'SIGTERM' ? 143 : 130;
        if (!o.quiet) process.stderr.write(`\ncongvan: ${sig}: finishing the documents in progress, starting no more (again to stop now)\n`);
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // Loaded here, not at start: the engine is for the commands that read documents.
      const { createProgress, formatSummary } = await import('../batch/progress.js');
      const { runBatch } = await import('../batch/run.js');
      const progress = createProgress({ quiet: o.quiet, list: o.list });
      try {
        const summary = await runBatch({
          inputs,
          outDir: o.out,
          jobs: o.jobs,
          force: o.force,
          engine: { noRestore: o.restore === false, pageTimeoutMs: o.timeout ? Number(o.timeout) * 1000 : undefined },
          signal: controller.signal,
          onEvent: (e) => progress.onEvent(e),
        });
        progress.stop();
        if (!o.quiet) process.stdout.write(formatSummary(summary));
        process.exitCode = summary.interrupted ? signalCode : summary.counts.failed ? 1 : 0;
      } finally {
        progress.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
