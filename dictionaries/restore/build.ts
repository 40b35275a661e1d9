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
import { packLm } from '../../src/restore/lm.js';
import { backoffTables, kneserNey, mixModels, pruneTop, type Seq } from './kn.js';
import { writeBaseLists, writeNamedLists } from './lists.js';
import { cleanDirectives, directiveLines } from './directives.js';

/** Order of the syllable n-gram model. */
export const ORDER = Number(process.env.RESTORE_ORDER ?? 4); // env only for comparisons
/** Top-order n-grams seen fewer times than this are not stored (a count cutoff). */
export const MIN_TOP = Number(process.env.RESTORE_MIN_TOP ?? 3); // env only for comparisons

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
/** The .txt files of a folder (sorted, `skip` left out), or none when the folder is absent. */
export function texts(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !skip.includes(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

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

  const corpusText: string[] = [];
  for (const [sub, f] of files) {
    readLines(f).forEach((line, i) => {
      if (heldOutLine(sub, i)) return;
      feed(line, 1);
      corpusText.push(line);
    });
  }
  // The dev split of real directives (corpus/gold/dev, this repository's own texts; never the test split): letters
  // and plans of 2025 use words statute rarely does ("tiến độ", "gián đoạn"). Paragraphs an OCR garbled are left out.
  if (process.env.RESTORE_DEV !== '0') {
    for (const line of cleanDirectives(directiveLines(join(root, 'corpus', 'gold', 'dev')), corpusText).kept) feed(line, 1);
  }
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
  // Top-order n-grams seen once or twice are not stored: lm.bin 29 MB -> 18 MB with the directives fed, and the held-out
  // figures the same with or without the cut (session 17, dictionaries/restore/README.md).
  pruneTop(model, corpusLm.topCounts, MIN_TOP);
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
  // Share of mid-sentence uses written with a capital, per unit (-1: never seen mid-sentence).
  const capShare = names.map((n) => {
    const c = caseCount.get(n);
    return c ? Math.round((1000 * c[1]) / (c[0] + c[1])) / 1000 : -1;
  });
  const capCount = names.map((n) => {
    const c = caseCount.get(n);
    return c ? c[0] + c[1] : 0;
  });
  const vocab = { units: names, surface, count, byKey, capShare, capCount };
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
  // The lists are now in the base: record which, and empty the overlay (lists.ts).
  writeBaseLists(outDir);
  writeNamedLists(outDir);
  console.log(JSON.stringify({ ...stats, builtFrom: stats.builtFrom.length, topFailing: stats.topFailing.slice(0, 12) }, null, 1));
}

/** General text makes its own Kneser-Ney model of this order, mixed into the
 *  corpus model with this share (the longer contexts stay those of statute and
 *  administrative text). */
export const GENERAL_ORDER = Number(process.env.RESTORE_GENERAL_ORDER ?? 2); // env only for comparisons
export const GENERAL_SHARE = Number(process.env.RESTORE_GENERAL_SHARE ?? 0.6);

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

/** The packed agency gazetteer (dictionaries/agencies), read once. */
let gazetteer: { entries: Array<{ canonical: string; aliases: string[] }>; doctypes: Record<string, string> } | undefined;
function agencyTable(): NonNullable<typeof gazetteer> {
  return (gazetteer ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dictionaries', 'agencies', 'agencies.json'), 'utf8')));
}

/** Names of the kinds of document in the gazetteer (Thông báo, Kế hoạch ...), and Văn bản. */
export function documentKinds(): string[] {
  return [...new Set([...Object.values(agencyTable().doctypes), 'Văn bản'])];
}

/** Canonical names and aliases of the bodies in the gazetteer. */
export function agencyNames(): string[] {
  return [...new Set(agencyTable().entries.flatMap((e) => [e.canonical, ...e.aliases]))].filter((n) => /\p{Ll}/u.test(n));
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
/** The sections of names.txt: family, middle and given names, most common first. */
export function nameParts(lines: string[]): { family: string[]; middle: string[]; given: string[] } {
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
  return { family, middle, given };
}

export function nameSequences(lines: string[]): string[] {
  const { family, middle, given } = nameParts(lines);
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

/** Pack places.txt into tables/places.json (the decoder's list of place names). */
export function packPlaces(root = PACKAGE_ROOT): string[] {
  const here = join(root, 'dictionaries', 'restore');
  const places = listFile(join(here, 'places.txt')).map((l) => l.normalize('NFC'));
  writeFileSync(join(here, 'tables', 'places.json'), JSON.stringify(places) + '\n');
  return places;
}

/** Pack names.txt into tables/people.json (the decoder reads person names with it). */
export function packPeople(root = PACKAGE_ROOT): void {
  const here = join(root, 'dictionaries', 'restore');
  const base = nameParts(readLines(join(here, 'names.txt')));
  // names-more.txt: middle and given names for reading names only (the model's sequences stay those of names.txt).
  const more = readLines(join(here, 'names-more.txt'));
  const add = nameParts(['[family]', ...base.family, ...more]);
  const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  // names-seen.txt (derived by people-seen.ts): full names the sources write out, read as written.
  const seenFile = join(here, 'names-seen.txt');
  const seen = existsSync(seenFile) ? listFile(seenFile).map((l) => l.normalize('NFC')) : [];
  const people = { family: base.family, middle: merge(base.middle, add.middle), given: merge(base.given, add.given), seen };
  writeFileSync(join(here, 'tables', 'people.json'), JSON.stringify(people) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `places`: the small lists only (npm run build:dict); no argument: the base model too.
  if (process.argv[2] !== 'places') main();
  packPlaces();
  packPeople();
}
