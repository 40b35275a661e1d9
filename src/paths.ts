// Where the package's own files are, whether the code runs from src/ (tests)
// or from dist/src/ (installed): walk up to our package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj) && (JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'congvan') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('congvan: cannot find the package root');
    dir = up;
  }
}

/** The package root (holds package.json, dictionaries/, seeds/). */
export const PACKAGE_ROOT = findRoot();

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A path inside the package, e.g. packagePath('dictionaries', 'restore', 'lm.bin'). */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** ../shared beside the repo (CI and developers have it; a user's clone does not). */
export const SHARED_DIR = join(PACKAGE_ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED_DIR, 'seeds'));
