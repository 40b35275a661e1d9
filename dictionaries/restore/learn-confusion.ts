// Learns the OCR confusion table (what an engine without a Vietnamese model
// writes for each Vietnamese letter) from synthetic aligned pairs:
//   1. ocr:   render corpus paragraphs (several fonts, sizes, degradations) with
//             src/synth, OCR them with the English tesseract model, keep the
//             (truth, OCR) page texts in tmp/restore-synth/pages.jsonl (not committed);
//   2. learn: align words, then letters (hard EM), and write the counts to
//             dictionaries/restore/tables/confusion.json.
//   node dist/dictionaries/restore/learn-confusion.js ocr --pages 30
//   node dist/dictionaries/restore/learn-confusion.js learn
// Seeds are never used here: seed 000 against 001 is the test of this table.
import { PACKAGE_ROOT } from '../../src/paths.js';
import { rng } from '../../src/synth/rng.js';
import { readFileSync, writeFileSync, appendFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { HELD_OUT, readLines } from './build.js';
import { parseSyllable, asciiKey } from '../../src/restore/syllable.js';
import { tokenize } from '../../src/restore/tokens.js';
import type { ConfusionTable } from '../../src/restore/channel.js';

const root = PACKAGE_ROOT;
const work = join(root, 'tmp', 'restore-synth');
const pagesFile = join(work, 'pages.jsonl');
export const devFile = join(work, 'dev.jsonl');


/** Training paragraphs: prose lines of the non-held-out corpus files. */
function paragraphs(subs: Array<'admin' | 'laws'>, heldOut = false): string[] {
  const corpus = resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) throw new Error(`corpus folder ${corpus} not found (../shared/corpus beside the repo)`);
  const out: string[] = [];
  for (const sub of subs) {
    for (const f of readdirSync(join(corpus, sub)).sort()) {
      if (HELD_OUT[sub].includes(f) !== heldOut || f.startsWith('1027') || f.startsWith('915')) continue;
      for (const l of readLines(join(corpus, sub, f))) {
        const t = l.trim();
        if (t.length > 60 && !t.startsWith('|') && !t.startsWith('#')) out.push(t);
      }
    }
  }
  return out;
}

/** OCR n synthetic pages; dev pages come from the held-out files (for tuning, never learned from). */
async function ocrPages(n: number, seed: number, dev = false): Promise<void> {
  const { renderPages, degrade } = await import('../../src/synth/render.js');
  const { createWorker, OEM } = await import('tesseract.js');
  const require = createRequire(import.meta.url);
  const langDir = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
  if (!existsSync(join(langDir, 'eng.traineddata.gz'))) throw new Error(`English OCR model missing: ${langDir}/eng.traineddata.gz`);
  mkdirSync(work, { recursive: true });
  const errors: string[] = [];
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: langDir,
    gzip: true,
    cacheMethod: 'none',
    errorHandler: (e: unknown) => errors.push(String(e)),
  });
  // Statutes are most of the prose; the admin files are mostly commune lists.
  const laws = paragraphs(['laws'], dev);
  const admin = paragraphs(['admin'], dev);
  const file = dev ? devFile : pagesFile;
  const rand = rng(seed);
  const fonts = ['tinos', 'tinos', 'tinos-bold', 'tinos-italic'];
  try {
    for (let p = 0; p < n; p++) {
      // About one page of text: consecutive paragraphs from a random place.
      let text = '';
      const paras = rand() < 0.7 ? laws : admin;
      let i = Math.floor(rand() * paras.length);
      while (text.length < 1800) text += paras[i++ % paras.length] + '\n';
      const font = fonts[p % fonts.length]!;
      const fontSizePx = 30 + Math.floor(rand() * 12);
      const [png] = await renderPages(text, { layout: 'plain', font, fontSizePx, dpi: 200 });
      const img = await degrade(png!, {
        rotateDeg: (rand() - 0.5) * 1.2,
        blurSigma: rand() * 1.1,
        noise: rand() * 14,
        jpegQuality: 55 + Math.floor(rand() * 40),
        seed: seed + p,
      });
      const t0 = Date.now();
      const { data } = await worker.recognize(img);
      // Only the part of the text that fitted on the first page was drawn; the
      // aligner tolerates the tail that is missing from the OCR.
      appendFileSync(file, JSON.stringify({ font, fontSizePx, truth: text, ocr: data.text }) + '\n');
      console.log(`page ${p + 1}/${n} ${font} ${fontSizePx}px ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await worker.terminate();
  }
  if (errors.length) console.error(errors.join('\n'));
}

/** Align two word sequences (edit distance, fuzzy match on ASCII keys). */
function alignWords(truth: string[], ocr: string[]): Array<[number, number]> {
  const n = truth.length;
  const m = ocr.length;
  const tk = truth.map((w) => asciiKey(w));
  const ok = ocr.map((w) => asciiKey(w));
  const sub = (i: number, j: number) => {
    const a = tk[i]!;
    const b = ok[j]!;
    if (a === b) return 0;
    let same = 0;
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] === b[k]) same++;
    return 1.6 - (1.2 * same) / Math.max(a.length, b.length);
  };
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let mv = 0;
      if (i > 0 && j > 0 && cost[(i - 1) * W + j - 1]! + sub(i - 1, j - 1) < best) {
        best = cost[(i - 1) * W + j - 1]! + sub(i - 1, j - 1);
        mv = 1;
      }
      if (i > 0 && cost[(i - 1) * W + j]! + 1 < best) {
        best = cost[(i - 1) * W + j]! + 1;
        mv = 2;
      }
      if (j > 0 && cost[i * W + j - 1]! + 1 < best) {
        best = cost[i * W + j - 1]! + 1;
        mv = 3;
      }
      cost[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * W + j];
    if (mv === 1) {
      if (sub(i - 1, j - 1) < 1.2) pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (mv === 2) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Hard-EM letter alignment: each true letter emits 0-3 observed characters. */
function learn(): void {
  if (!existsSync(pagesFile)) throw new Error(`${pagesFile} not found: run the ocr step first`);
  const pairs: Array<[string, string]> = [];
  let words = 0;
  for (const line of readFileSync(pagesFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { truth, ocr } = JSON.parse(line) as { truth: string; ocr: string };
    const tw = tokenize(truth).filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase());
    // OCR words keep their junk characters and digits: those are the confusions.
    const ow = ocr.split(/\s+/).map((w) => w.replace(/^[.,;:()"“”'!?]+|[.,;:()"“”'!?]+$/g, '').toLowerCase()).filter(Boolean);
    words += tw.length;
    for (const [i, j] of alignWords(tw, ow)) if (parseSyllable(tw[i]!)) pairs.push([tw[i]!, ow[j]!]);
  }
  let cost = (t: string, p: string): number => {
    if (p === t) return 0;
    if (p.length === 1 && asciiKey(p) === asciiKey(t)) return 1;
    if (p.length === 0) return 3;
    return 2.5 + p.length;
  };
  let counts: Record<string, Record<string, number>> = {};
  for (let iter = 0; iter < 4; iter++) {
    counts = {};
    for (const [t, o] of pairs) {
      const path = alignLetters([...t], [...o], cost);
      if (!path) continue;
      for (const [tc, piece] of path) {
        const row = (counts[tc] ??= {});
        row[piece] = (row[piece] ?? 0) + 1;
      }
    }
    const logp = new Map<string, number>();
    for (const [tc, row] of Object.entries(counts)) {
      const total = Object.values(row).reduce((a, b) => a + b, 0);
      for (const [p, n] of Object.entries(row)) logp.set(tc + '\u0000' + p, -Math.log((n + 0.5) / (total + 5)));
    }
    const prev = cost;
    cost = (t, p) => logp.get(t + '\u0000' + p) ?? prev(t, p) + 4;
  }
  // Drop one-off pieces of rare letters: mostly misalignments.
  for (const row of Object.values(counts)) for (const [p, n] of Object.entries(row)) if (n < 2) delete row[p];
  const table: ConfusionTable = { counts, pairs: pairs.length };
  const out = join(root, 'dictionaries', 'restore', 'tables', 'confusion.json');
  writeFileSync(out, JSON.stringify(table));
  const same = pairs.filter(([t, o]) => t === o).length;
  console.log(`learned from ${pairs.length} aligned syllables of ${words} words; ${((100 * same) / pairs.length).toFixed(1)}% read right; wrote ${out}`);
  const show = ['ư', 'ữ', 'ố', 'ệ', 'đ', 'ơ', 'ả', 'ề', 'ộ'];
  for (const c of show) {
    const row = counts[c] ?? {};
    const top = Object.entries(row).sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  ${c}: ${top.map(([p, n]) => `"${p}" ${n}`).join(', ')}`);
  }
}

function alignLetters(t: string[], o: string[], cost: (t: string, p: string) => number): Array<[string, string]> | undefined {
  const n = t.length;
  const m = o.length;
  const W = m + 1;
  const best = new Float64Array((n + 1) * W).fill(Infinity);
  const from = new Int8Array((n + 1) * W).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let l = 0; l <= 3 && l <= j; l++) {
        const prev = best[(i - 1) * W + j - l]!;
        if (prev === Infinity) continue;
        const c = prev + cost(t[i - 1]!, o.slice(j - l, j).join(''));
        if (c < best[i * W + j]!) {
          best[i * W + j] = c;
          from[i * W + j] = l;
        }
      }
    }
  }
  if (best[n * W + m] === Infinity) return undefined;
  const path: Array<[string, string]> = [];
  let j = m;
  for (let i = n; i > 0; i--) {
    const l = from[i * W + j]!;
    path.push([t[i - 1]!, o.slice(j - l, j).join('')]);
    j -= l;
  }
  return path.reverse();
}

const [cmd, ...rest] = process.argv.slice(2);
const arg = (name: string, d: number) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : d;
};
try {
  if (cmd === 'ocr') await ocrPages(arg('--pages', 30), arg('--seed', 7), rest.includes('--dev'));
  else if (cmd === 'learn') learn();
  else {
    console.error('usage: learn-confusion.js ocr [--pages N] [--seed S] [--dev] | learn');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(`learn-confusion: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
