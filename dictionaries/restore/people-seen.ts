// Full person names written out in the sources (the statute corpus, the dev directives' texts and the signers their dev
// gold files name), for reading names in stripped text: officials sign and are named in many letters, and their
// names' rare syllables are words the model would not choose. Writes names-seen.txt
// (committed; build:dict packs it into tables/people.json). The test split is never read. Run when the sources grow:
//   npm run build:names
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { People, type PeopleLists } from '../../src/restore/people.js';
import { asciiKey, parseSyllable } from '../../src/restore/syllable.js';
import { tokenize } from '../../src/restore/tokens.js';
import { HELD_OUT, nameParts, readLines, texts } from './build.js';

/** Names found in `docs` (and `given`, names as a gold file writes them), each spelling with how many documents write it. */
export function seenNames(docs: string[], given: string[], lists: PeopleLists): Map<string, number> {
  const people = new People({ ...lists, seen: [] });
  const family = new Set(lists.family);
  const count = new Map<string, number>();
  // Every word a syllable, or a name's own spelling of one (outside the phonotactic table).
  const ok = (ws: string[]) => ws.length >= 2 && ws.length <= 4 && family.has(ws[0]!) && ws.every((w) => parseSyllable(w.toLowerCase()) || /^\p{Lu}\p{Ll}{1,6}$/u.test(w));
  for (const doc of docs) {
    const text = doc.normalize('NFC');
    const toks = tokenize(text);
    const found = new Set<string>();
    for (const [a, b] of people.runs(toks, text)) {
      const ws = toks.slice(a, b).map((t) => t.text);
      // A text stripped of its marks writes "Nguyen": only spellings whose family name is written as listed count.
      if (ok(ws)) found.add(ws.join(' '));
    }
    for (const n of found) count.set(n, (count.get(n) ?? 0) + 1);
  }
  for (const g of given) {
    const ws = g.normalize('NFC').trim().split(/\s+/);
    if (ok(ws)) count.set(ws.join(' '), (count.get(ws.join(' ')) ?? 0) + 1);
  }
  return count;
}

/** One spelling per key, the commonest; a key whose two commonest spellings are as common is left out (two people). */
export function bestSpellings(count: Map<string, number>): string[] {
  const byKey = new Map<string, Array<[string, number]>>();
  for (const [n, c] of count) {
    const k = asciiKey(n.toLowerCase());
    byKey.set(k, [...(byKey.get(k) ?? []), [n, c]]);
  }
  const out: string[] = [];
  for (const forms of byKey.values()) {
    forms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (forms.length > 1 && forms[1]![1] === forms[0]![1]) continue;
    out.push(forms[0]![0]);
  }
  return out.sort((a, b) => a.localeCompare(b, 'vi'));
}

function main(): void {
  const corpus = resolve(PACKAGE_ROOT, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`build:names: corpus folder ${corpus} not found (../shared/corpus beside the repo)`);
    process.exit(1);
  }
  const dev = join(PACKAGE_ROOT, 'corpus', 'gold', 'dev');
  const docs = [...texts(join(corpus, 'admin'), HELD_OUT.admin), ...texts(join(corpus, 'laws'), HELD_OUT.laws), ...texts(dev)];
  const signers = readdirSync(dev)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => (JSON.parse(readFileSync(join(dev, f), 'utf8')) as { document?: { signer?: { name?: string | null } | null } }).document?.signer?.name)
    .filter((n): n is string => !!n);
  const here = join(PACKAGE_ROOT, 'dictionaries', 'restore');
  const base = nameParts(readLines(join(here, 'names.txt')));
  const more = nameParts(['[family]', ...base.family, ...readLines(join(here, 'names-more.txt'))]);
  const names = bestSpellings(seenNames(docs, signers, { family: base.family, middle: [...base.middle, ...more.middle], given: [...base.given, ...more.given] }));
  const head = [
    '# Derived by dictionaries/restore/people-seen.ts (npm run build:names) from ../shared/corpus, the texts of corpus/gold/dev',
    '# and the signers of its gold files: person names as written there, one spelling per key. Not edited by hand.',
  ];
  writeFileSync(join(here, 'names-seen.txt'), [...head, ...names].join('\n') + '\n');
  console.log(`build:names: ${names.length} names from ${docs.length} documents and ${signers.length} signers -> dictionaries/restore/names-seen.txt`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
