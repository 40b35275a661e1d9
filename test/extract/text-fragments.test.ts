// clean(): a final consonant a PDF text layer cut off its syllable with a space joins it back; list letters and
// words that are words alone stay apart.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/extract/text.js';

describe('clean: cut syllables', () => {
  it('joins a final consonant cut off its syllable', () => {
    expect(clean('Tổ chứ c hội nghị')).toBe('Tổ chức hội nghị');
    expect(clean('các tỉnh, thành phố trực thuộc Tru ng ương')).toBe('các tỉnh, thành phố trực thuộc Trung ương');
  });
  it('leaves list letters and whole words alone', () => {
    expect(clean('điểm a, b, c khoản 2')).toBe('điểm a, b, c khoản 2');
    expect(clean('Phụ lục c kèm theo')).toBe('Phụ lục c kèm theo');
    expect(clean('bổ sung vitamin c')).toBe('bổ sung vitamin c');
  });
});
