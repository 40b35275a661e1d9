// node dist/scripts/hand-vote.js [--dir /tmp/hand]: reads the crops written by
// scripts/hand-probe.ts with tesseract (digits only) under several variants and
// prints each reading beside the digit reader's and the gold, then the precision
// and recall of agreement rules, per split. Dev and ../shared/scans only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { OcrPool } from '../src/ocr/pool.js';
import { tessDigits, type Variant } from '../src/refine/vote.js';
import type { ProbeCrop } from './hand-probe.js';

const dirArg = process.argv.indexOf('--dir');
const dir = dirArg >= 0 ? process.argv[dirArg + 1]! : '/tmp/hand';

const VARIANTS: Variant[] = [];
for (const scale of [1, 2, 3]) for (const binarize of [false, true]) for (const psm of ['7', '8'] as const) VARIANTS.push({ scale, binarize, psm });
const vname = (v: Variant) => `s${v.scale}${v.binarize ? 'b' : 'g'}${v.psm}`;

async function main(): Promise<void> {
  const crops = JSON.parse(readFileSync(join(dir, 'probe.json'), 'utf8')) as ProbeCrop[];
  const pool = new OcrPool();
  const rows: (ProbeCrop & { tess: Record<string, { digits: string; confidence: number } | null> })[] = [];
  try {
    for (const c of crops) {
      const { data, info } = await sharp(join(dir, c.file)).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      const g = { data, width: info.width, height: info.height };
      const tess: Record<string, { digits: string; confidence: number } | null> = {};
      for (const v of VARIANTS) tess[vname(v)] = (await tessDigits(pool, g, v)) ?? null;
      rows.push({ ...c, tess });
      console.log(`${c.id} ${c.what}: gold ${c.gold} mnist ${c.mnist} [${c.p.map((x) => x.toFixed(2)).join(',')}] | ${Object.entries(tess).map(([k, t]) => `${k}:${t ? `${t.digits}(${Math.round(t.confidence)})` : '-'}`).join(' ')}`);
    }
  } finally {
    await pool.close();
  }
  writeFileSync(join(dir, 'vote.json'), JSON.stringify(rows, null, 1));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
