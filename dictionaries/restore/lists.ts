// The editable lists over the base language model. lm.bin (19 MB) is built
// from ../shared/corpus by build.ts, with the lists of its day baked in as set
// phrases; rebuilding it for each new phrase grew git history by ~3 MB a time.
// Now the lists apply at load time: this step (npm run build:dict, seconds, no
// ../shared needed) writes tables/overlay.json, the bigrams of every list line
// the base has not seen (tables/base-lists.json says which it has), which the
// decoder adds to the model's scores. `build.ts` (npm run build:lm, rare)
// rebuilds the base and empties the overlay.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { tokenize } from '../../src/restore/tokens.js';
import { unitOf, EOS } from '../../src/restore/units.js';
import { agencyNames, documentKinds, listFile, nameSequences, readLines } from './build.js';

const here = join(PACKAGE_ROOT, 'dictionaries', 'restore');
const tables = join(here, 'tables');

/** Every line the base feeds as a set phrase, by list. */
export function listLines(): Record<'phrases' | 'agencies' | 'kinds' | 'people', string[]> {
  return {
    phrases: listFile(join(here, 'phrases.txt')),
    agencies: agencyNames(),
    kinds: documentKinds().map((k) => `tại ${k} số`),
    people: nameSequences(readLines(join(here, 'names.txt'))),
  };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The lists the decoder reads by name, not as n-grams (abbreviations and codes,
 *  foreign words), as they are now: loaded beside vocab.json, so an edit needs
 *  only build:dict, not a rebuilt base. */
export function writeNamedLists(dir = tables): { abbreviations: number; foreign: number; phrases: number } {
  // acronyms.txt: the acronyms with Đ derived from the sources (acronyms.ts), after the editable list.
  const derived = existsSync(join(here, 'acronyms.txt')) ? listFile(join(here, 'acronyms.txt')) : [];
  // phrases: matched by their keys in text without marks (src/restore/phrases.ts), beside their n-grams in the base;
  // phrases-match.txt only there.
  const lists = { abbreviations: [...listFile(join(here, 'abbreviations.txt')), ...derived], foreign: listFile(join(here, 'foreign.txt')), phrases: [...listFile(join(here, 'phrases.txt')), ...listFile(join(here, 'phrases-match.txt'))] };
  writeFileSync(join(dir, 'lists.json'), JSON.stringify(lists, null, 1) + '\n');
  return { abbreviations: lists.abbreviations.length, foreign: lists.foreign.length, phrases: lists.phrases.length };
}

/** What the base was built with: a hash per line, by list (build.ts writes it with lm.bin). */
export function writeBaseLists(dir = tables): void {
  const l = listLines();
  const out = Object.fromEntries(Object.entries(l).map(([k, v]) => [k, [...new Set(v.map(hash))].sort()]));
  writeFileSync(join(dir, 'base-lists.json'), JSON.stringify(out) + '\n');
  writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ lines: 0, bigrams: [] }) + '\n');
}

/** The overlay: bigrams (unit ids) of the list lines the base lacks, with how many lines hold each. */
export function writeOverlay(dir = tables): { lines: number; bigrams: number } {
  const base = JSON.parse(readFileSync(join(dir, 'base-lists.json'), 'utf8')) as Record<string, string[]>;
  const vocab = JSON.parse(readFileSync(join(dir, 'vocab.json'), 'utf8')) as { units: string[] };
  const id = new Map(vocab.units.map((u, i) => [u, i]));
  const count = new Map<string, number>();
  let lines = 0;
  for (const [list, ls] of Object.entries(listLines())) {
    const known = new Set(base[list] ?? []);
    for (const line of ls) {
      if (known.has(hash(line))) continue;
      lines++;
      let prev = -1;
      for (const tok of tokenize(line)) {
        const u = unitOf(tok);
        const cur = u === EOS ? -1 : id.get(u) ?? -1;
        // A syllable outside the base's inventory has no unit: the phrase's bigrams around it are left out.
        if (prev >= 0 && cur >= 0 && !u.startsWith('<')) count.set(`${prev},${cur}`, (count.get(`${prev},${cur}`) ?? 0) + 1);
        prev = u.startsWith('<') ? -1 : cur;
      }
    }
  }
  const bigrams = [...count].map(([k, n]) => [...k.split(',').map(Number), n]);
  writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ lines, bigrams }) + '\n');
  return { lines, bigrams: bigrams.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--baseline') {
    // Only when the base was just built from the lists as they are now.
    writeBaseLists();
    console.log('base-lists.json written from the current lists; overlay emptied');
  } else {
    if (!existsSync(join(tables, 'base-lists.json'))) throw new Error('tables/base-lists.json is missing: build the base first (npm run build:lm)');
    console.log(JSON.stringify({ ...writeOverlay(), ...writeNamedLists() }));
  }
}
