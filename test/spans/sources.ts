// The eval set's inputs: the seeds and every gold file's source under corpus/gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

function goldSources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...goldSources(p));
    else if (e.name.endsWith('.gold.json')) {
      const g = JSON.parse(readFileSync(p, 'utf8')) as { source?: string; doc?: string };
      out.push(g.source ? resolve(PACKAGE_ROOT, g.source) : join(PACKAGE_ROOT, 'seeds', g.doc ?? ''));
    }
  }
  return out;
}

/** Inputs whose name matches `ext`, and how many of them (under ../shared) are absent. */
export function evalInputs(ext: RegExp): { present: string[]; absent: number } {
  const seeds = readdirSync(join(PACKAGE_ROOT, 'seeds')).map((f) => join(PACKAGE_ROOT, 'seeds', f));
  const all = [...new Set([...seeds, ...goldSources(join(PACKAGE_ROOT, 'corpus', 'gold'))])].filter((f) => ext.test(f));
  const present = all.filter((f) => existsSync(f));
  return { present, absent: all.length - present.length };
}
