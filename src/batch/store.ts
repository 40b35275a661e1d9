// The output folder of a batch: one record per input, named from the input's
// absolute path so two inputs never collide, written atomically (temp file in
// the same folder, fsync, rename) so a killed run never leaves half a record.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { hostname } from 'node:os';
import { open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Records: `<basename>.<12 hex>.json`; failures: `<basename>.<12 hex>.error.json`. */
export const RECORD_RE = /\.[0-9a-f]{12}\.json$/;
export const ERROR_RE = /\.[0-9a-f]{12}\.error\.json$/;
/**
 * Temps: `.<name>.<host>.<pid>.<random>.congvan-tmp`; never end in .json, so never read as records.
 * The host tag (8 hex of the host name) tells a dead local run's temp from one that a queue worker
 * on another machine is writing into a shared folder. Older temps have no host tag.
 */
const TEMP_RE = /^\..*?(?:\.([0-9a-f]{8}))?\.(\d+)\.[0-9a-f]{8}\.congvan-tmp$/;
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** Another machine's temp is removed only when this old: its writer is surely gone. */
const FOREIGN_TEMP_MS = 24 * 3600_000;

export const SUMMARY_FILE = 'summary.json';

export function isRecordFile(name: string): boolean {
  return RECORD_RE.test(name) && !ERROR_RE.test(name);
}

export function isErrorFile(name: string): boolean {
  return ERROR_RE.test(name);
}

/** Keep names under the 255-byte limit of most file systems (Vietnamese letters are 2-3 bytes). */
function shortBase(absPath: string): string {
  let base = basename(absPath) || 'input';
  while (Buffer.byteLength(base) > 150) base = base.slice(0, -1);
  return base;
}

/** 12 hex of the path's sha256: tells apart records (and queue jobs) of same-named or same-content files. */
export function pathKey(absPath: string): string {
  return createHash('sha256').update(absPath).digest('hex').slice(0, 12);
}

export function recordName(absPath: string): string {
  return `${shortBase(absPath)}.${pathKey(absPath)}.json`;
}

export function errorName(absPath: string): string {
  return `${shortBase(absPath)}.${pathKey(absPath)}.error.json`;
}

/** Write JSON so that readers see either the old file or the whole new one. */
export function writeJsonAtomic(dir: string, name: string, value: unknown): Promise<void> {
  return writeFileAtomic(dir, name, JSON.stringify(value, null, 2) + '\n');
}

/** Write a file so that readers see either the old one or the whole new one. */
export async function writeFileAtomic(dir: string, name: string, data: string | Buffer): Promise<void> {
  const tmp = join(dir, `.${name}.${HOST}.${process.pid}.${randomBytes(4).toString('hex')}.congvan-tmp`);
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, join(dir, name));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Make renames durable (a crash right after could otherwise lose them). */
export async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the rename is still atomic.
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function stale(dir: string, name: string, host: string | undefined, pid: number): Promise<boolean> {
  if (!host || host === HOST) return !alive(pid);
  const st = await stat(join(dir, name)).catch(() => undefined);
  return st !== undefined && Date.now() - st.mtimeMs > FOREIGN_TEMP_MS;
}

/** Remove temps left by killed runs (not those of a run still alive, here or elsewhere). Returns how many. */
export async function cleanStaleTemps(dir: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(dir)) {
    const m = TEMP_RE.exec(name);
    if (m && (await stale(dir, name, m[1], Number(m[2])))) {
      await unlink(join(dir, name)).catch(() => undefined);
      n++;
    }
  }
  return n;
}

export interface RecordStamp {
  sha256: string;
  version: string;
  pages: number;
}

/** What an existing record says about its source, or undefined when absent or unreadable. */
export async function readStamp(file: string): Promise<RecordStamp | undefined> {
  try {
    const r = JSON.parse(await readFile(file, 'utf8')) as {
      source?: { sha256?: unknown; pages?: unknown };
      pipeline?: { version?: unknown };
    };
    const sha256 = r.source?.sha256;
    const version = r.pipeline?.version;
    if (typeof sha256 !== 'string' || typeof version !== 'string') return undefined;
    return { sha256, version, pages: typeof r.source?.pages === 'number' ? r.source.pages : 0 };
  } catch {
    return undefined;
  }
}

/** sha256 of a file, streamed (inputs can be hundreds of MB). */
export function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}
