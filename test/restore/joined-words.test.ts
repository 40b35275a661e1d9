// restore.joined-words: two marked syllables run together in correct text ("ngàyháng", a space the text layer lost) are
// kept as written; a single garbled word in the same text is still read (made-up sentences).
import { describe, expect, it } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import { Layer } from '../../src/layer.js';

const dec = loadDecoder();
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;

describe('restore.joined-words', () => {
  it('keeps two syllables run together', () => {
    const s = 'Cao Bằng, ngàyháng 5 năm 2021\nCác phòng chuyên môn triển khai thực hiện kế hoạch.';
    expect(restored(s)).toBe(s);
  });

  it('still reads a garbled word of a Western font', () => {
    expect(restored('Các phòng chuyên môn trién khai thực hiện kế hoạch của Sở.')).toContain('triển khai');
  });
});
