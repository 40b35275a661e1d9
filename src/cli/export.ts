// `congvan export DIR --format F [--out FILE]`: NDJSON, the register of
// incoming documents (CSV), tasks (CSV) or task deadlines (iCalendar) from a
// batch output folder. Exit 0 done, 1 the folder cannot be read, 2 usage.
import { Command, Option } from 'commander';
import { exportFolder, FORMATS, type Format } from '../export/index.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('build NDJSON, a register CSV, a tasks CSV or an iCalendar file from a batch output folder')
    .argument('<dir>', 'output folder of `congvan batch`')
    .addOption(new Option('--format <format>', 'what to build').choices([...FORMATS]).makeOptionMandatory())
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (dir: string, o: { format: Format; out?: string }) => {
      // `congvan export out --format ndjson | head`: a closed pipe ends the export quietly.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      });
      try {
        const r = await exportFolder(dir, o.format, o.out);
        for (const p of r.problems) process.stderr.write(`congvan: skipped ${p.file}: ${p.reason}\n`);
        if (o.out) process.stderr.write(`congvan: ${r.records} records exported to ${o.out}\n`);
        if (r.records === 0) process.stderr.write(`congvan: no records in ${dir}\n`);
      } catch (err) {
        process.stderr.write(`congvan: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}
