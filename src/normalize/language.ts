// Does a text read as Vietnamese? Vietnamese words are single syllables of a
// fixed shape (onset, vowel group, final), so the share of words with that
// shape, marks removed, separates Vietnamese (over 90%, even from OCR without a
// Vietnamese model) from English or French (well under 60%).
import diacritics from 'diacritics';

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** Share of word tokens (letters only, not all-capital abbreviations) shaped like Vietnamese syllables. */
export function vietnameseShare(text: string): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w.length > 1 && w === w.toUpperCase()) continue; // UBND, KSTT, CỘNG
    words++;
    const key = diacritics.remove(w.replace(/[đĐ]/g, 'd')).toLowerCase();
    if (SYLLABLE.test(key)) good++;
  }
  return { share: words ? good / words : 0, words };
}
