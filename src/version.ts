// The pipeline's version: the package version and a checksum of the tables
// the pipeline loads (restore tables, agency gazetteer), so a record made with
// other tables is told apart (batch resume redoes it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_VERSION, packagePath } from './paths.js';

/** The table files, relative to the package (what package.json ships of dictionaries/). */
export function tableFiles(): string[] {
  const dir = packagePath('dictionaries');
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (/\.(json|bin)$/.test(e.name)) out.push(`dictionaries/${p}`);
    }
  };
  walk('');
  return out.sort();
}

let cached: string | undefined;

/** "0.1.0+3f2a9c0d41be": package version + 12 hex of the tables' sha256 (names and contents). */
export function pipelineVersion(): string {
  if (cached) return cached;
  const h = createHash('sha256');
  for (const f of tableFiles()) h.update(f).update('\0').update(readFileSync(packagePath(f)));
  return (cached = `${PACKAGE_VERSION}+${h.digest('hex').slice(0, 12)}`);
}
