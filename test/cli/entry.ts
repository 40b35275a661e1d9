// The congvan CLI with the batch and export commands, for tests run in a child
// process. Uses src/cli.ts itself once it registers them; until then a program
// with the same exit-code rules (0 ok, 1 failed input, 2 usage).
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerBatch } from '../../src/cli/batch.js';
import { registerExport } from '../../src/cli/export.js';

const cliSource = readFileSync(new URL('../../src/cli.ts', import.meta.url), 'utf8');
if (cliSource.includes('registerBatch(') && cliSource.includes('registerExport(')) {
  await import('../../src/cli.js');
} else {
  const program = new Command('congvan').exitOverride();
  registerBatch(program);
  registerExport(program);
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
    else {
      process.stderr.write(`congvan: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  }
}
