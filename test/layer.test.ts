import { describe, expect, it } from 'vitest';
import { Layer, type Edit } from '../src/layer.js';

// A small deterministic PRNG so failures reproduce.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function randomEdits(text: string, rand: () => number): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  while (at < text.length) {
    at += Math.floor(rand() * 6);
    if (at > text.length) break;
    const end = Math.min(text.length, at + Math.floor(rand() * 4));
    const repl = 'xyzđươ'.slice(0, Math.floor(rand() * 5));
    edits.push({ start: at, end, text: repl });
    at = end + 1;
  }
  return edits;
}

describe('Layer', () => {
  it('applies edits and keeps unchanged text', () => {
    const l = Layer.derive('Cong an tinh', [
      { start: 0, end: 4, text: 'Công' },
      { start: 8, end: 12, text: 'tỉnh' },
    ]);
    expect(l.text).toBe('Công an tỉnh');
    expect(l.toPrev(5)).toBe(5);
    expect(l.spanToPrev({ start: 8, end: 12 })).toEqual({ start: 8, end: 12 });
  });

  it('maps offsets through length-changing edits both ways', () => {
    const prev = 'ab--cd  ef';
    const l = Layer.derive(prev, [
      { start: 2, end: 4, text: '' },
      { start: 6, end: 8, text: ' ' },
    ]);
    expect(l.text).toBe('abcd ef');
    expect(l.toPrev(2)).toBe(4); // 'c' comes from prev offset 4
    expect(l.toPrev(5)).toBe(8); // 'e'
    expect(l.fromPrev(8)).toBe(5);
    expect(prev.slice(l.toPrev(5), l.toPrev(7, 'end'))).toBe('ef');
  });

  it('refuses overlapping edits', () => {
    expect(() => Layer.derive('abcdef', [{ start: 0, end: 3, text: 'x' }, { start: 2, end: 4, text: 'y' }])).toThrow(RangeError);
  });

  it('round-trips every unedited character on random edits', () => {
    const rand = rng(7);
    for (let n = 0; n < 200; n++) {
      const prev = Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + ((i * 7 + n) % 26))).join('');
      const edits = randomEdits(prev, rand);
      const l = Layer.derive(prev, edits);
      // Rebuild the expected text independently.
      let expected = '';
      let at = 0;
      for (const e of edits) {
        expected += prev.slice(at, e.start) + e.text;
        at = e.end;
      }
      expected += prev.slice(at);
      expect(l.text).toBe(expected);
      // Characters outside edits map to the same character in prev and back.
      const inEdit = (i: number) => edits.some((e) => i >= e.start && i < e.end);
      for (let i = 0; i < prev.length; i++) {
        if (inEdit(i)) continue;
        const j = l.fromPrev(i);
        expect(l.text[j]).toBe(prev[i]);
        expect(l.toPrev(j)).toBe(i);
      }
    }
  });
});
