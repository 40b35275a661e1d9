// What the language model sees for each token: a canonical syllable for
// Vietnamese words, a class for everything else. Used by builder and decoder.
import type { Token } from './tokens.js';
import { canon, parseSyllable } from './syllable.js';

export const BOS = '<s>';
export const EOS = '</s>';
export const SPECIALS = [BOS, EOS, '<x>', '<num>', '<code>', '<p>', ',', ';', ':', '(', ')', '-', '"'] as const;

/** LM unit of a token, or EOS when the token ends a sentence. */
export function unitOf(tok: Token): string {
  switch (tok.kind) {
    case 'break':
      return EOS;
    case 'word': {
      const lower = tok.text.toLowerCase();
      return parseSyllable(lower) ? canon(lower) : '<x>';
    }
    case 'mixed':
      return '<x>';
    case 'num':
      return '<num>';
    case 'code':
      return /^[\d/.,:-]+$/.test(tok.text) ? '<num>' : '<code>';
    case 'punct': {
      const t = tok.text;
      if (t === '.' || t === '!' || t === '?' || t === './.' || t === '…') return EOS;
      if (t === '“' || t === '”' || t === '"') return '"';
      if (',;:()-'.includes(t)) return t;
      return '<p>';
    }
  }
}
