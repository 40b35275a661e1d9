// restore15: the decoder's faster paths give exactly what the plain ones gave (invented sentences).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadLm } from '../../src/restore/lm.js';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import { makeOverlay, overlayBonus } from '../../src/restore/lattice.js';
import { Posterior } from '../../src/restore/confidence.js';
import type { Slot } from '../../src/restore/lattice.js';
import { BOS, EOS } from '../../src/restore/units.js';

const lm = loadLm(join(tablesDir(), 'lm.bin'));

describe('NgramLm.nextInto', () => {
  it('gives the generic backoff walk (logp) to the last bit, for seen and unseen 4-grams', () => {
    const ctx = new Float64Array(6);
    const out = new Float64Array(1);
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 3000; i++) {
      // Small units are frequent syllables (many stored n-grams); a few above radix (unigram-only units).
      const pick = () => (rnd(4) === 0 ? rnd(lm.V) : rnd(60));
      const [t, u, v, w] = [pick(), pick(), pick(), pick()];
      lm.context(t, u, v, ctx);
      lm.nextInto(ctx, w, out, 0);
      const plain = lm.logp([t, u, v], w);
      expect(Math.abs(out[0]! - plain)).toBeLessThan(1e-4); // logp sums in another order
      expect(lm.next(ctx, w)).toBe(out[0]);
      expect(lm.logp3(t, u, v, w)).toBe(out[0]);
    }
  });
});

describe('overlay bigrams flagged per unit', () => {
  it('gives the map lookup for every pair, 0 where no bigram is', () => {
    const ov = makeOverlay([[3, 5, 1], [3, 9, 4], [8, 5, 2]], 20, 2)!;
    for (let v = 0; v < 20; v++) for (let w = 0; w < 20; w++) expect(overlayBonus(ov, v, w)).toBe(ov.bonus.get(v * 20 + w) ?? 0);
    expect(overlayBonus(ov, 3, 9)).toBe(6);
    expect(overlayBonus(ov, 8, 9)).toBe(0);
    expect(makeOverlay([], 20, 2)).toBeUndefined();
  });
});

describe('Posterior.run with `only`', () => {
  it('recomputes the marked tokens alone, as a full run would', () => {
    const dec = loadDecoder();
    const ids = (w: string) => (dec.vocab.byKey[w] ?? []).slice(0, 4);
    const slot = (w: string): Slot => {
      const c = ids(w);
      return { tok: { start: 0, end: 0, text: w, kind: 'word' }, ids: c, out: c.map(() => undefined), em: c.map(() => 0), decided: true };
    };
    const slots = 'cac co quan chuyen mon thuoc uy ban nhan dan tinh'.split(' ').map(slot);
    const choice = new Int32Array(slots.length);
    const post = new Posterior(lm, dec.vocab.units.indexOf(BOS), dec.vocab.units.indexOf(EOS));
    const label = (sl: Slot, c: number) => dec.vocab.surface[sl.ids[c]!]!;
    const full = new Float64Array(slots.length).fill(-1);
    post.run(slots, choice, full, slots.map(() => []), 0, slots.length, label);
    const part = new Float64Array(slots.length).fill(-1);
    const only = new Uint8Array(slots.length);
    only[2] = only[5] = 1;
    post.run(slots, choice, part, slots.map(() => []), 0, slots.length, label, only);
    for (let i = 0; i < slots.length; i++) expect(part[i]).toBe(only[i] && slots[i]!.ids.length > 1 ? full[i] : -1);
    expect(full.filter((x) => x > 0 && x < 1).length).toBeGreaterThan(2);
  });
});

describe('the cache pass decodes again only what it must', () => {
  it('gives the same readings and confidences as a decoder without the word cache where the cache is silent', () => {
    // One sentence: no word repeats, so neither cache has evidence and nothing is decoded twice.
    const s = 'Giao So Tai chinh chu tri, phoi hop voi cac co quan lien quan.';
    const a = loadDecoder().restore(s);
    const b = loadDecoder(undefined, { cacheWeight: 0, keyCacheWeight: 0 }).restore(s);
    expect(a).toEqual(b);
  });

  it('a long text without sentence ends (the search grows its buffers) is read whole, as a short one is', () => {
    const piece = 'cac don vi trien khai thuc hien ke hoach';
    const dec = loadDecoder(undefined, { cacheWeight: 0, keyCacheWeight: 0 });
    const short = dec.restore(piece).tokens.length;
    const long = dec.restore(Array(400).fill(piece).join(' '));
    expect(long.tokens.length).toBe(400 * short);
  });
});
