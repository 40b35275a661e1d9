// npm run eval:scans: the real-scan set of corpus/scans-dev (dev and test
// splits) and the gold of ../shared/scans (corpus/gold/scans), end to end.
// Per file: CER of the restored text on the transcribed region of page 1
// (words whose centre lies in it, by the OCR's lines, each line matched to the
// transcription's line it reads best, so reading order does not count),
// header fields, tasks. Flags choose OCR settings, to
// measure them: --psm N, --model best_int|fast, --second-pass on|off,
// --binarize auto|on|off, --ink red|max, --scale F, --pages N (first N pages),
// --only A,B (files whose name holds A or B). The misses of test scans are
// printed only with --show-test (nothing may be tuned on them): per file, the
// test split shows its counts and CER alone. Totals are per split, and per
// round within a split that mixes rounds (gold "round": 6 on, "earlier rounds").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc, Word } from '../src/doc.js';
import { createEngine } from '../src/engine.js';
import levenshtein from 'fast-levenshtein';
import { cer, toneAsOne } from '../src/ocr/cer.js';
import type { OcrTuning } from '../src/ocr/tuning.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import type { Extraction } from '../src/schema.js';
import { HEADER, newScore, prf, score, Tally, type Gold, type Score } from './eval.js';

interface ScanGold extends Gold {
  transcript?: { file: string; page: number; top: number; bottom: number };
  /** The issue-10 round that added the file (6 on; older files have none). */
  round?: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function goldIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort().map((n) => join(dir, n));
}

/** The restored text of a run of words of one line (its raw span mapped up through the layers, once: an edit may span words). */
export function restoredOf(doc: Doc, ws: Word[]): string {
  let s = { start: ws[0]!.start, end: ws[ws.length - 1]!.end };
  if (doc.normalized) s = doc.normalized.spanFromPrev(s);
  if (doc.restored && doc.normalized) s = doc.restored.spanFromPrev(s);
  const layer = doc.restored ?? doc.normalized ?? doc.raw;
  return layer ? layer.text.slice(s.start, s.end) : ws.map((w) => w.text).join(' ');
}

/** Words of a page band, row by row as the OCR read its lines (so skew does not mix lines), left to right. */
export function regionText(doc: Doc, page: number, top: number, bottom: number, pick: (ws: Word[]) => string): string {
  const p = doc.pages.find((x) => x.number === page);
  if (!p || !doc.raw) return '';
  const cy = (w: Word) => (w.bbox.y0 + w.bbox.y1) / 2;
  const breaks: number[] = [];
  for (let i = doc.raw.text.indexOf('\n'); i >= 0; i = doc.raw.text.indexOf('\n', i + 1)) breaks.push(i);
  const lineOf = (w: Word) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < w.start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rows = new Map<number, Word[]>();
  for (const w of doc.words) {
    if (w.page !== page || cy(w) < top * p.height || cy(w) > bottom * p.height) continue;
    const k = lineOf(w);
    rows.set(k, [...(rows.get(k) ?? []), w]);
  }
  return [...rows.keys()].sort((a, b) => a - b).map((k) => pick(rows.get(k)!.sort((a, b) => a.start - b.start))).join('\n');
}

/**
 * Put the rows read in the order of the transcription's lines: each row goes
 * to the line it matches best (then by where in that line it starts), so how
 * rows were grouped or ordered does not count, only what was read.
 */
export function alignRows(ref: string, hyp: string): string {
  const lines = ref.split('\n').map((l) => l.trim()).filter(Boolean);
  const rows = hyp.split('\n').map((r) => r.trim()).filter(Boolean);
  const placed = rows.map((r, k) => {
    let best = 0;
    let bestD = Infinity;
    lines.forEach((l, i) => {
      // Distance of the row to its best stretch of the line (rows may be part of a line).
      const d = levenshtein.get(r, l) - Math.max(0, l.length - r.length);
      if (d < bestD) [best, bestD] = [i, d];
    });
    const at = lines[best]!.indexOf(r.split(' ')[0]!);
    return { r, line: best, at: at < 0 ? 0 : at, k };
  });
  placed.sort((a, b) => a.line - b.line || a.at - b.at || a.k - b.k);
  return placed.map((p) => p.r).join('\n');
}

interface Group {
  score: Score;
  /** The printed part of the number ("/QĐ-UBND"): the digits are handwritten on every letter of the set. */
  symbol: Tally;
  /** Values the digit reader gave (header.*.handwritten): taken, and how many were right. */
  hand: { number: Tally; date: Tally };
  cerFiles: number[];
  rawFiles: number[];
  errs: number;
  /** Errors with the tone placement of both sides made one (toneAsOne). */
  toneErrs: number;
  chars: number;
  ms: number[];
}

const newGroup = (): Group => ({ score: newScore(), symbol: new Tally(), hand: { number: new Tally(), date: new Tally() }, cerFiles: [], rawFiles: [], errs: 0, toneErrs: 0, chars: 0, ms: [] });

async function main(): Promise<void> {
  const split = arg('split') ?? 'all';
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const tuning: OcrTuning = {};
  if (arg('psm')) tuning.psm = arg('psm');
  if (arg('model')) tuning.model = arg('model') as OcrTuning['model'];
  if (arg('second-pass')) tuning.secondPass = arg('second-pass') === 'on';
  if (arg('binarize')) tuning.binarize = arg('binarize') as OcrTuning['binarize'];
  if (arg('ink')) tuning.ink = arg('ink') as OcrTuning['ink'];
  if (arg('scale')) tuning.scale = Number(arg('scale'));
  const maxPages = arg('pages') ? Number(arg('pages')) : undefined;
  // --only A,B: just the files whose name holds one of these (to look at a few while working).
  const only = arg('only')?.split(',').filter(Boolean);
  const root = join(PACKAGE_ROOT, 'corpus');
  const sets: [string, string[]][] = [
    ['dev', goldIn(join(root, 'scans-dev', 'dev'))],
    ['test', goldIn(join(root, 'scans-dev', 'test'))],
    ['shared', goldIn(join(root, 'gold', 'scans'))],
  ];
  const chosen = sets.filter(([name]) => split === 'all' || split.split(',').includes(name));
  if (!chosen.length) throw new Error(`--split ${split}: expected dev, test, shared or all`);
  console.log(`OCR settings: ${JSON.stringify(tuning)}${arg('handwriting') ? `, handwriting ${arg('handwriting')}` : ''}${maxPages ? `, first ${maxPages} page(s)` : ''}`);
  const handwriting = arg('handwriting') === undefined ? undefined : arg('handwriting') === 'on';
  // A generous page time: on a loaded host a page could time out and the figure would change run to run.
  const engine = await createEngine({ ocr: tuning, maxPages, pageTimeoutMs: 600_000, ...(handwriting === undefined ? {} : { handwriting }) });
  const groups = new Map<string, Group>();
  try {
    for (const [name, files] of chosen) {
      const g = newGroup();
      groups.set(name, g);
      for (const file of files) {
        if (only && !only.some((o) => basename(file).includes(o))) continue;
        const gold = JSON.parse(readFileSync(file, 'utf8')) as ScanGold;
        // ../shared/scans: their transcriptions live beside ours (corpus/gold is the shared gold).
        const side = join(root, 'scans-dev', 'shared', basename(file, '.gold.json'));
        let tdir = dirname(file);
        if (!gold.transcript && existsSync(`${side}.transcript.json`)) {
          gold.transcript = JSON.parse(readFileSync(`${side}.transcript.json`, 'utf8')) as ScanGold['transcript'];
          tdir = dirname(side);
        }
        const input = gold.source!.startsWith('../') ? join(PACKAGE_ROOT, gold.source!) : join(dirname(file), gold.source!);
        const label = `${name}/${basename(file, '.gold.json')}`;
        if (!existsSync(input)) {
          console.log(`skip ${label}: ${relative(PACKAGE_ROOT, input)} is not here${gold.source!.startsWith('../shared') ? ' (../shared is absent)' : ''}`);
          continue;
        }
        // Each file counts in its split and in its round's part of the split ("test, round 6" apart from the earlier test files).
        const part = `${name}, ${gold.round ? `round ${gold.round}` : 'earlier rounds'}`;
        if (!groups.has(part)) groups.set(part, newGroup());
        const targets = [g, groups.get(part)!];
        const t0 = performance.now();
        const doc = await engine.process(input);
        const ms = performance.now() - t0;
        const fatal = doc.messages.find((m) => m.fatal);
        const x: Extraction = doc.extraction ?? { document: { number: null, type: null, issuer: null, place: null, date: null, subject: null, recipients: [], signer: null, copiesTo: [], spans: {} }, references: [], namedReferences: [], agencies: [], tasks: [] };
        const misses: string[] = [];
        const before = { ...g.score.tasks };
        for (const [i, tg] of targets.entries()) {
          tg.ms.push(ms);
          score(gold, x, tg.score, i === 0 ? misses : []);
        }
        const sym = (n: unknown) => (typeof n === 'string' && n.includes('/') ? n.slice(n.indexOf('/')) : null);
        if (typeof gold.document.number === 'string') for (const tg of targets) tg.symbol.add(sym(gold.document.number) === sym(x.document.number));
        const header = HEADER.filter((f) => f in gold.document);
        const wrong = header.filter((f) => misses.some((m) => m.startsWith(`  ${f}:`)));
        for (const f of ['number', 'date'] as const) {
          if (x.document.rules?.[f] === `header.${f}.handwritten` && f in gold.document) for (const tg of targets) tg.hand[f].add(!wrong.includes(f));
        }
        let line = `${label}: ${fatal ? `FAILED (${fatal.code})` : ''}header ${header.length - wrong.length}/${header.length}`;
        if (gold.tasks) line += `, tasks tp ${g.score.tasks.tp - before.tp} fp ${g.score.tasks.fp - before.fp} fn ${g.score.tasks.fn - before.fn}`;
        const t = gold.transcript;
        if (t) {
          const ref = readFileSync(join(tdir, t.file), 'utf8');
          const hyp = regionText(doc, t.page, t.top, t.bottom, (ws) => restoredOf(doc, ws));
          const raw = regionText(doc, t.page, t.top, t.bottom, (ws) => doc.raw!.text.slice(ws[0]!.start, ws[ws.length - 1]!.end));
          const c = cer(ref, alignRows(ref, hyp));
          const cr = cer(ref, alignRows(ref, raw));
          const ct = cer(toneAsOne(ref), toneAsOne(alignRows(ref, hyp)));
          const n = ref.replace(/\s+/g, ' ').trim().length;
          for (const tg of targets) {
            tg.cerFiles.push(c);
            tg.rawFiles.push(cr);
            tg.errs += c * n;
            tg.toneErrs += ct * n;
            tg.chars += n;
          }
          line += `, CER ${(100 * c).toFixed(2)}% (raw OCR ${(100 * cr).toFixed(2)}%, tone placement as one ${(100 * ct).toFixed(2)}%, ${n} chars)`;
          if (verbose && !(name === 'test' && !process.argv.includes('--show-test'))) console.log(`--- ${label} region text\n${hyp}\n---`);
        }
        console.log(`${line} [${(ms / 1000).toFixed(1)} s]`);
        const hide = name === 'test' && !process.argv.includes('--show-test');
        if (!hide && (verbose || wrong.length)) for (const m of misses.slice(0, verbose ? 200 : 12)) console.log(m);
      }
    }
  } finally {
    await engine.close();
  }
  for (const [name, g] of groups) {
    if (!g.ms.length) continue;
    // A round's part is printed only when its split holds files of another round too.
    const whole = groups.get(name.split(',')[0]!);
    if (whole !== g && whole?.ms.length === g.ms.length) continue;
    const s = g.score;
    let ok = 0;
    let n = 0;
    for (const h of HEADER) {
      ok += s.header[h]!.ok;
      n += s.header[h]!.n;
    }
    console.log(`\n== ${name} (${g.ms.length} files, median ${(g.ms.sort((a, b) => a - b)[g.ms.length >> 1]! / 1000).toFixed(1)} s a file)`);
    if (g.chars) {
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log(`CER restored ${((100 * g.errs) / g.chars).toFixed(2)}% over ${g.chars} chars (mean per file ${(100 * mean(g.cerFiles)).toFixed(2)}%, worst ${(100 * Math.max(...g.cerFiles)).toFixed(2)}%); raw OCR mean ${(100 * mean(g.rawFiles)).toFixed(2)}%`);
      console.log(`CER with the tone placement of both sides made one ("hoà" = "hòa"): ${((100 * g.toneErrs) / g.chars).toFixed(2)}%`);
    }
    console.log(`header fields ${(ok / (n || 1)).toFixed(3)} (${ok}/${n}): ` + HEADER.filter((h) => s.header[h]!.n).map((h) => `${h} ${s.header[h]}`).join(' | '));
    console.log(`header fields case-exact ${(s.exact.ok / (s.exact.n || 1)).toFixed(3)} (${s.exact})`);
    // The same without what is handwritten on these letters (the number's digits, the day), with the number's printed symbol instead.
    const printed = HEADER.filter((h) => h !== 'number' && h !== 'date');
    const pOk = printed.reduce((a, h) => a + s.header[h]!.ok, 0) + g.symbol.ok;
    const pN = printed.reduce((a, h) => a + s.header[h]!.n, 0) + g.symbol.n;
    console.log(`printed header fields ${(pOk / (pN || 1)).toFixed(3)} (${pOk}/${pN}): number symbol ${g.symbol} and the fields above but number and date`);
    if (g.hand.number.n + g.hand.date.n) console.log(`handwritten values taken (digit reader): number ${g.hand.number.n} (${g.hand.number.ok} right), date ${g.hand.date.n} (${g.hand.date.ok} right)`);
    if (s.tasks.tp + s.tasks.fn + s.tasks.fp) console.log(`tasks      ${prf(s.tasks)} | lead ${s.tasks.lead} | coordinate ${s.tasks.coordinate} | deadline ${s.tasks.deadline} | action ${s.tasks.action}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(`eval:scans: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
