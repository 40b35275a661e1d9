// Fixtures of the OCR project, shared by its test files. The project runs its
// files with isolate: false, so this module (and the engine, pool and scans it
// holds) is loaded once per test process, not once per file. Synthetic scans
// are also kept on disk under node_modules/.cache/congvan, keyed by the hash of
// their text, options and the renderer's source, so a re-run renders nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../src/engine.js';
import type { Doc } from '../../src/doc.js';
import { OcrPool } from '../../src/ocr/pool.js';
import { makeScan, type Scan, type ScanOptions } from '../../src/synth/scan.js';
import { ROOT, SEED_001 } from './helpers.js';

const CACHE = join(ROOT, 'node_modules', '.cache', 'congvan', 'scans');
const SYNTH = join(ROOT, 'src', 'synth');

let engine: Promise<Engine> | undefined;
let pool: OcrPool | undefined;
const scans = new Map<string, Promise<Scan>>();
const docs = new Map<string, Promise<Doc>>();

/** One engine per test process (default options), never closed: its workers end with the process. */
export function sharedEngine(): Promise<Engine> {
  return (engine ??= createEngine());
}

/** One OCR pool per test process for the stage tests. */
export function sharedPool(): OcrPool {
  return (pool ??= new OcrPool());
}

/** A file through the shared engine, once per process (the real scans are read by several files). */
export function processOnce(path: string): Promise<Doc> {
  let d = docs.get(path);
  if (!d) docs.set(path, (d = sharedEngine().then((e) => e.process(path))));
  return d;
}

function scanKey(text: string, opts: ScanOptions): string {
  const h = createHash('sha256').update(text).update(JSON.stringify(opts));
  for (const f of readdirSync(SYNTH).sort()) h.update(readFileSync(join(SYNTH, f)));
  return h.digest('hex').slice(0, 24);
}

/** The test processes start together and want the same scans: one renders, the others wait for its files. */
async function claim(dir: string, meta: string): Promise<boolean> {
  const lock = `${dir}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    try {
      mkdirSync(lock);
      return true;
    } catch {
      // A lock older than a minute was left by a killed run.
      const st = statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
    }
    if (existsSync(meta)) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

async function loadOrMake(text: string, opts: ScanOptions): Promise<Scan> {
  const dir = join(CACHE, scanKey(text, opts));
  const meta = join(dir, 'scan.json');
  const mine = existsSync(meta) ? false : await claim(dir, meta);
  if (mine && existsSync(meta)) rmSync(`${dir}.lock`, { recursive: true, force: true });
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { dpi: number; pages: number[] };
    const scan: Scan = { dpi: m.dpi, png: [], jpeg: [] };
    for (const i of m.pages) {
      scan.png[i] = readFileSync(join(dir, `${i}.png`));
      scan.jpeg[i] = readFileSync(join(dir, `${i}.jpg`));
    }
    return scan;
  }
  let scan: Scan;
  try {
    scan = await makeScan(text, opts);
  } catch (e) {
    rmSync(`${dir}.lock`, { recursive: true, force: true });
    throw e;
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  mkdirSync(tmp, { recursive: true });
  const pages = [...scan.png.keys()].filter((i) => scan.png[i]);
  for (const i of pages) {
    writeFileSync(join(tmp, `${i}.png`), scan.png[i]!);
    writeFileSync(join(tmp, `${i}.jpg`), scan.jpeg[i]!);
  }
  writeFileSync(join(tmp, 'scan.json'), JSON.stringify({ dpi: scan.dpi, pages }));
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process wrote the same scan first.
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(`${dir}.lock`, { recursive: true, force: true });
  return scan;
}

/** A synthetic scan of seed 001 (or `text`), rendered once per process and cached on disk. */
export function cachedScan(opts: ScanOptions = {}, text = SEED_001): Promise<Scan> {
  const k = JSON.stringify([opts, text]);
  let s = scans.get(k);
  if (!s) scans.set(k, (s = loadOrMake(text, opts)));
  return s;
}
