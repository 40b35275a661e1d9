// Read the records of a batch output folder, one at a time (folders can hold
// thousands, each with its full text). Error files, summary.json and temps are
// not records; a record that fails the schema is reported and left out.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RecordSchema, type CongvanRecord } from '../schema.js';
import { isRecordFile } from '../batch/store.js';

export interface RecordProblem {
  file: string;
  reason: string;
}

export async function recordFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isRecordFile).sort();
}

export async function* readRecords(dir: string, problems: RecordProblem[] = []): AsyncGenerator<{ file: string; record: CongvanRecord }> {
  for (const name of await recordFiles(dir)) {
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      problems.push({ file, reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const checked = RecordSchema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      problems.push({ file, reason: `not a congvan record: ${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    yield { file: name, record: checked.data };
  }
}
