// Builds the restorer's tables from ../shared/corpus (minus the held-out files)
// and the editable lists in this folder. Writes derived counts/probabilities only.
//   node dist/dictionaries/restore/build.js
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../src/restore/tokens.js';
import { unitOf, SPECIALS, BOS, EOS } from '../../src/restore/units.js';
import { allSyllables, asciiKey, canon, fromCanon, matchCase, parseSyllable, splitTone, placeTone } from '../../src/restore/syllable.js';
import { packLm, encode, type NgramEntry } from '../../src/restore/lm.js';

/** Order of the syllable n-gram model. */
export const ORDER = Number(process.env.RESTORE_ORDER ?? 4); // env only for comparisons

/** Corpus files kept out of every table, for evaluation (scripts/eval-restore.ts). */
export const HELD_OUT = {
  laws: ['Luat_Du_lich.txt', 'Luat_Thanh_nien.txt'],
  admin: ['1685_NQ-UBTVQH15.txt', '60-NQ_TW.txt'],
};

/** Besides whole files, every 20th line of the other law files is held out too
 *  (statute text on topics the tables did see). */
export function heldOutLine(sub: string, index: number): boolean {
  return sub === 'laws' && index % 20 === 7;
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
  const root = PACKAGE_ROOT;
  const src = join(root, 'dictionaries', 'restore');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`build: corpus folder ${corpus} not found; the tables are built from it (../shared/corpus beside the repo)`);
    process.exit(1);
  }
  // For tuning only (scripts/tune-restore.ts): more files left out, tables written elsewhere.
  const devOut = (process.env.RESTORE_DEV_OUT ?? '').split(',').filter(Boolean);
  const files: Array<[string, string]> = [];
  for (const sub of ['admin', 'laws'] as const) {
    for (const f of readdirSync(join(corpus, sub)).sort()) {
      if (!f.endsWith('.txt') || HELD_OUT[sub].includes(f) || devOut.includes(`${sub}/${f}`)) continue;
      files.push([sub, join(corpus, sub, f)]);
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
  const valid = new Set(inventory);

  const surfaces = new Map<string, Map<string, number>>();
  const unitCount = new Map<number, number>();
  const generalCount = new Map<number, number>();
  const caseCount = new Map<string, [number, number]>(); // unit -> [lower, Capitalised] mid-sentence
  let tokens = 0;
  let invalidWords = 0;
  const invalidSeen = new Map<string, number>();
  const seqs: Seq[] = [];
  let general = false; // lines fed now are general text (see GENERAL_ORDER)
  const pad = () => new Array<number>(ORDER - 1).fill(idOf(BOS));

  const feed = (line: string, weight: number, caseWeight = weight) => {
    let seq = pad();
    const flush = () => {
      if (seq.length > ORDER - 1) {
        seq.push(idOf(EOS));
        seqs.push({ seq, weight, general });
      }
      seq = pad();
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
            c[cap ? 1 : 0] += caseWeight;
            caseCount.set(u, c);
          }
          // Spelling as statute writes it; the dictionary places tones the old way (khoá).
          let m = surfaces.get(u);
          if (!m) surfaces.set(u, (m = new Map()));
          if (!general) m.set(lower, (m.get(lower) ?? 0) + weight);
        }
      }
      if (!u.startsWith('<') && !SPECIALS.includes(u as never) && !valid.has(u)) throw new Error(`unit ${u} outside the inventory`);
      const id = idOf(u);
      seq.push(id);
      const uc = general ? generalCount : unitCount;
      uc.set(id, (uc.get(id) ?? 0) + weight);
      if (!general) tokens++;
    }
    flush();
  };

  for (const [sub, f] of files) readLines(f).forEach((line, i) => heldOutLine(sub, i) || feed(line, 1));
  // Fixed phrases of administrative language, weighted as a few occurrences each.
  const phrases = listFile(join(src, 'phrases.txt'));
  for (const p of phrases) feed(p, 3);
  // Names of bodies from the agency gazetteer (dictionaries/agencies), weighted
  // like the phrases: a name is written one way ("đơn vị thuộc tỉnh").
  const agencies = agencyNames();
  for (const a of agencies) feed(a, 3);
  // A document is cited "tại Thông báo số ..." (not "tài", as in "giao tài sản"):
  // the kinds of document from the same gazetteer.
  for (const kind of documentKinds()) feed(`tại ${kind} số`, 3);
  // Person names after generic titles, so that names are known and capitalised
  // mid-sentence. Their case counts weigh less: family names such as Tô, Hà, Lê
  // are also common words, capitalised in names of bodies (Tổ Giúp việc).
  const people = nameSequences(readLines(join(src, 'names.txt')));
  for (const n of people) feed(n, 1, 0.2);
  // General Vietnamese (dictionary headwords, definitions, examples): the
  // corpus is statute and administrative text only, and misses everyday words
  // ("thanh niên" 8 times against "thành niên" 148, "lữ hành" never).
  const generalText = process.env.RESTORE_GENERAL === '0' ? { lines: [], words: 0 } : generalLines();
  general = true;
  // The dictionary writes i where statute writes y (lí, kĩ, hi sinh): follow the corpus.
  const corpusCount = (w: string) => unitCount.get(ids.get(canon(w)) ?? -1) ?? 0;
  const toY = yFromI(corpusCount);
  for (const l of generalText.lines) feed(toY(l), 1, 0);
  general = false;
  // Units seen so far occur in n-grams; the rest of the inventory only as unigrams.
  const radix = names.length;
  for (const s of inventory) idOf(s);
  const V = names.length;

  const corpusLm = kneserNey(V, radix, seqs.filter((x) => !x.general), ORDER);
  const generalSeqs = seqs.filter((x) => x.general);
  const model = generalSeqs.length ? mixModels(corpusLm.model, kneserNey(V, radix, generalSeqs, GENERAL_ORDER).model, GENERAL_SHARE) : corpusLm.model;
  const lm = { ...backoffTables(model), discounts: corpusLm.discounts };
  const buf = packLm(V, radix, lm.uni, lm.orders);
  const outDir = process.env.RESTORE_OUT ?? join(src, 'tables');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lm.bin'), buf);

  // Preferred spelling of each syllable where the corpus differs from the rule placement (hoà/hòa).
  const spelling: Record<string, string> = {};
  for (const [u, m] of surfaces) {
    if (!m.size) continue;
    const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    if (best !== fromCanon(u)) spelling[u] = best;
  }
  // Counts as the mixture sees them, in corpus units: a syllable of general
  // text that the mixture makes rarer than one corpus occurrence is no candidate.
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const scale = generalCount.size ? (GENERAL_SHARE / (1 - GENERAL_SHARE)) * (sum(unitCount) / sum(generalCount)) : 0;
  const count: number[] = names.map((_, i) => Math.round((unitCount.get(i) ?? 0) + scale * (generalCount.get(i) ?? 0)));
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
  const words = collocations(seqs.filter((x) => !x.general), names, surface, radix);
  writeFileSync(join(outDir, 'words.json'), JSON.stringify(words));
  writeFileSync(join(outDir, 'vocab.json'), JSON.stringify(vocab));

  const attested = names.filter((n, i) => count[i]! > 0 && !n.startsWith('<') && parseSyllable(fromCanon(n)));
  const stats = {
    builtFrom: files.map(([, f]) => f.slice(corpus.length + 1)),
    heldOutLines: 'every 20th line (index % 20 == 7) of the law files above',
    heldOut: HELD_OUT,
    tokens,
    vocabulary: V,
    inventoryGenerated: inventory.length,
    syllablesAttested: attested.length,
    wordsFailingPhonotactics: invalidWords,
    topFailing: [...invalidSeen.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, n]) => `${w} ${n}`),
    order: ORDER,
    ngrams: lm.orders.map((o) => o.length).slice(2),
    discounts: lm.discounts,
    phrases: phrases.length,
    agencyNames: agencies.length,
    nameSequences: people.length,
    general: { source: '@vntk/dictionary 1.0.0 (MIT)', lines: generalText.lines.length, headwords: generalText.words, order: GENERAL_ORDER, share: GENERAL_SHARE },
    multiSyllableWords: words.length,
    bytes: { lm: statSync(join(outDir, 'lm.bin')).size, vocab: statSync(join(outDir, 'vocab.json')).size },
  };
  writeFileSync(join(outDir, 'stats.json'), JSON.stringify(stats, null, 1) + '\n');
  console.log(JSON.stringify({ ...stats, builtFrom: stats.builtFrom.length, topFailing: stats.topFailing.slice(0, 12) }, null, 1));
}

type Seq = { seq: number[]; weight: number; general: boolean };

/** General text makes its own Kneser-Ney model of this order, mixed into the
 *  corpus model with this share (the longer contexts stay those of statute and
 *  administrative text). */
export const GENERAL_ORDER = Number(process.env.RESTORE_GENERAL_ORDER ?? 2); // env only for comparisons
export const GENERAL_SHARE = Number(process.env.RESTORE_GENERAL_SHARE ?? 0.4);

/**
 * Lines of general Vietnamese from the dev dependency @vntk/dictionary: each
 * headword of its 74K word list alone, and the definitions and examples of its
 * dictionary (examples split at "~", source labels such as "(tng)" dropped).
 * Only counts derived from them are written.
 */
export function generalLines(): { lines: string[]; words: number } {
  const dir = join(PACKAGE_ROOT, 'node_modules', '@vntk', 'dictionary', 'data');
  if (!existsSync(dir)) throw new Error(`build: ${dir} not found; run npm ci (the dev dependency @vntk/dictionary is a source of the tables)`);
  const words = readLines(join(dir, 'Viet74K.txt')).map((l) => l.trim()).filter(Boolean);
  const dict = JSON.parse(readFileSync(join(dir, 'dictionary.json'), 'utf8')) as Record<string, Array<{ definition?: string; example?: string }>>;
  const lines = [...words];
  const clean = (t: string) => t.normalize('NFC').replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const senses of Object.values(dict)) {
    for (const s of senses) {
      if (s.definition) lines.push(clean(s.definition));
      for (const e of (s.example ?? '').split('~')) if (e.trim()) lines.push(clean(e));
    }
  }
  return { lines: lines.filter(Boolean), words: words.length };
}

/** Names of the kinds of document in the packed agency gazetteer (Thông báo, Kế hoạch ...), and Văn bản. */
export function documentKinds(): string[] {
  const path = join(PACKAGE_ROOT, 'dictionaries', 'agencies', 'agencies.json');
  const table = JSON.parse(readFileSync(path, 'utf8')) as { doctypes: Record<string, string> };
  return [...new Set([...Object.values(table.doctypes), 'Văn bản'])];
}

/** Canonical names and aliases of the packed agency gazetteer. */
export function agencyNames(): string[] {
  const path = join(PACKAGE_ROOT, 'dictionaries', 'agencies', 'agencies.json');
  const table = JSON.parse(readFileSync(path, 'utf8')) as { entries: Array<{ canonical: string; aliases: string[] }> };
  return [...new Set(table.entries.flatMap((e) => [e.canonical, ...e.aliases]))].filter((n) => /\p{Ll}/u.test(n));
}

/**
 * Rewrites syllables ending in a lone i (lí, kĩ, hi) with y where the corpus
 * writes the y form at least three times as often.
 */
export function yFromI(corpusCount: (w: string) => number): (line: string) => string {
  const memo = new Map<string, string>();
  return (line) =>
    line.replace(/\p{L}+/gu, (w) => {
      const lower = w.toLowerCase();
      let to = memo.get(lower);
      if (to === undefined) {
        to = lower;
        const { base, tone } = splitTone(lower);
        if (/^(b|ch|d|đ|h|k|kh|l|m|n|ph|qu|s|t|th|tr|v|x)i$/.test(base)) {
          const y = placeTone(base.slice(0, -1) + 'y', tone);
          if (corpusCount(y) >= 3 * corpusCount(lower) + 3) to = y;
        }
        memo.set(lower, to);
      }
      return to === lower ? w : matchCase(w, to);
    });
}

/**
 * Short name sequences ("đồng chí Nguyễn Văn An") from the sections of
 * names.txt: every given name after the commonest middle names, common family
 * names (listed first) more often than rare ones. Deterministic.
 */
export function nameSequences(lines: string[]): string[] {
  const parts: Record<string, string[]> = {};
  let at = '';
  for (const l of lines.map((x) => x.replace(/#.*/, '').trim()).filter(Boolean)) {
    const m = /^\[(\w+)\]$/.exec(l);
    if (m) at = m[1]!;
    else (parts[at] ??= []).push(...l.split(/\s+/));
  }
  const family = parts.family ?? [];
  const middle = parts.middle ?? [];
  const given = parts.given ?? [];
  if (!family.length || !middle.length || !given.length) throw new Error('names.txt needs [family], [middle] and [given] sections');
  const titles = ['đồng chí', 'ông', 'bà', 'đồng chí'];
  const out: string[] = [];
  // Every given name after each of the 16 commonest middle names, and once
  // without one; family names drawn by a fixed sequence skewed to the first.
  let i = 0;
  const next = () => {
    const r = ((i * 0.6180339887) % 1) ** 2;
    return `${titles[i++ % titles.length]} ${family[Math.floor(family.length * r)]!}`;
  };
  for (const g of given) {
    for (const m of middle.slice(0, 16)) out.push(`${next()} ${m} ${g}`);
    out.push(`${next()} ${g}`);
  }
  for (const m of middle.slice(16)) out.push(`${next()} ${m} ${given[i % given.length]!}`);
  return out;
}

/**
 * Two-syllable words found in the corpus: pairs that occur together far more
 * often than chance (PMI >= 4, at least 5 times) and not only inside one longer
 * sequence; most frequent first. Longer set phrases are the hand list phrases.txt.
 */
function collocations(seqs: Seq[], names: string[], surface: string[], R: number): Array<[string, number]> {
  const uni = new Map<number, number>();
  const bi = new Map<number, number>();
  const tri = new Map<number, number>();
  let n = 0;
  const word = (u: number) => /\d$/.test(names[u]!);
  for (const { seq } of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const a = seq[i]!;
      if (!word(a)) continue;
      n++;
      uni.set(a, (uni.get(a) ?? 0) + 1);
      const b = seq[i + 1];
      if (b === undefined || !word(b)) continue;
      bi.set(a * R + b, (bi.get(a * R + b) ?? 0) + 1);
      const c = seq[i + 2];
      if (c === undefined || !word(c)) continue;
      const k = (a * R + b) * R + c;
      tri.set(k, (tri.get(k) ?? 0) + 1);
    }
  }
  const pmi = (cab: number, ca: number, cb: number) => Math.log((cab * n) / (ca * cb));
  // A pair that nearly always comes inside one longer sequence is a fragment of it ("tích tự").
  const widest = new Map<number, number>();
  for (const [k, c] of tri) {
    const ab = Math.floor(k / R);
    const bc = k % (R * R);
    widest.set(ab, Math.max(widest.get(ab) ?? 0, c));
    widest.set(bc, Math.max(widest.get(bc) ?? 0, c));
  }
  const out: Array<[string, number]> = [];
  for (const [k, c] of bi) {
    const a = Math.floor(k / R);
    const b = k % R;
    if (c >= 5 && pmi(c, uni.get(a)!, uni.get(b)!) >= 4 && (widest.get(k) ?? 0) < 0.8 * c) out.push([`${surface[a]} ${surface[b]}`, c]);
  }
  return out.sort((x, y) => y[1] - x[1]);
}

/** Modified Kneser-Ney discounts from count-of-counts (Chen & Goodman). */
function discounts(counts: Iterable<number>): [number, number, number] {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[Math.round(c)]!++;
  const Y = n[1]! / (n[1]! + 2 * n[2]!);
  const d = (k: number) => Math.max(0.05, Math.min(k, k - (k + 1) * Y * (n[k + 1]! / n[k]!)));
  return [d(1), d(2), d(3)];
}

/** A Kneser-Ney model: unigram probabilities, the probability of each seen
 *  n-gram (order >= 2) and the backoff weight of each context. */
interface Model {
  N: number;
  R: number;
  p1: Float64Array;
  prob: Array<Map<number, number>>; // prob[k]: k-gram key -> P(w | h)
  bo: Array<Map<number, number>>; // bo[k]: context (k-gram key) -> weight of its (k+1)-gram children
}

/** P(w | h) of a k-gram under a backoff model. */
function prob(m: Model, k: number, key: number): number {
  if (k > m.N) return prob(m, m.N, key % m.R ** m.N);
  if (k === 1) return m.p1[key]!;
  const seen = m.prob[k]!.get(key);
  if (seen !== undefined) return seen;
  const w = m.bo[k - 1]!.get(Math.floor(key / m.R)) ?? 1;
  return w * prob(m, k - 1, key % m.R ** (k - 1));
}

/**
 * Interpolated modified Kneser-Ney of order N. The highest order uses raw
 * counts, lower orders continuation counts (raw counts for n-grams that start
 * with <s>, which have no left context).
 */
function kneserNey(V: number, R: number, seqs: Seq[], N: number) {
  const bos = 0; // SPECIALS[0]
  const raw: Array<Map<number, number>> = [];
  for (let k = 1; k <= N; k++) raw[k] = new Map();
  for (const { seq, weight } of seqs) {
    for (let i = 0; i < seq.length; i++) {
      for (let k = 1; k <= N && k <= i + 1; k++) {
        if (i - k + 1 < 0) break;
        // skip n-grams made only of padding
        if (seq[i] === bos) continue;
        const key = encode(seq, i - k + 1, i + 1, R);
        raw[k]!.set(key, (raw[k]!.get(key) ?? 0) + weight);
      }
    }
  }
  const Rp = (k: number) => R ** k;
  // Counts used at each order.
  const used: Array<Map<number, number>> = [];
  used[N] = raw[N]!;
  for (let k = N - 1; k >= 1; k--) {
    const m = new Map<number, number>();
    for (const key of raw[k + 1]!.keys()) {
      const suffix = key % Rp(k);
      m.set(suffix, (m.get(suffix) ?? 0) + 1);
    }
    // n-grams starting with <s> keep their raw counts
    for (const [key, c] of raw[k]!) {
      const first = Math.floor(key / Rp(k - 1));
      if (first === bos) m.set(key, c);
    }
    used[k] = m;
  }
  const D: Array<[number, number, number]> = [];
  for (let k = 1; k <= N; k++) D[k] = discounts(used[k]!.values());
  // Context statistics: total, n1, n2, n3+ per context, at each order k >= 2.
  const ctx: Array<Map<number, [number, number, number, number]>> = [];
  for (let k = 2; k <= N; k++) {
    const m = new Map<number, [number, number, number, number]>();
    for (const [key, c] of used[k]!) {
      const h = Math.floor(key / R);
      let s = m.get(h);
      if (!s) m.set(h, (s = [0, 0, 0, 0]));
      s[0] += c;
      s[Math.min(3, Math.max(1, Math.round(c)))]!++;
    }
    ctx[k] = m;
  }
  const gamma = (k: number, s: [number, number, number, number]) => (D[k]![0] * s[1] + D[k]![1] * s[2] + D[k]![2] * s[3]) / s[0];
  const disc = (k: number, c: number) => Math.max(0, c - D[k]![Math.min(3, Math.max(1, Math.round(c))) - 1]!);

  // Unigrams, interpolated with a uniform floor over the whole inventory.
  let total1 = 0;
  let types1 = 0;
  for (const c of used[1]!.values()) {
    total1 += c;
    types1++;
  }
  const D1 = D[1]![0];
  const floor = (D1 * types1) / total1 / V;
  const p1 = new Float64Array(V).fill(floor);
  for (const [w, c] of used[1]!) p1[w] = Math.max(0, c - D1) / total1 + floor;
  const model: Model = { N, R, p1, prob: [], bo: [] };
  for (let k = 1; k < N; k++) {
    const m = new Map<number, number>();
    for (const [h, s] of ctx[k + 1]!) m.set(h, gamma(k + 1, s));
    model.bo[k] = m;
  }
  // P_k for seen n-grams, order by order (lower orders first).
  for (let k = 2; k <= N; k++) {
    const m = new Map<number, number>();
    model.prob[k] = m;
    for (const [key, c] of used[k]!) {
      const s = ctx[k]!.get(Math.floor(key / R))!;
      m.set(key, disc(k, c) / s[0] + gamma(k, s) * prob(model, k - 1, key % Rp(k - 1)));
    }
  }
  return { model, discounts: D.slice(1) };
}

/**
 * Static mixture (1 - share) * A + share * B of two backoff models (after
 * SRILM's -mix-lm): every n-gram seen by either gets the mixed probability.
 * B may be of lower order; its longer contexts back off to its own.
 */
function mixModels(a: Model, b: Model, share: number): Model {
  const N = a.N;
  const R = a.R;
  const p1 = a.p1.map((p, i) => (1 - share) * p + share * b.p1[i]!);
  const out: Model = { N, R, p1, prob: [], bo: [] };
  for (let k = 2; k <= N; k++) {
    const keys = new Set(a.prob[k]!.keys());
    if (k <= b.N) for (const key of b.prob[k]!.keys()) keys.add(key);
    const m = new Map<number, number>();
    for (const key of keys) m.set(key, (1 - share) * prob(a, k, key) + share * prob(b, k, key));
    out.prob[k] = m;
    // Backoff weights of the contexts of these k-grams (order k - 1): the
    // mixture of the two models' own (1 where a model never saw the context),
    // as the exact mixture backs off for a word neither saw there. Weights set
    // to renormalise each context instead inflate unseen words after a rare
    // context whose few continuations are frequent words (dev: 98.26% against 98.31%).
    const w = (x: Model, h: number) => (k - 1 < x.N ? x.bo[k - 1]!.get(h) ?? 1 : 1);
    const bo = new Map<number, number>();
    for (const key of m.keys()) {
      const h = Math.floor(key / R);
      if (!bo.has(h)) bo.set(h, (1 - share) * w(a, h) + share * w(b, h));
    }
    out.bo[k - 1] = bo;
  }
  return out;
}

/** Backoff-style tables for packLm: log P of each seen n-gram, log backoff of each context. */
function backoffTables(m: Model) {
  const uni = { logp: Float32Array.from(m.p1, (p) => Math.log(p)), bo: new Float32Array(m.p1.length) };
  for (const [h, w] of m.bo[1]!) uni.bo[h] = Math.log(w);
  const orders: NgramEntry[][] = [[], []];
  for (let k = 2; k <= m.N; k++) {
    const entries: NgramEntry[] = [];
    const keys = new Set<number>(m.prob[k]!.keys());
    if (k < m.N) for (const h of m.bo[k]!.keys()) keys.add(h); // every context needs its backoff weight
    for (const key of keys) entries.push({ key, logp: Math.log(prob(m, k, key)), bo: k < m.N ? Math.log(m.bo[k]!.get(key) ?? 1) : 0 });
    orders[k] = entries;
  }
  return { uni, orders };
}

/** Pack places.txt into tables/places.json (the decoder's list of place names). */
export function packPlaces(root = PACKAGE_ROOT): string[] {
  const here = join(root, 'dictionaries', 'restore');
  const places = listFile(join(here, 'places.txt')).map((l) => l.normalize('NFC'));
  writeFileSync(join(here, 'tables', 'places.json'), JSON.stringify(places) + '\n');
  return places;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'places') packPlaces();
  else {
    main();
    packPlaces();
  }
}
