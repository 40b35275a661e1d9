// The pipeline version: the package version plus a hash of the dictionaries'
// tables, so a record made with other tables is redone on resume (batch and
// queue) and a queue job for it gets a new id. Code changes bump the package
// version; table rebuilds change the hash without one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_VERSION, packagePath } from './paths.js';

/** Files the pipeline loads as data: every file under a `tables` folder of dictionaries/, the agency gazetteer, and the extraction lexicons (loaded as written). */
export function tableFiles(root = packagePath('dictionaries')): string[] {
  const files: string[] = [];
  const walk = (dir: string, inTables: boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, inTables || e.name === 'tables' || (dir === root && e.name === 'extract'));
      else if (inTables && e.isFile() && !e.name.endsWith('.md')) files.push(p);
    }
  };
  if (existsSync(root)) walk(root, false);
  const agencies = join(root, 'agencies', 'agencies.json');
  if (existsSync(agencies)) files.push(agencies);
  return files.map((f) => relative(root, f)).sort().map((f) => join(root, f));
}

/** sha256 over the tables' names and bytes, first 12 hex digits. */
export function tablesHash(root = packagePath('dictionaries')): string {
  const h = createHash('sha256');
  for (const f of tableFiles(root)) {
    const bytes = readFileSync(f);
    h.update(`${relative(root, f)}\0${bytes.length}\0`).update(bytes);
  }
  return h.digest('hex').slice(0, 12);
}

let cached: string | undefined;

/** `<package version>+tables.<12 hex>` (semver build metadata), computed once per process. */
export function pipelineVersion(): string {
  return (cached ??= `${PACKAGE_VERSION}+tables.${tablesHash()}`);
}
