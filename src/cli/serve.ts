// `congvan serve`: the clerk's page, a local web server (127.0.0.1 unless --host).
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

function megabytes(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1024) throw new InvalidArgumentError('must be a size in MB (up to 1024)');
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description("the clerk's page: upload scans, check the fields, keep the register (a local web server)")
    .option('--port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to bind; 127.0.0.1 answers this computer only', '127.0.0.1')
    .option('--data <dir>', 'folder for uploads, records, corrections and the register', 'congvan-data')
    .option('--max-mb <n>', 'largest upload in MB', megabytes, 200)
    .action(async (o: { port: number; host: string; data: string; maxMb: number }) => {
      // Loaded here, not at start: other commands need none of the web server.
      const { buildServer } = await import('../serve/server.js');
      const { app } = await buildServer({ data: resolve(o.data), maxMb: o.maxMb, host: o.host });
      const address = await app.listen({ port: o.port, host: o.host });
      process.stderr.write(`congvan: the clerk's page is at ${address} (data in ${resolve(o.data)}); Ctrl-C stops it\n`);
      const stop = () => {
        // Saves are atomic: stopping mid-save loses nothing acknowledged.
        app.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
