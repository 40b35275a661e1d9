// The pipeline version: package version plus a hash of the tables; a record
// stamped with other tables is redone by batch resume, nothing else is.
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.js';
import { recordName } from '../src/batch/store.js';
import { PACKAGE_VERSION, packagePath } from '../src/paths.js';
import { pipelineVersion, tableFiles, tablesHash } from '../src/version.js';
import { tempDir } from './batch/tmp.js';

describe('pipelineVersion', () => {
  it('is the package version with the tables hash as build metadata', () => {
    expect(pipelineVersion()).toBe(`${PACKAGE_VERSION}+tables.${tablesHash()}`);
    expect(tableFiles()).toContain(packagePath('dictionaries', 'restore', 'tables', 'lm.bin'));
    expect(tableFiles()).toContain(packagePath('dictionaries', 'agencies', 'agencies.json'));
  });

  it('changes when a table changes, not when an editable list or a README does', () => {
    const root = join(tempDir('congvan-version-'), 'dictionaries');
    cpSync(packagePath('dictionaries'), root, { recursive: true, filter: (src) => !src.endsWith('lm.bin') });
    const before = tablesHash(root);
    writeFileSync(join(root, 'restore', 'README.md'), 'edited\n');
    writeFileSync(join(root, 'agencies', 'central.tsv'), readFileSync(join(root, 'agencies', 'central.tsv'), 'utf8') + '\n');
    expect(tablesHash(root)).toBe(before);
    writeFileSync(join(root, 'restore', 'tables', 'stats.json'), readFileSync(join(root, 'restore', 'tables', 'stats.json'), 'utf8') + ' ');
    expect(tablesHash(root)).not.toBe(before);
  });

  it('batch resume redoes a record made with other tables and skips the rest', async () => {
    const dir = tempDir('congvan-version-run-');
    const seeds = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt')).slice(0, 2);
    for (const s of seeds) copyFileSync(packagePath('seeds', s), join(dir, s));
    const out = join(dir, 'out');
    const first = await runBatch({ inputs: [join(dir, seeds[0]!), join(dir, seeds[1]!)], outDir: out, jobs: 1, engine: { noRestore: true } });
    expect(first.counts.processed).toBe(2);
    const old = join(out, recordName(join(dir, seeds[0]!)));
    const rec = JSON.parse(readFileSync(old, 'utf8'));
    expect(rec.pipeline.version).toBe(pipelineVersion());
    rec.pipeline.version = `${PACKAGE_VERSION}+tables.000000000000`;
    writeFileSync(old, JSON.stringify(rec));
    const again = await runBatch({ inputs: [join(dir, seeds[0]!), join(dir, seeds[1]!)], outDir: out, jobs: 1, engine: { noRestore: true } });
    expect(again.files.map((f) => f.status)).toEqual(['processed', 'skipped']);
    expect(JSON.parse(readFileSync(old, 'utf8')).pipeline.version).toBe(pipelineVersion());
  });
});
