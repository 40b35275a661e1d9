// The dev split of real directives as a source of the restorer's model: paragraphs, and a filter that leaves out
// the ones an OCR garbled. Many dev texts are OCR output with marks ("tô chức", "hệ thông", "biến pháp"): fed as
// they are, a rare misreading becomes a strong bigram and the decoder learns to write it.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiKey } from '../../src/restore/syllable.js';
import { vietnameseScore } from '../../src/normalize/language.js';

/** Paragraphs of the texts in a gold folder: wrapped lines joined (the model reads across a printed line break); a
 *  line ends a paragraph where it ends a sentence or the next opens an item or a capital. */
export function directiveLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    let para = '';
    for (const raw of readFileSync(join(dir, f), 'utf8').normalize('NFC').split(/\r?\n/)) {
      const line = raw.replace(/\f/g, '').trim();
      const opens = !line || /^([-+•*–]|[0-9IVX]+[.)]|[a-zđ][)]|\p{Lu})/u.test(line);
      if (para && (opens || /[.:;!?]$/.test(para))) {
        out.push(para);
        para = '';
      }
      if (line) para = para ? `${para} ${line}` : line;
    }
    if (para) out.push(para);
  }
  return out;
}

/** Share of uses a spelling must fall under, against the commonest spelling of the same letters, to be read as a
 *  misreading ("tô chức" 9 against "tổ chức" thousands). */
export const MISREAD_RATIO = 20;

const words = (l: string) => l.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Leaves out a paragraph with marks on fewer than half its words (a stripped copy's or a mark-less OCR's) or with a
 * word pair whose spelling is far rarer than another spelling of the same letters, counted over the corpus and the
 * paragraphs together. It also drops some right paragraphs ("và cộng đồng" against "và công"): data lost, not errors
 * learnt.
 */
export function cleanDirectives(paragraphs: string[], corpus: string[]): { kept: string[]; dropped: number } {
  const count = new Map<string, number>();
  const add = (l: string) => {
    const w = words(l);
    for (let i = 1; i < w.length; i++) {
      const pair = `${w[i - 1]} ${w[i]}`;
      count.set(pair, (count.get(pair) ?? 0) + 1);
    }
  };
  corpus.forEach(add);
  paragraphs.forEach(add);
  const top = new Map<string, number>();
  for (const [pair, c] of count) {
    const k = asciiKey(pair);
    if ((top.get(k) ?? 0) < c) top.set(k, c);
  }
  const misread = (l: string) => {
    const w = words(l);
    for (let i = 1; i < w.length; i++) {
      const pair = `${w[i - 1]} ${w[i]}`;
      if (top.get(asciiKey(pair))! >= MISREAD_RATIO * count.get(pair)!) return true;
    }
    return false;
  };
  const kept = paragraphs.filter((p) => {
    const s = vietnameseScore(p);
    return (s.words < 3 || s.marked >= 0.5) && !misread(p);
  });
  return { kept, dropped: paragraphs.length - kept.length };
}
