// Builds the restorer's tables from ../shared/corpus (minus the held-out files)
// and the editable lists in this folder. Writes derived counts/probabilities only.
//   node dist/dictionaries/restore/build.js
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../src/restore/tokens.js';
import { unitOf, SPECIALS, BOS, EOS } from '../../src/restore/units.js';
import { allSyllables, asciiKey, canon, fromCanon, parseSyllable } from '../../src/restore/syllable.js';
import { packLm } from '../../src/restore/lm.js';

/** Corpus files kept out of every table, for evaluation (scripts/eval-restore.ts). */
export const HELD_OUT = {
  laws: ['Luat_Du_lich.txt', 'Luat_Thanh_nien.txt'],
  admin: ['1685_NQ-UBTVQH15.txt', '60-NQ_TW.txt'],
};

/** Repo root: the nearest folder above this file holding package.json. */
export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) {
    const up = dirname(d);
    if (up === d) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    d = up;
  }
  return d;
}

export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
}

/** Lines of the editable list files: trimmed, without comments and blanks. */
export function listFile(path: string): string[] {
  return readLines(path)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function main(): void {
  const root = repoRoot();
  const src = join(root, 'dictionaries', 'restore');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`build: corpus folder ${corpus} not found; the tables are built from it (../shared/corpus beside the repo)`);
    process.exit(1);
  }
  const files: string[] = [];
  for (const sub of ['admin', 'laws'] as const) {
    for (const f of readdirSync(join(corpus, sub)).sort()) {
      if (!f.endsWith('.txt') || HELD_OUT[sub].includes(f)) continue;
      files.push(join(corpus, sub, f));
    }
  }

  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (u: string): number => {
    let i = ids.get(u);
    if (i === undefined) {
      i = names.length;
      ids.set(u, i);
      names.push(u);
    }
    return i;
  };
  for (const s of SPECIALS) idOf(s);
  const inventory = allSyllables();
  for (const s of inventory) idOf(s);

  const surfaces = new Map<string, Map<string, number>>();
  const unitCount = new Map<number, number>();
  const caseCount = new Map<string, [number, number]>(); // unit -> [lower, Capitalised] mid-sentence
  const c3 = new Map<number, number>();
  let tokens = 0;
  let invalidWords = 0;
  const invalidSeen = new Map<string, number>();
  let V = 0; // fixed after counting (ids only grow for specials/inventory, which are preassigned)
  V = names.length;
  const seqs: number[][] = [];
  const addSeq = (seq: number[], weight: number) => {
    for (let i = 2; i < seq.length; i++) {
      const k = (seq[i - 2]! * V + seq[i - 1]!) * V + seq[i]!;
      c3.set(k, (c3.get(k) ?? 0) + weight);
    }
  };

  const feed = (line: string, weight: number) => {
    let seq: number[] = [idOf(BOS), idOf(BOS)];
    const flush = () => {
      if (seq.length > 2) {
        seq.push(idOf(EOS));
        seqs.push(seq);
        addSeq(seq, weight);
      }
      seq = [idOf(BOS), idOf(BOS)];
    };
    let prevKind = '';
    for (const tok of tokenize(line)) {
      const u = unitOf(tok);
      // Case inside a sentence (after a word or comma): names are capitalised there.
      const mid = prevKind === 'word' || prevKind === ',';
      prevKind = tok.kind === 'punct' ? tok.text : tok.kind;
      if (u === EOS) {
        flush();
        continue;
      }
      if (tok.kind === 'word') {
        if (u === '<x>') {
          invalidWords++;
          const w = tok.text.toLowerCase();
          invalidSeen.set(w, (invalidSeen.get(w) ?? 0) + 1);
        } else {
          const lower = tok.text.toLowerCase();
          if (mid && !/\p{Lu}{2}/u.test(tok.text)) {
            const cap = tok.text !== lower;
            const c = caseCount.get(u) ?? [0, 0];
            c[cap ? 1 : 0] += weight;
            caseCount.set(u, c);
          }
          let m = surfaces.get(u);
          if (!m) surfaces.set(u, (m = new Map()));
          m.set(lower, (m.get(lower) ?? 0) + weight);
        }
      }
      const id = ids.get(u);
      if (id === undefined) throw new Error(`unit ${u} outside the inventory`);
      seq.push(id);
      unitCount.set(id, (unitCount.get(id) ?? 0) + weight);
      tokens++;
    }
    flush();
  };

  for (const f of files) for (const line of readLines(f)) feed(line, 1);
  // Fixed phrases of administrative language, weighted as a few occurrences each.
  const phrases = listFile(join(src, 'phrases.txt'));
  for (const p of phrases) feed(p, 3);

  const lm = kneserNey(V, c3);
  const buf = packLm(V, lm.uni, lm.bigrams, lm.trigrams);
  const outDir = join(src, 'tables');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lm.bin'), buf);

  // Preferred spelling of each syllable where the corpus differs from the rule placement (hoà/hòa).
  const spelling: Record<string, string> = {};
  for (const [u, m] of surfaces) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    if (best !== fromCanon(u)) spelling[u] = best;
  }
  const count: number[] = names.map((_, i) => unitCount.get(i) ?? 0);
  // Candidates of each ASCII key, most frequent first.
  const byKey: Record<string, number[]> = {};
  names.forEach((n, i) => {
    if (n.startsWith('<') || SPECIALS.includes(n as never)) return;
    const k = asciiKey(fromCanon(n));
    (byKey[k] ??= []).push(i);
  });
  for (const k in byKey) byKey[k]!.sort((a, b) => count[b]! - count[a]! || a - b);
  const surface = names.map((n) => (n.startsWith('<') || SPECIALS.includes(n as never) ? n : spelling[n] ?? fromCanon(n)));
  const lists = {
    abbreviations: listFile(join(src, 'abbreviations.txt')),
    foreign: listFile(join(src, 'foreign.txt')),
  };
  // Share of mid-sentence uses written with a capital, per unit (-1: never seen mid-sentence).
  const capShare = names.map((n) => {
    const c = caseCount.get(n);
    return c ? Math.round((1000 * c[1]) / (c[0] + c[1])) / 1000 : -1;
  });
  const capCount = names.map((n) => {
    const c = caseCount.get(n);
    return c ? c[0] + c[1] : 0;
  });
  const vocab = { units: names, surface, count, byKey, capShare, capCount, lists };
  writeFileSync(join(outDir, 'vocab.json'), JSON.stringify(vocab));

  const attested = names.filter((n, i) => count[i]! > 0 && !n.startsWith('<') && parseSyllable(fromCanon(n)));
  const stats = {
    builtFrom: files.map((f) => f.slice(corpus.length + 1)),
    heldOut: HELD_OUT,
    tokens,
    vocabulary: V,
    inventoryGenerated: inventory.length,
    syllablesAttested: attested.length,
    wordsFailingPhonotactics: invalidWords,
    topFailing: [...invalidSeen.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, n]) => `${w} ${n}`),
    bigrams: lm.bigrams.length,
    trigrams: lm.trigrams.length,
    discounts: lm.discounts,
    phrases: phrases.length,
    bytes: { lm: statSync(join(outDir, 'lm.bin')).size, vocab: statSync(join(outDir, 'vocab.json')).size },
  };
  writeFileSync(join(outDir, 'stats.json'), JSON.stringify(stats, null, 1) + '\n');
  console.log(JSON.stringify({ ...stats, builtFrom: stats.builtFrom.length, topFailing: stats.topFailing.slice(0, 12) }, null, 1));
  void canon;
}

/** Modified Kneser-Ney discounts from count-of-counts (Chen & Goodman). */
function discounts(counts: Iterable<number>): [number, number, number] {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[c]!++;
  const Y = n[1]! / (n[1]! + 2 * n[2]!);
  const d = (k: number) => Math.max(0.05, Math.min(k, k - (k + 1) * Y * (n[k + 1]! / n[k]!)));
  return [d(1), d(2), d(3)];
}

function kneserNey(V: number, c3: Map<number, number>) {
  const V2 = V * V;
  // Continuation counts for the lower orders.
  const c2 = new Map<number, number>(); // N1+(. v w)
  const ctx3 = new Map<number, [number, number, number, number]>(); // uv -> total, n1, n2, n3+
  for (const [k, c] of c3) {
    const uv = Math.floor(k / V);
    const vw = k % V2;
    c2.set(vw, (c2.get(vw) ?? 0) + 1);
    let s = ctx3.get(uv);
    if (!s) ctx3.set(uv, (s = [0, 0, 0, 0]));
    s[0] += c;
    s[Math.min(c, 3)]!++;
  }
  const c1 = new Float64Array(V); // N1+(. w)
  const ctx2 = new Map<number, [number, number, number, number]>();
  for (const [vw, c] of c2) {
    c1[vw % V]! += 1;
    const v = Math.floor(vw / V);
    let s = ctx2.get(v);
    if (!s) ctx2.set(v, (s = [0, 0, 0, 0]));
    s[0] += c;
    s[Math.min(c, 3)]!++;
  }
  const D3 = discounts(c3.values());
  const D2 = discounts(c2.values());
  const gamma = (s: [number, number, number, number], D: number[]) => (D[0]! * s[1] + D[1]! * s[2] + D[2]! * s[3]) / s[0];
  const disc = (c: number, D: number[]) => Math.max(0, c - D[Math.min(c, 3) - 1]!);

  // Unigrams: continuation counts, interpolated with a uniform floor.
  let total1 = 0;
  for (const c of c1) total1 += c;
  const D1 = 0.75;
  let types1 = 0;
  for (const c of c1) if (c > 0) types1++;
  const uniform = (D1 * types1) / total1 / V;
  const p1 = new Float64Array(V);
  for (let w = 0; w < V; w++) p1[w] = Math.max(0, c1[w]! - D1) / total1 + uniform;
  const uniLogp = new Float32Array(V);
  const uniBo = new Float32Array(V);
  for (let w = 0; w < V; w++) uniLogp[w] = Math.log(p1[w]!);

  const bigrams: Array<[number, number, number, number]> = [];
  const p2 = new Map<number, number>();
  for (const [vw, c] of c2) {
    const v = Math.floor(vw / V);
    const w = vw % V;
    const s = ctx2.get(v)!;
    const p = disc(c, D2) / s[0] + gamma(s, D2) * p1[w]!;
    p2.set(vw, p);
  }
  for (const [v, s] of ctx2) uniBo[v] = Math.log(gamma(s, D2));
  const P2 = (v: number, w: number) => p2.get(v * V + w) ?? Math.exp(uniBo[v]!) * p1[w]!;
  // Every trigram context uv gets a bigram entry for its backoff weight.
  const biBo = new Map<number, number>();
  for (const [uv, s] of ctx3) biBo.set(uv, Math.log(gamma(s, D3)));
  const keys = new Set<number>([...p2.keys(), ...biBo.keys()]);
  for (const k of keys) {
    const v = Math.floor(k / V);
    const w = k % V;
    const p = p2.get(k);
    bigrams.push([v, w, p === undefined ? Math.log(P2(v, w)) : Math.log(p), biBo.get(k) ?? 0]);
  }
  const trigrams: Array<[number, number, number, number]> = [];
  for (const [k, c] of c3) {
    const uv = Math.floor(k / V);
    const w = k % V;
    const v = uv % V;
    const s = ctx3.get(uv)!;
    const p = disc(c, D3) / s[0] + gamma(s, D3) * P2(v, w);
    trigrams.push([Math.floor(uv / V), v, w, Math.log(p)]);
  }
  return { uni: { logp: uniLogp, bo: uniBo }, bigrams, trigrams, discounts: { D1, D2, D3 } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
