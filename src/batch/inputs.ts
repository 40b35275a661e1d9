// Turn the batch arguments (files, folders, globs) into a sorted list of files.
// Folders are walked recursively; symbolic links are followed, but a link back
// to a folder already on the walk (a loop) is reported, not followed. Problems
// with an argument or an entry become failures of the batch, not exceptions.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ioReason } from '../input/read.js';

export interface InputProblem {
  path: string;
  code: string;
  reason: string;
}

export interface Inputs {
  /** Absolute paths, sorted, each file once (by its real path). */
  files: string[];
  problems: InputProblem[];
}

export interface ExpandOptions {
  /** Folders never to walk into (the batch's own output folder). */
  exclude?: string[];
}

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

export async function expandInputs(args: string[], opts: ExpandOptions = {}): Promise<Inputs> {
  const files = new Map<string, string>(); // real path -> path as found
  const problems: InputProblem[] = [];
  const exclude = await Promise.all((opts.exclude ?? []).map((d) => realpath(d).catch(() => resolve(d))));
  const excluded = (real: string) => exclude.some((d) => inside(real, d));

  async function addFile(path: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (err) {
      return void problems.push(linkProblem(path, err));
    }
    if (excluded(real)) return;
    if (!files.has(real)) files.set(real, path);
  }

  // `ancestors`: real paths of the folders on the way down, to detect loops.
  async function walk(dir: string, ancestors: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      return void problems.push({ path: dir, code: 'unreadable-folder', reason: `folder cannot be read: ${ioReason(err)}` });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // Hidden files (.DS_Store, editor temps, our own temps) are not inputs.
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        await enter(path, ancestors);
      } else if (e.isSymbolicLink()) {
        let st;
        try {
          st = await stat(path);
        } catch (err) {
          problems.push(linkProblem(path, err));
          continue;
        }
        if (st.isDirectory()) await enter(path, ancestors);
        else await addFile(path);
      } else if (e.isFile()) {
        await addFile(path);
      }
      // Sockets, FIFOs and devices are skipped: reading a FIFO would block.
    }
  }

  async function enter(dir: string, ancestors: string[]): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      return void problems.push(linkProblem(dir, err));
    }
    if (excluded(real)) return;
    if (ancestors.includes(real)) {
      return void problems.push({ path: dir, code: 'symlink-loop', reason: `symbolic link loop: leads back to ${real}, not followed` });
    }
    await walk(dir, [...ancestors, real]);
  }

  for (const arg of args) {
    const abs = resolve(arg);
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const found = await glob(arg, { absolute: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
        if (found.length === 0) problems.push({ path: arg, code: 'no-match', reason: 'pattern matches no file' });
        for (const f of found.sort()) await addFile(f);
      } else {
        problems.push({ path: abs, code: code === 'ENOENT' ? 'not-found' : 'unreadable', reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read: ${ioReason(err)}` });
      }
      continue;
    }
    if (st.isSymbolicLink()) {
      try {
        st = await stat(abs);
      } catch (err) {
        problems.push(linkProblem(abs, err));
        continue;
      }
    }
    if (st.isDirectory()) await enter(abs, []);
    else if (st.isFile()) await addFile(abs);
    else problems.push({ path: abs, code: 'not-a-file', reason: 'is not a regular file or folder' });
  }

  const list = [...files.values()].sort();
  return { files: list, problems };
}

function linkProblem(path: string, err: unknown): InputProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { path, code: 'symlink-loop', reason: 'symbolic link loop: the link points (through other links) back to itself' };
  if (code === 'ENOENT') return { path, code: 'broken-link', reason: 'symbolic link to a file that does not exist' };
  return { path, code: 'unreadable', reason: `cannot be read: ${ioReason(err)}` };
}
