// The learned OCR channel on the committed confusion table.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';

let dec: Decoder;
const top = (obs: string, n: number) => {
  const c = dec.channel!.candidates(obs);
  return c.ids.slice(0, n).map((i) => dec.vocab.surface[i]);
};

beforeAll(() => {
  dec = loadDecoder();
});

describe('OCR confusion channel', () => {
  it('is loaded with counts learned from a real OCR run', () => {
    expect(dec.channel).toBeDefined();
    // The English model reads ê as é and đ as d most of the time.
    expect(dec.channel!.pieceCost('ê', 'é')).toBeLessThan(1);
    expect(dec.channel!.pieceCost('đ', 'd')).toBeLessThan(dec.channel!.pieceCost('đ', 'x'));
  });

  it('proposes the right syllable among the cheapest readings of typical garbles', () => {
    expect(top('dir', 3)).toContain('dữ');
    expect(top('s6', 5)).toContain('số');
    expect(top('trién', 3)).toContain('triển');
    expect(top('wong', 5)).toContain('ương');
    expect(top('pang', 8)).toContain('đảng');
  });

  it('scores candidates as log-probabilities, best first, and caches', () => {
    const a = dec.channel!.candidates('hiéu');
    expect(a.scores.every((s) => s <= 0)).toBe(true);
    for (let i = 1; i < a.scores.length; i++) expect(Number.isFinite(a.scores[i])).toBe(true);
    expect(dec.channel!.candidates('hiéu')).toBe(a);
  });
});
