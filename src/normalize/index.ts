// Normalize: a new layer over raw with Unicode NFC, one kind of line break and
// space, the modern tone placement (hoà -> hòa, thuỷ -> thủy) that the
// dictionaries use, and Latin letters for Cyrillic look-alikes inside Latin words
// (a copied "củа" with a Cyrillic а). Nothing else: line structure and page breaks stay, so
// offsets stay meaningful to a person looking at the page.
import type { Edit } from '../layer.js';
import { Layer } from '../layer.js';
import { fail, report, type Stage } from '../pipeline.js';
import { vietnameseScore } from './language.js';

const SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

// Tone marks as combining characters (NFD), to move them between vowels.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Old-style tone placement on open oa/oe/uy syllables -> modern style. */
export function modernTone(word: string): string {
  const d = word.normalize('NFD');
  // "quí" (old spelling, as "quí IV/2025") -> "quý", the syllable the restorer knows.
  const qui = /^([qQ][uU])([iI])([\u0300\u0301\u0303\u0309\u0323])$/.exec(d);
  if (qui) return (qui[1]! + (qui[2] === 'I' ? 'Y' : 'y') + qui[3]!).normalize('NFC');
  const m = /^([^aeiouy\u0300-\u036f]*)([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])$/.exec(d) ??
    /^([^aeiouy\u0300-\u036f]*)([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])$/.exec(d);
  if (!m) return word;
  if (/q$/i.test(m[1]!)) return word; // "quý": u belongs to the onset
  return (m[1]! + m[2]! + m[4]! + m[3]!).normalize('NFC');
}

// Cyrillic and Greek letters drawn like Latin ones.
const LOOKALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ο: 'o', α: 'a',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ο: 'O', Α: 'A',
};
const RE_LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'gu');

/** A word written in Latin letters with a look-alike from another script in it, in Latin letters only. */
function latinOnly(word: string): string {
  if (!/[\u0370-\u04ff]/u.test(word) || !/[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u.test(word)) return word;
  return word.replace(RE_LOOKALIKE, (c) => LOOKALIKE[c]!);
}

export function normalizeText(text: string): Edit[] {
  const edits: Edit[] = [];
  // Line breaks and odd spaces, char by char.
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\r') edits.push({ start: i, end: i + 1, text: text[i + 1] === '\n' ? '' : '\n' });
    else if (SPACES.test(c)) edits.push({ start: i, end: i + 1, text: ' ' });
    else if (INVISIBLE.test(c)) edits.push({ start: i, end: i + 1, text: '' });
  }
  // Trailing spaces before a line end.
  for (const m of text.matchAll(/[ \t\u00a0]+(?=\r?\n|\f|$)/g)) edits.push({ start: m.index!, end: m.index! + m[0].length, text: '' });
  // Words: NFC and tone placement.
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0];
    const fixed = modernTone(latinOnly(w).normalize('NFC'));
    if (fixed !== w) edits.push({ start: m.index!, end: m.index! + w.length, text: fixed });
  }
  return merge(edits);
}

/** Sort edits and drop the ones nested in an earlier, wider edit. */
function merge(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

export function normalizeStage(): Stage {
  return {
    name: 'normalize',
    requires: ['raw'],
    assigns: ['normalized'],
    run(doc) {
      const raw = doc.raw!.text;
      doc.normalized = Layer.derive(raw, normalizeText(raw));
      const { valid: share, words } = vietnameseScore(doc.normalized.text);
      if (words === 0) return fail(doc, 'normalize', 'no-text', 'contains no readable text');
      if (words >= 20 && share < 0.6) {
        report(doc, 'normalize', 'warning', 'not-vietnamese',
          `does not read as Vietnamese (${Math.round(share * 100)}% of words are Vietnamese syllables); fields may be missing`);
      }
    },
  };
}
