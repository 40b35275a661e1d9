// Acronyms with Đ (TMĐT, GPHĐ, LĐTBXH), derived from the statute corpus and the dev directives: stripped or read by
// an English model they come as TMDT, and only a table says which D was a Đ. Writes acronyms.txt (committed; the
// restorer's named lists add it to abbreviations.txt at build:dict). Run when the sources grow:
//   npm run build:acronyms
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { asciiKey, parseSyllable } from '../../src/restore/syllable.js';
import { HELD_OUT, listFile, texts } from './build.js';

const ACRONYM = /(?<![\p{L}\p{N}])[A-ZĐ]{3,8}(?![\p{L}\p{N}])/gu;
/** Seen in at least this many documents (one letter's own code is no convention). */
export const MIN_DOCS = 2;

/**
 * The acronyms with Đ that a text's D stands for: in MIN_DOCS documents or more, and more than twice as often as the
 * same letters with a plain D (DTPT may be "đầu tư phát triển" or a plain D word; the table only takes the clear ones).
 */
export function deriveAcronyms(docs: string[]): string[] {
  const withD = new Map<string, { form: string; count: number; docs: number }[]>();
  const plain = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const m of doc.normalize('NFC').matchAll(ACRONYM)) {
      const form = m[0];
      // A word in capitals ("THI ĐUA") is no acronym.
      if (parseSyllable(form.toLowerCase())) continue;
      const key = asciiKey(form.toLowerCase());
      if (!form.includes('Đ')) {
        plain.set(key, (plain.get(key) ?? 0) + 1);
        continue;
      }
      const forms = withD.get(key) ?? [];
      let f = forms.find((x) => x.form === form);
      if (!f) forms.push((f = { form, count: 0, docs: 0 }));
      f.count++;
      if (!seen.has(form)) {
        f.docs++;
        seen.add(form);
      }
      withD.set(key, forms);
    }
  }
  const out: string[] = [];
  for (const [key, forms] of withD) {
    const best = forms.sort((a, b) => b.count - a.count)[0]!;
    const rivals = (plain.get(key) ?? 0) + forms.slice(1).reduce((n, f) => n + f.count, 0);
    if (best.docs >= MIN_DOCS && best.count > 2 * rivals) out.push(best.form);
  }
  return out.sort();
}

function main(): void {
  const corpus = resolve(PACKAGE_ROOT, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`build:acronyms: corpus folder ${corpus} not found (../shared/corpus beside the repo)`);
    process.exit(1);
  }
  const docs = [
    ...texts(join(corpus, 'admin'), HELD_OUT.admin),
    ...texts(join(corpus, 'laws'), HELD_OUT.laws),
    ...texts(join(PACKAGE_ROOT, 'corpus', 'gold', 'dev')),
  ];
  const here = join(PACKAGE_ROOT, 'dictionaries', 'restore');
  // An acronym whose letters the editable list holds in any form is left to it (BGD: Bộ Giáo dục, not BGĐ).
  const keys = new Set(listFile(join(here, 'abbreviations.txt')).map((a) => asciiKey(a.toLowerCase())));
  const found = deriveAcronyms(docs).filter((a) => !keys.has(asciiKey(a.toLowerCase())));
  const head = [
    '# Derived by dictionaries/restore/acronyms.ts (npm run build:acronyms) from ../shared/corpus and corpus/gold/dev:',
    `# acronyms with Đ seen in ${MIN_DOCS}+ documents and more than twice as often as the same letters with a plain D.`,
    '# Not edited by hand (abbreviations.txt is the editable list; acronyms with letters it lists are left out here).',
  ];
  writeFileSync(join(here, 'acronyms.txt'), [...head, ...found].join('\n') + '\n');
  console.log(`build:acronyms: ${found.length} acronyms from ${docs.length} documents -> dictionaries/restore/acronyms.txt`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
