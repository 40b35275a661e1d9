// restore18: the posterior's own n-gram walk, the remembered string functions and the interleaved tables
// give exactly what the plain paths give (invented sentences and random units).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadLm } from '../../src/restore/lm.js';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import { Posterior } from '../../src/restore/confidence.js';
import { Search } from '../../src/restore/search.js';
import { overlayBonus, makeOverlay, type Slot } from '../../src/restore/lattice.js';
import { asciiKey, canon, hasMarks, parseSyllable, splitTone } from '../../src/restore/syllable.js';
import { BOS, EOS } from '../../src/restore/units.js';

const lm = loadLm(join(tablesDir(), 'lm.bin'));

describe('Posterior.run', () => {
  it('gives the posterior of a plain logp3 chain to the last bit, at sentence ends and with an overlay', () => {
    const dec = loadDecoder();
    const bos = dec.vocab.units.indexOf(BOS);
    const eos = dec.vocab.units.indexOf(EOS);
    const ov = makeOverlay([[5, 9, 2], [12, 5, 1]], dec.vocab.units.length, 1.5);
    let seed = 11;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    // Frequent units (many stored n-grams), some above radix (unigrams only), an end of sentence now and then.
    const unit = () => (rnd(5) === 0 ? rnd(lm.V) : rnd(80));
    for (const overlay of [undefined, ov]) {
      const post = new Posterior(lm, bos, eos, overlay);
      for (let round = 0; round < 40; round++) {
        const slots: Slot[] = [];
        for (let i = 0; i < 14; i++) {
          const ids = rnd(6) === 0 ? [eos] : Array.from({ length: 1 + rnd(5) }, unit);
          slots.push({ tok: { start: 0, end: 0, text: 'x', kind: 'word' }, ids, out: ids.map(() => undefined), em: ids.map(() => -rnd(3)), decided: true });
        }
        const choice = Int32Array.from(slots, (s) => rnd(s.ids.length));
        const conf = new Float64Array(slots.length).fill(-1);
        post.run(slots, choice, conf, slots.map(() => []), 0, slots.length, () => '');
        const unitAt = (j: number) => (j < 0 || j >= slots.length ? eos : slots[j]!.ids[choice[j]!]!);
        for (let i = 0; i < slots.length; i++) {
          const sl = slots[i]!;
          if (sl.ids.length < 2) continue;
          // The plain way: three units left (BOS past a sentence start), up to three right (to EOS).
          const left: number[] = [];
          for (let j = i - 1; left.length < 3; j--) {
            const u = j >= 0 ? unitAt(j) : eos;
            if (u === eos) {
              while (left.length < 3) left.unshift(bos);
              break;
            }
            left.unshift(u);
          }
          const right: number[] = [];
          for (let j = i + 1; right.length < 3; j++) {
            right.push(unitAt(j));
            if (right[right.length - 1] === eos) break;
          }
          const scores = sl.ids.map((w, c) => {
            const seq = [...left, w, ...right];
            let sc = sl.em[c]!;
            for (let k = 3; k < seq.length; k++) {
              sc += lm.logp3(seq[k - 3]!, seq[k - 2]!, seq[k - 1]!, seq[k]!);
              if (overlay) sc += overlayBonus(overlay, seq[k - 1]!, seq[k]!);
            }
            return sc;
          });
          const m = Math.max(...scores);
          let z = 0;
          const e = scores.map((s) => Math.exp(s - m));
          for (const x of e) z += x;
          expect(conf[i]).toBe(e[choice[i]!]! / z);
        }
      }
    }
  });
});

describe('remembered string functions', () => {
  it('answer as the first time, also after the memory was cleared (more inputs than it holds)', () => {
    const words = ['Thành', 'phố', 'ĐOÀN', 'quốc', 'hoà', 'trién', 'xyz', 'ngheo', ''];
    const first = words.map((w) => [asciiKey(w), canon(w), hasMarks(w), parseSyllable(w.toLowerCase()), splitTone(w)]);
    expect(first[0]).toEqual(['thanh', 'thanh2', true, { onset: 'th', rhyme: 'anh', tone: 2 }, { base: 'Thanh', tone: 2 }]);
    expect(first[5]![3]).toBeUndefined(); // "trién" breaks phonotactics (a garble)
    for (let i = 0; i < 70_000; i++) asciiKey('k' + i);
    expect(words.map((w) => [asciiKey(w), canon(w), hasMarks(w), parseSyllable(w.toLowerCase()), splitTone(w)])).toEqual(first);
  });
});

describe('Search.viterbi with its per-position memo of shared n-grams', () => {
  it('chooses as the plain logp3 walk does, on random lattices of frequent and rare units', () => {
    const dec = loadDecoder();
    const bos = dec.vocab.units.indexOf(BOS);
    const eos = dec.vocab.units.indexOf(EOS);
    // The same model seen through order 5: the search takes its plain path, lm.logp3 per state and unit.
    const plainLm = Object.assign(Object.create(lm) as typeof lm, { order: 5, logp3: lm.logp3.bind(lm) });
    const fast = new Search(lm, bos, eos, 24);
    const plain = new Search(plainLm, bos, eos, 24);
    let seed = 5;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const unit = () => (rnd(6) === 0 ? rnd(lm.V) : rnd(120));
    let differs = 0;
    for (let round = 0; round < 60; round++) {
      const slots: Slot[] = [];
      const len = 3 + rnd(20);
      for (let i = 0; i < len; i++) {
        const ids = Array.from({ length: 1 + rnd(rnd(4) === 0 ? 14 : 4) }, unit);
        slots.push({ tok: { start: 0, end: 0, text: 'x', kind: 'word' }, ids, out: ids.map(() => undefined), em: ids.map(() => -rnd(4) / 2), decided: true });
      }
      const a = new Int32Array(len);
      const b = new Int32Array(len);
      fast.viterbi(slots, 0, len, a);
      plain.viterbi(slots, 0, len, b);
      expect(Array.from(a)).toEqual(Array.from(b));
      if (a.some((c) => c > 0)) differs++;
    }
    expect(differs).toBeGreaterThan(20); // the lattices are not all read as their first candidates
  });
});
