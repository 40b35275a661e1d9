// No document-specific string in src/ (issue 9): rules must generalise, so no string or
// regex literal may carry text that comes from a seed document. Two checks on every
// literal of src/**/*.ts (read with the TypeScript parser):
// - OCR-garbled words: a word of the literal that a seed contains but that is not a
//   Vietnamese syllable the restorer knows ("Pang" for "Đảng", "wong" for "ương");
// - document phrases: four words in a row shared with a seed in a literal (six in a
//   comment: a quotation), that no dictionary lists (the lexicons and the gazetteer hold
//   the generic phrases) and, in a literal, that are not two common words of general
//   Vietnamese ("triển khai thực hiện").
// The first check reads src/extract/, where extraction rules live (elsewhere short
// code words such as "dir" are not OCR); the second reads the literals of all of src/
// and the comments of src/extract/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { key } from '../../src/extract/text.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

/** A regex source as the text it reads: white-space classes become a space, a class its first letter. */
function regexText(src: string): string[] {
  const plain = src
    .replace(/\[(?:\\s|[ \\t\\r\\n]|\\t|\\r|\\n)+\](?:\{\d*,?\d*\}|[+*?])?/g, ' ')
    .replace(/\\s[+*?]?(?:\{\d*,?\d*\})?/g, ' ')
    .replace(/\\[pP]\{[^}]*\}/g, '')
    .replace(/\[\^?([^\]\\]|\\.)[^\]]*\]/g, (_, c: string) => (/[a-zA-ZÀ-ỹđĐ]/.test(c) ? c : ''))
    .replace(/\(\?<?[=!:]/g, '(')
    .replace(/\{\d*,?\d*\}|[+*?]/g, '')
    .replace(/\\[a-zA-Z]/g, ' ');
  return plain.split('|').map((p) => p.replace(/[()^$\\]/g, ''));
}

function literals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(n.text);
    else if (ts.isRegularExpressionLiteral(n)) out.push(...regexText(n.text.slice(1, n.text.lastIndexOf('/'))));
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const words = (s: string) => key(s).split(/[^a-z]+/).filter(Boolean);

const seedDirs = [join(PACKAGE_ROOT, 'seeds'), join(SHARED_DIR, 'seeds')].filter((d) => existsSync(d));
const seedWords = seedDirs.flatMap((d) => files(d, /\.txt$/)).map((f) => words(readFileSync(f, 'utf8')));
const seedTokens = new Set(seedWords.flat());
const grams = (ws: string[], n = 4) => ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' '));
const seedGrams = new Set(seedWords.flatMap((ws) => grams(ws)));
const seedGrams6 = new Set(seedWords.flatMap((ws) => grams(ws, 6)));

// Syllables the restorer knows (its units are folded syllables with a tone digit).
const vocab = new Set(
  (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dictionaries', 'restore', 'tables', 'vocab.json'), 'utf8')) as { units: string[] }).units.map((u) => key(u.replace(/\d+$/, ''))),
);
// Generic phrases and codes live in the dictionaries.
const dictText = [join(PACKAGE_ROOT, 'dictionaries', 'agencies'), join(PACKAGE_ROOT, 'dictionaries', 'extract')].flatMap((d) => files(d, /\.(tsv|txt)$/)).map((f) => readFileSync(f, 'utf8')).join('\n');
// The national motto stands on every document (Nghị định 30/2020, Phụ lục I): a form line, not a seed's.
const FORM_LINES = 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc';
const dictGrams = new Set(grams(words(dictText + '\n' + FORM_LINES)));
const dictGrams6 = new Set(grams(words(dictText), 6));
const dictTokens = new Set(words(dictText));
// Two-syllable words of general Vietnamese, with the restorer's counts.
const common = new Set((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dictionaries', 'restore', 'tables', 'words.json'), 'utf8')) as [string, number][]).map(([w]) => key(w)));
const general = (g: string) => {
  const w = g.split(' ');
  return common.has(`${w[0]} ${w[1]}`) && common.has(`${w[2]} ${w[3]}`);
};

/** Comments of a source file. */
function comments(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map((m) => m[0]);
}

const sources = files(join(PACKAGE_ROOT, 'src'), /\.ts$/);

describe('no seed strings in src/', () => {
  it('finds the seeds to compare with', () => {
    expect(seedWords.length).toBeGreaterThanOrEqual(5);
  });

  it('has no OCR-garbled seed word in a literal', () => {
    const hits: string[] = [];
    for (const f of sources.filter((x) => x.includes(join('src', 'extract')))) {
      for (const lit of literals(f)) {
        for (const w of words(lit)) {
          if (w.length >= 3 && seedTokens.has(w) && !vocab.has(w) && !dictTokens.has(w)) hits.push(`${f.slice(PACKAGE_ROOT.length + 1)}: "${w}" in ${JSON.stringify(lit.slice(0, 60))}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('has no four-word phrase of a seed in a literal or comment unless a dictionary lists it', () => {
    const hits: string[] = [];
    for (const f of sources) {
      // Comments count in the extractor, where examples were once copied from the seeds.
      const own = f.includes(join('src', 'extract'));
      for (const lit of literals(f)) {
        for (const g of grams(words(lit))) if (seedGrams.has(g) && !dictGrams.has(g) && !general(g)) hits.push(`${f.slice(PACKAGE_ROOT.length + 1)}: "${g}"`);
      }
      // A comment may name a generic phrase; six words of a seed in a row are a quotation.
      for (const c of own ? comments(f) : []) {
        for (const g of grams(words(c), 6)) if (seedGrams6.has(g) && !dictGrams6.has(g)) hits.push(`${f.slice(PACKAGE_ROOT.length + 1)} (comment): "${g}"`);
      }
    }
    expect(hits).toEqual([]);
  });
});
