// node dist/scripts/hand-read.js [--dir /tmp/hand] [--model FILE] [--min-p 0.9] [--no-four-bar]: the digit
// reader (src/refine/digits.ts) again on the crops written by scripts/hand-probe.ts,
// with the shipped model or another one (dictionaries/digits/train.ts --out FILE), to
// compare models offline: per crop its reading and, per split, how many values a
// probability bar takes and how many of them are right. Dev and ../shared/scans only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { digitChecks, digitModel, digitModels, fromFile, readDigits, type MlpFile } from '../src/refine/digits.js';
import type { ProbeCrop } from './hand-probe.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The printed line's height in a crop, from how blanks.ts draws its boxes (number: 2.2 symbol heights; date: 2.755 heights of "năm", the line 1.35 of it). */
export const lineHeightOf = (what: ProbeCrop['what'], height: number): number => (what === 'number' ? height / 2.2 : (height * 1.35) / 2.755);

async function main(): Promise<void> {
  const dir = arg('dir') ?? '/tmp/hand';
  const minP = Number(arg('min-p') ?? 0.9);
  digitChecks.fourBar = !process.argv.includes('--no-four-bar');
  // --model A,B: one model or several averaged; 'shipped' is dictionaries/digits/mlp.json, 'set' the models the reader uses.
  const m = (arg('model') ?? 'shipped').split(',').map((f) => (f === 'set' ? digitModels() : f === 'shipped' ? [digitModel()] : [fromFile(JSON.parse(readFileSync(f, 'utf8')) as MlpFile)])).flat();
  const crops = JSON.parse(readFileSync(join(dir, 'probe.json'), 'utf8')) as ProbeCrop[];
  const tally: Record<string, { n: number; raw: number; taken: number; right: number }> = {};
  for (const c of crops) {
    const { data, info } = await sharp(join(dir, c.file)).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const r = readDigits({ data, width: info.width, height: info.height }, lineHeightOf(c.what, info.height), m);
    const digits = r?.digits ?? '';
    const right = c.gold !== null && digits !== '' && (c.what === 'number' ? digits === c.gold : Number(digits) === Number(c.gold));
    const sure = !!r && r.p.every((p) => p >= minP);
    const split = c.id.split('_')[0]!;
    const t = (tally[`${split} ${c.what}`] ??= { n: 0, raw: 0, taken: 0, right: 0 });
    t.n++;
    if (right) t.raw++;
    if (sure) {
      t.taken++;
      if (right) t.right++;
    }
    console.log(`${c.id} ${c.what}: gold ${c.gold} read ${digits} [${(r?.p ?? []).map((p) => p.toFixed(2)).join(',')}]${sure ? (right ? ' TAKEN right' : ' TAKEN WRONG') : ''} (probe ${c.mnist})`);
  }
  for (const [k, t] of Object.entries(tally)) console.log(`${k}: ${t.n} blanks, ${t.raw} read right with no bar; at ${minP}: ${t.taken} taken, ${t.right} right`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
