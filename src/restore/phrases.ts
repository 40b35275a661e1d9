// restore.phrase-match: the set phrases of phrases.txt, matched on the words' ASCII keys in text without marks.
// The base model saw each phrase as three occurrences, which a common reading of the same letters outweighs ("đi đôi"
// for "di dời", "thể" for "thẻ", "chân chỉnh"), and a phrase's syllable that is not among its key's ten commonest
// forms ("dời" is the 14th of "doi") was no candidate at all. Where the keys spell a listed phrase, each of its
// syllables is a candidate and those seen less than half as often as their key's commonest form gain a bonus; the
// model still weighs them against the context.
import { tokenize, type Token } from './tokens.js';
import { asciiKey, canon, hasMarks, parseSyllable } from './syllable.js';
import { SLOT_CANDS, type Slot } from './lattice.js';

/** One phrase: per token, a word's key and unit, or a punctuation mark (unit -1). */
interface Phrase {
  keys: string[];
  units: number[];
}

/** Phrases of two syllables or more, by the key of their first word. Lines with a word that is no syllable are left out. */
export function phraseIndex(lines: string[], unit: (canon: string) => number | undefined): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const line of lines) {
    const keys: string[] = [];
    const units: number[] = [];
    let words = 0;
    let ok = true;
    for (const t of tokenize(line)) {
      const lower = t.text.toLowerCase();
      if (t.kind === 'word' && parseSyllable(lower)) {
        const u = unit(canon(lower));
        if (u === undefined) ok = false;
        keys.push(asciiKey(lower));
        units.push(u ?? -1);
        words++;
      } else if (t.kind === 'punct' && ',-'.includes(t.text)) {
        keys.push(t.text);
        units.push(-1);
      } else ok = false;
    }
    if (!ok || words < 2 || units[0] === -1) continue;
    const list = index.get(keys[0]!) ?? [];
    list.push({ keys, units });
    index.set(keys[0]!, list);
  }
  return index;
}

/** A line break inside a sentence (a wrapped line), not a blank line or a page. */
const wrap = (t: Token) => t.kind === 'break' && !/\n[^\n]*\n|\f/.test(t.text);

/**
 * Adds the phrase's reading to the slots of every run of stripped words that spells a listed phrase, with `bonus`
 * nats on its emission. Words carry no marks; single line breaks inside the run are passed over.
 */
export function markPhrases(toks: Token[], slots: Slot[], stripped: (i: number) => boolean, index: Map<string, Phrase[]>, bonus: number, rare: (key: string, unit: number) => boolean): void {
  if (!bonus || !index.size) return;
  const given = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || !stripped(i)) continue;
    const list = index.get(asciiKey(t.text.toLowerCase()));
    if (!list) continue;
    for (const p of list) {
      const at: number[] = [];
      let j = i;
      for (let k = 0; k < p.keys.length; k++, j++) {
        while (k > 0 && j < toks.length && wrap(toks[j]!)) j++;
        const x = toks[j];
        if (!x) break;
        if (p.units[k] === -1) {
          if (x.text !== p.keys[k]) break;
          continue;
        }
        if (x.kind !== 'word' || hasMarks(x.text) || asciiKey(x.text.toLowerCase()) !== p.keys[k] || !slots[j]!.decided) break;
        at.push(j);
      }
      if (at.length !== p.units.filter((u) => u !== -1).length) continue;
      at.forEach((s, n) => {
        const u = p.units.filter((v) => v !== -1)[n]!;
        // A syllable the model knows about as well as its key's commonest form needs no help ("đồng bộ" listed is
        // no reason to read "chu dong bo tri" as "chữ đồng bộ trí").
        if (!rare(asciiKey(toks[s]!.text.toLowerCase()), u)) return;
        if (given.has(`${s},${u}`)) return;
        given.add(`${s},${u}`);
        const sl = slots[s]!;
        let c = sl.ids.indexOf(u);
        if (c < 0) {
          if (sl.ids.length >= SLOT_CANDS) return;
          // The slot's arrays may be shared (a key's cached candidates): copied before they grow.
          sl.ids = [...sl.ids, u];
          sl.em = [...sl.em, Math.min(...sl.em)];
          sl.out = [...sl.out, undefined];
          c = sl.ids.length - 1;
        }
        sl.em[c] = sl.em[c]! + bonus;
      });
    }
  }
}
