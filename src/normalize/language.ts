// Does a text read as Vietnamese? Vietnamese words are single syllables of a
// fixed shape (onset, vowel group, final), so the share of words with that
// shape, marks removed, separates Vietnamese (over 80%, even from OCR without a
// Vietnamese model) from English or French (well under 60%). The share of
// words with Vietnamese marks tells real Vietnamese from mark-less OCR.
import diacritics from 'diacritics';

const SYLLABLE = /^(ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;

export interface VietnameseScore {
  /** Letter tokens counted (acronyms left out). */
  words: number;
  /** Share that are well-formed Vietnamese syllables. */
  valid: number;
  /** Share that carry Vietnamese marks (real Vietnamese prose: well over a third). */
  marked: number;
}

export function vietnameseScore(text: string): VietnameseScore {
  let n = 0;
  let valid = 0;
  let marked = 0;
  for (const tok of text.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    const lower = tok.toLowerCase();
    const ok = SYLLABLE.test(diacritics.remove(lower));
    // Acronyms (UBND, KGVX) are part of the genre, not evidence either way.
    if (!ok && tok === tok.toUpperCase() && tok.length >= 2) continue;
    n++;
    if (ok) valid++;
    if (MARKED.test(lower)) marked++;
  }
  return { words: n, valid: n ? valid / n : 0, marked: n ? marked / n : 0 };
}
