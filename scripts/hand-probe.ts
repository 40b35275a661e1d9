// npm run build && node dist/scripts/hand-probe.js [--split dev,shared] [--out DIR]
// Measuring aid for the handwritten-digit blanks (issue 10): runs the scans of
// a split with the digit reader on and no probability bar, and writes every
// blank it tries (number, day, month) as a PNG with its reading and the gold
// value into DIR/probe.json, so readers can be compared on the crops offline
// (scripts/hand-vote.ts). Never run on the test split (nothing may be tuned on it).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { createEngine } from '../src/engine.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { handSettings } from '../src/refine/blanks.js';
import type { Gold } from './eval.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface ProbeCrop {
  id: string;
  file: string;
  what: 'number' | 'day' | 'month';
  gold: string | null;
  mnist: string;
  p: number[];
}

async function main(): Promise<void> {
  const splits = (arg('split') ?? 'dev,shared').split(',');
  if (splits.includes('test')) throw new Error('the test split is never probed');
  const out = arg('out') ?? '/tmp/hand';
  mkdirSync(out, { recursive: true });
  const root = join(PACKAGE_ROOT, 'corpus');
  const dirs: Record<string, string> = { dev: join(root, 'scans-dev', 'dev'), shared: join(root, 'gold', 'scans') };
  const engine = await createEngine({ handwriting: true });
  handSettings.minP = 0;
  const crops: ProbeCrop[] = [];
  let current: { id: string; gold: Gold } | undefined;
  const pending: Promise<void>[] = [];
  handSettings.onRead = (what, g, digits, p) => {
    if (!current) return;
    const kind = what.startsWith('5:') ? 'number' : what.endsWith('-31') ? 'day' : 'month';
    const doc = current.gold.document;
    let gold: string | null = null;
    if (kind === 'number' && typeof doc.number === 'string') gold = doc.number.split('/')[0] || null;
    if (kind !== 'number' && typeof doc.date === 'string') gold = String(Number(doc.date.split('-')[kind === 'day' ? 2 : 1]));
    const file = `${current.id}__${kind}.png`;
    crops.push({ id: current.id, file, what: kind, gold, mnist: digits, p });
    pending.push(sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } }).png().toFile(join(out, file)).then(() => undefined));
  };
  try {
    for (const s of splits) {
      const dir = dirs[s];
      if (!dir || !existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
        const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
        const input = gold.source!.startsWith('../') ? join(PACKAGE_ROOT, gold.source!) : join(dirname(join(dir, f)), gold.source!);
        if (!existsSync(input)) continue;
        current = { id: `${s}/${basename(f, '.gold.json')}`.replace('/', '_'), gold };
        const doc = await engine.process(input);
        const x = doc.extraction?.document;
        console.log(`${current.id}: number ${x?.number ?? null} (gold ${String(gold.document.number)}), date ${x?.date ?? null} (gold ${String(gold.document.date)})`);
      }
    }
  } finally {
    await engine.close();
  }
  await Promise.all(pending);
  writeFileSync(join(out, 'probe.json'), JSON.stringify(crops, null, 1));
  for (const c of crops) console.log(`${c.id} ${c.what}: gold ${c.gold} mnist ${c.mnist} p ${c.p.map((x) => x.toFixed(2)).join(',')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
