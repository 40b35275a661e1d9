// `congvan export`: build one export file from a batch output folder. A file
// target is written to a temp beside it and renamed, like the records.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { once } from 'node:events';
import { exporter, type Format } from './formats.js';
import { readRecords, type RecordProblem } from './records.js';

export { FORMATS, type Format } from './formats.js';

export interface ExportResult {
  records: number;
  problems: RecordProblem[];
}

async function pipeChunks(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<void> {
  for await (const c of chunks) if (!out.write(c)) await once(out, 'drain');
}

/** Export the records of `dir` to `outFile`, or to `stream` (standard output) when no file is given. */
export async function exportFolder(dir: string, format: Format, outFile?: string, stream: NodeJS.WritableStream = process.stdout): Promise<ExportResult> {
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new Error(`${dir}: not a folder of records`);
  const problems: RecordProblem[] = [];
  let records = 0;
  const counted = (async function* () {
    for await (const r of readRecords(dir, problems)) {
      records++;
      yield r;
    }
  })();
  const chunks = exporter(format)(counted);
  if (!outFile) {
    await pipeChunks(chunks, stream);
    return { records, problems };
  }
  const tmp = join(dirname(outFile), `.${basename(outFile)}.${process.pid}.congvan-tmp`);
  const ws = createWriteStream(tmp, { flags: 'w' });
  try {
    await pipeChunks(chunks, ws);
    ws.end();
    await once(ws, 'finish');
    await rename(tmp, outFile);
  } catch (err) {
    ws.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  return { records, problems };
}
