#!/usr/bin/env node
// congvan command line. Exit codes: 0 done, 1 the input could not be
// processed (one line naming the file on stderr), 2 usage error.
import { Command, CommanderError, Option } from 'commander';
import { registerBatch } from './cli/batch.js';
import { registerExport } from './cli/export.js';
import { registerServe } from './cli/serve.js';
import { inputArg } from './cli/io.js';
import { registerQueue } from './cli/queue.js';
import { failureReason, topLayer, type Doc } from './doc.js';
import type { EngineOptions } from './engine.js';
import { PACKAGE_VERSION } from './paths.js';

const pipelineOption = new Option('--pipeline <kind>', 'force a preset instead of sniffing the input').choices(['text', 'pdf', 'image']);

function engineOptions(o: { restore?: boolean; timeout?: string; handwriting?: boolean }): EngineOptions {
  return { noRestore: o.restore === false, pageTimeoutMs: o.timeout ? Number(o.timeout) * 1000 : undefined, ...(o.handwriting === undefined ? {} : { handwriting: o.handwriting }) };
}

async function runOne(file: string, o: { restore?: boolean; timeout?: string; handwriting?: boolean; pipeline?: 'text' | 'pdf' | 'image' }, until?: 'restore'): Promise<Doc | undefined> {
  // The engine and schema load when a command needs them: --help and usage errors start fast.
  const { createEngine } = await import('./engine.js');
  const engine = await createEngine({ ...engineOptions(o), until });
  try {
    const doc = await engine.process(await inputArg(file), { pipeline: o.pipeline });
    const reason = failureReason(doc);
    if (reason) {
      process.stderr.write(`congvan: ${reason}\n`);
      process.exitCode = 1;
      return undefined;
    }
    return doc;
  } finally {
    await engine.close();
  }
}

const program = new Command('congvan')
  .description('Read Vietnamese official documents (scans, PDFs, text) into structured JSON, offline.')
  .version(PACKAGE_VERSION)
  .showHelpAfterError()
  .exitOverride();

program
  .command('extract')
  .description('read one document and print its JSON record')
  .argument('<file>', "image, PDF or text file; '-' reads standard input")
  .option('--compact', 'one line of JSON instead of indented')
  .option('--no-restore', 'skip diacritic restoration')
  .option('--handwriting', 'read handwritten numbers and days of scans with the digit reader (checked by the clerk; the default)')
  .option('--no-handwriting', 'leave handwritten numbers and days of scans to the clerk (the digit reader is on by default)')
  .option('--timeout <seconds>', 'OCR time limit per page', '120')
  .addOption(pipelineOption)
  .action(async (file: string, o) => {
    const doc = await runOne(file, o);
    if (doc?.record) process.stdout.write(JSON.stringify(doc.record, null, o.compact ? 0 : 2) + '\n');
  });

program
  .command('restore')
  .description('read one document and print its text with Vietnamese diacritics restored')
  .argument('<file>', "image, PDF or text file; '-' reads standard input")
  .option('--timeout <seconds>', 'OCR time limit per page', '120')
  .addOption(pipelineOption)
  .action(async (file: string, o) => {
    const doc = await runOne(file, o, 'restore');
    if (doc) process.stdout.write(topLayer(doc)!.text + '\n');
  });

program
  .command('schema')
  .description('print the JSON Schema of the record')
  .action(async () => {
    const { recordJsonSchema } = await import('./schema.js');
    process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
  });

registerBatch(program);
registerExport(program);
registerQueue(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version exit 0; anything else commander rejects is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`congvan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
