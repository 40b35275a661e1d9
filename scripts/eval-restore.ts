// npm run eval:restore — measures the diacritic restorer on text its tables were
// not built from: seed 001 stripped of marks, held-out corpus files stripped,
// correct text passed through, seed 000 (OCR without a Vietnamese model) against
// the body of 001, plus speed, load time, memory and table size.
import { PACKAGE_ROOT } from '../src/paths.js';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDecoder, tablesDir } from '../src/restore/index.js';
import { tokenize } from '../src/restore/tokens.js';
import { canon, isSyllable, matchCase } from '../src/restore/syllable.js';
import { Layer } from '../src/layer.js';
import { HELD_OUT, heldOutLine, readLines } from '../dictionaries/restore/build.js';

export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\t\u00a0]/g, ' ').replace(/ +\n/g, '\n');
}

export function levenshtein<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Word-token accuracy of `restored` against `truth` (same tokenization after stripping). */
export function syllableAccuracy(truth: string, restored: string): { right: number; total: number; errors: string[] } {
  const t = tokenize(truth).filter((x) => x.kind === 'word');
  const r = tokenize(restored).filter((x) => x.kind === 'word');
  let right = 0;
  const errors: string[] = [];
  const n = Math.min(t.length, r.length);
  for (let i = 0; i < n; i++) {
    // Tone placement variants (hoà / hòa) are the same syllable.
    if (t[i]!.text === r[i]!.text || sameSyllable(t[i]!.text, r[i]!.text)) right++;
    else if (errors.length < 400) errors.push(`${t[i]!.text}->${r[i]!.text}`);
  }
  return { right, total: t.length, errors };
}

function sameSyllable(a: string, b: string): boolean {
  return matchCase(a, 'x') === matchCase(b, 'x') && canon(a) === canon(b) && isSyllable(a.toLowerCase());
}

/** Correct text with the marks of every 25th word dropped (as an OCR drops
 *  some): how many of those words come back, and how many right words change. */
export function droppedMarks(texts: string[], restore: (text: string) => string): { fixed: number; dropped: number; broken: number } {
  let fixed = 0;
  let dropped = 0;
  let broken = 0;
  for (const t of texts) {
    let w = 0;
    const damaged = t.replace(/\p{L}+/gu, (x) => (++w % 25 === 0 ? stripMarks(x) : x));
    const truth = t.match(/\p{L}+/gu) ?? [];
    const hurt = damaged.match(/\p{L}+/gu) ?? [];
    const out = restore(damaged).match(/\p{L}+/gu) ?? [];
    for (let i = 0; i < truth.length; i++) {
      if (hurt[i] !== truth[i]) {
        dropped++;
        if (out[i] === truth[i]) fixed++;
      } else if (out[i] !== truth[i]) broken++;
    }
  }
  return { fixed, dropped, broken };
}

/** CER before and after restoring the synthetic OCR dev pages (tmp/restore-synth/dev.jsonl), if they were made. */
export function syntheticDev(root: string, restore: (text: string) => string): { raw: number; restored: number } | undefined {
  const dev = join(root, 'tmp', 'restore-synth', 'dev.jsonl');
  if (!existsSync(dev)) return undefined;
  const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
  let e0 = 0;
  let e1 = 0;
  let n = 0;
  for (const line of readFileSync(dev, 'utf8').split('\n').filter(Boolean)) {
    const { truth, ocr } = JSON.parse(line) as { truth: string; ocr: string };
    const hyp = ws(restore(normalizeText(ocr)));
    // Only what fitted on the page was rendered: compare with as many words of the truth.
    const ref = ws(truth).split(' ').slice(0, ws(ocr).split(' ').length).join(' ');
    e0 += levenshtein([...ws(ocr)], [...ref]);
    e1 += levenshtein([...hyp], [...ref]);
    n += [...ref].length;
  }
  return { raw: e0 / n, restored: e1 / n };
}

function pct(x: number): string {
  return (100 * x).toFixed(2) + '%';
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const root = PACKAGE_ROOT;
  const t0 = performance.now();
  // A comparison run may pass another channel weight (CV_CHANNEL_WEIGHT=1.1 npm run eval:restore) or other
  // decoder options as JSON (CV_RESTORE_OPTIONS='{"keyCacheWeight":0}').
  const dec = loadDecoder(undefined, {
    ...(process.env.CV_CHANNEL_WEIGHT ? { channelWeight: Number(process.env.CV_CHANNEL_WEIGHT) } : {}),
    ...(process.env.CV_RESTORE_OPTIONS ? (JSON.parse(process.env.CV_RESTORE_OPTIONS) as object) : {}),
  });
  const loadMs = performance.now() - t0;
  const mem = process.memoryUsage();
  const restore = (text: string) => Layer.derive(text, dec.restore(text).edits).text;
  const out: Record<string, string | number> = {};
  const tdir = tablesDir();
  const tableBytes = readdirSync(tdir).reduce((s, f) => s + statSync(join(tdir, f)).size, 0);
  out['load time'] = `${loadMs.toFixed(0)} ms`;
  out['memory after load'] = `rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`;
  out['table size'] = `${(tableBytes / 2 ** 20).toFixed(2)} MB`;

  const errs: Record<string, string[]> = {};
  const seeds = join(root, 'seeds');
  const seed = (p: string) => normalizeText(readFileSync(join(seeds, readdirSync(seeds).find((f) => f.startsWith(p))!), 'utf8'));
  const s001 = seed('001');
  const s000 = seed('000');

  const acc001 = syllableAccuracy(s001, restore(stripMarks(s001)));
  errs['001 stripped'] = acc001.errors;
  out['seed 001 stripped: syllables right'] = `${pct(acc001.right / acc001.total)} (${acc001.right}/${acc001.total})`;

  const ch001 = syllableAccuracy(s001, restore(s001));
  errs['001 correct in'] = ch001.errors;
  out['seed 001 correct in: syllables changed'] = `${pct(1 - ch001.right / ch001.total)} (${ch001.total - ch001.right}/${ch001.total})`;

  // Seed 000 vs the body of 001.
  const body001 = s001.slice(s001.indexOf('V/v triển khai'), s001.indexOf('thực hiện./.') + 'thực hiện./.'.length);
  const r000 = restore(s000);
  const cut = (s: string) => {
    const e = s.lastIndexOf('./.');
    return e >= 0 ? s.slice(0, e + 3) : s;
  };
  const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
  const ref = ws(body001);
  for (const [name, hyp] of [['raw', ws(cut(s000))], ['restored', ws(cut(r000))]] as const) {
    const cer = levenshtein([...hyp], [...ref]) / [...ref].length;
    const wer = levenshtein(hyp.split(' '), ref.split(' ')) / ref.split(' ').length;
    out[`seed 000 ${name} vs 001 body: CER / WER`] = `${pct(cer)} / ${pct(wer)}`;
  }
  if (verbose) console.log(r000);

  const corpus = resolve(root, '..', 'shared', 'corpus');
  let speedText = stripMarks(s001).repeat(20);
  if (existsSync(corpus)) {
    for (const [sub, files] of Object.entries(HELD_OUT)) {
      let right = 0;
      let total = 0;
      let changed = 0;
      let seen = 0;
      let stripped = '';
      const texts: string[] = [];
      for (const f of files) {
        const text = normalizeText(readFileSync(join(corpus, sub, f), 'utf8'));
        texts.push(text);
        stripped += stripMarks(text) + '\n';
        const a = syllableAccuracy(text, restore(stripMarks(text)));
        right += a.right;
        total += a.total;
        (errs[`held-out ${sub}`] ??= []).push(...a.errors.slice(0, 150));
        const c = syllableAccuracy(text, restore(text));
        changed += c.total - c.right;
        seen += c.total;
        (errs[`held-out ${sub} correct in`] ??= []).push(...c.errors.slice(0, 50));
      }
      out[`held-out ${sub} files (${files.join(', ')}) stripped: syllables right`] = `${pct(right / total)} (${right}/${total})`;
      const dm = droppedMarks(texts, restore);
      out[`held-out ${sub} files, marks dropped from every 25th word`] = `${dm.fixed}/${dm.dropped} restored (${pct(dm.fixed / dm.dropped)}), ${dm.broken} right words changed`;
      out[`held-out ${sub} correct in: syllables changed`] = `${pct(changed / seen)} (${changed}/${seen})`;
      if (sub === 'laws') speedText = stripped;
    }
    // Every 20th line of the other law files (topics the tables saw).
    let text = '';
    for (const f of readdirSync(join(corpus, 'laws')).sort()) {
      if (!f.endsWith('.txt') || HELD_OUT.laws.includes(f)) continue;
      readLines(join(corpus, 'laws', f)).forEach((l, i) => {
        if (heldOutLine('laws', i)) text += l + '\n';
      });
    }
    const a = syllableAccuracy(text, restore(stripMarks(text)));
    errs['held-out law lines'] = a.errors;
    out['held-out lines of the other laws (every 20th) stripped: syllables right'] = `${pct(a.right / a.total)} (${a.right}/${a.total})`;
    const c = syllableAccuracy(text, restore(text));
    out['held-out lines of the other laws correct in: syllables changed'] = `${pct(1 - c.right / c.total)} (${c.total - c.right}/${c.total})`;
  } else {
    out['held-out corpus'] = `skipped: ${corpus} not found (the held-out files live there)`;
  }

  // Synthetic OCR pages of held-out text (dictionaries/restore/learn-confusion.js ocr --dev), when present.
  const dev = syntheticDev(root, restore);
  if (dev) out['synthetic OCR of held-out text (dev): CER raw -> restored'] = `${pct(dev.raw)} -> ${pct(dev.restored)}`;

  // Throughput on stripped text, after a warm-up pass.
  dec.restore(speedText); // warm-up: one whole pass, so the passes timed below run compiled code
  const syl = tokenize(speedText).filter((t) => t.kind === 'word').length;
  // CPU time of this (single-threaded) process, so that other load on the
  // machine counts less; the median of five passes (the machine is shared).
  const runs: Array<[number, number]> = [];
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    const t1 = performance.now();
    dec.restore(speedText);
    const c1 = process.cpuUsage(c0);
    runs.push([(c1.user + c1.system) / 1e6, (performance.now() - t1) / 1000]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  const [cpu, sec] = runs[2]!;
  out['throughput (stripped text, one core)'] = `${Math.round(syl / cpu)} syllables/s of CPU time, median of 5 passes (${syl} syllables in ${cpu.toFixed(2)} s CPU, ${sec.toFixed(2)} s wall; range ${Math.round(syl / runs[4]![0])}-${Math.round(syl / runs[0]![0])})`;

  // Throughput on OCR'd text (seeds 002-004, speed only: their clean text is not here).
  const ocrText = ['002', '003', '004'].map(seed).join('\n\n');
  const ocrWords = tokenize(ocrText).filter((t) => t.kind === 'word' || t.kind === 'mixed').length;
  const g0 = process.cpuUsage();
  const gr = dec.restore(ocrText);
  const g1 = process.cpuUsage(g0);
  const gcpu = (g1.user + g1.system) / 1e6;
  out['throughput (OCR-garbled seeds 002-004, first pass)'] = `${Math.round(ocrWords / gcpu)} words/s of CPU time (${ocrWords} words in ${gcpu.toFixed(2)} s, mode ${gr.mode}, ${gr.tokens.filter((t) => t.confidence < 0.6).length} tokens flagged low-confidence)`;

  for (const [k, v] of Object.entries(out)) console.log(`${k}: ${v}`);
  if (verbose) for (const [k, v] of Object.entries(errs)) console.log(`\n[${k}] ${v.join('  ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
